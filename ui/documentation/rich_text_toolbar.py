"""The formatting toolbar of notes, addenda and note templates: paragraph or heading level,
bold, italic, underline, bulleted and numbered lists, insert table, insert link.

    edit = RichTextEdit()                 # ui.documentation.rich_text_edit (re-exported here)
    toolbar = RichTextToolbar(edit)       # put it above the editor

The buttons follow the cursor (bold is checked inside bold text, the level shows the current
block's) and are disabled while the editor is read-only. GUI thread only.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QComboBox, QTextEdit, QToolBar, QToolButton, QWidget

from ui.documentation.rich_text_dialogs import LinkDialog, TableDialog
from ui.documentation.rich_text_edit import (  # noqa: F401  (one import for users)
    HEADING_SIZES,
    RichTextEdit,
    SafeTextBrowser,
    SafeTextDocument,
    table_format,
)

STYLE = """
QToolBar#richTextToolbar { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 6px;
    padding: 2px; spacing: 2px; }
QToolBar#richTextToolbar QToolButton { border: 1px solid transparent; border-radius: 4px;
    padding: 3px 6px; min-width: 18px; }
QToolBar#richTextToolbar QToolButton:hover { background: #eef1f2; }
QToolBar#richTextToolbar QToolButton:checked { background: #d6efeb; border-color: #9fcfc8; }
QToolBar#richTextToolbar QToolButton:disabled { color: #bcc5ce; }
"""

_ICON_COLOR, _ICON_DISABLED = "#3e4c59", "#bcc5ce"
_SHAPES = {
    "bullet_list": '<circle cx="5" cy="7" r="1.2" fill="{c}"/><circle cx="5" cy="12" r="1.2" '
                   'fill="{c}"/><circle cx="5" cy="17" r="1.2" fill="{c}"/>'
                   '<path d="M9.5 7h10M9.5 12h10M9.5 17h10"/>',
    "numbered_list": '<path d="M4 5.5 5.3 5v4.2M4 9.2h2.6M4 14.3c.3-.8 2.4-.9 2.4.3 0 .9-2.4 '
                     '1.7-2.4 2.6h2.5"/><path d="M10 7h9.5M10 12h9.5M10 17h9.5"/>',
    "insert_table": '<rect x="3.5" y="5" width="17" height="14" rx="1.5"/>'
                    '<path d="M3.5 9.8h17M3.5 14.4h17M9.2 5v14M14.8 5v14"/>',
    "insert_link": '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/>'
                   '<path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
}


def _pixmap(name: str, color: str, size: int) -> QPixmap:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
           f'stroke="{color}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">'
           + _SHAPES[name].replace("{c}", color) + "</svg>")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def toolbar_icon(name: str) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_pixmap(name, _ICON_COLOR, size), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(name, _ICON_DISABLED, size), QIcon.Mode.Disabled)
    return icon


class RichTextToolbar(QToolBar):
    """Formatting for one RichTextEdit (or any QTextEdit). The link and table dialogs are
    kept as `link_dialog` / `table_dialog` while open."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richTextToolbar")
        self.setStyleSheet(STYLE)
        self.setMovable(False)
        self.setFloatable(False)
        self.editor = editor
        self.link_dialog: LinkDialog | None = None
        self.table_dialog: TableDialog | None = None

        self.heading = QComboBox(objectName="heading")
        self.heading.setToolTip(self.tr("Paragraph or heading"))
        for level, text in ((0, self.tr("Paragraph")), (1, self.tr("Heading 1")),
                            (2, self.tr("Heading 2")), (3, self.tr("Heading 3"))):
            self.heading.addItem(text, level)
        self.heading.activated.connect(lambda i: self.set_heading(self.heading.itemData(i)))
        self.addWidget(self.heading)
        self.addSeparator()

        self.bold = self._toggle("bold", self.tr("B"), self.tr("Bold"), QKeySequence.StandardKey.Bold,
                                 lambda on: self._merge(weight=700 if on else 400))
        self.italic = self._toggle("italic", self.tr("I"), self.tr("Italic"),
                                   QKeySequence.StandardKey.Italic,
                                   lambda on: self._merge(italic=on))
        self.underline = self._toggle("underline", self.tr("U"), self.tr("Underline"),
                                      QKeySequence.StandardKey.Underline,
                                      lambda on: self._merge(underline=on))
        for action, flag in ((self.bold, "bold"), (self.italic, "italic"),
                             (self.underline, "underline")):
            font = QFont(self.font())
            font.setBold(flag == "bold")
            font.setItalic(flag == "italic")
            font.setUnderline(flag == "underline")
            action.setFont(font)
        self.addSeparator()
        self.bullet_list = self._toggle("bullet_list", self.tr("Bulleted list"),
                                        self.tr("Bulleted list"), None,
                                        lambda _on: self.toggle_list(QTextListFormat.Style.ListDisc))
        self.numbered_list = self._toggle(
            "numbered_list", self.tr("Numbered list"), self.tr("Numbered list"), None,
            lambda _on: self.toggle_list(QTextListFormat.Style.ListDecimal))
        self.addSeparator()
        self.insert_table = self._button("insert_table", self.tr("Insert table…"),
                                         self.ask_table)
        self.insert_link = self._button("insert_link", self.tr("Insert link…"), self.ask_link,
                                        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))

        editor.currentCharFormatChanged.connect(self.follow_cursor)
        editor.cursorPositionChanged.connect(self.follow_cursor)
        self.set_read_only(editor.isReadOnly())
        self.follow_cursor()

    def _toggle(self, name: str, text: str, tip: str, shortcut, on_toggled) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(True)
        if name in _SHAPES:
            action.setIcon(toolbar_icon(name))
        if shortcut is not None:
            self._shortcut(action, shortcut)
            tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.triggered.connect(on_toggled)
        self.addAction(action)
        return action

    def _button(self, name: str, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(toolbar_icon(name), text, self)
        action.setObjectName(name)
        action.setToolTip(text.replace("…", ""))
        if shortcut is not None:
            self._shortcut(action, shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _shortcut(self, action: QAction, shortcut) -> None:
        """Ctrl+B and the like work while typing: the action also belongs to the editor."""
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.editor.addAction(action)

    def button(self, action: QAction) -> QToolButton:
        """The tool button showing `action` (for tests and screenshots)."""
        return self.widgetForAction(action)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    # --- following the cursor ------------------------------------------------------------------

    def follow_cursor(self, *_args) -> None:
        cursor = self.editor.textCursor()
        fmt = self.editor.currentCharFormat()
        self.bold.setChecked(fmt.fontWeight() >= 600)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())
        lst = cursor.currentList()
        style = lst.format().style() if lst is not None else None
        self.bullet_list.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbered_list.setChecked(style == QTextListFormat.Style.ListDecimal)
        level = cursor.blockFormat().headingLevel()
        index = self.heading.findData(level if level <= 3 else 3)
        self.heading.setCurrentIndex(max(index, 0))

    # --- character formats ----------------------------------------------------------------------

    def _merge(self, *, weight: int | None = None, italic: bool | None = None,
               underline: bool | None = None) -> None:
        fmt = QTextCharFormat()
        if weight is not None:
            fmt.setFontWeight(weight)
        if italic is not None:
            fmt.setFontItalic(italic)
        if underline is not None:
            fmt.setFontUnderline(underline)
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            # Typing goes on in the new format; with no selection there is nothing to change.
            self.editor.mergeCurrentCharFormat(fmt)
        else:
            cursor.mergeCharFormat(fmt)
            self.editor.mergeCurrentCharFormat(fmt)
        self.editor.setFocus()

    # --- blocks ------------------------------------------------------------------------------

    def _whole_blocks(self) -> QTextCursor:
        """A cursor over the blocks the selection (or the cursor) touches."""
        cursor = self.editor.textCursor()
        doc = self.editor.document()
        start = doc.findBlock(cursor.selectionStart()).position()
        end_block = doc.findBlock(cursor.selectionEnd())
        whole = QTextCursor(doc)
        whole.setPosition(start)
        whole.setPosition(end_block.position() + max(end_block.length() - 1, 0),
                          QTextCursor.MoveMode.KeepAnchor)
        return whole

    def set_heading(self, level: int) -> None:
        """0 = paragraph, 1–3 = heading levels: bigger and bold, saved as <h1>…<h3>."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        chars = QTextCharFormat()
        chars.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES[level])
        chars.setFontWeight(700 if level else 400)
        self._whole_blocks().mergeCharFormat(chars)
        cursor.endEditBlock()
        self.editor.mergeCurrentCharFormat(chars)
        self.editor.setFocus()
        self.follow_cursor()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the selected paragraphs a list of `style`; again to make them paragraphs."""
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            whole = self._whole_blocks()
            block = self.editor.document().findBlock(whole.selectionStart())
            while block.isValid() and block.position() <= whole.selectionEnd():
                if block.textList() is not None:
                    block.textList().remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            cursor.createList(style)
        cursor.endEditBlock()
        self.editor.setFocus()
        self.follow_cursor()

    # --- table ------------------------------------------------------------------------------

    def ask_table(self) -> TableDialog:
        dialog = TableDialog(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_table(dialog.rows.value(),
                                                       dialog.columns.value()))
        dialog.destroyed.connect(lambda: setattr(self, "table_dialog", None))
        self.table_dialog = dialog
        dialog.open()
        return dialog

    def add_table(self, rows: int, columns: int) -> None:
        cursor = self.editor.textCursor()
        cursor.insertTable(rows, columns, table_format())
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # --- link -------------------------------------------------------------------------------

    def ask_link(self) -> LinkDialog:
        cursor = self.editor.textCursor()
        fmt = cursor.charFormat()
        address = fmt.anchorHref() if fmt.isAnchor() else ""
        dialog = LinkDialog(cursor.selectedText(), address, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_link(*dialog.link()))
        dialog.destroyed.connect(lambda: setattr(self, "link_dialog", None))
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def add_link(self, text: str, address: str) -> None:
        """Replace the selection (or insert at the cursor) with `text` linking to `address`
        (already checked: http, https or mailto)."""
        cursor = self.editor.textCursor()
        plain = self.editor.currentCharFormat()
        link = QTextCharFormat(plain)
        link.setAnchor(True)
        link.setAnchorHref(address)
        link.setFontUnderline(True)
        link.setForeground(self.palette().link())
        cursor.beginEditBlock()
        cursor.insertText(text, link)
        # What is typed next is not part of the link.
        after = QTextCharFormat(plain)
        after.setAnchor(False)
        after.setAnchorHref("")
        after.clearForeground()
        after.setFontUnderline(False)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setCurrentCharFormat(after)
        self.editor.setFocus()
