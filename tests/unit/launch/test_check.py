"""``aspel-upgrade --check`` (issue 20, item 4): no log-in, one line per check in --lang,
the result file's ``checks`` with ``outcome: "checked"``, exit 0 when nothing blocks and 5
when something does; on a fake Windows PC (real folders, a fake registry and Win32 answers,
through the product's own seams) and against the real sandbox."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import main
from aspel_upgrade.launch.options import Options
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.fakes.windows_pc import GIB, FakeWindowsPC
from tests.result_file import read_result_file


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _paths(paths: AppPaths, pc: FakeWindowsPC) -> AppPaths:
    return paths._replace(downloads_dir=pc.downloads)


def _check(
    paths: AppPaths, pc: FakeWindowsPC, result: Path, *argv: str
) -> tuple[int, dict[str, object]]:
    code = main(["--check", "--result-file", str(result), *argv], paths=_paths(paths, pc),
                seams=pc.seams())  # fmt: skip
    return code, read_result_file(result)


def _checks(data: dict[str, object]) -> list[dict[str, Any]]:
    """The result file's checks (its schema says: a list of objects)."""
    checks = data["checks"]
    assert isinstance(checks, list)
    return checks


def test_the_data_on_a_nearly_full_drive_exits_5_and_with_room_0(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")  # SAE 7.0, its 1.5 GB of data on D: (200 MB free)
    result = tmp_path / "r.json"
    code, data = _check(paths, pc, result, "--portal-url", sandbox.url)
    assert code == 5
    assert (data["outcome"], data["exit_code"], data["error_code"]) == ("checked", 5, None)
    checks = {c["id"]: c for c in _checks(data)}
    space = checks["space_data"]
    assert space["status"] == "bloquea" and space["system"] == "SAE"
    assert space["found"] == "D:\\ 200 MB free; data 1.5 GB" and space["needed"] == "1.5 GB"
    assert "En la unidad D: hay 200 MB libres y se necesitan 1.5 GB" in space["message"]
    assert checks["ram"]["status"] == "ok"  # compared with the sandbox's published figure
    out = capsys.readouterr().out.splitlines()
    assert f"Bloquea · SAE · Espacio para tus datos: {space['message']}" in out
    assert len([line for line in out if " · SAE · " in line]) == len(checks)  # one per check
    assert "backup" not in checks and "time_left" not in checks  # nobody to ask
    count = [c["status"] for c in checks.values()].count
    assert out[-1] == (
        f"SAE: Revisión de este equipo: bloquean 1, avisos {count('aviso')}, bien {count('ok')}."
    )

    pc.free["D"] = 40 * GIB  # room made on D:
    code, data = _check(paths, pc, result, "--portal-url", sandbox.url)
    assert (code, data["outcome"]) == (0, "checked")
    again = {c["id"]: c for c in _checks(data)}
    assert again["space_data"]["status"] == "ok"


def test_no_log_in_is_asked_or_made(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    code, _ = _check(paths, pc, tmp_path / "r.json", "--portal-url", sandbox.url)
    assert code == 0
    with sandbox.service.store.reading() as conn:
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


def test_a_portal_that_cannot_be_reached_still_gets_the_local_checks(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    url = f"http://127.0.0.1:{_closed_port()}"
    code, data = _check(paths, pc, tmp_path / "r.json", "--portal-url", url)
    checks = {c["id"]: c for c in _checks(data)}
    assert code == 5 and checks["space_data"]["status"] == "bloquea"  # measured here
    for needs_a_figure in ("windows_version", "ram", "space_installer", "db_port"):
        assert checks[needs_a_figure]["status"] == "aviso", needs_a_figure
        assert "no se pudo consultar el portal de Aspel" in checks[needs_a_figure]["message"]
    assert "Aviso · SAE · Memoria (RAM)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("field", "value", "check_id"),
    [
        ("ram_bytes", -1, "ram"),  # a negative size
        ("program_disk_bytes", 10**40, "space_program"),  # a huge number: would block if read
        ("installer_bytes", "mucho", "space_installer"),  # not a number at all
        ("desconocido", {"x": [1, 2]}, None),  # a member nobody published: ignored
    ],
)
def test_a_portal_answering_nonsense_blocks_nothing_and_exits_0(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, field: str, value: object,
    check_id: str | None, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    sandbox.faults.add(Fault("get_release_requirements", "set_field", field=field, value=value))
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})  # room
    code, data = _check(paths, pc, tmp_path / "r.json", "--portal-url", sandbox.url)
    assert (code, data["outcome"], data["error_code"]) == (0, "checked", None)
    checks = {c["id"]: c for c in _checks(data)}
    assert not [c for c in checks.values() if c["status"] == "bloquea"]
    if check_id is None:
        assert checks["ram"]["status"] == checks["space_program"]["status"] == "ok"
        return
    assert checks[check_id]["status"] == "aviso", checks[check_id]
    assert "el dato que publicó Aspel para SAE 8.0 no es válido" in checks[check_id]["message"]
    assert "Traceback" not in capsys.readouterr().err


def test_without_a_portal_configured_the_local_checks_run_too(
    paths: AppPaths, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    code, data = _check(paths, pc, tmp_path / "r.json")
    assert (code, data["outcome"]) == (0, "checked")
    checks = {c["id"]: c for c in _checks(data)}
    assert checks["ram"]["status"] == "aviso" and checks["space_data"]["status"] == "ok"


def test_a_system_named_but_not_here_says_the_checks_are_the_servidors(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    code, data = _check(paths, pc, tmp_path / "r.json", "--portal-url", sandbox.url,
                        "--system", "coi")  # fmt: skip
    checks = {c["id"]: c for c in _checks(data)}
    assert {c["system"] for c in data["checks"]} == {"COI"}  # type: ignore[attr-defined]
    where = checks["data_location"]
    assert where["status"] == "aviso"
    assert "No encontramos COI" in where["message"]
    assert "«aspel-upgrade --check --system COI»" in where["message"]
    assert checks["space_data"]["status"] == "no_aplica"  # the copy is the Servidor's
    assert code == 0


def test_a_pc_without_any_aspel_system_says_so(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    seams = pc.seams()._replace(find_installed=lambda: ())
    result = tmp_path / "r.json"
    code = main(["--check", "--portal-url", sandbox.url, "--result-file", str(result)],
                paths=_paths(paths, pc), seams=seams)  # fmt: skip
    assert code == 0 and read_result_file(result)["checks"] == []
    assert "No se encontró ningún sistema Aspel en este equipo" in capsys.readouterr().out


def test_the_lines_and_the_messages_follow_lang(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    code, data = _check(paths, pc, tmp_path / "r.json", "--portal-url", sandbox.url,
                        "--lang", "en")  # fmt: skip
    assert code == 5
    out = capsys.readouterr().out
    assert "Blocks · SAE · Room for your data: " in out
    space = next(c for c in _checks(data) if c["id"] == "space_data")
    assert space["message"].startswith("There are 200 MB free on drive D: and")
    assert space["found"] == "D:\\ 200 MB free; data 1.5 GB"  # language-neutral


@pytest.mark.parametrize("other", ["--diagnose", "--download"])
def test_check_is_a_run_of_its_own(paths: AppPaths, other: str) -> None:
    assert main(["--check", other], paths=paths) == 64


def test_the_option_is_parsed() -> None:
    from aspel_upgrade.launch.cli import parse

    assert parse(["--check", "--system", "sae"]) == Options(
        sandbox=False, portal_url=None, system="SAE", serial=None, user=None, result_file=None,
        lang=None, proxy=None, ca_bundle=None, diagnose=False, check=True,
    )  # fmt: skip


def test_diagnose_includes_the_same_checks(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    _check(paths, pc, tmp_path / "check.json", "--portal-url", sandbox.url)
    checked = [line for line in capsys.readouterr().out.splitlines() if " · SAE · " in line]
    code = main(["--diagnose", "--portal-url", sandbox.url], paths=_paths(paths, pc),
                seams=pc.seams())  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0  # the portal answered: --diagnose's own rule, whatever the checks say
    assert "¿Está listo este equipo para la nueva versión?" in out
    assert [f"  {line}" for line in checked] == [
        line for line in out.splitlines() if " · SAE · " in line
    ]
