"""Start the Qt application: translations first, then the wizard, heavy imports after paint."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..credentials import CredentialStore
from ..flow.controller import PortalApi, UpgradeFlow
from ..flow.pending import PendingStore
from ..paths import AppPaths
from ..settings import Settings
from .context import UiContext
from .tasks import TaskRunner
from .wizard import UpgradeWizard

log = logging.getLogger("aspel_upgrade.ui")

EXIT_AFTER_PAINT = "ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT"  # start-up benchmark only


@dataclass
class GuiOptions:
    portal_url: str
    paths: AppPaths
    ca_bundle: str | None = None
    system: str | None = None
    serial: str | None = None


def install_translations(app: QApplication, language: str = "es") -> list[QTranslator]:
    """Qt's own strings (Siguiente, Atrás, Cancelar…) in Spanish, before any widget exists."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", qt_dir):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("Qt translation %s_%s not found in %s", name, language, qt_dir)
    return translators


def _report_first_paint_and_quit(wizard: UpgradeWizard) -> None:
    """For tests/bench/startup.py and the lazy-import test: when, and with what loaded."""
    loaded = {n: n in wizard.modules_at_paint for n in ("requests", "keyring", "urllib3")}
    print("first-paint " + " ".join(f"{k}={v}" for k, v in loaded.items()), flush=True)
    print(f"first-paint-at {wizard.painted_at:.6f}", flush=True)
    QApplication.quit()


def _preload() -> None:
    """Import what the first call will need (runs on a worker once the window is up)."""
    import keyring  # noqa: F401

    from ..portal import client  # noqa: F401  (imports requests)


def _preload_failed(error: BaseException) -> None:
    log.warning("Preloading failed; the first call will import instead: %r", error)


def make_client_factory(portal_url: str, ca_bundle: str | None) -> object:
    def factory() -> PortalApi:
        from ..portal.client import PortalClient

        return PortalClient(portal_url, ca_bundle=ca_bundle)

    return factory


def build_wizard(options: GuiOptions, tasks: TaskRunner) -> UpgradeWizard:
    """The wizard, wired to its portal and files; heavy imports start after its first paint."""
    settings, problem = Settings.load(options.paths.settings_file)
    if problem:
        log.warning("Ignoring settings: %s", problem)
    factory = make_client_factory(options.portal_url, options.ca_bundle)
    flow = UpgradeFlow(
        factory,  # type: ignore[arg-type]
        pending=PendingStore(options.paths.pending_file),
        preselect_system=options.system,
        preselect_serial=options.serial,
    )
    ctx = UiContext(
        flow=flow,
        tasks=tasks,
        settings=settings,
        settings_path=options.paths.settings_file,
        credentials=CredentialStore(),
    )
    wizard = UpgradeWizard(ctx)
    if not os.environ.get(EXIT_AFTER_PAINT):
        # Off the GUI thread: importing requests and keyring takes ~100 ms.
        # Started once the pages are built, so the two do not fight over the GIL.
        wizard.pages_ready.connect(
            lambda: tasks.run(_preload, lambda _result: None, _preload_failed)
        )
    return wizard


def run(options: GuiOptions) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("aspel-upgrade")
    app.setOrganizationName("Aspel")
    install_translations(app)
    tasks = TaskRunner()
    wizard = build_wizard(options, tasks)
    from .crash import install_excepthook

    install_excepthook(lambda: wizard)
    if os.environ.get(EXIT_AFTER_PAINT):
        wizard.after_first_paint(lambda: _report_first_paint_and_quit(wizard))
    wizard.show()
    app.exec()
    tasks.wait(3000)
    return 0 if wizard.ctx.flow.state.receipt is not None else 1


def show_startup_error(text: str) -> None:
    """For a problem found before the wizard exists (e.g. no portal address configured)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translations(app)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Aspel", text)
    box.exec()
