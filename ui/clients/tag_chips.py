"""Tags drawn as small rounded, coloured chips in a table cell (the clients list)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TagsRole = Qt.ItemDataRole.UserRole + 2  # list of (name, "#rrggbb") for the tags column


def text_color_on(color: QColor) -> QColor:
    """White on dark chips, near-black on light ones, so every name stays legible."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#1f2933") if luminance > 170 else QColor("#ffffff")


class TagChipDelegate(QStyledItemDelegate):
    PAD_X = 7
    GAP = 4
    HEIGHT = 20

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        tags = index.data(TagsRole) or []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not tags:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        metrics = painter.fontMetrics()  # the painter's device decides the real text width
        rect = option.rect.adjusted(6, 0, -4, 0)
        x = rect.left()
        y = rect.top() + (rect.height() - self.HEIGHT) / 2
        for i, (name, color) in enumerate(tags):
            # +2: elidedText works in fractional widths and would cut a name that just fits.
            width = metrics.horizontalAdvance(name) + 2 * self.PAD_X + 2
            remaining = len(tags) - i
            if x + width > rect.right() and i > 0:
                more = "+" + str(remaining)
                painter.setPen(QColor("#52606d"))
                painter.drawText(QRectF(x, y, rect.right() - x, self.HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter, more)
                break
            width = min(width, rect.right() - x)
            chip = QRectF(x, y, width, self.HEIGHT)
            fill = QColor(color) if QColor.isValidColorName(color) else QColor("#6b7280")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, self.HEIGHT / 2, self.HEIGHT / 2)
            painter.setPen(text_color_on(fill))
            painter.drawText(chip.adjusted(self.PAD_X, 0, -self.PAD_X, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                int(width) - 2 * self.PAD_X + 1))
            x += width + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.HEIGHT + 8))
