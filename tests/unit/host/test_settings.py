"""Settings files as people and machines leave them (QA issue 8, items 13-16, 27).

Each test goes through the real command line (``cli.main``) or the real reader on real
files: a Notepad file, a FIFO, a huge file, a deeply nested one, wrongly typed values.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.host.settings import (
    MAX_SETTINGS_BYTES,
    OPTIONS,
    Settings,
    load_settings,
    read_layer,
    save_user_choices,
)
from aspel_upgrade.launch.cli import main
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers import forget_run_logging
from tests.result_file import read_result_file


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AppPaths]:
    level = logging.getLogger().level
    paths = AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                     tmp_path / "program" / "aspel-upgrade-equipo.json")  # fmt: skip
    paths.config_dir.mkdir(parents=True)
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.parent.mkdir(parents=True)
    yield paths
    forget_run_logging(level)


def _log(paths: AppPaths) -> str:
    return (paths.log_dir / "aspel-upgrade.log").read_text(encoding="utf-8")


def _notepad(data: dict[str, object]) -> bytes:
    """As Windows Notepad saves it: a UTF-8 BOM and CRLF line endings."""
    text = json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\r\n")
    return b"\xef\xbb\xbf" + text.encode("utf-8")


@pytest.mark.parametrize("depth", [50_000, 100_000])
def test_deeply_nested_settings_do_not_crash_start_up(
    paths: AppPaths, sandbox: SandboxPortal, depth: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8 item 13: ``[`` × 100 000 (and × 50 000, under the size cap) is survivable."""
    paths.settings_file.write_text("[" * depth, encoding="utf-8")
    assert main(["--diagnose", "--portal-url", sandbox.url], paths=paths) == 0
    assert "[OK   ] portal" in capsys.readouterr().out
    _, problems = read_layer(paths.settings_file)
    assert [p.code for p in problems] == ["not_json" if depth < MAX_SETTINGS_BYTES else "too_big"]
    assert "Settings file ignored" in _log(paths)


