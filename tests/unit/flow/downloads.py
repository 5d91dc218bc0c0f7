"""What the download tests share: a clock that moves only when slept on, a downloader built
as a freshly started app builds it, a real small disk, and the sandbox's byte count."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.flow.download import InstallerDownload, ResumeStore
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.download import InstallerFetcher
from aspel_upgrade.portal.models import UpgradeReceipt
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers import bytes_served


class FakeTime:
    """A clock that moves only when slept on: waits cost no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class CountingFetcher(InstallerFetcher):
    """The real fetcher, counting the requests it makes (what a test of "no request after
    it" needs; the requests themselves are real)."""

    requests = 0

    def fetch(self, url: str, sink: Any, **kw: Any) -> Any:
        self.requests += 1
        return super().fetch(url, sink, **kw)


def state_records(tmp_path: Path) -> ResumeStore:
    return ResumeStore(tmp_path / "state")


def make(
    tmp_path: Path,
    client: PortalClient,
    receipt: UpgradeReceipt,
    time_: FakeTime | None = None,
    *,
    folder: Path | None = None,
    **kw: Any,
) -> InstallerDownload:
    """A fresh downloader, as a freshly started app would build it."""
    fetcher = CountingFetcher(verify=client.verify, timeout=client.timeout)
    if time_ is not None:
        kw.setdefault("sleep", time_.sleep)
        kw.setdefault("clock", time_.clock)
    kw.setdefault("refresh", lambda: client.get_receipt(receipt.upgrade_id).download)
    return InstallerDownload(fetcher, folder or tmp_path / "Descargas", state_records(tmp_path),
                             **kw)  # fmt: skip


def served(sandbox: SandboxPortal, receipt: UpgradeReceipt) -> int:
    return bytes_served(sandbox, receipt.upgrade_id)


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_disk(mount_point: Path, size: str) -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs) at ``mount_point``: a disk that fills up.

    Needs root (CI runs as root here); elsewhere the test is skipped, not faked.
    """
    if not can_mount():
        pytest.skip("mounting a small file system needs root on Linux")
    mount_point.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(mount_point)],
        check=True,
        capture_output=True,
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def fill(disk: Path) -> None:
    """Take every free byte of ``disk`` (what another program does to a nearly full disk)."""
    with open(disk / "otro-programa.dat", "wb", buffering=0) as f:
        block = b"\0" * 4096
        try:
            while True:
                f.write(block)
        except OSError:
            pass
