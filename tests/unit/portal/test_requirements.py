"""A release's requirements: read value by value as hostile input, fetched over real HTTP.

The HTTP side runs a real Werkzeug server on 127.0.0.1 answering with the sandbox's own
``requirements_answer`` (or, for the hostile cases, the exact bytes a test gives it).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.requirements import (
    GIB,
    MAX_ANSWER_BYTES,
    MIB,
    DatabaseNeed,
    Ignored,
    Reason,
    Requirements,
    WindowsNeed,
    parse_requirements,
    requirements_path,
)
from aspel_upgrade.sandbox.requirements import RELEASES, requirements_answer

GOOD: dict[str, Any] = {
    "system": "SAE",
    "version": "8.0",
    "example": True,
    "source_url": "https://www.aspel.com.mx/requisitos/sae-8",
    "windows": {"min_build": 10240, "min_name": "Windows 10", "editions": [], "only_64bit": True},
    "program_disk_bytes": 2 * GIB,
    "ram_bytes": 4 * GIB,
    "installer_bytes": 650 * MIB,
    "needs_admin": True,
    "database": {"engine": "Firebird", "version": "3.0", "port": 3050},
}


def with_(path: str, value: object) -> dict[str, Any]:
    """GOOD with one member replaced (``"windows.min_build"``); ``...`` removes it."""
    data: dict[str, Any] = json.loads(json.dumps(GOOD))
    *parents, last = path.split(".")
    target = data
    for name in parents:
        target = target[name]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return data


def test_a_plausible_answer_is_read_whole() -> None:
    assert parse_requirements(GOOD, "SAE", "8.0") == Requirements(
        system="SAE",
        version="8.0",
        windows=WindowsNeed(10240, "Windows 10", (), True),
        program_disk_bytes=2 * GIB,
        ram_bytes=4 * GIB,
        installer_bytes=650 * MIB,
        needs_admin=True,
        database=DatabaseNeed("Firebird", "3.0", 3050),
        source_url="https://www.aspel.com.mx/requisitos/sae-8",
        example=True,
    )


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("ram_bytes", -4 * GIB, "out_of_range"),
        ("ram_bytes", 10**30, "out_of_range"),
        ("installer_bytes", 0, "out_of_range"),
        ("installer_bytes", 100 * GIB, "out_of_range"),
        ("program_disk_bytes", 2.5e9, "wrong_type"),
        ("program_disk_bytes", "2 GB", "wrong_type"),
        ("ram_bytes", True, "wrong_type"),
        ("ram_bytes", ..., "missing"),
        ("ram_bytes", None, "missing"),
        ("needs_admin", "sí", "wrong_type"),
        ("windows.min_build", -1, "out_of_range"),
        ("windows.min_build", 1_000_000, "out_of_range"),
        ("windows.only_64bit", 1, "wrong_type"),
        ("windows.min_name", "Windows\x0010", "bad_text"),
        ("windows.min_name", "x" * 500, "bad_text"),
        ("windows.editions", "Professional", "wrong_type"),
        ("windows.editions", ["Pro; DROP"], "bad_text"),
        ("database.port", 70000, "out_of_range"),
        ("database.port", 0, "out_of_range"),
        ("database.version", "tres", "bad_text"),
        ("source_url", "http://aspel.example/requisitos", "bad_text"),
        ("source_url", "javascript:alert(1)", "bad_text"),
        ("source_url", "https://user:pw@aspel.example/", "bad_text"),
        ("extra_field", {"anything": [1, 2]}, "unknown_field"),
        ("windows.tpm", "2.0", "unknown_field"),
    ],
)
def test_a_hostile_value_is_set_aside_with_a_reason_and_the_rest_kept(
    path: str, value: object, reason: Reason
) -> None:
    got = parse_requirements(with_(path, value), "SAE", "8.0")
    assert Ignored(f"$.{path}", reason) in got.ignored
    assert got.was_ignored(f"$.{path}")
    kept = {
        "ram": got.ram_bytes, "installer": got.installer_bytes, "port": got.database.port,
        "build": got.windows.min_build,
    }  # fmt: skip
    originals = {"ram": 4 * GIB, "installer": 650 * MIB, "port": 3050, "build": 10240}
    touched = {"ram_bytes": "ram", "installer_bytes": "installer", "database.port": "port",
               "windows.min_build": "build"}.get(path)  # fmt: skip
    for name, original in originals.items():
        assert kept[name] == (None if name == touched else original)


def test_nested_objects_of_the_wrong_shape_set_their_values_aside() -> None:
    got = parse_requirements(with_("windows", [1, 2, 3]), "SAE", "8.0")
    assert got.windows == WindowsNeed(None, None, (), None)
    assert Ignored("$.windows", "wrong_type") in got.ignored
    assert got.ram_bytes == 4 * GIB


@pytest.mark.parametrize(
    "data",
    [[], "requisitos", 42, None, with_("system", "COI"), with_("version", "9.0"),
     with_("system", ...), with_("version", 8.0)],
)  # fmt: skip
def test_an_answer_that_is_not_this_releases_is_refused_whole(data: object) -> None:
    with pytest.raises(e.UnexpectedResponse):
        parse_requirements(data, "SAE", "8.0")


def test_latest_takes_the_version_the_portal_names() -> None:
    assert parse_requirements(with_("version", "9.0"), "sae", "latest").label == "SAE 9.0"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=5),
    max_leaves=20,
)  # fmt: skip
members = st.sampled_from(
    ["windows", "windows.min_build", "windows.editions", "windows.min_name", "ram_bytes",
     "installer_bytes", "program_disk_bytes", "needs_admin", "database", "database.port",
     "database.version", "source_url", "example", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(members, json_values), max_size=6))
def test_any_json_in_any_member_never_crashes_the_reader(changes: list[tuple[str, Any]]) -> None:
    data = json.loads(json.dumps(GOOD))
    for path, value in changes:
        *parents, last = path.split(".")
        target = data
        for name in parents:
            target = target.get(name) if isinstance(target, dict) else None
        if isinstance(target, dict):
            target[last] = value
    got = parse_requirements(data, "SAE", "8.0")
    for size in (got.ram_bytes, got.installer_bytes, got.program_disk_bytes):
        assert size is None or (isinstance(size, int) and 0 < size <= 4 * 1024**4)
    assert got.database.port is None or 1 <= got.database.port <= 65535


# ---- over HTTP ----------------------------------------------------------------------------
@contextmanager
def serving(handler: Callable[[Request], Response]) -> Iterator[str]:
    def app(environ: dict[str, Any], start_response: Any) -> Any:
        return handler(Request(environ))(environ, start_response)

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def sandbox_like(seen: list[Request]) -> Callable[[Request], Response]:
    """The sandbox's answer for /v1/releases/{system}/{version}/requirements."""

    def handle(request: Request) -> Response:
        seen.append(request)
        parts = request.path.strip("/").split("/")
        if len(parts) != 5 or parts[:2] != ["v1", "releases"] or parts[4] != "requirements":
            return Response('{"code":"not_found","message":"x"}', 404,
                            content_type="application/json")  # fmt: skip
        status, body = requirements_answer(parts[2], parts[3], host_url=request.host_url)
        return Response(json.dumps(body), status, content_type="application/json")

    return handle


