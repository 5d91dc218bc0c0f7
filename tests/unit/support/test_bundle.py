"""The support bundle's settings files: valid JSON, secrets hidden, facts kept (item 17)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from aspel_upgrade.host.logs import REDACTED
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.support.bundle import write_support_bundle


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                    tmp_path / "program" / "aspel-upgrade-equipo.json")  # fmt: skip


def test_bundle_settings_are_valid_json_with_the_facts(tmp_path: Path) -> None:
    """Issue 8 item 17: remember_password stays a yes/no; proxy credentials are hidden."""
    paths = _paths(tmp_path)
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({
        "remembered_username": "ana", "remember_password": True,
        "proxy": "http://ana:Clave-Proxy-99@proxy.oficina:3128", "language": "fr",
    }), encoding="utf-8")  # fmt: skip
    bundle = write_support_bundle(tmp_path / "soporte.zip", paths, "diagnóstico")
    with zipfile.ZipFile(bundle) as z:
        user_text = z.read("configuracion-usuario.json").decode("utf-8")
        machine = json.loads(z.read("configuracion-equipo.json"))
    user = json.loads(user_text)  # valid JSON
    assert user["contenido"]["remember_password"] is True
    assert user["contenido"]["remembered_username"] == "ana"
    assert user["contenido"]["proxy"] == f"http://{REDACTED}@proxy.oficina:3128"
    assert user["contenido"]["language"] == "fr"  # as written: support sees the mistake
    assert any("language" in p for p in user["problemas"])
    assert "Clave-Proxy-99" not in user_text
    assert machine["existe"] is False


def test_an_unreadable_settings_file_is_still_valid_json_in_the_bundle(
    tmp_path: Path,
) -> None:
    paths = _paths(tmp_path)
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(b'\xef\xbb\xbf{"password": "Zorro-7731", ')
    bundle = write_support_bundle(tmp_path / "soporte.zip", paths, "diagnóstico")
    with zipfile.ZipFile(bundle) as z:
        text = z.read("configuracion-usuario.json").decode("utf-8")
    data = json.loads(text)
    assert data["existe"] is True and data["contenido"] is None
    assert "not_json" in data["problemas"][0]
    assert "Zorro-7731" not in text


def test_a_full_log_is_bundled_quickly_with_secrets_registered(tmp_path: Path) -> None:
    """The log files were redacted as they were written; the bundle applies the patterns
    again, not the (costly) search for this run's registered secrets: the export runs on
    the GUI thread (1 MB of log lines took ~1.9 s with it, ~0.3 s without)."""
    import time

    from aspel_upgrade.host.logs import register_secret

    for secret in ("Aspel2026!-x", "OtraClave-Mala-99", "t" * 43):
        register_secret(secret)
    paths = AppPaths(tmp_path / "c", tmp_path / "s", tmp_path / "logs")
    paths.log_dir.mkdir(parents=True)
    line = (
        "2026-12-05 10:11:12,123 INFO aspel_upgrade.portal: GET /v1/downloads/UPG-3F9A1C2B7D40"
        "/0123456789abcdef0123456789abcdef/Aspel-SAE-8.0-Setup.exe -> 200 password=abc\n"
    )
    (paths.log_dir / "aspel-upgrade.log").write_text(line * (1_000_000 // len(line)), "utf-8")
    started = time.thread_time()  # this thread's CPU time: other processes' load aside
    bundle = write_support_bundle(tmp_path / "soporte.zip", paths, "diagnóstico")
    assert time.thread_time() - started < 1.0
    with zipfile.ZipFile(bundle) as zf:
        text = zf.read("registros/aspel-upgrade.log").decode("utf-8")
    assert "password=abc" not in text and f"password={REDACTED}" in text  # the patterns ran
