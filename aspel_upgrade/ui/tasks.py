"""Blocking portal calls on a QThreadPool; results come back as signals on the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..flow.problems import FlowProblem
from ..portal.errors import PortalError

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
        on_done = self._forget_callbacks()[0]
        if not self.cancelled:
            on_done(result)
        self.deleteLater()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self.running = False
        on_error = self._forget_callbacks()[1]
        if not self.cancelled:
            assert isinstance(error, BaseException)
            on_error(error)
        self.deleteLater()

    def _forget_callbacks(self) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """Delivered once: the callbacks (and what their closures hold: a password typed)
        are let go now, not whenever Qt deletes this object."""
        callbacks = (self._on_done, self._on_error)
        self._on_done, self._on_error = _dropped, _dropped
        return callbacks


def _dropped(_value: object) -> None:
    """What a delivered task's callbacks become."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], task: Task) -> None:
        super().__init__()
        self._fn: Callable[[], object] | None = fn
        self._task = task

    def run(self) -> None:
        fn, self._fn = self._fn, None  # run once; its closure (a password…) goes with it
        assert fn is not None
        try:
            result = fn()
        except BaseException as exc:  # everything goes back to the GUI thread to be shown
            del fn
            _without_locals(exc)
            self._task._failed.emit(exc)
        else:
            del fn
            self._task._finished.emit(result)


def _without_locals(error: BaseException) -> None:
    """Let go of the frames (and their variables) an error passed through.

    An error is kept after it is shown (the flow's last error, the report's dialog), and
    its traceback kept every frame of the call alive: the password given to the log-in, the
    request holding it, the closure that made the call. A typed failure (the portal's, the
    flow's) is told by its code and fields alone; any other is written out now for its
    report (``REPORT_STACK``: files, lines and names, no values). Then the tracebacks go,
    the error's and those of the errors it replaced.
    """
    if not isinstance(error, PortalError | FlowProblem):
        setattr(error, REPORT_STACK, "".join(traceback.format_exception(error)))
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        item.__traceback__ = None
        todo += [item.__cause__, item.__context__]


REPORT_STACK = "_aspel_upgrade_stack"  # an error's stack, written out before its frames went


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