@contextmanager
def client(url: str, **kw: Any) -> Iterator[PortalClient]:
    """The portal client the flow and --check use (no retries unless asked: quick tests)."""
    portal = PortalClient(url, **{"retries": 0, **kw})
    try:
        yield portal
    finally:
        portal.close()


def test_fetch_reads_the_sandboxs_answer_without_a_session() -> None:
    seen: list[Request] = []
    with serving(sandbox_like(seen)) as url, client(url) as portal:
        got = portal.get_release_requirements("SAE", "8.0")
    assert got.label == "SAE 8.0" and got.example and got.ignored == ()
    assert got.source_url == f"{url}/descargas/SAE/8.0"
    assert seen[0].path == "/v1/releases/SAE/8.0/requirements"
    assert "Authorization" not in seen[0].headers


def test_fetch_through_a_logged_in_client_sends_no_token() -> None:
    seen: list[Request] = []
    with serving(sandbox_like(seen)) as url, client(url) as portal:
        portal._token = "secreto-de-sesion-no-debe-salir"  # as after a log-in
        assert portal.get_release_requirements("COI", "latest").label == "COI 10.0"
    assert "Authorization" not in seen[0].headers


def test_the_offers_link_is_followed_only_on_the_portals_own_address() -> None:
    seen: list[Request] = []
    with serving(sandbox_like(seen)) as url, client(url) as portal:
        own = f"{url}/v1/releases/SAE/8.0/requirements"
        assert portal.get_release_requirements("SAE", "8.0", link=own).label == "SAE 8.0"
        elsewhere = "http://127.0.0.2:9/v1/releases/SAE/8.0/requirements"
        assert portal.get_release_requirements("SAE", "8.0", link=elsewhere).label == "SAE 8.0"
        odd = f"{url}/v1/health"
        assert portal.get_release_requirements("SAE", "8.0", link=odd).label == "SAE 8.0"
    assert [r.host_url for r in seen] == [f"{url}/"] * 3  # never another host
    assert [r.path for r in seen] == ["/v1/releases/SAE/8.0/requirements"] * 3


