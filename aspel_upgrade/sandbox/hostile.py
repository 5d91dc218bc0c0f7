"""Hostile answers for the fault injector: what a broken or compromised portal may send.

A drip-fed answer (every read gets a byte, so no read timeout ever fires), a huge body sent
without a length (only a client that counts what it reads can stop it), and JSON nested
deeper than a recursive parser survives. Each is generated as it is sent, never held whole.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from werkzeug.wrappers import Response

_JSON = "application/json; charset=utf-8"


def dripped(response: Response, per_second: int) -> Response:
    """The same answer, ``per_second`` bytes a second, in pieces of a twentieth of one."""
    body = response.get_data()
    step = max(1, per_second // 20)

    def trickle() -> Iterator[bytes]:
        started = time.monotonic()
        for sent in range(0, len(body), step):
            ahead = sent / per_second - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
            yield body[sent : sent + step]

    headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
    headers.append(("Content-Length", str(len(body))))
    return Response(
        trickle(), status=response.status_code, headers=headers, direct_passthrough=True
    )


def huge_answer(size: int) -> Response:
    """A 200 whose JSON body is ``size`` bytes of small objects (what costs a parser most:
    ~30 bytes each), with no Content-Length to warn the client."""
    head, tail = b'{"relleno": [', b'{"n": 0}]}'
    item = b'{"n": 123456, "a": [1, 2, 3]}, '
    block = item * (65536 // len(item))

    def body() -> Iterator[bytes]:
        yield head
        left = max(0, size - len(head) - len(tail))
        while left >= len(item):
            piece = block[: min(left, len(block)) // len(item) * len(item)]
            left -= len(piece)
            yield piece
        yield b" " * left + tail

    return Response(body(), status=200, content_type=_JSON, direct_passthrough=True)


def deep_json(depth: int) -> Response:
    """A 200 whose body is valid JSON nested ``depth`` arrays deep."""
    return Response(b"[" * depth + b"]" * depth, status=200, content_type=_JSON)
