"""The facts the checks are made of: every probe asked at once, none allowed to hang.

Each probe runs on its own daemon thread and all share one time limit: a data folder on a
network drive that stopped answering (Windows may wait a minute for it) becomes «could not
check» after ``GATHER_TIMEOUT`` instead of holding the page, ``--check`` or the process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ...host.installed import DataFolder, InstalledSystem
from ...host.probes import (
    AdminRights,
    Answer,
    CouldNotCheck,
    DriveKind,
    FirebirdServer,
    FolderSize,
    Memory,
    OsBits,
    PortUse,
    RestartMarkers,
    VolumeSpace,
    WindowsVersion,
)
from .model import DataPlace

log = logging.getLogger("aspel_upgrade.flow")

GATHER_TIMEOUT = 5.0  # seconds for every probe together


class ThisPC(Protocol):
    """What the checks ask of this PC; host/probes' ``LocalPC`` answers, tests give fakes."""

    def windows_version(self) -> Answer[WindowsVersion]: ...
    def os_bits(self) -> Answer[OsBits]: ...
    def memory(self) -> Answer[Memory]: ...
    def admin_rights(self) -> Answer[AdminRights]: ...
    def restart_pending(self) -> Answer[RestartMarkers]: ...
    def firebird_servers(self) -> Answer[tuple[FirebirdServer, ...]]: ...
    def drive_kind(self, path: str) -> Answer[DriveKind]: ...
    def program_open(self, installed: InstalledSystem) -> Answer[tuple[str, ...]]: ...
    def free_space(self, path: str, *, nearest: bool = True) -> Answer[VolumeSpace]: ...
    def port_use(self, port: int) -> Answer[PortUse]: ...
    def folder_size(self, path: str) -> Answer[FolderSize]: ...
    def program_folder(self) -> str: ...


if TYPE_CHECKING:
    from ...host.probes import LocalPC

    def _local_pc_is_this_pc(pc: LocalPC) -> ThisPC:
        return pc  # mypy holds the real probes to the seam


@dataclass(frozen=True)
class DataFacts:
    folder: DataFolder
    kind: Answer[DriveKind]
    size: Answer[FolderSize] | None = None  # None: not measured (it is on another PC)
    space: Answer[VolumeSpace] | None = None


@dataclass(frozen=True)
class Facts:
    """Every probe's answer, taken once, for ``assess``."""

    installed: InstalledSystem | None
    windows: Answer[WindowsVersion]
    bits: Answer[OsBits]
    memory: Answer[Memory]
    admin: Answer[AdminRights]
    restart: Answer[RestartMarkers]
    firebird: Answer[tuple[FirebirdServer, ...]]
    port: Answer[PortUse] | None  # None: no port published to look at
    installer_space: Answer[VolumeSpace]
    program_space: Answer[VolumeSpace]
    data: tuple[DataFacts, ...] = ()
    program_open: Answer[tuple[str, ...]] | None = None  # None: not installed here
    seconds: float = 0.0


def gather(
    pc: ThisPC,
    *,
    installed: InstalledSystem | None,
    download_dir: str,
    port: int | None,
    timeout: float = GATHER_TIMEOUT,
) -> Facts:
    """Ask every probe at once; one without an answer after ``timeout`` could not check."""
    started = time.monotonic()
    jobs: dict[str, Callable[[], object]] = {
        "windows": pc.windows_version,
        "bits": pc.os_bits,
        "memory": pc.memory,
        "admin": pc.admin_rights,
        "restart": pc.restart_pending,
        "firebird": pc.firebird_servers,
        "installer_space": lambda: pc.free_space(download_dir),
        "program_space": lambda: pc.free_space(pc.program_folder()),
    }
    if port is not None:
        jobs["port"] = lambda: pc.port_use(port)
    folders = installed.data if installed is not None else ()
    if installed is not None:
        jobs["program_open"] = lambda: pc.program_open(installed)
    for i, folder in enumerate(folders):
        jobs[f"data{i}"] = _data_job(pc, folder)
    a: dict[str, Any] = _run_all(jobs, timeout)
    facts = Facts(
        installed=installed,
        windows=a["windows"],
        bits=a["bits"],
        memory=a["memory"],
        admin=a["admin"],
        restart=a["restart"],
        firebird=a["firebird"],
        port=a.get("port"),
        installer_space=a["installer_space"],
        program_space=a["program_space"],
        data=tuple(
            d if isinstance(d, DataFacts) else DataFacts(folder, d)  # a stuck or failed job
            for d, folder in zip((a[f"data{i}"] for i in range(len(folders))), folders, strict=True)
        ),
        program_open=a.get("program_open"),
        seconds=round(time.monotonic() - started, 3),
    )
    log.info("readiness facts gathered in %.0f ms", facts.seconds * 1000)
    return facts


def data_place(facts: Facts) -> DataPlace:
    if facts.installed is None:
        return DataPlace.NOT_HERE
    if not facts.data:
        return DataPlace.PROGRAM_ONLY
    if all(d.kind == "network" for d in facts.data):
        return DataPlace.NETWORK
    return DataPlace.HERE


def _data_job(pc: ThisPC, folder: DataFolder) -> Callable[[], DataFacts]:
    def job() -> DataFacts:
        kind = pc.drive_kind(folder.path)
        if kind == "network":
            return DataFacts(folder, kind)  # the copy is made on the PC that holds it
        size = pc.folder_size(folder.path)
        return DataFacts(folder, kind, size, pc.free_space(folder.path, nearest=False))

    return job


def _run_all(jobs: Mapping[str, Callable[[], object]], timeout: float) -> dict[str, object]:
    answers: dict[str, object] = {}
    lock = threading.Lock()

    def run(name: str, job: Callable[[], object]) -> None:
        try:
            answer = job()
        except Exception as exc:  # a seam that raised anyway: still an answer
            log.info("readiness probe %s failed", name, exc_info=True)
            answer = CouldNotCheck(f"{type(exc).__name__}: {exc}"[:300])
        with lock:
            answers[name] = answer

    threads = [
        threading.Thread(target=run, args=(name, job), name=f"readiness-{name}", daemon=True)
        for name, job in jobs.items()
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    late = CouldNotCheck(f"no answer within {timeout:g} s")
    with lock:
        return {name: answers.get(name, late) for name in jobs}
