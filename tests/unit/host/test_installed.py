"""The installed-system finder over fake Windows trees built under tmp_path."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.host.installed import (
    DataFolder,
    InstalledSystem,
    find_installed,
    parse_tasklist,
    read_aspel_registry,
    running_processes,
)
from tests.fakes.windows import DictRegistry


def windows_env(drive: Path) -> dict[str, str]:
    """The environment a 64-bit Windows gives a process, rooted at a fake drive."""
    return {
        "ProgramFiles": str(drive / "Program Files"),
        "ProgramFiles(x86)": str(drive / "Program Files (x86)"),
        "ProgramW6432": str(drive / "Program Files"),
        "CommonProgramFiles": str(drive / "Program Files" / "Common Files"),
        "CommonProgramFiles(x86)": str(drive / "Program Files (x86)" / "Common Files"),
    }


def install(
    drive: Path, system: str, version: str, *, companies: int = 1, x86: bool = True
) -> None:
    """What Aspel's installer leaves: the program folder and the companies' data."""
    programs = drive / ("Program Files (x86)" if x86 else "Program Files")
    folder = programs / "Aspel" / f"Aspel-{system} {version}"
    folder.mkdir(parents=True)
    digits = version.replace(".", "")
    (folder / f"{system}WIN{digits}.exe").write_bytes(b"MZ")
    (folder / "leeme.txt").write_text("x")
    data = programs / "Common Files" / "Aspel" / "Sistemas Aspel" / f"{system}{version}0"
    add_companies(data, system, digits, companies)


def add_companies(data: Path, system: str, digits: str, companies: int) -> None:
    for n in range(1, companies + 1):
        datos = data / f"Empresa{n:02d}" / "Datos"
        datos.mkdir(parents=True)
        (datos / f"{system}{digits}EMPRE{n:02d}.FDB").write_bytes(b"")


def no_registry() -> dict[str, dict[str, str]]:
    return {}


def nothing_running() -> set[str]:
    return set()


def find(drive: Path, **kwargs: Any) -> tuple[InstalledSystem, ...]:
    kwargs.setdefault("registry", no_registry)
    kwargs.setdefault("processes", nothing_running)
    return find_installed(windows_env(drive), **kwargs)


def test_only_sae_7(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0")
    [sae] = find(tmp_path)
    assert (sae.system, sae.version, sae.label) == ("SAE", "7.0", "SAE 7.0")
    assert sae.program_dir == str(tmp_path / "Program Files (x86)" / "Aspel" / "Aspel-SAE 7.0")
    data = tmp_path / "Program Files (x86)" / "Common Files" / "Aspel" / "Sistemas Aspel"
    assert sae.data == (DataFolder(str(data / "SAE7.00"), 1),)
    assert sae.companies == 1
    assert not sae.running


def test_two_versions_side_by_side_and_which_one_is_running(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0")
    install(tmp_path, "SAE", "8.0", x86=False)
    found = find(tmp_path, processes=lambda: {"saewin70", "explorer"})
    assert [(s.label, s.running) for s in found] == [("SAE 7.0", True), ("SAE 8.0", False)]
    assert found[1].program_dir is not None and "Program Files" in found[1].program_dir


def test_several_companies_and_systems(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0", companies=3)
    install(tmp_path, "NOI", "10.0", companies=2)
    found = {s.label: s for s in find(tmp_path)}
    assert found["SAE 7.0"].companies == 3
    assert found["NOI 10.0"].companies == 2
    assert list(found) == ["NOI 10.0", "SAE 7.0"]


def test_an_empresa_folder_without_datos_is_not_a_company(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0", companies=1)
    data = tmp_path / "Program Files (x86)" / "Common Files" / "Aspel" / "Sistemas Aspel"
    (data / "SAE7.00" / "Empresa02").mkdir()
    [sae] = find(tmp_path)
    assert sae.companies == 1


def test_data_on_another_drive_from_the_settings(tmp_path: Path) -> None:
    install(tmp_path / "C", "SAE", "7.0", companies=0)
    network = tmp_path / "Z" / "Sistemas Aspel"
    add_companies(network / "SAE7.00", "SAE", "70", 2)
    [sae] = find(tmp_path / "C", extra_data_roots=[str(tmp_path / "Z")])
    assert sae.data == (DataFolder(str(network / "SAE7.00"), 2),)
    # The <SIS><v>.00 folder itself, or the «Sistemas Aspel» folder, work as well.
    for root in (network, network / "SAE7.00"):
        [sae] = find(tmp_path / "C", extra_data_roots=[str(root)])
        assert sae.companies == 2


def test_registry_given_as_a_dictionary(tmp_path: Path) -> None:
    """A key names the system; a value pointing at a data folder (here on «Z:») is used."""
    program = tmp_path / "D" / "Apps" / "Aspel-COI 9.0"
    program.mkdir(parents=True)
    (program / "COIWIN90.exe").write_bytes(b"MZ")
    data = tmp_path / "Z" / "Datos Aspel" / "COI9.00"
    add_companies(data, "COI", "90", 1)
    keys = {
        "Aspel-COI 9.0": {"InstallDir": str(program), "DataDir": str(data), "Version": "9.0"},
        "Aspel-SAE 9.0": {"Path": str(tmp_path / "missing")},
        "Otra cosa": {"x": "y"},
    }
    found = find(tmp_path / "C", registry=lambda: keys, processes=lambda: {"coiwin90"})
    by_label = {s.label: s for s in found}
    coi = by_label["COI 9.0"]
    assert coi.program_dir == str(program)
    assert coi.data == (DataFolder(str(data), 1),)
    assert coi.running and not coi.from_registry
    sae = by_label["SAE 9.0"]  # only a key: known, but nothing on disk
    assert sae.from_registry and sae.program_dir is None and sae.data == ()


def test_a_failing_registry_or_process_list_is_no_hint(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0")

    def broken() -> dict[str, dict[str, str]]:
        raise PermissionError("acceso denegado")

    def broken_ps() -> set[str]:
        raise OSError("tasklist")

    [sae] = find(tmp_path, registry=broken, processes=broken_ps)
    assert sae.label == "SAE 7.0" and not sae.running


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="chmod as non-root")
def test_an_unreadable_folder_is_skipped(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0")
    install(tmp_path, "COI", "9.0")
    data = tmp_path / "Program Files (x86)" / "Common Files" / "Aspel" / "Sistemas Aspel"
    locked = data / "COI9.00"
    locked.chmod(0)
    try:
        found = {s.label: s for s in find(tmp_path)}
    finally:
        locked.chmod(0o755)
    assert found["SAE 7.0"].companies == 1
    assert found["COI 9.0"].data == ()  # its program is still found


def test_a_folder_the_os_refuses_to_list_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above where chmod cannot lock root out: the OS answers «access denied»."""
    install(tmp_path, "SAE", "7.0")
    install(tmp_path, "COI", "9.0")
    data = tmp_path / "Program Files (x86)" / "Common Files" / "Aspel" / "Sistemas Aspel"
    locked = {
        str(data / "COI9.00"),
        str(tmp_path / "Program Files (x86)" / "Aspel" / "Aspel-SAE 7.0"),
    }
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if str(path) in locked:
            raise PermissionError(13, "Acceso denegado", str(path))
        return real_scandir(path)

    monkeypatch.setattr("aspel_upgrade.host.installed.os.scandir", scandir)
    found = {s.label: s for s in find(tmp_path, processes=lambda: {"saewin70"})}
    assert found["COI 9.0"].data == () and found["COI 9.0"].program_dir is not None
    sae = found["SAE 7.0"]
    # Its program folder cannot be listed, so its executable is not seen: not claimed.
    assert sae.companies == 1 and sae.program_dir is None
    assert sae.running  # its executable's usual name is known even unlisted


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "Program Files (x86)").mkdir()
    (tmp_path / "Program Files (x86)" / "Aspel").write_text("not a folder")
    common = tmp_path / "Program Files" / "Common Files" / "Aspel" / "Sistemas Aspel"
    common.mkdir(parents=True)
    (common / "SAE7.00").write_text("not a folder")
    (tmp_path / "Program Files" / "Aspel").mkdir(parents=True)
    (tmp_path / "Program Files" / "Aspel" / "Aspel-SAE 8.0").write_text("not a folder")
    assert find(tmp_path) == ()


