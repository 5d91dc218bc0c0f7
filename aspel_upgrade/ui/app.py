"""Start the Qt application: translations first, then the wizard; what waits for its paint.

Start-up's seam, and the one list of its tricks. Before the first paint: the command line,
settings, log, translations, the flow and the log-in page; everything else after it. Each
trick that stays, with what taking it out costs to the first paint (CPU time; 15-21 runs
each, alternating with the trick in place, tools/bench/startup.py's measure, 06/12/2026;
enum types counted, which does not vary). One under 1 ms goes.
- what the first page does not use loads after it: ``requests``, ``keyring`` and the
  flow's later modules on a worker (``warm_up``, +131 ms and +20 MiB before the paint);
  the later pages one per event-loop turn after that (ui/wizard.py, +177 ms, +25 MiB);
  the start-up path's few late imports (datetime, uuid, platform, hashlib, html, the
  catalogue's other areas, host.installed, the dialogs' modules: +46 ms, +7 MiB) and its
  ``TYPE_CHECKING`` imports, types named only in annotations (+170 ms, +23 MiB: they
  reach ``requests``);
- the garbage collector is off from ``cli.entry`` to the paint, then comes back with what
  exists frozen (``resume_collector``; +7.8 ms); frozen again once the pages are built
  (``settle_start_up``: a full pass took 20-30 ms on the GUI thread);
- PySide's import check does not read each module's source (launch/runner.py
  ``_skip_pyside_source_check``, before this module is imported; +7.5 ms, +1.4 MiB);
- Qt's namespace enums are first touched after the paint (ui/widgets.py, +10.6 ms);
- no dataclass before the paint: the records there are NamedTuples, the settings, the
  flow's state and the pages' context plain classes (+5.4 ms);
- ``logging.handlers`` is not imported (host/logs.py ``rotate``; +5.2 ms, +1.2 MiB) and the
  log's redaction patterns compile when first used (host/logs.py; +4.1 ms);
- PySide makes a Qt class's enum types when the class is first used: the Qt classes the
  first page does not use are imported where used (24 types, +2.8 ms), the screen
  reader's alerts are set up with the first message (ui/widgets.py; 8 types, +2.4 ms),
  «¿Olvidaste…?»'s link look comes after the paint (ui/pages/login.py; 11 types, +2.6 ms);
- ``hashlib`` (OpenSSL) loads with the first secret (host/logs.py; +3.5 MiB, +1.1 ms).
Gone as buying nothing: the flow imported before Qt and ``linecache`` dropped (the source
check's skip covers both), and the wizard's paint seen in ``paintEvent`` rather than
through an event filter (no difference). README, "Start-up", has the figures.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from ..flow.connect import client_factory, preload
from ..flow.controller import UpgradeFlow
from ..flow.pending import PendingStore
from ..flow.wording import use_translator
from ..host.credentials import CredentialStore
from ..host.paths import AppPaths
from ..host.process import on_termination
from ..host.settings import Settings
from .context import UiContext
from .crash import install_excepthook
from .tasks import TaskRunner
from .wizard import UpgradeWizard

if TYPE_CHECKING:
    from ..flow.outcome import Outcome
    from ..host.installed import InstalledSystem

log = logging.getLogger("aspel_upgrade.ui")

TRANSLATIONS_ENV = "ASPEL_UPGRADE_TRANSLATIONS"
PAINT_PROBE_ENV = "ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT"  # see ui/paint_probe.py


class GuiOptions(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """What the wizard needs from the run: the portal, the folders, the flags."""

    portal_url: str
    paths: AppPaths
    ca_bundle: str | None = None
    proxy: str | None = None
    system: str | None = None
    serial: str | None = None
    username: str | None = None
    language: str | None = None
    settings: Settings | None = None  # None: the defaults
    download: bool = False  # --download: fetch and verify the installer without asking


def app_translations_dir() -> Path | None:
    """Where the app's .qm files are: frozen bundle, checkout, or an override."""
    override = os.environ.get(TRANSLATIONS_ENV)
    candidates = [Path(override)] if override else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "translations")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "translations")
    return next((c for c in candidates if c.is_dir()), None)


def choose_language(requested: str | None) -> str:
    """--lang or the settings, else the OS language when it is English, else Spanish."""
    if requested in ("es", "en"):
        return requested
    return "en" if QLocale.system().language() == QLocale.Language.English else "es"


def install_translations(app: QApplication, language: str = "es") -> list[QTranslator]:
    """Qt's own strings first (Siguiente, Cancelar…), the app's last, before any widget.

    In Spanish, between the two, the app's wording of Qt's file dialog (qt_dialogs_es):
    qtbase_es says «fichero» and leaves two of its labels in English. (On Windows the
    native dialog is used, in Windows' language; Qt's own appears on Linux.)"""
    if language == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_dir = app_translations_dir()
    wanted = [("qtbase", qt_dir)] if language == "es" else []
    if app_dir is not None:
        if language == "es":  # Qt's file dialog in our es-MX («archivo», no English left)
            wanted.append(("qt_dialogs", str(app_dir)))
        wanted.append(("aspel_upgrade", str(app_dir)))
    use_translator(QCoreApplication.translate)  # the catalogue's sentences, in this language
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("Translation %s_%s not found in %s", name, language, folder)
    return translators


def warm_up() -> None:
    """After the paint, on a worker: what the first portal call and the later pages import
    (``requests``, ``keyring``, the flow's later modules, ``html``), so that building those
    pages on the GUI thread runs only their own modules."""
    import html  # noqa: F401  (the pages' rich text)

    preload()


