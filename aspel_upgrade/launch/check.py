"""``aspel-upgrade --check``: is this PC ready for the new version? No window, no log-in.

For the help desk on the Servidor (the wizard's page says which command to run there): the
checks of each Aspel system found on this PC (or the one ``--system`` names), one line per
check in ``--lang``, the result file's ``checks``, exit 0 when nothing blocks and 5 when
something does. The requirements are public; a portal that cannot be reached still gets
the local checks, the ones that need a published figure saying they could not compare.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import NamedTuple

from ..flow.connect import client_factory
from ..flow.controller import UpgradeFlow
from ..flow.outcome import Outcome, checked
from ..flow.readiness import (
    Published,
    Readiness,
    RequirementsMissing,
    Status,
    ThisPC,
    check_systems,
    line,
)
from ..flow.wording import readiness as words
from ..host.installed import InstalledSystem, data_roots, find_installed
from ..host.paths import AppPaths
from ..host.probes import LocalPC
from ..host.settings import Settings
from ..portal.requirements import LATEST
from .console import console_language
from .options import Options

log = logging.getLogger("aspel_upgrade")


class ThisPCSeams(NamedTuple):
    """What --check asks of this PC: the probes and the installed-system finder (tests pass
    a fake PC, folders and registry included, through these)."""

    pc: ThisPC
    find_installed: Callable[[], Sequence[InstalledSystem]]


def local_seams(settings: Settings) -> ThisPCSeams:
    roots = data_roots(settings.aspel_data_dir)
    return ThisPCSeams(LocalPC(), lambda: find_installed(extra_data_roots=roots))


def requirements_source(
    portal_url: str | None, *, proxy: str | None, ca_bundle: str | None
) -> Callable[[str], Published]:
    """The newest release's published requirements per system, through the flow's client
    (one try again at most: the help desk is waiting); none without a portal."""
    if not portal_url:
        return lambda _system: RequirementsMissing("unreachable")
    flow = UpgradeFlow(client_factory(portal_url, ca_bundle=ca_bundle, proxy=proxy, retries=1))
    return lambda system: flow.fetch_requirements(system, LATEST)


def system_checks(
    seams: ThisPCSeams,
    requirements_for: Callable[[str], Published],
    *,
    named: str | None,
    download_dir: str,
    found: Sequence[InstalledSystem] | None = None,
) -> list[Readiness]:
    """The checks of every system to check (--check, --diagnose, the support bundle)."""
    return check_systems(
        seams.pc, seams.find_installed() if found is None else found, named=named,
        requirements_for=requirements_for, download_dir=download_dir, today=date.today(),
    )  # fmt: skip


def run_check(
    options: Options,
    *,
    settings: Settings,
    paths: AppPaths,
    portal_url: str | None,
    proxy: str | None,
    ca_bundle: str | None,
    seams: ThisPCSeams | None = None,
    report: Callable[[Outcome], None] | None = None,
) -> Outcome:
    """Run the checks, print them, report the outcome (``checked``: exit 0 or 5)."""
    results = system_checks(
        seams or local_seams(settings),
        requirements_source(portal_url, proxy=proxy, ca_bundle=ca_bundle),
        named=options.system, download_dir=str(paths.downloads),
    )  # fmt: skip
    with console_language(options.lang or settings.language):
        for readiness in results:  # worded here, in --lang
            for check in readiness.checks:
                print(line(check), flush=True)
            counts = [readiness.count(s) for s in (Status.BLOQUEA, Status.AVISO, Status.OK)]
            print(f"{readiness.system}: {words.summary(*counts)}", flush=True)
        if not results:
            print(words.no_system_found(), flush=True)
        outcome = checked(results)  # the result file's messages in the same language
    log.info("--check: %s", ", ".join(f"{r.system}: {len(r.blocking)} block" for r in results))
    if report is not None:
        report(outcome)
    return outcome
