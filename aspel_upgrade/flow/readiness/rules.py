"""The rules: one function per check, and ``assess``, which runs them in a stable order."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from ...host.installed import InstalledSystem
from ...host.probes import (
    AdminRights,
    Answer,
    FirebirdServer,
    Memory,
    OsBits,
    PortUse,
    RestartMarkers,
    WindowsVersion,
)
from ...portal.requirements import Requirements
from ..deadline import DeadlineCase, deadline
from ..wording import readiness as text
from ..wording.units import disk_text
from .context import Context
from .facts import GATHER_TIMEOUT, Facts, ThisPC, data_place, gather
from .model import Check, Checklist, DataPlace, Published, Readiness, Status
from .space import space_checks
from .windows import end_of_support, windows_name

log = logging.getLogger("aspel_upgrade.flow")

SOON = 180  # days: an end of support this close is said before activating, too
RAM_TOLERANCE = 0.94  # what Windows can use is a little less than what is installed


def assess(
    facts: Facts,
    *,
    system: str,
    old_version: str | None,
    requirements: Published,
    today: date,
    deadline_on: date | None = None,
    checklist: Checklist | None = Checklist(),  # noqa: B008 - frozen, shared safely
    new_version: str | None = None,
) -> Readiness:
    """The checks for ``system`` (its old version installed here or not), in CHECK_IDS' order.

    ``checklist`` None: nobody to ask (``--check``, ``--diagnose``): the user's two answers
    are not among the checks.
    """
    installed = facts.installed
    old = f"{system} {old_version or (installed.version if installed else '')}".strip()
    if new_version is None and isinstance(requirements, Requirements):
        new_version = requirements.version
    new = f"{system} {new_version}" if new_version else text.the_new_version()
    place = data_place(facts)
    c = Context(system, old, new, requirements)
    checks = (
        data_location(c, place, facts),
        windows_version(c, facts.windows),
        windows_bits(c, facts.bits),
        windows_support(c, facts.windows, today),
        ram(c, facts.memory),
        *space_checks(c, facts, place),
        admin(c, facts.admin),
        restart(c, facts.restart),
        program_open(c, installed, facts.program_open),
        firebird(c, facts.firebird),
        db_port(c, facts.port),
        *(
            (backup(c, checklist.backed_up), time_left(c, checklist.has_time, deadline_on, today))
            if checklist is not None
            else ()
        ),
    )
    log.info("readiness of %s: %s", old, ", ".join(
        f"{check.id}={check.status.value}" for check in checks if check.status is not Status.OK
    ) or "all ok")  # fmt: skip
    return Readiness(system, old, new, place, checks, requirements)


def check_this_pc(
    pc: ThisPC,
    *,
    system: str,
    installed: InstalledSystem | None,
    old_version: str | None,
    requirements: Published,
    download_dir: str,
    today: date,
    deadline_on: date | None = None,
    checklist: Checklist | None = Checklist(),  # noqa: B008 - frozen, shared safely
    new_version: str | None = None,
    timeout: float = GATHER_TIMEOUT,
) -> Readiness:
    """``gather`` then ``assess``: what the wizard (off the GUI thread) and --check run."""
    port = requirements.database.port if isinstance(requirements, Requirements) else None
    facts = gather(pc, installed=installed, download_dir=download_dir, port=port, timeout=timeout)
    return assess(facts, system=system, old_version=old_version, requirements=requirements,
                  today=today, deadline_on=deadline_on, checklist=checklist,
                  new_version=new_version)  # fmt: skip


def with_checklist(
    readiness: Readiness, checklist: Checklist, *, today: date, deadline_on: date | None
) -> Readiness:
    """The same look, with the user's two answers as they are now (nothing is measured)."""
    c = Context(readiness.system, readiness.old, readiness.new, readiness.requirements)
    answered = (
        backup(c, checklist.backed_up),
        time_left(c, checklist.has_time, deadline_on, today),
    )
    return with_checks(readiness, answered)


def with_checks(readiness: Readiness, fresh: tuple[Check, ...]) -> Readiness:
    """``readiness`` with the checks of ``fresh`` replaced (by id), in their place."""
    by_id = {check.id: check for check in fresh}
    return replace(readiness, checks=tuple(by_id.get(c.id, c) for c in readiness.checks))


