"""The training pipeline board (講座 → OJT → 小規模案件 → 定期案件): one column per stage, trainees
moved on by drag and drop or by keyboard (undoable), the trainees at risk with reasons, and the
alert thresholds (a synced setting of the partner)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.services import pipeline
from desktop.core.services.partners import current_partner_id
from desktop.core.services.pipeline import AlertSettings, Board, StageChange, TraineeCard
from desktop.core.services.workers import list_workers
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_STYLE, shortcut_action
from desktop.gui.page_loader import PageLoader
from desktop.gui.worker_board import ALERT_COLORS, BoardColumn, CardTexts, TraineeListModel
from desktop.gui.worker_commands import SaveAlertSettingsCommand, StageChangeCommand
from desktop.gui.worker_course_dialog import MoveDateDialog, StartCourseDialog

_RELOAD_ON = frozenset({"training_stage", "worker", "setting", "partner"})
_SAVE_DELAY_MS = 700
_PANEL_WIDTH = 310


@dataclass(frozen=True)
class _Loaded:
    partner_id: str | None
    board: Board | None


def _load(db: Database, today: date) -> _Loaded:
    partner_id = current_partner_id(db)
    if partner_id is None:
        return _Loaded(None, None)
    return _Loaded(partner_id, pipeline.board(db, partner_id, today))


class PipelinePage(QWidget):
    """The board of trainees by stage, the at-risk list and the alert thresholds."""

    sig_board_loaded = Signal()
    """The board shows freshly loaded cards."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today
        self._partner_id: str | None = None
        self._board: Board | None = None
        self.loader: PageLoader[_Loaded] = PageLoader(
            self, ctx.runner, self.tr("Loading the training pipeline"), again=self.reload,
            show=self._loaded, failed=self._load_failed,
        )  # fmt: skip
        self._select_id: str | None = None
        self.texts = CardTexts(self)

        # --- actions ---
        self.start_action = self._action(
            self.tr("&Start course…"), self.tr("Put a worker in the course (Ctrl+N)"), self.start_course
        )
        self.start_action.setShortcut(QKeySequence("Ctrl+N"))
        self.next_action = self._action(
            self.tr("Move &on"),
            self.tr("Move the trainee to the next stage, dated today (Ctrl+Right)"),
            self.advance,
        )
        self.next_action.setShortcut(QKeySequence("Ctrl+Right"))
        self.next_dated_action = self._action(
            self.tr("Move on &dated…"),
            self.tr("Move the trainee to the next stage on a date you choose (Ctrl+Shift+Right)"),
            self.advance_dated,
        )
        self.next_dated_action.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        self.back_action = self._action(
            self.tr("Move &back"),
            self.tr("Move the trainee back to the previous stage (Ctrl+Left)"),
            self.move_back,
        )
        self.back_action.setShortcut(QKeySequence("Ctrl+Left"))

        top = QHBoxLayout()
        for action in (self.start_action, self.next_action, self.next_dated_action, self.back_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        top.addSpacing(12)
        self.summary_label = QLabel()
        top.addWidget(self.summary_label, 1)

        # --- the board ---
        self.columns: dict[str, BoardColumn] = {}
        self.headers: dict[str, QLabel] = {}
        board_layout = QHBoxLayout()
        for stage in workforce.STAGES:
            model = TraineeListModel(stage, self)
            model.sig_dropped.connect(self._dropped)
            view = BoardColumn(model)
            view.setAccessibleName(messages.choice_label("stage", stage))
            view.sig_focus_neighbour.connect(lambda step, s=stage: self._focus_column(s, step))
            view.selectionModel().selectionChanged.connect(lambda _a, _b, s=stage: self._selection_changed(s))
            header = QLabel()
            header.setBuddy(view)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold; padding: 4px;")
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(view, 1)
            board_layout.addLayout(column, 1)
            self.columns[stage] = view
            self.headers[stage] = header

        # --- the at-risk panel and the thresholds ---
        self.risk_list = QListWidget()
        self.risk_list.setAccessibleName(self.tr("Trainees at risk"))
        self.risk_list.setWordWrap(True)
        self.risk_list.setSpacing(4)
        self.risk_list.itemActivated.connect(self._risk_activated)
        risk_label = QLabel(self.tr("&At risk:"))
        risk_label.setBuddy(self.risk_list)
        risk_label.setStyleSheet("font-weight: bold;")
        self.ojt_spin = self._day_spin()
        self.paid_spin = self._day_spin()
        self.goal_spin = self._day_spin()
        thresholds = QGroupBox(self.tr("Alert thresholds (days after the course ended)"))
        form = QFormLayout(thresholds)
        for text, spin in (
            (self.tr("OJT b&y day:"), self.ojt_spin),
            (self.tr("&Paid work by day:"), self.paid_spin),
            (self.tr("&Goal (days):"), self.goal_spin),
        ):
            label = QLabel(text)
            label.setBuddy(spin)
            spin.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, spin)
        self.threshold_error = QLabel()
        self.threshold_error.setStyleSheet(ERROR_STYLE)
        self.threshold_error.setWordWrap(True)
        self.threshold_error.hide()
        form.addRow(self.threshold_error)
        help_label = QLabel(
            self.tr(
                "Drag a card to another column, or select it and press Ctrl+Right to move on (today) or "
                "Ctrl+Left to move back. Left/Right switch columns; Alt+1…4 jump to a column."
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: palette(placeholder-text);")
        panel = QWidget()
        panel.setFixedWidth(_PANEL_WIDTH)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(risk_label)
        panel_layout.addWidget(self.risk_list, 1)
        panel_layout.addWidget(thresholds)
        panel_layout.addWidget(help_label)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addLayout(board_layout, 1)
        middle.addWidget(panel)
        content_layout.addLayout(middle, 1)
        content_layout.addWidget(self.message_label)
        self.no_pool_label = QLabel(
            self.tr("This PC has no worker pool: workers and their training are managed on the partner's PC.")
        )
        self.no_pool_label.setWordWrap(True)
        self.no_pool_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_pool_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_pool_label, 1)
        layout.addWidget(self.content, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_thresholds)
        for spin in (self.ojt_spin, self.paid_spin, self.goal_spin):
            spin.valueChanged.connect(lambda _v: self._save_timer.start())
            spin.editingFinished.connect(self._save_now)
        ctx.sig_data_changed.connect(self._data_changed)
        self._show_headers(None)
        self._update_actions()
        self.reload()

    def page_title(self) -> str:
        return self.tr("Training pipeline")

    # --- building ---------------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        return shortcut_action(self, text, tip, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _day_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, pipeline.MAX_ALERT_DAY)
        spin.setSuffix(self.tr(" days"))
        return spin

    def _show_headers(self, board: Board | None) -> None:
        for number, stage in enumerate(workforce.STAGES, start=1):
            count = len(board.column(stage)) if board is not None else 0
            label = messages.choice_label("stage", stage).replace("&", "&&")
            self.headers[stage].setText(
                self.tr("{number}. {stage} ({n})").format(number=f"&{number}", stage=label, n=count)
            )

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the board in the background; ``sig_board_loaded`` tells when it is shown."""
        if self.loader.busy():
            return
        db, today = self._ctx.db, self.today()
        self.loader.submit(lambda: _load(db, today))

    def _loaded(self, loaded: _Loaded) -> None:
        self._partner_id = loaded.partner_id
        self.no_pool_label.setVisible(loaded.partner_id is None)
        self.content.setVisible(loaded.partner_id is not None)
        keep = self._select_id or self.selected_worker_id()
        had_focus = self._select_id is not None or any(v.hasFocus() for v in self.columns.values())
        self._select_id = None
        self._board = loaded.board
        for stage, view in self.columns.items():
            view.card_model().set_cards(loaded.board.column(stage) if loaded.board else ())
        self._show_headers(loaded.board)
        if loaded.board is not None:
            self._show_settings(loaded.board.settings)
            self._fill_risks(loaded.board)
            self._update_summary(loaded.board)
        if keep:
            self.select_worker(keep, focus=had_focus)
        self._update_actions()
        self.sig_board_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._say(self.tr("The board could not be loaded: {error}").format(error=exc), error=True)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.reload()

    def _marker(self, color: str) -> QIcon:
        size = self.fontMetrics().height()
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(color))
        return QIcon(pixmap)

    def _update_summary(self, board: Board) -> None:
        self.summary_label.setText(
            self.tr(
                "{n} trainees, {risk} at risk — goal: paid work within {goal} days after the course"
            ).format(n=len(board.cards), risk=len(board.at_risk), goal=board.settings.goal_days)
        )

    def _fill_risks(self, board: Board) -> None:
        self.risk_list.clear()
        s = board.settings
        for card in board.at_risk:
            reasons = [
                self.texts.reason(a, card, s.ojt_by_day, s.paid_by_day, s.goal_days) for a in card.alerts
            ]
            stage = messages.choice_label("stage", card.stage)
            item = QListWidgetItem("\n".join([f"{card.name}（{stage}）", *(f"・{r}" for r in reasons)]))
            item.setData(Qt.ItemDataRole.UserRole, card.worker_id)
            item.setIcon(self._marker(ALERT_COLORS[card.alerts[-1]]))
            self.risk_list.addItem(item)
        if not board.at_risk:
            item = QListWidgetItem(self.tr("No trainee is at risk."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.risk_list.addItem(item)

    # --- selection --------------------------------------------------------------------------------

    def selected_card(self) -> TraineeCard | None:
        """The selected card (in the focused column first)."""
        views = sorted(self.columns.values(), key=lambda v: not v.hasFocus())
        for view in views:
            rows = view.selectionModel().selectedRows()
            if rows:
                return view.card_model().cards[rows[0].row()]
        return None

    def selected_worker_id(self) -> str | None:
        card = self.selected_card()
        return card.worker_id if card else None

    def select_worker(self, worker_id: str, focus: bool = True) -> bool:
        """Select the worker's card in whatever column it is (and focus that column)."""
        for view in self.columns.values():
            row = view.card_model().row_of(worker_id)
            if row >= 0:
                index = view.model().index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                view.selectionModel().setCurrentIndex(index, flags)
                view.scrollTo(index)
                if focus:
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _selection_changed(self, stage: str) -> None:
        view = self.columns[stage]
        if view.selectionModel().hasSelection():
            for other, other_view in self.columns.items():
                if other != stage:
                    other_view.selectionModel().clearSelection()
        self._update_actions()

    def _focus_column(self, stage: str, step: int) -> None:
        index = workforce.STAGES.index(stage) + step
        if 0 <= index < len(workforce.STAGES):
            view = self.columns[workforce.STAGES[index]]
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not view.selectionModel().hasSelection() and view.model().rowCount():
                view.selectionModel().setCurrentIndex(
                    view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def _risk_activated(self, item: QListWidgetItem) -> None:
        worker_id = item.data(Qt.ItemDataRole.UserRole)
        if worker_id:
            self.select_worker(str(worker_id))

    def _update_actions(self) -> None:
        card = self.selected_card()
        has_pool = self._partner_id is not None
        self.start_action.setEnabled(has_pool)
        last = card is not None and card.stage == workforce.STAGES[-1]
        self.next_action.setEnabled(card is not None and not last)
        self.next_dated_action.setEnabled(card is not None and not last)
        self.back_action.setEnabled(card is not None and card.stage != workforce.STAGES[0])

    # --- moving trainees --------------------------------------------------------------------------

    def advance(self, on: date | None = None) -> bool:
        """Move the selected trainee to the next stage on ``on`` (default today); undoable."""
        card = self.selected_card()
        if card is None:
            return False
        # The stored stage, not the card's: a second Ctrl+Right may come before the board reloads.
        live = pipeline.list_stages(self._ctx.db, card.worker_id)
        current = live[-1].stage if live else card.stage
        index = workforce.STAGES.index(current)
        if index + 1 >= len(workforce.STAGES):
            self._say(self.tr("{name} is already in regular work.").format(name=card.name))
            return False
        return self._move_to(card, workforce.STAGES[index + 1], on or self.today())

    def advance_dated(self) -> MoveDateDialog | None:
        """Ask the day of the move, then move the selected trainee on."""
        card = self.selected_card()
        if card is None or card.stage == workforce.STAGES[-1]:
            return None
        target = workforce.STAGES[workforce.STAGES.index(card.stage) + 1]
        dialog = MoveDateDialog(card.name, messages.choice_label("stage", target), self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._move_to(card, target, dialog.day()))
        dialog.open()
        return dialog

    def move_back(self) -> bool:
        """Move the selected trainee back to the previous stage; undoable."""
        card = self.selected_card()
        if card is None:
            return False
        if card.stage == workforce.STAGES[0]:
            self._say(self.tr("{name} is in the course, the first stage.").format(name=card.name))
            return False
        return self._move_to(card, None, self.today())

    def _dropped(self, worker_id: str, source: str, target: str) -> None:
        # Later, not inside the drop: the drag's source view must not be reset while it runs.
        QTimer.singleShot(0, lambda: self._drop_move(worker_id, target))

    def _drop_move(self, worker_id: str, target: str) -> None:
        if self._board is None or not shiboken6.isValid(self):
            return
        card = self._board.card(worker_id)
        if card is not None and card.stage != target:
            self._move_to(card, target, self.today())

    def _move_to(self, card: TraineeCard, target: str | None, on: date) -> bool:
        """Move ``card`` to ``target`` (None: one stage back) and put the move on the undo stack."""
        db = self._ctx.db
        name = card.name
        live = pipeline.list_stages(db, card.worker_id)
        current = live[-1].stage if live else card.stage
        try:
            change: StageChange
            if target is not None and workforce.STAGES.index(target) > workforce.STAGES.index(current):
                change = pipeline.advance(db, card.worker_id, target, on)
            else:
                change = pipeline.retreat(db, card.worker_id, target)
        except ValidationError as exc:
            self._say(self._move_error(exc, card, target), error=True)
            return False
        except NotFound:
            self._say(self.tr("The worker no longer exists. The board was reloaded."), error=True)
            self.reload()
            return False
        stage = messages.choice_label("stage", change.stage)
        text = self.tr("Move “{name}” to {stage}").format(name=name, stage=stage)
        self._push_done(StageChangeCommand(self._ctx, text, change, self._command_failed), card.worker_id)
        self._say(self.tr("{name} moved to {stage}. Undo: Ctrl+Z").format(name=name, stage=stage))
        return True

    def _move_error(self, exc: ValidationError, card: TraineeCard, target: str | None) -> str:
        codes = {(e.field, e.code) for e in exc.errors}
        if ("period", "ends_before_start") in codes:
            since = card.stage_since.isoformat() if card.stage_since else ""
            return self.tr("{name} began the current stage on {date}: choose a later day.").format(
                name=card.name, date=since
            )
        if target is not None and ("stage", "invalid") in codes:
            return self.tr(
                "{name} never was in {stage}: they can only move back to a stage they went through."
            ).format(name=card.name, stage=messages.choice_label("stage", target))
        return "\n".join(messages.field_error(e) for e in exc.errors)

    def start_course(self) -> StartCourseDialog | None:
        """Choose a worker who is not in the pipeline yet and put them in the course."""
        partner_id = self._partner_id
        if partner_id is None:
            return None
        candidates = [
            w for w in list_workers(self._ctx.db, partner_id) if w.stage is None and w.fields.status != "left"
        ]
        dialog = StartCourseDialog(candidates, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def start() -> None:
            worker_id = dialog.worker_id()
            if worker_id is None:
                return
            name = next(w.fields.name for w in candidates if w.id == worker_id)
            try:
                change = pipeline.start_course(self._ctx.db, worker_id, dialog.start(), dialog.end())
            except (ValidationError, NotFound) as exc:
                self._command_failed(exc)
                return
            text = self.tr("Start the course for “{name}”").format(name=name)
            self._push_done(StageChangeCommand(self._ctx, text, change, self._command_failed), worker_id)
            self._say(self.tr("{name} started the course. Undo: Ctrl+Z").format(name=name))

        dialog.accepted.connect(start)
        dialog.open()
        return dialog

    def _push_done(self, command: StageChangeCommand, select_id: str) -> None:
        """Push a change already made, and tell every view (a done command's push does not)."""
        self._select_id = select_id
        self._ctx.undo_stack.push(command)
        self._ctx.notify("training_stage")

    def _command_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            self._say("\n".join(messages.field_error(e) for e in exc.errors), error=True)
        else:
            self._say(
                self.tr("The trainee or the stage no longer exists. The board was reloaded."), error=True
            )
            self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    # --- thresholds -------------------------------------------------------------------------------

    def _show_settings(self, settings: AlertSettings) -> None:
        if self._save_timer.isActive():
            return  # the user is typing: keep their numbers
        for spin, value in (
            (self.ojt_spin, settings.ojt_by_day),
            (self.paid_spin, settings.paid_by_day),
            (self.goal_spin, settings.goal_days),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def thresholds(self) -> AlertSettings:
        return AlertSettings(self.ojt_spin.value(), self.paid_spin.value(), self.goal_spin.value())

    def _save_now(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_thresholds()

    def save_thresholds(self) -> bool:
        """Save the thresholds shown (undoable); refused with a reason when they make no sense."""
        self._save_timer.stop()
        if self._partner_id is None or self._board is None:
            return False
        new, old = self.thresholds(), self._board.settings
        if new == old:
            self.threshold_error.hide()
            return False
        try:
            pipeline.validate_alert_settings(new)
        except ValidationError as exc:
            self.threshold_error.setText("\n".join(self._threshold_error(e) for e in exc.errors))
            self.threshold_error.show()
            return False
        self.threshold_error.hide()
        self._ctx.undo_stack.push(
            SaveAlertSettingsCommand(self._ctx, self._partner_id, old, new, self._command_failed)
        )
        return True

    def _threshold_error(self, error: FieldError) -> str:
        if error.field == "ojt_by_day":
            return self.tr("OJT must be due no later than paid work.")
        if error.field == "paid_by_day":
            return self.tr("Paid work must be due no later than the goal.")
        return self.tr("Each threshold is between 1 and {limit} days.").format(limit=error.limit)
