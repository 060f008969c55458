"""One search box for the whole window: clients and contacts by name, email or phone, and the
words inside notes and filled-in forms, grouped, opened with Enter or a click. The results float
under the box as a child of the window (not a separate popup window), so typing never loses
focus. A note or form found opens its client's Documentation tab on it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services import search
from app.services.documentation import KIND_LABELS
from app.services.people import STATUS_LABELS
from app.workspace import Workspace
from ui.i18n import core_text
from ui.navigation import Navigator

PersonRole = Qt.ItemDataRole.UserRole + 1  # (id, kind), None on a group header
DocRole = Qt.ItemDataRole.UserRole + 2  # (client_id, kind, item_id) of a note, form or file
HtmlRole = Qt.ItemDataRole.UserRole + 3  # rich text drawn instead of the item's plain text
DOC_LIMIT = 6
SNIPPET_COLOR = "#52606d"


def marked_snippet(snippet: str, highlights: tuple[tuple[int, int], ...]) -> str:
    """The snippet as HTML, the matched words bold, everything else escaped."""
    out: list[str] = []
    at = 0
    for start, end in sorted(highlights):
        if start < at or end > len(snippet):
            continue
        out.append(escape(snippet[at:start]))
        out.append(f"<b>{escape(snippet[start:end])}</b>")
        at = end
    out.append(escape(snippet[at:]))
    return "".join(out)


def doc_hit_html(hit: search.DocHit) -> str:
    day = QLocale().toString(QDate(hit.date.year, hit.date.month, hit.date.day),
                             QLocale.FormatType.ShortFormat) if hit.date else ""
    meta = " · ".join(p for p in (core_text(KIND_LABELS.get(hit.kind, "")), day) if p)
    return (f"<b>{escape(hit.title)}</b> · {escape(hit.client_name)}"
            f'&nbsp;&nbsp;<span style="color:{SNIPPET_COLOR}">{escape(meta)}</span><br>'
            f'<span style="color:{SNIPPET_COLOR}">{marked_snippet(hit.snippet, hit.highlights)}'
            "</span>")


class _RichItemDelegate(QStyledItemDelegate):
    """Draws items that carry HtmlRole as rich text (two lines), others as usual."""

    MARGIN_X, MARGIN_Y = 6, 4

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(max(width - 2 * self.MARGIN_X, 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        html = index.data(HtmlRole)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, html, opt.rect.width())
        painter.save()
        painter.translate(opt.rect.left() + self.MARGIN_X, opt.rect.top() + self.MARGIN_Y)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        html = index.data(HtmlRole)
        if not html:
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else 440
        doc = self._document(option, html, width)
        return QSize(width, int(doc.size().height()) + 2 * self.MARGIN_Y)


class SearchPopup(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.list = QListWidget(objectName="search_results")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(False)
        self.list.setItemDelegate(_RichItemDelegate(self.list))
        self.empty = QLabel(objectName="hint")
        self.empty.setContentsMargins(10, 8, 10, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.hide()


class GlobalSearch(QLineEdit):
    LIMIT = 8

    def __init__(self, workspace: Workspace, navigator: Navigator,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("global_search")
        self._ws = workspace
        self._nav = navigator
        self.setPlaceholderText(self.tr("Search clients, contacts, notes and forms"))
        self.setAccessibleName(self.tr("Search clients, contacts, notes and forms"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(340)
        self.popup: SearchPopup | None = None
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.run_search)
        self.textChanged.connect(self._debounce.start)
        self.installEventFilter(self)

    def _ensure_popup(self) -> SearchPopup:
        if self.popup is None:
            self.popup = SearchPopup(self.window())
            self.popup.list.itemClicked.connect(self._open_item)
            self.window().installEventFilter(self)  # follow the window when it is resized
        return self.popup

    # --- results -----------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.text().strip()
        if not text:
            self.hide_popup()
            return
        popup = self._ensure_popup()
        hits = search.search_people(self._ws, text, limit=self.LIMIT)
        doc_hits = search.search_documentation(self._ws, text, limit=DOC_LIMIT)
        popup.list.clear()
        groups = (("client", self.tr("Clients")), ("contact", self.tr("Contacts")))
        for kind, title in groups:
            mine = [h for h in hits if h.kind == kind]
            if not mine:
                continue
            self._add_header(title)
            for hit in mine:
                detail = " · ".join(p for p in (hit.email, hit.phone) if p)
                if kind == "client" and hit.status in STATUS_LABELS:
                    detail = " · ".join(p for p in (core_text(STATUS_LABELS[hit.status]), detail) if p)
                item = QListWidgetItem(hit.name + ("   " + detail if detail else ""))
                item.setData(PersonRole, (hit.id, hit.kind))
                item.setToolTip(detail)
                popup.list.addItem(item)
        if doc_hits:
            self._add_header(self.tr("Notes and forms"))
            for hit in doc_hits:
                # The plain text is for accessibility and tests; the delegate draws the HTML.
                item = QListWidgetItem(f"{hit.title} · {hit.client_name} — {hit.snippet}")
                item.setData(DocRole, (hit.client_id, hit.kind, hit.id))
                item.setData(HtmlRole, doc_hit_html(hit))
                popup.list.addItem(item)
        has = popup.list.count() > 0
        popup.list.setVisible(has)
        popup.empty.setVisible(not has)
        popup.empty.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        self._select(1 if has else -1)
        self._place()
        popup.show()
        popup.raise_()

    def _add_header(self, title: str) -> None:
        header = QListWidgetItem(title.upper())
        font = QFont(header.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 7))
        header.setFont(font)
        header.setForeground(Qt.GlobalColor.darkGray)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        self.popup.list.addItem(header)

    def _place(self) -> None:
        popup = self.popup
        if popup is None:
            return
        window = self.window()
        top_left = self.mapTo(window, QPoint(0, self.height() + 4))
        width = max(self.width(), 520)
        rows = popup.list.count()
        content = sum(popup.list.sizeHintForRow(i) for i in range(rows))
        height = min(420, content + 14) if rows else popup.empty.sizeHint().height() + 10
        left = min(top_left.x(), window.width() - width - 8)
        popup.setGeometry(max(left, 8), top_left.y(), width, height)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.hide_popup()

    def hide_popup(self) -> None:
        if self.popup is not None:
            self.popup.hide()

    def result_names(self) -> list[str]:
        """What the popup lists, headers included (for tests and accessibility checks)."""
        if self.popup is None or not self.popup.isVisible():
            return []
        return [self.popup.list.item(i).text() for i in range(self.popup.list.count())]

    # --- keyboard and opening ----------------------------------------------------------

    def _selectable(self) -> list[int]:
        lst = self.popup.list
        return [i for i in range(lst.count()) if lst.item(i).data(PersonRole) is not None
                or lst.item(i).data(DocRole) is not None]

    def _select(self, row: int) -> None:
        if self.popup is not None and row >= 0:
            self.popup.list.setCurrentRow(row)

    def _move(self, step: int) -> None:
        rows = self._selectable()
        if not rows:
            return
        current = self.popup.list.currentRow()
        later = [r for r in rows if (r > current if step > 0 else r < current)]
        self._select((later[0] if step > 0 else later[-1]) if later else current)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(DocRole) is not None:
            client_id, kind, item_id = item.data(DocRole)
            self.hide_popup()
            self.clear()
            self._nav.open_documentation(client_id, kind, item_id)
            return
        if item.data(PersonRole) is None:
            return
        person_id, kind = item.data(PersonRole)
        self.hide_popup()
        self.clear()
        self._nav.open_person(person_id, kind)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self and event.type() == QEvent.Type.KeyPress:
            visible = self.popup is not None and self.popup.isVisible()
            key = event.key()
            if key == Qt.Key.Key_Escape:
                if visible:
                    self.hide_popup()
                else:
                    self.clear()
                return True
            if visible and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():  # typed fast then Enter: search now
                    self._debounce.stop()
                    self.run_search()
                if self.popup is not None and self.popup.isVisible():
                    self._open_item(self.popup.list.currentItem())
                return True
        if obj is self.window() and event.type() == QEvent.Type.Resize and self.popup is not None:
            if self.popup.isVisible():
                QTimer.singleShot(0, self, self._place)
        if obj is self and event.type() == QEvent.Type.FocusOut and self.popup is not None:
            # A click on a result arrives after focus left; hide a moment later instead.
            QTimer.singleShot(200, self, self._hide_unless_focused)
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


