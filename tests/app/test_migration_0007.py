"""Migration 0007 (import batches; invoices and payments outlive an erased client): a workspace
with invoices, lines and payments written at 0006 upgrades with all of them intact (no table
rebuild that could cascade), client_id may then be NULL, and the schema matches the models.
Downgrading returns to 0006 while no invoice is orphaned, and refuses once one is."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.store import migrate
from app.store.models import Base
from tests.app.helpers import ws_integrity


def _to(ws, target: str, *, down: bool) -> None:  # noqa: ANN001
    cfg = migrate._config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _billing_rows(conn) -> None:  # noqa: ANN001
    conn.execute(text("INSERT INTO person (id, kind, first_name, last_name, preferred_name, pronouns,"
                      " status, organization, role, street, street2, city, region, postal_code,"
                      " country, search_text, sort_name, created_at, updated_at) VALUES (1, 'client',"
                      " 'Ana', 'Silva', '', '', 'active', '', '', '', '', '', '', '', '', '', '',"
                      " '2026-01-01', '2026-01-01')"))
    conn.execute(text("INSERT INTO invoice (id, client_id, kind, number, status, currency,"
                      " discount_percent, subtotal_minor, tax_minor, total_minor, notes,"
                      " cancel_reason, issued_snapshot, created_at, updated_at) VALUES (1, 1,"
                      " 'invoice', 'INV-1', 'paid', 'EUR', '0', 6000, 0, 6000, '', '',"
                      " '{\"client\": {\"name\": \"Ana Silva\"}}', '2026-01-01', '2026-01-01')"))
    conn.execute(text("INSERT INTO invoice_line (id, invoice_id, position, description, quantity,"
                      " unit_price_minor, tax_rate, discount_percent) VALUES (1, 1, 0, 'Session',"
                      " '1', 6000, '0', '0')"))
    conn.execute(text("INSERT INTO payment (id, client_id, invoice_id, paid_on, amount_minor,"
                      " method, reference, receipt_number, created_at, updated_at) VALUES (1, 1, 1,"
                      " '2026-01-02', 6000, 'cash', '', 'R-1', '2026-01-02', '2026-01-02')"))


def test_0006_billing_upgrades_intact_and_may_lose_its_client(workspace):
    ws = workspace
    _to(ws, "0006", down=True)
    with ws.engine.begin() as conn:
        assert "import_batch" not in {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        _billing_rows(conn)
    with pytest.raises(IntegrityError), ws.engine.begin() as conn:
        conn.execute(text("UPDATE invoice SET client_id = NULL"))

    _to(ws, "head", down=False)
    assert migrate.current_revision(ws.engine) == migrate.head_revision()
    with ws.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM invoice_line")).scalar() == 1
        assert conn.execute(text("SELECT receipt_number FROM payment")).scalar() == "R-1"
        conn.execute(text("UPDATE invoice SET client_id = NULL"))
        conn.execute(text("UPDATE payment SET client_id = NULL"))
        conn.execute(text("DELETE FROM person"))
        assert conn.execute(text("SELECT number, client_id FROM invoice")).one() == ("INV-1", None)
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
        assert [d for d in diff if "doc_search" not in str(d)] == []
    assert ws_integrity(ws) == "ok"

    with pytest.raises(RuntimeError, match="erased clients"):
        _to(ws, "0006", down=True)


def test_0007_downgrades_while_every_invoice_has_its_client(workspace):
    ws = workspace
    with ws.engine.begin() as conn:
        _billing_rows(conn)
    _to(ws, "0006", down=True)
    assert migrate.current_revision(ws.engine) == "0006"
    with pytest.raises(IntegrityError), ws.engine.begin() as conn:
        conn.execute(text("UPDATE payment SET client_id = NULL"))
    with ws.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM invoice_line")).scalar() == 1
    assert ws_integrity(ws) == "ok"
    _to(ws, "head", down=False)
