"""What the pages share, passed explicitly (no reaching for QApplication globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..credentials import CredentialStore
from ..flow.controller import UpgradeFlow
from ..settings import Settings
from .tasks import TaskRunner


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

    def save_settings(self) -> None:
        if self.settings_path is not None:
            try:
                self.settings.save(self.settings_path)
            except OSError:
                import logging

                logging.getLogger("aspel_upgrade.ui").warning(
                    "Could not save settings to %s", self.settings_path, exc_info=True
                )
