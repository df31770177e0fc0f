"""The guided inventory (業務棚卸し) page: six steps with a step list, Back and Next.

Not a modal QWizard: it is a page of the main window, so the partner can leave it for the task list
and come back. It opens at the step the company's inventory was left at (``Company.inventory_step``)
and saves the step at every move; every edit inside the steps is saved at once, undoably.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.inventory import STEPS, InventoryProgress, progress, set_step
from desktop.gui.context import AppContext
from desktop.gui.wizard.areas_step import AreasStep
from desktop.gui.wizard.common import ROOMY_STYLE, TEXT_SCALE, StepWidget, heading, intro, scaled_font
from desktop.gui.wizard.details_step import DetailsStep
from desktop.gui.wizard.ecrs_step import EcrsStep
from desktop.gui.wizard.profile_step import ProfileStep
from desktop.gui.wizard.results_step import ResultsStep
from desktop.gui.wizard.tasks_step import TasksStep

_RELOAD_ON = frozenset({"company", "department", "task", "task_step"})
STEP_LIST_STYLE = """
QListWidget#wizard_steps { border: none; background: palette(window); }
QListWidget#wizard_steps::item { padding: 8px 10px; margin: 2px 0; border-radius: 4px; }
QListWidget#wizard_steps::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class InventoryWizardPage(QWidget):
    """Profile → areas → tasks → details → ECRS → results, resumable, for the current company."""

    sig_step_changed = Signal(str)
    """The page moved to a step: its code (one of :data:`STEPS`)."""
    sig_show_candidates_requested = Signal()
    """The user asked, on the results step, to see the telework/BPO candidates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._state: InventoryProgress | None = None
        self.profile = ProfileStep(ctx)
        self.areas = AreasStep(ctx)
        self.tasks = TasksStep(ctx)
        self.details = DetailsStep(ctx)
        self.ecrs = EcrsStep(ctx)
        self.results = ResultsStep(ctx)
        self.steps: list[StepWidget] = [
            self.profile,
            self.areas,
            self.tasks,
            self.details,
            self.ecrs,
            self.results,
        ]
        self.results.sig_show_candidates_requested.connect(self.sig_show_candidates_requested)

        self.step_list = QListWidget()
        self.step_list.setObjectName("wizard_steps")
        self.step_list.setStyleSheet(STEP_LIST_STYLE)
        self.step_list.setAccessibleName(self.tr("Steps of the inventory"))
        self.step_list.setFixedWidth(220)
        self.step_list.setWordWrap(True)
        for _ in self.steps:
            self.step_list.addItem(QListWidgetItem())
        self.step_list.currentRowChanged.connect(self._step_clicked)
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)

        self.heading = heading()
        self.instructions = intro()
        self.position_label = QLabel()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(STEPS))
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(180)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.back_button.setToolTip(self.tr("The previous step (Alt+B)"))
        self.next_button.setToolTip(self.tr("Save and go to the next step (Alt+N)"))
        self.next_button.setDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.position_label)
        top.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.instructions)
        right.addSpacing(6)
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)
        self._apply_fonts()
        self.setStyleSheet(ROOMY_STYLE)

        ctx.sig_company_changed.connect(lambda _id: self.open_saved_step())
        ctx.sig_data_changed.connect(self._data_changed)
        self.open_saved_step()

    def page_title(self) -> str:
        return self.tr("Guided inventory")

    # --- state ----------------------------------------------------------------------------------

    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def current_widget(self) -> StepWidget:
        return self.steps[self.stack.currentIndex()]

    def open_saved_step(self) -> None:
        """Show the step the current company's inventory was left at (the first for a new one)."""
        company_id = self.ctx.company_id
        step = STEPS[0]
        if company_id:
            with contextlib.suppress(NotFound):
                step = progress(self.ctx.db, company_id).step
        self._show(STEPS.index(step))

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        step = self.steps[index]
        self.heading.setText(self.tr("Step {n}: {title}").format(n=index + 1, title=step.title()))
        self.instructions.setText(step.instructions())
        self.position_label.setText(self.tr("{n} / {total}").format(n=index + 1, total=len(STEPS)))
        self.bar.setValue(index + 1)
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < len(STEPS) - 1)
        self.refresh()
        focus = step.first_focus()
        if focus is not None and self.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_step_changed.emit(STEPS[index])

    def refresh(self) -> None:
        """Reload the step list's marks and the visible step from the database."""
        company_id = self.ctx.company_id
        try:
            self._state = progress(self.ctx.db, company_id) if company_id else None
        except NotFound:
            self._state = None
        done = self.done_steps()
        titles = [step.title() for step in self.steps]
        for index, (title, detail) in enumerate(zip(titles, self._details(), strict=True)):
            mark = "✓" if STEPS[index] in done else "  "
            text = f"{mark} {index + 1}. {title}"
            item = self.step_list.item(index)
            item.setText(f"{text}\n      {detail}" if detail else text)
            item.setToolTip(self.tr("Done") if STEPS[index] in done else "")
        self.current_widget().refresh()

    def done_steps(self) -> set[str]:
        """The steps whose work is complete, marked ✓ in the step list."""
        state = self._state
        if state is None:
            return set()
        done = {"profile"}
        if state.areas:
            done.add("areas")
        if state.tasks:
            done.add("tasks")
            if not state.incomplete_tasks:
                done.add("details")
            if state.decided_tasks == state.tasks:
                done.add("ecrs")
        if done >= set(STEPS[:-1]):
            done.add("results")
        return done

    def _details(self) -> list[str]:
        state = self._state
        if state is None:
            return [""] * len(STEPS)
        return [
            "",
            self.tr("%n area(s)", "", state.areas) if state.areas else "",
            self.tr("%n task(s)", "", state.tasks) if state.tasks else "",
            self.tr("%n still missing", "", state.incomplete_tasks) if state.incomplete_tasks else "",
            self.tr("{done} of {total} decided").format(done=state.decided_tasks, total=state.tasks)
            if state.tasks
            else "",
            "",
        ]

    # --- moving ---------------------------------------------------------------------------------

    def go_to(self, step: str) -> bool:
        """Show ``step``, saving it as where the inventory is; a forward move asks the step being
        left first (False when it keeps the user there, with the reason shown)."""
        index = STEPS.index(step)
        if index > self.stack.currentIndex() and not self.current_widget().leave():
            return False
        company_id = self.ctx.company_id
        if company_id:
            try:
                set_step(self.ctx.db, company_id, step)
            except (NotFound, ValidationError):
                pass  # the company went away meanwhile: show the step anyway
            else:
                self.ctx.notify("company")
        self._show(index)
        return True

    def next(self) -> bool:
        """Save and move to the next step (Alt+N)."""
        index = self.stack.currentIndex()
        return index < len(STEPS) - 1 and self.go_to(STEPS[index + 1])

    def back(self) -> bool:
        """Move to the previous step (Alt+B)."""
        index = self.stack.currentIndex()
        return index > 0 and self.go_to(STEPS[index - 1])

    def _step_clicked(self, row: int) -> None:
        if 0 <= row < len(STEPS) and row != self.stack.currentIndex() and not self.go_to(STEPS[row]):
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(self.stack.currentIndex())
            self.step_list.blockSignals(False)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & _RELOAD_ON:
            self.refresh()

    # --- looks ----------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        """Text a little larger than the rest of the app, following View > Text size."""
        self.setFont(scaled_font(TEXT_SCALE))
        self.heading.setFont(scaled_font(TEXT_SCALE * 1.45, bold=True))
        for button in (self.back_button, self.next_button):
            button.setFont(scaled_font(TEXT_SCALE * 1.1, bold=True))
            button.setMinimumHeight(button.sizeHint().height() + 10)
            button.setMinimumWidth(140)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_fonts()
        super().changeEvent(event)
