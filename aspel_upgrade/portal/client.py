"""HTTP client for the Mi cuenta Aspel portal contract (``resources/openapi.yaml``).

One ``requests.Session`` per client. Idempotent reads are retried with backoff on
connection errors and 502/503/504, honouring ``Retry-After``; the upgrade POST is
retried only with the same ``Idempotency-Key``; the login POST is never resent once it
reached the portal. Every failure is raised as a typed :mod:`~aspel_upgrade.portal.errors`.

Every answer is data from a network that may be hostile: a call ends at its deadline
however the answer trickles in (a watchdog closes its socket; a read timeout alone never
fires while each read gets a byte), its body is read against ``MAX_ANSWER_BYTES`` as it
streams in, and JSON too deep for the parser is an unexpected answer like any other.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3 import BaseHTTPResponse
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import ConnectionPool, HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import MaxRetryError, NameResolutionError, ProxyError, ReadTimeoutError
from urllib3.util.retry import Retry

from .. import __version__
from ..host.logs import register_secret
from . import errors as e
from .address import normalise_portal_url
from .models import (
    Account,
    Health,
    Session,
    Subscription,
    UpgradeOffer,
    UpgradeReceipt,
    parse_subscriptions,
)
from .parsing import Obj
from .requirements import MAX_ANSWER_BYTES as REQUIREMENTS_LIMIT
from .requirements import Requirements, parse_body, requirements_path

log = logging.getLogger("aspel_upgrade.portal")

T = TypeVar("T")

RETRY_STATUSES = (502, 503, 504)
MAX_RETRY_AFTER = 5.0  # seconds we are willing to wait inside one call before giving up
# No call keeps the user waiting longer than this, retries included: an attempt that could
# not end before it is not started (a portal slower than the read timeout gets one try).
CALL_DEADLINE = 45.0
# No answer of the contract comes near this (a receipt is ~1 KiB); a bigger one is refused
# as it streams in, never held whole (50 MB once took 1.4 GB and froze the window).
MAX_ANSWER_BYTES = 1024 * 1024


def proxies_for(proxy: str | None) -> dict[str, str] | None:
    """requests' proxy mapping for one proxy URL (both schemes), or None: the system's."""
    return {"http": proxy, "https": proxy} if proxy else None


class _CallClock(threading.local):
    """When the call on this thread started, its deadline, and who hears of a retry.

    (threading.local runs ``__init__`` again, with the same arguments, in each thread: the
    listeners list is the one object shared by all of them.)
    """

    def __init__(
        self, deadline: float, read_timeout: float, listeners: list[Callable[[int], None]]
    ) -> None:
        self.deadline = deadline
        self.read_timeout = read_timeout
        self.listeners = listeners
        self.started = time.monotonic()
        self.attempt = 0

    def start(self) -> None:
        self.started = time.monotonic()
        self.attempt = 0

    def left(self) -> float:
        return self.deadline - (time.monotonic() - self.started)

    def retrying(self) -> None:
        self.attempt += 1
        for listener in self.listeners:
            listener(self.attempt)


_WATCHING = threading.local()  # the watchdog of the call in flight on this thread


class _Watchdog:
    """Ends one call at its deadline, however its answer trickles in.

    A read timeout bounds each read, not the call: a portal that sends a byte every few
    seconds never trips it. The connections the call reads from register their sockets
    here (``_watch``); when the deadline passes they are shut down, the blocked read
    returns, and the call ends as a timeout.
    """

    def __init__(self, seconds: float) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._over = False
        self.fired = False
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        _WATCHING.current = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        _WATCHING.current = None
        with self._lock:
            self._over = True
            self._sockets.clear()
        self._timer.cancel()

    def add(self, sock: socket.socket | None) -> None:
        with self._lock:
            if sock is None or self._over:
                return
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            if self._over:
                return
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Make a blocked read on ``sock`` return (the plain socket's shutdown, also under TLS)."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _watch(sock: socket.socket | None) -> None:
    watchdog = getattr(_WATCHING, "current", None)
    if watchdog is not None:
        watchdog.add(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def getresponse(self) -> Any:
        _watch(self.sock)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> Any:
        _watch(self.sock)
        return super().getresponse()


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _BoundedRetry(Retry):
    """urllib3's Retry, bounded in time: a portal asking to wait long gets no retry, and no
    attempt is started that could outlast the call's deadline. The caller is told."""

    clock: _CallClock | None = None

    def new(self, **kw: Any) -> _BoundedRetry:
        fresh = super().new(**kw)
        assert isinstance(fresh, _BoundedRetry)  # urllib3 makes it as type(self)
        fresh.clock = self.clock
        return fresh

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Retry:
        wait = self.get_retry_after(response) if response is not None else None
        if wait is not None and wait > MAX_RETRY_AFTER:
            raise MaxRetryError(_pool, url or "", error)  # type: ignore[arg-type]
        fresh = super().increment(method, url, response, error, _pool, _stacktrace)
        clock = self.clock
        if clock is not None:
            timed_out = isinstance(error, ReadTimeoutError)
            needed = (wait or fresh.get_backoff_time()) + (clock.read_timeout if timed_out else 0)
            if needed >= clock.left():
                if error is not None:
                    raise error
                raise MaxRetryError(_pool, url or "", error)  # type: ignore[arg-type]
            clock.retrying()
        return fresh


