"""Settings → Services: what the practice offers and books, with default duration, price and tax
rate; create, edit, deactivate, delete and reorder. Each change is saved at once."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.services import service_catalog as catalog
from app.services.service_catalog import ServiceView
from app.workspace import Workspace
from ui.confirm import ask
from ui.i18n import core_message
from ui.navigation import PRACTICE, SERVICES, Navigator
from ui.settings.service_dialog import ServiceDialog, babel_locale, format_money

ROW_HEIGHT = 34
VISIBLE_ROWS = (3, 8)  # the table grows with the list between these, then scrolls
INACTIVE = QColor("#8a96a3")
NAME, DURATION, PRICE, TAX, STATUS = range(5)


def format_rate(rate: Decimal) -> str:
    """"23 %" / "5,5 %" as the interface locale writes percentages."""
    from babel.numbers import format_percent

    try:
        return format_percent(rate / 100, locale=babel_locale(), decimal_quantization=False)
    except Exception:  # noqa: BLE001
        return f"{rate} %"


class ServicesSettingsPage(QGroupBox):
    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServicesSettingsPage")
        self.setTitle(self.tr("Services"))
        self._ws = workspace
        self._nav = navigator
        self._services: list[ServiceView] = []
        self.dialog = None  # the service dialog or question last opened

        intro = QLabel(self.tr("What you offer. A new appointment takes its duration and price "
                               "from its service; inactive services stay on past appointments "
                               "but are not offered for new ones."))
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 5, objectName="service_table")
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Duration"),
                                              self.tr("Price"), self.tr("Tax"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (DURATION, PRICE, TAX, STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No services yet: add what you offer with + New service."))
        self.empty.setObjectName("hint")

        self.new_button = QPushButton(self.tr("+ &New service"), objectName="new_service")
        self.new_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="edit_service")
        self.active_button = QPushButton(self.tr("Deacti&vate"), objectName="toggle_active")
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="delete_service")
        self.up_button = QPushButton(self.tr("Move &up"), objectName="move_up")
        self.down_button = QPushButton(self.tr("Move do&wn"), objectName="move_down")
        side = QVBoxLayout()
        side.setSpacing(6)
        for button in (self.new_button, self.edit_button, self.active_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        table_column = QVBoxLayout()
        table_column.addWidget(self.table)
        table_column.addWidget(self.empty)
        table_column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addLayout(table_column, 1)
        row.addLayout(side)

        self.feedback = QLabel(objectName="hint")
        self.feedback.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 20, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.feedback)
        self.setMaximumWidth(720)  # level with the General page above

        self.new_button.clicked.connect(self.new_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_service)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.edit_service())
        navigator.data_changed.connect(self._data_changed)
        self.reload()

    # --- the list ------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        self._services = catalog.list_services(self._ws, with_usage=False)
        self.table.setRowCount(len(self._services))
        for r, svc in enumerate(self._services):
            cells = [svc.name, self.tr("%1 min").replace("%1", str(svc.duration_minutes)),
                     format_money(svc.price, svc.currency), format_rate(svc.tax_rate),
                     self.tr("Active") if svc.active else self.tr("Inactive")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, svc.id)
                if c in (DURATION, PRICE, TAX):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not svc.active:
                    item.setForeground(QBrush(INACTIVE))
                self.table.setItem(r, c, item)
        rows = max(VISIBLE_ROWS[0], min(VISIBLE_ROWS[1], len(self._services)))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * ROW_HEIGHT + 2 * self.table.frameWidth())
        self.empty.setVisible(not self._services)
        row = next((i for i, s in enumerate(self._services) if s.id == keep), None)
        if row is None and self._services:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> ServiceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._services[rows[0].row()] if rows else None

    def current_id(self) -> int | None:
        svc = self.current()
        return svc.id if svc else None

    def _update_buttons(self) -> None:
        svc = self.current()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(svc is not None)
        self.active_button.setText(self.tr("Acti&vate") if svc and not svc.active
                                   else self.tr("Deacti&vate"))
        index = self._services.index(svc) if svc else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self._services) - 1)

    def _data_changed(self, kind: str) -> None:
        if kind in (SERVICES, PRACTICE):  # the practice currency shows in every price
            self.reload()

    # --- actions -------------------------------------------------------------------------------

    def _do(self, fn, done: str = "", select_id: int | None = None) -> bool:
        try:
            fn()
        except ConsultaError as exc:
            self._fail(exc)
            return False
        self.error.hide()
        self.feedback.setText(done)
        self.reload(select_id)
        self._nav.changed(SERVICES)
        return True

    def _fail(self, exc: ConsultaError) -> None:
        self.error.setText(core_message(exc))
        self.error.show()
        self.feedback.clear()
        self.reload()  # the list may be stale (e.g. the service was removed meanwhile)

    def _open_dialog(self, service: ServiceView | None) -> None:
        dialog = ServiceDialog(self._ws, service, self)
        dialog.saved.connect(lambda sid: self._saved(sid, created=service is None))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _saved(self, service_id: int, created: bool) -> None:
        name = catalog.get_service(self._ws, service_id).name
        self.error.hide()
        self.feedback.setText((self.tr("Service added: %1.") if created
                               else self.tr("Service saved: %1.")).replace("%1", name))
        self.reload(service_id)
        self._nav.changed(SERVICES)

    def new_service(self) -> None:
        self._open_dialog(None)

    def edit_service(self) -> None:
        svc = self.current()
        if svc is not None:
            self._open_dialog(svc)

    def toggle_active(self) -> None:
        svc = self.current()
        if svc is None:
            return
        done = (self.tr("“%1” is offered again for new appointments.") if not svc.active else
                self.tr("“%1” is no longer offered for new appointments; past appointments "
                        "keep it.")).replace("%1", svc.name)
        self._do(lambda: catalog.set_active(self._ws, svc.id, not svc.active), done, svc.id)

    def move(self, offset: int) -> None:
        svc = self.current()
        if svc is not None:
            self._do(lambda: catalog.move_service(self._ws, svc.id, offset), "", svc.id)

    def delete_service(self) -> None:
        svc = self.current()
        if svc is None:
            return
        try:
            used = catalog.get_service(self._ws, svc.id).appointment_count or 0
        except ConsultaError as exc:
            self._fail(exc)
            return
        if used:
            text = self.tr(
                "“%1” is the service of %n appointment(s). They stay in the calendar and in "
                "the client records, but without a service.\n\nTo stop offering it and keep "
                "those appointments as they are, deactivate it instead.", "", used)
        else:
            text = self.tr("Delete “%1”? No appointment uses it.")
        self.dialog = ask(self, self.tr("Delete service"), text.replace("%1", svc.name),
                          self.tr("Delete service"),
                          lambda: self._do(lambda: catalog.delete_service(self._ws, svc.id),
                                           self.tr("Service deleted: %1.").replace("%1", svc.name)))
