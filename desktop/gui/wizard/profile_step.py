"""Step 1, the company: the few profile fields the inventory needs, each saved as soon as it is left."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.services.companies import CompanyData, create_company, get_company, update_company
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.forms import INVALID_STYLE, form_values, mark_invalid, with_mnemonic
from desktop.gui.pages.company_page import PREFECTURES, EditCompanyCommand
from desktop.gui.wizard.common import StepWidget, hint, show_status, status_label

# The profile fields asked here, in order, with their mnemonic letters; the rest stay on the
# company page. Kept short on purpose: the afternoon is for the tasks. No letter of the page's
# Back/Next (B, N) nor of the main menus (F, E, Y, V).
FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "A"), ("prefecture", "P"), ("municipality", "T"), ("industry", "I"), ("employees", "L"),
    ("hourly_cost_yen", "H"),
)  # fmt: skip
NUMBERS = frozenset({"employees", "hourly_cost_yen"})


class ProfileStep(StepWidget):
    """The company's name, place, industry, size and internal hourly cost."""

    code = "profile"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._company = CompanyData(name="")  # as saved; id "" while no company is registered
        self._creating = False
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        form.setVerticalSpacing(14)
        help_texts = {
            "name": self.tr("Required. As it is written on invoices, e.g. 有限会社 山里茶園."),
            "industry": self.tr("In your own words, e.g. tea growing and a farm shop."),
            "employees": self.tr("Everyone who works here, part-timers included."),
            "hourly_cost_yen": self.tr(
                "What an hour of staff time costs the company, roughly (wage plus extras). "
                "Used to show savings in yen; leave empty if unsure."
            ),
        }
        for name, letter in FIELDS:
            widget = self._make_input(name)
            text = self.tr("Company name") if name == "name" else messages.field_label(name)
            widget.setAccessibleName(text)
            label = QLabel(with_mnemonic(text, letter) + (" *" if name == "name" else ""))
            label.setBuddy(widget)
            self.inputs[name] = widget
            column = QVBoxLayout()
            column.setSpacing(2)
            row = QHBoxLayout()
            row.addWidget(widget, 0 if name in NUMBERS else 1)
            if name == "employees":
                row.addWidget(QLabel(self.tr("people")))
            if name == "hourly_cost_yen":
                row.addWidget(QLabel(self.tr("yen an hour")))
            row.addStretch(0 if name not in NUMBERS else 1)
            column.addLayout(row)
            if name in help_texts:
                column.addWidget(hint(help_texts[name]))
            form.addRow(label, column)

        self.status = status_label()
        self.status.hide()
        self.new_button = QPushButton(self.tr("&Register another company…"))
        self.new_button.setToolTip(
            self.tr("Clear the form to register another company and inventory its work")
        )
        self.new_button.clicked.connect(self.start_new_company)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addSpacing(24)
        # Apart from Next, at the left: registering another company is rare and must not be hit instead.
        other = QHBoxLayout()
        other.addWidget(self.new_button)
        self.new_hint = hint(self.tr("The current company's inventory stays as it is."))
        other.addWidget(self.new_hint, 1)
        layout.addLayout(other)
        layout.addStretch(1)
        self.setStyleSheet(INVALID_STYLE)

    def title(self) -> str:
        return self.tr("The company")

    def instructions(self) -> str:
        return self.tr(
            "First a few words about the company. Only the name is required. "
            "Everything you type is saved as soon as you move to the next box."
        )

    def first_focus(self) -> QWidget | None:
        return self.inputs["name"]

    def _make_input(self, name: str) -> QLineEdit | QComboBox:
        if name == "prefecture":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMaxVisibleItems(16)
            combo.addItems(("", *PREFECTURES))
            combo.activated.connect(lambda _index: self.save_field(name))
            line = combo.lineEdit()
            if line is not None:
                line.editingFinished.connect(lambda: self.save_field(name))
            return combo
        edit = QLineEdit()
        if name in NUMBERS:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9０-９,，]{0,9}"), edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14)
        edit.editingFinished.connect(lambda: self.save_field(name))
        return edit

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._creating:
            return  # a new company's form is being filled in: keep it
        try:
            data = (
                get_company(self.ctx.db, self.ctx.company_id) if self.ctx.company_id else CompanyData(name="")
            )
        except NotFound:
            data = CompanyData(name="")
        self._load(data)

    @staticmethod
    def _saved_text(data: CompanyData, name: str) -> str:
        value = getattr(data, name)
        return "" if value is None else str(value)

    def _load(self, data: CompanyData) -> None:
        """Show ``data``, except in a field the user is typing in (its text differs from the last
        saved value); an undo or a sync replaces what was saved, even in the focused field."""
        old, self._company = self._company, data
        for name, _ in FIELDS:
            text = self._saved_text(data, name)
            current = self._text(name)
            typing = self.inputs[name].hasFocus() and current.strip() != self._saved_text(old, name)
            if current != text and not typing:
                self._set_text(name, text)
        # Only once a company exists is there "another" one to start.
        self.new_button.setVisible(bool(data.id))
        self.new_hint.setVisible(bool(data.id))

    def _text(self, name: str) -> str:
        widget = self.inputs[name]
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()

    def _set_text(self, name: str, text: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        else:
            widget.setText(text)

    # --- saving ---------------------------------------------------------------------------------

    def _form_data(self) -> tuple[CompanyData, list[FieldError]]:
        """The form as company data, plus errors for numbers that are not numbers."""
        values, errors = form_values([name for name, _ in FIELDS], NUMBERS, self._text)
        return replace(self._company, **values), errors  # type: ignore[arg-type]

    def save_field(self, name: str) -> None:
        """Save the form after ``name`` was left (a field that did not change writes nothing)."""
        data, errors = self._form_data()
        if not data.id and not data.name:
            if name != "name" and any(self._text(n).strip() for n, _ in FIELDS):
                show_status(self.status, self.tr("Please enter the company's name first."), error=True)
            return
        self.save(data, errors)

    def save(self, data: CompanyData | None = None, errors: list[FieldError] | None = None) -> bool:
        """Write the form now; False (with the reasons shown) when core refuses it."""
        if data is None:
            data, errors = self._form_data()
        errors = list(errors or [])
        if not errors and data == self._company and data.id:
            return True
        try:
            if errors:
                raise ValidationError(errors)
            if not data.id:
                created = create_company(self.ctx.db, data)  # not undoable: the app never deletes a company
                self._creating = False
                self._load(created)
                self.ctx.set_company(created.id)
                self.ctx.notify("company")
                show_status(self.status, self.tr("Company registered and saved."))
            else:
                old = self._company
                saved = update_company(self.ctx.db, data)
                self._load(saved)
                text = self.tr('Edit company "{name}"').format(name=saved.name)
                self.ctx.undo_stack.push(EditCompanyCommand(self.ctx, old, saved, text, self._undo_failed))
                self.ctx.notify("company")
                show_status(self.status, self.tr("Saved."))
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except NotFound:
            show_status(self.status, self.tr("This company no longer exists; nothing was saved."), error=True)
            return False
        self._show_errors([], keep_status=True)
        return True

    def _undo_failed(self, exc: BaseException) -> None:
        show_status(self.status, self.tr("This company no longer exists; nothing was saved."), error=True)

    def _show_errors(self, errors: list[FieldError], keep_status: bool = False) -> None:
        bad = {e.field for e in errors}
        for name, widget in self.inputs.items():
            reasons = [self._error_text(e) for e in errors if e.field == name]
            mark_invalid(widget, name in bad, "\n".join(reasons))
        if errors:
            show_status(self.status, "\n".join(self._error_text(e) for e in errors), error=True)
            first = next(n for n, _ in FIELDS if n in bad)
            self.inputs[first].setFocus()
        elif not keep_status:
            show_status(self.status, "")

    def _error_text(self, error: FieldError) -> str:
        if error.field == "name" and error.code == "required":
            return self.tr("Please enter the company's name.")
        if error.field == "name" and error.code == "too_long":
            return self.tr("The company name is too long (at most {limit} characters).").format(
                limit=error.limit
            )
        if error.field in NUMBERS and error.code == "invalid":
            return self.tr("{label}: please write a number, for example 12.").format(
                label=messages.field_label(error.field)
            )
        return messages.field_error(error)

    def leave(self) -> bool:
        data, errors = self._form_data()
        if not data.id and not data.name and not errors:
            self._show_errors([FieldError("name", "required")])
            return False
        return self.save(data, errors)

    def start_new_company(self) -> None:
        """Clear the form to register another company; the current one stays as it is."""
        self._creating = True
        self._load(CompanyData(name=""))
        for name, _ in FIELDS:
            self._set_text(name, "")
        self._show_errors([])
        show_status(self.status, self.tr("Enter the new company's name to start its inventory."))
        self.inputs["name"].setFocus()

    def is_creating(self) -> bool:
        return self._creating or not self._company.id
