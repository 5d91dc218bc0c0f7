"""The installer contract without a window: flags, exit codes, result file, settings layers."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from aspel_upgrade import __version__
from aspel_upgrade.flow.outcome import ExitCode
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import main
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config
from tests.result_file import read_result_file


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _result(path: Path) -> dict[str, object]:
    return read_result_file(path)  # checked against resources/result-file.schema.json


def test_exit_codes_are_the_documented_numbers() -> None:
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 4, 5, 64, 73]


def test_the_entry_point_runs_with_the_collector_paused() -> None:
    """Until the wizard's first paint turns it back on (ui/app.py; tested there)."""
    script = (
        "import gc\n"
        "from aspel_upgrade.launch import cli\n"
        "cli.main = lambda: print('collector on' if gc.isenabled() else 'collector off') or 0\n"
        "cli.entry()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "collector off"


def test_version_and_help_from_the_real_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", "--version"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == f"aspel-upgrade {__version__}"
    helptext = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", "--help"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    for flag in (
        "--sandbox",
        "--portal-url",
        "--system",
        "--serial",
        "--user",
        "--result-file",
        "--lang",
        "--proxy",
        "--ca-bundle",
        "--diagnose",
        "--check",
        "--download",
        "--download-dir",
        "--version",
    ):
        assert flag in helptext  # fmt: skip
    words = " ".join(helptext.split())  # as argparse wraps it
    assert "64 línea de comandos incorrecta" in words
    assert "5 con --check, algo en este equipo impide instalar la nueva versión" in words


def test_download_flags_are_parsed(tmp_path: Path) -> None:
    from aspel_upgrade.launch.cli import parse

    options = parse(["--download", "--download-dir", str(tmp_path / "nueva")])
    assert options.download and options.download_dir == tmp_path / "nueva"
    assert not parse([]).download


