"""The sandbox stays on this PC unless asked, loudly, to serve the network (issue 18, G10).

It serves the demo log-in over plain http: on any address other than loopback, it refuses
to start without ``--allow-network``, and warns on stderr when that flag is given.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import requests

from aspel_upgrade.sandbox.server import SandboxPortal

EVERYWHERE = "0.0.0.0"  # noqa: S104 - what the tests ask the sandbox to refuse


@pytest.mark.parametrize("host", [EVERYWHERE, "::", "192.168.1.20", "portal.example", ""])
def test_a_host_off_loopback_is_refused_without_the_flag(host: str) -> None:
    # A child process: a sandbox that did start would serve until killed.
    try:
        ended = subprocess.run(
            [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--host", host,
             "--port", "0"],
            capture_output=True, text=True, timeout=20,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the sandbox started on {host!r}")
    assert ended.returncode == 2
    assert "--allow-network" in ended.stderr and "127.0.0.1" in ended.stderr
    assert ended.stdout == ""  # no banner: nothing was started


def test_the_python_api_refuses_it_too() -> None:
    with pytest.raises(ValueError, match="allow_network"):
        SandboxPortal(host=EVERYWHERE)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
def test_loopback_addresses_need_no_flag(host: str) -> None:
    try:
        portal = SandboxPortal(host=host)
    except OSError as exc:  # e.g. no IPv6 on this machine
        pytest.skip(f"{host} cannot be bound here: {exc}")
    portal.stop()


def test_with_the_flag_it_serves_the_network_and_says_so_loudly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--host", EVERYWHERE,
         "--port", "0", "--allow-network"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        assert first.startswith("Portal de pruebas (sandbox) en http://0.0.0.0:")
        port = first.rsplit(":", 1)[1].strip()
        warning = "".join(proc.stderr.readline() for _ in range(3))
        assert "ATENCIÓN" in warning and EVERYWHERE in warning
        assert "red" in warning and "sin cifrar" in warning
        deadline = time.monotonic() + 10
        while True:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert health.json()["portal"] == "sandbox"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
