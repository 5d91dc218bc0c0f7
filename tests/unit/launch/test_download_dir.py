"""``--download-dir`` is checked at start, like ``--result-file`` (issue 18 A5), and the
words for a folder or file that cannot be written are the catalogue's, the system's own
only as «Detalle técnico» (issue 18 C1 and F: the start-up check and the end-of-run write
say the same thing for the same case)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aspel_upgrade.flow.outcome import ExitCode, Outcome
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import finish, main
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.unit.flow.downloads import can_mount, small_disk

# The C library's words (what leaked into Spanish sentences before).
ENGLISH = re.compile(r"Read-only|Is a directory|No such file|Permission denied|File exists|"
                     r"Not a directory|Operation not permitted|Directory not empty")  # fmt: skip


def _before_detail(line: str) -> str:
    return re.split(r"[Dd]etalle técnico", line)[0]


def test_an_empty_download_dir_is_a_bad_command_line(
    paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Not «the current folder» (for an installer, often C:\\Windows\\System32)."""
    result = tmp_path / "resultado.json"
    argv = ["--portal-url", sandbox.url, "--download", "--download-dir", "",
            "--result-file", str(result)]  # fmt: skip
    assert main(argv, paths=paths) == ExitCode.BAD_COMMAND_LINE.value == 64
    err = capsys.readouterr().err
    assert "--download-dir: la ruta está vacía" in err
    data = json.loads(result.read_text(encoding="utf-8"))
    assert (data["exit_code"], data["error_code"]) == (64, "bad_command_line")
    assert not paths.log_dir.exists()  # nothing ran


def test_a_download_dir_under_a_file_exits_73_before_anything(
    paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    (tmp_path / "archivo.txt").write_text("x", encoding="utf-8")
    folder = tmp_path / "archivo.txt" / "Descargas"
    result = tmp_path / "resultado.json"
    argv = ["--portal-url", sandbox.url, "--download", "--download-dir", str(folder),
            "--result-file", str(result)]  # fmt: skip
    assert main(argv, paths=paths) == 73
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("aspel-upgrade: --download: no se puede guardar el instalador")
    assert f"«{tmp_path / 'archivo.txt'}» es un archivo, no una carpeta" in line
    assert not result.exists()  # as for 73's other case: the line says it, no file
    assert not paths.log_dir.exists()  # no window, no request, not even logging


@pytest.mark.skipif(not can_mount(), reason="mounting a read-only drive needs root on Linux")
def test_a_read_only_download_dir_exits_73_in_spanish_before_anything(
    paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    with small_disk(tmp_path / "cd", "64k") as drive:
        subprocess.run(["mount", "-o", "remount,ro", str(drive)], check=True)
        argv = ["--portal-url", sandbox.url, "--download", "--download-dir",
                str(drive / "Descargas")]  # fmt: skip
        assert main(argv, paths=paths) == 73
    [line] = capsys.readouterr().err.strip().splitlines()
    assert f"«{drive / 'Descargas'}»" in line and "solo lectura" in line
    assert not ENGLISH.search(_before_detail(line)), line
    assert "Detalle técnico: [Errno 30] Read-only file system" in line
    assert not paths.log_dir.exists()
    assert sandbox.service.installers.served("any") == 0


def test_a_usable_download_dir_is_made_and_left_empty(tmp_path: Path) -> None:
    from aspel_upgrade.flow.problems import download_dir_problem

    folder = tmp_path / "nueva" / "Descargas"
    assert download_dir_problem(folder) is None
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_the_result_file_check_words_a_proc_path_in_spanish(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--diagnose", "--portal-url", sandbox.url, "--result-file", "/proc/aspel/r.json"]
    assert main(argv, paths=paths) == 73
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "no se puede escribir en la carpeta «/proc/aspel»" in line
    assert not ENGLISH.search(_before_detail(line)), line
    assert "[Errno 2] No such file or directory" in line  # kept, as the technical detail


def test_the_end_of_run_write_says_what_the_start_up_check_says(
    paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """A folder put at the result file's name while the wizard was open."""
    target = tmp_path / "resultado.json"
    target.mkdir()
    (target / "algo").write_text("x", encoding="utf-8")
    argv = ["--diagnose", "--portal-url", sandbox.url, "--result-file", str(target)]
    assert main(argv, paths=paths) == 73
    at_start = capsys.readouterr().err.strip()
    assert finish(Outcome("upgraded", ExitCode.UPGRADED), target) == 73
    at_end = capsys.readouterr().err.strip()
    assert at_end == at_start  # «…: es una carpeta, no un archivo»
    assert not ENGLISH.search(at_end), at_end
