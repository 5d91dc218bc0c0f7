"""The installer the sandbox serves: a deterministic body per upgrade and build, by ranges.

Nothing is held whole in memory: the body is made of 64 KiB chunks, each a fixed random
block (from the upgrade id and build) stamped with its own index, generated as it is sent.
``Range`` and ``If-Range`` are honoured (200 / 206 / 416), the ETag is strong and names the
build, and the bytes sent per upgrade are counted so tests can see what a resume fetched.
Download faults (a drop after N bytes, a corrupted byte, a rate limit, a new build published
mid-download) come from the sandbox's fault injector.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import re
import secrets
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from werkzeug.wrappers import Request, Response

from .faults import Fault
from .problems import Problem
from .store import Store

CHUNK = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_SIGNATURE = re.compile(r"[0-9a-f]{32}")


def _not_found() -> Problem:
    """A new one each time: a raised instance keeps its traceback (the request's frames)."""
    return Problem(404, "not_found", "Este enlace de descarga no existe o ya no es válido.")


def file_name_for(system: str, version: str) -> str:
    return f"Aspel-{system}-{version}-Setup.exe"


@dataclass(frozen=True)
class Build:
    upgrade_id: str
    number: int
    size: int

    @property
    def etag(self) -> str:
        return f'"{self.upgrade_id}-b{self.number}-{self.size}"'

    def _block(self) -> bytes:
        seed = f"aspel-sandbox-installer:{self.upgrade_id}:{self.number}".encode()
        return hashlib.shake_256(seed).digest(CHUNK)

    def chunks(self, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start``..``end`` (exclusive), a chunk at a time."""
        tail = self._block()[8:]
        index, offset = divmod(start, CHUNK)
        position = start
        while position < end:
            chunk = struct.pack(">Q", index) + tail  # one copy per chunk, no more
            if offset or end - position < CHUNK:
                chunk = chunk[offset : offset + (end - position)]
            yield chunk
            position += len(chunk)
            index, offset = index + 1, 0

    def sha256(self) -> str:
        return _digest(self.upgrade_id, self.number, self.size)


_digests: dict[tuple[str, int, int], str] = {}
_digests_lock = threading.Lock()


def _digest(upgrade_id: str, number: int, size: int) -> str:
    key = (upgrade_id, number, size)
    with _digests_lock:
        if key in _digests:
            return _digests[key]
    hasher = hashlib.sha256()
    for chunk in Build(upgrade_id, number, size).chunks(0, size):
        hasher.update(chunk)
    with _digests_lock:
        _digests[key] = hasher.hexdigest()
        return _digests[key]


class InstallerShelf:
    """Which build of each upgrade's installer is current, and how many bytes were sent."""

    def __init__(self, store: Store, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._builds: dict[str, int] = {}
        self._served: dict[str, int] = {}
        self._sending: dict[str, int] = {}  # bodies still being sent, per upgrade
        self._secret = _secret(store)

    def build(self, upgrade_id: str) -> Build:
        with self._lock:
            return Build(upgrade_id, self._builds.get(upgrade_id, 0), self.size)

    def publish_new_build(self, upgrade_id: str) -> Build:
        with self._lock:
            self._builds[upgrade_id] = self._builds.get(upgrade_id, 0) + 1
        return self.build(upgrade_id)

    def signature(self, upgrade_id: str) -> str:
        mac = hmac.new(self._secret, upgrade_id.encode(), hashlib.sha256)
        return mac.hexdigest()[:32]

    def served(self, upgrade_id: str) -> int:
        """Body bytes sent for this upgrade's installer since the sandbox started."""
        with self._lock:
            return self._served.get(upgrade_id, 0)

    def sending(self, upgrade_id: str) -> int:
        """How many bodies of this upgrade's installer are still being sent (a client that
        went away is noticed at the next write, so the count drops a moment later)."""
        with self._lock:
            return self._sending.get(upgrade_id, 0)

    def _count(self, upgrade_id: str, n: int) -> None:
        with self._lock:
            self._served[upgrade_id] = self._served.get(upgrade_id, 0) + n

    def descriptor(
        self, upgrade_id: str, system: str, version: str, base_url: str
    ) -> dict[str, Any]:
        """The receipt's ``download`` member: where, what name, how big, which hash."""
        build = self.build(upgrade_id)
        name = file_name_for(system, version)
        return {
            "url": f"{base_url.rstrip('/')}/v1/downloads/{upgrade_id}/"
            f"{self.signature(upgrade_id)}/{name}",
            "file_name": name,
            "size_bytes": build.size,
            "sha256": build.sha256(),
        }

    # ---- HTTP ---------------------------------------------------------------------------
    def respond(
        self, request: Request, upgrade_id: str, signature: str, fault: Fault | None
    ) -> Response:
        # A signature is 32 hex digits: anything else (non-ASCII included, which
        # compare_digest refuses with a TypeError) is a link that does not exist.
        if not _SIGNATURE.fullmatch(signature) or not hmac.compare_digest(
            signature.encode("ascii"), self.signature(upgrade_id).encode("ascii")
        ):
            raise _not_found()
        if fault is not None and fault.kind == "new_build" and not fault.amount:
            self.publish_new_build(upgrade_id)
        build = self.build(upgrade_id)
        validators = {"ETag": build.etag, "Cache-Control": "private, max-age=0"}
        precondition = _precondition(request, build.etag)
        if precondition == 412:
            raise _precondition_failed(validators)
        if precondition == 304:
            return Response(status=304, headers=validators)
        start, end, status = self._span(request, build)
        headers = {
            "Accept-Ranges": "bytes",
            **validators,
            "Content-Length": str(end - start),
        }
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{build.size}"
        if request.method == "HEAD":
            return Response(status=status, headers=headers, content_type="application/octet-stream")
        body = self._body(request, build, start, end, fault)
        return Response(
            body,
            status=status,
            headers=headers,
            content_type="application/octet-stream",
            direct_passthrough=True,
        )

    @staticmethod
    def _span(request: Request, build: Build) -> tuple[int, int, int]:
        """(start, end, status) for the request's Range, or the 416 problem."""
        size = build.size
        wanted = request.headers.get("Range", "").strip()
        if_range = request.headers.get("If-Range")
        if not wanted or (if_range is not None and if_range.strip() != build.etag):
            return 0, size, 200  # no range, or the copy it was for is not this build
        found = _RANGE.match(wanted.replace(" ", ""))
        if found is None or found.group(1) == found.group(2) == "":
            return 0, size, 200  # a syntax we do not serve (several ranges): the whole file
        first, last = found.group(1), found.group(2)
        if first == "":  # the last N bytes
            n = int(last)
            if n == 0:
                raise _unsatisfiable(size)
            return max(0, size - n), size, 206
        start = int(first)
        end = size if last == "" else min(size, int(last) + 1)
        if last != "" and int(last) < start:
            return 0, size, 200  # invalid range: ignored, as RFC 9110 allows
        if start >= size:
            raise _unsatisfiable(size)
        return start, end, 206

    def _body(
        self, request: Request, build: Build, start: int, end: int, fault: Fault | None
    ) -> Iterator[bytes]:
        with self._lock:
            self._sending[build.upgrade_id] = self._sending.get(build.upgrade_id, 0) + 1
        try:
            for piece in self._bytes(request, build, start, end, fault):
                yield piece
                self._count(build.upgrade_id, len(piece))  # once written, not when made
        finally:  # the whole range went out, the link was cut, or the client went away
            with self._lock:
                self._sending[build.upgrade_id] -= 1

    def _bytes(
        self, request: Request, build: Build, start: int, end: int, fault: Fault | None
    ) -> Iterator[bytes]:
        kind = fault.kind if fault is not None else ""
        amount = fault.amount if fault is not None and fault.amount is not None else 0
        if kind == "corrupt_byte" and not amount:
            amount = build.size // 2
        sent = 0
        started = time.monotonic()
        position = start
        for chunk in build.chunks(start, end):
            if kind in ("drop_after_bytes", "new_build") and amount and sent + len(chunk) > amount:
                chunk = chunk[: max(0, amount - sent)]
                if chunk:
                    yield chunk
                if kind == "new_build":
                    self.publish_new_build(build.upgrade_id)
                _drop(request)
                return
            if kind == "corrupt_byte" and position <= amount < position + len(chunk):
                i = amount - position
                chunk = chunk[:i] + bytes([chunk[i] ^ 0xFF]) + chunk[i + 1 :]
            # A slow link trickles: pieces of a twentieth of a second, never a silence long
            # enough for a client to take the link for dead (its read timeout).
            step = max(1, amount // 20 if kind == "rate_limit" and amount else len(chunk))
            for i in range(0, len(chunk), step):
                piece = chunk[i : i + step]
                if kind == "rate_limit" and amount:
                    ahead = (sent + len(piece)) / amount - (time.monotonic() - started)
                    if ahead > 0:
                        time.sleep(ahead)
                sent += len(piece)
                yield piece
            position += len(chunk)


def _tags(header: str) -> list[str]:
    """The entity tags of an ``If-Match``/``If-None-Match`` list (``*`` stays ``*``)."""
    return re.findall(r'\*|(?:W/)?"[^"]*"', header)


def _precondition(request: Request, etag: str) -> int | None:
    """RFC 9110 §13.2.2, in its order: a failed ``If-Match`` is 412 (compared strongly);
    then an ``If-None-Match`` naming the current copy is 304 for GET and HEAD (compared
    weakly). None: serve the request (``Range``/``If-Range`` come after)."""
    if_match = request.headers.get("If-Match")
    if if_match is not None:
        tags = _tags(if_match)
        if "*" not in tags and etag not in tags:
            return 412
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.removeprefix("W/") for t in _tags(if_none_match)]
        if "*" in tags or etag in tags:
            return 304
    return None


def _precondition_failed(headers: dict[str, str]) -> Problem:
    return Problem(
        412,
        "precondition_failed",
        "El instalador ya no es el que se indicó (If-Match): se publicó otra versión.",
        None,
        headers,
    )


def _unsatisfiable(size: int) -> Problem:
    return Problem(
        416,
        "range_not_satisfiable",
        "El rango pedido está fuera del archivo.",
        {"size_bytes": size},
        {"Content-Range": f"bytes */{size}"},
    )


def _drop(request: Request) -> None:
    """Cut the link mid-body, as a flaky office network would."""
    sock = request.environ.get("werkzeug.socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _secret(store: Store) -> bytes:
    """The signing key, kept in the database so links survive a restart of the sandbox."""
    with store.transaction() as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS sandbox_secrets (name TEXT PRIMARY KEY, value TEXT)"
        )
        row = conn.execute(
            "SELECT value FROM sandbox_secrets WHERE name = 'download_signing'"
        ).fetchone()
        if row is None:
            value = secrets.token_hex(32)
            conn.execute(
                "INSERT INTO sandbox_secrets (name, value) VALUES ('download_signing', ?)",
                (value,),
            )
        else:
            value = row["value"]
    return bytes.fromhex(value)
