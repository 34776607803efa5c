"""Reading a CSV file to import, line by line, with every problem of the file itself.

- Encoding: UTF-8, with or without a byte-order mark. A line holding bytes that are not
  UTF-8 is reported with the column they are in (and the file is named GBK/GB18030 when it
  reads as that: what Excel writes on a Chinese Windows); the other lines are still read,
  so one run lists everything wrong. A UTF-16 file is refused at once.
- Header: the first line. Every required column must be there, none twice; a column not
  read by the import is ignored, unless it looks like a misspelt optional one (`lifecyle`).
- Lines: values are stripped of surrounding spaces; blank lines are skipped; a line with
  more non-empty values than the header has columns is a problem; missing trailing values
  are empty. A value holding a character `client.text_rules` refuses (control, bidi,
  lone surrogate; zero-width in a name) is a problem of its column.
A line's number is that of its first physical line (the header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import difflib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

from client.errors import UsageError
from client.text_rules import bad_character, is_name_field
from sync.server.imports.progress import Progress

SUSPECT: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff"
    "\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""Any character that some text may not hold: lines without one skip the per-value check."""
UNDECODED: Final = re.compile("[\udc80-\udcff]")
"""What a byte that is not UTF-8 becomes when read with `surrogateescape`."""
SHOW_EVERY: Final = 20_000
"""Lines between two updates of the progress line."""


class Meter(Progress):
    """The import's progress line (on a terminal only), written over itself."""

    def show(self, text: str, *, last: bool = False) -> None:
        if self.shown:
            self.stream.write(f"\r{self.kind}: {text}\033[K" + ("\n" if last else ""))
            self.stream.flush()


class CsvFile:
    """An open CSV file whose header has been checked; `records()` reads its lines once."""

    def __init__(
        self,
        path: Path,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
        meter: Meter | None = None,
    ) -> None:
        self.path = path
        self.meter = meter
        """Where `records()` shows how far it read (not when another thread shows it)."""
        self.undecoded_lines = 0
        try:
            self.size = path.stat().st_size
            with path.open("rb") as raw:
                start = raw.read(4)
            self._handle: TextIO = path.open(
                encoding="utf-8-sig", errors="surrogateescape", newline=""
            )
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self._handle.close()
            raise UsageError(f"{path}: the file is UTF-16 text; save it as CSV in UTF-8")
        self._reader = csv.reader(self._handle)
        self.header = self._read_header(required, optional)
        self.index = {name: i for i, name in enumerate(self.header)}

    def _read_header(self, required: tuple[str, ...], optional: tuple[str, ...]) -> list[str]:
        try:
            first = next(self._reader, None)
        except csv.Error as exc:
            self._handle.close()
            raise UsageError(f"{self.path}: line 1: not a CSV header ({exc})") from None
        if not first or not any(v.strip() for v in first):
            self._handle.close()
            raise UsageError(
                f"{self.path}: the file is empty; its first line must be the header "
                f"{','.join(required)}"
            )
        header = [v.strip() for v in first]
        problems: list[str] = []
        if any(UNDECODED.search(v) for v in header):
            problems.append("the header is not UTF-8 text")
        missing = [c for c in required if c not in header]
        if missing:
            problems.append(
                f"the header lacks the column(s) {', '.join(missing)} "
                f"(needed: {', '.join(required)})"
            )
        twice = sorted({c for c in header if c and header.count(c) > 1})
        if twice:
            problems.append(f"the header names {', '.join(twice)} more than once")
        unknown = [c for c in header if c and c not in (*required, *optional)]
        for wanted, cutoff in (
            *((c, 0.6) for c in missing),
            *((c, 0.85) for c in optional if c not in header),
        ):
            close = difflib.get_close_matches(wanted, unknown, n=1, cutoff=cutoff)
            if close:  # a misspelt optional column would be ignored without a word
                problems.append(
                    f"the header's {close[0]!r} is not a column it reads: did you mean {wanted}?"
                )
        if problems:
            self._handle.close()
            raise UsageError(
                f"{self.path}: line 1: " + "; ".join(problems) + "; nothing was imported"
            )
        return header

    def has(self, column: str) -> bool:
        return column in self.index

    def records(self) -> Iterator[tuple[int, list[str], list[str]]]:
        """(line, values, problems) of every non-blank line; `values` has one per column
        of the header, `problems` names the columns whose values cannot be read."""
        width = len(self.header)
        header = self.header
        reader = self._reader
        meter = self.meter
        done = reader.line_num
        count = 0
        try:
            with self._handle:
                for row in reader:
                    line, done = done + 1, reader.line_num
                    if not row:
                        continue
                    count += 1
                    if meter is not None and count % SHOW_EVERY == 0:
                        meter.show(f"read {self.share():.0%} of the file ({count:,} lines)")
                    problems: list[str] = []
                    values = [v.strip() for v in row]
                    if len(values) != width:
                        if len(values) < width:
                            values += [""] * (width - len(values))
                        elif any(values[width:]):
                            problems.append(
                                f"more values than header columns ({len(values)} given, "
                                f"the header has {width})"
                            )
                            del values[width:]
                        else:
                            del values[width:]
                    if SUSPECT.search("".join(values)):
                        self._check_characters(header, values, problems)
                    yield line, values, problems
        except csv.Error as exc:
            line = reader.line_num
            yield line, [""] * width, [f"not readable as CSV from here on ({exc})"]
        if meter is not None:
            meter.show(f"read {count:,} lines", last=True)

    def share(self) -> float:
        """How much of the file has been read, 0 to 1."""
        if self._handle.closed:
            return 1.0
        try:
            return min(1.0, self._handle.buffer.tell() / max(self.size, 1))
        except (OSError, ValueError):
            return 0.0

    def _check_characters(self, header: list[str], values: list[str], problems: list[str]) -> None:
        undecoded = False
        for column, value in zip(header, values, strict=True):
            if not value or not SUSPECT.search(value):
                continue
            if UNDECODED.search(value):
                undecoded = True
                problems.append(f"{column or 'a column'}: not UTF-8 text")
                continue
            found = bad_character(value, name=is_name_field(column))
            if found is not None:
                char, what = found
                problems.append(f"{column}: holds {what} (U+{ord(char):04X}), which is not allowed")
        self.undecoded_lines += undecoded

    def encoding_note(self) -> str:
        """What to do about the lines that were not UTF-8 ("" when there were none)."""
        if not self.undecoded_lines:
            return ""
        try:
            self.path.read_bytes().decode("gb18030")
            guess = "it reads as GBK/GB18030 (a Chinese Windows encoding)"
        except (OSError, UnicodeDecodeError):
            guess = "its encoding is unknown"
        return (
            f"{self.undecoded_lines} line(s) are not UTF-8: {guess}. Save the file as "
            'CSV UTF-8 (in Excel: Save As, "CSV UTF-8 (comma delimited)") and import it again.'
        )