def test_notepad_bom_and_crlf_are_accepted_in_both_files(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8 item 14: the machine file and the user's file, saved by Notepad, are used."""
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.write_bytes(_notepad({"portal_url": sandbox.url}))
    paths.settings_file.write_bytes(
        _notepad({"remembered_username": "Contadora Ñúñez", "language": "en"})
    )
    settings = load_settings(paths.machine_settings_file, paths.settings_file)
    assert settings.problems == []
    assert settings.portal_url == sandbox.url
    assert (settings.remembered_username, settings.language) == ("Contadora Ñúñez", "en")
    # The real command line takes the portal from the machine file.
    assert main(["--diagnose"], paths=paths) == 0
    assert f"Portal: {sandbox.url}" in capsys.readouterr().out


def test_wrong_types_and_bad_values_are_reported_and_only_their_key_ignored(
    paths: AppPaths,
) -> None:
    """Issue 8 item 15: each bad value is a problem of its own; the good ones are kept."""
    paths.settings_file.write_text(json.dumps({
        "portal_url": 5,
        "remember_password": "yes",
        "language": "fr",
        "proxy": "http://proxy oficina:3128",
        "ca_bundle": "/no/existe.pem",
        "remembered_username": "ana",
    }), encoding="utf-8")  # fmt: skip
    settings = load_settings(None, paths.settings_file)
    assert settings.remembered_username == "ana"
    assert (settings.portal_url, settings.language, settings.proxy, settings.ca_bundle) == (
        None, None, None, None,
    )  # fmt: skip
    assert settings.remember_password is False
    found = {(p.key, p.code, p.reason) for p in settings.problems}
    assert found == {
        ("portal_url", "wrong_type", None),
        ("remember_password", "wrong_type", None),
        ("language", "invalid_value", "language"),
        ("proxy", "invalid_value", "spaces"),
        ("ca_bundle", "invalid_value", "missing_file"),
    }


def test_an_invalid_proxy_in_the_file_is_refused_like_the_flag(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8 item 15: the same rule for ``proxy`` in a file as for ``--proxy``."""
    bad = "http://proxy oficina:3128"
    assert main(["--diagnose", "--portal-url", sandbox.url, "--proxy", bad], paths=paths) == 64
    flag_error = capsys.readouterr().err
    assert "espacios" in flag_error
    paths.settings_file.write_text(json.dumps({"proxy": bad}), encoding="utf-8")
    assert main(["--diagnose", "--portal-url", sandbox.url], paths=paths) == 0
    out = capsys.readouterr().out
    assert "Proxy: ninguno" in out  # not used: the portal is reached directly
    assert "proxy: invalid_value (spaces)" in _log(paths)


def test_language_fr_is_logged_not_dropped_silently(paths: AppPaths) -> None:
    paths.settings_file.write_text('{"language": "fr"}', encoding="utf-8")
    main(["--diagnose", "--portal-url", "http://127.0.0.1:9"], paths=paths)
    assert "language: invalid_value (language): 'fr'" in _log(paths)


def test_saving_choices_keeps_what_the_person_wrote(paths: AppPaths) -> None:
    """Invalid keys are ignored at start, never silently erased from the user's file."""
    paths.settings_file.write_bytes(_notepad({"proxy": "ftp://x", "extra": 1}))
    save_user_choices(paths.settings_file, remembered_username="ana")
    data = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert data == {"proxy": "ftp://x", "extra": 1, "remembered_username": "ana"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_at_the_settings_path_does_not_hang_start_up(
    paths: AppPaths, sandbox: SandboxPortal
) -> None:
    """Issue 8 item 16: only regular files are read; a FIFO is reported at once."""
    os.mkfifo(paths.settings_file)
    codes: list[int] = []
    run = threading.Thread(
        target=lambda: codes.append(main(["--diagnose", "--portal-url", sandbox.url],
                                         paths=paths)),
        daemon=True,
    )  # fmt: skip
    run.start()
    run.join(20)
    if run.is_alive():  # unblock the reader so the thread can end, then fail
        with open(paths.settings_file, "w"):
            pass
        run.join(5)
        pytest.fail("start-up hung on the FIFO")
    assert codes == [0]
    _, problems = read_layer(paths.settings_file)
    assert [p.code for p in problems] == ["not_a_file"]


def test_a_folder_at_the_settings_path_is_reported(paths: AppPaths) -> None:
    paths.settings_file.mkdir()
    _, problems = read_layer(paths.settings_file)
    assert [(p.code, p.detail) for p in problems] == [("not_a_file", "folder")]


def test_a_huge_settings_file_is_not_read_into_memory(paths: AppPaths) -> None:
    """Issue 8 item 27: at most the cap + 1 byte is read, then "too big"."""
    with paths.settings_file.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # 100 MB (sparse: costs no disk)
    tracemalloc.start()
    try:
        layer, problems = read_layer(paths.settings_file)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert layer == {} and [p.code for p in problems] == ["too_big"]
    assert peak < 2 * MAX_SETTINGS_BYTES + 64 * 1024, f"peak {peak} bytes"


def test_an_unusable_portal_url_in_the_machine_file_says_why(
    paths: AppPaths, tmp_path: Path
) -> None:
    """Not "no portal configured": the installer wrote one, and it lacks its host."""
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.write_bytes(_notepad({"portal_url": "https://"}))
    result = tmp_path / "resultado.json"
    assert main(["--result-file", str(result)], paths=paths) == 2
    data = read_result_file(result)
    assert data["error_code"] == "invalid_portal_address"
    assert "nombre del servidor" in data["error_message"]
    assert "aspel-upgrade-equipo.json" in data["error_message"]


def test_every_setting_is_read_from_a_file_and_kept_in_the_users(
    paths: AppPaths, tmp_path: Path
) -> None:
    """Each setting is declared once (``Settings``' options): a file that sets every one
    is read whole, and the user's file keeps what the app did not write itself."""
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    written = {
        "portal_url": "https://portal.aspel.example", "remembered_username": "ana",
        "remember_password": True, "language": "en", "proxy": "http://proxy.example:8080",
        "ca_bundle": str(ca), "aspel_data_dir": r"Z:\Aspel", "installer_publisher": "Aspel",
    }  # fmt: skip
    assert set(written) == set(OPTIONS)
    paths.settings_file.write_bytes(_notepad(written))
    settings = load_settings(None, paths.settings_file)
    assert settings.problems == []
    assert {name: getattr(settings, name) for name in OPTIONS} == written
    save_user_choices(paths.settings_file, remembered_username="bea", remember_password=False)
    again = load_settings(None, paths.settings_file)
    assert {name: getattr(again, name) for name in OPTIONS} == {
        **written, "remembered_username": "bea", "remember_password": False,
    }  # fmt: skip
    assert Settings().problems == [] and Settings().remember_password is False
    with pytest.raises(TypeError):
        Settings(portal="https://portal.aspel.example")  # a name that is not a setting


def test_the_installers_publisher_is_a_deployment_setting(paths: AppPaths) -> None:
    """Issue 18 G2: «Ejecutar instalador» runs only an installer signed by this publisher;
    the machine-wide file names it; none is built in (any signature Windows trusts then,
    its signer shown); a blank value is ignored."""
    assert paths.machine_settings_file is not None
    assert Settings().expected_publisher == ""
    paths.machine_settings_file.write_bytes(_notepad({"installer_publisher": "Aspel QA, S.A."}))
    settings = load_settings(paths.machine_settings_file, None)
    assert settings.expected_publisher == "Aspel QA, S.A." and settings.problems == []
    paths.settings_file.write_text('{"installer_publisher": "   "}', encoding="utf-8")
    settings = load_settings(paths.machine_settings_file, paths.settings_file)
    assert settings.expected_publisher == "Aspel QA, S.A."  # the blank value is ignored
    assert [(p.key, p.reason) for p in settings.problems] == [("installer_publisher", "empty")]
