"""The value dashboard (価値の見える化): economic and social value side by side, for the current
company or (on a partner's PC) across every company, over a fiscal year or chosen months.

Every figure is a keyboard-focusable tile; Enter or a click opens the rows behind it. A figure
core cannot compute says "not enough data" and what is missing, never 0. Figures load on the task
runner: the previous ones stay visible (marked "updating…") and a result that a newer request has
overtaken is never shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.kpi import (
    MAX_MONTHS,
    CompanyFigures,
    Figure,
    KpiReport,
    MonthRange,
    ProgramCosts,
    fiscal_year_of,
)
from desktop.core.services.kpi import COST_FIELDS, kpi_report, load_program_costs, save_program_costs
from desktop.core.services.partners import current_partner_id
from desktop.gui import kpi_text, messages
from desktop.gui.charts import BAR, BLUE, GREEN, GREY, LINE, MonthlyChart, Series
from desktop.gui.commands import ErrorHandler, ServiceCommand
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, SAVED_COLOR, mark_invalid, parse_count
from desktop.gui.kpi_drilldown import SORT_ROLE, DrilldownDialog, EvidenceProxy

_RELOAD_ON = frozenset(
    {
        "company",
        "task",
        "task_step",
        "assignment",
        "time_entry",
        "worker",
        "worker_card",
        "training_stage",
        "setting",
        "partner",
    }
)
FIRST_FISCAL_YEAR = 2024
WARN_COLOR = "#8a4b00"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TABLE_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    SORT_ROLE,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
)
"""The roles the per-company table answers (every other one is None)."""

Index = QModelIndex | QPersistentModelIndex
TILE_STYLE = (
    "QFrame#kpiTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
    "QFrame#kpiTile:focus { border: 2px solid palette(highlight); }"
    "QFrame#kpiTile QLabel { background: transparent; border: none; }"
    f"QFrame#kpiTile QLabel#kpiWarn {{ color: {WARN_COLOR}; }}"
    "QFrame#kpiTile QLabel#kpiSummary { color: palette(placeholder-text); }"
)
"""The figure tiles' look, set on the group boxes that hold them."""


# --- loading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """What one background load found."""

    period: MonthRange
    company_id: str | None  # None: the partner view
    partner_id: str | None
    report: KpiReport | None  # None: the company view without a company
    costs_scope: str | None  # whose programme costs the editor shows (None: no one's)
    costs: ProgramCosts | None


def load_dashboard(db: Database, period: MonthRange, company_id: str | None, today: date) -> Loaded:
    """Everything the page shows, read on the task runner. The costs editor shows the partner's
    programme costs in the partner view and the company's own costs in the company view (core uses
    the company's own when any is set, else the partner's training and setup costs)."""
    partner_id = current_partner_id(db)
    report = None if company_id == "" else kpi_report(db, period, company_id, today)
    scope = partner_id if company_id is None else (company_id or None)
    costs = load_program_costs(db, scope) if scope else None
    return Loaded(period, company_id, partner_id, report, scope, costs)


# --- undo ------------------------------------------------------------------------------------------


class SaveProgramCostsCommand(ServiceCommand):
    """Saves the programme costs (already written with ``done=True``); undo writes the old ones."""

    def __init__(
        self,
        ctx: AppContext,
        scope_id: str,
        old: ProgramCosts,
        new: ProgramCosts,
        on_error: ErrorHandler,
        done: bool = False,
    ) -> None:
        text = QCoreApplication.translate("DashboardPage", "Change the programme costs")
        super().__init__(ctx, text, ("setting",), on_error, done)
        self.scope_id, self.old, self.new = scope_id, old, new

    def forward(self) -> None:
        save_program_costs(self._db, self.scope_id, self.new)

    def backward(self) -> None:
        save_program_costs(self._db, self.scope_id, self.old)


# --- a figure tile ---------------------------------------------------------------------------------