def recheck_program_open(
    pc: ThisPC, readiness: Readiness, installed: InstalledSystem | None
) -> Check:
    """The old program looked at again, at the moment of a decision (it may be open again)."""
    answer = pc.program_open(installed) if installed is not None else None
    context = Context(readiness.system, readiness.old, readiness.new, readiness.requirements)
    return program_open(context, installed, answer)


# ---- where the data is ----------------------------------------------------------------
def data_location(c: Context, place: DataPlace, facts: Facts) -> Check:
    k = c.check("data_location")
    if place is DataPlace.HERE:
        local = tuple(d.folder for d in facts.data if d.kind != "network")
        return k.ok("data_here", "; ".join(d.path for d in local), data=local)
    folders = tuple(d.folder.path for d in facts.data)
    case = {
        DataPlace.NETWORK: "data_on_network",
        DataPlace.PROGRAM_ONLY: "data_not_found",
        DataPlace.NOT_HERE: "system_not_here",
    }[place]
    return k.aviso(case, "; ".join(folders) or None, folders=folders,
                   command=text.check_command(c.system))  # fmt: skip


# ---- Windows --------------------------------------------------------------------------
def windows_version(c: Context, answer: Answer[WindowsVersion]) -> Check:
    k = c.check("windows_version")
    if not isinstance(answer, WindowsVersion):
        return k.unanswered(answer)
    name = windows_name(answer)
    found = f"{name} {answer.number}" + (f" {answer.edition}" if answer.edition else "")
    need = c.need(lambda r: r.windows.min_build, "$.windows.min_build")
    if need.why is not None:
        return k.aviso("windows_not_compared", found, name=name, build=answer.build, why=need.why)
    assert c.published is not None
    editions = c.published.windows.editions
    needed = f">= build {need.value}"
    f = {"name": name, "build": answer.build, "min_build": need.value,
         "min_name": c.published.windows.min_name}  # fmt: skip
    if answer.build < need.value:
        return k.bloquea("windows_too_old", found, needed, **f)
    if editions and answer.edition and answer.edition not in editions:
        # EditionIDs are easy to get subtly wrong (CoreSingleLanguage is a Home): warn only.
        return k.aviso("windows_edition", found, f"{needed}; {', '.join(editions)}",
                       edition=answer.edition, editions=", ".join(editions), **f)  # fmt: skip
    return k.ok("windows_ok", found, needed, **f)


def windows_bits(c: Context, answer: Answer[OsBits]) -> Check:
    k = c.check("windows_bits")
    if not isinstance(answer, OsBits):
        return k.unanswered(answer)
    found = f"{answer.bits}-bit {answer.machine}"
    need = c.need(lambda r: r.windows.only_64bit, "$.windows.only_64bit")
    if answer.bits == 64:  # runs what 32 bits runs, and more
        return k.ok("bits_64", found, "64-bit" if need.value else None)
    if need.why is not None:
        return k.aviso("bits_32_not_compared", found, why=need.why)
    if need.value:
        return k.bloquea("bits_32_needs_64", found, "64-bit")
    return k.ok("bits_32_ok", found, "32-bit or 64-bit")


def windows_support(c: Context, answer: Answer[WindowsVersion], today: date) -> Check:
    k = c.check("windows_support")
    if not isinstance(answer, WindowsVersion):
        return k.unanswered(answer)
    name = windows_name(answer)
    ends = end_of_support(answer)
    if ends is None:
        return k.ok("support_unknown_end", name, name=name)
    found = f"{name}: support ends {ends.isoformat()}"
    if ends < today:
        return k.aviso("support_ended", found, "a supported Windows", name=name, ends=ends)
    if (ends - today).days <= SOON:
        return k.aviso("support_ends_soon", found, "a supported Windows", name=name, ends=ends)
    return k.ok("support_ok", found, name=name, ends=ends)


# ---- memory, rights, restart, the old program -------------------------------------------
def ram(c: Context, answer: Answer[Memory]) -> Check:
    k = c.check("ram")
    if not isinstance(answer, Memory):
        return k.unanswered(answer)
    have = answer.best
    need = c.need(lambda r: r.ram_bytes, "$.ram_bytes")
    if need.why is not None:
        return k.aviso("ram_not_compared", disk_text(have), have=have, why=need.why)
    enough = have >= need.value or (
        answer.installed is None and answer.usable >= need.value * RAM_TOLERANCE
    )
    make = k.ok if enough else k.bloquea
    return make("ram_ok" if enough else "ram_short", disk_text(have), disk_text(need.value),
                have=have, need=need.value)  # fmt: skip


