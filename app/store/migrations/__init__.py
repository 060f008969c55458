"""Alembic migrations, run automatically when a workspace is opened (see app.store.migrate)."""
