"""The readiness probes for real, on Windows: each one runs and says what it found.

Skipped elsewhere. packaging/windows/prove.sh runs them on Windows Python under Wine, which
answers the same Win32 calls (RtlGetVersion, IsWow64Process2, GlobalMemoryStatusEx,
IsUserAnAdmin, CheckTokenMembership, GetVolumePathNameW, GetDriveTypeW,
GetExtendedTcpTable, the registry). Each finding is recorded as a JUnit property
(``probe_<name>``: the proof runs pytest-xdist, which carries properties back to the report
but not what a worker prints) and printed (``PROBE name: answer``) when run in one process.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows host only")

Record = Callable[[str, object], None]


@pytest.fixture
def say(record_property: Record, capsys: pytest.CaptureFixture[str]) -> Callable[[str, Any], Any]:
    def say(name: str, answer: Any) -> Any:
        with capsys.disabled():
            print(f"\nPROBE {name}: {answer!r}")
        record_property(f"probe_{name}", repr(answer))
        return answer

    return say


def test_each_real_probe_answers_and_says_what_it_found(say: Callable[[str, Any], Any]) -> None:
    from aspel_upgrade.host.probes import (
        AdminRights,
        CouldNotCheck,
        LocalPC,
        Memory,
        OsBits,
        PortUse,
        RestartMarkers,
        VolumeSpace,
        WindowsVersion,
    )

    pc = LocalPC()
    version = say("windows_version", pc.windows_version())
    assert isinstance(version, WindowsVersion) and version.major >= 6 and version.build > 0
    assert isinstance(say("os_bits", pc.os_bits()), OsBits)
    memory = say("memory", pc.memory())
    assert isinstance(memory, Memory) and memory.usable > 64 * 1024**2
    assert isinstance(say("admin_rights", pc.admin_rights()), AdminRights)
    assert isinstance(say("restart_pending", pc.restart_pending()), RestartMarkers)
    assert isinstance(say("firebird_servers", pc.firebird_servers()), tuple)
    system_drive = os.environ.get("SYSTEMDRIVE", "C:") + "\\"
    space = say("free_space", pc.free_space(system_drive))
    assert isinstance(space, VolumeSpace) and space.volume.upper() == system_drive.upper()
    assert space.free > 0
    assert say("drive_kind", pc.drive_kind(system_drive)) == "local"
    assert say("program_folder", pc.program_folder())
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        taken = say("port_use_listening", pc.port_use(port))
        assert isinstance(taken, PortUse) and taken.in_use
    assert say("port_use_free", pc.port_use(port)) == PortUse(port, False)
    missing = say("free_space_vanished_drive", pc.free_space(_free_letter() + ":\\Aspel",
                                                              nearest=False))  # fmt: skip
    assert isinstance(missing, CouldNotCheck) and missing.detail.startswith("missing")


def test_a_folder_size_and_a_junction_on_windows(say: Callable[[str, Any], Any]) -> None:
    import subprocess

    from aspel_upgrade.host.probes import FolderSize
    from aspel_upgrade.host.probes.disk import folder_size

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "Empresa01" / "Datos").mkdir(parents=True)
        (root / "Empresa01" / "Datos" / "SAE70EMPRE01.FDB").write_bytes(b"x" * 4096)
        loop = root / "Empresa01" / "bucle"
        subprocess.run(  # a junction back to the root: a loop if it were followed
            ["cmd", "/c", "mklink", "/J", str(loop), str(root)],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        made = say("junction_made", os.path.lexists(loop))  # Wine 8's mklink /J makes none
        answer = say("folder_size", folder_size(str(root), time_bound=10))
        assert isinstance(answer, FolderSize) and answer.complete
        assert (answer.bytes, answer.files, answer.links) == (4096, 1, 1 if made else 0)


def test_all_checks_together_on_this_pc(say: Callable[[str, Any], Any]) -> None:
    from aspel_upgrade.flow import readiness as r
    from aspel_upgrade.host.installed import find_installed
    from aspel_upgrade.host.probes import LocalPC
    from aspel_upgrade.portal.requirements import parse_requirements
    from aspel_upgrade.sandbox.requirements import requirements_answer
    from tests.helpers_readiness import the_check

    _, body = requirements_answer("SAE", "8.0")
    requirements = parse_requirements(body, "SAE", "8.0")
    installed = next((i for i in find_installed() if i.system == "SAE"), None)
    readiness = r.check_this_pc(
        LocalPC(), system="SAE", installed=installed, old_version="7.0",
        requirements=requirements, download_dir=tempfile.gettempdir(), today=date.today(),
    )  # fmt: skip
    for check in readiness.checks:
        say(f"check_{check.id}", f"{check.status.value}: {check.message}")
    assert [c.id for c in readiness.checks] == list(r.CHECK_IDS)
    for check_id in ("windows_version", "windows_bits", "ram", "admin", "space_installer"):
        assert the_check(readiness, check_id).case != "could_not_check", check_id


def test_the_check_command_on_this_pc(
    say: Callable[[str, Any], Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``aspel-upgrade --check --system SAE`` with the real probes and finder, against the
    sandbox: a result file the schema accepts, exit 0 or 5 as its checks say."""
    from aspel_upgrade.host.paths import AppPaths
    from aspel_upgrade.launch.cli import main
    from aspel_upgrade.sandbox.server import SandboxPortal
    from tests.helpers_sandbox import sandbox_config
    from tests.result_file import read_result_file

    paths = AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                     downloads_dir=tmp_path / "Downloads")  # fmt: skip
    result = tmp_path / "check.json"
    with SandboxPortal(config=sandbox_config()) as portal:
        code = main(["--check", "--system", "SAE", "--portal-url", portal.url,
                     "--result-file", str(result)], paths=paths)  # fmt: skip
    data = read_result_file(result)
    for line in capsys.readouterr().out.splitlines():
        say("check_line", line)
    assert data["outcome"] == "checked" and code == data["exit_code"] in (0, 5)
    blocked = any(c["status"] == "bloquea" for c in data["checks"])
    assert code == (5 if blocked else 0)


def _free_letter() -> str:
    used = {p[0].upper() for p in os.listdrives()} if hasattr(os, "listdrives") else set()
    for letter in "QRSTUVWXY":
        if letter not in used and not os.path.exists(f"{letter}:\\"):
            return letter
    pytest.skip("no free drive letter to stand for a vanished volume")
