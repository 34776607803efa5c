"""`guitai-server serve` as its own process on a free loopback port, as a bank runs it: its
settings from the environment, its JSON log lines kept in a file for the test to read."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

BIN = Path(sys.executable).parent
"""This virtual environment's programs (`guitai`, `guitai-server`)."""
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def events(self) -> list[dict[str, Any]]:
        """Its JSON log lines (what is not JSON, such as a traceback, is left out)."""
        found = []
        for line in self.text().splitlines():
            try:
                found.append(json.loads(line))
            except json.JSONDecodeError:
                continue
        return found

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(
    argv: list[str], env: dict[str, str], folder: Path, port: int | None = None
) -> ServerProcess:
    """Runs `argv` (`guitai-server serve ...`, given no --port: it gets `port` or a free one)
    in `folder` and returns once it answers /health."""
    port = port or free_port()
    log = folder / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(BIN / argv[0]), *argv[1:], "--port", str(port)],
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    running = ServerProcess(process, port, log)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"guitai-server serve stopped:\n{running.text()[-3000:]}")
        try:
            if httpx.get(f"{running.url}/health", timeout=2, trust_env=False).is_success:
                return running
        except httpx.TransportError:
            time.sleep(0.1)
    running.stop()
    raise RuntimeError(f"guitai-server serve did not answer within {START_TIMEOUT:.0f} s")
