"""The company's areas of work (部署・業務領域): add, rename in place, remove with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.services.companies import (
    DepartmentData,
    create_department,
    list_departments,
    rename_department,
    set_department_deleted,
)
from desktop.gui import messages
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, message_label


class RemoveDepartmentCommand(ServiceCommand):
    """Removing (tombstoning) an area of work, already done; undo restores it."""

    def __init__(
        self, ctx: AppContext, department: DepartmentData, text: str, on_error: ErrorHandler
    ) -> None:
        super().__init__(ctx, text, ("department",), on_error, done=True)
        self.department = department

    def forward(self) -> None:
        set_department_deleted(self._db, self.department.id, True)

    def backward(self) -> None:
        set_department_deleted(self._db, self.department.id, False)


class DepartmentsBox(QGroupBox):
    """The company's areas of work: add, rename in place (F2 / double-click), remove (Delete, undoable)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._company_id = ""
        self.setTitle(self.tr("Areas of work"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Areas of work"))
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.error_label = message_label(ERROR_COLOR)
        self.add_button = QPushButton(self.tr("A&dd..."))
        self.rename_button = QPushButton(self.tr("Ren&ame"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        # The same commands on the list's context menu, with their keys shown there.
        for text, key, slot in (
            (self.tr("Rename"), QKeySequence(Qt.Key.Key_F2), self.rename),
            (self.tr("Remove"), QKeySequence(QKeySequence.StandardKey.Delete), self.remove),
        ):
            action = QAction(text, self.list)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        ctx.sig_data_changed.connect(self._data_changed)
        self.set_company("")

    def set_company(self, company_id: str) -> None:
        if company_id != self._company_id:
            self._show_error("")
        self._company_id = company_id
        if company_id:
            self.hint_label.setText(
                self.tr("Group the company's tasks by area, for example accounting or shipping.")
            )
        else:
            self.hint_label.setText(self.tr("Save the company first, then add its areas of work."))
        self.reload()

    def departments(self) -> list[DepartmentData]:
        """The areas of work as listed, top to bottom."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def reload(self) -> None:
        rows = list_departments(self.ctx.db, self._company_id) if self._company_id else []
        if rows != self.departments():
            current = self.list.currentItem()
            keep = current.data(Qt.ItemDataRole.UserRole).id if current is not None else ""
            self.list.blockSignals(True)
            self.list.clear()
            for row in rows:
                item = QListWidgetItem(row.name)
                item.setData(Qt.ItemDataRole.UserRole, row)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if row.id == keep:
                    self.list.setCurrentItem(item)
            self.list.blockSignals(False)
        self._update_buttons()

    def add(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add area of work"), self.tr("Name of the area of work (for example Shipping):")
        )
        if not ok:
            return
        try:
            created = create_department(self.ctx.db, self._company_id, name)
        except ValidationError as exc:
            self._show_error(self._refusal(exc))
            return
        self._show_error("")
        self.ctx.notify("department")  # reloads the list
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == created.id:
                self.list.setCurrentRow(row)

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        department: DepartmentData = item.data(Qt.ItemDataRole.UserRole)
        set_department_deleted(self.ctx.db, department.id, True)
        text = self.tr('Remove area of work "{name}"').format(name=department.name)
        self.ctx.undo_stack.push(RemoveDepartmentCommand(self.ctx, department, text, self._report))
        self._show_error("")
        self.ctx.notify("department")

    def _item_changed(self, item: QListWidgetItem) -> None:
        department: DepartmentData = item.data(Qt.ItemDataRole.UserRole)
        if item.text() == department.name:
            return
        try:
            saved = rename_department(self.ctx.db, department.id, item.text())
        except ValidationError as exc:
            self._show_error(self._refusal(exc))
            saved = department  # put the old name back
        else:
            self._show_error("")
        self.list.blockSignals(True)
        item.setText(saved.name)
        item.setData(Qt.ItemDataRole.UserRole, saved)
        self.list.blockSignals(False)
        if saved is not department:
            self.ctx.notify("department")

    def _refusal(self, exc: ValidationError) -> str:
        reasons = " ".join(messages.field_error(e) for e in exc.errors)
        return self.tr("The area of work was not saved: {reasons}").format(reasons=reasons)

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._show_error(self._refusal(exc))
        else:
            self._show_error(self.tr("This area of work no longer exists."))
            self.reload()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        has_company = bool(self._company_id)
        selected = has_company and self.list.currentItem() is not None
        self.list.setEnabled(has_company)
        self.add_button.setEnabled(has_company)
        self.rename_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "department" in tables:
            self.reload()
