"""A small hostile web server on 127.0.0.1 for the download's tests (issue 18 G4, G8).

What the sandbox portal, which follows its contract, never does: redirect anywhere it is
told (``/redirect?to=URL``, ``/loop``), send a body with no length that never ends
(``/endless``). Plain http, or https with a given certificate. Werkzeug, on a thread, as
the sandbox is served; kept here, not in the sandbox (which only does what it documents).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from typing import Any

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


class HostileServer:
    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.sent = 0  # body bytes handed to the server for /endless
        self.requests: list[str] = []
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True,
                                   ssl_context=ssl_context)  # fmt: skip
        scheme = "https" if ssl_context is not None else "http"
        self.base = f"{scheme}://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        self.requests.append(request.full_path.rstrip("?"))
        if request.path == "/redirect":
            response = Response(status=302, headers={"Location": request.args["to"]})
        elif request.path == "/loop":
            response = Response(status=302, headers={"Location": "/loop"})
        elif request.path == "/endless":
            response = Response(self._endless(), content_type="application/octet-stream")
        else:
            response = Response("no", status=404)
        return response(environ, start_response)

    def _endless(self) -> Iterator[bytes]:
        block = b"\x90" * 65536
        while self.sent < 512 * 1024 * 1024:  # a bound, so a broken client cannot hang a test
            self.sent += len(block)
            yield block
