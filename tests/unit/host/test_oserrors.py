"""Operating-system errors become kinds the catalogue words (issue 18 C1): made for real
where this PC can make them, and Windows' numbers (which Python maps onto fewer errnos)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from aspel_upgrade.flow.problems import DiskProblem
from aspel_upgrade.flow.wording.errors import describe, os_problem
from aspel_upgrade.host import oserrors
from aspel_upgrade.host.oserrors import detail_of, kind_of
from tests.helpers import catalogue
from tests.unit.flow.downloads import can_mount, small_disk

ENGLISH_STRERROR = ("Read-only", "Is a directory", "No such file", "Permission denied",
                    "No space left", "File exists", "Not a directory")  # fmt: skip


def _open(path: Path) -> None:
    """Open ``path`` for writing (and close it, should it open)."""
    with open(path, "wb"):
        pass


def _raised(action: Callable[[], object]) -> OSError:
    try:
        action()
    except OSError as exc:
        return exc
    raise AssertionError("no OSError")


def test_real_errors_of_this_pc_have_their_kind(tmp_path: Path) -> None:
    folder = tmp_path / "carpeta"
    folder.mkdir()
    a_file = tmp_path / "archivo"
    a_file.write_bytes(b"x")
    assert kind_of(_raised(lambda: _open(folder))) in ("is_a_folder", "access_denied")
    assert kind_of(_raised(lambda: _open(tmp_path / "no" / "x"))) == "not_found"
    assert kind_of(_raised(lambda: _open(a_file / "x"))) in ("not_a_folder", "not_found")
    assert kind_of(_raised(lambda: os.mkdir(folder))) == "exists"
    if os.name == "posix":
        assert kind_of(_raised(lambda: os.replace(a_file, folder))) == "is_a_folder"


@pytest.mark.skipif(not can_mount(), reason="mounting needs root on Linux")
def test_a_full_disk_and_a_read_only_drive_for_real(tmp_path: Path) -> None:
    import subprocess

    with small_disk(tmp_path / "lleno", "64k") as disk:
        with open(disk / "x", "wb", buffering=0) as f:
            full = _raised(lambda: [f.write(b"\0" * 4096) for _ in range(100)])
        assert kind_of(full) == "no_space" and oserrors.is_no_space(full)
    with small_disk(tmp_path / "cd", "64k") as drive:
        subprocess.run(["mount", "-o", "remount,ro", str(drive)], check=True)
        assert kind_of(_raised(lambda: _open(drive / "x"))) == "read_only"


@pytest.mark.parametrize(
    ("winerror", "kind"),
    [(112, "no_space"), (39, "no_space"), (19, "read_only"), (5, "access_denied"),
     (32, "in_use"), (33, "in_use"), (3, "not_found"), (267, "not_a_folder"),
     (183, "exists"), (9999, "other")],
)  # fmt: skip
def test_windows_numbers_come_first(winerror: int, kind: str) -> None:
    exc = OSError(errno.EACCES, "Acceso denegado")  # Python maps many winerrors to EACCES
    # what Windows' OSError carries (typeshed declares winerror on Windows only)
    exc.winerror = winerror  # type: ignore[attr-defined]
    assert kind_of(exc) == (kind if winerror != 9999 else "access_denied")
    assert f"WinError {winerror}" in detail_of(exc) and "Acceso denegado" in detail_of(exc)


def test_every_kind_has_its_own_words_in_both_languages() -> None:
    for language in ("es", "en"):
        with catalogue(language):
            words = [os_problem(kind) for kind in oserrors.KINDS]
        assert len(set(words)) == len(words), words


def test_a_disk_problem_says_it_in_spanish_with_the_system_words_only_as_detail(
    tmp_path: Path,
) -> None:
    exc = _raised(lambda: _open(tmp_path / "no" / "x"))
    said = describe(DiskProblem.from_os_error(tmp_path / "no", exc))
    sentence, _, detail = said.partition("Detalle técnico: ")
    assert str(tmp_path / "no") in sentence and "la carpeta no existe" in sentence
    assert not any(words in sentence for words in ENGLISH_STRERROR)
    assert detail.startswith("[Errno") or detail.startswith("[WinError")
