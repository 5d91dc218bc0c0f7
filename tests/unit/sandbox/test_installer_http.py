"""The installer link over real HTTP: malformed signatures and conditional requests.

Issue 18, E1 and E2. A link with any malformed signature is "not found", never a 500;
``If-None-Match`` and ``If-Match`` are answered as RFC 9110 §13.1.1-13.1.2 says (304 for a
copy the client already has, 412 for a precondition that fails) on ``GET`` and ``HEAD``.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pytest
import requests

from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal


def _installer(sandbox: SandboxPortal) -> str:
    """The signed link of a fresh upgrade of the demo's SAE."""
    http = requests.Session()
    login = http.post(
        sandbox.url + "/v1/sessions",
        json={"username": "demo", "password": DEMO_PASSWORD},
        timeout=5,
    )
    http.headers["Authorization"] = "Bearer " + login.json()["token"]
    receipt = http.post(
        sandbox.url + "/v1/subscriptions/SUB-1001/upgrades",
        json={"terms_version": "2026.2"},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=5,
    )
    assert receipt.status_code == 201
    return str(receipt.json()["download"]["url"])


def _with_signature(url: str, signature: str) -> str:
    head, _, name = url.rpartition("/")
    base, _, _old = head.rpartition("/")
    return f"{base}/{quote(signature, safe='')}/{name}"


@pytest.mark.parametrize(
    "signature",
    ["é", "ñandú" * 5, "\u202egpj.exe", "💾", "a" * 64, "%", "..", "0" * 31 + "Ä", "\x7f"],
)
def test_a_malformed_signature_is_not_found_never_a_500(
    sandbox: SandboxPortal, signature: str
) -> None:
    url = _installer(sandbox)
    for method in ("GET", "HEAD"):
        answer = requests.request(method, _with_signature(url, signature), timeout=5)
        assert answer.status_code == 404, (method, signature, answer.text[:200])
        if method == "GET":
            assert answer.json()["code"] == "not_found"
    assert requests.get(url, timeout=5).status_code == 200  # the real link still works


def test_if_none_match_with_the_current_etag_is_304_without_a_body(
    sandbox: SandboxPortal,
) -> None:
    url = _installer(sandbox)
    first = requests.get(url, timeout=5)
    etag = first.headers["ETag"]
    for header in (etag, f"W/{etag}", f'"otro", {etag}', "*"):
        for method in ("GET", "HEAD"):
            answer = requests.request(method, url, headers={"If-None-Match": header}, timeout=5)
            assert answer.status_code == 304, (method, header)
            assert answer.content == b"" and answer.headers["ETag"] == etag
    # Another copy (an older build) is not the current one: the whole file.
    other = requests.get(url, headers={"If-None-Match": '"otro"'}, timeout=5)
    assert other.status_code == 200 and other.content == first.content
    # If-None-Match wins over Range (RFC 9110 §13.2.2): still 304.
    both = requests.get(url, headers={"If-None-Match": etag, "Range": "bytes=10-"}, timeout=5)
    assert both.status_code == 304


def test_if_match_that_does_not_match_is_412_and_one_that_matches_is_served(
    sandbox: SandboxPortal,
) -> None:
    url = _installer(sandbox)
    etag = requests.head(url, timeout=5).headers["ETag"]
    for header in ('"otro"', f"W/{etag}"):  # If-Match compares strongly: a weak tag fails
        for method in ("GET", "HEAD"):
            answer = requests.request(method, url, headers={"If-Match": header}, timeout=5)
            assert answer.status_code == 412, (method, header)
            assert answer.headers["ETag"] == etag
            if method == "GET":
                assert answer.json()["code"] == "precondition_failed"
    for header in (etag, f'"otro", {etag}', "*"):
        assert requests.get(url, headers={"If-Match": header}, timeout=5).status_code == 200
    ranged = requests.get(url, headers={"If-Match": etag, "Range": "bytes=10-"}, timeout=5)
    assert ranged.status_code == 206
    # If-Match is evaluated first (RFC 9110 §13.2.2): a failed one is 412, not 304.
    both = requests.get(url, headers={"If-Match": '"otro"', "If-None-Match": etag}, timeout=5)
    assert both.status_code == 412