def test_nothing_set_missing_or_odd_environment_is_empty() -> None:
    assert find_installed({}, registry=no_registry, processes=nothing_running) == ()
    odd = {"ProgramFiles": "\0bad", "CommonProgramFiles": "", "ProgramFiles(x86)": "/no/such"}
    assert find_installed(odd, registry=no_registry, processes=nothing_running) == ()


def test_folder_names_match_without_regard_to_case(tmp_path: Path) -> None:
    folder = tmp_path / "Program Files (x86)" / "ASPEL" / "aspel-sae 7.0"
    folder.mkdir(parents=True)
    (folder / "saewin70.EXE").write_bytes(b"MZ")
    [sae] = find(tmp_path, processes=lambda: {"saewin70"})
    assert sae.label == "SAE 7.0" and sae.running


def test_tasklist_csv_is_parsed() -> None:
    text = (
        '"System Idle Process","0","Services","0","8 K"\r\n'
        '"SAEWIN70.EXE","4312","Console","1","90,112 K"\r\n'
    )
    assert parse_tasklist(text) == {"saewin70"}
    assert parse_tasklist("INFO: No tasks are running.\r\n") == set()


class _LockedKey(DictRegistry):
    """A registry with one key this user may not open (as Windows says: access denied)."""

    def values(self, path: str) -> dict[str, object] | None:
        if path.lower().endswith("aspel-coi 9.0"):
            raise PermissionError(5, "Acceso denegado")
        return super().values(path)