def _retry_after_seconds(response: requests.Response) -> int | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    if value.strip().isdigit():
        return int(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0, int((moment - datetime.now(UTC)).total_seconds()))


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps: causes, contexts, args and urllib3 reasons."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo.extend([item.__cause__, item.__context__, getattr(item, "reason", None), *item.args])


def _is_timeout(exc: BaseException) -> bool:
    # requests raises Timeout, or (after retries) a ConnectionError wrapping the timeout.
    timeouts = requests.exceptions.Timeout | TimeoutError | ReadTimeoutError
    return any(isinstance(c, timeouts) for c in _causes(exc))


_OFFLINE_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}


def _connection_kind(exc: BaseException) -> e.ConnectionKind:
    """Tell offline, DNS, refused, TLS and proxy failures apart by walking the cause chain."""
    causes = list(_causes(exc))
    if any(isinstance(c, requests.exceptions.ProxyError | ProxyError) for c in causes):
        # urllib3: "Tunnel connection failed: 407 Proxy Authentication Required". Match the
        # status in that sentence, not any "407" (a port number may contain it).
        text = " ".join(str(c) for c in causes)
        return "proxy_auth" if re.search(r"failed: 407\b", text) else "proxy"
    for item in causes:
        if isinstance(item, requests.exceptions.SSLError | ssl.SSLError):
            return "tls"
        if isinstance(item, socket.gaierror):
            # EAI_AGAIN: no name server answered at all, which is what "offline" looks like.
            return "offline" if item.errno == socket.EAI_AGAIN else "dns"
        if isinstance(item, NameResolutionError):
            continue  # its cause (a gaierror) decides
        if isinstance(item, OSError) and item.errno in _OFFLINE_ERRNOS:
            return "offline"
        if isinstance(item, ConnectionRefusedError) or (
            isinstance(item, OSError) and item.errno == errno.ECONNREFUSED
        ):
            return "refused"
    if any(isinstance(c, NameResolutionError) for c in causes):
        return "dns"
    return "other"


class _TruststoreAdapter(HTTPAdapter):
    """Verifies certificates against the operating system's trust store (truststore).

    A TLS-inspecting firewall whose root is installed in Windows is then trusted, as the
    browser trusts it. An extra CA bundle, when given, is added on top (requests passes
    it to the context's ``load_verify_locations``).
    """

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        kwargs.setdefault("ssl_context", truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
        return super().proxy_manager_for(proxy, **kwargs)


class _WatchedPools:
    """An adapter whose connections tell the call's watchdog which socket they read.

    Only the portal client's adapters are watched; the installer download (its own
    session) reads for as long as bytes keep coming.
    """

    poolmanager: Any

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[misc]
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)  # type: ignore[misc]
        if not proxy.lower().startswith("socks"):  # SOCKS has pool classes of its own
            manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


class _PortalTLSAdapter(_WatchedPools, _TruststoreAdapter):
    pass


class _PortalAdapter(_WatchedPools, HTTPAdapter):
    pass


