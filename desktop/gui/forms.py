"""Small helpers every form shares: mnemonics, message labels, the red border of invalid fields."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.errors import FieldError

ERROR_COLOR = "#c62828"
SAVED_COLOR = "#2e7d32"
INVALID_STYLE = f'*[invalid="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; }}'
ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"


def with_mnemonic(label: str, key: str) -> str:
    """ "Name" -> "&Name"; "会社名" -> "会社名(&N)", as Japanese software writes mnemonics."""
    label = label.replace("&", "&&")
    index = label.lower().find(key.lower()) if label.isascii() else -1
    return f"{label[:index]}&{label[index:]}" if index >= 0 else f"{label}(&{key.upper()})"


def shortcut_action(
    owner: QWidget,
    text: str,
    tip: str,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    """An action added to ``owner`` whose shortcut works while ``owner`` (with ``context``
    WidgetWithChildrenShortcut: or a child of it) has the focus."""
    action = QAction(text, owner)
    action.setToolTip(tip)
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def message_label(color: str) -> QLabel:
    """A hidden, wrapping label for errors or confirmations (in words; the colour only helps)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {color};")
    label.hide()
    return label


def mark_invalid(widget: QWidget, invalid: bool, reason: str = "") -> None:
    """Give ``widget`` the red border of INVALID_STYLE (or take it away), with the reason as tooltip."""
    widget.setToolTip(reason)
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def parse_count(text: str) -> int | None:
    """A whole number as people type it (full-width digits, thousands commas); None when empty.

    Raises ValueError for anything else, which the form reports as "not valid"."""
    digits = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    return int(digits) if digits else None


def form_values(
    names: list[str], numbers: frozenset[str], text_of: Callable[[str], str]
) -> tuple[dict[str, object], list[FieldError]]:
    """The stripped text of each field, whole numbers for ``numbers`` (None when empty), and an
    "invalid" error for each number field that holds something else (its value left out)."""
    values: dict[str, object] = {}
    errors: list[FieldError] = []
    for name in names:
        text = text_of(name).strip()
        if name not in numbers:
            values[name] = text
            continue
        try:
            values[name] = parse_count(text)
        except ValueError:
            errors.append(FieldError(name, "invalid"))
    return values, errors
