"""GUI fixtures: the app with its bundled font and Japanese translations, settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.core.db import Database
from desktop.gui.app import build_application
from desktop.gui.context import AppContext
from desktop.gui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def gui_app(qapp: QApplication, settings: Settings) -> QApplication:
    return build_application([], settings, lang="ja")


@pytest.fixture
def ctx(gui_app: QApplication, db: Database, settings: Settings) -> Iterator[AppContext]:
    context = AppContext(db, settings)
    yield context
    context.runner.shutdown()
