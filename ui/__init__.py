"""Consulta's PySide6 desktop front end. Depends on `app`; `app` never imports this package."""
