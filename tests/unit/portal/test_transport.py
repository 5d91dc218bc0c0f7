"""Network failures, TLS, proxies, retries and fault injection, as the client sees them."""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no system trusts, made with the openssl CLI."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=Sandbox de pruebas", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_sandbox(self_signed: tuple[Path, Path]) -> Iterator[SandboxPortal]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)
    with SandboxPortal(ssl_context=context, config=sandbox_config()) as portal:
        yield portal


def test_untrusted_certificate_is_refused(tls_sandbox: SandboxPortal) -> None:
    assert tls_sandbox.url.startswith("https://")
    client = PortalClient(tls_sandbox.url, retries=0)
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "tls"
    assert "certificado" in describe(info.value)


def test_ca_bundle_is_trusted_even_with_requests_ca_bundle_set(
    tls_sandbox: SandboxPortal, self_signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    client = PortalClient(tls_sandbox.url, ca_bundle=str(self_signed[0]))
    assert client.http.verify == str(self_signed[0])
    assert client.login("demo", DEMO_PASSWORD).username == "demo"


def test_connection_refused() -> None:
    client = PortalClient(f"http://127.0.0.1:{_free_port()}", retries=1, backoff_factor=0.01)
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "refused"


def test_dns_failure() -> None:
    # .invalid never resolves (RFC 2606).
    client = PortalClient("https://portal.aspel-upgrade.invalid", retries=0)
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "dns"


def test_proxy_failure_is_named(sandbox: SandboxPortal) -> None:
    proxy = f"http://127.0.0.1:{_free_port()}"
    client = PortalClient(
        "https://portal.aspel-upgrade.invalid", proxies={"https": proxy}, retries=0
    )
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "proxy"
    assert "proxy" in describe(info.value)


def test_read_timeout(sandbox: SandboxPortal) -> None:
    sandbox.faults.latency_seconds = 1.0
    client = PortalClient(sandbox.url, read_timeout=0.2, retries=0)
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout):
        client.health()
    assert time.monotonic() - started < 1.0


def test_a_portal_slower_than_the_read_timeout_is_given_up_within_the_deadline(
    sandbox: SandboxPortal,
) -> None:
    """QA 8: the 30 s read timeout was retried three times (two minutes). One slow answer
    is waited for once; the whole call stays within its deadline, whatever the retries."""
    sandbox.faults.latency_seconds = 1.5
    client = PortalClient(sandbox.url, read_timeout=0.4, call_deadline=1.0, backoff_factor=0.01)
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout):
        client.health()  # a GET: retried by urllib3 before this fix
    assert time.monotonic() - started < 1.0


def test_each_retry_is_told_and_the_confirm_resend_is_bounded_too(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    heard: list[int] = []
    demo_client.on_retry(heard.append)
    sandbox.faults.add(Fault("list_subscriptions", kind="drop", count=2))
    assert len(demo_client.list_subscriptions()) == 7
    assert heard == [1, 2]  # the page can say «reintento 2»

    heard.clear()
    slow = PortalClient(sandbox.url, read_timeout=0.3, call_deadline=1.0, backoff_factor=0.01)
    slow.login("demo", DEMO_PASSWORD)
    slow.on_retry(heard.append)
    sandbox.faults.latency_seconds = 0.6
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout):
        slow.confirm_upgrade("SUB-1001", "2026-01", "k" * 32)
    assert time.monotonic() - started < 1.3 and len(heard) <= 2


@pytest.mark.parametrize(
    "url",
    [
        "http://portal.example.com",
        "http://10.0.0.5:8080",
        "ftp://127.0.0.1",
        "https://user:secreto@portal.example.com",
        "portal.example.com",
        "https://",
    ],
)
def test_insecure_or_malformed_addresses_are_refused(url: str) -> None:
    with pytest.raises(e.InvalidPortalAddress) as info:
        PortalClient(url)
    assert "secreto" not in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://localhost:1/", "http://[::1]:2", "https://x.example"]
)
def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    assert not PortalClient(url).base_url.endswith("/")


