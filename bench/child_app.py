"""Measured child: the real app's start on the large dataset, up to an interactive task table.

``python -m bench.child_app DB INI`` starts the app the way ``desktop.gui.app.run_gui`` does - the
bundled font, translations, then :class:`desktop.gui.app.Startup` - with settings in a fresh INI
file so the user's own settings play no part.

Two moments are reported (see bench/child_common.py):

- first interactive window: the first window is shown with the first company's task rows
  (read-only: scroll, sort, filter, switch company), then one more event-loop pass;
- full window: the main window has replaced it (the database is open, editing is possible) and its
  task page has loaded its own rows, then one more event-loop pass. Peak memory is read here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from bench.child_common import failed, ready, shown

GIVE_UP_MS = 50_000


def main(db_path: Path, ini_path: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer

    from desktop.gui.app import Startup, build_application
    from desktop.gui.settings import Settings

    settings = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
    app = build_application(sys.argv, settings)
    startup = Startup(db_path, settings)

    def first_shown(first: Any) -> None:
        if not first.has_rows():
            failed("the first window showed no task rows")
        QTimer.singleShot(0, shown)

    def full(window: Any) -> None:
        page = window.task_page
        reported = False

        def check() -> None:
            nonlocal reported
            if page.model.total_count() > 0 and not reported:
                reported = True
                QTimer.singleShot(0, ready)

        page.sig_rows_loaded.connect(check)

    startup.sig_first_shown.connect(first_shown)
    startup.sig_ready.connect(full)
    startup.sig_failed.connect(lambda exc: failed(f"the database did not open: {exc}"))
    QTimer.singleShot(GIVE_UP_MS, lambda: failed("the task table never showed rows"))
    startup.start()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
