"""The form for adding or editing a worker of the partner's pool: every field, skills, time
windows, and consent to hold personal data (APPI) before contact details or private constraints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.errors import FieldError, ValidationError
from desktop.core.services.workers import (
    MAX_ONSITE_DAYS,
    SkillData,
    SkillInput,
    SkillLevel,
    WorkerFields,
    WorkerRow,
    validate_skills,
    validate_worker,
)
from desktop.gui import messages
from desktop.gui.forms import ERROR_COLOR, ERROR_STYLE, INVALID_STYLE, mark_invalid, with_mnemonic
from desktop.gui.worker_skills import SkillsEditor
from desktop.gui.worker_windows import TimeWindowEditor

_TEXT_LINES = 3
_NOTE_STYLE = "color: palette(placeholder-text);"


class WorkerDialog(QDialog):
    """Edits every field of a worker; OK is refused (reasons shown by each field) until valid."""

    def __init__(
        self,
        catalogue: Sequence[SkillData],
        row: WorkerRow | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._initial = row.fields if row is not None else WorkerFields(name="")
        self.setWindowTitle(self.tr("Add worker") if row is None else self.tr("Edit worker"))
        self.setStyleSheet(INVALID_STYLE)
        self._field_widgets: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. 山田 花子"))
        self.kana_edit = QLineEdit()
        self.kana_edit.setMaxLength(100)
        self.kana_edit.setPlaceholderText(self.tr("e.g. やまだ はなこ (used for sorting)"))
        self.kind_combo = self._combo("worker_kind")
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setMaxLength(100)
        self.status_combo = self._combo("worker_status")
        self.note_edit = self._text_edit()

        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, workforce.MAX_HOURS_PER_WEEK)
        self.hours_spin.setSuffix(self.tr(" h/week"))
        self.onsite_spin = QSpinBox()
        self.onsite_spin.setRange(0, MAX_ONSITE_DAYS)
        self.onsite_spin.setSuffix(self.tr(" days/month"))
        self.onsite_spin.setSpecialValueText(self.tr("Remote only"))
        self.rate_spin = QSpinBox()
        self.rate_spin.setRange(0, workforce.MAX_RATE_YEN)
        self.rate_spin.setSingleStep(50)
        self.rate_spin.setGroupSeparatorShown(True)
        self.rate_spin.setSuffix(self.tr(" yen"))
        self.rate_spin.setSpecialValueText(self.tr("Not set"))
        self.clearance_combo = self._combo("confidentiality")
        self.clearance_combo.setToolTip(self.tr("The most confidential work this person may be given"))
        self.windows_editor = TimeWindowEditor()

        self.skills_editor = SkillsEditor(catalogue)

        self.consent_check = QCheckBox(self.tr("The person a&greed that we keep their personal data"))
        self.consent_date = QDateEdit()
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setAccessibleName(messages.field_label("consent_on"))
        self.consent_check.toggled.connect(self.consent_date.setEnabled)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.private_edit = self._text_edit()
        self.private_edit.setPlaceholderText(self.tr("e.g. 子育て中: 15時まで / 介護: 火曜は不可"))
        private_note = QLabel(
            self.tr(
                "Private constraints stay on this partner PC: they are never sent to a company, "
                "printed on a sheet, or shown on a worker card."
            )
        )
        private_note.setWordWrap(True)
        private_note.setStyleSheet(_NOTE_STYLE)
        consent_note = QLabel(
            self.tr(
                "Phone, email and private constraints can only be kept with the person's consent "
                "(Act on the Protection of Personal Information)."
            )
        )
        consent_note.setWordWrap(True)
        consent_note.setStyleSheet(_NOTE_STYLE)

        person = self._section(
            self.tr("Person"),
            [
                ("name", "n", self.name_edit),
                ("name_kana", "a", self.kana_edit),
                ("kind", "i", self.kind_combo),
                ("municipality", "m", self.municipality_edit),
                ("status", "u", self.status_combo),
                ("note", "o", self.note_edit),
            ],
        )
        availability = self._section(
            self.tr("Availability and pay"),
            [
                ("hours_per_week", "h", self.hours_spin),
                ("onsite_days_per_month", "d", self.onsite_spin),
                ("hourly_rate_yen", "y", self.rate_spin),
                ("clearance", "c", self.clearance_combo),
            ],
        )
        windows_box = QGroupBox(with_mnemonic(messages.field_label("time_windows"), "t"))
        windows_layout = QVBoxLayout(windows_box)
        windows_layout.addWidget(self.windows_editor)
        self._add_error_label(windows_layout, "time_windows", self.windows_editor)
        skills_box = QGroupBox(self.tr("Skills"))
        skills_layout = QVBoxLayout(skills_box)
        skills_layout.addWidget(self.skills_editor)
        self._add_error_label(skills_layout, "skill", self.skills_editor.table)
        self._add_error_label(skills_layout, "level", self.skills_editor.table)

        contact = QGroupBox(self.tr("Contact and consent"))
        contact_form = QFormLayout(contact)
        contact_form.addRow(consent_note)
        contact_form.addRow(self.consent_check)
        consent_label = QLabel(self.tr("Date of consent:"))
        consent_label.setBuddy(self.consent_date)
        contact_form.addRow(consent_label, self.consent_date)
        self._field_widgets["consent_on"] = self.consent_date
        self._form_error(contact_form, "consent_on")
        for field, letter, widget in (
            ("phone", "p", self.phone_edit),
            ("email", "e", self.email_edit),
            ("private_constraints", "v", self.private_edit),
        ):
            self._form_row(contact_form, field, letter, widget)
        contact_form.addRow(private_note)

        left = QVBoxLayout()
        for group in (person, availability, windows_box):
            left.addWidget(group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(skills_box, 1)
        right.addWidget(contact)
        columns = QWidget()
        columns_layout = QHBoxLayout(columns)
        columns_layout.addLayout(left, 1)
        columns_layout.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(columns)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self._load(self._initial, row.skills if row is not None else ())
        self.name_edit.setFocus()
        self.resize(1100, 760)

    # --- building ---------------------------------------------------------------------------------

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * _TEXT_LINES + 12)
        return edit

    def _combo(self, kind: str) -> QComboBox:
        combo = QComboBox()
        for code, label in messages.choices(kind):
            combo.addItem(label, code)
        return combo

    def _section(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for field, letter, widget in rows:
            self._form_row(form, field, letter, widget)
        return group

    def _form_row(self, form: QFormLayout, field: str, letter: str, widget: QWidget) -> None:
        label = QLabel(with_mnemonic(messages.field_label(field), letter))
        label.setBuddy(widget)
        widget.setAccessibleName(messages.field_label(field))
        form.addRow(label, widget)
        self._field_widgets[field] = widget
        self._form_error(form, field)

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.hide()
        self._error_labels[field] = label
        return label

    def _form_error(self, form: QFormLayout, field: str) -> None:
        form.addRow("", self._error_label(field))

    def _add_error_label(self, layout: QVBoxLayout, field: str, widget: QWidget) -> None:
        self._field_widgets[field] = widget
        layout.addWidget(self._error_label(field))

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index < 0:  # a code this version does not know: keep it
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _load(self, data: WorkerFields, skills: Sequence[SkillLevel]) -> None:
        self.name_edit.setText(data.name)
        self.kana_edit.setText(data.name_kana)
        self._select(self.kind_combo, data.kind)
        self.municipality_edit.setText(data.municipality)
        self._select(self.status_combo, data.status)
        self.note_edit.setPlainText(data.note)
        self.hours_spin.setValue(data.hours_per_week)
        self.onsite_spin.setValue(data.onsite_days_per_month)
        self.rate_spin.setValue(data.hourly_rate_yen or 0)
        self._select(self.clearance_combo, data.clearance)
        self.windows_editor.set_windows(data.time_windows)
        self.skills_editor.set_skills(skills)
        today = self._today()
        self.consent_date.setMaximumDate(QDate(today.year, today.month, today.day))
        consent = QDate.fromString(data.consent_on, "yyyy-MM-dd")
        self.consent_check.setChecked(bool(data.consent_on))
        self.consent_date.setDate(consent if consent.isValid() else QDate(today.year, today.month, today.day))
        self.consent_date.setEnabled(bool(data.consent_on))
        self.phone_edit.setText(data.phone)
        self.email_edit.setText(data.email)
        self.private_edit.setPlainText(data.private_constraints)

    # --- behaviour ---------------------------------------------------------------------------------

    def fields(self) -> WorkerFields:
        """The worker as the form shows it."""
        rate = self.rate_spin.value()
        consent = self.consent_date.date().toString("yyyy-MM-dd") if self.consent_check.isChecked() else ""
        return WorkerFields(
            name=self.name_edit.text(),
            name_kana=self.kana_edit.text(),
            kind=str(self.kind_combo.currentData()),
            municipality=self.municipality_edit.text(),
            hours_per_week=self.hours_spin.value(),
            time_windows=self.windows_editor.windows(),
            onsite_days_per_month=self.onsite_spin.value(),
            hourly_rate_yen=rate or None,
            clearance=str(self.clearance_combo.currentData()),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            consent_on=consent,
            private_constraints=self.private_edit.toPlainText(),
            status=str(self.status_combo.currentData()),
            note=self.note_edit.toPlainText(),
        )

    def skills(self) -> list[SkillInput]:
        return self.skills_editor.skills()

    def errors(self) -> list[FieldError]:
        """Every reason the form would be refused (core validation of the fields and the skills)."""
        errors: list[FieldError] = []
        try:
            validate_worker(self.fields(), self._today())
        except ValidationError as exc:
            errors += exc.errors
        try:
            validate_skills(self.skills())
        except ValidationError as exc:
            errors += exc.errors
        return errors

    def accept(self) -> None:
        errors = self.errors()
        self.show_errors(errors)
        if not errors:
            super().accept()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Show each field's reasons under it, mark it red, and focus the first; [] clears them."""
        first: QWidget | None = None
        for field, widget in self._field_widgets.items():
            texts = [messages.field_error(e) for e in errors if e.field == field]
            mark_invalid(widget, bool(texts), "\n".join(texts))
            label = self._error_labels.get(field)
            if label is not None:
                label.setText("\n".join(texts))
                label.setVisible(bool(texts))
            if texts and first is None:
                first = widget
        unplaced = [messages.field_error(e) for e in errors if e.field not in self._field_widgets]
        if errors:
            summary = self.tr("Please correct the fields marked in red.")
            self.error_label.setText("\n".join([summary, *unplaced]))
        self.error_label.setVisible(bool(errors))
        if first is not None:
            if first is self.consent_date and not self.consent_date.isEnabled():
                first = self.consent_check
            first.setFocus(Qt.FocusReason.OtherFocusReason)
