"""Reading CSV files other programs made: encodings (UTF-8 with and without BOM, Windows-1252,
UTF-16), delimiters (comma, semicolon, tab), the header row (even below a title line), quoted
cells holding delimiters and line breaks; and the files that are not a list of clients at all
(empty, header only, binary, a workbook) refused with a clear message and nothing written."""

from __future__ import annotations

import codecs

import pytest

from app.errors import ValidationError
from app.services import audit, clients
from app.services.clients import ClientQuery
from app.transfer import csv_mapping
from app.transfer.csv_import import plan_import
from app.transfer.csv_sniff import parse_csv, read_csv_file
from app.transfer.import_batches import list_import_batches
from tests.app.transfer_helpers import csv_text

SPANISH = [["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Fecha de nacimiento"],
           ["María José", "García López", "majo@example.org", "+34 612 345 678", "12/04/1985"],
           ["Íñigo", "Núñez", "inigo@example.org", "600 111 222", "25/12/1990"]]


@pytest.mark.parametrize(("encoding", "prefix", "found"), [
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-8", b"", "utf-8"),
    ("cp1252", b"", "cp1252"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
])
def test_encodings_are_detected_and_accents_survive(encoding, prefix, found):
    parsed = parse_csv(prefix + csv_text(SPANISH, ";").encode(encoding), name="clientes.csv")
    assert parsed.encoding == found
    assert parsed.delimiter == ";"
    assert parsed.header == tuple(SPANISH[0])
    assert parsed.rows[1] == tuple(SPANISH[2])
    assert parsed.header[2] == "Correo electrónico"  # not "Correo electrÃ³nico"


def test_windows_1252_curly_quotes_and_euro_sign():
    rows = [["Name", "Notes"], ["Zoë Brontë", "Paid 60 € – “sliding scale”"]]
    parsed = parse_csv(csv_text(rows).encode("cp1252"))
    assert parsed.encoding == "cp1252"
    assert parsed.rows[0] == ("Zoë Brontë", "Paid 60 € – “sliding scale”")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_and_quoted_cells_with_delimiters_and_line_breaks(delimiter):
    rows = [["First Name", "Last Name", "Address", "Notes"],
            ["Ana", "Silva", "Rua das Flores 12, 2.º Esq.; Lisboa", "Line one\nline two, with comma"],
            ["Luis", "Mora", "Calle Mayor 1", 'He said "hello"']]
    parsed = parse_csv(csv_text(rows, delimiter).encode())
    assert parsed.delimiter == delimiter
    assert parsed.rows == (tuple(rows[1]), tuple(rows[2]))
    assert parsed.lines == (2, 4)  # the second record starts after the two-line cell


def test_the_header_row_is_found_below_a_title_line_and_blank_rows_are_skipped():
    text = "Client list exported 2026-11-03\r\n\r\n" + csv_text(
        [["Prénom", "Nom", "Courriel"], ["Élodie", "Moreau", "elodie@example.fr"], ["", "", ""],
         ["Chloé", "Dupont", "chloe@example.fr"]])
    parsed = parse_csv(text.encode())
    assert parsed.header == ("Prénom", "Nom", "Courriel")
    assert [r[0] for r in parsed.rows] == ["Élodie", "Chloé"]
    overridden = parse_csv(text.encode(), header_row=0)
    assert overridden.header[0] == "Client list exported 2026-11-03"


def test_short_rows_are_padded_and_cells_beyond_the_header_are_flagged():
    parsed = parse_csv(b"First Name,Last Name,Email\nAna\nLuis,Mora,luis@example.org,extra\n")
    assert parsed.rows == (("Ana", "", ""), ("Luis", "Mora", "luis@example.org"))
    assert parsed.overflow_rows == (1,)


def test_a_header_only_file_has_no_rows_and_plans_nothing(workspace):
    parsed = parse_csv(b"First Name,Last Name,Email\r\n")
    assert parsed.header == ("First Name", "Last Name", "Email") and parsed.rows == ()
    plan = plan_import(workspace, parsed, csv_mapping.auto_map(workspace, parsed))
    assert plan.rows == () and plan.to_create == 0


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b"\r\n\r\n  \r\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is not a text file"),
    (bytes(range(1, 32)) * 50, "is not a text file"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
])
def test_files_that_are_not_csv_are_refused_clearly_and_nothing_is_written(workspace, tmp_path,
                                                                          data, message):
    path = tmp_path / "clients.csv"
    path.write_bytes(data)
    events = len(audit.list_events(workspace, limit=1000))
    with pytest.raises(ValidationError, match=message) as caught:
        read_csv_file(path)
    assert "clients.csv" in str(caught.value) or message != "is not a text file"
    assert clients.count_clients(workspace, ClientQuery(show="all")) == 0
    assert list_import_batches(workspace) == []
    assert len(audit.list_events(workspace, limit=1000)) == events
