"""The form for editing one assignment: period, agreed rate, planned hours, status, note.

OK runs the caller's ``save`` with the values; a refusal (ValidationError) keeps the form open with
the reasons shown and the fields at fault marked, so nothing is lost."""

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.services.assignments import AssignmentRow
from desktop.core.workforce import Period
from desktop.gui import messages
from desktop.gui.assign_commands import Values
from desktop.gui.forms import ERROR_STYLE, INVALID_STYLE, mark_invalid, with_mnemonic

Save = Callable[[Values], None]


class AssignmentDialog(QDialog):
    """Edits an assignment's values; ``save`` is called on OK and may refuse with a ValidationError."""

    def __init__(self, row: AssignmentRow, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit assignment {code}").format(code=row.display_code))
        self.setStyleSheet(INVALID_STYLE)
        about = QLabel(
            self.tr("{task} — {worker} ({role})").format(
                task=row.task_name, worker=row.worker_name, role=messages.choice_label("role", row.role)
            )
        )
        about.setWordWrap(True)
        period = row.period or Period(date.today())
        self.start_edit = _date_edit(period.start)
        self.end_edit = _date_edit(period.end or period.start)
        self.open_end_check = QCheckBox(self.tr("&No end date"))
        self.open_end_check.setChecked(period.end is None)
        self.end_edit.setEnabled(period.end is not None)
        self.open_end_check.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_edit, 1)
        end_layout.addWidget(self.open_end_check)
        self.rate_spin = QSpinBox()
        self.rate_spin.setRange(0, workforce.MAX_RATE_YEN)
        self.rate_spin.setSuffix(self.tr(" yen/h"))
        self.rate_spin.setGroupSeparatorShown(True)
        self.rate_spin.setValue(row.rate_yen)
        self.rate_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, workforce.MAX_PLANNED_HOURS)
        self.hours_spin.setSuffix(self.tr(" h/month"))
        self.hours_spin.setValue(row.planned_hours)
        self.hours_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status_combo = QComboBox()
        for code, label in messages.choices("assignment_status"):
            self.status_combo.addItem(label, code)
        index = self.status_combo.findData(row.status)
        if index < 0:
            self.status_combo.addItem(row.status, row.status)
            index = self.status_combo.count() - 1
        self.status_combo.setCurrentIndex(index)
        self.note_edit = QLineEdit(row.note)
        self.note_edit.setMaxLength(2000)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        for text, letter, widget, buddy in (
            (self.tr("Start"), "s", self.start_edit, self.start_edit),
            (self.tr("End"), "e", end_row, self.end_edit),
            (messages.field_label("rate_yen"), "y", self.rate_spin, self.rate_spin),
            (messages.field_label("planned_hours"), "h", self.hours_spin, self.hours_spin),
            (messages.field_label("status"), "t", self.status_combo, self.status_combo),
            (messages.field_label("note"), "o", self.note_edit, self.note_edit),
        ):
            row_label = QLabel(with_mnemonic(text, letter))
            row_label.setBuddy(buddy)
            buddy.setAccessibleName(text)
            form.addRow(row_label, widget)
        self._field_widgets: dict[str, list[QWidget]] = {
            "period": [self.start_edit, self.end_edit],
            "rate_yen": [self.rate_spin],
            "planned_hours": [self.hours_spin],
            "status": [self.status_combo],
            "note": [self.note_edit],
        }
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.start_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)

    def values(self) -> Values:
        start = self.start_edit.date().toPython()
        end = None if self.open_end_check.isChecked() else self.end_edit.date().toPython()
        assert isinstance(start, date) and (end is None or isinstance(end, date))
        return Values(
            Period(start, end),
            self.rate_spin.value(),
            self.hours_spin.value(),
            str(self.status_combo.currentData()),
            self.note_edit.text(),
        )

    def accept(self) -> None:
        try:
            self._save(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except NotFound:
            self.show_errors([], self.tr("This assignment no longer exists."))
            return
        self.show_errors([])
        super().accept()

    def show_errors(self, errors: Sequence[FieldError], extra: str = "") -> None:
        bad: list[QWidget] = []
        for field, widgets in self._field_widgets.items():
            wrong = [e for e in errors if e.field == field]
            for widget in widgets:
                mark_invalid(widget, bool(wrong), "\n".join(messages.field_error(e) for e in wrong))
                if wrong:
                    bad.append(widget)
        lines = [messages.field_error(e) for e in errors] + ([extra] if extra else [])
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        if bad:
            bad[0].setFocus()


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
