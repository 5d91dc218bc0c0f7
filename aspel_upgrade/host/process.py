"""Ending this process: at once with its exit code, or when asked to from outside.

A request to end from outside (SIGTERM on Linux and macOS: an installer giving up, a
service manager, a session logging out) is caught (``catch_termination``) and handed to
whoever listens (``on_termination``): the wizard then ends as closing its window does,
and the installer still gets its result file and exit code. Windows sends no SIGTERM to
a window's process (it closes the window, which the wizard already handles).


When the window closes, a portal call or the warm-up may still be running on a worker
(ui/tasks.py abandons them). ``os._exit`` is not "at once" on Windows: it calls
ExitProcess, which waits for the loader lock, kills the other threads wherever they are,
then runs every DLL's clean-up (Qt's and the C runtime's static destructors among them).
A worker holding the loader lock (importing a ``.pyd``), or a lock that clean-up needs,
keeps the process alive, and the installer waiting for its exit code with it
(tests/unit/host/test_process.py). TerminateProcess runs no one's clean-up; what the run
writes (result file, logs, standard streams) is written and flushed before this is called."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import NoReturn

_listeners: list[Callable[[], None]] = []
_requested: list[int] = []  # the signals heard (none: no request to end)


def catch_termination() -> Callable[[], None]:
    """From now on SIGTERM asks the run to end instead of killing the process; returns the
    undo. (Python runs the handler on the main thread, between two of its steps: see
    ``ui.app.wake_on_signals`` for a Qt loop that is waiting in C.)"""
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        return lambda: None
    _requested.clear()
    previous = signal.signal(signal.SIGTERM, _heard)

    def undo() -> None:
        signal.signal(signal.SIGTERM, previous)
        _listeners.clear()

    return undo


def _heard(signum: int, frame: FrameType | None) -> None:
    _requested.append(signum)
    for listener in list(_listeners):
        listener()


def on_termination(listener: Callable[[], None]) -> None:
    """``listener()`` runs (on the main thread) when the run is asked to end; at once if
    it was asked already."""
    _listeners.append(listener)
    if _requested:
        listener()


def end_now(code: int) -> NoReturn:
    """End the process with ``code``; nothing else runs, on any thread."""
    if sys.platform == "win32":
        # _winapi is built into Python on Windows: nothing to load (loading a DLL waits for
        # the loader lock, which a worker importing a .pyd may hold).
        import _winapi

        _winapi.TerminateProcess(_winapi.GetCurrentProcess(), code)
        # Not reached: it ends the calling thread too. Were it refused, the usual way out
        # is still better than going on.
    os._exit(code)
