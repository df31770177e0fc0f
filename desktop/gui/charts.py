"""Small monthly charts drawn with QPainter (Qt's chart module is not shipped: PySide6-Essentials).

:class:`MonthlyChart` draws one value per month as bars, or one or more lines, with a value axis,
month labels (4月 … 3月, with the year under April and January), value labels, a tooltip per month
and an accessible text summary of every value. Painting uses the widget's font (the bundled BIZ
UDGothic) and logical coordinates, so it stays crisp at any device pixel ratio.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.gui import kpi_text

translate = QCoreApplication.translate  # literal translate("Charts", ...) calls, so lupdate finds them

BAR = "bar"
LINE = "line"

BLUE = QColor("#1f6fb2")
GREEN = QColor("#2e7d32")
GREY = QColor("#8a8a8a")


@dataclass(frozen=True)
class Series:
    """One row of values, one per month of the chart (None: not known for that month)."""

    name: str
    values: tuple[float | None, ...]
    color: QColor


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round axis values from 0 up to at least ``top``: steps of 1, 2 or 5 × 10^n."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


class MonthlyChart(QWidget):
    """Values per month as bars (one series) or lines (one or more series, the last one labelled)."""

    def __init__(self, title: str, unit: str, kind: str = BAR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._unit = unit
        self._kind = kind
        self._months: tuple[date, ...] = ()
        self._series: tuple[Series, ...] = ()
        self._future = 0  # the last months of the chart that have not happened yet
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._update_summary()

    # --- data -------------------------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def months(self) -> tuple[date, ...]:
        return self._months

    @property
    def series(self) -> tuple[Series, ...]:
        return self._series

    def set_data(
        self, months: Sequence[date], series: Sequence[Series], known_until: date | None = None
    ) -> None:
        """Show ``series`` over ``months`` (each series has one value per month). Months after
        ``known_until`` have not happened yet: shaded, without values."""
        months = tuple(months)
        for item in series:
            if len(item.values) != len(months):
                raise ValueError(
                    f"series {item.name!r} has {len(item.values)} values for {len(months)} months"
                )
        self._months = months
        self._future = sum(1 for m in months if known_until is not None and m > known_until)
        self._series = tuple(
            Series(s.name, tuple(None if self.is_future(i) else v for i, v in enumerate(s.values)), s.color)
            for s in series
        )
        self._update_summary()
        self.update()

    def is_future(self, index: int) -> bool:
        """Whether month ``index`` comes after the last day with figures (not happened yet)."""
        return index >= len(self._months) - self._future

    def has_values(self) -> bool:
        return any(v is not None for s in self._series for v in s.values)

    def _top(self) -> float:
        values = [v for s in self._series for v in s.values if v is not None]
        return max([0.0, *values])

    # --- words ------------------------------------------------------------------------------------

    def tooltip_text(self, index: int) -> str:
        """The month and every series' value, e.g. "2026年4月\\n外注した時間: 12.5 時間"."""
        if not 0 <= index < len(self._months):
            return ""
        lines = [kpi_text.month_year_label(self._months[index])]
        if self.is_future(index):
            return "\n".join([*lines, translate("Charts", "Not yet")])
        for item in self._series:
            value = item.values[index]
            text = (
                kpi_text.value_text(value, self._unit)
                if value is not None
                else translate("Charts", "no data")
            )
            lines.append(f"{item.name}: {text}" if len(self._series) > 1 else text)
        return "\n".join(lines)

    def summary_text(self) -> str:
        """Every value in words, for screen readers (the accessible description)."""
        if not self._months or not self.has_values():
            return translate("Charts", "{title}: no data for this period.").format(title=self._title)
        parts = [
            translate("Charts", "{title}, {first} to {last}.").format(
                title=self._title,
                first=kpi_text.month_year_label(self._months[0]),
                last=kpi_text.month_year_label(self._months[-1]),
            )
        ]
        for item in self._series:
            known = [(m, v) for m, v in zip(self._months, item.values, strict=True) if v is not None]
            values = ", ".join(
                f"{kpi_text.month_label(m)} {kpi_text.value_text(v, self._unit)}" for m, v in known
            )
            total = sum(v for _m, v in known)
            parts.append(
                translate("Charts", "{name}: total {total}; {values}.").format(
                    name=item.name, total=kpi_text.value_text(total, self._unit), values=values
                )
            )
        return " ".join(parts)

    def _update_summary(self) -> None:
        self.setAccessibleDescription(self.summary_text())

    # --- geometry ---------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(480, max(220, int(height * 13)))

    def minimumSizeHint(self) -> QSize:
        height = QFontMetricsF(self.font()).height()
        return QSize(260, max(160, int(height * 9)))

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _axis_labels(self, ticks: Sequence[float]) -> list[str]:
        if self._unit in kpi_text.HOUR_UNITS and all(t.is_integer() for t in ticks):
            return [QLocale().toString(int(t)) for t in ticks]  # 40, not 40.0
        return [kpi_text.compact_text(t, self._unit) for t in ticks]

    def plot_rect(self) -> QRectF:
        """Where the bars and lines are drawn (inside the axes)."""
        small = QFontMetricsF(self._small_font())
        title = QFontMetricsF(self._title_font())
        ticks = nice_ticks(self._top())
        label_width = max(small.horizontalAdvance(t) for t in self._axis_labels(ticks))
        left = 8 + label_width + 6
        top = 6 + title.height() + 6 + small.height() + 2
        bottom = 6 + small.height() * 2 + 6
        return QRectF(left, top, max(10.0, self.width() - left - 10), max(10.0, self.height() - top - bottom))

    def slot_rect(self, index: int) -> QRectF:
        """The column of month ``index`` (full plot height): where its tooltip applies."""
        plot = self.plot_rect()
        slot = plot.width() / max(1, len(self._months))
        return QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())

    def _y(self, value: float, plot: QRectF, top: float) -> float:
        return plot.bottom() - (value / top) * plot.height() if top > 0 else plot.bottom()

    def bar_rect(self, index: int, series: int = 0) -> QRectF:
        """The bar of month ``index`` (empty when its value is unknown or 0)."""
        if not self._series or not 0 <= index < len(self._months):
            return QRectF()
        value = self._series[series].values[index]
        if value is None or value <= 0:
            return QRectF()
        plot = self.plot_rect()
        top = nice_ticks(self._top())[-1]
        slot = self.slot_rect(index)
        count = len(self._series)
        group = slot.width() * 0.64
        width = group / count
        x = slot.left() + (slot.width() - group) / 2 + series * width
        y = self._y(value, plot, top)
        return QRectF(
            round(x), round(y), max(1.0, round(width - (1 if count > 1 else 0))), plot.bottom() - round(y)
        )

    def index_at(self, pos: QPointF) -> int:
        """The month under ``pos`` (-1 outside the plot)."""
        plot = self.plot_rect()
        if not self._months or not plot.adjusted(0, -plot.top(), 0, 0).contains(pos):
            return -1
        slot = plot.width() / len(self._months)
        return min(len(self._months) - 1, int((pos.x() - plot.left()) // slot))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index >= 0:
                QToolTip.showText(
                    event.globalPos(), self.tooltip_text(index), self, self.slot_rect(index).toRect()
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlphaF(0.6)
        grid = QColor(text)
        grid.setAlphaF(0.12)

        # Title and legend.
        title_font = self._title_font()
        title_metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QPointF(8, 6 + title_metrics.ascent()), self._title)
        small = self._small_font()
        small_metrics = QFontMetricsF(small)
        painter.setFont(small)
        if len(self._series) > 1:
            x = self.width() - 10.0
            for item in reversed(self._series):
                width = small_metrics.horizontalAdvance(item.name)
                x -= width
                painter.setPen(text)
                painter.drawText(QPointF(x, 6 + title_metrics.ascent()), item.name)
                x -= 16
                painter.fillRect(QRectF(x, 6 + title_metrics.ascent() - 9, 12, 9), item.color)
                x -= 14

        plot = self.plot_rect()
        if not self._months or not self.has_values():
            painter.setPen(muted)
            painter.setFont(self.font())
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, translate("Charts", "No data for this period")
            )
            return

        ticks = nice_ticks(self._top())
        top = ticks[-1]
        # Grid lines and the value axis.
        for tick, label in zip(ticks, self._axis_labels(ticks), strict=True):
            y = round(self._y(tick, plot, top)) + 0.5
            painter.setPen(QPen(grid if tick else muted, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            box = QRectF(0, y - small_metrics.height() / 2, plot.left() - 6, small_metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

        if self._future:
            first = self.slot_rect(len(self._months) - self._future)
            shade = QColor(text)
            shade.setAlphaF(0.05)
            painter.fillRect(
                QRectF(first.left(), plot.top(), plot.right() - first.left(), plot.height()), shade
            )
        self._paint_months(painter, plot, small_metrics, text, muted)
        if self._kind == BAR:
            self._paint_bars(painter, plot, top, small, text, muted)
        else:
            self._paint_lines(painter, plot, top, small, text)

    def _paint_months(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, text: QColor, muted: QColor
    ) -> None:
        count = len(self._months)
        labels = [kpi_text.month_label(m) for m in self._months]
        slot = plot.width() / count
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        every = max(1, math.ceil((widest + 4) / slot))
        for index, month in enumerate(self._months):
            cell = self.slot_rect(index)
            if index % every == 0:
                painter.setPen(text)
                box = QRectF(cell.left() - slot, plot.bottom() + 4, slot * 3, metrics.height())
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, labels[index]
                )
            if index == 0 or month.month == 1:
                painter.setPen(muted)
                year = translate("Charts", "{year}").format(year=month.year)
                box = QRectF(
                    cell.left() - slot, plot.bottom() + 4 + metrics.height(), slot * 3, metrics.height()
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, year)

    def _fitting_font(self, texts: Sequence[str], width: float, base: QFont) -> QFont | None:
        """``base`` or a smaller font in which every text fits ``width``; None if none does."""
        font = QFont(base)
        while True:
            metrics = QFontMetricsF(font)
            if max((metrics.horizontalAdvance(t) for t in texts), default=0) <= width:
                return font
            if font.pointSizeF() <= 6.5:
                return None
            font.setPointSizeF(font.pointSizeF() - 0.5)

    def _paint_bars(
        self, painter: QPainter, plot: QRectF, top: float, small: QFont, text: QColor, muted: QColor
    ) -> None:
        slot = plot.width() / len(self._months)
        labels = {
            (s, i): kpi_text.compact_text(v, self._unit)
            for s, item in enumerate(self._series)
            for i, v in enumerate(item.values)
            if v is not None
        }
        label_font = self._fitting_font(list(labels.values()), slot / len(self._series) - 2, small)
        painter.setPen(Qt.PenStyle.NoPen)
        for s, item in enumerate(self._series):
            for index, value in enumerate(item.values):
                rect = self.bar_rect(index, s)
                if not rect.isEmpty():
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(item.color)
                    painter.drawRect(rect)
                center = self.slot_rect(index).center().x()
                if value is None and not self.is_future(index):
                    painter.setPen(muted)
                    painter.setFont(small)
                    box = QRectF(center - slot / 2, plot.bottom() - 22, slot, 20)
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "—")
                elif (
                    value is not None and label_font is not None and value != 0
                ):  # no "0" over every empty month
                    painter.setPen(text)
                    painter.setFont(label_font)
                    metrics = QFontMetricsF(label_font)
                    y = self._y(value, plot, top)
                    width = slot / len(self._series)
                    x = self.slot_rect(index).left() + s * width
                    box = QRectF(x - 3, y - metrics.height() - 1, width + 6, metrics.height())
                    painter.drawText(
                        box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, labels[(s, index)]
                    )

    def _paint_lines(self, painter: QPainter, plot: QRectF, top: float, small: QFont, text: QColor) -> None:
        slot = plot.width() / len(self._months)
        for s, item in enumerate(self._series):
            points = [
                QPointF(self.slot_rect(i).center().x(), self._y(v, plot, top)) if v is not None else None
                for i, v in enumerate(item.values)
            ]
            path = QPainterPath()
            pen_down = False
            for point in points:
                if point is None:
                    pen_down = False
                elif pen_down:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    pen_down = True
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                QPen(
                    item.color, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
                )
            )
            painter.drawPath(path)
            painter.setBrush(item.color)
            painter.setPen(Qt.PenStyle.NoPen)
            for point in points:
                if point is not None:
                    painter.drawEllipse(point, 3.0, 3.0)
            if s != len(self._series) - 1:
                continue  # only the main (last) series gets value labels: two rows would collide
            labels = [kpi_text.compact_text(v, self._unit) if v else "" for v in item.values]
            font = self._fitting_font([t for t in labels if t], slot - 2, small)
            if font is None:
                continue
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(text)
            for point, label in zip(points, labels, strict=True):
                if point is not None and label:
                    box = QRectF(
                        point.x() - slot / 2 - 2, point.y() - metrics.height() - 4, slot + 4, metrics.height()
                    )
                    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
