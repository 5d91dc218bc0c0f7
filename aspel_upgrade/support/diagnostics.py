"""Help-desk diagnostics: versions, addresses, and live DNS/TCP/TLS/health checks. No Qt.

Used by ``aspel-upgrade --diagnose`` (printed) and by the wizard's «Diagnóstico» dialog.
Nothing here holds a secret: proxy credentials are masked before anything is shown.
"""

from __future__ import annotations

import platform
import socket
import ssl
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .. import __version__

if TYPE_CHECKING:
    from ..host.installed import InstalledSystem


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    millis: float
    detail: str


@dataclass
class Diagnosis:
    portal_url: str
    proxy: str
    log_dir: str
    versions: dict[str, str]
    checks: list[Check] = field(default_factory=list)
    installed: list[str] = field(default_factory=list)  # one line per system on this PC

    @property
    def portal_reachable(self) -> bool:
        return any(c.name == "portal" and c.ok for c in self.checks)

    def text(self) -> str:
        lines = ["Diagnóstico de aspel-upgrade", ""]
        lines += [f"{k}: {v}" for k, v in self.versions.items()]
        lines += [
            f"Portal: {self.portal_url}",
            f"Proxy: {self.proxy}",
            f"Carpeta de registros: {self.log_dir}",
            "",
        ]
        lines.append("Sistemas Aspel en este equipo:")
        lines += [f"  {line}" for line in self.installed] or ["  ninguno encontrado"]
        lines.append("")
        for c in self.checks:
            mark = "OK   " if c.ok else "FALLA"
            lines.append(f"[{mark}] {c.name:<7} {c.millis:7.0f} ms  {c.detail}")
        lines.append("")
        lines.append(
            "Resultado: el portal respondió."
            if self.portal_reachable
            else "Resultado: el portal NO respondió. Revisa las fallas de arriba."
        )
        return "\n".join(lines)


def mask_proxy(proxy: str | None) -> str:
    """``http://user:pw@host:8080`` -> ``http://***@host:8080``."""
    if not proxy:
        return "ninguno"
    parts = urlsplit(proxy)
    if parts.username or parts.password:
        host = parts.netloc.rpartition("@")[2]
        return f"{parts.scheme}://***@{host}"
    return proxy


def system_proxy_for(url: str) -> str | None:
    """The proxy requests would use for ``url`` from the environment or Windows registry."""
    import urllib.request

    scheme = urlsplit(url).scheme
    host = urlsplit(url).hostname or ""
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(scheme)


def installed_lines(found: Sequence[InstalledSystem]) -> list[str]:
    """Folders, versions, companies, running or not: never a file's contents."""
    lines = []
    for system in found:
        parts = [f"programa en {system.program_dir}" if system.program_dir else "sin programa"]
        parts += [
            f"datos en {d.path} ({d.companies} empresa{'' if d.companies == 1 else 's'})"
            for d in system.data
        ]
        if system.from_registry:
            parts.append("solo en el registro de Windows")
        parts.append("abierto ahora" if system.running else "cerrado")
        lines.append(f"{system.label}: " + "; ".join(parts))
    return lines


def _find_here() -> Sequence[InstalledSystem]:
    from ..host.installed import find_installed

    return find_installed()


def _timed(name: str, action: object) -> Check:
    started = time.perf_counter()
    try:
        assert callable(action)
        detail = str(action())
        ok = True
    except Exception as exc:  # a check reports, it never raises
        detail = f"{type(exc).__name__}: {exc}"
        ok = False
    return Check(name, ok, (time.perf_counter() - started) * 1000, detail)


def run_diagnostics(
    portal_url: str,
    *,
    proxy: str | None = None,
    ca_bundle: str | None = None,
    log_dir: Path | None = None,
    timeout: float = 5.0,
    qt_version: str | None = None,
    find_installed: Callable[[], Sequence[InstalledSystem]] | None = None,
) -> Diagnosis:
    parts = urlsplit(portal_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    effective_proxy = proxy or system_proxy_for(portal_url)
    versions = {
        "aspel-upgrade": __version__,
        "Python": platform.python_version(),
        "Qt": qt_version or _qt_version(),
        "Sistema operativo": platform.platform(),
    }
    diagnosis = Diagnosis(
        portal_url=portal_url,
        proxy=mask_proxy(effective_proxy)
        + (" (del sistema)" if effective_proxy and not proxy else ""),
        log_dir=str(log_dir) if log_dir else "—",
        versions=versions,
    )
    checks = diagnosis.checks
    try:
        diagnosis.installed = installed_lines((find_installed or _find_here)())
    except Exception as exc:  # a report, never a crash
        diagnosis.installed = [f"no se pudo revisar: {type(exc).__name__}: {exc}"]

    def dns() -> str:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return ", ".join(sorted({str(i[4][0]) for i in infos}))

    def tcp() -> str:
        with socket.create_connection((host, port), timeout=timeout):
            return f"conectado a {host}:{port}"

    def tls() -> str:
        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if ca_bundle:
            context.load_verify_locations(ca_bundle)
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls_sock,
        ):
            cert = tls_sock.getpeercert() or {}
            issuer = dict(x[0] for x in cert.get("issuer", ()))  # type: ignore[misc]
            name = issuer.get("organizationName") or issuer.get("commonName") or "?"
            return f"{tls_sock.version()}, certificado emitido por: {name}"

    def portal() -> str:
        from ..portal.client import PortalClient

        proxies = {"http": proxy, "https": proxy} if proxy else None
        client = PortalClient(
            portal_url, ca_bundle=ca_bundle, proxies=proxies, retries=0,
            connect_timeout=timeout, read_timeout=timeout,
        )  # fmt: skip
        try:
            health = client.health()
        finally:
            client.close()
        return f"{health.status}, contrato {health.contract_version} ({health.portal})"

    if effective_proxy:
        proxy_parts = urlsplit(effective_proxy)
        proxy_host, proxy_port = proxy_parts.hostname or "", proxy_parts.port or 8080

        def proxy_tcp() -> str:
            with socket.create_connection((proxy_host, proxy_port), timeout=timeout):
                return f"conectado al proxy {proxy_host}:{proxy_port}"

        checks.append(_timed("proxy", proxy_tcp))
    else:
        checks.append(_timed("DNS", dns))
        checks.append(_timed("TCP", tcp))
        if parts.scheme == "https":
            checks.append(_timed("TLS", tls))
    checks.append(_timed("portal", portal))
    return diagnosis


def _qt_version() -> str:
    if "PySide6" in sys.modules:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        return f"{qVersion()} (PySide6 {pyside})"
    return "—"
