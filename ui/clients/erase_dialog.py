"""Erase clients from the trash for good, with a stated reason (kept in the audit log), then what
was erased and which issued invoices and receipts were kept, as the law requires.

Opened with open(); used by the Trash view's `Delete permanently…` and by the record's button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import clients
from app.services.people import ErasureSummary
from app.workspace import Workspace
from ui.billing.dialog_fit import fit_height
from ui.i18n import core_message
from ui.navigation import CLIENTS, Navigator

MAX_NAMES = 6

STYLE = """
QPushButton#erase { background: #9b2c3d; color: #ffffff; border-color: #9b2c3d;
    font-weight: 600; }
QPushButton#erase:hover { background: #85243a; }
QPushButton#erase:disabled { background: #e7c3ca; border-color: #e7c3ca; color: #fbeef0; }
#kept { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px; padding: 8px; }
"""


class EraseDialog(QDialog):
    def __init__(self, workspace: Workspace, navigator: Navigator, client_ids: list[int],
                 parent: QWidget | None = None,
                 on_done: Callable[[], None] | None = None) -> None:
        """`on_done` runs once something was erased (before the summary is shown)."""
        super().__init__(parent)
        self.setObjectName("EraseDialog")
        self.setStyleSheet(STYLE)
        self._ws, self._nav, self._on_done = workspace, navigator, on_done
        self.client_ids = list(client_ids)
        self.summaries: list[ErasureSummary] = []
        names = []
        for cid in self.client_ids[:MAX_NAMES]:
            try:
                names.append(clients.get_client(workspace, cid).display_name)
            except ConsultaError:
                continue
        self.names = names
        self.setWindowTitle(self.tr("Delete permanently"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _fit_soon(self) -> None:
        # Tied to the dialog: no late call if it is deleted first (WA_DeleteOnClose).
        QTimer.singleShot(0, self, lambda: fit_height(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)  # the wrapped explanation's height is not known to the first size

    # --- the question --------------------------------------------------------------------

    def _who(self) -> str:
        if len(self.client_ids) == 1 and self.names:
            return self.tr("Erase %1 for good?").replace("%1", self.names[0])
        shown = ", ".join(self.names)
        if len(self.client_ids) > len(self.names):
            shown += ", …"
        return self.tr("Erase these clients for good? %1").replace("%1", shown)

    def _form_page(self) -> QWidget:
        page = QWidget()
        icon = QLabel(objectName="warning_icon")
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.question = QLabel(self._who(), objectName="dialogTitle")
        self.question.setWordWrap(True)
        self.what = QLabel(self.tr(
            "Everything recorded about them is erased and cannot be brought back: the record "
            "and its custom fields, relationships, notes, forms, files, stored emails and "
            "appointments."), objectName="explanation")
        self.what.setWordWrap(True)
        self.kept_note = QLabel(self.tr(
            "Issued invoices and credit notes, and payments with their receipts, stay exactly "
            "as issued, linked to no one, because the law requires keeping them."),
            objectName="hint")
        self.kept_note.setWordWrap(True)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(14)
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.question)
        texts.addWidget(self.what)
        texts.addWidget(self.kept_note)
        head.addLayout(texts, 1)

        self.reason = QComboBox(objectName="reason")
        self.reason.addItems([self.tr("The client asked for their data to be erased"),
                              self.tr("Added by mistake"), self.tr("Duplicate record")])
        self.reason.addItem(self.tr("Other…"), "other")
        self.reason.setPlaceholderText(self.tr("Choose a reason…"))
        self.reason.setCurrentIndex(-1)  # no reason chosen for the user
        self.details = QLineEdit(objectName="reason_details")
        self.details.setMaxLength(500)
        self.details.setAccessibleName(self.tr("Details"))
        why = QLabel(self.tr("The reason is kept in the audit log, with what was erased "
                             "(never the erased details themselves)."), objectName="hint")
        why.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        details_label = QLabel(self.tr("De&tails"))
        details_label.setBuddy(self.details)
        form.addRow(reason_label, self.reason)
        form.addRow(details_label, self.details)
        form.addRow("", why)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        self.erase_button = buttons.addButton(self.tr("&Erase permanently"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("erase")
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # destructive: Enter does not erase
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.details.textChanged.connect(self._reason_changed)
        self._reason_changed()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def reason_text(self) -> str:
        """What the audit log keeps: the reason chosen, with the details if any; "" if none."""
        details = " ".join(self.details.text().split())
        if self.reason.currentIndex() < 0:
            return ""
        if self.reason.currentData() == "other":
            return details
        chosen = self.reason.currentText()
        return f"{chosen}: {details}" if details else chosen

    def _reason_changed(self) -> None:
        other = self.reason.currentData() == "other"
        self.details.setPlaceholderText(self.tr("Say why (needed for “Other”)") if other
                                        else self.tr("Optional"))
        self.erase_button.setEnabled(bool(self.reason_text()))

    def erase(self) -> None:
        reason = self.reason_text()
        if not reason:
            return
        error = ""
        for cid in self.client_ids:
            try:
                self.summaries.append(clients.delete_client_permanently(self._ws, cid, reason))
            except ConsultaError as exc:
                error = core_message(exc)
                break
        if self.summaries:
            if self._on_done is not None:
                self._on_done()
            self._nav.changed(CLIENTS)
            self._show_summary(error)
        else:
            self.error.setText(error)
            self.error.show()
            self._fit_soon()

    # --- what was done -------------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel(objectName="dialogTitle")
        self.done_title.setWordWrap(True)
        self.erased_text = QLabel(objectName="erased")
        self.erased_text.setWordWrap(True)
        self.kept_text = QLabel(objectName="kept")
        self.kept_text.setWordWrap(True)
        self.kept_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_error = QLabel(objectName="error")
        self.summary_error.setWordWrap(True)
        self.summary_error.hide()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("close")
        self.close_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.erased_text)
        layout.addWidget(self.kept_text)
        layout.addWidget(self.summary_error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _erased_lines(self) -> list[str]:
        labels = {"notes": self.tr("Notes: %1"), "forms": self.tr("Forms: %1"),
                  "files": self.tr("Files: %1"), "emails": self.tr("Stored emails: %1"),
                  "appointments": self.tr("Appointments: %1"),
                  "relationships": self.tr("Relationships: %1"),
                  "custom_values": self.tr("Custom field values: %1"),
                  "draft_invoices": self.tr("Draft invoices: %1"),
                  "payment_methods": self.tr("Stored payment methods: %1"),
                  "outbox": self.tr("Unsent emails: %1")}
        totals: dict[str, int] = {}
        for summary in self.summaries:
            for key, count in summary.erased.items():
                totals[key] = totals.get(key, 0) + count
        return [labels[k].replace("%1", str(totals[k])) for k in labels if totals.get(k)]

    def _show_summary(self, error: str) -> None:
        if len(self.summaries) == 1 and len(self.client_ids) == 1 and self.names:
            self.done_title.setText(self.tr("%1 was erased").replace("%1", self.names[0]))
        else:
            self.done_title.setText(self.tr("Clients erased: %1").replace(
                "%1", str(len(self.summaries))))
        lines = self._erased_lines()
        self.erased_text.setText(
            self.tr("The record is gone, with everything recorded about them.")
            + ("\n\n" + "\n".join("•  " + line for line in lines) if lines else ""))
        invoices = [n for s in self.summaries for n in s.kept_invoice_numbers if n]
        receipts = [n for s in self.summaries for n in s.kept_receipt_numbers if n]
        kept = []
        if invoices:
            kept.append(self.tr("Invoices kept as issued: %1").replace("%1", ", ".join(invoices)))
        if receipts:
            kept.append(self.tr("Receipts kept: %1").replace("%1", ", ".join(receipts)))
        if kept:
            kept.append(self.tr("They stay in Billing, linked to no one, as the law requires."))
        else:
            kept.append(self.tr("There were no issued invoices or payments to keep."))
        self.kept_text.setText("\n".join(kept))
        self.summary_error.setText(error)
        self.summary_error.setVisible(bool(error))
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        self._fit_soon()
