"""Help-desk diagnostics: versions, addresses, and live DNS/TCP/TLS/health checks. No Qt.

Used by ``aspel-upgrade --diagnose`` (printed) and by the wizard's «Diagnóstico» dialog.
Nothing here holds a secret: proxy credentials are masked before anything is shown. The
report's words are not here: ``Diagnosis.text`` takes them (flow/wording/diagnostics.py, from
the translation catalogue); checks keep a label key and its values, and a failed check
keeps Python's own text as the technical detail.
"""

from __future__ import annotations

import platform
import socket
import ssl
import time
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import truststore

from .. import __version__
from ..flow.readiness import Readiness
from ..flow.readiness import line as check_line
from ..host.installed import InstalledSystem, find_installed
from ..host.values import redact_url
from ..portal.client import PortalClient, proxies_for


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    millis: float
    detail: str  # what the check found (a label key, worded by text()), or the error
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Diagnosis:
    portal_url: str
    proxy: str | None  # masked; None: no proxy
    proxy_from_system: bool
    log_dir: str
    versions: dict[str, str]  # "os" for the operating system, else the component's name
    checks: list[Check] = field(default_factory=list)
    installed: Sequence[InstalledSystem] = ()  # the Aspel systems found on this PC
    installed_error: str | None = None  # Python's words, when looking for them failed
    readiness: Sequence[Readiness] = ()  # is this PC ready? (the checks of --check)
    readiness_error: str | None = None

    @property
    def portal_reachable(self) -> bool:
        return any(c.name == "portal" and c.ok for c in self.checks)

    def text(self, labels: Mapping[str, str]) -> str:
        """The report, worded with ``labels`` (keys of flow/wording/diagnostics.labels)."""
        lines = [labels["title"], ""]
        lines += [f"{labels.get(k, k)}: {v}" for k, v in self.versions.items()]
        proxy = self.proxy or labels["none"]
        if self.proxy and self.proxy_from_system:
            proxy += f" {labels['from_system']}"
        lines += [
            f"{labels['portal']}: {self.portal_url}",
            f"{labels['proxy']}: {proxy}",
            f"{labels['log_dir']}: {self.log_dir}",
            "",
        ]
        lines.append(labels["installed_title"])
        if self.installed_error is not None:
            lines.append(f"  {labels['installed_error']}: {self.installed_error}")
        else:
            found = installed_lines(self.installed, labels)
            lines += [f"  {line}" for line in found] or [f"  {labels['installed_none']}"]
        lines.append("")
        if self.readiness or self.readiness_error is not None:
            lines.append(labels["readiness_title"])
            if self.readiness_error is not None:
                lines.append(f"  {labels['installed_error']}: {self.readiness_error}")
            lines += [f"  {check_line(check)}" for r in self.readiness for check in r.checks]
            lines.append("")
        for c in self.checks:
            mark = f"{labels['ok'] if c.ok else labels['fail']:<5}"
            detail = labels[c.detail].format(**c.values) if c.detail in labels else c.detail
            lines.append(f"[{mark}] {c.name:<7} {c.millis:7.0f} ms  {detail}")
        lines.append("")
        lines.append(labels["reachable"] if self.portal_reachable else labels["unreachable"])
        return "\n".join(lines)


def mask_proxy(proxy: str) -> str:
    """``http://user:pw@host:8080`` -> ``http://***@host:8080``."""
    return redact_url(proxy, mark="***")


def system_proxy_for(url: str) -> str | None:
    """The proxy requests would use for ``url`` from the environment or Windows registry."""
    scheme = urlsplit(url).scheme
    host = urlsplit(url).hostname or ""
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(scheme)