class FigureTile(QFrame):
    """One figure: its name, the value in big type with its unit, one line of definition, and
    "not enough data" with what is missing. Focusable; Enter, Space or a click opens it."""

    sig_activated = Signal(str)
    """The tile was clicked or Enter was pressed on it: the figure key."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.figure: Figure | None = None
        self.setObjectName("kpiTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Styled by TILE_STYLE on the group box that holds the tiles: one style sheet parsed once,
        # not one per tile and label (that was most of the time the tiles took to appear).
        self.title_label = QLabel(kpi_text.figure_label(key))
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.partial_label = QLabel(self.tr("※ partial"))
        self.partial_label.setObjectName("kpiWarn")
        self.partial_label.setToolTip(self.tr("Computed from part of the data: see what is missing below."))
        self.partial_label.hide()
        self.value_label = QLabel("—")
        value_font = QFont(self.value_label.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 1.9)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        self.unit_label = QLabel()
        self.summary_label = QLabel(kpi_text.figure_summary(key))
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("kpiSummary")
        small = QFont(self.summary_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.summary_label.setFont(small)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("kpiWarn")
        self.missing_label.setFont(small)
        self.missing_label.hide()

        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.partial_label, 0, Qt.AlignmentFlag.AlignTop)
        value_row = QHBoxLayout()
        value_row.setSpacing(4)
        value_row.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignBaseline)
        value_row.addWidget(self.unit_label, 0, Qt.AlignmentFlag.AlignBaseline)
        value_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addLayout(value_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.missing_label)
        layout.addStretch(1)

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        missing = [kpi_text.missing_text(code) for code in figure.missing]
        if figure.value is None:
            self.value_label.setText(self.tr("Not enough data"))
            self.value_label.setStyleSheet(f"color: {WARN_COLOR};")
            self.unit_label.clear()
            value_words = self.tr("Not enough data")
        else:
            self.value_label.setText(kpi_text.number_text(figure.value, figure.unit))
            self.value_label.setStyleSheet("")
            self.unit_label.setText(kpi_text.unit_text(figure.unit))
            value_words = kpi_text.value_text(figure.value, figure.unit)
        self.partial_label.setVisible(figure.value is not None and figure.partial)
        if missing and figure.value is None:
            self.missing_label.setText("\n".join("・" + text for text in missing))
        elif missing:
            self.missing_label.setText(
                self.tr("Not counted: {what}").format(what=self.tr(", ").join(missing))
            )
        self.missing_label.setVisible(bool(missing))
        definition = kpi_text.figure_definition(figure.key)
        tip = definition if not missing else definition + "\n\n" + "\n".join("・" + t for t in missing)
        self.setToolTip(tip + "\n\n" + self.tr("Click or press Enter to see the rows behind this figure."))
        self.setAccessibleName(f"{kpi_text.figure_label(figure.key)}: {value_words}")
        self.setAccessibleDescription(tip)

    def value_text(self) -> str:
        """The value as shown, with its unit ("1,234,567 yen"; "Not enough data")."""
        unit = self.unit_label.text()
        return f"{self.value_label.text()} {unit}".strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.sig_activated.emit(self.key)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.sig_activated.emit(self.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)


# --- the per-company table -------------------------------------------------------------------------


class CompanyFiguresModel(QAbstractTableModel):
    """A few figures per company (partner view)."""

    COLUMNS = ("name", "inventoried_hours", "outsourced_hours", "monthly_saving_yen", "local_workers")
    UNITS: ClassVar[dict[str, str]] = {
        "inventoried_hours": "hours_per_month",
        "outsourced_hours": "hours_per_month",
        "monthly_saving_yen": "yen_per_month",
        "local_workers": "people",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CompanyFigures, ...] = ()

    def set_rows(self, rows: Sequence[CompanyFigures]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CompanyFigures:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (
            self.tr("Company"),
            self.tr("Inventoried (h/month)"),
            self.tr("Outsourced (h/month)"),
            self.tr("Saving (yen/month)"),
            self.tr("Local workers"),
        )
        return labels[section]

    def _value(self, row: CompanyFigures, key: str) -> float | None:
        value: object = getattr(row, key)
        return float(value) if isinstance(value, int | float) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _TABLE_ROLES or not index.isValid():  # Qt asks for many roles per cell
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "name":
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                return row.name
            return None
        value = self._value(row, key)
        unit = self.UNITS[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return kpi_text.number_text(value, unit) if value is not None else self.tr("Not enough data")
        if role == SORT_ROLE:
            return float("-inf") if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return self.tr("Not enough data: open the company's own view to see what is missing.")
        return None


# --- the page --------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    """Economic and social value of the partnership, with trends, drill-down and programme costs."""

    sig_loaded = Signal()
    """Freshly loaded figures are shown (after every load that was not overtaken)."""
    sig_open_row = Signal(str, str)
    """Open a row behind a figure: (kind, id); kind is "task", "assignment", "worker", "company"…"""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today: Callable[[], date] = today or date.today
        self._loaded: Loaded | None = None
        self._partner_id: str | None = None
        self._serial = 0  # bumped for every request; a result of an older one is dropped
        self._in_flight = False
        self._dirty = True  # load when next shown
        self._tiles: dict[str, FigureTile] = {}
        self._drilldown: DrilldownDialog | None = None
        self._setting_period = False

        self._build_bar()
        self._build_content()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.message_label)
        layout.addWidget(scroll, 1)

        refresh = QAction(self)
        refresh.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("Ctrl+R")])
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda _checked=False: self.reload())
        self.addAction(refresh)

        self.company_radio.toggled.connect(lambda _checked: self._view_changed())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.from_edit.dateChanged.connect(lambda _d: self._months_changed())
        self.to_edit.dateChanged.connect(lambda _d: self._months_changed())
        self.company_table.doubleClicked.connect(self._company_activated)
        self.save_costs_button.clicked.connect(lambda: self.save_costs())
        ctx.sig_company_changed.connect(lambda _id: self._company_changed())
        ctx.sig_data_changed.connect(self._data_changed)
        self._update_heading()

    def page_title(self) -> str:
        return self.tr("Value")

    # --- building ---------------------------------------------------------------------------------

    def _build_bar(self) -> None:
        self.company_radio = QRadioButton(self.tr("&This company"))
        self.company_radio.setToolTip(self.tr("The figures of the company chosen on the company page"))
        self.partner_radio = QRadioButton(self.tr("&All companies (partner)"))
        self.partner_radio.setToolTip(self.tr("The figures of every company of this partner, added up"))
        self.partner_radio.hide()  # offered once a partner is found in this database
        self.view_group = QButtonGroup(self)
        self.view_group.addButton(self.company_radio)
        self.view_group.addButton(self.partner_radio)
        self.company_radio.setChecked(True)

        current = fiscal_year_of(self.today())
        self.year_combo = QComboBox()
        for year in range(min(FIRST_FISCAL_YEAR, current), current + 1):
            self.year_combo.addItem(kpi_text.fiscal_year_label(year), year)
        self.year_combo.addItem(self.tr("Chosen months"), None)
        self.year_combo.setCurrentIndex(self.year_combo.findData(current))
        self.year_combo.setToolTip(self.tr("A fiscal year runs from April to March"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.year_combo)
        fiscal = MonthRange.fiscal_year(current)
        month_format = self.tr("yyyy-MM")
        self.from_edit = QDateEdit(QDate(fiscal.first.year, fiscal.first.month, 1))
        self.to_edit = QDateEdit(QDate(fiscal.last.year, fiscal.last.month, 1))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(month_format)
            edit.setCalendarPopup(False)
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMaximumDate(QDate(2100, 12, 1))
        self.from_edit.setToolTip(self.tr("First month of the period"))
        self.to_edit.setToolTip(self.tr("Last month of the period"))
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.to_edit)
        self.busy_label = QLabel(self.tr("Updating…"))
        self.busy_label.setStyleSheet("color: palette(placeholder-text);")
        self.busy_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.company_radio)
        bar.addWidget(self.partner_radio)
        bar.addSpacing(20)
        bar.addWidget(period_label)
        bar.addWidget(self.year_combo)
        bar.addSpacing(8)
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        bar.addSpacing(12)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        self.bar = bar

        self.heading_label = QLabel()
        heading_font = QFont(self.heading_label.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading_label.setFont(heading_font)
        self.heading_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

    def _group_box(self, group: str, color: str) -> tuple[QFrame, QGridLayout]:
        """A column of tiles under a coloured heading (経済的価値 / 社会的価値)."""
        box = QFrame()
        box.setObjectName("kpiGroup")
        box.setStyleSheet(f"QFrame#kpiGroup {{ border-top: 3px solid {color}; }}" + TILE_STYLE)
        heading = QLabel(kpi_text.group_label(group))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        heading.setStyleSheet(f"color: {color};")
        box.setAccessibleName(heading.text())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return box, grid

    def _build_content(self) -> None:
        self.content = QWidget()
        self.economic_box, self.economic_grid = self._group_box(kpi_text.ECONOMIC, BLUE.name())
        self.social_box, self.social_grid = self._group_box(kpi_text.SOCIAL, GREEN.name())
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        columns = QHBoxLayout()
        columns.addWidget(self.economic_box, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.social_box, 1, Qt.AlignmentFlag.AlignTop)

        self.hours_chart = MonthlyChart(self.tr("Hours outsourced per month"), "hours", BAR)
        self.yen_chart = MonthlyChart(self.tr("Pay per month"), "yen", LINE)
        self.people_chart = MonthlyChart(self.tr("Local workers working per month"), "people", BAR)
        charts_box = QGroupBox(self.tr("Trend by month"))
        charts = QHBoxLayout(charts_box)
        for chart in (self.hours_chart, self.yen_chart, self.people_chart):
            charts.addWidget(chart, 1)

        self.company_model = CompanyFiguresModel(self)
        self.company_proxy = EvidenceProxy(self)
        self.company_proxy.setSourceModel(self.company_model)
        self.company_table = QTableView()
        self.company_table.setModel(self.company_proxy)
        self.company_table.setAccessibleName(self.tr("Figures per company"))
        self.company_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.company_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.company_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.company_table.setAlternatingRowColors(True)
        self.company_table.verticalHeader().hide()
        self.company_table.setSortingEnabled(True)
        self.company_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.company_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.company_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        open_company = QAction(self.company_table)
        open_company.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_company.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_company.triggered.connect(
            lambda _checked=False: self._company_activated(self.company_table.currentIndex())
        )
        self.company_table.addAction(open_company)
        self.companies_box = QGroupBox(self.tr("Per company"))
        companies_layout = QVBoxLayout(self.companies_box)
        companies_layout.addWidget(self.company_table)
        companies_hint = QLabel(self.tr("Double-click or Enter: show that company's own view"))
        companies_hint.setStyleSheet("color: palette(placeholder-text);")
        companies_layout.addWidget(companies_hint)
        self.companies_box.hide()

        self.costs_box = self._build_costs()

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(columns)
        layout.addWidget(charts_box)
        layout.addWidget(self.companies_box)
        layout.addWidget(self.costs_box)
        layout.addStretch(1)

    def _build_costs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Programme costs (for the ROI)"))
        self.cost_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "training_yen_per_trainee": self.tr("Trai&ning, per trainee (yen):"),
            "setup_yen_per_company": self.tr("Set&up, per company (yen):"),
            "other_yen": self.tr("Othe&r costs in the period (yen):"),
        }
        tips = {
            "training_yen_per_trainee": self.tr(
                "What training one person costs (courses, materials, trainer)"
            ),
            "setup_yen_per_company": self.tr(
                "What starting with one company costs (inventory, PCs, contracts)"
            ),
            "other_yen": self.tr("Any other cost of the programme in the period (office, staff)"),
        }
        for field in COST_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("not set"))
            edit.setToolTip(tips[field])
            edit.setMaximumWidth(180)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.returnPressed.connect(lambda: self.save_costs())
            label = QLabel(labels[field])
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.cost_edits[field] = edit
        self.save_costs_button = QPushButton(self.tr("Save cost&s"))
        self.save_costs_button.setToolTip(self.tr("Save the costs; Ctrl+Z undoes"))
        self.costs_message = QLabel()
        self.costs_message.setWordWrap(True)
        self.costs_message.hide()
        note = QLabel(
            self.tr(
                "Leave a cost empty when it is not known: the ROI then says what is missing instead of "
                "showing a wrong number."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.costs_scope_label = QLabel()
        self.costs_scope_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_costs_button)
        row.addWidget(self.costs_message, 1)
        row.addStretch(0)
        self.save_costs_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(box)
        layout.addWidget(self.costs_scope_label)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(row)
        box.setEnabled(False)
        return box

    # --- state ------------------------------------------------------------------------------------

    @property
    def report(self) -> KpiReport | None:
        return self._loaded.report if self._loaded else None

    @property
    def partner_id(self) -> str | None:
        return self._partner_id

    def is_partner_view(self) -> bool:
        return self.partner_radio.isChecked()

    def set_partner_view(self, partner: bool) -> None:
        """Show every company (partner view) or the current company."""
        (self.partner_radio if partner else self.company_radio).setChecked(True)

    def is_loading(self) -> bool:
        return self._in_flight

    def tile(self, key: str) -> FigureTile | None:
        return self._tiles.get(key)

    def tiles(self) -> list[FigureTile]:
        """The tiles in display (and Tab) order."""
        return list(self._tiles.values())

    def period(self) -> MonthRange | None:
        """The chosen months; None when the last month is before the first, or too far from it."""
        first = self.from_edit.date()
        last = self.to_edit.date()
        text = f"{first.year():04d}-{first.month():02d}..{last.year():04d}-{last.month():02d}"
        try:
            return MonthRange.parse(text)
        except ValueError:
            return None

    def _period_error(self) -> str:
        first, last = self.from_edit.date(), self.to_edit.date()
        if (last.year(), last.month()) < (first.year(), first.month()):
            return self.tr("The last month is before the first month. Choose the months again.")
        return self.tr("A period can be at most {n} months. Choose the months again.").format(n=MAX_MONTHS)

    def set_fiscal_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            raise ValueError(f"fiscal year {year} is not offered")
        self.year_combo.setCurrentIndex(index)

    def set_months(self, first: date, last: date) -> None:
        """Choose the months ``first``..``last`` (days are ignored); one reload."""
        self._setting_period = True
        try:
            self.from_edit.setDate(QDate(first.year, first.month, 1))
            self.to_edit.setDate(QDate(last.year, last.month, 1))
        finally:
            self._setting_period = False
        self._months_changed()

    # --- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Load the figures in the background (the shown ones stay, marked "updating…")."""
        self._dirty = False
        if self.period() is None:
            self._show_message(self._period_error(), True)
            return
        self._serial += 1
        self.busy_label.show()
        if not self._in_flight:
            self._submit()

    def _submit(self) -> None:
        """Load what is asked for now (tagged with the current serial)."""
        serial = self._serial
        period = self.period()
        if period is None:  # the months were made invalid meanwhile: that is shown already
            self.busy_label.hide()
            return
        company = None if self.is_partner_view() else self._ctx.company_id
        db, today = self._ctx.db, self.today()
        self._in_flight = True
        self._ctx.runner.submit(
            self.tr("Computing the value figures"),
            lambda _job: load_dashboard(db, period, company, today),
            lambda loaded: self._done(serial, loaded),
            lambda exc: self._failed(serial, exc),
        )

    def _done(self, serial: int, loaded: Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        self._in_flight = False
        if serial != self._serial:  # overtaken by a newer request: load that one instead
            self._submit()
            return
        self.busy_label.hide()
        self._show(loaded)

    def _failed(self, serial: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._in_flight = False
        if serial != self._serial:
            self._submit()
            return
        self.busy_label.hide()
        if isinstance(exc, NotFound):  # the company went away meanwhile
            self._show_message(self.tr("The company no longer exists. Choose another one."), True)
        else:
            self._show_message(self.tr("The figures could not be computed: {error}").format(error=exc), True)

    def _view_changed(self) -> None:
        self._update_heading()
        self.reload()

    def _year_changed(self) -> None:
        year = self.year_combo.currentData()
        if year is None:  # "Chosen months": keep the months shown, let the user change them
            self.from_edit.setFocus()
            return
        fiscal = MonthRange.fiscal_year(int(year))
        self._setting_period = True
        try:
            self.from_edit.setDate(QDate(fiscal.first.year, fiscal.first.month, 1))
            self.to_edit.setDate(QDate(fiscal.last.year, fiscal.last.month, 1))
        finally:
            self._setting_period = False
        self._period_changed()

    def _months_changed(self) -> None:
        if self._setting_period:
            return
        period = self.period()
        year = None
        if period is not None:
            for candidate in (period.first.year, period.first.year - 1):
                if MonthRange.fiscal_year(candidate) == period:
                    year = candidate
        index = self.year_combo.findData(year) if year is not None else -1
        if index < 0:
            index = self.year_combo.count() - 1  # "Chosen months"
        self.year_combo.blockSignals(True)
        self.year_combo.setCurrentIndex(index)
        self.year_combo.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        self._update_heading()
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def _company_changed(self) -> None:
        self._update_heading()
        if self.is_partner_view():
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def _data_changed(self, tables: frozenset[str]) -> None:
        if not tables & _RELOAD_ON:
            return
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    # --- showing ----------------------------------------------------------------------------------

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message_label.setVisible(bool(text))
        if error:
            self.busy_label.hide()

    def _scope_text(self) -> str:
        report = self.report
        period = self.period()
        months = ""
        if period is not None:
            months = self.tr("{first} – {last}").format(
                first=kpi_text.month_year_label(period.first), last=kpi_text.month_year_label(period.last)
            )
        if self.is_partner_view():
            count = len(report.companies) if report and report.scope == "partner" else 0
            who = self.tr("All companies ({n})").format(n=count)
        elif report and report.scope == "company" and report.companies:
            who = report.companies[0][1]
        else:
            who = ""
        return self.tr("{who} · {months}").format(who=who, months=months) if who else months

    def _update_heading(self) -> None:
        year = self.year_combo.currentData()
        text = self._scope_text()
        if year is not None:
            text = self.tr("{who} · {months}").format(who=kpi_text.fiscal_year_label(int(year)), months=text)
        report = self.report
        if report is not None and report.as_of is not None and report.as_of < report.period.last:
            day = QLocale().toString(
                QDate(report.as_of.year, report.as_of.month, report.as_of.day), QLocale.FormatType.ShortFormat
            )
            text += " " + self.tr("(so far: up to {date})").format(date=day)
        self.heading_label.setText(text)

    def _show(self, loaded: Loaded) -> None:
        self._loaded = loaded
        self._partner_id = loaded.partner_id
        has_partner = loaded.partner_id is not None
        self.partner_radio.setVisible(has_partner)
        if not has_partner and self.partner_radio.isChecked():
            self.company_radio.setChecked(True)  # no partner any more: reloads the company view
            return
        self._show_message("")
        report = loaded.report
        if report is None:
            if has_partner:
                text = self.tr("Choose a company on the “Company profile” page, or look at all companies.")
            else:
                text = self.tr("First register a company on the “Company profile” page.")
            self.empty_label.setText(text)
            self.empty_label.show()
            self._set_figures(())
            self._set_trend(None)
        else:
            self.empty_label.hide()
            self._set_figures(report.figures)
            self._set_trend(report)
        partner_view = report is not None and report.scope == "partner"
        self.companies_box.setVisible(partner_view)
        self.company_model.set_rows(report.per_company if report and partner_view else ())
        self._fit_company_table()
        self._show_costs(loaded)
        self._update_heading()
        if self._drilldown is not None and shiboken6.isValid(self._drilldown) and self._drilldown.isVisible():
            self._refresh_drilldown()
        self.sig_loaded.emit()

    def _set_figures(self, figures: Sequence[Figure]) -> None:
        keys = [f.key for f in figures]
        if keys != list(self._tiles):
            focused = next((k for k, t in self._tiles.items() if t.hasFocus()), None)
            for tile in self._tiles.values():
                tile.setParent(None)
                tile.deleteLater()
            self._tiles = {}
            counts = {kpi_text.ECONOMIC: 0, kpi_text.SOCIAL: 0}
            for figure in figures:
                tile = FigureTile(figure.key)
                tile.sig_activated.connect(self.open_drilldown)
                group = figure.group if figure.group in counts else kpi_text.SOCIAL
                grid = self.economic_grid if group == kpi_text.ECONOMIC else self.social_grid
                position = counts[group]
                grid.addWidget(tile, position // 2, position % 2)
                counts[group] += 1
                self._tiles[figure.key] = tile
            tiles = list(self._tiles.values())
            previous: QWidget = self.to_edit
            for tile in tiles:
                QWidget.setTabOrder(previous, tile)
                previous = tile
            QWidget.setTabOrder(previous, self.company_table)
            QWidget.setTabOrder(self.company_table, self.cost_edits[COST_FIELDS[0]])
            if focused in self._tiles:
                self._tiles[focused].setFocus()
        for figure in figures:
            self._tiles[figure.key].set_figure(figure)
        self.economic_box.setVisible(bool(figures))
        self.social_box.setVisible(bool(figures))

    def _set_trend(self, report: KpiReport | None) -> None:
        months = [p.month for p in report.trend] if report else []
        trend = report.trend if report else ()
        until = report.as_of if report else None
        self.hours_chart.set_data(
            months,
            [Series(self.tr("Hours outsourced"), tuple(p.hours_outsourced for p in trend), BLUE)],
            until,
        )
        self.yen_chart.set_data(
            months,
            [
                Series(self.tr("Paid in total"), tuple(p.yen_paid for p in trend), GREY),
                Series(self.tr("Paid to local workers"), tuple(p.yen_paid_local for p in trend), GREEN),
            ],
            until,
        )
        self.people_chart.set_data(
            months,
            [
                Series(
                    self.tr("Local workers working"),
                    tuple(float(p.local_workers_active) for p in trend),
                    GREEN,
                )
            ],
            until,
        )

    def _fit_company_table(self) -> None:
        """As tall as its rows (at least 3, at most 12; it scrolls beyond)."""
        table = self.company_table
        rows = min(max(self.company_model.rowCount(), 3), 12)
        row_height = table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + rows * row_height + 2 * table.frameWidth() + 2
        table.setFixedHeight(height)

    # --- drill-down -------------------------------------------------------------------------------

    def open_drilldown(self, key: str) -> DrilldownDialog | None:
        """Show the rows behind figure ``key`` (one drill-down window at a time)."""
        report = self.report
        if report is None:
            return None
        try:
            figure = report.figure(key)
        except KeyError:
            return None
        if self._drilldown is not None and shiboken6.isValid(self._drilldown):
            self._drilldown.close()
        dialog = DrilldownDialog(figure, self._scope_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_row.connect(self.sig_open_row)
        self._drilldown = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def drilldown(self) -> DrilldownDialog | None:
        """The open drill-down window, if any."""
        dialog = self._drilldown
        return dialog if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible() else None

    def _refresh_drilldown(self) -> None:
        """After a reload, show the fresh rows of the figure the drill-down is open on."""
        dialog = self.drilldown()
        if dialog is None:
            return
        key = dialog.figure.key
        geometry = dialog.geometry()
        fresh = self.open_drilldown(key)
        if fresh is not None:
            fresh.setGeometry(geometry)

    def _company_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.company_model.row_at(self.company_proxy.mapToSource(index).row())
        self._ctx.set_company(row.company_id)
        self.set_partner_view(False)

    # --- programme costs --------------------------------------------------------------------------

    def _show_costs(self, loaded: Loaded) -> None:
        costs = loaded.costs
        self.costs_box.setEnabled(loaded.costs_scope is not None)
        if loaded.company_id is None:
            scope_text = self.tr("The costs of the whole programme, for all companies together.")
        elif loaded.partner_id is not None:
            scope_text = self.tr(
                "This company's own costs. When none is set, the partner's training and setup costs are used."
            )
        else:
            scope_text = self.tr("The costs of this company's programme.")
        self.costs_scope_label.setText(scope_text)
        for field in COST_FIELDS:
            edit = self.cost_edits[field]
            value = getattr(costs, field) if costs is not None else None
            if not edit.hasFocus() or not edit.isModified():
                edit.setText("" if value is None else kpi_text.number_text(value, "yen"))
                edit.setModified(False)
            mark_invalid(edit, False)

    def _typed_costs(self) -> tuple[ProgramCosts | None, list[FieldError]]:
        values: dict[str, int | None] = {}
        errors: list[FieldError] = []
        for field in COST_FIELDS:
            try:
                values[field] = parse_count(self.cost_edits[field].text())
            except ValueError:
                errors.append(FieldError(field, "invalid"))
        if errors:
            return None, errors
        return ProgramCosts(**values), []

    def _cost_error(self, error: FieldError) -> str:
        labels = {
            "training_yen_per_trainee": self.tr("Training cost per trainee"),
            "setup_yen_per_company": self.tr("Setup cost per company"),
            "other_yen": self.tr("Other costs"),
        }
        # messages.field_error names an unknown field by its code; put the words in its place.
        return messages.field_error(error).replace(error.field, labels.get(error.field, error.field))

    def _costs_status(self, text: str, error: bool) -> None:
        self.costs_message.setText(text)
        self.costs_message.setStyleSheet(
            f"color: {ERROR_COLOR if error else SAVED_COLOR}; font-weight: bold;"
        )
        self.costs_message.setVisible(bool(text))

    def save_costs(self) -> bool:
        """Save the typed programme costs (undoable); False with the reason shown when refused."""
        loaded = self._loaded
        if loaded is None or loaded.costs_scope is None:
            return False
        costs, errors = self._typed_costs()
        for field in COST_FIELDS:
            mark_invalid(self.cost_edits[field], any(e.field == field for e in errors))
        if costs is None:
            self._costs_status("\n".join(self._cost_error(e) for e in errors), True)
            return False
        old = loaded.costs or ProgramCosts(None, None, None)
        if costs == old:
            self._costs_status(self.tr("No change."), False)
            return True
        try:
            save_program_costs(self._ctx.db, loaded.costs_scope, costs)
        except ValidationError as exc:
            for field in COST_FIELDS:
                edit = self.cost_edits[field]
                mark_invalid(edit, any(e.field == field for e in exc.errors))
            self._costs_status("\n".join(self._cost_error(e) for e in exc.errors), True)
            return False
        command = SaveProgramCostsCommand(
            self._ctx, loaded.costs_scope, old, costs, self._show_error, done=True
        )
        self._ctx.undo_stack.push(command)
        for edit in self.cost_edits.values():
            edit.setModified(False)
        self._costs_status(self.tr("Saved. Undo: Ctrl+Z"), False)
        self._ctx.notify("setting")
        return True

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(self._cost_error(e) for e in exc.errors)
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.page_title(), text)
