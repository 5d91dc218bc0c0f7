"""Free space: each drive must hold, together, everything that goes on it.

The installer goes to the download folder's drive, the program to Program Files' drive,
the translated copy of the data to the data's drive (at least the old data folder's
measured size). When two of them share a drive, each check compares the drive's free space
with their sum, and says so. A size cut short by its time bound is «at least»: certain
shortage still blocks, apparent room only warns.
"""

from __future__ import annotations

import ntpath
from collections.abc import Sequence
from dataclasses import replace

from ...host.probes import Answer, CouldNotCheck, FolderSize, VolumeSpace
from ..wording.units import disk_text
from .context import Context, Need
from .facts import DataFacts, Facts
from .model import Check, DataPlace, Status

Part = tuple[str, VolumeSpace, int, bool]  # (what, its volume, bytes, at least)


def space_checks(c: Context, facts: Facts, place: DataPlace) -> list[Check]:
    installer = c.need(lambda r: r.installer_bytes, "$.installer_bytes")
    program = c.need(lambda r: r.program_disk_bytes, "$.program_disk_bytes")
    local = [d for d in facts.data if d.kind != "network"] if place is DataPlace.HERE else []
    parts: list[Part] = []
    if isinstance(facts.installer_space, VolumeSpace) and installer.value is not None:
        parts.append(("installer", facts.installer_space, installer.value, False))
    if isinstance(facts.program_space, VolumeSpace) and program.value is not None:
        parts.append(("program", facts.program_space, program.value, False))
    for d in local:
        if isinstance(d.space, VolumeSpace) and isinstance(d.size, FolderSize):
            parts.append(("data", d.space, d.size.bytes, d.size.at_least))
    return _said_once(
        [
            _for(c, "space_installer", "installer", facts.installer_space, installer, parts),
            _for(c, "space_program", "program", facts.program_space, program, parts),
            _data(c, local, parts) if place is DataPlace.HERE else _elsewhere(c),
        ]
    )


def _said_once(checks: list[Check]) -> list[Check]:
    """Needs that share a drive share one verdict: the first says it in full, the others
    name that drive and the first check (the page read the same sentence three times)."""
    first: dict[tuple[str, str], Check] = {}
    said: list[Check] = []
    for check in checks:
        drive = check.fields.get("volume")
        if check.case not in ("space_short", "space_ok") or not isinstance(drive, str):
            said.append(check)
            continue
        key = (ntpath.normcase(drive.rstrip("\\/")), check.case)
        if key in first:
            fields = {**check.fields, "same_as": first[key].id}
            check = replace(check, case=f"{check.case}_same_drive", fields=fields)
        else:
            first[key] = check
        said.append(check)
    return said


def _for(
    c: Context, check_id: str, what: str, answer: Answer[VolumeSpace], need: Need,
    parts: Sequence[Part],
) -> Check:  # fmt: skip
    k = c.check(check_id)
    if not isinstance(answer, VolumeSpace):
        if isinstance(answer, CouldNotCheck) and answer.detail.startswith("missing"):
            return k.aviso("space_folder_missing", "folder not found",
                           folder=answer.detail.partition(": ")[2])  # fmt: skip
        return k.unanswered(answer)
    found = f"{answer.volume} {disk_text(answer.free)} free"
    if need.why is not None:
        return k.aviso("space_not_compared", found, volume=answer.volume, free=answer.free,
                       what=what, why=need.why)  # fmt: skip
    return _verdict(c, check_id, what, answer, parts, found)


def _verdict(
    c: Context, check_id: str, what: str, volume: VolumeSpace, parts: Sequence[Part], found: str
) -> Check:
    here = tuple((w, n, least) for w, v, n, least in parts if _same_volume(v, volume))
    total = sum(n for _, n, _ in here)
    needed = disk_text(total) + (" (at least)" if any(least for *_, least in here) else "")
    fields = {"volume": volume.volume, "free": volume.free, "total": total, "parts": here,
              "what": what}  # fmt: skip
    k = c.check(check_id)
    if volume.free < total:
        return k.bloquea("space_short", found, needed, short=total - volume.free, **fields)
    return k.ok("space_ok", found, needed, **fields)


def _data(c: Context, local: Sequence[DataFacts], parts: Sequence[Part]) -> Check:
    """The worst of the data folders on this PC (usually there is one)."""
    rank = {Status.OK: 0, Status.NO_APLICA: 0, Status.AVISO: 1, Status.BLOQUEA: 2}
    checks = [_one_folder(c, d, parts) for d in local]
    return max(checks, key=lambda check: rank[check.status])


def _one_folder(c: Context, d: DataFacts, parts: Sequence[Part]) -> Check:
    k = c.check("space_data")
    folder = d.folder.path
    for answer in (d.size, d.space):
        if isinstance(answer, CouldNotCheck) and answer.detail.startswith("missing"):
            return k.aviso("space_folder_missing", "folder not found", folder=folder)
    if not isinstance(d.size, FolderSize):
        return k.unanswered(d.size or CouldNotCheck("not measured"))
    if not isinstance(d.space, VolumeSpace):
        return k.unanswered(d.space or CouldNotCheck("not measured"))
    size = d.size
    found = f"{d.space.volume} {disk_text(d.space.free)} free; data {disk_text(size.bytes)}"
    verdict = _verdict(c, "space_data", "data", d.space, parts, found)
    fields = {n: v for n, v in verdict.fields.items() if n not in ("old", "new")}
    fields |= {"folder": folder, "size": size.bytes}
    if verdict.status is Status.OK and size.at_least:
        return k.aviso("space_data_at_least", found, verdict.needed, files=size.files,
                       complete=size.complete, unreadable=size.unreadable, **fields)  # fmt: skip
    if verdict.status is Status.BLOQUEA:
        return k.bloquea(verdict.case, found, verdict.needed, **fields)
    return k.ok(verdict.case, found, verdict.needed, **fields)


def _elsewhere(c: Context) -> Check:
    return c.check("space_data").no_aplica("space_data_elsewhere")


def _same_volume(a: VolumeSpace, b: VolumeSpace) -> bool:
    return ntpath.normcase(a.volume.rstrip("\\/")) == ntpath.normcase(b.volume.rstrip("\\/"))
