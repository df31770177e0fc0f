"""Measured child: the real app's start on the large dataset, up to an interactive task table.

``python -m bench.child_app DB INI`` does what ``desktop.gui.app.run_gui`` does - import the main
window, ``build_application`` (bundled font, translations), ``open_database``, ``MainWindow(db,
settings)``, ``show()`` - with settings in a fresh INI file so the user's own settings play no part.

"Interactive" means the window is shown and the task table shows its rows. The task page loads
rows on the task runner and says so with ``sig_rows_loaded``; the child waits for the emission
that leaves rows in the model (the page also emits once, empty, before a company is chosen), then
lets the event loop run once more (``QTimer.singleShot(0, ...)``, as the bare child does) and
reports ready.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.child_common import failed, ready

GIVE_UP_MS = 50_000


def main(db_path: Path, ini_path: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer

    from desktop.core.db import open_database
    from desktop.gui.app import build_application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    settings = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
    app = build_application(sys.argv, settings)
    db = open_database(db_path)
    window = MainWindow(db, settings)
    window.show()

    page = window.task_page
    reported = False

    def check() -> None:
        nonlocal reported
        loaded = page.model.total_count() > 0 or not window.ctx.company_id
        if loaded and not reported:
            reported = True
            QTimer.singleShot(0, ready)

    page.sig_rows_loaded.connect(check)
    check()
    QTimer.singleShot(GIVE_UP_MS, lambda: failed("the task table never showed rows"))
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
