"""The bundled BIZ UDGothic as the application font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resource_path

FONT_FILES = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf")
BASE_POINT_SIZE = 10.0


def load_bundled_fonts() -> str:
    """Register the bundled fonts; returns the family name (raises if the font is missing)."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"bundled font missing: {name}")
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def apply_app_font(app: QApplication, family: str, scale: float) -> None:
    """Make the bundled family the application font at ``scale`` times the base size."""
    font = QFont(family)
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
