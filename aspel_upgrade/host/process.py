"""Ending this process at once, with its exit code, whatever its other threads are doing.

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
import sys
from typing import NoReturn


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
