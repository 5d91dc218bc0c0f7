"""What the pages share, passed explicitly (no reaching for QApplication globals)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..flow.controller import UpgradeFlow
from ..host.credentials import CredentialStore
from ..host.paths import AppPaths
from ..host.settings import Settings, save_user_choices
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..host.installed import InstalledSystem

log = logging.getLogger("aspel_upgrade.ui")


def _find_on_this_pc() -> tuple[InstalledSystem, ...]:
    from ..host.installed import find_installed

    return find_installed()


def _open_in_browser(url: str) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl(url)))


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
    # Shows the copyable report of an unexpected error (set by the wizard).
    report_unexpected: Callable[[BaseException], None] = lambda _error: None
    # Looks for installed Aspel systems (blocking: run it on ``tasks``, after the paint).
    find_installed: Callable[[], tuple[InstalledSystem, ...]] = _find_on_this_pc

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