def test_a_release_without_requirements_is_not_found() -> None:
    with serving(sandbox_like([])) as url, client(url) as portal:
        with pytest.raises(e.NotFound):
            portal.get_release_requirements("SAE", "99.0")
        with pytest.raises(e.NotFound):
            portal.get_release_requirements("SAE/../../v1/health", "8.0")


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"x" * (MAX_ANSWER_BYTES + 1), {}),
        (b'{"system": "SAE", "version": "8.0", "pad": "' + b"x" * MAX_ANSWER_BYTES + b'"}', {}),
        (b"<html>502</html>", {}),
        (b'{"system": "SAE", "version": "8.0", "ram_bytes": NaN}', {}),
        (b'{"system": "SAE", "version": "8.0", "ram_bytes": 1' + b"0" * 5000 + b"}", {}),
        (b"[" * 100_00 + b"]" * 100_00, {}),
        (b"\xff\xfe{}", {}),
    ],
)
def test_a_nonsense_answer_is_an_unexpected_response_never_a_crash(
    body: bytes, headers: dict[str, str]
) -> None:
    answer = Response(body, 200, headers, content_type="application/json")
    with (
        serving(lambda _r: answer) as url,
        client(url) as portal,
        pytest.raises(e.UnexpectedResponse),
    ):
        portal.get_release_requirements("SAE", "8.0")


def test_an_answer_declaring_a_huge_length_is_refused_before_reading_it() -> None:
    def huge(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b"{"
            time.sleep(5)  # never reached: the declared length already refused it

        return Response(body(), 200, {"Content-Length": str(10**9)},
                        content_type="application/json")  # fmt: skip

    with serving(huge) as url, client(url) as portal:
        started = time.monotonic()
        with pytest.raises(e.UnexpectedResponse):
            portal.get_release_requirements("SAE", "8.0")
        assert time.monotonic() - started < 3


def test_an_endless_answer_without_a_length_is_cut_at_the_cap() -> None:
    def endless(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b'{"system": "SAE", "version": "8.0", "pad": "'
            for _ in range(100_000):  # 800 MB if it were all read
                yield b"x" * 8192

        return Response(body(), 200, content_type="application/json")  # chunked, no length

    with serving(endless) as url, client(url) as portal:
        started = time.monotonic()
        with pytest.raises(e.UnexpectedResponse):
            portal.get_release_requirements("SAE", "8.0")
        assert time.monotonic() - started < 3


def test_hostile_values_over_http_are_set_aside_not_fatal() -> None:
    hostile = with_("ram_bytes", -1) | {"installer_bytes": 10**40, "unknown": True}
    with serving(lambda _r: Response(json.dumps(hostile), 200)) as url, client(url) as portal:
        got = portal.get_release_requirements("SAE", "8.0")
    assert got.ram_bytes is None and got.installer_bytes is None
    assert {i.field for i in got.ignored} == {"$.ram_bytes", "$.installer_bytes", "$.unknown"}


def test_a_portal_that_is_not_there_is_a_connection_failure() -> None:
    with serving(lambda _r: Response("{}")) as url:
        pass  # the port is free again
    with (
        client(url, connect_timeout=1, read_timeout=1) as portal,
        pytest.raises(e.ConnectionFailed),
    ):
        portal.get_release_requirements("SAE", "8.0")


def test_a_slow_portal_times_out() -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response("{}")

    with (
        serving(slow) as url,
        client(url, connect_timeout=1, read_timeout=0.3) as portal,
        pytest.raises(e.PortalTimeout),
    ):
        portal.get_release_requirements("SAE", "8.0")


def test_an_insecure_address_is_refused_before_any_request() -> None:
    with pytest.raises(e.InsecurePortalAddress):
        PortalClient("http://portal.example")


def test_every_sandbox_release_reads_without_setting_anything_aside() -> None:
    for (system, version), _release in RELEASES.items():
        status, body = requirements_answer(system, version, host_url="http://127.0.0.1:8765/")
        assert status == 200
        got = parse_requirements(json.loads(json.dumps(body)), system, version)
        assert got.ignored == () and got.example, (system, version)
    assert requirements_path("sae", "8.0") == "/v1/releases/SAE/8.0/requirements"
