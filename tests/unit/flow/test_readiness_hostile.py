"""The hostile pass of issue 20 on the real probes (real folders; the Win32 answers and the
registry through the seams): a data folder on a volume that vanishes, an unreadable data
folder, a symbolic link loop inside it, a data folder that is a file. No crash, a clear
sentence, and nothing blocked by a check that could not run."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from aspel_upgrade.flow import readiness as r
from aspel_upgrade.host.installed import InstalledSystem
from tests.fakes.this_pc import REQ
from tests.fakes.windows_pc import GIB, FakeWindowsPC


def look(pc: FakeWindowsPC, found: tuple[InstalledSystem, ...] | None = None) -> r.Readiness:
    installed = found if found is not None else tuple(pc.find())
    return r.check_this_pc(
        pc.pc(), system="SAE", installed=installed[0] if installed else None, old_version="7.0",
        requirements=REQ, download_dir=str(pc.downloads), today=date(2026, 12, 6),
        deadline_on=date(2027, 1, 10), checklist=r.Checklist(True, True),
    )  # fmt: skip


@contextmanager
def as_nobody() -> Iterator[None]:
    """Root reads every folder; to meet an unreadable one it must act as another user."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_a_data_folder_on_a_volume_that_vanished_says_so_and_holds_nothing(
    tmp_path: Path,
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    found = tuple(pc.find())  # found while the drive was there…
    shutil.rmtree(pc.d)  # …then it went away (a USB drive pulled, a share dropped)
    readiness = look(pc, found)
    space = readiness.check("space_data")
    assert space is not None and space.status is r.Status.AVISO
    assert space.message.startswith("No se encontró la carpeta «")
    assert "(¿se desconectó la unidad?)" in space.message
    assert not readiness.blocked and not readiness.commit_blocked


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_data_folder_is_at_least_what_could_be_read() -> None:
    root = Path(tempfile.mkdtemp(prefix="aspel-hostile-"))  # not under root's own tmp
    root.chmod(0o755)
    pc = FakeWindowsPC(root / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    hidden = pc.data / "Empresa02"
    found = tuple(pc.find())
    hidden.chmod(0o000)
    try:
        with as_nobody():
            readiness = look(pc, found)
    finally:
        hidden.chmod(0o755)
        shutil.rmtree(root)
    space = readiness.check("space_data")
    assert space is not None and space.status is r.Status.AVISO
    assert "ocupan al menos 768 MB (una carpeta no se pudo leer)" in space.message
    assert not readiness.blocked


def test_a_symbolic_link_loop_inside_the_data_is_not_followed(tmp_path: Path) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    try:
        (pc.data / "Empresa01" / "Datos" / "bucle").symlink_to(pc.data, target_is_directory=True)
    except OSError:
        pytest.skip("this system does not let this user make symbolic links")
    if not os.path.lexists(pc.data / "Empresa01" / "Datos" / "bucle"):
        pytest.skip("symbolic links reported made but not made (Wine 8)")
    readiness = look(pc)
    space = readiness.check("space_data")
    assert space is not None and space.status is r.Status.OK, space
    assert space.found == "D:\\ 40.0 GB free; data 1.5 GB"  # measured whole, once


def test_a_data_folder_that_is_a_file_could_not_be_measured(tmp_path: Path) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    found = tuple(pc.find())
    shutil.rmtree(pc.data)
    pc.data.write_text("no soy una carpeta", encoding="utf-8")
    readiness = look(pc, found)
    space = readiness.check("space_data")
    assert space is not None and space.status is r.Status.AVISO
    assert space.message.startswith(  # what it means first; the probe's words last
        "No se pudo revisar esto en este equipo. No detiene la actualización, pero revísalo "
        "por tu cuenta. Detalle técnico: not_a_folder: "
    )
    assert not readiness.blocked
