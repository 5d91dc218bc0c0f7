"""Sandbox-only helpers, malformed requests and the command that starts the sandbox."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import requests

from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal


def test_outbox_endpoint_lists_sent_mail(sandbox: SandboxPortal) -> None:
    requests.post(sandbox.url + "/v1/password-resets", json={"username": "demo"}, timeout=5)
    messages = requests.get(sandbox.url + "/_sandbox/outbox", timeout=5).json()["messages"]
    assert [m["kind"] for m in messages] == ["password_reset"]
    assert messages[0]["to"] == "contabilidad@comercializadora-bajio.example"


def test_faults_endpoint_adds_lists_and_clears(sandbox: SandboxPortal) -> None:
    url = sandbox.url + "/_sandbox/faults"
    state = requests.post(
        url, json={"operation": "health", "status": 503, "count": 2}, timeout=5
    ).json()
    assert state["faults"][0]["count"] == 2
    assert requests.get(sandbox.url + "/v1/health", timeout=5).status_code == 503
    requests.post(url, json={"latency_ms": 50}, timeout=5)
    assert requests.get(url, timeout=5).json()["latency_ms"] == 50
    assert requests.delete(url, timeout=5).json() == {"latency_ms": 0, "faults": []}
    assert requests.get(sandbox.url + "/v1/health", timeout=5).status_code == 200


def test_bad_fault_spec_is_a_400(sandbox: SandboxPortal) -> None:
    answer = requests.post(sandbox.url + "/_sandbox/faults", json={"operation": "nada"}, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["code"] == "invalid_request"


def test_expire_sessions_endpoint(sandbox: SandboxPortal) -> None:
    token = requests.post(
        sandbox.url + "/v1/sessions",
        json={"username": "demo", "password": DEMO_PASSWORD},
        timeout=5,
    ).json()["token"]
    assert requests.post(sandbox.url + "/_sandbox/sessions/expire", timeout=5).json() == {
        "expired": 1
    }
    answer = requests.get(
        sandbox.url + "/v1/subscriptions", headers={"Authorization": f"Bearer {token}"}, timeout=5
    )
    assert answer.json()["code"] == "session_expired"


def test_download_and_pricing_pages_are_served_locally(sandbox: SandboxPortal) -> None:
    page = requests.get(sandbox.url + "/descargas/SAE/8.0", timeout=5)
    assert page.status_code == 200 and "SAE 8.0" in page.text
    assert requests.get(sandbox.url + "/precios/CAJA", timeout=5).status_code == 200
    assert requests.get(sandbox.url + "/precios/NADA", timeout=5).status_code == 404


def test_malformed_requests_get_the_error_shape_and_the_portal_keeps_serving(
    sandbox: SandboxPortal,
) -> None:
    login = sandbox.url + "/v1/sessions"
    bad = [
        requests.post(login, data=b"\xff\xfe", timeout=5),
        requests.post(login, json=["demo"], timeout=5),
        requests.post(login, json={"username": 5, "password": "x"}, timeout=5),
        requests.post(login, json={"username": "demo", "password": "x", "extra": 1}, timeout=5),
        requests.post(login, json={"username": "' OR 1=1 --", "password": "x"}, timeout=5),
        requests.get(sandbox.url + "/v1/upgrades/%2e%2e%2f%2e%2e%2fetc", timeout=5),
        requests.get(sandbox.url + "/v1/nada", timeout=5),
    ]
    for answer in bad:
        assert 400 <= answer.status_code < 500, answer.text
        body = answer.json()
        assert set(body) <= {"code", "message", "details"} and body["code"] and body["message"]
    assert sandbox.service.serial_count() == 1
    ok = requests.post(login, json={"username": "demo", "password": DEMO_PASSWORD}, timeout=5)
    assert ok.status_code == 201


def test_sandbox_command_serves_on_a_free_port_and_prints_demo_credentials(
    tmp_path: Path,
) -> None:
    db = tmp_path / "sandbox.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--port", "0", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Portal de pruebas (sandbox) en http://127.0.0.1:")
        url = first.rsplit(" ", 1)[1].strip()
        banner = "".join(proc.stdout.readline() for _ in range(5))
        assert "demo" in banner and DEMO_PASSWORD in banner
        deadline = time.monotonic() + 10
        while True:
            try:
                health = requests.get(url + "/v1/health", timeout=2).json()
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert health["portal"] == "sandbox"
        assert db.exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    json.dumps(health)


def _counts(portal: SandboxPortal) -> tuple[int, ...]:
    with portal.store.reading() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(
            conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("accounts", "subscriptions", "upgrades", "idempotency_keys")
        )


def test_hostile_requests_leave_the_store_intact(sandbox: SandboxPortal) -> None:
    token = requests.post(
        sandbox.url + "/v1/sessions", json={"username": "demo", "password": DEMO_PASSWORD},
        timeout=5,
    ).json()["token"]  # fmt: skip
    auth = {"Authorization": f"Bearer {token}"}
    before = _counts(sandbox)
    url = sandbox.url
    hostile = [
        requests.post(url + "/v1/sessions", data=b"x" * 10_000_000, timeout=30),
        requests.post(url + "/v1/sessions", data=b'{"username": "a", "password": ', timeout=5),
        requests.post(url + "/v1/sessions", json={"username": ["demo"], "password": {}}, timeout=5),
        requests.post(
            url + "/v1/sessions",
            json={"username": "demo'; DROP TABLE accounts; --", "password": "x"},
            timeout=5,
        ),
        requests.get(
            url + "/v1/subscriptions/SUB-1001' OR '1'='1/upgrade-offer", headers=auth, timeout=5
        ),
        requests.get(
            url + "/v1/subscriptions/..%2F..%2Fv1%2Fhealth/upgrade-offer", headers=auth, timeout=5
        ),
        requests.get(url + "/v1/upgrades/" + "A" * 5000, headers=auth, timeout=5),
        requests.post(
            url + "/v1/subscriptions/SUB-1001/upgrades",
            headers={**auth, "Idempotency-Key": "' OR 1=1 --"},
            json={"terms_version": "2026.2"},
            timeout=5,
        ),
        requests.post(
            url + "/v1/subscriptions/SUB-1001/upgrades",
            headers={**auth, "Idempotency-Key": "k" * 32},
            json={"terms_version": 2026.1, "extra": True},
            timeout=5,
        ),
        requests.get(
            url + "/v1/subscriptions", headers={"Authorization": "Bearer ' OR 1=1"}, timeout=5
        ),
    ]
    for answer in hostile:
        assert 400 <= answer.status_code < 500, (answer.request.url, answer.status_code)
        body = answer.json()
        assert body["code"] and body["message"]
    # Any user name gets the same answer from password reset (no enumeration).
    odd = requests.post(
        url + "/v1/password-resets", json={"username": "\x00\x01\u202e😀" * 20}, timeout=5
    )
    assert odd.status_code == 202 and "correo" in odd.json()["message"]
    assert _counts(sandbox) == before
    assert requests.get(url + "/v1/subscriptions", headers=auth, timeout=5).status_code == 200