def test_the_aspel_keys_of_both_views_are_read_with_their_text_values() -> None:
    registry = _LockedKey({
        r"HKLM\SOFTWARE\WOW6432Node\Aspel\Aspel-SAE 9.0": {
            "": r"C:\Program Files (x86)\Aspel\Aspel-SAE 9.0",
            "RutaDatos": r"D:\Aspel\Datos",
            "Version": 900,  # a DWORD: not a folder
            "Rutas": ["E:\\x", "F:\\y"],  # REG_MULTI_SZ: not read
        },
        r"HKLM\SOFTWARE\Aspel\Aspel-NOI 11.0": {"RutaInstalacion": r"C:\Aspel\NOI"},
        r"HKLM\SOFTWARE\Aspel\Aspel-COI 9.0": {"RutaInstalacion": r"C:\Aspel\COI"},
    })  # fmt: skip
    assert read_aspel_registry(registry) == {
        "Aspel-SAE 9.0": {
            "(predeterminado)": r"C:\Program Files (x86)\Aspel\Aspel-SAE 9.0",
            "RutaDatos": r"D:\Aspel\Datos",
        },
        "Aspel-NOI 11.0": {"RutaInstalacion": r"C:\Aspel\NOI"},
        "Aspel-COI 9.0": {},  # named, its values unreadable: still a hint it is there
    }
    assert read_aspel_registry(DictRegistry()) == {}


@pytest.mark.skipif(sys.platform == "win32", reason="the off-Windows answer")
def test_windows_readers_are_empty_elsewhere() -> None:
    assert read_aspel_registry() == {}
    assert running_processes() == set()


@pytest.mark.skipif(sys.platform != "win32", reason="reads the real registry and tasklist")
def test_windows_readers_answer_on_windows() -> None:  # pragma: no cover - Windows CI
    keys = read_aspel_registry()
    assert all(isinstance(v, dict) for v in keys.values())
    names = running_processes()
    assert "python" in names or any(n.startswith("python") for n in names)


def test_an_empty_or_leftover_program_folder_is_not_an_installation(tmp_path: Path) -> None:
    """Issue 18 B8: an uninstaller leaves «Aspel-SAE 8.0» behind, empty or with a log in
    it; that is not SAE 8.0 installed (it made the result page say «ya está instalado»)."""
    install(tmp_path, "SAE", "7.0")
    programs = tmp_path / "Program Files (x86)" / "Aspel"
    (programs / "Aspel-SAE 8.0").mkdir()
    leftover = programs / "Aspel-COI 9.0"
    leftover.mkdir()
    (leftover / "desinstalar.log").write_text("x")
    (leftover / "Ayuda.exe").write_bytes(b"MZ")  # not the system's executable
    assert [s.label for s in find(tmp_path)] == ["SAE 7.0"]


def test_a_program_folder_counts_with_the_system_executable_only(tmp_path: Path) -> None:
    install(tmp_path, "SAE", "7.0")
    folder = tmp_path / "Program Files (x86)" / "Aspel" / "Aspel-SAE 7.0"
    (folder / "SAEWIN70.exe").unlink()
    [sae] = find(tmp_path)  # its data is still here: known, but no program
    assert sae.program_dir is None and sae.companies == 1


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_links_back_to_a_parent_are_ignored(tmp_path: Path) -> None:
    """A «program folder» or «data folder» that is a link to a folder above it loops: it
    is not followed, and nothing is found through it."""
    install(tmp_path, "SAE", "7.0")
    aspel = tmp_path / "Program Files (x86)" / "Aspel"
    (aspel / "SAEWIN80.exe").write_bytes(b"MZ")  # would «prove» SAE 8.0 through the loop
    (aspel / "Aspel-SAE 8.0").symlink_to(aspel, target_is_directory=True)
    sistemas = tmp_path / "Program Files (x86)" / "Common Files" / "Aspel" / "Sistemas Aspel"
    (sistemas / "SAE8.00").symlink_to(sistemas, target_is_directory=True)
    (sistemas / "SAE7.00" / "Empresa09").symlink_to(sistemas, target_is_directory=True)
    found = find(tmp_path)
    assert [s.label for s in found] == ["SAE 7.0"]
    assert found[0].companies == 1
