"""What the pages share, passed explicitly (no reaching for QApplication globals)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..flow.controller import UpgradeFlow
from ..host.credentials import CredentialStore
from ..host.settings import Settings, save_user_choices
from .tasks import TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from ..host.installed import InstalledSystem
    from ..host.paths import AppPaths

log = logging.getLogger("aspel_upgrade.ui")


def _find_on_this_pc() -> tuple[InstalledSystem, ...]:
    from ..host.installed import find_installed

    return find_installed()


def _open_in_browser(url: str) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl(url)))


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


@dataclass(eq=False, repr=False)  # one per wizard, full of callables: never compared
class UiContext:
    """What every page may use; the wizard fills in its own hooks."""

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
    # The user closed the window; only a confirmation on its way may still finish (hidden).
    closing: bool = False
    # Shows the copyable report of an unexpected error (set by the wizard).
    report_unexpected: Callable[[BaseException], None] = lambda _error: None
    # Runs a callback once the window has been painted (set by the wizard; without one,
    # as in a page shown alone, at once).
    after_first_paint: Callable[[Callable[[], None]], None] = lambda callback: callback()
    # Loads on a worker, after the paint, what the later pages and the first portal call
    # import; the later pages are built once it is done (set by ui/app.py).
    warm_up: Callable[[], None] = lambda: None
    # Looks for installed Aspel systems (blocking: run it on ``tasks``, after the paint).
    find_installed: Callable[[], tuple[InstalledSystem, ...]] = _find_on_this_pc
    # The installer download (ui/pages/download.py): seams for what touches this PC.
    auto_download: bool = False  # --download: download and verify without asking
    # Whether the old version's program is open (tests replace it; None: what the finder saw).
    is_old_version_running: Callable[[str, str], bool] | None = None
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

    def old_version_running(self, system: str, version: str) -> bool:
        """Whether ``system version`` is open on this PC, as the finder last saw it."""
        if self.is_old_version_running is not None:
            return self.is_old_version_running(system, version)
        from ..flow.preselect import version_key

        wanted = (system.upper(), version_key(version))
        return any(
            (i.system.upper(), version_key(i.version)) == wanted and i.running
            for i in self.flow.state.installed or ()
        )
