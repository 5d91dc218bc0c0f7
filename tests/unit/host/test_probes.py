"""The probes of this PC: Windows ones through a fake ``WindowsApi`` and registry, the
others for real (free space, a 50,000-file folder, a listening socket, a symlink loop)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.probes import (
    AdminRights,
    CouldNotCheck,
    FirebirdServer,
    FolderSize,
    LocalPC,
    Memory,
    NotApplicable,
    OsBits,
    PortUse,
    RestartMarkers,
    VolumeSpace,
    WindowsVersion,
    disk,
    program_names,
)
from aspel_upgrade.host.probes.firebird import SERVICES, firebird_servers
from aspel_upgrade.host.probes.system import CURRENT_VERSION, SESSION_MANAGER
from tests.fakes.windows import DictRegistry, FakeWindows

GIB = 1024**3
IN_MEMORY = "/dev/shm"  # noqa: S108 - mkdtemp makes a private folder in it


def pc(**answers: object) -> LocalPC:
    return LocalPC(windows=FakeWindows(**answers))


# ---- Windows facts, through the fake ----------------------------------------------------
def test_windows_version_takes_the_build_from_the_api_and_the_edition_from_the_registry() -> None:
    values: dict[str, object] = {
        "EditionID": "Professional",
        "DisplayVersion": "22H2",
        "ProductName": "Windows 10",
    }
    registry = DictRegistry({CURRENT_VERSION: values})
    answer = LocalPC(windows=FakeWindows(registry, version=(10, 0, 22631, 1))).windows_version()
    assert answer == WindowsVersion(10, 0, 22631, False, "Professional", "22H2")
    assert answer.number == "10.0.22631"


def test_a_server_is_told_from_a_workstation_by_the_product_type() -> None:
    assert pc(version=(10, 0, 17763, 3)).windows_version() == WindowsVersion(
        10, 0, 17763, True, None, None
    )


@pytest.mark.parametrize(
    ("machine", "expected"),
    [(0x8664, OsBits(64, "x64")), (0x014C, OsBits(32, "x86")), (0xAA64, OsBits(64, "arm64"))],
)
def test_bits_are_the_operating_systems_not_this_pythons(machine: int, expected: OsBits) -> None:
    assert pc(native_machine=machine).os_bits() == expected


def test_memory_and_rights() -> None:
    assert pc().memory() == Memory(8 * GIB, int(7.8 * GIB), 3 * GIB)
    without_installed = pc(memory=(None, 4 * GIB, GIB)).memory()
    assert isinstance(without_installed, Memory) and without_installed.best == 4 * GIB
    assert pc(is_elevated=True).admin_rights() == AdminRights(True, True)
    assert pc(in_administrators=True).admin_rights() == AdminRights(False, True)
    assert pc(in_administrators=False).admin_rights() == AdminRights(False, False)


@pytest.mark.parametrize(
    ("keys", "markers"),
    [
        ({}, ()),
        ({SESSION_MANAGER: {"PendingFileRenameOperations": []}}, ()),
        ({SESSION_MANAGER: {"PendingFileRenameOperations": ["", ""]}}, ()),
        ({SESSION_MANAGER: {"PendingFileRenameOperations": ["\\??\\C:\\x.tmp", ""]}},
         ("file_rename",)),
        ({r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing"
          r"\RebootPending": {}}, ("component_servicing",)),
        ({r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update"
          r"\RebootRequired": {"x": 1}}, ("windows_update",)),
    ],
)  # fmt: skip
def test_a_pending_restart_is_read_from_the_usual_markers(
    keys: dict[str, dict[str, object]], markers: tuple[str, ...]
) -> None:
    answer = LocalPC(windows=FakeWindows(DictRegistry(keys))).restart_pending()
    assert answer == RestartMarkers(markers)
    assert answer.pending == bool(markers)


FB25 = r"C:\Program Files (x86)\Firebird\Firebird_2_5"
FB30 = r"C:\Program Files\Firebird\Firebird_3_0"
UNINSTALL = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"


def firebird_registry() -> DictRegistry:
    return DictRegistry({
        f"{SERVICES}\\FirebirdServerDefaultInstance": {
            "DisplayName": "Firebird Server - DefaultInstance",
            "ImagePath": f'"{FB25}\\bin\\fbserver.exe" -s DefaultInstance',
        },
        f"{SERVICES}\\FirebirdGuardianDefaultInstance": {
            "DisplayName": "Firebird Guardian - DefaultInstance",
            "ImagePath": f'"{FB25}\\bin\\fbguard.exe" -s DefaultInstance',
        },
        f"{SERVICES}\\Spooler": {"ImagePath": r"C:\Windows\System32\spoolsv.exe"},
        r"HKLM\SOFTWARE\WOW6432Node\Firebird Project\Firebird Server\Instances": {
            "DefaultInstance": FB25 + "\\",
        },
        f"{UNINSTALL}\\FBDBServer_2_5_is1": {
            "DisplayName": "Firebird 2.5.9.27139 (Win32)", "DisplayVersion": "2.5.9.27139",
            "InstallLocation": FB25 + "\\",
        },
        f"{UNINSTALL}\\FBDBServer_3_0_is1": {
            "DisplayName": "Firebird 3.0.10.33601 (x64)", "InstallLocation": FB30 + "\\",
        },
    })  # fmt: skip


def test_firebird_servers_are_merged_by_folder_with_version_and_state() -> None:
    windows = FakeWindows(firebird_registry())
    windows.services["FirebirdServerDefaultInstance"] = True
    servers = LocalPC(windows=windows).firebird_servers()
    assert servers == (
        FirebirdServer(
            "Firebird Server - DefaultInstance", "2.5", FB25,
            ("FirebirdGuardianDefaultInstance", "FirebirdServerDefaultInstance"), True,
        ),
        FirebirdServer("Firebird 3.0.10.33601 (x64)", "3.0", FB30, (), None),
    )  # fmt: skip


def test_no_firebird_is_an_empty_answer() -> None:
    assert firebird_servers(DictRegistry({f"{SERVICES}\\Spooler": {}})) == ()


def test_windows_probes_do_not_apply_elsewhere() -> None:
    local = LocalPC(windows=None, processes=None) if sys.platform != "win32" else None
    if local is None:
        pytest.skip("on Windows the real API is there")
    for answer in (
        local.windows_version(), local.os_bits(), local.memory(), local.admin_rights(),
        local.restart_pending(), local.firebird_servers(), local.drive_kind("/"),
        local.program_open(InstalledSystem("SAE", "7.0")),
    ):  # fmt: skip
        assert answer == NotApplicable("not_windows")


def test_a_probe_that_fails_is_an_answer_not_an_exception() -> None:
    failing = pc(version=OSError(5, "Acceso denegado"), memory=RuntimeError("boom"))
    answer = failing.windows_version()
    assert isinstance(answer, CouldNotCheck) and "Acceso denegado" in answer.detail
    assert isinstance(failing.memory(), CouldNotCheck)
    assert isinstance(pc(native_machine=ValueError("x")).os_bits(), CouldNotCheck)


def test_drive_kind_tells_network_from_local() -> None:
    assert pc().drive_kind(r"C:\Datos") == "local"
    assert pc(drive_type=4).drive_kind(r"Z:\Datos") == "network"
    assert pc().drive_kind(r"\\SERVIDOR\Aspel\SAE7.00") == "network"
    assert pc(volume_root="\\\\SERVIDOR\\Aspel\\").drive_kind(r"Z:\x") == "network"
    assert pc(drive_type=2).drive_kind(r"E:\x") == "removable"


# ---- the port: a real socket --------------------------------------------------------------
@contextlib.contextmanager
def listening() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_port_taken_by_a_listening_socket_is_seen_and_a_free_one_is_free() -> None:
    local = LocalPC(windows=None)  # the loopback connect, as off Windows
    with listening() as port:
        assert local.port_use(port) == PortUse(port, True, None)
    if sys.platform != "win32":  # Windows retries a refused loopback connect for ~2 s
        closed = free_port()
        assert local.port_use(closed) == PortUse(closed, False)


def test_windows_names_the_program_holding_the_port() -> None:
    answer = pc(tcp_listeners={3050: 4242}, process_name="fbserver.exe").port_use(3050)
    assert answer == PortUse(3050, True, "fbserver.exe")
    assert pc(tcp_listeners={3050: 4242}).port_use(3051) == PortUse(3051, False)


def test_without_the_listening_table_a_connect_decides() -> None:
    with listening() as port:
        assert pc(tcp_listeners=OSError(50, "no")).port_use(port) == PortUse(port, True)


# ---- free space: real volumes -------------------------------------------------------------
def test_free_space_names_the_volume_and_matches_the_system(tmp_path: Path) -> None:
    local = LocalPC(windows=None)
    answer = local.free_space(str(tmp_path))
    assert isinstance(answer, VolumeSpace)
    assert answer.volume == disk.mount_point(str(tmp_path))
    assert abs(answer.free - shutil.disk_usage(tmp_path).free) < 64 * 1024**2
    assert answer.total == shutil.disk_usage(tmp_path).total


def test_a_download_folder_not_made_yet_is_measured_where_it_will_be(tmp_path: Path) -> None:
    answer = LocalPC(windows=None).free_space(str(tmp_path / "Descargas" / "Aspel"))
    assert isinstance(answer, VolumeSpace) and answer.path.endswith("Aspel")


def test_a_folder_on_a_volume_that_vanished_could_not_be_checked(tmp_path: Path) -> None:
    gone = tmp_path / "unidad"
    gone.mkdir()
    shutil.rmtree(gone)
    answer = LocalPC(windows=None).free_space(str(gone / "SAE7.00"), nearest=False)
    assert isinstance(answer, CouldNotCheck) and answer.detail.startswith("missing")


# ---- a folder's size: real trees ----------------------------------------------------------
def build_tree(root: Path, files: int, per_folder: int = 500) -> int:
    written = 0
    while written < files:
        folder = root / f"Empresa{written // (per_folder * 10):02d}" / f"D{written // per_folder}"
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(min(per_folder, files - written)):
            (folder / f"T{i:04d}.FDB").write_bytes(b"x" * (i % 7))
            written += 1
    return sum(i % 7 for i in range(per_folder)) * (files // per_folder)


@pytest.fixture(scope="module")
def big_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """Made once per module; in memory (/dev/shm) where there is one: making 50,000 files
    on a disk other processes are busy with took 20 s, in memory about 1 s."""
    if os.path.isdir(IN_MEMORY) and os.access(IN_MEMORY, os.W_OK):
        root = Path(tempfile.mkdtemp(prefix="aspel-datos50k-", dir=IN_MEMORY))
        try:
            yield root, build_tree(root, 50_000)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    else:
        root = tmp_path_factory.mktemp("datos50k")
        yield root, build_tree(root, 50_000)


def test_the_size_of_a_50000_file_folder_is_measured_whole(big_tree: tuple[Path, int]) -> None:
    root, expected = big_tree
    answer = disk.folder_size(str(root), time_bound=60)
    assert isinstance(answer, FolderSize)
    assert (answer.bytes, answer.files, answer.complete, answer.at_least) == (
        expected, 50_000, True, False
    )  # fmt: skip


def test_a_walk_cut_short_by_its_time_bound_says_at_least(big_tree: tuple[Path, int]) -> None:
    root, expected = big_tree
    ticks = iter(range(10**9))
    answer = disk.folder_size(str(root), time_bound=20, clock=lambda: next(ticks))
    assert isinstance(answer, FolderSize)
    assert not answer.complete and answer.at_least
    assert 0 < answer.files < 50_000 and 0 <= answer.bytes < expected


def test_a_symbolic_link_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "Empresa01" / "Datos").mkdir(parents=True)
    (tmp_path / "Empresa01" / "Datos" / "SAE70EMPRE01.FDB").write_bytes(b"x" * 1000)
    try:
        (tmp_path / "Empresa01" / "Datos" / "bucle").symlink_to(tmp_path, target_is_directory=True)
        (tmp_path / "enlace.FDB").symlink_to(tmp_path / "Empresa01" / "Datos" / "SAE70EMPRE01.FDB")
    except OSError:
        pytest.skip("this system does not let this user make symbolic links")
    if not os.path.lexists(tmp_path / "enlace.FDB"):
        pytest.skip("symbolic links reported made but not made (Wine 8)")
    answer = disk.folder_size(str(tmp_path), time_bound=10)
    assert isinstance(answer, FolderSize)
    assert answer == FolderSize(str(tmp_path), 1000, 1, True, 0, 2, answer.seconds)


@contextlib.contextmanager
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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_folder_is_skipped_and_counted() -> None:
    root = Path(tempfile.mkdtemp(prefix="aspel-unreadable-"))
    try:
        root.chmod(0o755)
        (root / "Empresa01").mkdir(mode=0o755)
        (root / "Empresa01" / "SAE70EMPRE01.FDB").write_bytes(b"x" * 300)
        (root / "Empresa02").mkdir()
        (root / "Empresa02" / "oculto.FDB").write_bytes(b"x" * 5000)
        (root / "Empresa02").chmod(0o000)
        with as_nobody():
            answer = disk.folder_size(str(root), time_bound=10)
            whole = disk.folder_size(str(root / "Empresa02"), time_bound=10)
        assert isinstance(answer, FolderSize)
        assert (answer.bytes, answer.files, answer.unreadable, answer.at_least) == (300, 1, 1, True)
        assert isinstance(whole, CouldNotCheck) and whole.detail.startswith("unreadable")
    finally:
        (root / "Empresa02").chmod(0o755)
        shutil.rmtree(root)


def test_a_missing_folder_or_a_file_could_not_be_measured(tmp_path: Path) -> None:
    missing = disk.folder_size(str(tmp_path / "no-existe"))
    assert isinstance(missing, CouldNotCheck) and missing.detail.startswith("missing")
    (tmp_path / "archivo").write_text("x")
    assert isinstance(disk.folder_size(str(tmp_path / "archivo")), CouldNotCheck)
    assert isinstance(disk.folder_size("con\0nulo"), CouldNotCheck)


def test_a_data_folder_is_measured_once_per_check_session(tmp_path: Path) -> None:
    (tmp_path / "a.FDB").write_bytes(b"x" * 10)
    local = LocalPC(windows=None)
    first = local.folder_size(str(tmp_path))
    (tmp_path / "b.FDB").write_bytes(b"x" * 10)
    assert local.folder_size(str(tmp_path)) is first
    fresh = LocalPC(windows=None).folder_size(str(tmp_path))
    assert isinstance(fresh, FolderSize) and fresh.bytes == 20


# ---- the old program, looked at anew ------------------------------------------------------
def test_the_old_program_open_is_looked_at_each_time(tmp_path: Path) -> None:
    program = tmp_path / "Aspel-SAE 7.0"
    program.mkdir()
    (program / "SAEWIN70.exe").write_bytes(b"MZ")
    (program / "SAEUtil70.EXE").write_bytes(b"MZ")
    installed = InstalledSystem("SAE", "7.0", str(program), (DataFolder(str(tmp_path), 1),))
    assert program_names(installed) == {"saewin70", "saeutil70"}
    running: set[str] = {"explorer"}
    local = LocalPC(windows=None, processes=lambda: set(running))
    assert local.program_open(installed) == ()
    running.add("saeutil70")
    assert local.program_open(installed) == ("saeutil70",)
    broken = LocalPC(windows=None, processes=lambda: (_ for _ in ()).throw(OSError("tasklist")))
    assert isinstance(broken.program_open(installed), CouldNotCheck)


def test_the_program_goes_to_program_files_or_the_system_drive() -> None:
    env = {"ProgramFiles(x86)": r"D:\Programas (x86)", "ProgramFiles": r"D:\Programas"}
    assert LocalPC(windows=None, env=env).program_folder() == r"D:\Programas (x86)"
    fake = FakeWindows()
    assert LocalPC(windows=fake, env={"SystemDrive": "E:"}).program_folder() == "E:\\"
