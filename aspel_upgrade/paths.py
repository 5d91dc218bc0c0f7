"""Where the app keeps its files, from platformdirs, computed when asked (never at import)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "aspel-upgrade"
APP_AUTHOR = "Aspel"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    state_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def pending_file(self) -> Path:
        return self.state_dir / "pending-upgrade.json"


def default_paths() -> AppPaths:
    """The user's folders (on Windows under %LOCALAPPDATA%\\Aspel\\aspel-upgrade)."""
    import platformdirs

    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        state_dir=Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
