"""Answers a broken or compromised portal may send, over real HTTP (issue 18, G3, G5, G6).

- G5: a drip-fed answer (every read gets a byte, so no read timeout fires) ends at the
  call's bound, not per read. The bound is ``call_deadline`` (45 s by default); the tests
  prove it with a short one against the sandbox's ``drip`` fault and a raw server that
  drips even the status line.
- G3: an answer bigger than ``MAX_ANSWER_BYTES`` (1 MiB) is refused as it streams in
  (declared or not), memory staying flat; one just under it is read.
- G6: JSON nested deeper than the parser's recursion is "an answer we did not expect",
  in a success or an error body, never a ``RecursionError``.
"""

from __future__ import annotations

import socket
import socketserver
import subprocess
import sys
import threading
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator

import pytest
import requests

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import MAX_ANSWER_BYTES, PortalClient
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal

Behaviour = Callable[[socket.socket], None]


class _Handler(socketserver.BaseRequestHandler):
    server: _HostileServer

    def handle(self) -> None:
        self.request.settimeout(30)
        data = b""
        while b"\r\n\r\n" not in data:
            piece = self.request.recv(4096)
            if not piece:
                return
            data += piece
        self.server.requests += 1
        try:
            self.server.behaviour(self.request)
        except OSError:
            self.server.cut_off += 1  # the client went away: what a good client does


class _HostileServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, behaviour: Behaviour) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.behaviour = behaviour
        self.requests = 0
        self.cut_off = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def hostile() -> Iterator[Callable[[Behaviour], _HostileServer]]:
    servers: list[_HostileServer] = []

    def start(behaviour: Behaviour) -> _HostileServer:
        server = _HostileServer(behaviour)
        threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _answer(status: str, body: bytes, *, length: bool = True) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\n"
    if length:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def _drip(data: bytes, every: float = 0.05) -> Behaviour:
    def behaviour(sock: socket.socket) -> None:
        for i in range(len(data)):
            sock.sendall(data[i : i + 1])
            time.sleep(every)

    return behaviour


# ---- G5: the bound is per call ---------------------------------------------------------
@pytest.mark.parametrize("operation", ["health", "login", "list_subscriptions"])
def test_a_drip_fed_answer_ends_at_the_call_bound(sandbox: SandboxPortal, operation: str) -> None:
    client = PortalClient(sandbox.url, read_timeout=1.0, call_deadline=1.5, backoff_factor=0.01)
    if operation != "login":
        client.login("demo", DEMO_PASSWORD)
    sandbox.faults.add(Fault(operation, kind="drip", amount=10, count=10))  # 10 bytes a second
    call = {
        "health": client.health,
        "login": lambda: client.login("demo", DEMO_PASSWORD),
        "list_subscriptions": client.list_subscriptions,
    }[operation]
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout):
        call()
    took = time.monotonic() - started
    # The bound (1.5 s, and some slack for a loaded machine), not the whole answer at 10
    # bytes a second: 11 s for the health check's, 40 s for a log-in's, minutes for a list.
    assert 1.4 <= took < 4.0, took
    sandbox.faults.clear()
    assert client.health().status == "ok"  # the client is still usable


def test_a_drip_fed_status_line_ends_at_the_bound_too(
    hostile: Callable[[Behaviour], _HostileServer],
) -> None:
    server = hostile(_drip(_answer("200 OK", b'{"status": "ok"}') * 100))
    client = PortalClient(server.url, read_timeout=1.0, call_deadline=1.2, retries=3)
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout) as info:
        client.health()
    assert time.monotonic() - started < 4.0  # byte by byte, the answers would take minutes
    assert "tardó" in describe(info.value) or "tiempo" in describe(info.value)
    assert server.requests == 1  # no retry was started once the bound was reached


def test_a_drip_fed_confirmation_is_not_resent_past_the_bound(
    sandbox: SandboxPortal,
) -> None:
    client = PortalClient(sandbox.url, read_timeout=1.0, call_deadline=1.5, backoff_factor=0.01)
    client.login("demo", DEMO_PASSWORD)
    sandbox.faults.add(Fault("confirm_upgrade", kind="drip", amount=10, count=10))
    key = uuid.uuid4().hex
    started = time.monotonic()
    with pytest.raises(e.PortalTimeout):
        client.confirm_upgrade("SUB-1001", "2026.2", key)
    assert time.monotonic() - started < 4.0  # a receipt at 10 bytes a second: ~2 minutes
    sandbox.faults.clear()
    receipt = client.confirm_upgrade("SUB-1001", "2026.2", key)  # the same key: replayed
    with sandbox.store.reading() as conn:
        serials = conn.execute(
            "SELECT new_serial FROM upgrades WHERE subscription_id = 'SUB-1001'"
        ).fetchall()
    assert [s[0] for s in serials] == [receipt.new_serial]


