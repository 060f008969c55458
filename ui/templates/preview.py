"""A form template's questions as HTML (type, options, required), for the read-only previews.
Note templates are shown with ui.documentation.rich_text_edit.SafeTextBrowser."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services import forms
from ui.i18n import core_text


def form_questions_html(questions: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> str:
    """What a form asks, for the Templates area and the form picker."""
    parts = []
    number = 0
    for q in questions:
        if q["type"] == forms.HEADING:
            parts.append(f'<h3 style="color:#2f7d73; margin-top:12px">{escape(q["label"])}</h3>')
            continue
        number += 1
        kind = core_text(forms.QUESTION_TYPES[q["type"]])
        required = (' · <span style="color:#9b2c3d">'
                    + escape(QCoreApplication.translate("TemplatePreview", "required"))
                    + "</span>") if q.get("required") else ""
        parts.append(f'<p style="margin-top:8px; margin-bottom:0">{number}. <b>{escape(q["label"])}'
                     f'</b><br><span style="color:#616e7c; font-size:9pt">{escape(kind)}'
                     f"{required}</span></p>")
        if q.get("options"):
            items = "".join(f"<li>{escape(o)}</li>" for o in q["options"])
            parts.append(f'<ul style="margin-top:2px; margin-bottom:0">{items}</ul>')
    return "".join(parts)
