"""Step 3, the tasks: per area, tick the typical tasks the company does, or type its own."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import inventory
from desktop.core.errors import ValidationError
from desktop.core.services.companies import DepartmentData, list_departments
from desktop.core.services.inventory import InventoryTask, list_inventory_tasks, monthly_minutes
from desktop.core.services.tasks import TaskFields, validate_task
from desktop.core.templates import Template, library
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.task_commands import AddTaskCommand, DeleteTaskCommand
from desktop.gui.wizard.commands import AddTemplatesCommand
from desktop.gui.wizard.common import (
    BOLD,
    StepWidget,
    error_text,
    field_error,
    hint,
    hours_text,
    show_status,
    status_label,
    undo_keys,
)

_KIND = Qt.ItemDataRole.UserRole  # ("template", key) or ("task", task id)
NAME, FREQUENCY, MINUTES, DESCRIPTION = range(4)


@dataclass(frozen=True)
class _Line:
    """One line of the checklist."""

    kind: str
    ident: str
    texts: tuple[str, str, str, str]
    checked: bool


class TasksStep(StepWidget):
    """The checklist of typical tasks of the selected area, a search, and "add your own task"."""

    code = "tasks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._departments: list[DepartmentData] = []
        self._tasks: list[InventoryTask] = []
        self._by_key: dict[str, InventoryTask] = {}
        self._handling = False

        self.area_list = QListWidget()
        self.area_list.setAccessibleName(self.tr("Areas of work"))
        self.area_list.setMaximumWidth(280)
        self.area_list.currentRowChanged.connect(lambda _row: self._populate())
        area_label = QLabel(self.tr("A&rea:"))
        area_label.setBuddy(self.area_list)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search all typical tasks, e.g. 請求書"))
        self.search_edit.textChanged.connect(lambda _text: self._populate())
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Tasks to tick"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [self.tr("Task"), self.tr("Usually"), self.tr("Each time"), self.tr("What it is")]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._show_description())
        self.list_hint = hint()
        self.description = hint()
        self.tick_all_button = QPushButton(self.tr("Tick &all in this list"))
        self.tick_all_button.clicked.connect(self.tick_all)

        self.own_name = QLineEdit()
        self.own_name.setPlaceholderText(self.tr("e.g. 直売所の棚の補充と値札付け"))
        self.own_name.setAccessibleName(self.tr("Name of your own task"))
        self.own_name.returnPressed.connect(self.add_own_task)
        self.own_count = QSpinBox()
        self.own_count.setRange(1, 1000)
        self.own_count.setAccessibleName(self.tr("Times"))
        self.own_unit = QComboBox()
        for code, label in messages.choices("frequency_unit"):
            self.own_unit.addItem(label, code)
        self.own_unit.setCurrentIndex(self.own_unit.findData("month"))
        self.own_unit.setAccessibleName(self.tr("Period"))
        self.own_minutes = QSpinBox()
        self.own_minutes.setRange(1, inventory.MAX_MINUTES)
        self.own_minutes.setValue(30)
        self.own_minutes.setSuffix(self.tr(" min"))
        self.own_minutes.setAccessibleName(messages.field_label("minutes_per_occurrence"))
        self.own_button = QPushButton(self.tr("A&dd task"))
        self.own_button.clicked.connect(self.add_own_task)
        own_label = QLabel(self.tr("&Name:"))
        own_label.setBuddy(self.own_name)
        own_count_label = QLabel(self.tr("How often:"))
        own_count_label.setBuddy(self.own_count)
        own_minutes_label = QLabel(self.tr("Each time:"))
        own_minutes_label.setBuddy(self.own_minutes)

        self.summary = QLabel()
        self.summary.setStyleSheet(BOLD)
        self.status = status_label()
        self.status.hide()

        left = QVBoxLayout()
        left.addWidget(area_label)
        left.addWidget(self.area_list, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.tick_all_button)
        own_box = QGroupBox(self.tr("A task that is not in the list"))
        own_rows = QVBoxLayout(own_box)
        own_name_row = QHBoxLayout()
        own_name_row.addWidget(own_label)
        own_name_row.addWidget(self.own_name, 1)
        own_rows.addLayout(own_name_row)
        own_row = QHBoxLayout()
        for widget in (own_count_label, self.own_count, self.own_unit, own_minutes_label, self.own_minutes):
            own_row.addWidget(widget)
        own_row.addStretch(1)
        own_row.addWidget(self.own_button)
        own_rows.addLayout(own_row)
        right = QVBoxLayout()
        right.addLayout(search_row)
        right.addWidget(self.list_hint)
        right.addWidget(self.tree, 1)
        right.addWidget(self.description)
        right.addWidget(own_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("Pick the tasks")

    def instructions(self) -> str:
        return self.tr(
            "Choose an area on the left, then tick the tasks the company does. Each tick is saved at "
            "once. Times are usual values; you can correct them in the next step."
        )

    def first_focus(self) -> QWidget | None:
        return self.tree

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        company_id = self.ctx.company_id
        self._departments = list_departments(self.ctx.db, company_id) if company_id else []
        self._tasks = list_inventory_tasks(self.ctx.db, company_id) if company_id else []
        self._by_key = {t.template_key: t for t in self._tasks if t.template_key}
        current = self.current_department()
        keep = current.id if current else None
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for dept in self._departments:
            count = sum(1 for t in self._tasks if t.row.fields.department_id == dept.id)
            item = QListWidgetItem(self.tr("{name} ({n})").format(name=dept.name, n=count))
            item.setData(Qt.ItemDataRole.UserRole, dept)
            self.area_list.addItem(item)
            if dept.id == keep:
                self.area_list.setCurrentItem(item)
        if self.area_list.currentRow() < 0 and self._departments:
            self.area_list.setCurrentRow(0)
        self.area_list.blockSignals(False)
        has_area = bool(self._departments)
        for widget in (self.tree, self.search_edit, self.own_name, self.own_button, self.tick_all_button):
            widget.setEnabled(has_area)
        self._populate()
        hours = sum(_minutes(t) for t in self._tasks) / 60
        self.summary.setText(
            self.tr("Tasks picked: {n} in all, {hours} hours a month").format(
                n=len(self._tasks), hours=hours_text(hours)
            )
        )

    def current_department(self) -> DepartmentData | None:
        item = self.area_list.currentItem()
        dept: DepartmentData | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return dept

    def select_area(self, name: str) -> None:
        for row in range(self.area_list.count()):
            if self.area_list.item(row).data(Qt.ItemDataRole.UserRole).name == name:
                self.area_list.setCurrentRow(row)

    def _lines(self) -> list[_Line]:
        dept = self.current_department()
        if dept is None:
            self.list_hint.setText(self.tr("Pick the areas of work in the previous step first."))
            return []
        text = self.search_edit.text().strip()
        lines: list[_Line] = []
        if text:
            templates = library().search(text)
            self.list_hint.setText(
                self.tr("%n task(s) found. A ticked task goes into “{area}”.", "", len(templates)).format(
                    area=dept.name
                )
            )
        else:
            templates = library().by_area().get(dept.name, [])
            for task in self._tasks:
                if task.row.fields.department_id == dept.id and not task.template_key:
                    lines.append(_Line("task", task.row.id, self._texts(task.row.fields, True), True))
            if templates:
                self.list_hint.setText(self.tr("Typical tasks of “{area}”:").format(area=dept.name))
            else:
                self.list_hint.setText(
                    self.tr(
                        "There are no typical tasks for “{area}”. Search above, or add your own below."
                    ).format(area=dept.name)
                )
        for template in templates:
            texts = self._template_texts(template, dept, bool(text))
            lines.append(_Line("template", template.key, texts, template.key in self._by_key))
        return lines

    def _texts(self, fields: TaskFields, own: bool) -> tuple[str, str, str, str]:
        minutes = self.tr("{n} min").format(n=fields.minutes_per_occurrence)
        note = self.tr("(your own task) ") if own else ""
        return (fields.name, messages.frequency_label(fields.frequency), minutes, note + fields.description)

    def _template_texts(
        self, template: Template, dept: DepartmentData, searching: bool
    ) -> tuple[str, str, str, str]:
        added = self._by_key.get(template.key)
        note = ""
        if added is not None and added.row.fields.department_id != dept.id:
            note = self.tr("(in “{area}”) ").format(area=added.row.department_name or self.tr("no area"))
        elif searching:
            note = f"【{template.area}】"
        minutes = self.tr("{n} min").format(n=template.minutes)
        return (
            template.name,
            messages.frequency_label(template.frequency),
            minutes,
            note + template.description,
        )

    def _populate(self) -> None:
        lines = self._lines()
        same = [self._ident(item) for item in self.items()] == [(line.kind, line.ident) for line in lines]
        if not same and self._handling:
            # A tick's own change removed a line: rebuild once the tick's signal has returned, not
            # under the item that sent it.
            QTimer.singleShot(0, self._populate)
            return
        self.tree.blockSignals(True)
        if not same:
            self.tree.clear()
        for index, line in enumerate(lines):
            item = self.items()[index] if same else QTreeWidgetItem(self.tree)
            for column, text in enumerate(line.texts):
                item.setText(column, text)
            item.setToolTip(DESCRIPTION, line.texts[DESCRIPTION])
            item.setData(NAME, _KIND, (line.kind, line.ident))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(NAME, Qt.CheckState.Checked if line.checked else Qt.CheckState.Unchecked)
        if not same:
            self.tree.resizeColumnToContents(NAME)
            self.tree.setColumnWidth(NAME, min(self.tree.columnWidth(NAME) + 24, 360))
            for column in (FREQUENCY, MINUTES):
                self.tree.resizeColumnToContents(column)
            if lines:
                self.tree.setCurrentItem(self.items()[0])
        self.tree.blockSignals(False)
        self._show_description()

    def items(self) -> list[QTreeWidgetItem]:
        """The lines of the checklist, top to bottom."""
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    @staticmethod
    def _ident(item: QTreeWidgetItem | None) -> tuple[str, str] | None:
        return item.data(NAME, _KIND) if item is not None else None

    def _show_description(self) -> None:
        item = self.tree.currentItem()
        self.description.setText(item.text(DESCRIPTION) if item is not None else "")

    # --- changing -------------------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != NAME:
            return
        kind, ident = item.data(NAME, _KIND)
        checked = item.checkState(NAME) == Qt.CheckState.Checked
        self._handling = True
        try:
            if kind == "template" and checked:
                self.add_templates([ident])
            elif kind == "template":
                task = self._by_key.get(ident)
                if task is not None:
                    self._remove(task)
            elif not checked:
                task = next((t for t in self._tasks if t.row.id == ident), None)
                if task is not None:
                    self._remove(task)
        finally:
            self._handling = False

    def add_templates(self, keys: list[str]) -> None:
        """Add library entries to the selected area, in one transaction (one undo step)."""
        dept = self.current_department()
        if dept is None or not keys:
            return
        if len(keys) == 1:
            name = library().get(keys[0]).name
            text = self.tr("Add task “{name}”").format(name=name)
        else:
            name = ""
            text = self.tr("Add %n task(s)", "", len(keys))
        command = AddTemplatesCommand(self.ctx, self.ctx.company_id, dept.id, keys, text, self._failed)
        self.ctx.undo_stack.push(command)
        if name:
            show_status(self.status, self.tr("“{name}” added.").format(name=name))
        else:
            show_status(self.status, self.tr("%n task(s) added.", "", len(keys)))

    def _remove(self, task: InventoryTask) -> None:
        self.ctx.undo_stack.push(DeleteTaskCommand(self.ctx, [task.row], self._failed))
        show_status(
            self.status,
            self.tr("“{name}” removed. Undo: {keys}").format(name=task.row.fields.name, keys=undo_keys()),
        )

    def tick_all(self) -> None:
        keys = []
        for item in self.items():
            kind, ident = item.data(NAME, _KIND)
            if kind == "template" and item.checkState(NAME) != Qt.CheckState.Checked:
                keys.append(ident)
        self.add_templates(keys)

    def add_own_task(self) -> None:
        dept = self.current_department()
        if dept is None:
            return
        unit = str(self.own_unit.currentData())
        data = TaskFields(
            name=self.own_name.text().strip(),
            department_id=dept.id,
            frequency=f"{self.own_count.value()}/{unit}",
            minutes_per_occurrence=self.own_minutes.value(),
        )
        try:
            validate_task(data)
        except ValidationError as exc:
            show_status(self.status, "\n".join(field_error(e) for e in exc.errors), error=True)
            self.own_name.setFocus()
            return
        self.ctx.undo_stack.push(AddTaskCommand(self.ctx, self.ctx.company_id, data, self._failed))
        show_status(self.status, self.tr("“{name}” added.").format(name=data.name))
        self.own_name.clear()
        self.own_name.setFocus()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
        self.refresh()

    def leave(self) -> bool:
        if self._tasks:
            return True
        show_status(self.status, self.tr("Please tick at least one task to go on."), error=True)
        return False

    def checked_names(self) -> list[str]:
        """Names of the ticked lines of the list shown."""
        return [item.text(NAME) for item in self.items() if item.checkState(NAME) == Qt.CheckState.Checked]


def _minutes(task: InventoryTask) -> int:
    return monthly_minutes(task.row.fields.frequency, task.row.fields.minutes_per_occurrence)
