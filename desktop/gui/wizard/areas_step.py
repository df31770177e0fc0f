"""Step 2, areas of work (業務領域): tick the library's areas the company has, or add its own."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.companies import DepartmentData, list_departments, set_department_deleted
from desktop.core.services.inventory import ensure_department, list_inventory_tasks
from desktop.core.templates import library
from desktop.gui.context import AppContext
from desktop.gui.pages.departments import RemoveDepartmentCommand
from desktop.gui.wizard.commands import PickAreaCommand
from desktop.gui.wizard.common import BOLD, StepWidget, error_text, hint, show_status, status_label, undo_keys

_COLUMNS = 2


class AreasStep(StepWidget):
    """A checkbox per library area (none ticked at first) and the company's own areas."""

    code = "areas"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._departments: dict[str, DepartmentData] = {}  # by name
        self._task_counts: Counter[str] = Counter()  # by department id
        self.boxes: dict[str, QCheckBox] = {}  # by area name, library areas and own ones

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for index, area in enumerate(library().areas):
            box = QCheckBox(area.name)
            box.setStyleSheet(BOLD)
            box.setAccessibleDescription(area.hint)
            box.toggled.connect(lambda checked, name=area.name: self.set_area(name, checked))
            self.boxes[area.name] = box
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(box)
            area_hint = hint(area.hint)
            area_hint.setContentsMargins(28, 0, 0, 8)
            cell.addWidget(area_hint)
            grid.addLayout(cell, index // _COLUMNS, index % _COLUMNS)
        library_box = QGroupBox(self.tr("Typical areas"))
        library_box.setLayout(grid)

        self.own_layout = QVBoxLayout()
        self.own_empty = hint(self.tr("None yet."))
        self.own_layout.addWidget(self.own_empty)
        self.own_edit = QLineEdit()
        self.own_edit.setPlaceholderText(self.tr("e.g. 直売所, 茶工場"))
        self.own_edit.setAccessibleName(self.tr("Name of another area"))
        self.own_edit.returnPressed.connect(self.add_own_area)
        self.add_button = QPushButton(self.tr("&Add area"))
        self.add_button.clicked.connect(self.add_own_area)
        own_label = QLabel(self.tr("&Other area:"))
        own_label.setBuddy(self.own_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(own_label)
        add_row.addWidget(self.own_edit, 1)
        add_row.addWidget(self.add_button)
        own_box = QGroupBox(self.tr("The company's own areas"))
        own_column = QVBoxLayout(own_box)
        own_column.addLayout(self.own_layout)
        own_column.addLayout(add_row)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(library_box)
        column.addWidget(own_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.status = status_label()
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Areas of work")

    def instructions(self) -> str:
        return self.tr(
            "Tick every area of work the company has. If one is missing, type its name under "
            "“The company's own areas”. You can change this later."
        )

    def first_focus(self) -> QWidget | None:
        return next(iter(self.boxes.values()))

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        company_id = self.ctx.company_id
        departments = list_departments(self.ctx.db, company_id) if company_id else []
        self._departments = {d.name: d for d in departments}
        tasks = list_inventory_tasks(self.ctx.db, company_id) if company_id else []
        self._task_counts = Counter(t.row.fields.department_id or "" for t in tasks)
        library_names = set(library().area_names())
        for name, box in list(self.boxes.items()):
            if name not in library_names and name not in self._departments:
                self.own_layout.removeWidget(box)
                box.deleteLater()
                del self.boxes[name]
        for dept in departments:
            if dept.name not in self.boxes:
                box = QCheckBox(dept.name)
                box.setStyleSheet(BOLD)
                box.toggled.connect(lambda checked, name=dept.name: self.set_area(name, checked))
                self.boxes[dept.name] = box
                self.own_layout.addWidget(box)
        self.own_empty.setVisible(not any(n not in library_names for n in self.boxes))
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in self._departments)
            box.blockSignals(False)
            picked = self._departments.get(name)
            count = self._task_counts[picked.id] if picked else 0
            box.setToolTip(self.tr("%n task(s) in this area", "", count) if count else "")

    # --- changing -------------------------------------------------------------------------------

    def set_area(self, name: str, picked: bool) -> None:
        """Pick (create or restore) or unpick (remove) the area ``name``, undoably."""
        company_id = self.ctx.company_id
        if not company_id:
            return
        try:
            if picked:
                dept = ensure_department(self.ctx.db, company_id, name)
                text = self.tr('Pick area "{name}"').format(name=dept.name)
                self.ctx.undo_stack.push(PickAreaCommand(self.ctx, dept, text, self._failed))
                show_status(self.status, self.tr("“{name}” added.").format(name=dept.name))
            else:
                dept = self._departments[name]
                count = self._task_counts[dept.id]
                if count:
                    show_status(
                        self.status,
                        self.tr(
                            "“{name}” still has %n task(s). Untick them in the next step first, "
                            "then this area can be removed.",
                            "",
                            count,
                        ).format(name=name),
                        error=True,
                    )
                    self.refresh()
                    return
                set_department_deleted(self.ctx.db, dept.id, True)
                text = self.tr('Remove area of work "{name}"').format(name=name)
                self.ctx.undo_stack.push(RemoveDepartmentCommand(self.ctx, dept, text, self._failed))
                show_status(
                    self.status, self.tr("“{name}” removed. Undo: {keys}").format(name=name, keys=undo_keys())
                )
        except (ValidationError, NotFound) as exc:
            show_status(self.status, error_text(exc), error=True)
        self.ctx.notify("department")

    def add_own_area(self) -> None:
        name = self.own_edit.text().strip()
        if not name:
            show_status(self.status, self.tr("Type the name of the area first."), error=True)
            self.own_edit.setFocus()
            return
        if name in self._departments:
            show_status(self.status, self.tr("“{name}” is already there.").format(name=name), error=True)
            return
        self.set_area(name, True)
        self.own_edit.clear()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, error_text(exc), error=True)
        self.refresh()

    def leave(self) -> bool:
        if self._departments:
            return True
        show_status(self.status, self.tr("Please tick at least one area to go on."), error=True)
        return False

    def picked(self) -> list[str]:
        """Names of the areas the company has, ticked here."""
        return [name for name, box in self.boxes.items() if box.isChecked()]
