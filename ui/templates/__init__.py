"""The Templates area: note templates and intake-form templates."""
