"""What the pages share, passed explicitly (no reaching for QApplication globals)."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..flow.controller import UpgradeFlow
from ..host.credentials import CredentialStore
from ..host.paths import AppPaths
from ..host.settings import Settings, save_user_choices
from .tasks import TaskRunner

if TYPE_CHECKING:  # loaded after the first paint (ui/app.py)
    from ..flow.readiness import ThisPC
    from ..host.installed import InstalledSystem
    from ..host.trust import Signature

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
    if sys.platform == "win32":
        try:
            os.startfile(path)  # type: ignore[attr-defined,unused-ignore]  # noqa: S606 - the user asked
        except OSError:
            log.warning("Could not start the installer %s", path, exc_info=True)
            return False
        return True
    from PySide6.QtCore import QUrl

    return _open_in_browser(QUrl.fromLocalFile(str(path.parent)).toString())


def _check_signature(path: Path) -> Signature:
    from ..host.trust import check_signature

    return check_signature(path)


def _mark_downloaded(path: Path, referrer_url: str, host_url: str) -> bool:
    from ..host.trust import mark_of_the_web

    return mark_of_the_web(path, referrer_url, host_url)


def _report_nowhere(_error: BaseException) -> None:
    """Without a wizard (a page shown alone) the page's own message is all there is."""


def _now(callback: Callable[[], None]) -> None:
    """Without a wizard (a page shown alone) there is no paint to wait for."""
    callback()


def _nothing() -> None:
    pass


class UiContext:
    """What every page may use; the wizard fills in its own hooks.

    Not a dataclass: made before the first paint, where the app defines no dataclass
    (ui/app.py).
    """

    def __init__(
        self,
        *,
        flow: UpgradeFlow,
        tasks: TaskRunner,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        credentials: CredentialStore | None = None,
        open_url: Callable[[str], bool] = _open_in_browser,
        paths: AppPaths | None = None,
        portal_url: str = "",
        proxy: str | None = None,
        ca_bundle: str | None = None,
        initial_username: str | None = None,
        warm_up: Callable[[], None] = _nothing,
        find_installed: Callable[[], tuple[InstalledSystem, ...]] = _find_on_this_pc,
        is_old_version_running: Callable[[str, str], bool] | None = None,
        start_installer: Callable[[Path], bool] = _start_installer,
        free_space: Callable[[Path], int] | None = None,
        check_signature: Callable[[Path], Signature] = _check_signature,
        mark_downloaded: Callable[[Path, str, str], bool] = _mark_downloaded,
        this_pc: ThisPC | None = None,
    ) -> None:
        self.flow = flow
        self.tasks = tasks
        self.settings = settings if settings is not None else Settings()
        self.settings_path = settings_path
        self.credentials = credentials if credentials is not None else CredentialStore()
        self.open_url = open_url
        self.paths = paths
        self.portal_url = portal_url
        self.proxy = proxy
        self.ca_bundle = ca_bundle
        self.initial_username = initial_username
        # Loads on a worker, after the paint, what the later pages and the first portal
        # call import; the later pages are built once it is done (set by ui/app.py).
        self.warm_up = warm_up
        # Looks for installed Aspel systems (blocking: run it on ``tasks``, after the paint).
        self.find_installed = find_installed
        # The installer download (ui/pages/download.py): seams for what touches this PC.
        # Whether the old version's program is open (tests replace it; None: the finder,
        # asked again each time «Ejecutar instalador» is pressed or its warning answered).
        self.is_old_version_running = is_old_version_running
        self.start_installer = start_installer
        self.free_space = free_space  # None: the disk's real free space
        # The installer's Authenticode signature (blocking: WinVerifyTrust on Windows, "not
        # checked" elsewhere) and its Mark of the Web (host/trust.py); tests pass fakes.
        self.check_signature = check_signature
        self.mark_downloaded = mark_downloaded
        # The probes of this PC for «¿Está listo este equipo?» (host/probes' LocalPC, made
        # on a worker when first asked; tests give a fake PC). One per session: a data
        # folder's size is measured once.
        self._this_pc = this_pc
        self._this_pc_lock = threading.Lock()
        # The user closed the window; only a confirmation on its way may still finish.
        self.closing = False
        # Set by the wizard: the copyable report of an unexpected error, and running a
        # callback once the window has been painted.
        self.report_unexpected: Callable[[BaseException], None] = _report_nowhere
        self.after_first_paint: Callable[[Callable[[], None]], None] = _now

    def this_pc(self) -> ThisPC:
        """The probes of this PC (any thread; blocking the first time: made on a worker)."""
        with self._this_pc_lock:
            if self._this_pc is None:
                from ..host.probes import LocalPC

                self._this_pc = LocalPC()
            return self._this_pc

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
