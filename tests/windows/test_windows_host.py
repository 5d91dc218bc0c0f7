"""What only a Windows host has: its user folders, Credential Manager and registry proxy.

Skipped elsewhere. packaging/windows/prove.sh runs them on Windows Python under Wine,
which implements the same Win32 APIs (known folders, CredRead/CredWrite, the registry).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
import urllib.request
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows host only")

INTERNET_SETTINGS = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings"
PROXY_VALUES = ("ProxyEnable", "ProxyServer", "ProxyOverride")


def _paths() -> Any:
    return importlib.import_module("aspel_upgrade.host.paths")


def _credentials() -> Any:
    return importlib.import_module("aspel_upgrade.host.credentials")


def _diagnostics() -> Any:
    return importlib.import_module("aspel_upgrade.support.diagnostics")


def _settings() -> Any:
    return importlib.import_module("aspel_upgrade.host.settings")


def test_user_folders_are_under_local_appdata_and_the_machine_file_beside_the_exe() -> None:
    module = _paths()
    local = Path(os.environ["LOCALAPPDATA"])
    paths = module.default_paths()
    assert paths.config_dir == local / "Aspel" / "aspel-upgrade"
    assert paths.state_dir == local / "Aspel" / "aspel-upgrade"
    assert paths.log_dir == local / "Aspel" / "aspel-upgrade" / "Logs"
    assert paths.machine_settings_file == (
        Path(sys.executable).resolve().parent / module.MACHINE_SETTINGS_NAME
    )


def test_keyring_chooses_the_credential_manager_on_its_own() -> None:
    # In a fresh interpreter, as the app starts: other tests here define keyring backends.
    chosen = subprocess.run(
        [sys.executable, "-c", "import keyring; print(type(keyring.get_keyring()).__name__)"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout.strip()  # fmt: skip
    assert chosen == "WinVaultKeyring"


def test_a_remembered_password_goes_to_the_credential_manager() -> None:
    if sys.platform != "win32":  # what mypy reads on other systems stops here too
        pytest.skip("Windows host only")
    import keyring
    from keyring.backends.Windows import WinVaultKeyring
    from win32ctypes.pywin32 import win32cred

    previous = keyring.get_keyring()
    keyring.set_keyring(WinVaultKeyring())  # type: ignore[no-untyped-call,unused-ignore]  # untyped
    store = _credentials().CredentialStore(service=f"aspel-upgrade-test-{uuid.uuid4().hex}")
    try:
        assert store.set("demo", "contraseña secreta ñ")
        assert store.get("demo") == "contraseña secreta ñ"
        stored = win32cred.CredRead(store.service, win32cred.CRED_TYPE_GENERIC)
        assert stored["UserName"] == "demo"
        store.delete("demo")
        assert store.get("demo") is None
    finally:
        keyring.set_keyring(previous)


class _Proxy(BaseHTTPRequestHandler):
    """Answers every request itself and remembers what it was asked for."""

    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)  # a proxy is sent the absolute URL
        body = b"via proxy"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def registry_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[str]]]:
    """A proxy on loopback, set the way Windows' Internet Options set it (HKCU registry)."""
    if sys.platform != "win32":  # winreg is Windows' (mypy reads no further elsewhere)
        pytest.skip("Windows host only")
    import winreg

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    seen: list[str] = []
    handler = type("Proxy", (_Proxy,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy = f"127.0.0.1:{server.server_address[1]}"
    with winreg.OpenKey(
        winreg.HKEY_CURRENT_USER, INTERNET_SETTINGS, 0, winreg.KEY_ALL_ACCESS
    ) as key:
        saved: dict[str, tuple[Any, int] | None] = {}
        for name in PROXY_VALUES:
            try:
                saved[name] = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                saved[name] = None
        winreg.SetValueEx(key, "ProxyEnable", 0, winreg.REG_DWORD, 1)
        winreg.SetValueEx(key, "ProxyServer", 0, winreg.REG_SZ, proxy)
        winreg.SetValueEx(key, "ProxyOverride", 0, winreg.REG_SZ, "<local>")
        try:
            yield f"http://{proxy}", seen
        finally:
            for name, value in saved.items():
                if value is None:
                    winreg.DeleteValue(key, name)
                else:
                    winreg.SetValueEx(key, name, 0, value[1], value[0])
            server.shutdown()
            server.server_close()


def test_the_registry_proxy_is_used_by_requests_and_shown_by_the_diagnosis(
    registry_proxy: tuple[str, list[str]],
) -> None:
    import requests

    diagnostics = _diagnostics()
    system_proxy_for = diagnostics.system_proxy_for
    proxy, seen = registry_proxy
    url = "http://portal.example.invalid/v1/health"
    assert urllib.request.getproxies()["http"] == proxy
    assert system_proxy_for(url) == proxy
    assert system_proxy_for("http://localhost:8080/") is None  # <local> is bypassed

    answer = requests.get(url, timeout=10)
    assert answer.text == "via proxy"
    assert seen == [url]

    diagnosis = diagnostics.run_diagnostics(url, timeout=5)
    assert proxy in diagnosis.proxy
    assert getattr(diagnosis, "proxy_from_system", "(del sistema)" in diagnosis.proxy)
    assert [c.ok for c in diagnosis.checks if c.name == "proxy"] == [True]


def test_a_machine_settings_file_with_a_bom_is_read(tmp_path: Path) -> None:
    machine = tmp_path / "aspel-upgrade-equipo.json"
    machine.write_bytes(b'\xef\xbb\xbf{"portal_url": "https://portal.example.invalid/\xc3\xb1"}')
    settings = _settings().load_settings(machine, None)
    assert settings.problems == []
    assert settings.portal_url == "https://portal.example.invalid/ñ"


def test_the_aspel_keys_are_read_from_the_real_registry_in_both_views() -> None:
    """Keys as Aspel's installers write them (a 32-bit program's under WOW6432Node), read
    through the probes' registry seam (host/installed.py ``read_aspel_registry``)."""
    if sys.platform != "win32":  # winreg is Windows' (mypy reads no further elsewhere)
        pytest.skip("Windows host only")
    import winreg

    installed = importlib.import_module("aspel_upgrade.host.installed")
    name = f"Aspel-PRUEBA {uuid.uuid4().hex[:6]}"
    views = {r"SOFTWARE\WOW6432Node\Aspel": "32", r"SOFTWARE\Aspel": "64"}
    access = winreg.KEY_ALL_ACCESS | winreg.KEY_WOW64_64KEY
    made = []
    try:
        for parent, bits in views.items():
            path = f"{parent}\\{name} {bits}"
            with winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, path, 0, access) as key:
                winreg.SetValueEx(key, "", 0, winreg.REG_SZ, rf"C:\Aspel\{bits}")
                winreg.SetValueEx(key, "RutaDatos", 0, winreg.REG_EXPAND_SZ, r"%ProgramData%\A")
                winreg.SetValueEx(key, "Version", 0, winreg.REG_DWORD, 900)
            made.append(path)
        keys = installed.read_aspel_registry()
        assert keys[f"{name} 32"] == {"(predeterminado)": r"C:\Aspel\32",
                                      "RutaDatos": r"%ProgramData%\A"}  # fmt: skip
        assert keys[f"{name} 64"] == {"(predeterminado)": r"C:\Aspel\64",
                                      "RutaDatos": r"%ProgramData%\A"}  # fmt: skip
    finally:
        for path in made:
            winreg.DeleteKeyEx(winreg.HKEY_LOCAL_MACHINE, path, winreg.KEY_WOW64_64KEY, 0)
