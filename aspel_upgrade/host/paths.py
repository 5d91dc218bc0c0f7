"""Where the app keeps its files, from platformdirs, computed when asked (never at import)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "aspel-upgrade"
APP_AUTHOR = "Aspel"
MACHINE_SETTINGS_NAME = "aspel-upgrade-equipo.json"


class AppPaths(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """The app's folders and files; tests and ``--download-dir`` replace some."""

    config_dir: Path
    state_dir: Path
    log_dir: Path
    machine_settings_file: Path | None = None
    downloads_dir: Path | None = None  # None: the user's Downloads folder, when asked

    @property
    def downloads(self) -> Path:
        """Where the installer is downloaded (``--download-dir`` or the user's Downloads)."""
        if self.downloads_dir is not None:
            return self.downloads_dir

        return Path(platformdirs.user_downloads_dir())

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def pending_dir(self) -> Path:
        """One record per confirmation sent whose result has not been shown yet."""
        return self.state_dir / "pending-upgrades"


def executable_dir() -> Path:
    """The folder of the installed program (the frozen .exe, or the Python running us)."""
    return Path(sys.executable).resolve().parent


def default_paths() -> AppPaths:
    """The user's folders and the machine-wide settings file.

    On Windows (platformdirs): %LOCALAPPDATA%\\Aspel\\aspel-upgrade for settings and state,
    ...\\Logs for logs; the machine file is written next to aspel-upgrade.exe by the
    installer.
    """
    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        state_dir=Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        machine_settings_file=executable_dir() / MACHINE_SETTINGS_NAME,
    )
