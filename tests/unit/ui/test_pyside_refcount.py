"""Guards against a PySide6 build that miscounts references on Signal.emit().

PySide6 6.12.0 drops a reference to ``True`` on every emit from Python; after enough
emissions CPython aborts ("bool_dealloc: deallocating True or False"). The project
excludes that release; this test fails clearly if such a build comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()


def test_signal_emit_keeps_the_refcount_of_true() -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.changed.emit()
    assert sys.getrefcount(True) - before > -50
