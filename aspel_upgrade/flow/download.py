"""Downloading the installer: resume or restart, what a failure means, what is reported.

Blocking; runs on a worker thread. The file grows as ``<name>.part`` in the downloads
folder and gets its final name only once its size and SHA-256 match the portal's. A small
record in the state folder (URL, ETag, size, hash; never a token) lets a paused, dropped or
killed download continue where it stopped, also after the app starts again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ..portal import errors as e
from .problems import DiskProblem

if TYPE_CHECKING:
    from ..portal.download import Answer, InstallerFetcher
    from ..portal.models import InstallerFile
    from .controller import UpgradeFlow

log = logging.getLogger("aspel_upgrade.flow")

RECORD_NAME = "installer-download.json"
MAX_RESUMES = 6  # automatic resumes after the link dropped mid-file, per run
MAX_RETRIES = 1  # automatic retry of a request that got no file (refused, 5xx, timeout)
MAX_WAIT = 5  # seconds of Retry-After waited out; longer is reported (as the portal client)
HASH_BLOCK = 1024 * 1024

ErrorCode = str  # download_corrupt | download_failed | no_space
_ONE_AT_A_TIME = threading.Lock()


def free_bytes(folder: Path) -> int:
    """Free space where ``folder`` is (its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def installer_paths(folder: Path, upgrade_id: str, file: InstallerFile) -> tuple[Path, Path]:
    """(final, partial): the portal's name made safe, inside ``folder``, always."""
    from ..portal.download import safe_file_name

    name = safe_file_name(file.file_name, f"instalador-{upgrade_id}.exe")
    final = folder / name
    assert final.parent == folder
    return final, folder / f"{name}.part"


def left_from_before(folder: Path, state_dir: Path, upgrade_id: str, file: InstallerFile) -> int:
    """Bytes of this upgrade's installer already on disk from an unfinished download."""
    record = ResumeStore(state_dir / RECORD_NAME).load()
    _final, part = installer_paths(folder, upgrade_id, file)
    if record is None or record.upgrade_id != upgrade_id or not part.is_file():
        return 0
    return part.stat().st_size


@dataclass(frozen=True)
class ResumeRecord:
    upgrade_id: str
    url: str
    file_name: str  # the safe name the partial file was given
    size: int
    sha256: str
    etag: str | None = None


class ResumeStore:
    """The record of the download in progress: one small JSON file, written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, record: ResumeRecord) -> None:
        from ..host.atomic import write_json_atomically

        write_json_atomically(self.path, asdict(record))

    def load(self) -> ResumeRecord | None:
        import json

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            record = ResumeRecord(**data)
            if not isinstance(record.size, int) or not isinstance(record.url, str):
                raise TypeError("wrong types")
            return record
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("Ignoring unreadable download record %s: %s", self.path, exc)
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


class Status(Enum):
    VERIFIED = "verified"
    STOPPED = "stopped"  # paused or cancelled: the partial file stays for a resume
    CORRUPT = "corrupt"  # arrived whole but not as the portal said: deleted
    NO_SPACE = "no_space"  # refused before downloading
    FAILED = "failed"  # network or portal: the partial file stays for a resume
    BUSY = "busy"  # stand-in (the engine's branch has it): another process is downloading it


@dataclass(frozen=True)
class DownloadResult:
    status: Status
    path: Path  # the final file (verified) or where it will be
    size: int  # bytes of the file (expected, unless verified)
    sha256: str  # as computed when verified, else the expected one
    resumed_from: int = 0  # bytes that were already on disk when this run began
    restarted: str | None = None  # "changed" (new build on the server), "stale" (416)
    error: e.PortalError | None = None
    needed: int = 0  # NO_SPACE: bytes needed, and free
    free: int = 0

    @property
    def verified(self) -> bool:
        return self.status is Status.VERIFIED

    @property
    def error_code(self) -> ErrorCode | None:
        """For the result file and the exit code of ``--download``."""
        return {
            Status.VERIFIED: None,
            Status.CORRUPT: "download_corrupt",
            Status.NO_SPACE: "no_space",
            Status.BUSY: "download_busy",
        }.get(self.status, "download_failed")


@dataclass
class Progress:
    done: int
    total: int
    bytes_per_second: float  # over the last few seconds; 0 until known
    seconds_left: float | None
    checking: bool = False  # stand-in (the engine's branch has it): re-hashing the part


class Meter:
    """Speed and time left over a sliding window, reported at most every ``interval`` s."""

    def __init__(self, total: int, interval: float = 0.25, window: float = 3.0) -> None:
        self.total = total
        self.interval = interval
        self.window = window
        self._samples: deque[tuple[float, int]] = deque()
        self._last_report = -1e9

    def update(self, done: int, now: float, *, force: bool = False) -> Progress | None:
        if not force and now - self._last_report < self.interval:
            return None  # called for every block written: the common path must be cheap
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.window:
            self._samples.popleft()
        self._last_report = now
        first_t, first_done = self._samples[0]
        elapsed = now - first_t
        speed = (done - first_done) / elapsed if elapsed > 0.2 else 0.0
        left = (self.total - done) / speed if speed > 0 else None
        return Progress(done, self.total, speed, left)


class _HashingFile:
    """The partial file opened for appending, hashed as it is written.

    Inline on the download's worker thread: file writes and hashlib release the GIL on
    large blocks, and on loopback this already keeps pace with ``curl -o`` plus the hash
    (tests/bench/download.py); extra threads bought nothing measurable.
    """

    def __init__(self, path: Path, on_write: Callable[[int], None]) -> None:
        self.path = path
        self._on_write = on_write
        self.hasher = hashlib.sha256()
        self.size = 0
        self._file = open(path, "ab")  # noqa: SIM115 - closed by close()

    def hash_existing(self, should_stop: Callable[[], bool]) -> None:
        """The part already on disk counts first (read back: it is what will be kept)."""
        self._file.flush()
        with open(self.path, "rb") as f:
            while block := f.read(HASH_BLOCK):
                if should_stop():
                    from ..portal.download import Stopped

                    raise Stopped()
                self.hasher.update(block)
                self.size += len(block)
                self._on_write(self.size)

    def restart(self) -> None:
        self._file.seek(0)
        self._file.truncate()
        self.hasher = hashlib.sha256()
        self.size = 0
        self._on_write(0)

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self.hasher.update(data)
        self.size += len(data)
        self._on_write(self.size)

    def close(self) -> str:
        """Close the file; returns the SHA-256 of all of it.

        No fsync: what is verified is what was written, and a file is trusted again only
        after hashing it again (``InstallerDownload.run`` re-hashes an existing final
        file), so a crash can cost a download, never a wrong «Verificado». (fsync cost
        15 % of the time on the benchmark; browsers do not fsync downloads either.)
        """
        self._file.close()
        return self.hasher.hexdigest()

    def set_aside(self) -> None:
        """Stopped or failed: keep what was written (for a resume) and close, quietly."""
        import contextlib

        with contextlib.suppress(OSError):
            self._file.close()


def _hash_file(path: Path) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(HASH_BLOCK):
            hasher.update(block)
    return hasher.hexdigest()


class InstallerDownload:
    """One installer into one folder; ``run`` may be called again to resume or retry."""

    def __init__(
        self,
        fetcher: InstallerFetcher,
        folder: Path,
        records: ResumeStore,
        *,
        refresh: Callable[[], InstallerFile] | None = None,
        free_space: Callable[[Path], int] = free_bytes,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fetcher = fetcher
        self.folder = folder
        self.records = records
        self.refresh = refresh
        self.free_space = free_space
        self._sleep = sleep
        self._clock = clock

    def paths(self, upgrade_id: str, file: InstallerFile) -> tuple[Path, Path]:
        return installer_paths(self.folder, upgrade_id, file)

    def discard(self, upgrade_id: str, file: InstallerFile) -> None:
        """Stand-in (the engine's branch has it): remove the partial file and its record."""
        with _ONE_AT_A_TIME:
            self.paths(upgrade_id, file)[1].unlink(missing_ok=True)
            record = self.records.load()
            if record is not None and record.upgrade_id == upgrade_id:
                self.records.clear()

    def run(
        self,
        upgrade_id: str,
        file: InstallerFile,
        *,
        on_progress: Callable[[Progress], None] = lambda p: None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> DownloadResult:
        """Download, resume or retry until verified, stopped or failed.

        One at a time per process: a run asked to stop may still be writing its last
        block when the user starts again, and two writers on one partial file would spoil
        it, so the new run waits (on its worker thread) for the old one to let go.
        """
        with _ONE_AT_A_TIME:
            return self._run(upgrade_id, file, on_progress, should_stop)

    def _run(
        self,
        upgrade_id: str,
        file: InstallerFile,
        on_progress: Callable[[Progress], None],
        should_stop: Callable[[], bool],
    ) -> DownloadResult:
        from ..portal.download import Stopped

        final, part = self.paths(upgrade_id, file)
        base = DownloadResult(Status.FAILED, final, file.size, file.sha256)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            already = final.is_file() and final.stat().st_size == file.size
            if already and _hash_file(final) == file.sha256:  # here, whole, from before
                return replace(base, status=Status.VERIFIED, resumed_from=file.size)
            offset, etag, restarted = self._resume_point(upgrade_id, file, final, part)
            needed, free = file.size - offset, self.free_space(self.folder)
            if free < needed:
                log.info("No space in %s: %d needed, %d free", self.folder, needed, free)
                return replace(base, status=Status.NO_SPACE, needed=needed, free=free)
            meter = Meter(file.size)
            sink = _HashingFile(part, lambda done: self._report(meter, done, on_progress))
        except OSError as exc:
            log.warning("Cannot prepare the download in %s: %s", self.folder, exc)
            return replace(base, error=DiskProblem(self.folder, exc.strerror or str(exc)))
        record = ResumeRecord(upgrade_id, file.url, final.name, file.size, file.sha256, etag)
        try:
            sink.hash_existing(should_stop)
            base = replace(base, resumed_from=offset, restarted=restarted)
            outcome = self._transfer(file, sink, record, should_stop)
            if isinstance(outcome, e.PortalError):
                sink.set_aside()
                return replace(base, error=outcome)
            digest = sink.close()
        except Stopped:
            sink.set_aside()
            return replace(base, status=Status.STOPPED)
        except OSError as exc:  # the disk filled up or went away while writing
            sink.set_aside()
            log.warning("Writing %s failed: %s", part, exc)
            return replace(base, error=DiskProblem(self.folder, exc.strerror or str(exc)))
        base = replace(base, restarted=outcome or restarted)
        self._report(meter, sink.size, on_progress, force=True)
        return self._verify(base, file, sink.path, sink.size, digest, final)

    def _resume_point(
        self, upgrade_id: str, file: InstallerFile, final: Path, part: Path
    ) -> tuple[int, str | None, str | None]:
        """(bytes to keep, their ETag, why we start over if we do)."""
        record = self.records.load()
        if not part.exists():
            return 0, None, None
        same = record is not None and (
            record.url,
            record.sha256,
            record.size,
            record.file_name,
        ) == (file.url, file.sha256, file.size, final.name)
        size = part.stat().st_size
        if same and record is not None and 0 < size <= file.size:
            log.info("Resuming %s from %d bytes", final.name, size)
            return size, record.etag, None
        part.unlink()
        changed = record is not None and record.upgrade_id == upgrade_id and not same
        return 0, None, "changed" if changed else None

    def _transfer(
        self,
        file: InstallerFile,
        sink: _HashingFile,
        record: ResumeRecord,
        should_stop: Callable[[], bool],
    ) -> e.PortalError | str | None:
        """Fetch until the whole body arrived; an error, or why it started over (or None)."""
        from ..portal.download import DownloadInterrupted, RangeNotSatisfiable, Stopped

        restarted: str | None = None
        resumes = retries = 0
        etag = record.etag
        # A resume found its record on disk; a new download writes one when the server
        # answers (it names the ETag), before the first byte: one durable write, not two.
        saved = sink.size > 0
        error: e.PortalError

        def heard(answer: Answer) -> None:
            nonlocal etag, restarted, record, saved
            if answer.status == 200 and sink.size > 0:
                log.info("The installer changed on the server (ETag %s -> %s)", etag, answer.etag)
                restarted = "changed"
            if answer.etag != etag or not saved:
                etag = answer.etag
                record = replace(record, etag=etag)
                self.records.save(record)
                saved = True

        while True:
            try:
                self.fetcher.fetch(
                    file.url,
                    sink,
                    offset=sink.size,
                    etag=etag,
                    on_answer=heard,
                    should_stop=should_stop,
                )
                return restarted
            except RangeNotSatisfiable:
                if restarted == "stale":
                    return e.UnexpectedResponse("416 otra vez desde cero")
                log.info("416 for the part on disk: starting over")
                sink.restart()
                restarted = "stale"
                continue
            except DownloadInterrupted as exc:  # resumable: part of the file arrived
                resumes += 1
                if resumes > MAX_RESUMES:
                    return exc
                wait, error = 0.2 * resumes, exc
            except (e.PortalTimeout, e.ConnectionFailed) as exc:
                if isinstance(exc, e.ConnectionFailed) and exc.kind in (
                    "tls",
                    "proxy",
                    "proxy_auth",
                    "dns",
                    "offline",
                ):
                    return exc  # trying again at once will not change these
                retries += 1
                if retries > MAX_RETRIES:
                    return exc
                wait, error = 0.3 * retries, exc
            except (e.PortalUnavailable, e.RateLimited) as exc:
                retries += 1
                wait = float(exc.retry_after or 0.3 * retries)
                if wait > MAX_WAIT or retries > MAX_RETRIES:
                    return exc
                error = exc
            except e.PortalError as exc:
                return exc
            log.info("Download: %s; trying again from %d in %.1f s", error.code, sink.size, wait)
            self._wait(wait, should_stop)
            if should_stop():
                raise Stopped()

    def _wait(self, seconds: float, should_stop: Callable[[], bool]) -> None:
        end = self._clock() + seconds
        while not should_stop() and self._clock() < end:
            self._sleep(min(0.1, max(0.0, end - self._clock())))

    def _verify(
        self,
        base: DownloadResult,
        file: InstallerFile,
        part: Path,
        size: int,
        digest: str,
        final: Path,
    ) -> DownloadResult:
        expected = file
        if (size, digest) != (file.size, file.sha256) and self.refresh is not None:
            # A new build may have been published meanwhile: the portal says what it is now.
            try:
                expected = self.refresh()
            except e.PortalError as exc:  # cannot tell a new build from damage: ask again
                log.info("Could not re-read the download descriptor: %s", exc.code)
                return replace(base, error=exc)
        if (size, digest) != (expected.size, expected.sha256):
            log.warning(
                "Installer refused: %d bytes, sha256 %s; expected %d, %s",
                size, digest, expected.size, expected.sha256,
            )  # fmt: skip
            part.unlink(missing_ok=True)
            self.records.clear()
            return replace(base, status=Status.CORRUPT, sha256=expected.sha256)
        try:
            os.replace(part, final)  # e.g. refused on Windows while the old copy is running
        except OSError as exc:
            log.warning("Could not rename %s to %s: %s", part, final, exc)
            return replace(base, error=DiskProblem(self.folder, exc.strerror or str(exc)))
        self.records.clear()
        log.info("Installer verified: %s (%d bytes, sha256 %s)", final, size, digest)
        return replace(base, status=Status.VERIFIED, size=size, sha256=digest)

    def _report(
        self,
        meter: Meter,
        done: int,
        on_progress: Callable[[Progress], None],
        *,
        force: bool = False,
    ) -> None:
        progress = meter.update(done, self._clock(), force=force)
        if progress is not None:
            on_progress(progress)


def for_flow(
    flow: UpgradeFlow,
    folder: Path,
    state_dir: Path,
    *,
    free_space: Callable[[Path], int] = free_bytes,
) -> InstallerDownload:
    """The download of the flow's receipt, connected like the flow's portal client."""
    from ..portal.download import InstallerFetcher

    client = flow.client
    fetcher = InstallerFetcher.like(client)  # type: ignore[arg-type]
    receipt = flow.state.receipt
    refresh: Callable[[], InstallerFile] | None = None
    if receipt is not None:
        upgrade_id = receipt.upgrade_id

        def refresh() -> InstallerFile:  # a receipt may come back without a descriptor
            file = client.get_receipt(upgrade_id).download
            if file is None:
                raise e.UnexpectedResponse("$.download: sin datos del instalador")
            return file

    return InstallerDownload(
        fetcher, folder, ResumeStore(state_dir / RECORD_NAME), refresh=refresh,
        free_space=free_space,
    )  # fmt: skip
