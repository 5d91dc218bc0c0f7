"""Kill points in the installer download (issue 18), patched in from outside the product.

driver.py installs them with its own: the run dies (driver.kill()) where its plan's ``kill_at``
names one of these. Each is a moment the download's promise must survive: the published
file ends under its final name after a restart, and nothing else is ever called verified.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DOWNLOAD_KILL_POINTS = (
    "before_first_byte",  # the server answered (record written, part empty); no byte yet
    "mid_body",  # half of the installer is in the partial file
    "while_rehashing",  # the whole partial file is being read back and hashed (checking)
    "between_verify_and_rename",  # what was read back matched; not yet its final name
    "after_rename",  # the file has its final name; not yet confirmed, record not cleared
)


def install(plan: dict[str, Any], die: Callable[[dict[str, Any], str], None]) -> None:
    from aspel_upgrade.flow import download
    from aspel_upgrade.host import partfile
    from aspel_upgrade.portal import download as transport

    fetcher = transport.InstallerFetcher
    original_fetch = fetcher.fetch

    def fetch(self: Any, url: str, sink: Any, **kw: Any) -> Any:
        heard = kw.get("on_answer")

        def on_answer(answer: Any) -> None:
            if heard is not None:
                heard(answer)
            die(plan, "before_first_byte")

        kw["on_answer"] = on_answer
        return original_fetch(self, url, sink, **kw)

    fetcher.fetch = fetch  # type: ignore[method-assign]

    sink = download._Sink
    original_write = sink.write

    def write(self: Any, data: bytes) -> None:
        original_write(self, data)
        if self.part.size >= self.part.limit // 2:
            die(plan, "mid_body")

    sink.write = write  # type: ignore[method-assign]

    engine = download.InstallerDownload
    original_place = engine._place

    def place(self: Any, part_path: Any, final: Any) -> Any:
        die(plan, "between_verify_and_rename")
        placed = original_place(self, part_path, final)
        die(plan, "after_rename")
        return placed

    engine._place = place  # type: ignore[method-assign]

    original_hash_plain = partfile.hash_plain

    def hash_plain(path: Any, on_block: Any = lambda n: None, *args: Any) -> Any:
        def block(done: int) -> None:
            on_block(done)
            if str(path).endswith(".part"):
                die(plan, "while_rehashing")

        return original_hash_plain(path, block, *args)

    partfile.hash_plain = hash_plain
    download.hash_plain = hash_plain  # type: ignore[attr-defined]  # where the download reads it
