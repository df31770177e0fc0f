"""Entry script of the frozen app (PyInstaller): ``machishigoto[.exe] [--self-test | ARGS...]``.

``--self-test`` runs :func:`desktop.selftest.run_self_test` (handled here as well as in the command
line, so a bundle can always check itself); everything else goes to :func:`desktop.cli.main`
unchanged, including a sync bundle (``.mshg``) path passed by the Windows file association.

For the bench only: with ``MACHISHIGOTO_READY_MARKER`` set, the first time the main window has been
shown and the event loop has run once more, the line ``BENCH-READY <peak RSS KiB>`` is printed and
the process ends at once (``bench/bundle.py`` times frozen and source starts with it).
"""

from __future__ import annotations

import os
import sys

SELF_TEST = "--self-test"
READY_ENV = "MACHISHIGOTO_READY_MARKER"
MARKER = "BENCH-READY"


def _peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _install_ready_marker() -> None:
    """Report readiness once the main window (which replaces the first window) is shown and one
    more event-loop pass ran (bench)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)  # build_application reuses it

    def ready() -> None:
        if sys.stdout is not None:  # None in a windowed Windows build
            sys.stdout.write(f"{MARKER} {_peak_rss_kib()}\n")
            sys.stdout.flush()
        os._exit(0)

    class ShowWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            # The main window itself, not the first window shown while the database opens: the
            # frozen row compares the whole start, every import of the database layer included.
            if event.type() == QEvent.Type.Show and type(watched).__name__ == "MainWindow":
                app.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    watcher = ShowWatcher(app)
    app.installEventFilter(watcher)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if SELF_TEST in args:
        from desktop.selftest import run_self_test

        return run_self_test()
    if os.environ.get(READY_ENV):
        _install_ready_marker()
    from desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
