"""What the pages share, passed explicitly (no reaching for QApplication globals)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..flow.controller import UpgradeFlow
from ..host.credentials import CredentialStore
from ..host.paths import AppPaths
from ..host.settings import Settings, save_user_choices
from .tasks import TaskRunner

log = logging.getLogger("aspel_upgrade.ui")


def _open_in_browser(url: str) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl(url)))


def _no_program_running(system: str, version: str) -> bool:
    """Until the installed-systems finder (host/installed.py) lands: nothing is known."""
    return False


def _start_installer(path: Path) -> bool:
    """On Windows the shell opens it (UAC, as a double click would); elsewhere its folder."""
    import os
    import sys

    if sys.platform == "win32":
        try:
            os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606 - the user asked
        except OSError:
            log.warning("Could not start the installer %s", path, exc_info=True)
            return False
        return True
    from PySide6.QtCore import QUrl

    return _open_in_browser(QUrl.fromLocalFile(str(path.parent)).toString())


@dataclass
class UiContext:
    flow: UpgradeFlow
    tasks: TaskRunner
    settings: Settings = field(default_factory=Settings)
    settings_path: Path | None = None
    credentials: CredentialStore = field(default_factory=CredentialStore)
    open_url: Callable[[str], bool] = _open_in_browser
    paths: AppPaths | None = None
    portal_url: str = ""
    proxy: str | None = None
    ca_bundle: str | None = None
    initial_username: str | None = None
    # (code, message) of the last failure shown, for the exit code and result file.
    last_error: tuple[str, str] | None = None
    notice: str | None = None  # something the next page should tell the user
    # The installer download (ui/pages/download.py): seams for what touches this PC.
    auto_download: bool = False  # --download: download and verify without asking
    is_old_version_running: Callable[[str, str], bool] = _no_program_running
    start_installer: Callable[[Path], bool] = _start_installer
    free_space: Callable[[Path], int] | None = None  # None: the disk's real free space

    def save_settings(self) -> None:
        """Write the user's own choices (never the machine-wide or flag values)."""
        if self.settings_path is None:
            return
        try:
            save_user_choices(
                self.settings_path,
                remembered_username=self.settings.remembered_username,
                remember_password=self.settings.remember_password,
            )
        except OSError:
            log.warning("Could not save settings to %s", self.settings_path, exc_info=True)
