"""Starting the desktop app: QApplication, language, bundled font, database, main window."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import DatabaseOpenError
from desktop.core.first_view import read_first_view
from desktop.core.paths import resource_path
from desktop.core.session_lock import SessionLock
from desktop.gui import messages
from desktop.gui.first_window import FirstWindow
from desktop.gui.fonts import apply_app_font, load_bundled_fonts
from desktop.gui.i18n import install_translators
from desktop.gui.settings import Settings

if TYPE_CHECKING:
    from desktop.core.db import Database
    from desktop.gui.main_window import MainWindow

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
    from desktop.core.db import open_database

    try:
        return open_database(path)
    except DatabaseOpenError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Machishigoto"), messages.open_error(exc))
        return None


def take_lock_or_explain(db_path: Path) -> SessionLock | None:
    """This window's lock on the database, or a message why another window has it."""
    try:
        return SessionLock.acquire(db_path)
    except DatabaseOpenError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Machishigoto"), messages.open_error(exc))
        return None


def recover_if_damaged(db_path: Path) -> bool:
    """After a crash or power cut: check the file before anything writes to it. A damaged file is
    never opened; the user is offered the newest good backup (the damaged file is kept aside).
    Returns whether the app may go on opening ``db_path``."""
    from desktop.core.backup import integrity_problems, newest_good_backup, restore_backup

    problems = integrity_problems(db_path)
    if not problems:
        return True
    title = QApplication.translate("App", "Machishigoto")
    good = newest_good_backup(db_path)
    if good is None:
        QMessageBox.critical(None, title, messages.damaged_without_backup(db_path))
        return False
    answer = QMessageBox.question(
        None,
        title,
        messages.damaged_offer_restore(db_path, good.created),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    kept = restore_backup(db_path, good.path)
    QMessageBox.information(None, title, messages.restored_from_backup(good.created, kept))
    return True


DAILY_BACKUP_DELAY_MS = 20_000


def schedule_daily_backup(window: MainWindow, delay_ms: int = DAILY_BACKUP_DELAY_MS) -> None:
    """The day's first start keeps a backup (rotated), on the task runner once the window has
    settled, so that it never delays the pages' first loads."""
    from desktop.core.backup import daily_backup_if_due

    ctx = window.ctx

    def start() -> None:
        ctx.runner.submit(
            QApplication.translate("App", "Daily backup"),
            lambda job: daily_backup_if_due(ctx.db.path, progress=job.progress),
            lambda _made: None,
            lambda exc: window.statusBar().showMessage(messages.backup_failed(exc), 10_000),
        )

    QTimer.singleShot(delay_ms, window, start)


class Startup(QObject):
    """Start-up in two steps, so that the owner sees their data at once.

    1. The first window (Qt and the standard library only; :mod:`desktop.gui.first_window`) shows
       the companies and a task list read with sqlite3.
    2. Meanwhile a thread imports the database layer and the main window's modules and opens the
       database (migrating it if the app was updated, with its backup). Back on the GUI thread the
       main window is built, takes over the first window's state and replaces it.

    ``sig_first_shown`` and ``sig_ready`` (the main window) mark the two steps; ``sig_failed``
    carries the error of an open that failed (already explained to the user).
    """

    sig_first_shown = Signal(object)
    sig_ready = Signal(object)
    sig_failed = Signal(object)
    _sig_opened = Signal(object)  # from the loading thread: a Database or the exception

    def __init__(self, db_path: Path, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.settings = settings
        self.first: FirstWindow | None = None
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.first_company = ""
        self._sig_opened.connect(self._opened)

    def start(self) -> None:
        view = read_first_view(self.db_path)
        self.first_company = view.company_id if view else ""
        self.first = FirstWindow(self.db_path, view, self.settings)
        self.first.show()
        self.sig_first_shown.emit(self.first)
        threading.Thread(target=self._open, name="open-database", daemon=True).start()

    def _open(self) -> None:
        try:
            import desktop.gui.main_window  # noqa: F401  (the modules the main window needs, here)
            from desktop.core.db import open_database

            db = open_database(self.db_path)
        except BaseException as exc:  # shown on the GUI thread
            self._sig_opened.emit(exc)
            return
        with contextlib.suppress(Exception):  # only a head start: the window reads again, explains
            _warm_up(db, self.first_company)
        self._sig_opened.emit(db)

    def _opened(self, result: object) -> None:
        from desktop.core.db import Database
        from desktop.gui.main_window import MainWindow

        first = self.first
        assert first is not None
        if not isinstance(result, Database):
            first.hide()
            if isinstance(result, DatabaseOpenError):
                text = messages.open_error(result)
            else:
                text = messages.unexpected_open_error(result)
            QMessageBox.critical(None, QApplication.translate("App", "Machishigoto"), text)
            first.close()
            self.sig_failed.emit(result)
            return
        self.db = result
        window = MainWindow(result, self.settings, carried=first.carried_over())
        window.setGeometry(first.geometry())
        window.show()
        first.close()
        first.deleteLater()
        self.first = None
        self.window = window
        self.sig_ready.emit(window)


def _warm_up(db: Database, company_id: str) -> None:
    """The reads the main window makes as it is built, once on the loading thread: SQLAlchemy
    compiles each statement the first time it runs (tens of ms each), which would otherwise happen
    on the window's thread while the owner is already reading the first window."""
    from desktop.core.services.companies import get_company, list_companies
    from desktop.core.sync.service import sync_status

    sync_status(db, count_waiting=False)
    list_companies(db)
    if company_id:
        get_company(db, company_id)


def run_gui(db_path: Path, lang: str | None = None, open_bundle: Path | None = None) -> int:
    """Run the app on ``db_path`` until the window closes; returns the exit code.

    ``open_bundle``: a sync file to import once the window is up (a double-clicked .mshg file).
    """
    settings = Settings()
    app = build_application(sys.argv, settings, lang)
    db_path = Path(db_path).expanduser().resolve()
    lock = take_lock_or_explain(db_path)
    if lock is None:
        return 2
    try:
        if lock.unclean and db_path.exists() and not recover_if_damaged(db_path):
            return 2
        startup = Startup(db_path, settings)
        failed: list[object] = []

        def ready(window: MainWindow) -> None:
            schedule_daily_backup(window)
            if open_bundle is not None:
                window.bundles.import_from(open_bundle)

        def fail(exc: object) -> None:
            failed.append(exc)
            app.exit(2)

        startup.sig_ready.connect(ready)
        startup.sig_failed.connect(fail)
        startup.start()
        try:
            code = app.exec()
        finally:
            if startup.db is not None:
                startup.db.close()
        return 2 if failed else code
    finally:
        lock.release()
