"""The sandbox portal in a process of its own, for the benchmarks that time a client
against it (so the portal's work is not counted in the client's process)."""

from __future__ import annotations

import subprocess
import sys


def start_sandbox(*options: str) -> tuple[subprocess.Popen[str], str]:
    """A sandbox on a free loopback port with ``options`` (e.g. ``--installer-mb 512``);
    (its process, its address, as its first line says)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--port", "0", *options],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
    return proc, url
