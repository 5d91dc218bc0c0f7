"""A Windows PC with SAE 7.0 made of real folders and a fake registry, seen through the
product's own seams (issue 20, «Done when»): the program on C:, its data on D: (found
through the registry, as on another drive letter), the data folder 1.5 GB (a sparse file:
its size is what the walk measures), and each drive's free space as the test sets it.

The same fake PC serves the wizard (UiContext's ``find_installed`` and ``this_pc``) and the
command line (``cli.main(..., seams=...)``): the real ``find_installed`` and ``LocalPC``
over these folders, a ``FakeWindows`` for the Win32 answers.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aspel_upgrade.host.installed import InstalledSystem, find_installed
from aspel_upgrade.host.probes import LocalPC
from aspel_upgrade.host.probes.system import CURRENT_VERSION
from aspel_upgrade.launch.check import ThisPCSeams
from tests.fakes.windows import DictRegistry, FakeWindows

MIB, GIB = 1024**2, 1024**3
DATA_SIZE = int(1.5 * GIB)


@dataclass
class FakeWindowsPC:
    """``free`` is each drive's free bytes, changed by a test (the user frees space)."""

    root: Path
    free: dict[str, int] = field(default_factory=lambda: {"C": 120 * GIB, "D": 200 * MIB})
    running: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.c = self.root / "C"
        self.d = self.root / "D"
        program = self.c / "Program Files (x86)" / "Aspel" / "Aspel-SAE 7.0"
        program.mkdir(parents=True)
        (program / "SAEWIN70.exe").write_bytes(b"MZ")
        self.data = self.d / "Sistemas Aspel" / "SAE7.00"
        for company in ("Empresa01", "Empresa02"):
            datos = self.data / company / "Datos"
            datos.mkdir(parents=True)
            with (datos / f"SAE70{company.upper()}.FDB").open("wb") as fdb:
                fdb.truncate(DATA_SIZE // 2)  # sparse: nothing written, its size measured
        (self.root / "Downloads").mkdir()
        self.env = {
            "ProgramFiles(x86)": str(self.c / "Program Files (x86)"),
            "CommonProgramFiles(x86)": str(self.c / "Program Files (x86)" / "Common Files"),
            "SystemDrive": "C:",
        }
        current: dict[str, object] = {"EditionID": "Professional", "DisplayVersion": "25H2"}
        self.windows = FakeWindows(
            DictRegistry({CURRENT_VERSION: current}),
            volume_root=self.volume_root,
            version=(10, 0, 26200, 1),  # Windows 11 Pro 25H2
        )

    @property
    def downloads(self) -> Path:
        return self.root / "Downloads"

    def drive_of(self, path: str) -> str:
        return "D" if Path(path).resolve().is_relative_to(self.d.resolve()) else "C"

    def volume_root(self, path: str) -> str:
        return f"{self.drive_of(path)}:\\"

    def disk_usage(self, path: str) -> tuple[int, int, int]:
        free = self.free[self.drive_of(path)]
        return 500 * GIB, 500 * GIB - free, free

    def registry(self) -> dict[str, dict[str, str]]:
        """The Aspel keys: SAE 7.0 names its data folder on the other drive."""
        return {"Aspel-SAE 7.0": {"RutaDatos": str(self.data)}}

    def find(self) -> Sequence[InstalledSystem]:
        return find_installed(self.env, registry=self.registry, processes=lambda: set(self.running))

    def pc(self) -> LocalPC:
        return LocalPC(
            windows=self.windows,
            env=self.env,
            processes=lambda: set(self.running),
            disk_usage=self.disk_usage,
        )

    def seams(self) -> ThisPCSeams:
        return ThisPCSeams(self.pc(), self.find)


def sparse_supported(folder: Path) -> bool:
    """A sparse file takes no room here (so 1.5 GB of fake data costs nothing)."""
    probe = folder / ".sparse"
    with probe.open("wb") as f:
        f.truncate(64 * MIB)
    try:
        return os.stat(probe).st_blocks * 512 < MIB
    finally:
        probe.unlink()
