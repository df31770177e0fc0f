"""The editor of a worker's weekly time windows (e.g. 平日10-15時 for a parent of school children)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.workforce import TimeWindow, weekly_window_hours

_TIME_FORMAT = "HH:mm"
_END_OF_DAY = "24:00"  # allowed in a stored window; a QTimeEdit stops at 23:59


def _qtime(text: str) -> QTime:
    if text == _END_OF_DAY:
        return QTime(23, 59)
    hours, minutes = text.split(":")
    return QTime(int(hours), int(minutes))


class WindowRow(QWidget):
    """One window: seven day boxes (Mon..Sun), a start and an end time, and a remove button."""

    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, window: TimeWindow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        short = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        full = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.day_boxes: list[QCheckBox] = []
        for label, name in zip(short, full, strict=True):
            box = QCheckBox(label)
            box.setAccessibleName(name)
            box.toggled.connect(self.sig_changed)
            self.day_boxes.append(box)
            layout.addWidget(box)
        layout.addSpacing(6)
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("Until"))):
            edit.setDisplayFormat(_TIME_FORMAT)
            edit.setAccessibleName(name)
            edit.timeChanged.connect(self.sig_changed)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end_edit)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this time window"))
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self._stored_end = ""
        self.set_window(window or TimeWindow((0, 1, 2, 3, 4), "10:00", "15:00"))

    def set_window(self, window: TimeWindow) -> None:
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in window.days)
        self.start_edit.setTime(_qtime(window.start))
        self.end_edit.setTime(_qtime(window.end))
        self._stored_end = window.end

    def time_window(self) -> TimeWindow:
        days = tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        end = self.end_edit.time().toString(_TIME_FORMAT)
        if self._stored_end == _END_OF_DAY and end == "23:59":
            end = _END_OF_DAY  # untouched: keep what was stored
        return TimeWindow(days, self.start_edit.time().toString(_TIME_FORMAT), end)


class TimeWindowEditor(QWidget):
    """Rows of :class:`WindowRow`, an add button, presets, and the hours a week they cover."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WindowRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("No fixed hours: any time by arrangement."))
        self.add_button = QPushButton(self.tr("Add time &window"))
        self.add_button.setToolTip(self.tr("Add a weekly time window (days and hours)"))
        self.add_button.clicked.connect(lambda: self.add_window(None))
        self.preset_button = QPushButton(self.tr("Pre&sets"))
        self.preset_button.setToolTip(self.tr("Add a common pattern"))
        menu = QMenu(self.preset_button)
        weekdays = (0, 1, 2, 3, 4)
        presets = (
            (self.tr("Weekdays 10:00–15:00 (school hours)"), TimeWindow(weekdays, "10:00", "15:00")),
            (self.tr("Weekdays 9:00–17:00"), TimeWindow(weekdays, "09:00", "17:00")),
            (self.tr("Weekday mornings 9:00–12:00"), TimeWindow(weekdays, "09:00", "12:00")),
            (self.tr("Weekday evenings 19:00–22:00"), TimeWindow(weekdays, "19:00", "22:00")),
            (self.tr("Weekends 9:00–17:00"), TimeWindow((5, 6), "09:00", "17:00")),
        )
        for label, window in presets:
            menu.addAction(label, partial(self.add_window, window))
        self.preset_button.setMenu(menu)
        self.hours_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.preset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hours_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_layout)
        layout.addLayout(buttons)
        self._update()

    def windows(self) -> tuple[TimeWindow, ...]:
        return tuple(row.time_window() for row in self.rows)

    def set_windows(self, windows: Sequence[TimeWindow]) -> None:
        for row in list(self.rows):
            self._remove(row, focus=False)
        for window in windows:
            self.add_window(window, focus=False)
        self._update()

    def add_window(self, window: TimeWindow | None, focus: bool = True) -> WindowRow:
        row = WindowRow(window)
        row.sig_changed.connect(self._update)
        row.sig_remove.connect(lambda r: self._remove(r))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._update()
        if focus:
            row.day_boxes[0].setFocus()
        return row

    def _remove(self, row: WindowRow, focus: bool = True) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update()
        if focus:
            (self.rows[-1].day_boxes[0] if self.rows else self.add_button).setFocus()

    def _update(self) -> None:
        self.empty_label.setVisible(not self.rows)
        try:
            valid = [w for w in self.windows() if w.days and w.minutes_per_day > 0]
        except ValueError:
            valid = []
        hours = QLocale().toString(weekly_window_hours(valid), "f", 1)
        self.hours_label.setText(self.tr("{hours} hours a week in these windows").format(hours=hours))
        self.sig_changed.emit()