def test_the_default_bound_is_the_documented_45_seconds() -> None:
    assert PortalClient("http://127.0.0.1:9")._clock.deadline == 45.0


# ---- G3: answers are size-capped as they stream in -------------------------------------
@pytest.fixture
def sandbox_apart() -> Iterator[str]:
    """The sandbox in a process of its own, so this process's memory is the client's."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--port", "0",
         "--installer-mb", "0.25"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


def test_a_huge_answer_without_a_length_is_refused_as_it_streams(sandbox_apart: str) -> None:
    client = PortalClient(sandbox_apart, backoff_factor=0.01)
    client.login("demo", DEMO_PASSWORD)
    fault = {"operation": "list_subscriptions", "kind": "huge_answer", "amount": 50 * 2**20}
    requests.post(sandbox_apart + "/_sandbox/faults", json=fault, timeout=5).raise_for_status()
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(e.UnexpectedResponse) as info:
            client.list_subscriptions()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5.0
    assert peak < 2 * MAX_ANSWER_BYTES, peak  # never the 50 MiB (1.4 GB once parsed)
    assert "esperábamos" in describe(info.value)
    assert len(client.list_subscriptions()) == 7  # the next call is fine


def test_a_declared_huge_answer_is_refused_before_its_body(
    hostile: Callable[[Behaviour], _HostileServer],
) -> None:
    def behaviour(sock: socket.socket) -> None:
        sock.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b'Content-Length: 52428800\r\n\r\n{"status": "'
        )
        block = b"x" * 65536
        for _ in range(800):  # 50 MiB, unless the client hangs up
            sock.sendall(block)

    server = hostile(behaviour)
    client = PortalClient(server.url, retries=0)
    started = time.monotonic()
    with pytest.raises(e.UnexpectedResponse):
        client.health()
    assert time.monotonic() - started < 5.0
    deadline = time.monotonic() + 5
    while server.cut_off == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.cut_off == 1  # the client hung up: the rest was never read


@pytest.mark.parametrize(
    ("size", "accepted"), [(MAX_ANSWER_BYTES, True), (MAX_ANSWER_BYTES + 1, False)]
)
def test_an_answer_of_one_mebibyte_is_read_and_one_byte_more_refused(
    hostile: Callable[[Behaviour], _HostileServer], size: int, accepted: bool
) -> None:
    base = b'{"status": "ok", "contract_version": "1.0.0", "portal": "x", "time": "t"}'
    body = base[:-1] + b" " * (size - len(base)) + b"}"
    for length in (True, False):

        def send(sock: socket.socket, length: bool = length) -> None:
            sock.sendall(_answer("200 OK", body, length=length))

        server = hostile(send)
        client = PortalClient(server.url, retries=0)
        if accepted:
            assert client.health().status == "ok"
        else:
            with pytest.raises(e.UnexpectedResponse):
                client.health()


def test_an_error_answer_is_capped_too(hostile: Callable[[Behaviour], _HostileServer]) -> None:
    body = b'{"code": "internal_error", "message": "' + b"x" * (3 * 2**20) + b'"}'
    server = hostile(
        lambda sock: sock.sendall(_answer("500 Internal Server Error", body, length=False))
    )
    client = PortalClient(server.url, retries=0)
    with pytest.raises(e.PortalUnavailable):  # the status still tells what happened
        client.health()


# ---- G6: deeply nested JSON ------------------------------------------------------------
@pytest.mark.parametrize("operation", ["login", "list_subscriptions", "get_upgrade_offer"])
def test_deeply_nested_json_is_an_unexpected_answer(sandbox: SandboxPortal, operation: str) -> None:
    client = PortalClient(sandbox.url, backoff_factor=0.01)
    if operation != "login":
        client.login("demo", DEMO_PASSWORD)
    sandbox.faults.add(Fault(operation, kind="deep_json", amount=200_000))
    call: Callable[[], object] = {
        "login": lambda: client.login("demo", DEMO_PASSWORD),
        "list_subscriptions": client.list_subscriptions,
        "get_upgrade_offer": lambda: client.get_upgrade_offer("SUB-1001"),
    }[operation]
    with pytest.raises(e.UnexpectedResponse) as info:
        call()
    assert "esperábamos" in describe(info.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [("500 Internal Server Error", e.PortalUnavailable), ("409 Conflict", e.UnexpectedResponse),
     ("401 Unauthorized", e.SessionExpired)],
)  # fmt: skip
def test_deeply_nested_json_in_an_error_answer_is_read_by_its_status(
    hostile: Callable[[Behaviour], _HostileServer], status: str, error: type[e.PortalError]
) -> None:
    body = b'{"code": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    server = hostile(lambda sock: sock.sendall(_answer(status, body)))
    client = PortalClient(server.url, retries=0)
    with pytest.raises(error):
        client.health()
