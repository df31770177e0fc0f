"""Undoable changes made through core services."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import DatabaseOpenError, NotFound, ValidationError
from desktop.gui import messages
from desktop.gui.context import AppContext

ErrorHandler = Callable[[BaseException], None]


class ServiceCommand(QUndoCommand):
    """A change on the undo stack: ``forward()`` makes it, ``backward()`` reverts it.

    A change core refuses (validation, a row deleted meanwhile) is reported through ``on_error``
    and the command leaves the stack. With ``done=True`` the caller has already made the change
    (to learn synchronously whether it was refused), so the first ``redo`` from ``push`` is skipped.

    The stack owns its commands, so they hold the context and the error handler only weakly: a
    strong reference would make a cycle that Python's collector may free on the task runner's thread.
    """

    def __init__(
        self, ctx: AppContext, text: str, tables: tuple[str, ...], on_error: ErrorHandler, done: bool = False
    ) -> None:
        super().__init__(text)
        self._db = ctx.db
        self._ctx = weakref.ref(ctx)
        self._tables = tables
        self._on_error = weakref.WeakMethod(on_error) if hasattr(on_error, "__self__") else lambda: on_error
        self._skip_redo = done

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (ValidationError, NotFound) as exc:
            self.setObsolete(True)  # QUndoStack then drops this command instead of keeping it
            self._report(exc)
            return False
        except DatabaseOpenError as exc:  # the file refused the write (disk full, read-only, locked)
            self.setObsolete(True)
            text = messages.open_error(exc)
            QTimer.singleShot(0, lambda: QMessageBox.warning(None, "Machishigoto", text))
            return False
        finally:
            ctx = self._ctx()
            if ctx is not None:
                ctx.notify(*self._tables)
        return True

    def _report(self, error: BaseException) -> None:
        handler = self._on_error()
        if handler is not None:
            QTimer.singleShot(0, lambda: handler(error))  # later, not inside QUndoStack.push or undo
