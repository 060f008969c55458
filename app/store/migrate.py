"""Bring a workspace's schema to the current version with Alembic, on an open engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def autogenerate(engine: Engine, message: str, rev_id: str, include_tables: set[str] | None = None) -> None:
    """Developer tool: write a new migration from the difference between models and `engine`."""
    cfg = _config()

    def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
        if include_tables is None:
            return True
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
        return table is None or table in include_tables

    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["include_object"] = include_object
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