def make_finder(settings: Settings) -> Callable[[], tuple[InstalledSystem, ...]]:
    """The installed-system finder, with the machine's extra data folders (``;``-separated)."""

    def find() -> tuple[InstalledSystem, ...]:
        from ..host.installed import data_roots, find_installed

        return find_installed(extra_data_roots=data_roots(settings.aspel_data_dir))

    return find


def build_wizard(
    options: GuiOptions, tasks: TaskRunner, report: Callable[[Outcome], None] | None = None
) -> UpgradeWizard:
    """The wizard, wired to its portal and files; heavy imports start after its first paint."""
    settings = options.settings if options.settings is not None else Settings()
    flow = UpgradeFlow(
        client_factory(options.portal_url, ca_bundle=options.ca_bundle, proxy=options.proxy),
        pending=PendingStore(options.paths.pending_dir),
        preselect_system=options.system,
        preselect_serial=options.serial,
        portal_url=options.portal_url,
        report=report,
        require_download=options.download,
    )
    ctx = UiContext(
        flow=flow,
        tasks=tasks,
        settings=settings,
        settings_path=options.paths.settings_file,
        credentials=CredentialStore(),
        paths=options.paths,
        portal_url=options.portal_url,
        proxy=options.proxy,
        ca_bundle=options.ca_bundle,
        initial_username=options.username,
        find_installed=make_finder(settings),
        warm_up=warm_up,
    )
    wizard = UpgradeWizard(ctx)
    pending = flow.load_pending()
    if pending:  # the oldest first; the others are mentioned after the log-in
        wizard.pages_ready.connect(lambda: wizard.offer_resume(pending[0]))
    return wizard


def run(options: GuiOptions, report: Callable[[Outcome], None] | None = None) -> Outcome:
    """Show the wizard until it is finished or closed; return how it ended."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("aspel-upgrade")
    app.setOrganizationName("Aspel")
    translators = install_translations(app, choose_language(options.language))
    tasks = TaskRunner()
    wizard = build_wizard(options, tasks, report)
    install_excepthook(lambda: wizard)
    wizard.after_first_paint(resume_collector)
    stop_waking: list[Callable[[], None]] = []
    wizard.after_first_paint(lambda: stop_waking.append(listen_for_termination(wizard)))
    freezing = wizard.pages_ready.connect(settle_start_up)
    if os.environ.get(PAINT_PROBE_ENV):
        from .paint_probe import FirstPaintProbe

        FirstPaintProbe(wizard, settled=lambda: wizard.settled)
    # The run lasts until the wizard is finished or closed, also when it was already hidden
    # (closed while a confirmation was on its way), which "last window closed" misses.
    loop = QEventLoop()
    wizard.finished.connect(loop.quit)
    wizard.show()
    loop.exec()
    # The process ends next; a caller that goes on (tests) gets them back, and pages still
    # being built after a quick close no longer freeze anything.
    wizard.pages_ready.disconnect(freezing)
    for stop in stop_waking:
        stop()
    gc.unfreeze()
    tasks.abandon()  # only a confirmation in flight is waited for, and only briefly
    # Reported while the run's language is still installed: one language per run, the
    # result file's message included.
    outcome = finish_run(wizard, report)
    for translator in translators:  # leave the application as it was (tests reuse it)
        app.removeTranslator(translator)
    return outcome


def listen_for_termination(wizard: UpgradeWizard) -> Callable[[], None]:
    """SIGTERM (host/process.py) ends the wizard as its window's X does, asking nothing,
    and the run reports why; returns the undo.

    Python runs a signal's handler only when it next runs Python code, and an idle Qt loop
    waits in C: the signal also writes a byte to a socket the loop watches, whose slot is
    that Python code. Set up after the first paint (a request before it was recorded).
    """

    def end() -> None:
        log.warning("Asked to end from outside (SIGTERM): closing, and reporting how it ended")
        wizard.ctx.flow.ended_from_outside()
        wizard.end_on_request()

    # From the handler: on the next turn of the loop, not in the middle of whatever ran.
    on_termination(lambda: QTimer.singleShot(0, end))
    return wake_on_signals()


def wake_on_signals() -> Callable[[], None]:
    """Let the Qt loop hear a signal at once (see ``listen_for_termination``); the undo."""
    if sys.platform == "win32":
        return lambda: None
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: no handler would run anyway
        reader.close()
        writer.close()
        return lambda: None
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:  # running this is what lets Python run the handler
        with contextlib.suppress(OSError):
            reader.recv(512)

    notifier.activated.connect(drain)

    def undo() -> None:
        signal.set_wakeup_fd(previous)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return undo


def resume_collector() -> None:
    """At the first paint: the garbage collector back on (cli.entry turned it off).

    What start-up made lives as long as the run: frozen first, so no pass walks it.
    """
    gc.freeze()
    gc.enable()


def settle_start_up() -> None:
    """Once the pages are built: start-up's objects (modules, Qt's enum types, the pages)
    live as long as the run, frozen out of the collector's full passes, which took 20-30 ms
    on the GUI thread."""
    gc.freeze()


def finish_run(wizard: UpgradeWizard, report: Callable[[Outcome], None] | None) -> Outcome:
    """Turn the closed wizard into an outcome, report it, then drop what is settled."""
    outcome = wizard.ctx.flow.outcome()
    if report is not None:
        try:
            report(outcome)
        except OSError:
            log.error("The run's outcome (%s) could not be reported", outcome.outcome)
    wizard.ctx.flow.forget_session()  # the token is not needed any more
    return outcome


def show_startup_error(text: str) -> None:
    """For a problem found before the wizard exists (e.g. no portal address configured)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translations(app)
    from PySide6.QtWidgets import QMessageBox

    from ..flow.wording.common import box_title

    box = QMessageBox(QMessageBox.Icon.Critical, box_title(), text)
    box.exec()