def admin(c: Context, answer: Answer[AdminRights]) -> Check:
    k = c.check("admin")
    if not isinstance(answer, AdminRights):
        return k.unanswered(answer)
    need = c.need(lambda r: r.needs_admin, "$.needs_admin")
    needed = "administrator" if need.value else None
    if answer.elevated:
        return k.ok("admin_elevated", "elevated", needed)
    if answer.administrator:  # UAC will ask for consent, not a password
        return k.ok("admin_member", "administrators", needed)
    if need.value is False:
        return k.ok("admin_not_needed", "standard user")
    if need.why is not None:
        return k.aviso("admin_not_compared", "standard user", why=need.why)
    return k.aviso("admin_password_needed", "standard user", needed)


def restart(c: Context, answer: Answer[RestartMarkers]) -> Check:
    k = c.check("restart_pending")
    if not isinstance(answer, RestartMarkers):
        return k.unanswered(answer)
    if answer.pending:
        return k.aviso("restart_pending", ", ".join(answer.markers), "no restart pending")
    return k.ok("restart_none", "none")


def program_open(
    c: Context, installed: InstalledSystem | None, answer: Answer[tuple[str, ...]] | None
) -> Check:
    k = c.check("program_open")
    if installed is None or answer is None:
        return k.no_aplica("program_not_installed")
    if not isinstance(answer, tuple):
        return k.unanswered(answer)
    if answer:
        return k.aviso("program_open", ", ".join(answer), "closed")
    return k.ok("program_closed", "closed")


# ---- the database engine ----------------------------------------------------------------
def firebird(c: Context, answer: Answer[tuple[FirebirdServer, ...]]) -> Check:
    k = c.check("firebird")
    if not isinstance(answer, tuple):
        return k.unanswered(answer)
    found = "; ".join(f"{s.name} {s.version or '?'}" for s in answer) or "none"
    need = c.need(lambda r: r.database.version, "$.database.version")
    needed = f"Firebird {need.value}" if need.value else None
    if not answer:
        return k.ok("firebird_none", found, needed)
    if need.why is not None:
        return k.aviso("firebird_not_compared", found, servers=answer, why=need.why)
    others = tuple(s for s in answer if s.version != need.value)
    if not others:
        return k.ok("firebird_same", found, needed, servers=answer, version=need.value)
    port = c.published.database.port if c.published else None
    return k.aviso("firebird_other", found, needed, servers=others, version=need.value,
                   port=port)  # fmt: skip


def db_port(c: Context, answer: Answer[PortUse] | None) -> Check:
    k = c.check("db_port")
    need = c.need(lambda r: r.database.port, "$.database.port")
    if answer is None or need.why is not None:
        return k.aviso("port_not_compared", why=need.why or "value_missing")
    if not isinstance(answer, PortUse):
        return k.unanswered(answer)
    database = c.published.database if c.published else None
    engine = " ".join(x for x in (database.engine, database.version) if x) if database else ""
    needed = f"{answer.port} free"
    if answer.in_use:
        found = f"{answer.port} in use" + (f" ({answer.owner})" if answer.owner else "")
        return k.aviso("port_taken", found, needed, port=answer.port, owner=answer.owner,
                       engine=engine)  # fmt: skip
    return k.ok("port_free", needed, needed, port=answer.port, engine=engine)


# ---- the user's checklist -----------------------------------------------------------------
_ANSWERED = {True: "yes", False: "no", None: "unanswered"}


def backup(c: Context, answer: bool | None) -> Check:
    k = c.check("backup")
    if answer:
        return k.ok("backup_done", _ANSWERED[answer], "yes")
    return k.aviso("backup_not_confirmed", _ANSWERED[answer], "yes")


def time_left(c: Context, answer: bool | None, deadline_on: date | None, today: date) -> Check:
    k = c.check("time_left")
    found = _ANSWERED[answer]
    if deadline_on is not None and deadline(deadline_on, today).case is DeadlineCase.PASSED:
        return k.aviso("deadline_passed", found, date=deadline_on)
    if answer:
        return k.ok("time_confirmed", found, "yes", date=deadline_on)
    return k.aviso("time_not_confirmed", found, "yes", date=deadline_on)
