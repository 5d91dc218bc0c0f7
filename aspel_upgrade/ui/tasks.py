"""Blocking portal calls on a QThreadPool; results come back as signals on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("aspel_upgrade.ui")

# Runners abandoned with calls still running: kept alive here, because destroying a
# QThreadPool waits for its threads, and a closed window must not wait for a slow portal.
_ABANDONED: list[TaskRunner] = []


class Task(QObject):
    """One call in flight. ``cancel()`` drops its result; the call itself runs to its end."""

    _finished = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self.cancelled = False
        self.running = True
        # Queued: the worker emits, this object (living on the GUI thread) receives.
        # (QtCore.Qt is spelled out at call time: touching the Qt namespace costs ~15 ms,
        # which start-up should not pay before the first paint.)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._finished.connect(self._deliver_done, queued)
        self._failed.connect(self._deliver_error, queued)

    def cancel(self) -> None:
        self.cancelled = True

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.running = False
        if not self.cancelled:
            self._on_done(result)
        self.deleteLater()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.running = False
        if not self.cancelled:
            assert isinstance(error, BaseException)
            self._on_error(error)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # everything goes back to the GUI thread to be shown
            self._task._failed.emit(exc)
        else:
            self._task._finished.emit(result)


class TaskRunner(QObject):
    """Owns the pool so that closing the app can wait for (or abandon) work in flight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[[], object],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        task = Task(on_done, on_error, self)
        self._tasks.add(task)
        task.destroyed.connect(lambda: self._tasks.discard(task))
        self.pool.start(_Job(fn, task))
        return task

    def abandon(self) -> None:
        """The window closed: drop every answer still to come and start nothing queued.

        Calls already running finish on their own (each is bounded by the portal client's
        deadline); the process does not wait for them (see launch.cli.entry).
        """
        for task in list(self._tasks):
            task.cancel()
        self.pool.clear()
        if self.pool.activeThreadCount() and self not in _ABANDONED:
            _ABANDONED.append(self)

    def idle(self) -> bool:
        """No call running, none queued, no answer still to deliver."""
        return not self._tasks and self.pool.activeThreadCount() == 0

    def wait(self, msecs: int = -1) -> bool:
        return bool(self.pool.waitForDone(msecs))
