"""One run of the app: settings, logging, the portal to use, then diagnostics or the wizard."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..host.logs import setup_logging
from ..host.paths import AppPaths, default_paths
from ..host.process import catch_termination
from ..host.settings import load_settings
from ..portal.address import normalise_portal_url
from ..portal.errors import InvalidPortalAddress
from .options import Options

# Late, as the run reaches them: the window (ui.app: Qt), --diagnose's modules, the
# sandbox (left out of the shipped build), and a failure's words and outcome (the
# catalogue, requests), --check (this PC's probes); ui/app.py.
if TYPE_CHECKING:
    from ..flow.outcome import Outcome
    from .check import ThisPCSeams

log = logging.getLogger("aspel_upgrade")


def run(
    options: Options,
    *,
    paths: AppPaths | None = None,
    report: Callable[[Outcome], None] | None = None,
    seams: ThisPCSeams | None = None,
) -> Outcome:
    """Do what the options ask; ``report`` (the result file) is called before cleaning up;
    ``seams``: this PC as --check and --diagnose see it (tests give a fake PC)."""
    stop_catching = catch_termination()  # SIGTERM: end the run, still reporting it
    try:
        return _run(options, paths, report, seams)
    finally:
        stop_catching()


def _run(
    options: Options,
    paths: AppPaths | None,
    report: Callable[[Outcome], None] | None,
    seams: ThisPCSeams | None = None,
) -> Outcome:
    paths = paths or default_paths()
    setup_logging(paths.log_dir)
    settings = load_settings(paths.machine_settings_file, paths.settings_file)  # logs problems

    sandbox = None
    try:
        if options.sandbox:
            try:
                from ..sandbox.server import SandboxPortal, demo_banner
            except ImportError:  # the shipped build leaves the sandbox out
                from ..flow.wording.cli_errors import sandbox_unavailable

                message = sandbox_unavailable()
                return _fail("sandbox_unavailable", message, False, report, bad_command_line=True)

            sandbox = SandboxPortal().start()
            portal_url: str | None = sandbox.url
            print(demo_banner(sandbox.url), flush=True)
        else:
            portal_url = options.portal_url or settings.portal_url
        interactive = options.result_file is None and not options.diagnose and not options.check
        if options.check:  # no log-in: a portal only for the published requirements
            from .check import run_check

            checked_url = _usable_url(portal_url)
            return run_check(
                options, settings=settings, paths=paths, portal_url=checked_url,
                proxy=options.proxy or settings.proxy,
                ca_bundle=options.ca_bundle or settings.ca_bundle, seams=seams, report=report,
            )  # fmt: skip
        if not portal_url:
            from ..flow.wording import cli_errors as cli_words

            bad = next((p for p in settings.problems if p.key == "portal_url"), None)
            if bad is not None and bad.reason:  # configured, but not usable: say which
                message = cli_words.portal_address_in_settings(bad.detail, bad.file, bad.reason)
                return _fail("invalid_portal_address", message, interactive, report)
            message = cli_words.no_portal_configured()
            return _fail("no_portal_configured", message, interactive, report)
        try:
            portal_url = normalise_portal_url(portal_url)
        except InvalidPortalAddress as exc:
            from ..flow.wording.errors import describe

            return _fail(exc.code, describe(exc), interactive, report)

        # Values from the settings were checked as they were read (host.values).
        proxy = options.proxy or settings.proxy
        ca_bundle = options.ca_bundle or settings.ca_bundle
        if options.diagnose:
            from ..flow.outcome import Outcome, failure
            from ..flow.wording import diagnostics as words
            from ..support.diagnostics import run_diagnostics
            from .check import local_seams, requirements_source, system_checks

            here = seams or local_seams(settings)
            source = requirements_source(portal_url, proxy=proxy, ca_bundle=ca_bundle)
            downloads = str(paths.downloads)
            diagnosis = run_diagnostics(
                portal_url, proxy=proxy, ca_bundle=ca_bundle, log_dir=paths.log_dir,
                qt_version=_qt_version(), find_installed=here.find_installed,
                readiness=lambda found: system_checks(
                    here, source, named=options.system, download_dir=downloads, found=found
                ),
            )  # fmt: skip
            from .console import console_language

            with console_language(options.lang or settings.language):
                print(diagnosis.text(words.labels()), flush=True)
            outcome = (
                Outcome("diagnosed", 0)
                if diagnosis.portal_reachable
                else failure("portal_unreachable", words.portal_unreachable())
            )
            if report:
                report(outcome)
            return outcome

        _skip_pyside_source_check()
        from ..ui.app import GuiOptions
        from ..ui.app import run as run_gui

        if options.download_dir is not None:
            paths = paths._replace(downloads_dir=options.download_dir.resolve())

        return run_gui(
            GuiOptions(
                portal_url=portal_url,
                paths=paths,
                ca_bundle=ca_bundle,
                proxy=proxy,
                system=options.system,
                serial=options.serial,
                username=options.user,
                language=options.lang or settings.language,
                settings=settings,
                download=options.download,
            ),
            report=report,
        )
    finally:
        if sandbox is not None:
            sandbox.stop()


def _usable_url(portal_url: str | None) -> str | None:
    """The portal's address when it can be used as it is; None otherwise (logged)."""
    if not portal_url:
        return None
    try:
        return normalise_portal_url(portal_url)
    except InvalidPortalAddress as exc:
        log.warning("--check without the requirements: the portal address is not usable (%s)",
                    exc.code)  # fmt: skip
        return None


def _fail(
    code: str,
    message: str,
    interactive: bool,
    report: Callable[[Outcome], None] | None,
    *,
    bad_command_line: bool = False,
) -> Outcome:
    from ..flow.outcome import failure

    outcome = failure(code, message, bad_command_line=bad_command_line)
    log.error("%s: %s", outcome.error_code, outcome.error_message)
    if report:
        report(outcome)
    if interactive and outcome.error_message:
        from ..ui.app import show_startup_error

        show_startup_error(outcome.error_message)
    return outcome


def _skip_pyside_source_check() -> None:
    """Stop PySide6 reading the source of every module imported after it (ui/app.py).

    PySide6 replaces ``import``: for each module first imported after it, it reads the
    module's whole source (``inspect.getsource``, which keeps it in ``linecache``) to learn
    whether the module uses its ``__feature__`` switch. This app never does: every module
    is taken as a PySide one with no switch (Qt's own names), and a module that selects
    one still gets it by its own import (tests/gui/test_installer_run.py). Taken out, the
    first paint costs 7.5 ms more CPU and 1.4 MiB (ui/app.py); against the two tricks it
    replaced (the flow imported before Qt, ``linecache`` dropped twice) it saves ~2 ms
    and 0.9 MiB. A PySide6 without the check (or a frozen build, which has no sources to
    read) is left as it is.
    """
    import PySide6  # noqa: F401  (sets up the import hook and its check)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: True  # type: ignore[attr-defined]


def _qt_version() -> str:
    """For the diagnostics report (support/ holds no Qt)."""
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {pyside})"
