"""Downloading the installer: resume or restart, what a failure means, what is reported.

Blocking; runs on a worker thread. The file grows as ``<name>.part`` in the downloads
folder; once it has all arrived it is read back from disk and hashed, gets its final name
only if its size and SHA-256 match the portal's, and is called verified only once the file
under that name is shown to be the one read back (else it is read back again).
A small record per upgrade in the state folder (URL, ETag, size, hash, the partial file's
name; never a token) lets a paused, dropped or killed download continue where it stopped,
also after the app starts again (flow/download_records.py). One copy of the app at a time
writes an installer: the others wait, or say it is being downloaded in another window.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from ..host.filelock import FileLock
from ..host.oserrors import is_no_space
from ..host.partfile import Checked, NotAPlainFile, PartFile, TooLong, hash_plain, lstat_or_none
from ..portal import errors as e
from ..portal.download import (
    Answer,
    DownloadInterrupted,
    InstallerFetcher,
    RangeNotSatisfiable,
    Stopped,
)
from ..portal.models import InstallerFile
from .download_files import (
    InstallerFiles,
    free_bytes,
    installer_paths,
    left_from_before,
)
from .download_records import LEGACY_RECORD, RECORDS_DIR, ResumeRecord, ResumeStore
from .problems import DiskProblem

log = logging.getLogger("aspel_upgrade.flow")

__all__ = [
    "LEGACY_RECORD", "RECORDS_DIR", "DownloadResult", "InstallerDownload", "Meter",
    "Progress", "ResumeRecord", "ResumeStore", "Status", "free_bytes", "installer_paths",
    "left_from_before",
]  # fmt: skip

MAX_RESUMES = 6  # automatic resumes in a row after drops that brought nothing new, per run
MIN_PROGRESS = 64 * 1024  # what a drop must have brought to count as progress (not a drip)
MAX_RETRIES = 1  # automatic retry of a request that got no file (refused, 5xx, timeout)
MAX_WAIT = 5  # seconds of Retry-After waited out; longer is reported (as the portal client)
BUSY_WAIT = 600.0  # --download: how long to wait for another copy downloading the same file

ErrorCode = str  # download_corrupt | download_failed | no_space | disk_error | download_busy
_ONE_AT_A_TIME = threading.Lock()


class Status(Enum):
    VERIFIED = "verified"
    STOPPED = "stopped"  # paused or cancelled: the partial file stays for a resume
    CORRUPT = "corrupt"  # arrived whole but not as the portal said: deleted
    NO_SPACE = "no_space"  # refused before downloading, or the disk filled up (part kept)
    FAILED = "failed"  # network, portal or this PC's folder: the partial file stays
    BUSY = "busy"  # another copy of the app is downloading this installer right now


@dataclass(frozen=True)
class DownloadResult:
    status: Status
    path: Path  # the final file (verified) or where it will be
    size: int  # bytes of the file (expected, unless verified)
    sha256: str  # as read back from the final file when verified, else the expected one
    resumed_from: int = 0  # bytes that were already on disk when this run began
    restarted: str | None = None  # "changed" (new build on the server), "stale" (416)
    error: e.PortalError | None = None
    needed: int = 0  # NO_SPACE: bytes needed, and free
    free: int = 0
    in_the_way: Path | None = None  # the final name was taken: what took it (saved beside)
    in_the_way_kind: str | None = None  # "folder" | "in_use" (an open older copy) | "other"

    @property
    def verified(self) -> bool:
        return self.status is Status.VERIFIED

    @property
    def error_code(self) -> ErrorCode | None:
        """For the result file and the exit code of ``--download``."""
        if isinstance(self.error, DiskProblem) and self.status is not Status.STOPPED:
            return self.error.code  # no_space or disk_error: this PC's, not the network's
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
    checking: bool = False  # re-reading what is on disk (no speed then; the meter waits)
    waiting: bool = False  # another copy of the app is downloading it: this one waits


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


class _Sink:
    """The partial file as the fetcher sees it: every write and restart is reported."""

    def __init__(self, part: PartFile, report: Callable[[int], None]) -> None:
        self.part = part
        self.report = report

    @property
    def size(self) -> int:
        return self.part.size

    def write(self, data: bytes) -> None:
        self.part.write(data)
        self.report(self.part.size)

    def restart(self) -> None:
        self.part.restart()
        self.report(0)


class InstallerDownload:
    """One installer into one folder; ``run`` may be called again to resume or retry."""

    def __init__(
        self,
        fetcher: InstallerFetcher,
        folder: Path,
        records: ResumeStore,
        *,
        refresh: Callable[[], InstallerFile | None] | None = None,
        free_space: Callable[[Path], int] = free_bytes,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        busy_wait: float = 0.0,
        busy_poll: float = 1.0,
    ) -> None:
        self.fetcher = fetcher
        self.folder = folder
        self.records = records
        self.files = InstallerFiles(folder, records)
        self.refresh = refresh
        self.free_space = free_space
        self.busy_wait = busy_wait  # 0: say BUSY at once (the wizard offers «Reintentar»)
        self.busy_poll = busy_poll
        self._sleep = sleep
        self._clock = clock

    def paths(self, upgrade_id: str, file: InstallerFile) -> tuple[Path, Path]:
        return installer_paths(self.folder, upgrade_id, file)

    # ---- the run ------------------------------------------------------------------------
    def run(
        self,
        upgrade_id: str,
        file: InstallerFile,
        *,
        on_progress: Callable[[Progress], None] = lambda p: None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> DownloadResult:
        """Download, resume or retry until verified, stopped, busy or failed.

        One at a time per process: a run asked to stop may still be writing its last
        block when the user starts again, so the new run waits (on its worker thread) for
        the old one to let go. Across processes, an OS lock per upgrade and per file: a
        second copy of the app waits up to ``busy_wait`` seconds (then verifies what the
        first one made), or reports BUSY.
        """
        with _ONE_AT_A_TIME:
            final, _part = self.paths(upgrade_id, file)
            base = DownloadResult(Status.FAILED, final, file.size, file.sha256)
            try:
                held = self._hold(upgrade_id, file, final, on_progress, should_stop)
            except OSError as exc:  # the state folder (where the locks are) is unusable
                log.warning("Cannot lock the download in %s: %s", self.records.folder, exc)
                return replace(base, error=DiskProblem.from_os_error(self.records.folder, exc))
            if isinstance(held, Status):
                return replace(base, status=held)
            try:
                return self._run(upgrade_id, file, base, on_progress, should_stop)
            finally:
                for lock in held:
                    lock.release()

    def _locks(self, upgrade_id: str, final: Path) -> list[FileLock]:
        where = os.path.normcase(os.path.abspath(final))
        return [self.records.upgrade_lock(upgrade_id), self.records.lock(f"file\n{where}")]

    def _hold(
        self,
        upgrade_id: str,
        file: InstallerFile,
        final: Path,
        on_progress: Callable[[Progress], None],
        should_stop: Callable[[], bool],
    ) -> list[FileLock] | Status:
        """The locks, or BUSY (another copy kept them past ``busy_wait``) or STOPPED."""
        locks = self._locks(upgrade_id, final)
        end = self._clock() + self.busy_wait
        told = False
        while True:
            got = []
            for lock in locks:
                if not lock.try_acquire():
                    break
                got.append(lock)
            if len(got) == len(locks):
                return locks
            for lock in got:
                lock.release()
            if not told:
                log.info("Another copy of the app is downloading %s; waiting up to %.0f s",
                         final.name, self.busy_wait)  # fmt: skip
                told = True
            if should_stop():
                return Status.STOPPED
            if self._clock() >= end:
                return Status.BUSY
            # What the other copy has so far (the page shows it moving, not a frozen bar).
            done = self.files.part_size(upgrade_id, self.paths(upgrade_id, file)[1], file.size)
            on_progress(Progress(done, file.size, 0.0, None, waiting=True))
            self._wait(min(self.busy_poll, max(0.0, end - self._clock())), should_stop)

    def _run(
        self,
        upgrade_id: str,
        file: InstallerFile,
        base: DownloadResult,
        on_progress: Callable[[Progress], None],
        should_stop: Callable[[], bool],
    ) -> DownloadResult:
        final = base.path
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            found = self.files.verified_copy(
                file,
                final,
                lambda: on_progress(Progress(file.size, file.size, 0.0, None, checking=True)),
            )
            if found is not None:  # here, whole, from before (or made by another copy)
                self.files.forget(upgrade_id)
                return replace(base, status=Status.VERIFIED, path=found, resumed_from=file.size)
            plan = self.files.resume_point(upgrade_id, file, final)
            needed, free = file.size - plan.offset, self.free_space(self.folder)
            if free < needed:
                log.info("No space in %s: %d needed, %d free", self.folder, needed, free)
                problem = DiskProblem.of(self.folder, "no_space", needed=needed, free=free)
                return replace(base, status=Status.NO_SPACE, error=problem, needed=needed,
                               free=free)  # fmt: skip
            create = lstat_or_none(plan.part) is None
            part = PartFile(plan.part, create=create, limit=file.size)
        except NotAPlainFile as exc:  # something was put at the name meanwhile
            log.warning("The partial file's name is taken: %s", exc)
            problem = DiskProblem.of(self.folder, "exists", place=self._shown(exc))
            return replace(base, error=problem)
        except OSError as exc:
            log.warning("Cannot prepare the download in %s: %s", self.folder, exc)
            return replace(base, error=DiskProblem.from_os_error(self.folder, exc))
        record = ResumeRecord(
            upgrade_id, file.url, final.name, file.size, file.sha256, plan.etag,
            plan.part.name, str(self.folder),
        )  # fmt: skip
        base = replace(base, resumed_from=plan.offset, restarted=plan.restarted)
        checked: Checked | None = None
        try:
            if plan.start_over:
                part.restart()
            meter = Meter(file.size)  # what the link brings; the bytes kept are not speed
            sink = _Sink(part, lambda done: self._report(meter, done, on_progress))
            self._report(meter, part.size, on_progress, force=True)
            expected: InstallerFile = file
            outcome: e.PortalError | str | None = None
            if part.size == file.size:  # whole from before (e.g. only the rename failed)
                part.close()
                checked = self._read_back(plan.part, file.size, on_progress, should_stop)
                if (checked.size, checked.sha256) != (file.size, file.sha256):
                    log.info("%s is whole but not the installer: over again", plan.part.name)
                    part = PartFile(plan.part, create=False, limit=file.size)
                    sink.part = part
                    sink.restart()  # never asked as a range past its end (that is a 416)
                    plan.restarted, checked = "stale", None
            if checked is None:
                outcome, expected = self._transfer(file, sink, record, plan.known, should_stop)
                if isinstance(outcome, e.PortalError):
                    part.set_aside()
                    return replace(base, error=outcome)
                self._report(meter, part.size, on_progress, force=True)  # all of it is here
                part.close()
                checked = self._read_back(plan.part, part.size, on_progress, should_stop)
        except Stopped:
            part.set_aside()
            return replace(base, status=Status.STOPPED)
        except TooLong as exc:  # more than the portal said: refused before writing it
            part.set_aside()
            log.warning("Installer refused: %s", exc)
            self.files.drop(upgrade_id, plan.part)
            return replace(base, status=Status.CORRUPT)
        except OSError as exc:  # the disk filled up or went away while writing
            part.set_aside()
            log.warning("Writing %s failed: %s", plan.part, exc)
            return self._disk_failure(base, exc, file.size - _size_on_disk(plan.part))
        except e.PortalError as exc:  # the descriptor could not be re-read meanwhile
            part.set_aside()
            return replace(base, error=exc)
        why = outcome if isinstance(outcome, str) else None
        base = replace(base, restarted=why or plan.restarted)
        return self._verify(upgrade_id, base, expected, plan.part, checked, final, on_progress)

    def _read_back(
        self,
        part: Path,
        size: int,
        on_progress: Callable[[Progress], None],
        should_stop: Callable[[], bool],
    ) -> Checked:
        """Read the partial file back from disk and hash it, saying so («Comprobando…»):
        what is verified is what is there, never the bytes this run meant to write (they
        could be another's, or not have reached the disk). The one SHA-256 pass."""
        last = [-1e9]

        def checking(done: int) -> None:
            now = self._clock()
            if now - last[0] >= 0.25:
                last[0] = now
                on_progress(Progress(done, size, 0.0, None, checking=True))

        checking(0)
        checked = hash_plain(part, checking, should_stop)
        if checked is None:
            raise Stopped()
        return checked

    def discard(self, upgrade_id: str, file: InstallerFile) -> bool:
        """«Cancelar descarga», once the user agreed: this upgrade's partial file and its
        record go (pausing keeps them). True once they are gone; False when another copy of
        the app is downloading it (nothing is removed under its feet). Another upgrade's
        partial file is never touched. An OSError (the file held open, a read-only drive)
        reaches the caller: the user must hear that the file stayed."""
        with _ONE_AT_A_TIME:  # a run of this process that is stopping finishes first
            final, default = self.paths(upgrade_id, file)
            locks = self._locks(upgrade_id, final)
            held: list[FileLock] = []
            try:
                for lock in locks:
                    if lock.try_acquire():
                        held.append(lock)
                if len(held) < len(locks):
                    log.info("Not discarding %s: another copy is downloading it", final.name)
                    return False
                self.files.discard(upgrade_id, default)
                log.info("Download of %s discarded", final.name)
                return True
            finally:
                for lock in held:
                    lock.release()

    # ---- the transfer -------------------------------------------------------------------
    def _transfer(
        self,
        file: InstallerFile,
        sink: _Sink,
        record: ResumeRecord,
        known: bool,
        should_stop: Callable[[], bool],
    ) -> tuple[e.PortalError | str | None, InstallerFile]:
        """Fetch until the whole body arrived: (an error, or why it started over, or None;
        what the file is expected to be now)."""
        restarted: str | None = None
        drops = retries = 0
        best = sink.size  # the most on disk so far: a failure after 64 KiB more is progress
        etag = record.etag
        expected = file
        # A resume found its record on disk; a new download writes one when the server
        # answers (it names the ETag), before the first byte: one durable write, not two.
        saved = known and sink.size > 0
        error: e.PortalError

        def heard(answer: Answer) -> None:
            nonlocal etag, restarted, record, saved, expected
            if answer.status == 200 and sink.size > 0:
                log.info("The installer changed on the server (ETag %s -> %s)", etag, answer.etag)
                restarted = "changed"
            if answer.total is not None and answer.total != expected.size:
                expected = self._declared(expected, answer.total)  # or TooLong, at once
                sink.part.limit = expected.size
                record = replace(record, url=expected.url, size=expected.size,
                                 sha256=expected.sha256)  # fmt: skip
                saved = False
            if answer.etag != etag or not saved:
                etag = answer.etag
                record = replace(record, etag=etag)
                self._save(record)
                saved = True

        while True:
            try:
                self.fetcher.fetch(
                    expected.url,
                    sink,
                    offset=sink.size,
                    etag=etag,
                    on_answer=heard,
                    should_stop=should_stop,
                )
                return restarted, expected
            except RangeNotSatisfiable:
                if restarted == "stale":
                    return e.UnexpectedResponse("416 otra vez desde cero"), expected
                log.info("416 for the part on disk: starting over")
                sink.restart()
                restarted, best = "stale", 0
                continue
            except (DownloadInterrupted, e.PortalTimeout) as exc:  # part of it may have come
                if sink.size >= best + MIN_PROGRESS:
                    best = sink.size
                    drops = retries = 0  # it kept delivering: not counted (issue 18 C10)
                    wait, error = 0.2, exc
                elif isinstance(exc, DownloadInterrupted):
                    drops += 1
                    if drops > MAX_RESUMES:
                        return exc, expected
                    wait, error = 0.2 * drops, exc
                else:
                    retries += 1
                    if retries > MAX_RETRIES:
                        return exc, expected
                    wait, error = 0.3 * retries, exc
            except e.ConnectionFailed as exc:
                if exc.kind in ("tls", "proxy", "proxy_auth", "dns", "offline"):
                    return exc, expected  # trying again at once will not change these
                retries += 1
                if retries > MAX_RETRIES:
                    return exc, expected
                wait, error = 0.3 * retries, exc
            except (e.PortalUnavailable, e.RateLimited) as exc:
                retries += 1
                wait = float(exc.retry_after or 0.3 * retries)
                if wait > MAX_WAIT or retries > MAX_RETRIES:
                    return exc, expected
                error = exc
            except e.PortalError as exc:
                return exc, expected
            log.info("Download: %s; trying again from %d in %.1f s", error.code, sink.size, wait)
            self._wait(wait, should_stop)
            if should_stop():
                raise Stopped()

    def _declared(self, expected: InstallerFile, total: int) -> InstallerFile:
        """The server announces another size: a new build the portal now describes, or an
        answer refused before its first byte (never written up to where it stops)."""
        newer = self._refresh()
        if newer is not None and newer.size == total:
            log.info("The portal describes a new build of %d bytes", total)
            return newer
        if total > expected.size:
            raise TooLong(total, expected.size)
        return expected  # shorter: what arrives is checked (and refused) as a whole

    def _refresh(self) -> InstallerFile | None:
        if self.refresh is None:
            return None
        return self.refresh()

    def _save(self, record: ResumeRecord) -> None:
        """The record is for resuming later; a state folder that cannot be written costs
        that, not this download."""
        try:
            self.records.save(record)
        except OSError as exc:
            log.warning("Could not save the download record in %s: %s", self.records.folder, exc)

    def _wait(self, seconds: float, should_stop: Callable[[], bool]) -> None:
        end = self._clock() + seconds
        while not should_stop() and self._clock() < end:
            self._sleep(min(0.1, max(0.0, end - self._clock())))

    # ---- the end ------------------------------------------------------------------------
    def _verify(
        self,
        upgrade_id: str,
        base: DownloadResult,
        file: InstallerFile,
        part: Path,
        checked: Checked,
        final: Path,
        on_progress: Callable[[Progress], None],
    ) -> DownloadResult:
        """What was read back matches: it gets the final name, and is called verified once
        the file under that name is shown to be the one read back, unchanged (the same file
        id, size and time); where that cannot be shown, it is read back again."""
        expected, got = file, (checked.size, checked.sha256)
        if got != (file.size, file.sha256) and self.refresh is not None:
            # A new build may have been published meanwhile: the portal says what it is now.
            try:
                newer = self._refresh()
            except e.PortalError as exc:  # cannot tell a new build from damage: ask again
                log.info("Could not re-read the download descriptor: %s", exc.code)
                return replace(base, error=exc)
            if newer is None:  # the portal no longer describes it: cannot tell either
                return replace(base, error=e.UnexpectedResponse("download: sin descriptor"))
            expected = newer
        if got != (expected.size, expected.sha256):
            log.warning("Installer refused: %d bytes, sha256 %s; expected %d, %s",
                        *got, expected.size, expected.sha256)  # fmt: skip
            self.files.drop(upgrade_id, part)
            return replace(base, status=Status.CORRUPT, sha256=expected.sha256)
        placed = self._place(part, final)  # a method: the kill sweep hooks it
        if isinstance(placed, DiskProblem):
            return replace(base, error=placed)  # the verified part stays: only this is retried
        path, in_the_way, kind = placed
        on_progress(Progress(checked.size, checked.size, 0.0, None, checking=True))
        if not checked.same_file(lstat_or_none(path)):
            log.info("%s is not shown to be the file read back: reading it again", path)
            try:
                again = hash_plain(path)
            except OSError as exc:
                log.warning("Could not read %s back: %s", path, exc)
                return replace(base, path=path, error=DiskProblem.from_os_error(self.folder, exc))
            if again is None or (again.size, again.sha256) != got:
                log.warning("%s is not what was checked: refused", path)
                path.unlink(missing_ok=True)
                self.records.clear(upgrade_id)
                return replace(base, status=Status.CORRUPT, sha256=expected.sha256)
        self.records.clear(upgrade_id)
        log.info("Installer verified: %s (%d bytes, sha256 %s)", path, *got)
        return replace(base, status=Status.VERIFIED, path=path, size=got[0], sha256=got[1],
                       in_the_way=in_the_way, in_the_way_kind=kind)  # fmt: skip

    def _place(self, part: Path, final: Path) -> tuple[Path, Path | None, str | None] | DiskProblem:
        return self.files.place(part, final)

    def _disk_failure(self, base: DownloadResult, exc: OSError, needed: int) -> DownloadResult:
        """A write refused by this PC: a full disk is NO_SPACE (with what is missing), any
        other a disk problem; never a network one, and nothing is asked of the portal."""
        if not is_no_space(exc):
            return replace(base, error=DiskProblem.from_os_error(self.folder, exc))
        try:
            free = self.free_space(self.folder)
        except OSError:
            free = 0
        problem = DiskProblem.from_os_error(self.folder, exc, needed=needed, free=free)
        return replace(base, status=Status.NO_SPACE, error=problem, needed=needed, free=free)

    @staticmethod
    def _shown(exc: OSError) -> Path | None:
        return Path(exc.filename) if isinstance(exc.filename, str) else None

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


def still_verified(path: Path, size: int, sha256: str) -> bool:
    """Whether the plain file at ``path`` is still the installer that was verified (read
    back and hashed again, never through a link): before it is run, «Verificado» is
    checked again, since another program may have replaced or changed it meanwhile."""
    try:
        again = hash_plain(path)
    except OSError as exc:
        log.info("%s cannot be read back: %s", path, exc)
        return False
    return again is not None and (again.size, again.sha256) == (size, sha256.lower())


def _size_on_disk(path: Path) -> int:
    """What a failed write left (a partial write may have kept more than was counted)."""
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0
