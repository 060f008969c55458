"""Reading a CSV someone else made: encoding, delimiter and header row found automatically
(each can be overridden), every row parsed as the csv module reads it (quoted fields may hold
delimiters and line breaks).

Encodings: UTF-8 with or without a byte-order mark, UTF-16 with a mark (Excel's "Unicode
text"), else Windows-1252 (Excel's CSV on Western Windows), else Latin-1. A file that is not
text (NUL bytes, control characters, a spreadsheet or archive given by mistake) is refused with
a ValidationError before anything is written anywhere.

Pure functions, no workspace: safe on any thread.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

DELIMITERS = (",", ";", "\t", "|")
MAX_BYTES = 200 * 1024 * 1024  # far beyond any client list; refuses a disk image given by mistake
HEADER_SCAN = 10  # the header row is looked for among the first rows (a title line may precede it)

_MAGIC = {
    b"PK\x03\x04": QT_TRANSLATE_NOOP(
        "Core", "This looks like an Excel workbook or another zipped file, not a CSV file. "
                "Open it in your spreadsheet program and save it as CSV first."),
    b"\xd0\xcf\x11\xe0": QT_TRANSLATE_NOOP(
        "Core", "This looks like an old Excel workbook (.xls), not a CSV file. "
                "Open it in your spreadsheet program and save it as CSV first."),
    b"%PDF": QT_TRANSLATE_NOOP("Core", "This is a PDF document, not a CSV file."),
}
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Core", "“{name}” is not a text file, so it cannot be a CSV file. Nothing was imported.")


@dataclass(frozen=True)
class ParsedCsv:
    """A CSV as understood: `header` names the columns, each row has exactly that many cells
    (short rows padded with "", cells beyond the header dropped)."""

    name: str  # the file name, for messages and the import batch
    encoding: str  # "utf-8-sig", "utf-8", "utf-16", "cp1252" or "latin-1"
    delimiter: str
    header_row: int  # 0-based index of the header among the file's records
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # the file line (1-based) where each row starts, for messages
    overflow_rows: tuple[int, ...] = ()  # indexes of rows that had more cells than the header

    def preview(self, count: int = 5) -> tuple[tuple[str, ...], ...]:
        return self.rows[:count]

    def column(self, index: int) -> list[str]:
        return [row[index] for row in self.rows]


def read_csv_file(path: Path | str, **overrides: object) -> ParsedCsv:
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Core", "“{name}” is too large for a CSV of clients ({size} MB)."),
            name=path.name, size=size // (1024 * 1024))
    return parse_csv(path.read_bytes(), name=path.name, **overrides)  # type: ignore[arg-type]


def parse_csv(data: bytes, *, name: str = "", encoding: str | None = None,
              delimiter: str | None = None, header_row: int | None = None) -> ParsedCsv:
    """Parse CSV bytes. Leave `encoding`, `delimiter` and `header_row` as None to detect them."""
    text, found_encoding = decode(data, name, encoding)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{name}” is empty."), name=name)
    delim = delimiter or detect_delimiter(text)
    records, starts = _records(text, delim)
    if not records:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{name}” is empty."), name=name)
    head = header_row if header_row is not None else detect_header_row(records)
    head = max(0, min(head, len(records) - 1))
    header = _header(records[head])
    width = len(header)
    rows, lines, overflow = [], [], []
    for rec, line in zip(records[head + 1:], starts[head + 1:], strict=True):
        if not any(c.strip() for c in rec):
            continue  # blank lines, and the trailing ";;;;" rows spreadsheets leave
        if len(rec) > width and any(c.strip() for c in rec[width:]):
            overflow.append(len(rows))
        rows.append(tuple((rec + [""] * width)[:width]))
        lines.append(line)
    return ParsedCsv(name=name, encoding=found_encoding, delimiter=delim, header_row=head,
                     header=header, rows=tuple(rows), lines=tuple(lines),
                     overflow_rows=tuple(overflow))


# --- encoding ---------------------------------------------------------------------------------


def decode(data: bytes, name: str = "", encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with; refuses what is not text."""
    for magic, message in _MAGIC.items():
        if data.startswith(magic):
            raise ValidationError(message, name=name)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "“{name}” cannot be read as {encoding}."), name=name,
                encoding=encoding) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), name), "utf-16"
        except UnicodeDecodeError:
            raise ValidationError(NOT_TEXT, name=name) from None
    if b"\x00" in data:
        raise ValidationError(NOT_TEXT, name=name)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _checked(data[len(codecs.BOM_UTF8):].decode("utf-8"), name), "utf-8-sig"
        except UnicodeDecodeError:
            raise ValidationError(NOT_TEXT, name=name) from None
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"), name), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return _checked(data.decode("latin-1"), name), "latin-1"


