"""The form for adding or editing one task of the inventory (業務棚卸し)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from desktop.core import inventory
from desktop.core.errors import FieldError, ValidationError
from desktop.core.inventory import Frequency
from desktop.core.services.companies import DepartmentData
from desktop.core.services.tasks import TaskFields, validate_task
from desktop.gui import messages
from desktop.gui.forms import ERROR_STYLE, INVALID_STYLE, mark_invalid, with_mnemonic

# Coded fields shown as combo boxes; their messages.choices kind is the field name.
CODED_FIELDS = ("medium", "onsite", "confidentiality", "documented", "seasonality", "deadline")
_TEXT_LINES = 3


class TaskDialog(QDialog):
    """Edits every field of a task; OK is refused (with reasons shown) until core validation passes."""

    def __init__(
        self,
        departments: Sequence[DepartmentData],
        data: TaskFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._initial = data or TaskFields(name="")
        self.setWindowTitle(self.tr("Add task") if data is None else self.tr("Edit task"))
        self.setStyleSheet(INVALID_STYLE)
        self._field_widgets: dict[str, list[QWidget]] = {}

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Monthly invoicing"))
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("(none)"), None)
        for dept in departments:
            self.department_combo.addItem(dept.name, dept.id)
        self.description_edit = self._text_edit()
        self.note_edit = self._text_edit()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 1000)
        self.count_spin.setAccessibleName(self.tr("Times"))
        self.unit_combo = self._combo("frequency_unit")
        self.unit_combo.setAccessibleName(self.tr("Period"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, inventory.MAX_MINUTES)
        self.minutes_spin.setSpecialValueText(self.tr("Not known yet"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(messages.field_label("minutes_per_occurrence"))
        self.hours_label = QLabel()
        self.hours_label.setAccessibleName(self.tr("Hours a month"))
        self.performer_edit = QLineEdit()
        self.performer_edit.setMaxLength(100)
        self.skills_edit = QLineEdit()
        self.tools_edit = QLineEdit()
        self.combos = {name: self._combo(name) for name in (*CODED_FIELDS, "ecrs_decision", "status")}
        self.personal_data_check = QCheckBox(with_mnemonic(messages.field_label("personal_data"), "h"))
        self.single_person_check = QCheckBox(with_mnemonic(messages.field_label("single_person"), "y"))
        self.ecrs_note_edit = self._text_edit()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        basics = self._section(
            self.tr("Basics"),
            [
                ("name", "n", self.name_edit),
                ("department_id", "a", self.department_combo),
                ("description", "d", self.description_edit),
                ("note", "o", self.note_edit),
            ],
        )
        frequency_row = QWidget()
        row_layout = QHBoxLayout(frequency_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.count_spin)
        row_layout.addWidget(self.unit_combo, 1)
        timing = self._section(
            self.tr("Frequency and time"),
            [("frequency", "f", frequency_row), ("minutes_per_occurrence", "m", self.minutes_spin)],
        )
        cast(QFormLayout, timing.layout()).addRow(self.hours_label)
        self._field_widgets["frequency"] = [self.count_spin, self.unit_combo]
        how = self._section(
            self.tr("How it is done"),
            [
                ("performer", "b", self.performer_edit),
                ("skills", "k", self.skills_edit),
                ("tools", "t", self.tools_edit),
                ("medium", "p", self.combos["medium"]),
                ("onsite", "i", self.combos["onsite"]),
            ],
        )
        judgement = self._section(
            self.tr("Assessment"),
            [
                ("confidentiality", "c", self.combos["confidentiality"]),
                ("personal_data", "", self.personal_data_check),
                ("single_person", "", self.single_person_check),
                ("documented", "w", self.combos["documented"]),
                ("seasonality", "s", self.combos["seasonality"]),
                ("deadline", "l", self.combos["deadline"]),
                ("ecrs_decision", "e", self.combos["ecrs_decision"]),
                ("ecrs_note", "r", self.ecrs_note_edit),
                ("status", "u", self.combos["status"]),
            ],
        )

        columns = QWidget()
        columns_layout = QHBoxLayout(columns)
        for groups in ((basics, timing), (how, judgement)):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns_layout.addLayout(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(columns)

        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
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

        self._load(self._initial)
        for spin in (self.count_spin, self.minutes_spin):
            spin.valueChanged.connect(self._update_hours)
        self.unit_combo.currentIndexChanged.connect(self._update_hours)
        self._update_hours()
        self.name_edit.setFocus()
        self.resize(960, 620)

    # --- building ---------------------------------------------------------------------------------

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
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
            self._field_widgets[field] = [widget]
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
                continue
            label = QLabel(with_mnemonic(messages.field_label(field), letter))
            label.setBuddy(self.count_spin if field == "frequency" else widget)
            widget.setAccessibleName(messages.field_label(field))
            form.addRow(label, widget)
        return group

    @staticmethod
    def _select(combo: QComboBox, code: object) -> None:
        index = combo.findData(code)
        if index < 0 and isinstance(code, str):  # a code this version does not know: keep it
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _load(self, data: TaskFields) -> None:
        self.name_edit.setText(data.name)
        dept = self.department_combo.findData(data.department_id)
        self.department_combo.setCurrentIndex(max(dept, 0))  # a deleted area shows as none
        self.description_edit.setPlainText(data.description)
        self.note_edit.setPlainText(data.note)
        try:
            frequency = Frequency.parse(data.frequency)
        except ValueError:
            frequency = Frequency(1, "month")
        self.count_spin.setValue(frequency.count)
        self._select(self.unit_combo, frequency.unit)
        self.minutes_spin.setValue(data.minutes_per_occurrence)
        self.performer_edit.setText(data.performer)
        self.skills_edit.setText(data.skills)
        self.tools_edit.setText(data.tools)
        for name, combo in self.combos.items():
            self._select(combo, getattr(data, name))
        self.personal_data_check.setChecked(data.personal_data)
        self.single_person_check.setChecked(data.single_person)
        self.ecrs_note_edit.setPlainText(data.ecrs_note)

    # --- behaviour ---------------------------------------------------------------------------------

    def frequency(self) -> Frequency:
        return Frequency(self.count_spin.value(), str(self.unit_combo.currentData()))

    def fields(self) -> TaskFields:
        """The task as the form shows it (the suitability override is passed through unchanged)."""
        department = self.department_combo.currentData()
        codes: dict[str, Any] = {name: str(combo.currentData()) for name, combo in self.combos.items()}
        return replace(
            self._initial,
            name=self.name_edit.text(),
            department_id=str(department) if department else None,
            description=self.description_edit.toPlainText(),
            frequency=str(self.frequency()),
            minutes_per_occurrence=self.minutes_spin.value(),
            performer=self.performer_edit.text(),
            skills=self.skills_edit.text(),
            tools=self.tools_edit.text(),
            personal_data=self.personal_data_check.isChecked(),
            single_person=self.single_person_check.isChecked(),
            ecrs_note=self.ecrs_note_edit.toPlainText(),
            note=self.note_edit.toPlainText(),
            **codes,
        )

    def _update_hours(self) -> None:
        frequency, minutes = self.frequency(), self.minutes_spin.value()
        problem = frequency.error(minutes)
        if problem:
            self.hours_label.setText(messages.field_error(FieldError("frequency", problem)))
            self.hours_label.setStyleSheet(ERROR_STYLE)
            return
        hours = QLocale().toString(inventory.monthly_hours(frequency, minutes), "f", 1)
        self.hours_label.setText(self.tr("{hours} hours a month").format(hours=hours))
        self.hours_label.setStyleSheet("")

    def accept(self) -> None:
        try:
            validate_task(self.fields())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.show_errors([])
        super().accept()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Show why the form is refused and mark (and focus) the fields at fault; [] clears it."""
        bad: list[QWidget] = []
        for field, widgets in self._field_widgets.items():
            wrong = [e for e in errors if e.field == field]
            for widget in widgets:
                mark_invalid(widget, bool(wrong), "\n".join(messages.field_error(e) for e in wrong))
                if wrong:
                    bad.append(widget)
        self.error_label.setText("\n".join(messages.field_error(e) for e in errors))
        self.error_label.setVisible(bool(errors))
        if bad:
            bad[0].setFocus()
