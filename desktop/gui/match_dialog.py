"""“Find workers” for one task (マッチング): the ranked workers of the partner's pool with every reason,
a proposed team (local operator + supervisor), and the form that assigns them (undoable)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import matching, workforce
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.matching import MatchResult
from desktop.core.services.assignments import TeamValidationError
from desktop.core.services.matching import MatchReport, match_task
from desktop.core.workforce import Period
from desktop.gui import assign_text as words
from desktop.gui import messages
from desktop.gui.assign_commands import AssignCommand, Member
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_STYLE, INVALID_STYLE, SAVED_COLOR, mark_invalid, with_mnemonic
from desktop.gui.suitability_text import points_text

_RELOAD_ON = frozenset({"assignment", "worker", "worker_skill", "skill", "training_stage", "task", "company"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("score", "name", "kind", "reason")


def open_match_dialog(ctx: AppContext, task_id: str, parent: QWidget | None) -> None:
    """Open “Find workers” for ``task_id`` (window-modal, without a nested event loop)."""
    dialog = MatchDialog(ctx, task_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class MatchResultsModel(QAbstractTableModel):
    """The ranked workers: score, name (with marks), kind, one-line reason. ``UserRole`` = worker id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[MatchResult] = []
        self._assigned: dict[str, tuple[str, ...]] = {}
        self._headers = {
            "score": self.tr("Score"),
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "reason": self.tr("Main reasons"),
        }
        self._muted = QPalette().color(QPalette.ColorRole.PlaceholderText)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._results):
            return None
        result = self._results[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "score":
                return str(result.score)
            if key == "name":
                return words.name_with_marks(result, self._assigned.get(result.worker.id, ()))
            if key == "kind":
                return words.kind_label(result.worker.kind)
            return words.one_line(result)
        if role == Qt.ItemDataRole.UserRole:
            return result.worker.id
        if role == Qt.ItemDataRole.ToolTipRole and key == "reason":
            return words.one_line(result, count=7)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "score":
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and result.knockouts:
            return self._muted
        if role == Qt.ItemDataRole.FontRole and result.recommended and key in ("score", "name"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] == "score":
            return _RIGHT
        return None

    def set_report(self, results: Sequence[MatchResult], assigned: dict[str, tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self._assigned = dict(assigned)
        self.endResetModel()

    def result_at(self, row: int) -> MatchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def row_of(self, worker_id: str) -> int:
        return next((i for i, r in enumerate(self._results) if r.worker.id == worker_id), -1)


class MatchDialog(QDialog):
    """Ranked workers for a task, the reasons for each, a team proposal, and the assignment form."""

    sig_report_loaded = Signal()
    """A freshly computed match report is shown."""
    sig_assigned = Signal(list)
    """Assignments were made: a list of AssignmentRow."""

    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task_id = task_id
        self.report: MatchReport | None = None
        self._loading = self._stale = False
        self._select_id: str | None = None
        self._focus_list = True
        self.setWindowTitle(self.tr("Find workers"))
        self.setStyleSheet(INVALID_STYLE)

        self.title_label = QLabel()
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setWordWrap(True)
        self.skills_label = QLabel()
        self.skills_label.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_list())
        split.addWidget(self._build_details())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 460])

        bottom = QHBoxLayout()
        bottom.addWidget(self._build_form(), 3)
        bottom.addWidget(self._build_team(), 4)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.done_label = QLabel()
        self.done_label.setStyleSheet(f"color: {SAVED_COLOR};")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skills_label)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.assign_selected())
        self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.open_end_check.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        self.assign_button.clicked.connect(self.assign_selected)
        self.team_button.clicked.connect(self.assign_team)
        ctx.sig_data_changed.connect(self._data_changed)
        self._update_buttons()
        self.resize(1180, 760)
        self.reload()

    # --- building ---------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget()
        self.model = MatchResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Workers, best first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        list_label = QLabel(self.tr("&Workers, best first:"))
        list_label.setBuddy(self.table)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        assign_action = QAction(self.tr("Assign"), self.table)
        assign_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        assign_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        assign_action.triggered.connect(lambda _checked=False: self.assign_selected())
        self.table.addAction(assign_action)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        return box

    def _build_details(self) -> QWidget:
        box = QGroupBox(self.tr("Why this score"))
        self.details_title = QLabel()
        bold = QFont(self.details_title.font())
        bold.setBold(True)
        self.details_title.setFont(bold)
        self.details_title.setWordWrap(True)
        self.details_summary = QLabel(self.tr("Choose a worker in the list to see why."))
        self.details_summary.setWordWrap(True)
        self.factor_model = QStandardItemModel(0, 2, self)
        self.factor_model.setHorizontalHeaderLabels([self.tr("Points"), self.tr("Reason")])
        self.factor_view = QTableView()
        self.factor_view.setModel(self.factor_model)
        self.factor_view.setWordWrap(True)  # long reasons wrap; rows grow to fit (see _fit_factor_rows)
        self.factor_view.setShowGrid(False)
        self.factor_view.setStyleSheet("QTableView::item { padding: 2px 4px; }")
        self.factor_view.setAlternatingRowColors(True)
        self.factor_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factor_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.factor_view.verticalHeader().hide()
        factor_header = self.factor_view.horizontalHeader()
        factor_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        factor_header.setStretchLastSection(True)
        factor_header.sectionResized.connect(lambda *_: self._fit_factor_rows())
        self.factor_view.setAccessibleName(self.tr("Points and reasons"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.details_title)
        layout.addWidget(self.details_summary)
        layout.addWidget(self.factor_view, 1)
        return box

    def _build_form(self) -> QWidget:
        box = QGroupBox(self.tr("Assign the selected worker"))
        self.role_combo = QComboBox()
        for code, label in messages.choices("role"):
            self.role_combo.addItem(label, code)
        self.start_edit = QDateEdit(QDate.currentDate())
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.end_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("yyyy-MM-dd")
        self.end_edit.setEnabled(False)
        self.open_end_check = QCheckBox(self.tr("&No end date"))
        self.open_end_check.setChecked(True)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_edit, 1)
        end_layout.addWidget(self.open_end_check)
        self.rate_spin = _spin(workforce.MAX_RATE_YEN, self.tr(" yen/h"))
        self.hours_spin = _spin(workforce.MAX_PLANNED_HOURS, self.tr(" h/month"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(2000)
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.setDefault(True)
        self.assign_button.setToolTip(self.tr("Assign the selected worker (Enter in the list)"))
        form = QFormLayout(box)
        self._field_widgets: dict[str, list[QWidget]] = {}
        rows: list[tuple[str, str, str, QWidget, QWidget]] = [
            ("role", messages.field_label("role"), "r", self.role_combo, self.role_combo),
            ("start", self.tr("Start"), "s", self.start_edit, self.start_edit),
            ("end", self.tr("End"), "e", end_row, self.end_edit),
            ("rate_yen", messages.field_label("rate_yen"), "y", self.rate_spin, self.rate_spin),
            ("planned_hours", messages.field_label("planned_hours"), "h", self.hours_spin, self.hours_spin),
            ("note", messages.field_label("note"), "o", self.note_edit, self.note_edit),
        ]
        for _key, text, letter, widget, buddy in rows:
            row_label = QLabel(with_mnemonic(text, letter))
            row_label.setBuddy(buddy)
            buddy.setAccessibleName(text)
            form.addRow(row_label, widget)
        form.addRow(self.assign_button)
        self._field_widgets = {
            "period": [self.start_edit, self.end_edit],
            "rate_yen": [self.rate_spin],
            "planned_hours": [self.hours_spin],
            "role": [self.role_combo],
            "note": [self.note_edit],
            "worker_id": [self.table],
        }
        return box

    def _build_team(self) -> QWidget:
        self.team_box = QGroupBox(self.tr("Proposed team"))
        self.team_label = QLabel()
        self.team_label.setWordWrap(True)
        self.team_label.setTextFormat(Qt.TextFormat.PlainText)
        self.operator_name = QLabel()
        self.supervisor_name = QLabel()
        self.operator_rate = _spin(workforce.MAX_RATE_YEN, self.tr(" yen/h"))
        self.operator_hours = _spin(workforce.MAX_PLANNED_HOURS, self.tr(" h/month"))
        self.supervisor_rate = _spin(workforce.MAX_RATE_YEN, self.tr(" yen/h"))
        self.supervisor_hours = _spin(workforce.MAX_PLANNED_HOURS, self.tr(" h/month"))
        operator_label = QLabel(with_mnemonic(messages.choice_label("role", "operator"), "p"))
        operator_label.setBuddy(self.operator_rate)
        supervisor_label = QLabel(with_mnemonic(messages.choice_label("role", "supervisor"), "u"))
        supervisor_label.setBuddy(self.supervisor_rate)
        for spin, text in (
            (self.operator_rate, self.tr("Operator's rate")),
            (self.operator_hours, self.tr("Operator's planned hours a month")),
            (self.supervisor_rate, self.tr("Supervisor's rate")),
            (self.supervisor_hours, self.tr("Supervisor's planned hours a month")),
        ):
            spin.setAccessibleName(text)
        grid = QGridLayout()
        grid.addWidget(QLabel(messages.field_label("rate_yen")), 0, 2)
        grid.addWidget(QLabel(messages.field_label("planned_hours")), 0, 3)
        grid.addWidget(operator_label, 1, 0)
        grid.addWidget(self.operator_name, 1, 1)
        grid.addWidget(self.operator_rate, 1, 2)
        grid.addWidget(self.operator_hours, 1, 3)
        grid.addWidget(supervisor_label, 2, 0)
        grid.addWidget(self.supervisor_name, 2, 1)
        grid.addWidget(self.supervisor_rate, 2, 2)
        grid.addWidget(self.supervisor_hours, 2, 3)
        grid.setColumnStretch(1, 1)
        self.team_fields = QWidget()
        self.team_fields.setLayout(grid)
        self.team_button = QPushButton(self.tr("Assign this &team"))
        self.team_button.setToolTip(
            self.tr("Assign the operator and the supervisor for the period on the left")
        )
        layout = QVBoxLayout(self.team_box)
        layout.addWidget(self.team_label)
        layout.addWidget(self.team_fields)
        layout.addWidget(self.team_button)
        layout.addStretch(1)
        return self.team_box

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the match report in the background; ``sig_report_loaded`` tells when it is shown."""
        if self._loading:
            self._stale = True
            return
        self._loading, self._stale = True, False
        db, task_id, today = self._ctx.db, self.task_id, date.today()
        self._ctx.runner.submit(
            self.tr("Matching workers"),
            lambda job: match_task(db, task_id, today),
            self._loaded,
            self._failed,
        )

    def _loaded(self, report: MatchReport) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        if self._stale:
            self.reload()
            return
        self._show(report)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        if isinstance(exc, NotFound):
            text = self.tr("This task no longer exists.")
        else:
            text = self.tr("The workers could not be matched: {error}").format(error=exc)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.model.set_report([], {})
        self._update_buttons()
        self.sig_report_loaded.emit()

    def _show(self, report: MatchReport) -> None:
        keep = self._select_id or self.current_worker_id()
        self._select_id = None
        self.report = report
        task = report.task
        self.setWindowTitle(self.tr("Find workers — {task}").format(task=task.name))
        self.title_label.setText(task.name)
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(words.task_summary(task))
        self.skills_label.setText(words.task_skills(task))
        self.model.set_report(report.results, report.assigned)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, min(max(self.table.sizeHintForColumn(1) + 16, 120), 240))
        self.table.resizeColumnToContents(2)
        knocked = sum(1 for r in report.results if r.knockouts)
        if not report.has_pool:
            self.count_label.setText(words.team_text(report))
        else:
            self.count_label.setText(
                self.tr("{n} workers ({k} excluded by clearance); {p} paused or left are not listed.").format(
                    n=len(report.results), k=knocked, p=report.excluded
                )
            )
        row = self.model.row_of(keep) if keep else -1
        self._select_row(row if row >= 0 else 0)
        self._show_team()
        if self._focus_list and report.results:
            self._focus_list = False
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_report_loaded.emit()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    # --- selection and details --------------------------------------------------------------------

    def current_result(self) -> MatchResult | None:
        index = self.table.currentIndex()
        return self.model.result_at(index.row()) if index.isValid() else None

    def current_worker_id(self) -> str | None:
        result = self.current_result()
        return result.worker.id if result else None

    def select_worker(self, worker_id: str) -> bool:
        row = self.model.row_of(worker_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._selection_changed()
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        result = self.current_result()
        self._show_details(result)
        if result is not None:
            self.rate_spin.setValue(result.worker.hourly_rate_yen or 0)
            self._role_changed()
        self._update_buttons()

    def _role_changed(self) -> None:
        monthly = self.report.task.monthly_hours if self.report else None
        self.hours_spin.setValue(matching.default_hours(monthly, str(self.role_combo.currentData())))

    def _show_details(self, result: MatchResult | None) -> None:
        self.factor_model.removeRows(0, self.factor_model.rowCount())
        if result is None:
            self.details_title.clear()
            self.details_summary.setText(self.tr("Choose a worker in the list to see why."))
            return
        self.details_title.setText(
            self.tr("{name} — {kind}").format(
                name=result.worker.name, kind=words.kind_label(result.worker.kind)
            )
        )
        if result.knockouts:
            summary = self.tr("Excluded: this person may not see the task's information. Never recommended.")
        elif result.recommended:
            summary = self.tr("Recommended.")
        elif result.trainee:
            summary = self.tr("Still in the skills course: give small, supervised work first.")
        else:
            summary = self.tr("Possible, with the drawbacks listed below.")
        self.details_summary.setText(summary)
        self._add_factor_row(result.base, self.tr("Starting points"))
        for factor in result.factors:
            self._add_factor_row(factor.points, words.factor_reason(factor))
        cells = self._add_factor_row(result.score, self.tr("Score"), signed=False)
        for cell in cells:
            font = QFont(cell.font())
            font.setBold(True)
            cell.setFont(font)
        self._fit_factor_rows()

    def _fit_factor_rows(self) -> None:
        self.factor_view.resizeRowsToContents()

    def _add_factor_row(self, points: int, reason: str, signed: bool = True) -> list[QStandardItem]:
        number = QStandardItem(points_text(points) if signed else str(points))
        number.setData(points, Qt.ItemDataRole.UserRole)
        number.setTextAlignment(Qt.AlignmentFlag(_RIGHT))
        text = QStandardItem(reason)
        text.setToolTip(reason)
        cells = [number, text]
        if signed and not points:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            for cell in cells:
                cell.setForeground(muted)
        self.factor_model.appendRow(cells)
        return cells

    def _show_team(self) -> None:
        report = self.report
        if report is None:
            return
        team = report.team
        self.team_label.setText(words.team_text(report))
        has_team = team.operator is not None and team.supervisor is not None
        self.team_fields.setVisible(has_team)
        if has_team:
            assert team.operator is not None and team.supervisor is not None
            self.operator_name.setText(team.operator.worker.name)
            self.supervisor_name.setText(team.supervisor.worker.name)
            self.operator_rate.setValue(team.operator.worker.hourly_rate_yen or 0)
            self.supervisor_rate.setValue(team.supervisor.worker.hourly_rate_yen or 0)
            self.operator_hours.setValue(team.operator_hours)
            self.supervisor_hours.setValue(team.supervisor_hours)
        self._update_buttons()

    def _update_buttons(self) -> None:
        result = self.current_result()
        self.assign_button.setEnabled(result is not None and not result.knockouts)
        self.assign_button.setToolTip(
            self.tr("This person is excluded (clearance) and cannot be assigned.")
            if result is not None and result.knockouts
            else self.tr("Assign the selected worker (Enter in the list)")
        )
        team = self.report.team if self.report else None
        can_team = bool(team and team.operator and team.supervisor)
        if can_team and self.report is not None and team is not None:
            assert team.operator is not None and team.supervisor is not None
            assigned = self.report.assigned
            done = "operator" in assigned.get(team.operator.worker.id, ()) and "supervisor" in assigned.get(
                team.supervisor.worker.id, ()
            )
            can_team = not done
        self.team_button.setEnabled(can_team)

    # --- assigning --------------------------------------------------------------------------------

    def period(self) -> Period:
        start = self.start_edit.date().toPython()
        end = None if self.open_end_check.isChecked() else self.end_edit.date().toPython()
        assert isinstance(start, date) and (end is None or isinstance(end, date))
        return Period(start, end)

    def assign_selected(self) -> bool:
        """Assign the selected worker with the form's role, period, rate and hours; errors inline."""
        result = self.current_result()
        if result is None or result.knockouts or self.report is None:
            return False
        member = Member(
            result.worker.id,
            str(self.role_combo.currentData()),
            self.rate_spin.value(),
            self.hours_spin.value(),
        )
        return self._run([member], self.note_edit.text())

    def assign_team(self) -> bool:
        """Assign the proposed operator and supervisor with the team box's rates and hours."""
        team = self.report.team if self.report else None
        if team is None or team.operator is None or team.supervisor is None:
            return False
        members = [
            Member(
                team.operator.worker.id, "operator", self.operator_rate.value(), self.operator_hours.value()
            ),
            Member(
                team.supervisor.worker.id,
                "supervisor",
                self.supervisor_rate.value(),
                self.supervisor_hours.value(),
            ),
        ]
        return self._run(members, "")

    def _run(self, members: list[Member], note: str) -> bool:
        assert self.report is not None
        self.done_label.hide()
        command = AssignCommand(
            self._ctx, self.task_id, self.report.task.name, members, self.period(), self._late_error, note
        )
        try:
            rows = command.do()
        except TeamValidationError as exc:
            self._show_errors(exc.errors, exc.role)
            return False
        except ValidationError as exc:
            self._show_errors(exc.errors, "")
            return False
        except NotFound:
            self._show_errors(
                [], "", self.tr("The task or the worker no longer exists. The list was reloaded.")
            )
            self.reload()
            return False
        self._show_errors([], "")
        self._ctx.undo_stack.push(command)
        self._ctx.notify("assignment", "worker_card")
        names = {r.worker.id: r.worker.name for r in self.report.results}
        done = [
            self.tr("{name} as {role} (code {code})").format(
                name=names.get(row.worker_id, row.worker_name),
                role=messages.choice_label("role", row.role),
                code=row.display_code,
            )
            for row in rows
        ]
        self.done_label.setText(self.tr("Assigned: {list}.").format(list=words.join_names(done)))
        self.done_label.show()
        self.sig_assigned.emit(rows)
        return True

    def _show_errors(self, errors: Sequence[FieldError], role: str, extra: str = "") -> None:
        """Show why an assignment was refused and mark (and focus) the fields at fault."""
        widgets = dict(self._field_widgets)
        if role == "operator":
            widgets.update(rate_yen=[self.operator_rate], planned_hours=[self.operator_hours])
        elif role == "supervisor":
            widgets.update(rate_yen=[self.supervisor_rate], planned_hours=[self.supervisor_hours])
        every = {w for ws in self._field_widgets.values() for w in ws}
        every |= {self.operator_rate, self.operator_hours, self.supervisor_rate, self.supervisor_hours}
        bad: list[QWidget] = []
        for widget in every:
            wrong = [e for e in errors if widget in widgets.get(e.field, [])]
            mark_invalid(widget, bool(wrong), "\n".join(messages.field_error(e) for e in wrong))
            if wrong:
                bad.append(widget)
        lines = [messages.field_error(e) for e in errors]
        if role:
            prefix = messages.choice_label("role", role)
            lines = [self.tr("{role}: {message}").format(role=prefix, message=line) for line in lines]
        if extra:
            lines.append(extra)
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        order: list[QWidget] = [
            self.start_edit,
            self.end_edit,
            self.rate_spin,
            self.hours_spin,
            self.operator_rate,
        ]
        order += [
            self.operator_hours,
            self.supervisor_rate,
            self.supervisor_hours,
            self.note_edit,
            self.table,
        ]
        for widget in order:
            if widget in bad:
                widget.setFocus()
                break

    def _late_error(self, exc: BaseException) -> None:
        """An undo or redo core refused later (e.g. the row changed meanwhile)."""
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors, getattr(exc, "role", ""))
        else:
            self._show_errors([], "", self.tr("The change could not be made: {error}").format(error=exc))


def _spin(maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin
