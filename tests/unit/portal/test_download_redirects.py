"""https stays https through the installer download's redirects (issue 18 G8).

Every hop is checked before it is asked for: a plain-http hop off loopback, or any hop
from https to http, is refused without a request to it. Real servers on 127.0.0.1: the
sandbox (plain http, as it serves), a hostile one (tests/hostile_server.py) that redirects
where it is told, over http or over TLS with a certificate made for the test.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.download import InstallerFetcher
from aspel_upgrade.portal.models import UpgradeReceipt
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers import bytes_served
from tests.helpers_sandbox import installer_of
from tests.hostile_server import HostileServer


class Collect:
    """A sink that keeps what arrives (the file's bytes)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def restart(self) -> None:
        self.data.clear()

    def write(self, data: bytes) -> None:
        self.data += data


@pytest.fixture
def receipt(demo_client: PortalClient) -> UpgradeReceipt:
    return demo_client.confirm_upgrade("SUB-1001", "2026.2", "redirige-" + "0" * 20)


def via(server: HostileServer, target: str) -> str:
    return server.url("/redirect?to=" + quote(target, safe=""))


def test_a_loopback_redirect_to_the_real_file_is_followed(
    sandbox: SandboxPortal, receipt: UpgradeReceipt
) -> None:
    with HostileServer() as server:
        sink = Collect()
        answer = InstallerFetcher().fetch(via(server, installer_of(receipt).url), sink)
    assert answer.status == 200 and len(sink.data) == installer_of(receipt).size


def test_a_redirect_to_plain_http_off_loopback_is_refused_before_it_is_asked(
    sandbox: SandboxPortal,
) -> None:
    # Refused as insecure, not failed as an unknown host: it was never asked.
    with HostileServer() as server, pytest.raises(e.InsecurePortalAddress) as info:
        InstallerFetcher().fetch(via(server, "http://descargas.example/a.exe"), Collect())
    assert info.value.reason == "not_https"
    assert "descargas.example" in info.value.url


def test_a_redirect_with_credentials_is_refused(sandbox: SandboxPortal) -> None:
    with HostileServer() as server, pytest.raises(e.InvalidPortalAddress):
        InstallerFetcher().fetch(via(server, "https://u:p@descargas.example/a.exe"), Collect())


def test_endless_redirects_end(sandbox: SandboxPortal) -> None:
    with HostileServer() as server:
        with pytest.raises(e.UnexpectedResponse):
            InstallerFetcher().fetch(server.url("/loop"), Collect())
        assert len(server.requests) == 6  # the first ask and five hops, no more


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command-line tool to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=Redirecciones de prueba", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[HostileServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    with HostileServer(ssl_context=context) as server:
        yield server


def test_https_never_becomes_http_even_to_loopback(
    tls_server: HostileServer, certificate: tuple[Path, Path], sandbox: SandboxPortal,
    receipt: UpgradeReceipt,
) -> None:  # fmt: skip
    """The plain-http sandbox is on loopback (allowed as a first address), yet a hop from
    https down to it is refused, and the sandbox never sees the request."""
    assert tls_server.base.startswith("https://127.0.0.1:")
    fetcher = InstallerFetcher(verify=str(certificate[0]))
    with pytest.raises(e.InsecurePortalAddress):
        fetcher.fetch(via(tls_server, installer_of(receipt).url), Collect())
    assert bytes_served(sandbox, receipt.upgrade_id) == 0
    assert len(tls_server.requests) == 1


def test_https_to_https_is_followed(
    tls_server: HostileServer, certificate: tuple[Path, Path], sandbox: SandboxPortal
) -> None:
    fetcher = InstallerFetcher(verify=str(certificate[0]))
    with pytest.raises(e.NotFound):  # followed: the second hop answered (404 there)
        fetcher.fetch(via(tls_server, tls_server.url("/no-existe")), Collect())
    assert tls_server.requests[-1] == "/no-existe"
