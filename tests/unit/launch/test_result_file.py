"""A result file that cannot be written changes the exit code (QA issue 8, item 6).

Checked before anything irreversible (exit 73, nothing run), and again at the end: if the
final write fails, the exit code says so and is never 0.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aspel_upgrade.flow.outcome import ExitCode, Outcome
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import finish, main
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.result_file import read_result_file


def _target(kind: str, tmp_path: Path) -> str:
    if kind == "folder":
        (tmp_path / "carpeta").mkdir()
        return str(tmp_path / "carpeta")
    if kind == "under_a_file":
        (tmp_path / "archivo.txt").write_text("x", encoding="utf-8")
        return str(tmp_path / "archivo.txt" / "resultado.json")
    if kind == "empty":
        return ""
    if kind == "read_only_folder":
        if not hasattr(os, "geteuid") or os.geteuid() == 0:
            pytest.skip("root (and Windows, where chmod 0o500 does not forbid writing) writes "
                        "into read-only folders; the other cases cover it")  # fmt: skip
        folder = tmp_path / "solo-lectura"
        folder.mkdir()
        folder.chmod(0o500)
        return str(folder / "resultado.json")
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["folder", "under_a_file", "empty", "read_only_folder"])
def test_an_unwritable_result_file_exits_73_before_doing_anything(
    kind: str, paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Issue 8 item 6: not 0 for a successful --diagnose; one line on stderr; nothing run."""
    target = _target(kind, tmp_path)
    argv = ["--diagnose", "--portal-url", sandbox.url, "--result-file", target]
    assert main(argv, paths=paths) == ExitCode.RESULT_FILE_UNWRITABLE.value == 73
    captured = capsys.readouterr()
    assert captured.out == ""  # the diagnosis did not even start
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "no se puede escribir el archivo de resultado" in lines[0]
    reason = {
        "folder": "es una carpeta",
        "under_a_file": "es un archivo, no una carpeta",
        "empty": "la ruta está vacía",
        "read_only_folder": "no se puede escribir en",
    }
    assert reason[kind] in lines[0]
    assert not paths.log_dir.exists()  # nothing ran: not even logging was set up


def test_a_result_file_in_a_new_folder_is_fine(
    paths: AppPaths, tmp_path: Path, sandbox: SandboxPortal
) -> None:
    target = tmp_path / "nueva" / "resultado.json"
    argv = ["--diagnose", "--portal-url", sandbox.url, "--result-file", str(target)]
    assert main(argv, paths=paths) == 0
    assert read_result_file(target)["outcome"] == "diagnosed"
    assert [p.name for p in target.parent.iterdir()] == ["resultado.json"]  # check file gone


def test_a_final_write_that_fails_is_never_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """If the folder becomes unusable after the start-up check, the exit code says so."""
    target = tmp_path / "resultado.json"
    target.mkdir()  # e.g. something put a folder there while the wizard was open
    assert finish(Outcome("upgraded", ExitCode.UPGRADED), target) == 73
    assert "no se puede escribir el archivo de resultado" in capsys.readouterr().err
