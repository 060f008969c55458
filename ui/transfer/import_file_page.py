"""Import, step 1: the file. Chosen with a file dialog (or given to `load`), read with its
encoding, delimiter and header row found automatically; each can be overridden, and the first
rows are shown as they were understood. A file that is not a usable CSV says why here, and
nothing further can happen with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConsultaError
from app.transfer.csv_sniff import HEADER_SCAN, ParsedCsv, read_csv_file
from ui.i18n import core_message
from ui.last_folder import last_folder, remember_folder
from ui.transfer.import_common import FOLDER_KEY, RowsModel
from ui.transfer.progress_panel import failure_text
from ui.workers import BackgroundTask, run_in_background

PREVIEW_ROWS = 100


class FilePage(QWidget):
    changed = Signal()  # a file was read, read again, or refused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_file_page")
        self.path: Path | None = None
        self.parsed: ParsedCsv | None = None
        self.file_dialog: QFileDialog | None = None
        self.read_task: BackgroundTask | None = None
        self._reading = 0  # files read so far: a slower earlier read's answer is dropped

        intro = QLabel(self.tr("Choose a CSV file: a spreadsheet saved as CSV, or a list exported "
                               "from another program. Nothing is written until the last step."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), objectName="choose_file")
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(objectName="sectionTitle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_label = QLabel(objectName="hint")
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addSpacing(8)
        top.addWidget(self.file_label)
        top.addWidget(self.rows_label, 1)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.encoding = QComboBox(objectName="encoding")
        for label, value in ((self.tr("UTF-8"), "utf-8"),
                             (self.tr("UTF-8 with byte-order mark (Excel)"), "utf-8-sig"),
                             (self.tr("UTF-16 (Excel “Unicode text”)"), "utf-16"),
                             (self.tr("Windows-1252 (Western European)"), "cp1252"),
                             (self.tr("Latin-1 (ISO-8859-1)"), "latin-1")):
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox(objectName="delimiter")
        for label, value in ((self.tr("Comma ( , )"), ","), (self.tr("Semicolon ( ; )"), ";"),
                             (self.tr("Tab"), "\t"), (self.tr("Vertical bar ( | )"), "|")):
            self.delimiter.addItem(label, value)
        self.header_row = QComboBox(objectName="header_row")
        for i in range(HEADER_SCAN):
            self.header_row.addItem(self.tr("Row %1").replace("%1", str(i + 1)), i)
        self.settings = QWidget()
        grid = QHBoxLayout(self.settings)
        grid.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((self.tr("&Encoding"), self.encoding),
                            (self.tr("&Separator"), self.delimiter),
                            (self.tr("&Column names in"), self.header_row)):
            label = QLabel(text)
            label.setBuddy(combo)
            grid.addWidget(label)
            grid.addWidget(combo)
            grid.addSpacing(12)
        grid.addStretch(1)
        for combo in (self.encoding, self.delimiter, self.header_row):
            combo.activated.connect(lambda _i: self.reread())

        self.preview_title = QLabel(self.tr("How the file was understood"), objectName="sectionTitle")
        self.preview_hint = QLabel(objectName="hint")
        self.preview_hint.setWordWrap(True)
        self.preview_model = RowsModel([], self)
        self.preview = QTableView(objectName="preview_table")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.verticalHeader().setDefaultSectionSize(28)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.settings)
        layout.addSpacing(6)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview_hint)
        layout.addWidget(self.preview, 1)
        # Holds the page's spare room when there is no preview, so the rest stays at the top.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        self._show(None)

    @property
    def ready(self) -> bool:
        """A file with rows to import has been read."""
        return self.parsed is not None and bool(self.parsed.rows)

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose a CSV file"),
                             last_folder(FOLDER_KEY, str(Path.home())),
                             self.tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"))
        dialog.setObjectName("choose_csv_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.load(chosen, background=True))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load(self, path: Path | str, background: bool = False) -> None:
        """Read `path`, finding its encoding, separator and header row (finding the separator
        of a large file takes a moment: a chosen file is read off the GUI thread)."""
        self.path = Path(path)
        remember_folder(FOLDER_KEY, self.path.parent)
        self._read(background=background)

    def reread(self) -> None:
        """Read the file again with what the combos say."""
        if self.path is not None:
            self._read(encoding=self.encoding.currentData(), delimiter=self.delimiter.currentData(),
                       header_row=self.header_row.currentData())

    def _read(self, background: bool = False, **overrides: object) -> None:
        assert self.path is not None
        path, kept = self.path, bool(overrides)
        self._reading += 1
        reading = self._reading
        self.file_label.setText(path.name)
        if not background:
            try:
                parsed = read_csv_file(path, **overrides)
            except (ConsultaError, OSError) as exc:
                self._failed(reading, exc, kept)
            else:
                self._read_done(reading, parsed)
            return
        self.parsed = None
        self.rows_label.setText(self.tr("Reading the file…"))
        self.changed.emit()
        self.read_task = run_in_background(lambda: read_csv_file(path, **overrides),
                                           lambda parsed: self._read_done(reading, parsed),
                                           lambda exc: self._failed(reading, exc, kept), self)

    def _read_done(self, reading: int, parsed: ParsedCsv) -> None:
        if reading == self._reading:  # not a file chosen before the one being read now
            self._show(parsed)
            self.changed.emit()

    def _failed(self, reading: int, exc: BaseException, kept: bool) -> None:
        if reading != self._reading:
            return
        if isinstance(exc, ConsultaError):
            text = core_message(exc)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be read: %1").replace("%1", exc.strerror or str(exc))
        else:
            text = failure_text(exc)
        self._show(None, text, keep_settings=kept)
        self.changed.emit()

    def _show(self, parsed: ParsedCsv | None, error: str = "", keep_settings: bool = False) -> None:
        self.parsed = parsed
        if parsed is not None and not parsed.rows:
            error = self.tr("“%1” has column names but no rows under them: there is nothing "
                            "to import.").replace("%1", parsed.name)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.settings.setVisible(parsed is not None or keep_settings)
        has_preview = parsed is not None and bool(parsed.header)
        for widget in (self.preview_title, self.preview_hint, self.preview):
            widget.setVisible(has_preview)
        self.filler.setVisible(not has_preview)
        if parsed is None:
            self.rows_label.setText("" if self.path else self.tr("No file chosen yet."))
            self.preview_model.set_rows([])
            return
        self.rows_label.setText(self.tr("%n row(s) to import", "", len(parsed.rows)))
        for combo, value in ((self.encoding, parsed.encoding), (self.delimiter, parsed.delimiter),
                             (self.header_row, parsed.header_row)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        shown = parsed.preview(PREVIEW_ROWS)
        self.preview_model.set_headers(parsed.header)
        self.preview_model.set_rows(shown, [str(line) for line in parsed.lines[:len(shown)]])
        hint = self.tr("The first %n row(s), with the file's line numbers. If the letters or "
                       "columns look wrong, change the encoding or the separator above.", "",
                       len(shown))
        if parsed.overflow_rows:
            hint += " " + self.tr("%n row(s) have more cells than there are column names: the "
                                  "extra cells are left out.", "", len(parsed.overflow_rows))
        self.preview_hint.setText(hint)
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for col in range(len(parsed.header)):
            header.resizeSection(col, min(max(header.sectionSize(col), 90), 260))
