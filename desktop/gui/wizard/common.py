"""What every step of the guided inventory shares: the step base class, big clear text, numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.forms import ERROR_COLOR, SAVED_COLOR

TEXT_SCALE = 1.15
"""The wizard's text is this much larger than the rest of the app: it is read together, at arm's length."""
HEADING_SCALE = 1.45
HINT_COLOR = "#555555"
BOLD = "font-weight: bold;"
ROOMY_STYLE = """
QTreeView::item, QListView::item { padding: 5px 2px; }
QTreeView::indicator, QTableView::indicator, QCheckBox::indicator, QRadioButton::indicator {
    width: 18px; height: 18px;
}
"""
"""Rows and tick boxes big enough to hit without a steady hand."""


translate = QCoreApplication.translate


def scaled_font(scale: float, bold: bool = False) -> QFont:
    """The application font (which follows View > Text size) times ``scale``."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(TEXT_SCALE * HEADING_SCALE, bold=True))
    label.setWordWrap(True)
    return label


def intro(text: str = "") -> QLabel:
    """The one or two sentences under a heading that say what to do on the step."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def status_label() -> QLabel:
    """A line that says what just happened ("Saved", "Removed ... Undo: Ctrl+Z") or what is wrong."""
    label = QLabel()
    label.setWordWrap(True)
    return label


def show_status(label: QLabel, text: str, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {ERROR_COLOR if error else SAVED_COLOR}; font-weight: bold;")
    label.setVisible(bool(text))


def hours_text(hours: float) -> str:
    return QLocale().toString(float(hours), "f", 1)


def undo_keys() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


def error_text(exc: BaseException) -> str:
    """A refusal of core in words, for any step."""
    if isinstance(exc, ValidationError):
        return "\n".join(field_error(e) for e in exc.errors)
    if isinstance(exc, NotFound):
        return translate(
            "Wizard", "This was removed meanwhile (perhaps on another PC). The screen was refreshed."
        )
    return translate("Wizard", "That did not work: {error}").format(error=exc)


def field_error(error: FieldError) -> str:
    """messages.field_error, plus the fields only the wizard writes."""
    if error.field == "ecrs_saved_minutes":
        if error.limit == 0:
            return translate(
                "Wizard", "Minutes saved can only be given when the task is improved (E, C, R or S)."
            )
        return translate(
            "Wizard", "Minutes saved a month can be at most {limit}, the time the task takes."
        ).format(limit=error.limit)
    return messages.field_error(error)


class StepWidget(QWidget):
    """One step of the guided inventory. The page shows its title and intro above it and calls
    ``refresh`` whenever it is shown or the data changed, and ``leave`` before moving on."""

    code = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def instructions(self) -> str:
        """What to do on this step, in one or two plain sentences."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the current company's data again."""

    def leave(self) -> bool:
        """Called before the page moves on with Next; False keeps the user here (the reason is shown)."""
        return True

    def first_focus(self) -> QWidget | None:
        """The control that gets the keyboard focus when the step is shown."""
        return None
