"""Step 5, ECRS (イクルス): improve each task before thinking of handing it over, in the order
E (eliminate) → C (combine) → R (rearrange) → S (simplify)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.inventory import (
    IMPROVEMENTS,
    EcrsData,
    InventoryTask,
    list_inventory_tasks,
    monthly_minutes,
    progress,
    set_ecrs,
)
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.wizard.commands import EcrsCommand
from desktop.gui.wizard.common import (
    BOLD,
    TEXT_SCALE,
    StepWidget,
    error_text,
    hint,
    hours_text,
    scaled_font,
    show_status,
    status_label,
)

_Index = QModelIndex | QPersistentModelIndex
ORDER = ("eliminate", "combine", "rearrange", "simplify", "keep", "undecided")


def _minutes(task: InventoryTask) -> int:
    return monthly_minutes(task.row.fields.frequency, task.row.fields.minutes_per_occurrence)


class EcrsModel(QAbstractTableModel):
    """The tasks with their monthly hours, decision and minutes saved (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[InventoryTask] = []
        self._headers = (self.tr("Task"), self.tr("Hours a month"), self.tr("Decision"), self.tr("Saves"))

    def set_tasks(self, tasks: list[InventoryTask]) -> None:
        if [t.row.id for t in tasks] == [t.row.id for t in self.tasks]:
            self.tasks = tasks
            if tasks:
                self.dataChanged.emit(self.index(0, 0), self.index(len(tasks) - 1, 3))
            return
        self.beginResetModel()
        self.tasks = tasks
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.tasks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            decision = task.row.fields.ecrs_decision
            saved = task.ecrs_saved_minutes if decision in IMPROVEMENTS else 0
            return (
                task.row.fields.name,
                hours_text(_minutes(task) / 60),
                messages.choice_label("ecrs_decision", decision),
                self.tr("{n} min").format(n=saved) if saved else "",
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EcrsStep(StepWidget):
    """Per task: eliminate, combine, rearrange, simplify or keep; a note; the minutes it saves a month."""

    code = "ecrs"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(BOLD)
        self.model = EcrsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tasks to review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_task())

        labels = {
            "eliminate": (self.tr("&1  E: Stop doing it (eliminate)"), self.tr(
                "Nobody would miss it: a report nobody reads, a meeting without a clear purpose, "
                "a double approval.")),
            "combine": (self.tr("&2  C: Combine it with other work"), self.tr(
                "One common form instead of several, e.g. travel request and expense claim on one sheet.")),
            "rearrange": (self.tr("&3  R: Change the order, the place or the person"), self.tr(
                "Approve in another order, do it somewhere else, or let someone else do it.")),
            "simplify": (self.tr("&4  S: Make it simpler"), self.tr(
                "No copying by hand, no typing the same thing twice, less waiting.")),
            "keep": (self.tr("&5  Keep it as it is"), self.tr("It is needed and already simple.")),
            "undecided": (self.tr("&6  Decide later"), ""),
        }  # fmt: skip
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.panel = QGroupBox()
        panel_layout = QVBoxLayout(self.panel)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setFont(scaled_font(TEXT_SCALE * 1.1, bold=True))
        self.task_hours = hint()
        panel_layout.addWidget(self.question)
        panel_layout.addWidget(self.task_hours)
        for code in ORDER:
            text, help_text = labels[code]
            radio = QRadioButton(text)
            radio.setAccessibleDescription(help_text)
            radio.toggled.connect(lambda on, c=code: self._decided(c) if on else None)
            self.group.addButton(radio)
            self.radios[code] = radio
            panel_layout.addWidget(radio)
            if help_text:
                line = hint(help_text)
                line.setContentsMargins(28, 0, 0, 4)
                panel_layout.addWidget(line)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. read the shop's sales file instead of typing it"))
        self.note_edit.editingFinished.connect(self.save)
        self.saved_spin = QSpinBox()
        self.saved_spin.setSuffix(self.tr(" min a month"))
        self.saved_spin.editingFinished.connect(self.save)
        self.saved_hint = hint()
        form = QFormLayout()
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note_edit)
        saved_label = QLabel(self.tr("&Minutes saved:"))
        saved_label.setBuddy(self.saved_spin)
        form.addRow(note_label, self.note_edit)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_spin)
        saved_row.addWidget(self.saved_hint, 1)
        form.addRow(saved_label, saved_row)
        panel_layout.addLayout(form)
        self.next_button = QPushButton(self.tr("Nex&t undecided task"))
        self.next_button.clicked.connect(self.next_undecided)
        next_row = QHBoxLayout()
        next_row.addStretch(1)
        next_row.addWidget(self.next_button)
        panel_layout.addLayout(next_row)
        panel_layout.addStretch(1)
        self.status = status_label()
        self.status.hide()

        columns = QHBoxLayout()
        columns.addWidget(self.table, 1)
        columns.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Improve first")

    def instructions(self) -> str:
        return self.tr(
            "Before handing work to someone else, see whether it can be done with less effort. "
            "For each task ask, in this order: can we stop it? combine it? change who or where? "
            "make it simpler? Then estimate the minutes a month it saves."
        )

    def first_focus(self) -> QWidget | None:
        return self.table

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        company_id = self.ctx.company_id
        current = self.current_task()
        keep = current.row.id if current is not None else None
        self.model.set_tasks(list_inventory_tasks(self.ctx.db, company_id) if company_id else [])
        if keep is None or not self.select_task(keep):
            first = next((t for t in self.model.tasks if t.row.fields.ecrs_decision == "undecided"), None)
            first = first or (self.model.tasks[0] if self.model.tasks else None)
            if first is not None:
                self.select_task(first.row.id)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if company_id:
            state = progress(self.ctx.db, company_id)
            self.summary.setText(
                self.tr(
                    "Improvements save {hours} hours a month (before anything is handed over). "
                    "Decided: {done} of {total} tasks."
                ).format(
                    hours=hours_text(state.ecrs_saved_hours), done=state.decided_tasks, total=state.tasks
                )
            )
        self._show_task()

    def current_task(self) -> InventoryTask | None:
        index = self.table.currentIndex()
        return (
            self.model.tasks[index.row()] if index.isValid() and index.row() < len(self.model.tasks) else None
        )

    def select_task(self, task_id: str) -> bool:
        for row, task in enumerate(self.model.tasks):
            if task.row.id == task_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _show_task(self) -> None:
        task = self.current_task()
        self.panel.setEnabled(task is not None)
        if task is None:
            self.question.setText(self.tr("Choose a task on the left."))
            return
        fields = task.row.fields
        total = _minutes(task)
        self.question.setText(self.tr("What to do with “{name}”?").format(name=fields.name))
        self.task_hours.setText(
            self.tr("It takes about {hours} hours ({minutes} minutes) a month.").format(
                hours=hours_text(total / 60), minutes=total
            )
        )
        for widget in (*self.radios.values(), self.note_edit, self.saved_spin):
            widget.blockSignals(True)
        radio = self.radios.get(fields.ecrs_decision, self.radios["undecided"])
        radio.setChecked(True)
        if self.note_edit.text() != fields.ecrs_note:
            self.note_edit.setText(fields.ecrs_note)
        self.saved_spin.setRange(0, total)
        self.saved_spin.setValue(task.ecrs_saved_minutes)
        for widget in (*self.radios.values(), self.note_edit, self.saved_spin):
            widget.blockSignals(False)
        self._update_saved_hint(fields.ecrs_decision, total)
        self.next_button.setEnabled(any(t.row.fields.ecrs_decision == "undecided" for t in self.model.tasks))

    def _update_saved_hint(self, decision: str, total: int) -> None:
        improving = decision in IMPROVEMENTS
        self.saved_spin.setEnabled(improving)
        if improving:
            self.saved_hint.setText(self.tr("at most {n} (all of its time)").format(n=total))
        else:
            self.saved_hint.setText(self.tr("only when the task is improved"))

    # --- changing -------------------------------------------------------------------------------

    def decision(self) -> str:
        return next((code for code, radio in self.radios.items() if radio.isChecked()), "undecided")

    def _decided(self, code: str) -> None:
        task = self.current_task()
        if task is None:
            return
        total = _minutes(task)
        saved = self.saved_spin.value()
        if code == "eliminate" and saved == 0:
            saved = total  # stopping a task saves all of its time
        if code not in IMPROVEMENTS:
            saved = 0
        self.saved_spin.blockSignals(True)
        self.saved_spin.setValue(min(saved, total))
        self.saved_spin.blockSignals(False)
        self._update_saved_hint(code, total)
        self.save()

    def save(self) -> None:
        """Save the panel for the selected task (nothing is written when nothing changed)."""
        task = self.current_task()
        if task is None:
            return
        decision = self.decision()
        saved = self.saved_spin.value() if decision in IMPROVEMENTS else 0
        new = EcrsData(decision, self.note_edit.text().strip(), saved)
        old = EcrsData(task.row.fields.ecrs_decision, task.row.fields.ecrs_note, task.ecrs_saved_minutes)
        if new == old:
            return
        try:
            set_ecrs(self.ctx.db, task.row.id, new.decision, new.note, new.saved_minutes)
        except (ValidationError, NotFound) as exc:
            show_status(self.status, error_text(exc), error=True)
            self.refresh()
            return
        text = self.tr("ECRS for “{name}”").format(name=task.row.fields.name)
        self.ctx.undo_stack.push(EcrsCommand(self.ctx, task.row.id, old, new, text, self._failed))
        show_status(self.status, self.tr("Saved: “{name}”.").format(name=task.row.fields.name))
        self.ctx.notify("task")

    def next_undecided(self) -> None:
        tasks = self.model.tasks
        current = self.current_task()
        start = tasks.index(current) + 1 if current in tasks else 0
        for task in tasks[start:] + tasks[:start]:
            if task.row.fields.ecrs_decision == "undecided":
                self.select_task(task.row.id)
                self.radios["eliminate"].setFocus()
                return

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
        self.refresh()
