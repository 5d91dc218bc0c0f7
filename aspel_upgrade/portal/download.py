"""Fetching the installer over HTTP: by ranges, streamed to a partial file (hashed later).

Speaks HTTP only; what a failure means and whether to resume is decided in
``flow/download.py``. The connection is set up like the portal client's (same proxies,
trust store and CA bundle, https-only rule, timeouts), and no bearer token is ever sent:
the link is signed by the portal.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError
from urllib3.util.retry import Retry

from .. import __version__
from . import errors as e
from .address import checked_download_url, redact_url
from .client import PortalClient, _is_timeout, _TruststoreAdapter, error_for_response, no_answer

log = logging.getLogger("aspel_upgrade.portal")

CHUNK = 1024 * 1024  # read and write a MiB at a time: few Python steps per second
MAX_REDIRECTS = 5
DownloadInterrupted = e.DownloadInterrupted
RangeNotSatisfiable = e.RangeNotSatisfiable


class Stopped(Exception):
    """The caller asked the transfer to stop (pause, cancel, closing the window)."""


class Sink(Protocol):
    """Where the body goes: appended to the partial file (read back and hashed at the end)."""

    def restart(self) -> None: ...
    def write(self, data: bytes) -> None: ...


@dataclass(frozen=True)
class Answer:
    status: int  # 200 (the whole file, from zero) or 206 (from the offset asked for)
    etag: str | None
    total: int | None  # the whole file's size, when the server said it


class InstallerFetcher:
    """One HTTP session for installer downloads, configured like a ``PortalClient``."""

    def __init__(
        self,
        *,
        verify: str | bool = True,
        proxies: dict[str, str] | None = None,
        timeout: tuple[float, float] = (10.0, 30.0),
    ) -> None:
        self.timeout = timeout
        self.verify = verify
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"aspel-upgrade/{__version__}"
        self.http.headers["Accept-Encoding"] = "identity"  # ranges count bytes of the file
        self.http.verify = verify
        if proxies:
            self.http.proxies.update(proxies)
        # Only failed connects are retried here; what a dropped body or a 503 means is
        # the flow's decision (resume from what arrived, wait as asked).
        retry = Retry(
            total=1, connect=1, read=0, status=0, other=0, backoff_factor=0.2,
            respect_retry_after_header=False, raise_on_status=False,
        )  # fmt: skip
        self.http.mount("https://", _TruststoreAdapter(max_retries=retry))
        self.http.mount("http://", HTTPAdapter(max_retries=retry))

    @classmethod
    def like(cls, client: PortalClient) -> InstallerFetcher:
        """Same proxies, certificates and timeouts as the portal client (never its token)."""
        return cls(verify=client.verify, proxies=dict(client.http.proxies), timeout=client.timeout)

    def close(self) -> None:
        self.http.close()

    def fetch(
        self,
        url: str,
        sink: Sink,
        *,
        offset: int = 0,
        etag: str | None = None,
        on_answer: Callable[[Answer], None] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> Answer:
        """Fetch ``url`` from ``offset`` into ``sink``; raise a typed error on failure.

        With an offset, ``Range`` and ``If-Range`` (the ETag of the part on disk) ask for
        the rest; a 200 instead means the file changed, and ``sink.restart()`` is called
        before its first byte. ``on_answer`` hears the status and ETag before the body.
        """
        url = checked_download_url(url)  # https only (loopback aside), no credentials
        headers = {}
        if offset > 0:
            headers["Range"] = f"bytes={offset}-"
            if etag:
                headers["If-Range"] = etag
        shown = redact_url(url).split("?", 1)[0].rsplit("/", 1)[-1]  # no signature in logs
        started = time.monotonic()
        response = self._follow(url, headers, shown, started)
        with response:
            answer = _answer(response, offset)
            log.info(
                "GET %s from %d -> %d (etag %s, %s bytes)",
                shown, offset, response.status_code, answer.etag, answer.total,
            )  # fmt: skip
            if on_answer is not None:
                on_answer(answer)
            if answer.status == 200 and offset > 0:
                sink.restart()
            length = response.headers.get("Content-Length", "")
            expected = int(length) if length.isdigit() else None
            received = 0
            while True:
                if should_stop():
                    raise Stopped()
                try:
                    # What has arrived, up to a MiB: a dropped link loses nothing received.
                    data = response.raw.read1(CHUNK, decode_content=False)
                except (HTTPError, OSError) as exc:
                    if _is_timeout(exc):
                        raise e.PortalTimeout() from None
                    log.info("GET %s: link dropped mid-body (%s)", shown, type(exc).__name__)
                    raise DownloadInterrupted() from None
                if not data:
                    break
                # Outside the read's handler: a write that fails (a full disk) is this PC's
                # problem, raised as the OSError it is, never taken for a dropped link.
                sink.write(data)
                received += len(data)
            if expected is not None and received != expected:
                log.info("GET %s: %d of %d bytes, then the end", shown, received, expected)
                raise DownloadInterrupted()
        return answer

    def _follow(
        self, url: str, headers: dict[str, str], shown: str, started: float
    ) -> requests.Response:
        """GET ``url``, following redirects one hop at a time, each checked before it is
        asked: https stays https (plain http only between loopback addresses, as the
        sandbox serves), never credentials, at most ``MAX_REDIRECTS`` hops."""
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                response = self.http.get(
                    url, headers=headers, stream=True, timeout=self.timeout,
                    verify=self.verify, allow_redirects=False,
                )  # fmt: skip
            except OSError as exc:  # requests' own errors are OSErrors too
                raise no_answer(exc, f"GET {shown}", started) from None
            if not response.is_redirect:
                return response
            target = urljoin(url, response.headers.get("Location", ""))
            response.close()
            hop = checked_download_url(target)  # https (loopback aside), no credentials
            if urlsplit(url).scheme == "https" and urlsplit(hop).scheme != "https":
                raise e.InsecurePortalAddress(redact_url(hop), "not_https")
            parts = urlsplit(hop)  # host and file name only: the path may be signed
            log.info("GET %s: redirected (%d) to %s://%s/…/%s", shown, response.status_code,
                     parts.scheme, parts.hostname, parts.path.rsplit("/", 1)[-1])  # fmt: skip
            url = hop
        raise e.UnexpectedResponse(f"más de {MAX_REDIRECTS} redirecciones")


def _answer(response: requests.Response, offset: int) -> Answer:
    """The status worth acting on, or the typed error of an answer that is not the file."""
    status = response.status_code
    etag = response.headers.get("ETag")
    if status == 206:
        found = re.fullmatch(
            r"bytes (\d+)-(\d+)/(\d+|\*)", response.headers.get("Content-Range", "").strip()
        )
        if found is None or int(found.group(1)) != offset:
            raise e.UnexpectedResponse("HTTP 206 con un Content-Range que no es el pedido")
        total = None if found.group(3) == "*" else int(found.group(3))
        return Answer(206, etag, total)
    if status == 200:
        length = response.headers.get("Content-Length", "")
        return Answer(200, etag, int(length) if length.isdigit() else None)
    if status == 416:
        response.close()
        raise RangeNotSatisfiable()

    _ = response.content  # an error body is small; read it for its code
    if status in (404, 410, 403):
        raise e.NotFound(f"download link gone (HTTP {status})")
    raise error_for_response(response)
