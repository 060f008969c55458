"""What the calendar views share when they paint: the colours of each status (matching the
style sheet's teal and warm greys), fonts, and the tooltip text of an appointment."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from app.services.appointments import STATUS_LABELS, AppointmentView
from app.store.models import AppointmentStatus
from ui.appointments.time_text import time_range_text
from ui.i18n import core_text


@dataclass(frozen=True)
class StatusLook:
    fill: QColor
    accent: QColor  # the bar on the left edge, and the legend's swatch
    text: QColor
    struck: bool = False


LOOKS = {
    AppointmentStatus.SCHEDULED.value: StatusLook(QColor("#d6efeb"), QColor("#3f9b8f"), QColor("#1f4f49")),
    AppointmentStatus.COMPLETED.value: StatusLook(QColor("#e6eaee"), QColor("#7b8794"), QColor("#323f4b")),
    AppointmentStatus.CANCELLED.value: StatusLook(QColor("#f7f8f8"), QColor("#b3bcc5"), QColor("#8a96a3"),
                                                  struck=True),
    AppointmentStatus.NO_SHOW.value: StatusLook(QColor("#fbeef0"), QColor("#c2506a"), QColor("#7d2336")),
}

GRID_LINE = QColor("#e4e7eb")
HALF_HOUR_LINE = QColor("#f0f2f4")
OFF_HOURS = QColor("#fafbfb")
TODAY_FILL = QColor("#f1f9f8")
ACCENT = QColor("#3f9b8f")
NOW_LINE = QColor("#c2506a")
MUTED_TEXT = QColor("#616e7c")
FAINT_TEXT = QColor("#9aa5b1")
TEXT = QColor("#1f2933")
SELECTION = QColor(63, 155, 143, 60)


def look(status: str) -> StatusLook:
    return LOOKS.get(status, LOOKS[AppointmentStatus.SCHEDULED.value])


def status_label(status: str) -> str:
    label = STATUS_LABELS.get(AppointmentStatus(status)) if status in set(AppointmentStatus) else None
    return core_text(label) if label else status


def sized_font(base: QFont, point_delta: float = 0.0, *, bold: bool = False,
               struck: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, base.pointSizeF() + point_delta))
    font.setBold(bold)
    font.setStrikeOut(struck)
    return font


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).height()


def tooltip(view: AppointmentView, zone: ZoneInfo) -> str:
    """Everything a block may have had to leave out, for the mouse pointer to reveal."""
    lines = [f"<b>{_escape(view.client_name)}</b>"]
    if view.service_name:
        lines.append(_escape(view.service_name))
    lines.append(time_range_text(view.starts_at, view.ends_at, zone))
    lines.append(status_label(view.status))
    if view.status == AppointmentStatus.CANCELLED.value and view.cancel_reason:
        lines[-1] += f" — {_escape(view.cancel_reason)}"
    hints = QCoreApplication.translate(
        "Calendar", "Click to open · double-click for the client · right-click for more")
    return "<br>".join(lines) + f"<br><span style='color:#616e7c'>{hints}</span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

