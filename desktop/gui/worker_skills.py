"""The editor of a worker's skills: add by typing (completed from the partner's catalogue), a level
per skill, and the catalogue's expert flag (a skill that needs a supervisor when not mastered)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.errors import FieldError
from desktop.core.services.workers import SkillData, SkillInput, SkillLevel
from desktop.gui import messages
from desktop.gui.forms import ERROR_STYLE

_NAME, _LEVEL, _EXPERT = range(3)


class _SkillLine(QLineEdit):
    """A line where Enter adds the typed skill instead of closing the dialog."""

    sig_enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup() if self.completer() else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (popup and popup.isVisible()):
            event.accept()
            self.sig_enter.emit()
            return
        super().keyPressEvent(event)


def level_combo() -> QComboBox:
    combo = QComboBox()
    for code, label in messages.choices("level"):
        combo.addItem(f"{code} {label}", int(code))
    return combo


class SkillsEditor(QWidget):
    """A table of (skill, level, expert) rows with an "add" line above it."""

    sig_changed = Signal()

    def __init__(self, catalogue: Sequence[SkillData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = {workforce.skill_key(s.name): s for s in catalogue}
        self._initial_expert: dict[str, bool] = {}  # skill key -> flag when the row appeared

        self.name_edit = _SkillLine()
        self.name_edit.setPlaceholderText(self.tr("Type a skill, e.g. Excel"))
        self.name_edit.setAccessibleName(messages.field_label("skill"))
        self.name_edit.setMaxLength(100)
        completer = QCompleter(QStringListModel(sorted(s.name for s in catalogue)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(completer)
        self.level_combo = level_combo()
        self.level_combo.setCurrentIndex(self.level_combo.findData(workforce.WORKING_LEVEL))
        self.level_combo.setAccessibleName(messages.field_label("level"))
        self.add_button = QPushButton(self.tr("Add skil&l"))
        self.add_button.setToolTip(self.tr("Add the typed skill (Enter)"))
        self.add_button.clicked.connect(self.add_typed)
        self.name_edit.sig_enter.connect(self.add_typed)
        self.message_label = QLabel()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Level"), self.tr("Expert skill")])
        expert_header = self.table.horizontalHeaderItem(_EXPERT)
        assert expert_header is not None
        expert_header.setToolTip(
            self.tr(
                "Needs a supervisor (指導役) when the operator does not master it; applies to every worker"
            )
        )
        self.table.setAccessibleName(self.tr("Skills of this worker"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_LEVEL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(_LEVEL, self.level_combo.sizeHint().width())
        header.setSectionResizeMode(_EXPERT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(140)
        self.table.itemChanged.connect(lambda _item: self.sig_changed.emit())
        self.remove_button = QPushButton(self.tr("&Remove skill"))
        self.remove_button.setToolTip(self.tr("Remove the selected skill (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)

        add_row = QHBoxLayout()
        name_label = QLabel(self.tr("S&kill to add:"))
        name_label.setBuddy(self.name_edit)
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 1)
        level_row = QHBoxLayout()
        level_label = QLabel(self.tr("Level:"))
        level_label.setBuddy(self.level_combo)
        level_row.addWidget(level_label)
        level_row.addWidget(self.level_combo, 1)
        level_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addLayout(level_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- data --------------------------------------------------------------------------------------

    def set_skills(self, skills: Sequence[SkillLevel]) -> None:
        self.table.setRowCount(0)
        self._initial_expert.clear()
        for skill in skills:
            self._append(skill.name, skill.level, skill.expert)

    def skills(self) -> list[SkillInput]:
        """The skills as shown; ``expert`` is given only where the user changed the flag."""
        result = []
        for row in range(self.table.rowCount()):
            name = self._text(row)
            combo = self.table.cellWidget(row, _LEVEL)
            flag = self.table.item(row, _EXPERT)
            assert isinstance(combo, QComboBox) and flag is not None
            expert = flag.checkState() == Qt.CheckState.Checked
            changed = expert != self._initial_expert.get(workforce.skill_key(name), False)
            result.append(SkillInput(name, int(combo.currentData()), expert if changed else None))
        return result

    def names(self) -> list[str]:
        return [self._text(r) for r in range(self.table.rowCount())]

    def _text(self, row: int) -> str:
        item = self.table.item(row, _NAME)
        return item.text() if item is not None else ""

    # --- editing -----------------------------------------------------------------------------------

    def add_typed(self) -> None:
        """Add the typed skill at the chosen level; a skill already listed is selected instead."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            self._say(messages.field_error(FieldError("skill", "required")))
            return
        key = workforce.skill_key(name)
        for row, existing in enumerate(self.names()):
            if workforce.skill_key(existing) == key:
                self._say(messages.field_error(FieldError("skill", "duplicate")))
                self.table.selectRow(row)
                return
        known = self._catalogue.get(key)
        self._append(
            known.name if known else name, int(self.level_combo.currentData()), bool(known and known.expert)
        )
        self.table.selectRow(self.table.rowCount() - 1)
        self.name_edit.clear()
        self._say("")
        self.name_edit.setFocus()
        self.sig_changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(rows[-1] if rows else 0, self.table.rowCount() - 1))
        if rows:
            self.sig_changed.emit()

    def _append(self, name: str, level: int, expert: bool) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, _NAME, QTableWidgetItem(name))
        combo = level_combo()
        combo.setCurrentIndex(max(combo.findData(level), 0))
        combo.setAccessibleName(self.tr("Level of {skill}").format(skill=name))
        combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.table.setCellWidget(row, _LEVEL, combo)
        flag = QTableWidgetItem()
        flag.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Expert skill"))
        flag.setToolTip(self.tr("Expert skill: needs a supervisor when the operator does not master it"))
        flag.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        flag.setCheckState(Qt.CheckState.Checked if expert else Qt.CheckState.Unchecked)
        self.table.setItem(row, _EXPERT, flag)
        self.table.blockSignals(False)
        self._initial_expert.setdefault(workforce.skill_key(name), expert)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
