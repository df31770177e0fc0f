"""Guards against Qt binding bugs that have bitten us (PySide6 6.12.0 freed True after ~3,500 edits)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_changed = Signal(object)
    """Something changed."""


def test_signal_emit_does_not_leak_references_to_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.sig_changed.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5_000):
        emitter.sig_changed.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == 5_000
    assert abs(after - before) < 100, f"True lost {before - after} references over 5,000 emits"
