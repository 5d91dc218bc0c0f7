"""A windowed Windows .exe has no console; when started from cmd or PowerShell, use theirs.

So ``aspel-upgrade --diagnose`` (and ``--version``, ``--help``, command-line errors) print
where a help-desk script can read them. Documented Win32 behaviour: AttachConsole with
ATTACH_PARENT_PROCESS (-1), then the console is the special file CONOUT$.
"""

from __future__ import annotations

import sys

ATTACH_PARENT_PROCESS = -1


def attach_parent_console() -> bool:
    """Point stdout/stderr at the parent's console if we have none. No-op elsewhere."""
    if sys.platform != "win32" or sys.stdout is not None:
        return False
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or an installer: nothing to attach to
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    return True
