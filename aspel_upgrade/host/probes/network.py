"""Whether a TCP port on this PC is taken, and by which program when Windows says.

On Windows the listening table (GetExtendedTcpTable) answers at once and names the
process; a loopback connect is the fallback, and the only way elsewhere (on Windows a
connect to a closed loopback port is retried for about two seconds before it is refused,
so it is not the first choice there).
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

from .answers import Answer, CouldNotCheck
from .win32 import WindowsApi

CONNECT_TIMEOUT = 0.5
_REFUSED = {errno.ECONNREFUSED, 10061}  # WSAECONNREFUSED


@dataclass(frozen=True)
class PortUse:
    port: int
    in_use: bool
    owner: str | None = None  # the listening program's file name (firebird.exe), if known


def port_use(port: int, api: WindowsApi | None, *, host: str = "127.0.0.1") -> Answer[PortUse]:
    if api is not None:
        try:
            listeners = api.tcp_listeners()
        except OSError:
            listeners = None  # fall back to a connect
        if listeners is not None:
            pid = listeners.get(port)
            if pid is None:
                return PortUse(port, False)
            owner = api.process_name(pid) if pid > 4 else None  # 0 idle, 4 the kernel
            return PortUse(port, True, owner)
    return _connect(port, host)


def _connect(port: int, host: str) -> Answer[PortUse]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT)
        try:
            sock.connect((host, port))
        except ConnectionRefusedError:
            return PortUse(port, False)
        except TimeoutError:
            return CouldNotCheck(f"no answer from {host}:{port} in {CONNECT_TIMEOUT} s")
        except OSError as exc:
            if exc.errno in _REFUSED:
                return PortUse(port, False)
            return CouldNotCheck(f"connect {host}:{port}: {exc}")
    return PortUse(port, True)
