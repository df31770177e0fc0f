"""Typed user settings over QSettings: one registry, defaults in one place, passed in (no globals)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES

FONT_SCALES = (1.0, 1.25, 1.5, 2.0)


class Settings:
    """User preferences (language, font scale) apart from window state."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings("Machishigoto", "Machishigoto")

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._store.setValue("ui/language", value)

    @property
    def font_scale(self) -> float:
        try:
            value = float(self._store.value("ui/font_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return value if value in FONT_SCALES else 1.0

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        if value not in FONT_SCALES:
            raise ValueError(value)
        self._store.setValue("ui/font_scale", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved geometry and dock/toolbar state, if any."""
        geometry = self._store.value("window/geometry")
        state = self._store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def sync(self) -> None:
        self._store.sync()
