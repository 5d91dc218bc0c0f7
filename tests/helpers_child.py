"""What a test gives the app it starts in a child process."""

from __future__ import annotations

from pathlib import Path


def user_folders(home: Path) -> dict[str, str]:
    """Environment that puts a child app's user folders under ``home``, on every OS.

    XDG variables move them on Linux only; on Windows, platformdirs reads
    ``WIN_PD_OVERRIDE_LOCAL_APPDATA`` (settings, state and logs all live there), so a
    child run there no longer shares the machine user's settings and pending upgrades.
    """
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
    }
