"""Fill in an intake form for a client, or read one already filled in.

New: choose the form (unless given), enter the answers — one input per question type — and
Save; every problem shows under its question at once and nothing is stored until all are
fixed. Existing: the answers read-only, `Export PDF…`, and `Correct answers` to fix a typo
(checked against the questions the form had when it was filled in).

Opened with open()/show(), never exec(). `saved(response_id)` after each save.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.documents import form_pdf
from app.errors import ConsultaError
from app.services import clients, forms, practice, templates
from app.services.forms import FormResponseView
from app.workspace import Workspace
from ui.confirm import ask
from ui.documentation.form_questions import (
    STYLE,
    QuestionWidget,
    UnreadableAnswer,
    question_widget,
    response_html,
)
from ui.documentation.rich_text_edit import SafeTextBrowser
from ui.i18n import core_message
from ui.navigation import NOTES, Navigator

EXTRA_STYLE = """
QScrollArea#questionsScroll { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px; }
#questionsContent { background: #ffffff; }
#questionsContent QLabel { background: transparent; }
QTextBrowser#answers { background: #ffffff; border: 1px solid #e4e7eb; border-radius: 8px;
    padding: 8px; }
"""


class FormFillDialog(QDialog):
    saved = Signal(int)

    def __init__(self, workspace: Workspace, navigator: Navigator, *, client_id: int,
                 form_template_id: int | None = None, response_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FormFillDialog")
        self.setStyleSheet(STYLE + EXTRA_STYLE)
        self._ws = workspace
        self._nav = navigator
        self.client_id = client_id
        self.response: FormResponseView | None = None
        self.template_id: int | None = None
        self.questions: list[dict[str, Any]] = []
        self.widgets: dict[str, QuestionWidget] = {}
        self.file_dialog: QFileDialog | None = None
        self.prompt = None  # the question last asked
        self._dirty = False
        self.resize(720, 760)

        self.title = QLabel(objectName="dialogTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(objectName="hint")
        self.subtitle.setWordWrap(True)

        self.form_choice = QComboBox(objectName="form_choice")
        self.form_choice.setMinimumWidth(320)
        self.choice_row = QWidget()
        choice_layout = QHBoxLayout(self.choice_row)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_label = QLabel(self.tr("&Form"))
        choice_label.setBuddy(self.form_choice)
        choice_layout.addWidget(choice_label)
        choice_layout.addWidget(self.form_choice, 1)
        choice_layout.addStretch(1)

        self.scroll = QScrollArea(objectName="questionsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(objectName="questionsContent")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(18, 12, 18, 12)
        self.content_layout.setSpacing(8)
        self.scroll.setWidget(self.content)
        self.answers_view = SafeTextBrowser()
        self.answers_view.setObjectName("answers")
        self.empty = QLabel(objectName="hint")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.correct_button = self.buttons.addButton(self.tr("Co&rrect answers"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setObjectName("correct_answers")
        self.correct_button.setToolTip(self.tr("Fix a mistake in the answers; the form keeps "
                                               "the questions it was filled in with."))
        self.pdf_button = self.buttons.addButton(self.tr("&Export PDF…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("export_pdf")
        self.save_button = self.buttons.addButton(self.tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)  # Enter in a text answer must not save the form
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.correct_button.clicked.connect(self.start_correcting)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.choice_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.answers_view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.client_name = self._client_name()
        if response_id is not None:
            self._load_response(response_id)
        else:
            self._start_new(form_template_id)

    # --- setting up ----------------------------------------------------------------------------

    def _client_name(self) -> str:
        try:
            return clients.get_client(self._ws, self.client_id).display_name
        except ConsultaError:
            return ""

    def _start_new(self, form_template_id: int | None) -> None:
        self.setWindowTitle(self.tr("Fill in a form"))
        self.subtitle.setText(self.tr("For %1. Enter the answers the client gave; you can "
                                      "paste them from a message.").replace("%1", self.client_name))
        language = practice.get_practice(self._ws).language
        available = templates.list_form_templates(self._ws)
        # The practice's language first: forms in other languages are still offered after it.
        lang = templates.shipped_language(language) if language else ""
        available.sort(key=lambda t: 0 if t.language in (lang, "") else 1)
        for tpl in available:
            self.form_choice.addItem(tpl.name, tpl.id)
        self.choice_row.setVisible(form_template_id is None and len(available) > 1)
        if not available:
            self.title.setText(self.tr("Fill in a form"))
            self.empty.setText(self.tr("There are no intake forms yet. Create one in the "
                                       "Templates area."))
            self.empty.show()
            self.scroll.hide()
            self.answers_view.hide()
            self.save_button.setEnabled(False)
            self._show_buttons(editing=True)
            return
        index = self.form_choice.findData(form_template_id) if form_template_id else 0
        if index < 0:  # a template deleted meanwhile: say so instead of showing another form
            self.form_choice.insertItem(0, self.tr("(form no longer available)"), None)
            index = 0
        self.form_choice.setCurrentIndex(index)
        self.form_choice.currentIndexChanged.connect(lambda _i: self._form_chosen())
        self._form_chosen()

    def _form_chosen(self) -> None:
        template_id = self.form_choice.currentData()
        self.error.hide()
        if template_id is None:
            self._build_questions([])
            self.title.setText(self.tr("Fill in a form"))
            self._fail_text(self.tr("That form template no longer exists."))
            self.save_button.setEnabled(False)
            return
        try:
            tpl = templates.get_form_template(self._ws, template_id)
        except ConsultaError as exc:
            self._fail_text(core_message(exc))
            self.save_button.setEnabled(False)
            return
        self.template_id = tpl.id
        self.title.setText(tpl.name)
        self.save_button.setEnabled(True)
        self._build_questions(list(tpl.questions))
        self._show_buttons(editing=True)

    def _build_questions(self, questions: list[dict[str, Any]]) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.questions = questions
        self.widgets = {}
        for q in questions:
            widget = question_widget(q)
            if isinstance(widget, QuestionWidget):
                self.widgets[q["id"]] = widget
                widget.changed.connect(self._changed)
            self.content_layout.addWidget(widget)
        self.content_layout.addStretch(1)
        self._dirty = False

    def _changed(self) -> None:
        self._dirty = True
        widget = self.sender()
        if isinstance(widget, QuestionWidget) and widget.message.isVisible():
            widget.set_error("")  # the user is fixing it: the old message no longer applies

    def _load_response(self, response_id: int) -> None:
        self.setWindowTitle(self.tr("Filled-in form"))
        self.choice_row.hide()
        try:
            self.response = forms.get_form_response(self._ws, response_id)
        except ConsultaError as exc:
            self.title.setText(self.tr("Filled-in form"))
            self._fail_text(core_message(exc))
            self.scroll.hide()
            self.answers_view.hide()
            self._show_buttons(editing=False)
            self.pdf_button.setEnabled(False)
            self.correct_button.setEnabled(False)
            return
        self.client_name = self.response.client_name or self.client_name
        self._show_read_only()

    def _show_read_only(self) -> None:
        r = self.response
        assert r is not None
        self.title.setText(r.title)
        when = r.completed_at or r.created_at
        self.subtitle.setText(self.tr("%1 · filled in on %2").replace("%1", r.client_name)
                              .replace("%2", _local_text(when)))
        self.answers_view.setHtml(response_html(r.questions, r.answers))
        self.scroll.hide()
        self.answers_view.show()
        self.error.hide()
        self._show_buttons(editing=False)
        self.correct_button.setEnabled(r.deleted_at is None)
        if r.deleted_at is not None:
            self.correct_button.setToolTip(self.tr("This form is in the trash. Restore it first."))

    def _show_buttons(self, *, editing: bool) -> None:
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.close_button.setVisible(not editing)
        self.pdf_button.setVisible(not editing)
        self.correct_button.setVisible(not editing)
        self.answers_view.setVisible(not editing and self.response is not None)
        self.scroll.setVisible(editing and bool(self.questions))

    # --- answers ---------------------------------------------------------------------------------

    def is_read_only(self) -> bool:
        return not self.save_button.isVisible()

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The answers given, and the messages for answers that cannot even be read."""
        answers: dict[str, Any] = {}
        unreadable: dict[str, str] = {}
        for qid, widget in self.widgets.items():
            try:
                value = widget.value()
            except UnreadableAnswer as exc:
                unreadable[qid] = str(exc)
                continue
            if value is not None:
                answers[qid] = value
        return answers, unreadable

    def start_correcting(self) -> None:
        """Edit the answers of the form shown (against its own questions)."""
        r = self.response
        if r is None:
            return
        self.setWindowTitle(self.tr("Correct answers"))
        self._build_questions(list(r.questions))
        for qid, widget in self.widgets.items():
            if qid in r.answers:
                widget.set_value(r.answers[qid])
        self._dirty = False
        self._show_buttons(editing=True)

    def save(self) -> bool:
        """Check every answer; show all problems under their questions, or store the form."""
        self.error.hide()
        for widget in self.widgets.values():
            widget.set_error("")
        answers, problems = self.collect()
        clean, refused = forms.check_answers(self.questions, answers)
        for exc in refused:
            problems.setdefault(exc.field or "", core_message(exc))
        if problems:
            for qid, text in problems.items():
                if qid in self.widgets:
                    self.widgets[qid].set_error(text)
            self._fail_text(self.tr("%n answer(s) need attention; nothing was saved yet.", "",
                                    len(problems)))
            self._focus_first(problems)
            return False
        try:
            if self.response is not None:
                self.response = forms.update_answers(self._ws, self.response.id, answers)
            else:
                self.response = forms.fill_form(self._ws, self.client_id, self.template_id,
                                                answers)
        except ConsultaError as exc:
            if exc.field in self.widgets:
                self.widgets[exc.field].set_error(core_message(exc))
            self._fail_text(core_message(exc))
            return False
        self._dirty = False
        self.choice_row.hide()
        self.setWindowTitle(self.tr("Filled-in form"))
        self._show_read_only()
        self._nav.changed(NOTES)
        self.saved.emit(self.response.id)
        return True

    def _focus_first(self, problems: dict[str, str]) -> None:
        for q in self.questions:
            widget = self.widgets.get(q["id"])
            if widget is not None and q["id"] in problems:
                # After the layout took the new messages in, so the scroll lands right.
                QTimer.singleShot(0, lambda w=widget: (self.scroll.ensureWidgetVisible(w, 0, 24),
                                                       w.editor().setFocus()))
                return

    def _fail_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- PDF -------------------------------------------------------------------------------------

    def export_pdf(self, path: Path | str | None = None) -> Path | None:
        """The form's PDF: to `path` at once, or where the user picks in a Save dialog."""
        from ui.billing.invoice_actions import ask_pdf_path, save_pdf

        r = self.response
        if r is None:
            return None
        if path is not None:
            written = save_pdf(self, lambda p: form_pdf.write_form_pdf(self._ws, r.id, p),
                               Path(path))
            if written is not None:
                self.subtitle.setText(self.tr("Saved %1").replace("%1", str(written)))
            return written
        self.file_dialog = ask_pdf_path(self, self.tr("Save the form as PDF"),
                                        form_pdf.suggested_filename(r),
                                        lambda chosen: self.export_pdf(chosen))
        return None

    # --- closing ---------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._dirty and not self.is_read_only() and self.isVisible()

    def unsaved_description(self) -> str:
        return self.tr("Answers to “%1” for %2").replace("%1", self.title.text()).replace(
            "%2", self.client_name)

    def reject(self) -> None:
        if self.has_unsaved_changes():
            def discard() -> None:
                self._dirty = False
                if self.response is not None:
                    self._show_read_only()
                else:
                    super(FormFillDialog, self).reject()

            self.prompt = ask(self, self.tr("Discard the answers?"),
                              self.tr("The answers you entered have not been saved."),
                              self.tr("Discard"), discard)
            return
        if self.response is not None and not self.is_read_only():
            self._show_read_only()  # leaving "Correct answers" goes back to the form
            return
        super().reject()


def _local_text(when) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    local = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)