@pytest.mark.parametrize(
    "argv",
    [
        ["--no-such-flag"],
        ["--lang", "fr"],
        ["--portal-url", "http://portal.example.com"],
        ["--portal-url", "https://user:clave@portal.example.com"],
        ["--system", "WORD"],
        ["--ca-bundle", "/no/existe.pem"],
        ["--proxy", "ftp://proxy:21"],
        ["--sandbox", "--portal-url", "https://portal.example.com"],
        ["--result-file"],
        ["--download-dir", "."],  # without --download
        ["--download", "--download-dir", __file__],  # a file, not a folder
    ],
)
def test_bad_command_line_exits_64_and_says_why(
    argv: list[str], paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = tmp_path / "resultado.json"
    extra = [] if argv == ["--result-file"] else ["--result-file", str(result)]
    assert main([*extra, *argv], paths=paths) == 64
    err = capsys.readouterr().err
    assert "aspel-upgrade:" in err and "--help" in err
    assert "clave" not in err
    if extra:
        data = _result(result)
        assert data["outcome"] == "bad_command_line" and data["exit_code"] == 64
        assert "clave" not in json.dumps(data)


def test_diagnose_reachable_portal_exits_0(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = tmp_path / "r.json"
    code = main(["--diagnose", "--portal-url", sandbox.url, "--result-file", str(result)],
                paths=paths)  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert f"Portal: {sandbox.url}" in out
    assert "[OK   ] portal" in out and "contrato 1.0.0" in out
    assert "Python:" in out and "Sistema operativo:" in out
    assert str(paths.log_dir) in out
    assert _result(result)["outcome"] == "diagnosed"


def test_diagnose_unreachable_portal_exits_2(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = tmp_path / "r.json"
    url = f"http://127.0.0.1:{_closed_port()}"
    assert main(["--diagnose", "--portal-url", url, "--result-file", str(result)],
                paths=paths) == 2  # fmt: skip
    out = capsys.readouterr().out
    assert "[FALLA] TCP" in out and "[FALLA] portal" in out
    data = _result(result)
    assert (data["outcome"], data["error_code"]) == ("failed", "portal_unreachable")


def test_no_portal_configured_fails_with_a_result_file(paths: AppPaths, tmp_path: Path) -> None:
    result = tmp_path / "r.json"
    assert main(["--result-file", str(result)], paths=paths) == 2
    data = _result(result)
    assert data["error_code"] == "no_portal_configured"
    assert "configure" in str(data["error_message"])


def _diagnosed_portal(paths: AppPaths, argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    main(["--diagnose", *argv], paths=paths)
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Portal: "))
    return line.removeprefix("Portal: ")


def test_settings_precedence_machine_then_user_then_flags(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.parent.mkdir(parents=True)
    paths.machine_settings_file.write_text(
        json.dumps({"portal_url": "http://127.0.0.1:1001", "proxy": "http://127.0.0.1:3128"}),
        encoding="utf-8",
    )
    assert _diagnosed_portal(paths, [], capsys) == "http://127.0.0.1:1001"
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        json.dumps({"portal_url": "http://127.0.0.1:1002"}), encoding="utf-8"
    )
    assert _diagnosed_portal(paths, [], capsys) == "http://127.0.0.1:1002"
    assert _diagnosed_portal(paths, ["--portal-url", "http://127.0.0.1:1003"], capsys) == (
        "http://127.0.0.1:1003"
    )


def test_proxy_from_settings_is_shown_masked(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        json.dumps({"portal_url": "http://127.0.0.1:1002",
                    "proxy": "http://juan:secreto@127.0.0.1:3128"}),
        encoding="utf-8",
    )  # fmt: skip
    main(["--diagnose"], paths=paths)
    out = capsys.readouterr().out
    assert "Proxy: http://***@127.0.0.1:3128" in out
    assert "secreto" not in out


@pytest.mark.parametrize("content", ["{no es json", "[1, 2]", '{"portal_url": 5}', "\udcff"])
def test_a_corrupt_settings_file_is_reported_and_ignored(
    paths: AppPaths, content: str, capsys: pytest.CaptureFixture[str], sandbox: SandboxPortal
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    assert main(["--diagnose", "--portal-url", sandbox.url], paths=paths) == 0
    log_text = (paths.log_dir / "aspel-upgrade.log").read_text(encoding="utf-8")
    if content != '{"portal_url": 5}':
        assert "Settings ignored" in log_text or "ignored" in log_text
    else:
        assert "portal_url: wrong_type" in log_text


def test_result_file_is_written_atomically(tmp_path: Path) -> None:
    from aspel_upgrade.flow.outcome import Outcome, write_result_file

    target = tmp_path / "out" / "r.json"
    write_result_file(target, Outcome("cancelled", 1))
    write_result_file(target, Outcome("nothing_to_upgrade", 3, system="SAE"))
    assert _result(target)["outcome"] == "nothing_to_upgrade"
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]  # no temp file left


def test_proxy_flag_is_used_and_masked(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    proxy = f"http://ana:clave@127.0.0.1:{_closed_port()}"
    assert main(["--diagnose", "--portal-url", sandbox.url, "--proxy", proxy], paths=paths) == 2
    out = capsys.readouterr().out
    assert "Proxy: http://***@127.0.0.1:" in out
    assert "[FALLA] proxy" in out and "[FALLA] portal" in out
    assert "clave" not in out


def test_ca_bundle_flag_trusts_a_private_portal(
    paths: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import ssl

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/O=Firewall de la oficina/CN=127.0.0.1", "-addext",
         "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with SandboxPortal(ssl_context=context, config=sandbox_config()) as portal:
        assert main(["--diagnose", "--portal-url", portal.url], paths=paths) == 2
        untrusted = capsys.readouterr().out
        assert "[FALLA] TLS" in untrusted
        argv = ["--diagnose", "--portal-url", portal.url, "--ca-bundle", str(cert)]
        assert main(argv, paths=paths) == 0
        trusted = capsys.readouterr().out
    assert "[OK   ] TLS" in trusted and "Firewall de la oficina" in trusted


def test_choose_language_follows_flag_then_os_then_spanish() -> None:
    from aspel_upgrade.ui.app import choose_language

    assert choose_language("en") == "en"
    assert choose_language("es") == "es"
    assert choose_language(None) in ("es", "en")
    assert choose_language("fr") in ("es", "en")


def test_a_missing_ca_bundle_in_the_settings_is_reported_not_fatal(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        json.dumps({"portal_url": sandbox.url, "ca_bundle": "/no/existe.pem"}), encoding="utf-8"
    )
    assert main(["--diagnose"], paths=paths) == 0
    log_text = (paths.log_dir / "aspel-upgrade.log").read_text(encoding="utf-8")
    assert "ca_bundle: invalid_value (missing_file)" in log_text


def test_diagnose_lists_the_aspel_systems_on_this_pc(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Folders, versions and companies from the environment and the machine settings."""
    from tests.unit.host.test_installed import add_companies, install, windows_env

    drive = tmp_path / "C"
    install(drive, "SAE", "7.0", companies=2)
    network = tmp_path / "Z" / "Sistemas Aspel"
    add_companies(network / "COI9.00", "COI", "90", 1)
    for name, value in windows_env(drive).items():
        monkeypatch.setenv(name, value)
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.parent.mkdir(parents=True)
    paths.machine_settings_file.write_text(
        json.dumps({"aspel_data_dir": f"{tmp_path / 'nada'};{network}"}), encoding="utf-8"
    )
    main(["--diagnose", "--portal-url", sandbox.url], paths=paths)
    out = capsys.readouterr().out
    assert "Sistemas Aspel en este equipo:" in out
    sae_program = drive / "Program Files (x86)" / "Aspel" / "Aspel-SAE 7.0"
    assert f"SAE 7.0: programa en {sae_program}; datos en " in out
    assert "(2 empresas); cerrado" in out
    assert f"COI 9.0: sin programa; datos en {network / 'COI9.00'} (1 empresa)" in out
