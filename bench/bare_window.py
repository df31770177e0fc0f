"""The bare PySide6 window app of the bundle rows: bundled like the app, it is their baseline.

A QApplication and an empty QMainWindow of the main window's size, shown. With
``MACHISHIGOTO_READY_MARKER`` set it prints ``BENCH-READY 0`` once the window is shown and the event
loop has run once more, then ends (the bench times it); otherwise it runs until closed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)
    window.show()
    if os.environ.get("MACHISHIGOTO_READY_MARKER"):

        def ready() -> None:
            sys.stdout.write("BENCH-READY 0\n")
            sys.stdout.flush()
            os._exit(0)

        QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
