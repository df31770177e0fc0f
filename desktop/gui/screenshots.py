"""``python -m desktop.gui.screenshots OUT``: PNGs of every page (offscreen, bundled font).

Runs on a fresh temporary database with the small demo data, in Japanese and in English, so a
person can look at what an owner sees without a display.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import demo
from desktop.core.db import open_database
from desktop.core.services.inventory import STEPS
from desktop.gui.app import build_application
from desktop.gui.i18n import install_translators
from desktop.gui.settings import Settings

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
    finally:
        window.close()
        db.close()


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