def test_reads_are_retried_through_503_with_retry_after(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", status=503, count=2, retry_after=0))
    assert len(demo_client.list_subscriptions()) == 7
    assert sandbox.faults.snapshot()["faults"] == []


def test_a_long_retry_after_is_not_waited_out(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", status=503, count=10, retry_after=3600))
    started = time.monotonic()
    with pytest.raises(e.PortalUnavailable) as info:
        demo_client.list_subscriptions()
    assert time.monotonic() - started < 2
    assert info.value.retry_after == 3600
    assert "3600 s" in describe(info.value)
    assert sandbox.faults.snapshot()["faults"][0]["count"] == 9  # asked once, not retried


def test_html_502_from_a_gateway_is_portal_unavailable(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", kind="html", status=502, count=10))
    with pytest.raises(e.PortalUnavailable) as info:
        demo_client.list_subscriptions()
    assert info.value.status == 502


def test_invalid_json_is_unexpected_response(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", kind="invalid_json"))
    with pytest.raises(e.UnexpectedResponse):
        demo_client.list_subscriptions()


@pytest.mark.parametrize("operation", ["list_subscriptions", "get_upgrade_offer", "get_upgrade"])
def test_missing_field_is_unexpected_response(
    sandbox: SandboxPortal, demo_client: PortalClient, operation: str
) -> None:
    sandbox.faults.add(Fault(operation, kind="missing_field"))
    with pytest.raises(e.UnexpectedResponse) as info:
        if operation == "list_subscriptions":
            demo_client.list_subscriptions()
        elif operation == "get_upgrade_offer":
            demo_client.get_upgrade_offer("SUB-1001")
        else:
            demo_client.get_receipt("UPG-SEED0000FAC1")
    assert info.value.detail is not None and "falta" in info.value.detail


@pytest.mark.parametrize("field", ["download", "download.file_name", "download.size_bytes"])
def test_a_receipt_without_its_installer_descriptor_still_carries_the_serial(
    sandbox: SandboxPortal, demo_client: PortalClient, field: str
) -> None:
    """Issue 18 A3: the portal committed the upgrade; its descriptor is auxiliary."""
    sandbox.faults.add(Fault("confirm_upgrade", kind="missing_field", field=field))
    sandbox.faults.add(Fault("get_upgrade", kind="missing_field", field=field))
    receipt = demo_client.confirm_upgrade("SUB-1001", "2026.2", "sin-descriptor-" + "0" * 20)
    assert receipt.download is None and receipt.new_serial
    again = demo_client.get_receipt(receipt.upgrade_id)
    assert again.download is None and again.new_serial == receipt.new_serial
    assert demo_client.get_receipt(receipt.upgrade_id).download is not None  # fault spent
    assert sandbox.service.serial_count() == 2  # seeded FACTURE + this one


def test_injected_401_is_session_expired(sandbox: SandboxPortal, demo_client: PortalClient) -> None:
    sandbox.faults.add(Fault("get_upgrade_offer", status=401))
    with pytest.raises(e.SessionExpired):
        demo_client.get_upgrade_offer("SUB-1001")
    assert not demo_client.logged_in


def test_injected_429_is_rate_limited(sandbox: SandboxPortal, client: PortalClient) -> None:
    sandbox.faults.add(Fault("login", status=429, retry_after=7))
    with pytest.raises(e.RateLimited) as info:
        client.login("demo", DEMO_PASSWORD)
    assert info.value.retry_after == 7


def test_dropped_connection_on_a_read_is_retried(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", kind="drop"))
    assert len(demo_client.list_subscriptions()) == 7


def test_dropped_connection_everywhere_is_connection_failed(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", kind="drop", count=10))
    with pytest.raises(e.ConnectionFailed) as info:
        demo_client.list_subscriptions()
    assert info.value.kind == "other"
    assert sandbox.faults.snapshot()["faults"][0]["count"] == 10 - 1 - demo_client.retries


def test_login_is_not_resent_after_the_portal_got_it(
    sandbox: SandboxPortal, client: PortalClient
) -> None:
    sandbox.faults.add(Fault("login", kind="drop_after_commit", count=5))
    with pytest.raises(e.ConnectionFailed):
        client.login("demo", DEMO_PASSWORD)
    assert sandbox.faults.snapshot()["faults"][0]["count"] == 4  # sent exactly once


def test_confirm_dropped_after_commit_is_resent_with_the_same_key(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    offer = demo_client.get_upgrade_offer("SUB-1001")
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=2))
    receipt = demo_client.confirm_upgrade("SUB-1001", offer.terms.version, uuid.uuid4().hex)
    assert sandbox.service.serial_count() == 2  # seeded FACTURE + exactly this one
    assert demo_client.get_receipt(receipt.upgrade_id).new_serial == receipt.new_serial


def test_confirm_through_503_with_the_same_key(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    offer = demo_client.get_upgrade_offer("SUB-1002")
    sandbox.faults.add(Fault("confirm_upgrade", status=503, count=2, retry_after=0))
    receipt = demo_client.confirm_upgrade("SUB-1002", offer.terms.version, uuid.uuid4().hex)
    assert receipt.system == "COI"
    assert sandbox.service.serial_count() == 2


def test_confirm_gives_up_after_its_retries_without_a_second_serial(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    offer = demo_client.get_upgrade_offer("SUB-1002")
    key = uuid.uuid4().hex
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=10))
    with pytest.raises(e.ConnectionFailed):
        demo_client.confirm_upgrade("SUB-1002", offer.terms.version, key)
    sandbox.faults.clear()
    # The portal committed on the first try; resuming with the same key shows that receipt.
    receipt = demo_client.confirm_upgrade("SUB-1002", offer.terms.version, key)
    assert sandbox.service.serial_count() == 2
    assert receipt.system == "COI"


def test_a_vanished_ca_bundle_is_a_tls_failure(tmp_path: Path, sandbox: SandboxPortal) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("", encoding="utf-8")
    client = PortalClient("https://127.0.0.1:1", ca_bundle=str(bundle), retries=0)
    bundle.unlink()
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "tls"
