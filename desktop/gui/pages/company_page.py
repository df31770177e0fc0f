"""The company profile page: the company's details and its areas of work (部署・業務領域)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    get_company,
    update_company,
    validate_company,
)
from desktop.gui import messages
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.forms import (
    ERROR_COLOR,
    INVALID_STYLE,
    SAVED_COLOR,
    form_values,
    mark_invalid,
    message_label,
    with_mnemonic,
)
from desktop.gui.pages.departments import DepartmentsBox

PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県",
    "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県",
    "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip
"""The 47 prefectures in the usual (JIS code) order; data, not UI text."""

# Form fields in display order, each with the letter its label's mnemonic uses.
FORM_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "N"), ("name_kana", "K"), ("prefecture", "P"), ("municipality", "M"), ("industry", "I"),
    ("employees", "E"), ("contact_person", "C"), ("phone", "O"), ("email", "L"), ("hourly_cost_yen", "H"),
    ("outsource_rate_yen", "U"), ("note", "T"),
)  # fmt: skip
NUMBER_FIELDS = frozenset({"employees", "hourly_cost_yen", "outsource_rate_yen"})


class EditCompanyCommand(ServiceCommand):
    """One save of a company profile (already written): redo writes ``new``, undo writes ``old``."""

    def __init__(
        self, ctx: AppContext, old: CompanyData, new: CompanyData, text: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(ctx, text, ("company",), on_error, done=True)
        self.old = old
        self.new = new

    def forward(self) -> None:
        update_company(self._db, self.new)

    def backward(self) -> None:
        update_company(self._db, self.old)


class CompanyPage(QWidget):
    """Edit the current company's profile, or register a new company."""

    sig_dirty_changed = Signal(bool)
    """The form gained (True) or lost (False) unsaved edits."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._company = CompanyData(name="")  # what the form was loaded from; id "" while creating
        self._baseline: dict[str, str] = {}
        self._ctx_company = ctx.company_id  # the context's company as this page last accepted it
        self._dirty = False
        self._build()
        ctx.sig_company_changed.connect(self._company_changed)
        ctx.sig_data_changed.connect(self._data_changed)
        self._open(ctx.company_id)

    def page_title(self) -> str:
        return self.tr("Company profile")

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)

        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for name, key in FORM_FIELDS:
            widget = self._make_input(name)
            widget.setAccessibleName(messages.field_label(name))
            label = QLabel(with_mnemonic(messages.field_label(name), key) + (" *" if name == "name" else ""))
            label.setBuddy(widget)
            self.fields[name] = widget
            if name in ("hourly_cost_yen", "outsource_rate_yen"):
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addWidget(QLabel(self.tr("yen")))
                row.addStretch(1)
                form.addRow(label, row)
            else:
                form.addRow(label, widget)
        form.addRow(QLabel(self.tr("* Required")))

        self.error_label = message_label(ERROR_COLOR)
        self.saved_label = message_label(SAVED_COLOR)
        self._saved_timer = QTimer(self, singleShot=True, interval=4000)
        self._saved_timer.timeout.connect(self.saved_label.hide)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the company profile (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert changes"))
        self.new_button = QPushButton(self.tr("Ne&w company"))
        self.new_button.setToolTip(self.tr("Register another company (Ctrl+Shift+N)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.new_button.clicked.connect(self.new_company)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_company)
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.revert_button, self.saved_label):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error_label)
        left.addLayout(buttons)
        left.addStretch(1)
        self.departments = DepartmentsBox(self.ctx)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.departments, 2)

        content = QWidget()
        content.setStyleSheet(INVALID_STYLE)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro_label)
        layout.addLayout(columns, 1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    def _make_input(self, name: str) -> QWidget:
        if name == "note":
            note = QPlainTextEdit()
            note.setTabChangesFocus(True)
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 5 + 12)
            note.textChanged.connect(lambda: self._edited(name))
            return note
        if name == "prefecture":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMaxVisibleItems(16)
            combo.addItems(("", *PREFECTURES))
            combo.currentTextChanged.connect(lambda _: self._edited(name))
            return combo
        edit = QLineEdit()
        if name in NUMBER_FIELDS:
            # Digits only (full-width too, as a Japanese IME types them); empty means "not set".
            edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9０-９,，]{0,9}"), edit))
            edit.setPlaceholderText(self.tr("Not set"))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14)
        edit.textChanged.connect(lambda _: self._edited(name))
        return edit

    # --- form values ---------------------------------------------------------------------------

    def _text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _set_text(self, name: str, text: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(text)

    @staticmethod
    def _texts_of(data: CompanyData) -> dict[str, str]:
        values = {name: getattr(data, name) for name, _ in FORM_FIELDS}
        return {name: "" if value is None else str(value) for name, value in values.items()}

    def _form_data(self) -> tuple[CompanyData, list[FieldError]]:
        """The form as company data, plus errors for numbers that are not numbers."""
        values, errors = form_values([name for name, _ in FORM_FIELDS], NUMBER_FIELDS, self._text)
        return replace(self._company, **values), errors  # type: ignore[arg-type]

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def is_creating(self) -> bool:
        """True while the form registers a new company rather than editing one."""
        return not self._company.id

    # --- loading -------------------------------------------------------------------------------

    def _open(self, company_id: str) -> None:
        try:
            data = get_company(self.ctx.db, company_id) if company_id else CompanyData(name="")
        except NotFound:
            data = CompanyData(name="")
        self._load(data)

    def _load(self, data: CompanyData, clear_errors: bool = True) -> None:
        self._company = data
        self._baseline = self._texts_of(data)
        for name, text in self._baseline.items():
            self._set_text(name, text)
        if clear_errors:
            self._show_errors([])
        self.new_button.setEnabled(bool(data.id))
        self.intro_label.setVisible(not data.id)
        if data.id:
            self.heading.setText(self.tr('Editing "{name}"').format(name=data.name))
        elif self.ctx.company_id:
            self.heading.setText(self.tr("New company"))
            self.intro_label.setText(self.tr("Fill in the new company's details and press Save."))
        else:
            self.heading.setText(self.tr("New company"))
            self.intro_label.setText(
                self.tr(
                    "Start by registering the company whose work you will inventory. "
                    "Only the name is required; the rest can be filled in later."
                )
            )
        self.departments.set_company(data.id)
        self._update_dirty()

    def _merge(self, fresh: CompanyData) -> None:
        """Show ``fresh`` from the database but keep the fields the user is editing."""
        edits = {n: self._text(n) for n in self._baseline if self._text(n).strip() != self._baseline[n]}
        self._load(fresh, clear_errors=False)
        for name, text in edits.items():
            self._set_text(name, text)

    # --- reacting ------------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        mark_invalid(self.fields[name], False)
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = any(self._text(n).strip() != text for n, text in self._baseline.items())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.saved_label.hide()
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def _company_changed(self, company_id: str) -> None:
        if company_id == self._ctx_company:
            return  # the page's own switch: back after Cancel, or to the company it just created
        if self._dirty and not self._settle_unsaved(select_created=False):
            previous = self._ctx_company
            if previous:
                # Deferred so that every view sees this switch before the one back.
                QTimer.singleShot(0, lambda: self.ctx.set_company(previous))
                return
            # Nothing to go back to: keep the new company's form and accept the context's company.
        self._ctx_company = company_id
        if not self._dirty:
            self._open(company_id)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "company" in tables and not self.is_creating():
            try:
                self._merge(get_company(self.ctx.db, self._company.id))
            except NotFound:
                self._open("")

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The company profile has unsaved changes. Do you want to save them?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def _settle_unsaved(self, select_created: bool) -> bool:
        """Ask about unsaved edits; False when the user cancelled or saving failed."""
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self._save(select_created)
        if answer == QMessageBox.StandardButton.Discard:
            self._load(self._company)
            return True
        return False

    def confirm_leave(self) -> bool:
        """Before the window closes: True when nothing is unsaved or the user settled it."""
        if not self.has_unsaved_changes():
            return True
        self.window().activateWindow()
        return self._settle_unsaved(select_created=False)

    # --- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and write the form; False when it was refused (the reasons are shown)."""
        if not self._dirty and not self.is_creating():
            return True  # Ctrl+S with nothing to save
        return self._save(select_created=True)

    def _save(self, select_created: bool) -> bool:
        data, errors = self._form_data()
        try:
            validate_company(data)
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            self._show_errors(errors)
            return False
        try:
            if self.is_creating():
                # Creating is not undoable: its undo would delete a company, which the app does not offer.
                created = create_company(self.ctx.db, data)
                self._load(created)
                if select_created:
                    self._ctx_company = created.id
                    self.ctx.set_company(created.id)
                self.ctx.notify("company")
            elif data != self._company:
                old = self._company
                saved = update_company(self.ctx.db, data)
                self._load(saved)
                text = self.tr('Edit company "{name}"').format(name=saved.name)
                self.ctx.undo_stack.push(EditCompanyCommand(self.ctx, old, saved, text, self._command_failed))
                self.ctx.notify("company")
            else:
                self._load(self._company)  # only spaces changed
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except NotFound:
            self.error_label.setText(self.tr("This company no longer exists; nothing was saved."))
            self.error_label.show()
            return False
        self.saved_label.setText(self.tr("Saved."))
        self.saved_label.show()
        self._saved_timer.start()
        return True

    def _command_failed(self, exc: BaseException) -> None:
        """An undo or redo that core refused (the company was changed or removed elsewhere)."""
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
        else:
            self.error_label.setText(self.tr("This company no longer exists; nothing was saved."))
            self.error_label.show()

    def revert(self) -> None:
        """Throw away unsaved edits."""
        self._load(self._company)

    def new_company(self) -> None:
        """Clear the form to register a new company (asks about unsaved edits first)."""
        if self._dirty and not self._settle_unsaved(select_created=True):
            return
        self._load(CompanyData(name=""))
        self.fields["name"].setFocus()

    def _show_errors(self, errors: list[FieldError]) -> None:
        invalid = {e.field for e in errors}
        for name, widget in self.fields.items():
            mark_invalid(widget, name in invalid)
        self.error_label.setText("\n".join(messages.field_error(e) for e in errors))
        self.error_label.setVisible(bool(errors))
        first = next((name for name, _ in FORM_FIELDS if name in invalid), None)
        if first is not None:
            self.fields[first].setFocus()
            self._scroll.ensureWidgetVisible(self.fields[first])
