"""Small dialogs of the pipeline page: start a course for a worker, and pick the date of a move."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.core.services.workers import WorkerRow
from desktop.gui import messages
from desktop.gui.forms import ERROR_STYLE
from desktop.gui.task_table import normalise

DEFAULT_COURSE_DAYS = 30


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class StartCourseDialog(QDialog):
    """Choose a worker without a training stage, the course's first day and (optionally) its last."""

    def __init__(self, workers: Sequence[WorkerRow], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a course"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or municipality"))
        self.filter_edit.setClearButtonEnabled(True)
        self.worker_list = QListWidget()
        self.worker_list.setAccessibleName(self.tr("Workers not in the pipeline yet"))
        for row in workers:
            kind = messages.choice_label("worker_kind", row.fields.kind)
            place = f" · {row.fields.municipality}" if row.fields.municipality else ""
            item = QListWidgetItem(f"{row.fields.name}  ({kind}{place})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(
                Qt.ItemDataRole.UserRole + 1,
                normalise(f"{row.fields.name} {row.fields.name_kana} {row.fields.municipality}"),
            )
            self.worker_list.addItem(item)
        if self.worker_list.count():
            self.worker_list.setCurrentRow(0)
        self.start_edit = date_edit(today)
        self.end_check = QCheckBox(self.tr("Planned &last day:"))
        self.end_edit = date_edit(today + timedelta(days=DEFAULT_COURSE_DAYS))
        self.end_edit.setEnabled(False)
        self.end_edit.setAccessibleName(self.tr("Planned last day"))
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.empty_label = QLabel(
            self.tr("Every worker is already in the pipeline. Add workers on the “Workers” page.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not workers)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        form.addRow(filter_label, self.filter_edit)
        worker_label = QLabel(self.tr("&Worker:"))
        worker_label.setBuddy(self.worker_list)
        form.addRow(worker_label, self.worker_list)
        start_label = QLabel(self.tr("First &day:"))
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, self.start_edit)
        form.addRow(self.end_check, self.end_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(workers))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.setFocus()
        self.resize(560, 440)

    def _filter(self, text: str) -> None:
        words = normalise(text).split()
        first = -1
        for row in range(self.worker_list.count()):
            item = self.worker_list.item(row)
            hidden = not all(w in str(item.data(Qt.ItemDataRole.UserRole + 1)) for w in words)
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = row
        current = self.worker_list.currentItem()
        if first >= 0 and (current is None or current.isHidden()):
            self.worker_list.setCurrentRow(first)

    def worker_id(self) -> str | None:
        item = self.worker_list.currentItem()
        return None if item is None or item.isHidden() else str(item.data(Qt.ItemDataRole.UserRole))

    def start(self) -> date:
        return to_date(self.start_edit.date())

    def end(self) -> date | None:
        return to_date(self.end_edit.date()) if self.end_check.isChecked() else None

    def accept(self) -> None:
        if self.worker_id() is None:
            self.error_label.setText(self.tr("Choose a worker."))
            self.error_label.show()
            return
        end = self.end()
        if end is not None and end < self.start():
            self.error_label.setText(messages.field_error(FieldError("period", "ends_before_start")))
            self.error_label.show()
            return
        super().accept()


class MoveDateDialog(QDialog):
    """Asks the day a trainee moved on (default today)."""

    def __init__(self, name: str, stage_label: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move on"))
        self.date_edit = date_edit(today)
        label = QLabel(self.tr("{name} moves on to {stage} on:").format(name=name, stage=stage_label))
        label.setWordWrap(True)
        label.setBuddy(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def day(self) -> date:
        return to_date(self.date_edit.date())
