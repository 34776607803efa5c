"""The 360 widget shows the household (members of another branch by name), the 24-month
balance chart and the profitability lines."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from client.customer360 import load_customer_360
from client.profile import Profile
from client.store import LocalCache
from tests.client.household_world import ALICE, NOW, build
from ui.terms import term
from ui.widgets.customer import Customer360View


def test_the_360_shows_household_balance_chart_and_profit_lines(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    world = build(tmp_path / "profile")
    with LocalCache.open(Profile.open(world.folder)) as cache, cache.read_session() as s:
        view = load_customer_360(s, customer_number=ALICE, now=NOW)
    widget = Customer360View()
    qtbot.addWidget(widget)
    widget.resize(1200, 1600)
    widget.show()
    with qtbot.waitSignal(widget.balance_chart.painted):
        widget.show_customer(view)
    widget.grab().save(str(tmp_path / "360.png"))
    assert widget.household_box.isVisible()
    assert widget.household_box.title() == "Household (2)"
    model = widget.household_model
    members = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert members == {"王芳 (another branch)", "陈明"}
    relations = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert relations == {term("spouse"), term("member")}
    assert "李王家" in widget.household_profit.text()
    assert widget.balance_box.isVisible()
    assert [p for p, _ in widget.balance_chart.values()] == [b.period for b in view.profit.balances]
    assert len(widget.balance_chart.values()) == 24
    series = widget.balance_chart.chart().series()
    assert len(series) == 1 and series[0].count() == 24
    lines = widget.profit_lines.text()
    for name in ("Interest income", "Fee income", "Funding cost", "Operating cost", "Risk cost"):
        assert name in lines
    holders = widget.accounts_model
    texts = {holders.index(r, 6).data() for r in range(holders.rowCount())}
    assert "王芳 (another branch)" in texts
