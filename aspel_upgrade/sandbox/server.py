"""Run the sandbox portal: in-process (tests, ``aspel-upgrade --sandbox``) or as a command."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import ssl
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from .app import SandboxApp
from .faults import FaultInjector
from .seed import DEMO_ACCOUNTS, seed, seed_load_accounts
from .service import PortalService, SandboxConfig
from .store import Store

log = logging.getLogger("aspel_upgrade.sandbox")


class _RequestHandler(WSGIRequestHandler):
    """Logs requests to our named logger instead of Werkzeug's console handler."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.debug("%s %s -> %s", self.command, self.path.split("?", 1)[0], code)

    def log(self, type: str, message: str, *args: Any) -> None:
        getattr(log, type if type in ("info", "warning", "error") else "info")(message, *args)


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this PC only (127.0.0.0/8, ::1, ``localhost``)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False  # a name (it may resolve anywhere), a wildcard's empty string


def network_warning(host: str) -> str:
    """What to tell whoever exposes the sandbox to the network: it is not a real portal."""
    return (
        f"ATENCIÓN: el portal de pruebas escucha en {host or 'todas las direcciones'}, "
        "no solo en esta computadora.\n"
        "Cualquiera en la red puede usarlo: la contraseña de demostración, las sesiones y "
        "los números de serie viajan sin cifrar (http), y cualquiera puede iniciar sesión "
        "con las cuentas de demostración.\n"
        "Úsalo así solo en una red de capacitación aislada; detenlo con Ctrl+C."
    )


class SandboxPortal:
    """A running sandbox portal on loopback; use as a context manager or call stop().

    Another address (the network) only with ``allow_network=True``: it serves the demo
    log-in over plain http.
    """

    def __init__(
        self,
        db: str | Path = ":memory:",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        config: SandboxConfig | None = None,
        service: PortalService | None = None,
        ssl_context: ssl.SSLContext | None = None,
        allow_network: bool = False,
    ) -> None:
        if not allow_network and not is_loopback(host):
            raise ValueError(f"the sandbox serves loopback only; {host!r} needs allow_network=True")
        self.store = Store(db)
        if self.store.is_empty():
            seed(self.store, (config or SandboxConfig()).scrypt_n)
        self.service = service or PortalService(self.store, config)
        self.faults = FaultInjector()
        self.app = SandboxApp(self.service, self.faults)
        self._server: BaseWSGIServer = make_server(
            host,
            port,
            self.app,
            threaded=True,
            request_handler=_RequestHandler,
            ssl_context=ssl_context,
        )
        self._scheme = "https" if ssl_context is not None else "http"
        self._server.daemon_threads = True  # type: ignore[attr-defined]  # ThreadingMixIn
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    @property
    def url(self) -> str:
        address = self._server.server_address[0]
        host = address.decode() if isinstance(address, bytes) else str(address)
        host = f"[{host}]" if ":" in host else host
        return f"{self._scheme}://{host}:{self.port}"

    def start(self) -> SandboxPortal:
        # A short poll interval keeps stop() quick: it waits for the loop to look again, and
        # tests start and stop hundreds of portals (at 0.05 s that was 45 ms a stop, 16 s a run).
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="sandbox-portal",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()
        self.store.close()

    def __enter__(self) -> SandboxPortal:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def demo_banner(url: str) -> str:
    """What to tell a person who just started the sandbox."""
    lines = [f"Portal de pruebas (sandbox) en {url}", "Cuentas de demostración:"]
    for account in DEMO_ACCOUNTS:
        lines.append(f"  usuario: {account.username:<14} contraseña: {account.password}")
        lines.append(f"      {account.summary}")
    lines.append(f"Correos enviados: {url}/_sandbox/outbox")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="aspel-upgrade-sandbox",
        description="Portal de pruebas de Mi cuenta Aspel (solo en esta computadora).",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="dirección en la que escucha (127.0.0.1); otra que no sea de esta computadora "
        "solo con --allow-network",
    )
    parser.add_argument(
        "--allow-network",
        action="store_true",
        help="permitir una dirección de la red (p. ej. 0.0.0.0): el portal de pruebas "
        "quedaría abierto a otros equipos, sin cifrar",
    )
    parser.add_argument("--port", type=int, default=8765, help="puerto; 0 elige uno libre")
    parser.add_argument("--db", default=":memory:", help="archivo SQLite (por omisión, en memoria)")
    parser.add_argument("--latency-ms", type=int, default=0, help="retraso en cada llamada")
    parser.add_argument(
        "--load-accounts",
        type=int,
        default=0,
        metavar="N",
        help="crear N cuentas extra (carga0001…) con un SAE cada una, para pruebas de carga",
    )
    parser.add_argument(
        "--rate-limit", type=int, default=60, help="inicios de sesión por minuto por cliente"
    )
    parser.add_argument(
        "--installer-mb",
        type=float,
        default=16,
        metavar="MB",
        help="tamaño en MiB del instalador que se descarga (por omisión 16)",
    )
    args = parser.parse_args(argv)
    if not is_loopback(args.host) and not args.allow_network:
        parser.error(
            f"«{args.host}» no es una dirección de esta computadora: el portal de pruebas "
            "quedaría abierto a la red, sin cifrar. Usa 127.0.0.1 (por omisión), o añade "
            "--allow-network si de verdad quieres eso."
        )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if not is_loopback(args.host):
        print(network_warning(args.host), file=sys.stderr, flush=True)
        log.warning("sandbox exposed to the network on %r (--allow-network)", args.host)
    try:
        portal = SandboxPortal(
            args.db,
            host=args.host,
            port=args.port,
            config=SandboxConfig(
                rate_limit=args.rate_limit, installer_size=int(args.installer_mb * 1024 * 1024)
            ),
            allow_network=args.allow_network,
        )
    except OSError as exc:
        print(f"No se pudo iniciar el portal en {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    portal.faults.latency_seconds = args.latency_ms / 1000
    if args.load_accounts:
        seed_load_accounts(portal.store, args.load_accounts)
    print(demo_banner(portal.url), flush=True)
    try:
        portal.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        portal.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
