"""Baseline child: a bare PySide6 window, started exactly like the app child.

``python -m bench.child_bare``: a QApplication and an empty QMainWindow of the main window's size,
shown; when the event loop has processed its first events it reports ready. This is the least any
PySide6 app can do to show a window, on the same interpreter and machine.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from bench.child_common import ready


def main() -> None:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main()
