"""Step 6, the results: what the afternoon found, and where the telework/BPO candidates are."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound
from desktop.core.services.companies import get_company
from desktop.core.services.inventory import list_inventory_tasks, monthly_minutes, progress
from desktop.core.services.suitability import candidates
from desktop.gui import suitability_text
from desktop.gui.context import AppContext
from desktop.gui.wizard.common import TEXT_SCALE, StepWidget, hint, hours_text, scaled_font

_SHOWN_CATEGORIES = ("suitable", "conditional", "internal", "incomplete", "eliminate")


class _Figure(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel()
        self.value.setFont(scaled_font(TEXT_SCALE * 1.8, bold=True))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = hint()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()} {value} {detail}".strip())


def _table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # As tall as its rows, so what follows (the way to the candidates) stays close to the numbers.
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return view, model


def _cells(*texts: str) -> list[QStandardItem]:
    cells = [QStandardItem(t) for t in texts]
    for cell in cells[1:]:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cells


class ResultsStep(StepWidget):
    """Totals, hours per area, ECRS savings and the count and hours per suitability category."""

    code = "results"

    sig_show_candidates_requested = Signal()
    """The user asked to see the telework/BPO candidates (the main window opens that page)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks_figure = _Figure(self.tr("Tasks listed"))
        self.hours_figure = _Figure(self.tr("Working time they take"))
        self.saved_figure = _Figure(self.tr("Saved by improving (ECRS)"))
        self.missing_figure = _Figure(self.tr("Details still missing"))
        figures = QGridLayout()
        for column, figure in enumerate(
            (self.tasks_figure, self.hours_figure, self.saved_figure, self.missing_figure)
        ):
            figures.addWidget(figure, 0, column)

        self.area_view, self.area_model = _table(
            [self.tr("Area"), self.tr("Tasks"), self.tr("Hours a month")]
        )
        self.area_view.setAccessibleName(self.tr("Hours by area"))
        areas = QGroupBox(self.tr("By area of work"))
        areas_layout = QVBoxLayout(areas)
        areas_layout.addWidget(self.area_view)
        areas_layout.addStretch(1)

        self.category_view, self.category_model = _table(
            [self.tr("Could it be handed over?"), self.tr("Tasks"), self.tr("Hours a month")]
        )
        self.category_view.setAccessibleName(self.tr("Tasks by suitability"))
        self.candidates_hint = hint()
        self.candidates_button = QPushButton(self.tr("Show the &candidates for telework/BPO"))
        self.candidates_button.setFont(scaled_font(TEXT_SCALE, bold=True))
        self.candidates_button.clicked.connect(self.sig_show_candidates_requested)
        suitability = QGroupBox(self.tr("What could be handed to local remote workers"))
        suitability_layout = QVBoxLayout(suitability)
        suitability_layout.addWidget(self.category_view)
        suitability_layout.addWidget(self.candidates_hint)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.candidates_button)
        suitability_layout.addLayout(button_row)
        suitability_layout.addStretch(1)

        tables = QHBoxLayout()
        tables.addWidget(areas, 1)
        tables.addWidget(suitability, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(figures)
        layout.addLayout(tables, 1)

    def title(self) -> str:
        return self.tr("Results")

    def instructions(self) -> str:
        return self.tr(
            "This is what the inventory found. Nothing more to enter here: everything is saved. "
            "Go back to any step to correct something."
        )

    def first_focus(self) -> QWidget | None:
        return self.candidates_button

    def refresh(self) -> None:
        company_id = self.ctx.company_id
        if not company_id:
            return
        try:
            state = progress(self.ctx.db, company_id)
            company = get_company(self.ctx.db, company_id)
        except NotFound:
            return
        tasks = list_inventory_tasks(self.ctx.db, company_id)
        self.tasks_figure.set(
            self.tr("%n task(s)", "", state.tasks), self.tr("in %n area(s) of work", "", state.areas)
        )
        cost = company.hourly_cost_yen or 0
        yen = self.tr("about ¥{amount} a month").format(
            amount=QLocale().toString(round(state.monthly_hours * cost))
        )
        self.hours_figure.set(
            self.tr("{hours} h a month").format(hours=hours_text(state.monthly_hours)), yen if cost else ""
        )
        saved_yen = self.tr("about ¥{amount} a month").format(
            amount=QLocale().toString(round(state.ecrs_saved_hours * cost))
        )
        self.saved_figure.set(
            self.tr("{hours} h a month").format(hours=hours_text(state.ecrs_saved_hours)),
            saved_yen if cost and state.ecrs_saved_minutes else self.tr("before anything is handed over"),
        )
        self.missing_figure.set(
            self.tr("%n task(s)", "", state.incomplete_tasks),
            self.tr("Fill them in at step 4.")
            if state.incomplete_tasks
            else self.tr("Everything filled in."),
        )
        self._fill_areas(tasks)
        self._fill_categories(company_id)

    def _fill_areas(self, tasks: list) -> None:  # type: ignore[type-arg]
        counts: dict[str, int] = defaultdict(int)
        minutes: dict[str, int] = defaultdict(int)
        for task in tasks:
            name = task.row.department_name or self.tr("(no area)")
            counts[name] += 1
            minutes[name] += monthly_minutes(
                task.row.fields.frequency, task.row.fields.minutes_per_occurrence
            )
        self.area_model.removeRows(0, self.area_model.rowCount())
        for name, count in counts.items():
            self.area_model.appendRow(_cells(name, str(count), hours_text(minutes[name] / 60)))

    def _fill_categories(self, company_id: str) -> None:
        report = candidates(self.ctx.db, company_id)
        self.category_model.removeRows(0, self.category_model.rowCount())
        for code in _SHOWN_CATEGORIES:
            total = report.total(code)
            if not total.tasks and code not in ("suitable", "conditional"):
                continue
            row = _cells(suitability_text.category_label(code), str(total.tasks), hours_text(total.hours))
            row[0].setToolTip(suitability_text.category_help(code))
            self.category_model.appendRow(row)
        chosen = report.candidates
        self.candidates_hint.setText(
            self.tr(
                "%n task(s) could go to local remote workers now or after some preparation: "
                "{hours} hours a month.",
                "",
                chosen.tasks,
            ).format(hours=hours_text(chosen.hours))
        )
        self.candidates_button.setEnabled(chosen.tasks > 0)

    def category_counts(self) -> dict[str, tuple[int, str]]:
        """The suitability table as shown: category label -> (tasks, hours text)."""
        model = self.category_model
        return {
            model.item(r, 0).text(): (int(model.item(r, 1).text()), model.item(r, 2).text())
            for r in range(model.rowCount())
        }