def installed_lines(found: Sequence[InstalledSystem], labels: Mapping[str, str]) -> list[str]:
    """Folders, versions, companies, running or not: never a file's contents."""
    lines = []
    for system in found:
        parts = [
            labels["program_in"].format(folder=system.program_dir)
            if system.program_dir
            else labels["no_program"]
        ]
        for d in system.data:
            key = "data_in_one" if d.companies == 1 else "data_in_many"
            parts.append(labels[key].format(folder=d.path, count=d.companies))
        if system.from_registry:
            parts.append(labels["registry_only"])
        parts.append(labels["running"] if system.running else labels["closed"])
        lines.append(f"{system.label}: " + "; ".join(parts))
    return lines


def _find_here() -> Sequence[InstalledSystem]:
    return find_installed()


Found = tuple[str, dict[str, Any]]  # a label key and its values, or Python's text and {}


def _timed(name: str, action: Callable[[], Found]) -> Check:
    started = time.perf_counter()
    try:
        detail, values = action()
        ok = True
    except Exception as exc:  # a check reports, it never raises
        detail, values = f"{type(exc).__name__}: {exc}", {}
        ok = False
    return Check(name, ok, (time.perf_counter() - started) * 1000, detail, values)


def run_diagnostics(
    portal_url: str,
    *,
    proxy: str | None = None,
    ca_bundle: str | None = None,
    log_dir: Path | None = None,
    timeout: float = 5.0,
    qt_version: str | None = None,
    find_installed: Callable[[], Sequence[InstalledSystem]] | None = None,
    readiness: Callable[[Sequence[InstalledSystem]], Sequence[Readiness]] | None = None,
) -> Diagnosis:
    """The report; ``readiness`` (given the systems found) runs the readiness checks."""
    parts = urlsplit(portal_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    effective_proxy = proxy or system_proxy_for(portal_url)
    versions = {
        "aspel-upgrade": __version__,
        "Python": platform.python_version(),
        "Qt": qt_version or "—",
        "os": platform.platform(),
    }
    diagnosis = Diagnosis(
        portal_url=portal_url,
        proxy=mask_proxy(effective_proxy) if effective_proxy else None,
        proxy_from_system=bool(effective_proxy and not proxy),
        log_dir=str(log_dir) if log_dir else "—",
        versions=versions,
    )
    checks = diagnosis.checks
    try:
        diagnosis.installed = tuple((find_installed or _find_here)())
    except Exception as exc:  # a report, never a crash
        diagnosis.installed_error = f"{type(exc).__name__}: {exc}"
    if readiness is not None:
        try:
            diagnosis.readiness = tuple(readiness(diagnosis.installed))
        except Exception as exc:  # a report, never a crash
            diagnosis.readiness_error = f"{type(exc).__name__}: {exc}"

    def dns() -> Found:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return ", ".join(sorted({str(i[4][0]) for i in infos})), {}

    def tcp() -> Found:
        with socket.create_connection((host, port), timeout=timeout):
            return "connected", {"address": f"{host}:{port}"}

    def tls() -> Found:
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
            return "tls", {"version": tls_sock.version(), "issuer": name}

    def portal() -> Found:
        client = PortalClient(
            portal_url, ca_bundle=ca_bundle, proxies=proxies_for(proxy), retries=0,
            connect_timeout=timeout, read_timeout=timeout,
        )  # fmt: skip
        try:
            health = client.health()
        finally:
            client.close()
        return "health", {
            "status": health.status,
            "version": health.contract_version,
            "portal": health.portal,
        }

    if effective_proxy:
        proxy_parts = urlsplit(effective_proxy)
        proxy_host, proxy_port = proxy_parts.hostname or "", proxy_parts.port or 8080

        def proxy_tcp() -> Found:
            with socket.create_connection((proxy_host, proxy_port), timeout=timeout):
                return "connected_proxy", {"address": f"{proxy_host}:{proxy_port}"}

        checks.append(_timed("proxy", proxy_tcp))
    else:
        checks.append(_timed("DNS", dns))
        checks.append(_timed("TCP", tcp))
        if parts.scheme == "https":
            checks.append(_timed("TLS", tls))
    checks.append(_timed("portal", portal))
    return diagnosis
