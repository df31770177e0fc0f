"""``python -m desktop.gui.screenshots OUT``: PNGs of every page (offscreen, bundled font).

Runs on a fresh temporary database with the small demo data, in Japanese and in English, so a
person can look at what an owner sees without a display.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import demo
from desktop.core.db import open_database
from desktop.core.first_view import read_first_view
from desktop.core.services.inventory import STEPS
from desktop.core.services.tasks import list_tasks
from desktop.gui.app import build_application
from desktop.gui.first_window import FirstWindow
from desktop.gui.i18n import install_translators
from desktop.gui.settings import Settings

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

SIZE = (1280, 800)


def settle(ms: int = 150) -> None:
    """Let queued work (row loading, layout) finish before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot(out: Path, lang: str, workdir: Path) -> None:
    from desktop.gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, lang)
    settings = Settings(QSettings(str(workdir / f"{lang}.ini"), QSettings.Format.IniFormat))
    db = open_database(workdir / f"{lang}.sqlite3")
    demo.load_small(db)
    first = FirstWindow(db.path, read_first_view(db.path), settings)  # while the database opens
    first.resize(*SIZE)
    first.show()
    save(first, out / f"{lang}-00-first-window.png")
    first.close()
    window = MainWindow(db, settings)
    window.resize(*SIZE)
    window.show()
    try:
        for index, _title in enumerate(window.page_titles()):
            window.show_page(index)
            name = type(window.pages.widget(index)).__name__.removesuffix("Page").lower()
            save(window, out / f"{lang}-{index + 1:02d}-{name}.png")
        window.show_page(window.pages.indexOf(window.wizard_page))
        for number, step in enumerate(STEPS, start=1):
            window.wizard_page.go_to(step)
            save(window, out / f"{lang}-wizard-{number}-{step}.png")
        window.show_page(window.pages.indexOf(window.task_page))
        page = window.task_page
        page.table.selectRow(0)
        dialog = page.edit_task()
        if dialog is not None:
            dialog.resize(760, 820)
            save(dialog, out / f"{lang}-task-dialog.png")
            dialog.reject()
        window.show_conflicts()
        save(window, out / f"{lang}-conflicts.png")
        _workforce_dialogs(window, out, lang)
    finally:
        window.close()
        db.close()


def _workforce_dialogs(window: MainWindow, out: Path, lang: str) -> None:
    """The worker form and the matching dialog of a task that needs a team."""
    from desktop.core.services.assignments import list_assignments
    from desktop.gui.match_dialog import MatchDialog

    window.show_page(window.pages.indexOf(window.workers_page))
    window.workers_page.table.selectRow(0)
    dialog = window.workers_page.edit_worker()
    if dialog is not None:
        dialog.resize(900, 760)
        save(dialog, out / f"{lang}-worker-dialog.png")
        dialog.reject()
    assigned = {a.task_id for a in list_assignments(window.ctx.db)}
    task_id = next(
        (r.id for r in list_tasks(window.ctx.db, window.ctx.company_id) if r.id not in assigned), None
    )
    if task_id is not None:
        match = MatchDialog(window.ctx, task_id, window)
        match.resize(1280, 800)
        match.show()
        save(match, out / f"{lang}-match-dialog.png")
        match.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        build_application([], Settings(QSettings(str(workdir / "app.ini"), QSettings.Format.IniFormat)))
        for lang in ("ja", "en"):
            shoot(out, lang, workdir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