def _checked(text: str, name: str) -> str:
    """Text made mostly of control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = sum(1 for c in sample
                   if (ord(c) < 32 and c not in "\t\r\n") or 0x7F <= ord(c) < 0xA0)
    if sample and controls / len(sample) > 0.01:
        raise ValidationError(NOT_TEXT, name=name)
    return text


# --- delimiter and header ---------------------------------------------------------------------


def detect_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        # The sniffer's cost grows faster than its sample: 16 KB is ~15x cheaper than 64 KB
        # and still dozens of records.
        sniffed = csv.Sniffer().sniff(sample[:16384], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    best = _by_consistency(sample)
    # The sniffer can settle on a character that only appears inside one quoted cell: keep its
    # choice only when it splits the records at least as well as the consistency count's.
    if sniffed in DELIMITERS and (best is None or _fields(sample, sniffed) >= _fields(sample, best)):
        return sniffed
    return best or ","


def _fields(sample: str, delimiter: str) -> int:
    """The most common number of fields per record (over the first records)."""
    records, _ = _records(sample, delimiter, limit=50)
    widths = Counter(len(r) for r in records if any(c.strip() for c in r))
    return widths.most_common(1)[0][0] if widths else 0


def _by_consistency(sample: str) -> str | None:
    """The delimiter giving the most fields per record, consistently over the first records."""
    best, best_score = None, 0.0
    for delim in DELIMITERS:
        records, _ = _records(sample, delim, limit=50)
        widths = [len(r) for r in records if any(c.strip() for c in r)]
        if not widths:
            continue
        common, n = Counter(widths).most_common(1)[0]
        if common < 2:
            continue
        score = common * (n / len(widths))
        if score > best_score:
            best, best_score = delim, score
    return best


def detect_header_row(records: list[list[str]]) -> int:
    """The first record that names columns we recognise, else the first as wide as the data."""
    from app.transfer.csv_mapping import recognise_header

    scan = records[:HEADER_SCAN]
    for i, rec in enumerate(scan):
        if sum(1 for cell in rec if recognise_header(cell)) >= 1 and len(rec) > 1:
            return i
    widths = Counter(len(r) for r in records[:200] if any(c.strip() for c in r))
    width = widths.most_common(1)[0][0] if widths else 0
    for i, rec in enumerate(scan):
        if len(rec) == width and any(c.strip() for c in rec):
            return i
    return 0


def _header(record: list[str]) -> tuple[str, ...]:
    """Column names, trimmed; an empty one is named by its position so it can still be mapped."""
    names = []
    for i, cell in enumerate(record):
        name = " ".join(cell.split())
        names.append(name or f"#{i + 1}")
    return tuple(names)


def _records(text: str, delimiter: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    # Long notes in one cell are normal here (the csv module stops at 128 KB by default).
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, starts = [], []
    line = 1
    try:
        for rec in reader:
            records.append(rec)
            starts.append(line)
            line = reader.line_num + 1
            if limit and len(records) >= limit:
                break
    except csv.Error:
        # A quote left open runs to the end of the file: keep what was read before it.
        pass
    return records, starts
