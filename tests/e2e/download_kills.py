"""Kill points in the installer download (issue 18), patched in from outside the product.

driver.py installs them with its own: the run dies (driver.kill()) where its plan's ``kill_at``
names one of these. Each is a moment the download's promise must survive: the published
file ends under its final name after a restart, and nothing else is ever called verified.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

DOWNLOAD_KILL_POINTS = (
    "before_first_byte",  # the server answered (record written, part empty); no byte yet
    "mid_body",  # half of the installer is in the partial file
    "while_rehashing",  # the whole partial file is being read back and hashed (checking)
    "between_verify_and_rename",  # what was read back matched; not yet its final name
    "after_rename",  # the file has its final name; not yet confirmed, record not cleared
)


def install(plan: dict[str, Any], die: Callable[[dict[str, Any], str], None]) -> None:
    """Patch the kill points into this (child) process; each assignment to a method below
    is the deliberate patch mypy's method-assign names."""
    from aspel_upgrade.flow import download
    from aspel_upgrade.flow.problems import DiskProblem
    from aspel_upgrade.host import partfile
    from aspel_upgrade.portal import download as transport

    fetcher = transport.InstallerFetcher
    original_fetch = fetcher.fetch

    def fetch(
        self: transport.InstallerFetcher,
        url: str,
        sink: transport.Sink,
        *,
        offset: int = 0,
        etag: str | None = None,
        on_answer: Callable[[transport.Answer], None] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> transport.Answer:
        def answered(answer: transport.Answer) -> None:
            if on_answer is not None:
                on_answer(answer)
            die(plan, "before_first_byte")

        return original_fetch(self, url, sink, offset=offset, etag=etag,
                              on_answer=answered, should_stop=should_stop)  # fmt: skip

    fetcher.fetch = fetch  # type: ignore[method-assign]

    sink = download._Sink
    original_write = sink.write

    def write(self: download._Sink, data: bytes) -> None:
        original_write(self, data)
        if self.part.size >= self.part.limit // 2:
            die(plan, "mid_body")

    sink.write = write  # type: ignore[method-assign]

    engine = download.InstallerDownload
    original_place = engine._place

    def place(
        self: download.InstallerDownload, part: Path, final: Path
    ) -> tuple[Path, Path | None, str | None] | DiskProblem:
        die(plan, "between_verify_and_rename")
        placed = original_place(self, part, final)
        die(plan, "after_rename")
        return placed

    engine._place = place  # type: ignore[method-assign]

    original_hash_plain = partfile.hash_plain

    def hash_plain(
        path: Path,
        on_block: Callable[[int], None] = lambda n: None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> partfile.Checked | None:
        def block(done: int) -> None:
            on_block(done)
            if str(path).endswith(".part"):
                die(plan, "while_rehashing")

        return original_hash_plain(path, block, should_stop)

    partfile.hash_plain = hash_plain
    download.hash_plain = hash_plain  # type: ignore[attr-defined]  # where the download reads it