def read_answer(response: requests.Response, limit: int = MAX_ANSWER_BYTES) -> bytes:
    """The answer's body, read as it streams in and refused once it passes ``limit``.

    A declared ``Content-Length`` over the limit is refused before any of the body; the
    connection is then closed, not drained. (Decoded size counts: a compressed bomb is
    stopped the same way.)
    """
    if getattr(response, "_content_consumed", False):
        return response.content or b""
    declared = response.headers.get("Content-Length", "").strip()
    body = bytearray()
    too_big = declared.isdigit() and int(declared) > limit
    if not too_big:
        for chunk in response.iter_content(64 * 1024):
            body += chunk
            if len(body) > limit:
                too_big = True
                break
    if too_big:
        response.close()
        response._content = b""  # an error status still says what happened, by itself
        response._content_consumed = True  # type: ignore[attr-defined]
        log.warning("answer over %d bytes refused (HTTP %s)", limit, response.status_code)
        raise e.UnexpectedResponse(
            f"HTTP {response.status_code}: respuesta de más de {limit} bytes"
        )
    data = bytes(body)
    response._content = data  # what requests' .content and .json() then return
    response._content_consumed = True  # type: ignore[attr-defined]
    return data


def decode_json(data: bytes, status: int) -> Any:
    """JSON of an answer; anything that is not (bad bytes, bad syntax, nested deeper than
    the parser's recursion) is ``UnexpectedResponse``, never a ``RecursionError``."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise e.UnexpectedResponse(f"HTTP {status}: el cuerpo no es JSON válido") from None


def no_answer(exc: OSError, what: str, started: float) -> e.PortalError:
    """The typed error of a request that got no answer, logged once (``what`` names the
    request without secrets): a timeout, a failed connection by kind, or no TLS set-up."""
    if isinstance(exc, requests.exceptions.RequestException):
        if _is_timeout(exc):
            log.info("%s -> timeout after %.1f s", what, time.monotonic() - started)
            return e.PortalTimeout()
        kind = _connection_kind(exc)
        log.info("%s -> connection failed (%s): %s", what, kind, type(exc).__name__)
        return e.ConnectionFailed(kind)
    log.warning("%s -> cannot set up TLS: %s", what, exc)  # e.g. the CA bundle vanished
    return e.ConnectionFailed("tls")


def error_for_response(response: requests.Response) -> e.PortalError:
    """The typed error for a portal answer that is not a success."""
    status = response.status_code
    retry_after = _retry_after_seconds(response)
    try:
        body = Obj(decode_json(read_answer(response), status))
        code = body.text("code")
        message = body.opt_text("message")
        details = Obj(body.raw("details"), "$.details") if body.raw_or_none("details") else None
    except (ValueError, OSError, e.UnexpectedResponse):  # no body, a broken one, too big
        code, message, details = "", None, None
    if code in ("session_expired", "unauthorized") or (not code and status == 401):
        return e.SessionExpired()
    if code == "invalid_credentials":
        return e.InvalidCredentials()
    if code == "account_locked":
        until = details.instant("locked_until") if details else None
        return e.AccountLocked(until)
    if code == "rate_limited" or (not code and status == 429):
        if retry_after is None and details is not None:
            retry_after = details.integer("retry_after")
        return e.RateLimited(retry_after if retry_after is not None else 30)
    if code == "not_eligible" and details is not None:
        return e.NotEligible(details.text("reason"), message, details.opt_url("pricing_url"))
    if code == "terms_outdated":
        current = details.opt_text("current_terms_version") if details else None
        return e.TermsOutdated(current)
    if code == "already_upgraded" and details is not None:
        return e.AlreadyUpgraded(details.text("upgrade_id"), message)
    if code == "idempotency_key_reused":
        return e.IdempotencyConflict()
    if code == "not_found":
        return e.NotFound()
    if code == "range_not_satisfiable" or (not code and status == 416):
        return e.RangeNotSatisfiable()
    if code in (
        "invalid_request",
        "invalid_json",
        "payload_too_large",
        "idempotency_key_required",
        "method_not_allowed",
    ):
        return e.InvalidRequest(portal_code=code)
    if code in ("internal_error", "service_unavailable") or status >= 500:
        return e.PortalUnavailable(status, retry_after)
    return e.UnexpectedResponse(f"HTTP {status} {code or 'sin código'}")


class PortalClient:
    """A logged-in (or not yet) conversation with one portal.

    The bearer token lives only in this object's memory; it is never logged, and
    ``repr`` does not show it.
    """

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        ca_bundle: str | None = None,
        proxies: Mapping[str, str] | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        retries: int = 3,
        backoff_factor: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        call_deadline: float = CALL_DEADLINE,
    ) -> None:
        self.base_url = normalise_portal_url(base_url)
        self.timeout = (connect_timeout, read_timeout)
        self.retries = retries
        self.backoff_factor = backoff_factor
        self._sleep = sleep
        self._retry_listeners: list[Callable[[int], None]] = []
        self._clock = _CallClock(call_deadline, read_timeout, self._retry_listeners)
        self._token: str | None = None
        self.account: Account | None = None
        self.http = session or requests.Session()
        self.http.headers["User-Agent"] = f"aspel-upgrade/{__version__}"
        self.http.headers["Accept"] = "application/json"
        # TLS verification is never turned off. It is also passed on every request, because
        # requests lets REQUESTS_CA_BUNDLE override a session's own setting (psf/requests#3829).
        self.verify: str | bool = ca_bundle or True
        self.http.verify = self.verify
        # Without an explicit proxy, requests uses the system's: the environment and, on
        # Windows, the Internet Settings in the registry (urllib.request.getproxies).
        if proxies:
            self.http.proxies.update(proxies)
        retry = _BoundedRetry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            allowed_methods=frozenset({"GET", "DELETE"}),
            status_forcelist=RETRY_STATUSES,
            backoff_factor=backoff_factor,
            backoff_max=8.0,
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        retry.clock = self._clock
        self.http.mount("https://", _PortalTLSAdapter(max_retries=retry))
        self.http.mount("http://", _PortalAdapter(max_retries=retry))

    def __repr__(self) -> str:
        return f"PortalClient({self.base_url!r}, logged_in={self.logged_in})"

    def on_retry(self, listener: Callable[[int], None] | None) -> None:
        """``listener(attempt)`` is called (on the calling thread) before each retry."""
        self._retry_listeners[:] = [listener] if listener is not None else []

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    def close(self) -> None:
        self.http.close()

    # ---- transport ------------------------------------------------------------------
    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        new_call: bool = True,
        limit: int = MAX_ANSWER_BYTES,
    ) -> requests.Response:
        all_headers = dict(headers or {})
        if auth:
            if self._token is None:
                raise e.SessionExpired()
            all_headers["Authorization"] = f"Bearer {self._token}"
        started = time.monotonic()
        if new_call:  # a resend within one call (confirm) keeps the call's clock
            self._clock.start()
        with _Watchdog(self._clock.left()) as watchdog:
            try:
                response = self.http.request(
                    method,
                    self.base_url + path,
                    json=json,
                    headers=all_headers,
                    timeout=self.timeout,
                    verify=self.verify,
                    allow_redirects=False,
                    stream=True,  # the body is read here, against the cap
                )
                try:
                    read_answer(response, limit)
                except e.UnexpectedResponse:
                    if response.ok:
                        raise  # a success whose body cannot be read: unexpected
                    # an error status says what happened without its (too big) body
            except OSError as exc:  # requests' own errors are OSErrors too
                if not watchdog.fired:
                    raise no_answer(exc, f"{method} {path}", started) from None
            if watchdog.fired:  # a cut answer may look whole (headers ended by the close)
                log.info(
                    "%s %s -> no whole answer by the call's deadline (%.1f s)",
                    method, path, time.monotonic() - started,
                )  # fmt: skip
                raise e.PortalTimeout()
        log.debug(
            "%s %s -> %s (%d ms)",
            method,
            path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response

    def _check(self, response: requests.Response) -> Any:
        """Return the JSON body of a success, or raise the typed error of a failure."""
        status = response.status_code
        if 200 <= status < 300:
            if status == 204:
                return None
            return decode_json(read_answer(response), status)
        raise self._error_for(response)

    def _error_for(self, response: requests.Response) -> e.PortalError:
        error = error_for_response(response)
        if isinstance(error, e.SessionExpired):
            self._forget_session()
        return error

    def _forget_session(self) -> None:
        self._token = None

    def forget_session(self) -> None:
        """Let go of the token here (the run is over), without a call: the portal's
        session ends by itself when it expires."""
        self._forget_session()

    def _call(self, parse: Callable[[Any], T], method: str, path: str, **kw: Any) -> T:
        body = self._check(self._send(method, path, **kw))
        return parse(body)

    # ---- operations -----------------------------------------------------------------
    def health(self) -> Health:
        return self._call(Health.from_json, "GET", "/v1/health", auth=False)

    def login(self, username: str, password: str) -> Account:
        """Open a session. Raises InvalidCredentials, AccountLocked, RateLimited, ..."""
        self._forget_session()
        register_secret(password)  # whatever logs from here on, never this value
        response = self._send(
            "POST",
            "/v1/sessions",
            json={"username": username, "password": password},
            auth=False,
        )
        session = Session.from_json(self._check(response))
        register_secret(session.token)
        self._token = session.token
        self.account = session.account
        return session.account

    def logout(self) -> None:
        """End the session on the portal; forgetting it locally even if that fails."""
        if self._token is None:
            return
        try:
            self._check(self._send("DELETE", "/v1/sessions/current"))
        except e.SessionExpired:
            pass
        finally:
            self._forget_session()

    def request_password_reset(self, username: str) -> str:
        """Ask the portal to e-mail a reset link; the answer never says if the user exists."""
        response = self._send(
            "POST", "/v1/password-resets", json={"username": username}, auth=False
        )
        return Obj(self._check(response)).text("message")

    def list_subscriptions(self) -> tuple[Subscription, ...]:
        return self._call(parse_subscriptions, "GET", "/v1/subscriptions")

    def get_upgrade_offer(self, subscription_id: str) -> UpgradeOffer:
        return self._call(
            UpgradeOffer.from_json,
            "GET",
            f"/v1/subscriptions/{_segment(subscription_id)}/upgrade-offer",
        )

    def confirm_upgrade(
        self, subscription_id: str, terms_version: str, idempotency_key: str
    ) -> UpgradeReceipt:
        """Issue the new serial. Safe to call again with the same key: the portal replays.

        Lost connections, timeouts and 502/503/504 are retried here with the same key,
        so an answer lost on the way back still ends with the one receipt.
        """
        path = f"/v1/subscriptions/{_segment(subscription_id)}/upgrades"
        attempt = 0
        self._clock.start()
        while True:
            try:
                response = self._send(
                    "POST",
                    path,
                    json={"terms_version": terms_version},
                    headers={"Idempotency-Key": idempotency_key},
                    new_call=False,
                )
                if response.status_code not in RETRY_STATUSES:
                    return UpgradeReceipt.from_json(self._check(response))
                error: e.PortalError = self._error_for(response)
                wait = _retry_after_seconds(response)
            except (e.ConnectionFailed, e.PortalTimeout) as exc:
                if isinstance(exc, e.ConnectionFailed) and exc.kind in ("tls", "proxy", "dns"):
                    raise
                error, wait = exc, None
            attempt += 1
            if attempt > self.retries or (wait is not None and wait > MAX_RETRY_AFTER):
                raise error
            delay = wait if wait is not None else self.backoff_factor * (2 ** (attempt - 1))
            timed_out = isinstance(error, e.PortalTimeout)
            if delay + (self._clock.read_timeout if timed_out else 0) >= self._clock.left():
                log.info("confirm_upgrade: no time left for another try within the deadline")
                raise error
            log.info("confirm_upgrade: retrying with the same key in %.1f s", delay)
            self._clock.retrying()
            self._sleep(delay)

    def get_receipt(self, upgrade_id: str) -> UpgradeReceipt:
        return self._call(UpgradeReceipt.from_json, "GET", f"/v1/upgrades/{_segment(upgrade_id)}")

    def get_release_requirements(
        self, system: str, version: str, *, link: str | None = None
    ) -> Requirements:
        """What a release needs from a PC (public: no token is sent, logged in or not).

        ``link`` is the offer's ``requirements_url``: followed only when it is this
        portal's own address for requirements, else the path is built. Capped at
        ``requirements.MAX_ANSWER_BYTES``; a value that is not plausible is set aside
        (``Requirements.ignored``); ``NotFound`` when none is published.
        """
        path = _own_requirements_path(self.base_url, link) or requirements_path(system, version)
        response = self._send("GET", path, auth=False, limit=REQUIREMENTS_LIMIT)
        if not 200 <= response.status_code < 300:
            raise self._error_for(response)
        return parse_body(read_answer(response, REQUIREMENTS_LIMIT), system, version)


_REQUIREMENTS_PATH = re.compile(r"^/v1/releases/[^/?#]{1,40}/[^/?#]{1,20}/requirements$")


def _own_requirements_path(base_url: str, link: str | None) -> str | None:
    """The path of ``link`` when it is this portal's (same scheme, host and port) and names a
    release's requirements; None for anything else (never fetched elsewhere)."""
    if not link:
        return None
    try:
        own, other = urlsplit(base_url), urlsplit(link)
        same = (own.scheme, own.hostname, own.port) == (other.scheme, other.hostname, other.port)
    except ValueError:
        return None
    if not same or other.query or other.fragment or other.username:
        return None
    return other.path if _REQUIREMENTS_PATH.fullmatch(other.path) else None


def _segment(value: str) -> str:
    """A path segment that cannot climb out of its place in the URL."""
    return quote(value, safe="")
