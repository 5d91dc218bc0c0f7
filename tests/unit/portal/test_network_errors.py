"""Offices' networks: proxies that refuse or want a password, no internet, DNS, redaction."""

from __future__ import annotations

import errno
import socket
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest
import requests
from urllib3.connection import HTTPConnection
from urllib3.exceptions import NewConnectionError

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.host.logs import REDACTED, RedactingFilter, redact, register_secret
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient, _connection_kind


class _Proxy407(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        self.request.recv(4096)
        self.request.sendall(
            b"HTTP/1.1 407 Proxy Authentication Required\r\n"
            b'Proxy-Authenticate: Basic realm="oficina"\r\nContent-Length: 0\r\n\r\n'
        )


@pytest.fixture
def proxy_needing_auth() -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Proxy407)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_proxy_asking_for_a_password(proxy_needing_auth: str) -> None:
    client = PortalClient(
        "https://portal.aspel-upgrade.invalid", proxies={"https": proxy_needing_auth}, retries=0
    )
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "proxy_auth"
    assert "pide usuario y contraseña" in describe(info.value)


@pytest.mark.parametrize("port", [None, 407, 54071])  # a port that says "407" is no 407
def test_proxy_refusing_connections(port: int | None) -> None:
    if port is None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    else:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                pytest.skip(f"port {port} busy on this machine")
    client = PortalClient(
        "https://portal.aspel-upgrade.invalid",
        proxies={"https": f"http://127.0.0.1:{port}"},
        retries=0,
    )
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "proxy"
    assert "proxy" in describe(info.value)


@pytest.mark.parametrize(
    ("error_number", "kind"),
    [
        (errno.ENETUNREACH, "offline"),
        (errno.EHOSTUNREACH, "offline"),
        (errno.ECONNREFUSED, "refused"),
    ],
)
def test_classification_of_socket_errors(error_number: int, kind: str) -> None:
    # The classifier alone: this machine cannot be taken offline for a test.
    cause = NewConnectionError(HTTPConnection("127.0.0.1"), "x")  # never connected
    cause.__cause__ = OSError(error_number, "simulated")
    assert _connection_kind(requests.exceptions.ConnectionError(cause)) == kind


def test_no_name_server_is_offline_but_an_unknown_name_is_dns() -> None:
    offline = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    unknown = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert _connection_kind(requests.exceptions.ConnectionError(offline)) == "offline"
    assert _connection_kind(requests.exceptions.ConnectionError(unknown)) == "dns"


def test_every_connection_kind_has_its_own_message() -> None:
    kinds: tuple[e.ConnectionKind, ...] = get_args(e.ConnectionKind)
    assert kinds == ("offline", "dns", "refused", "tls", "proxy", "proxy_auth", "other")
    messages = {describe(e.ConnectionFailed(k)) for k in kinds}
    assert len(messages) == len(kinds)
    assert describe(e.PortalTimeout()) not in messages
    assert describe(e.PortalUnavailable()) not in messages


@pytest.mark.parametrize(
    "line",
    [
        "Authorization: Bearer abc.def-123",
        '{"username": "demo", "password": "s3creta"}',
        "password=s3creta&next=1",
        "proxy http://juan:s3creta@proxy:8080 refused",
        "token: s3creta",
    ],
)
def test_redaction_patterns(line: str) -> None:
    out = redact(line)
    assert REDACTED in out
    assert "s3creta" not in out and "abc.def-123" not in out


def test_registered_secrets_are_redacted_even_in_unforeseen_messages() -> None:
    register_secret("Valor-Muy-Secreto-123")
    record = __import__("logging").LogRecord(
        "x", 20, __file__, 1, "typed %s by mistake", ("Valor-Muy-Secreto-123",), None
    )
    RedactingFilter().filter(record)
    assert "Valor-Muy-Secreto-123" not in record.getMessage()


def test_system_proxy_from_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # requests reads proxies from the environment (and on Windows from the registry).
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = PortalClient("https://portal.aspel-upgrade.invalid", retries=0)
    with pytest.raises(e.ConnectionFailed) as info:
        client.health()
    assert info.value.kind == "proxy"


def test_log_rotation_keeps_five_backups(tmp_path: Path) -> None:
    from aspel_upgrade.host.logs import rotate

    log = tmp_path / "aspel-upgrade.log"
    for generation in range(8):
        log.write_text(f"gen {generation}\n" + "x" * 100, encoding="utf-8")
        rotate(log, max_bytes=50, backups=5)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"aspel-upgrade.log.{i}" for i in range(1, 6)]
    assert (tmp_path / "aspel-upgrade.log.1").read_text(encoding="utf-8").startswith("gen 7")
    small = tmp_path / "small.log"
    small.write_text("corto", encoding="utf-8")
    rotate(small, max_bytes=50)
    assert small.exists()
