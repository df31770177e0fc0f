"""Starting the desktop app: QApplication, language, bundled font, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.db import Database, open_database
from desktop.core.errors import DatabaseOpenError
from desktop.core.paths import resource_path
from desktop.gui import messages
from desktop.gui.fonts import apply_app_font, load_bundled_fonts
from desktop.gui.i18n import install_translators
from desktop.gui.settings import Settings

APP_NAME = "Machishigoto"


def build_application(
    argv: list[str], settings: Settings | None = None, lang: str | None = None
) -> QApplication:
    """The QApplication with our font and translations (reuses an existing instance, as in tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = settings or Settings()
    install_translators(app, lang or settings.language)  # i18n keeps them alive
    apply_app_font(app, load_bundled_fonts(), settings.font_scale)
    app.setWindowIcon(QIcon(str(resource_path("icons", "machishigoto.svg"))))
    return app


def open_or_explain(path: Path) -> Database | None:
    """Open the database, or tell the user in their language why not (never a traceback)."""
    try:
        return open_database(path)
    except DatabaseOpenError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Machishigoto"), messages.open_error(exc))
        return None


def run_gui(db_path: Path, lang: str | None = None, open_bundle: Path | None = None) -> int:
    """Run the app on ``db_path`` until the window closes; returns the exit code.

    ``open_bundle``: a sync file to import once the window is up (a double-clicked .mshg file).
    """
    from desktop.gui.main_window import MainWindow

    settings = Settings()
    app = build_application(sys.argv, settings, lang)
    db = open_or_explain(db_path)
    if db is None:
        return 2
    window = MainWindow(db, settings)
    window.show()
    if open_bundle is not None:
        window.bundles.import_from(open_bundle)
    try:
        return app.exec()
    finally:
        db.close()
