"""Downloading the installer over real HTTP from the sandbox: resume, restart, refuse."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from aspel_upgrade.flow.download import (
    DownloadResult,
    InstallerDownload,
    Meter,
    Progress,
    ResumeRecord,
    ResumeStore,
    Status,
    installer_paths,
)
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.download import Answer, InstallerFetcher, Sink, Stopped
from aspel_upgrade.portal.errors import InsecurePortalAddress, InvalidPortalAddress
from aspel_upgrade.portal.models import InstallerFile, UpgradeReceipt
from aspel_upgrade.sandbox.download import CHUNK
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import TEST_INSTALLER_SIZE, installer_of
from tests.unit.flow.downloads import FakeTime, make, served

SIZE = TEST_INSTALLER_SIZE
RECEIPT_FILE = InstallerFile("https://x.example/a.exe", "a.exe", 1, "0" * 64)


def test_a_whole_download_is_verified_and_named(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    seen: list[Progress] = []
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt), on_progress=seen.append
    )
    assert result.status is Status.VERIFIED
    assert result.path == tmp_path / "Descargas" / "Aspel-SAE-8.0-Setup.exe"
    assert result.path.stat().st_size == SIZE == result.size
    assert result.sha256 == installer_of(receipt).sha256
    assert not result.path.with_name(result.path.name + ".part").exists()
    assert ResumeStore(tmp_path / "state").load(receipt.upgrade_id) is None  # nothing to resume
    assert seen[-1].done == SIZE
    assert served(sandbox, receipt) == SIZE


def test_the_resume_record_is_written_once_before_the_first_byte(
    tmp_path: Path, demo_client: PortalClient, receipt: UpgradeReceipt, time_: FakeTime
) -> None:
    """A kill after any byte finds the record (with the ETag); one durable write, not two."""

    class CountingStore(ResumeStore):
        saves = 0

        def save(self, record: ResumeRecord) -> None:
            CountingStore.saves += 1
            super().save(record)

    download = make(tmp_path, demo_client, receipt, time_)
    download.records = CountingStore(download.records.state_dir)
    seen: list[dict[str, object]] = []

    def first_bytes(progress: Progress) -> None:
        if not seen and progress.done:
            record = download.records.load(receipt.upgrade_id)
            assert record is not None
            seen.append(asdict(record))

    result = download.run(receipt.upgrade_id, installer_of(receipt), on_progress=first_bytes)
    assert result.status is Status.VERIFIED
    assert seen and seen[0]["etag"] and seen[0]["sha256"] == installer_of(receipt).sha256
    assert CountingStore.saves == 1


def test_a_drop_half_way_resumes_and_fetches_only_the_rest(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    half = SIZE // 2 + 1000
    sandbox.faults.add(Fault("download_installer", kind="drop_after_bytes", amount=half))
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt)
    )
    assert result.status is Status.VERIFIED and result.restarted is None
    assert result.sha256 == installer_of(receipt).sha256
    # The second request asked for the rest only: at most one chunk more than the file.
    assert SIZE <= served(sandbox, receipt) <= SIZE + CHUNK


def test_a_new_build_mid_download_restarts_from_zero_and_says_why(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    half = SIZE // 2
    sandbox.faults.add(Fault("download_installer", kind="new_build", amount=half))
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt)
    )
    assert result.status is Status.VERIFIED
    assert result.restarted == "changed"
    fresh = installer_of(demo_client.get_receipt(receipt.upgrade_id))
    assert fresh.sha256 != installer_of(receipt).sha256  # the portal now describes the new build
    assert result.sha256 == fresh.sha256
    assert served(sandbox, receipt) == half + SIZE  # the old half, then all of the new one


def test_a_corrupted_byte_is_refused_and_the_partial_file_removed(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    sandbox.faults.add(Fault("download_installer", kind="corrupt_byte", amount=SIZE // 3))
    download = make(tmp_path, demo_client, receipt, time_)
    result = download.run(receipt.upgrade_id, installer_of(receipt))
    assert result.status is Status.CORRUPT and result.error_code == "download_corrupt"
    assert list((tmp_path / "Descargas").iterdir()) == []  # neither final nor partial
    assert ResumeStore(tmp_path / "state").load(receipt.upgrade_id) is None
    again = download.run(receipt.upgrade_id, installer_of(receipt))  # «Reintentar»
    assert again.status is Status.VERIFIED


def test_a_stale_partial_file_answered_416_starts_over(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    download = make(tmp_path, demo_client, receipt, time_)
    final, part = download.paths(receipt.upgrade_id, installer_of(receipt))
    part.parent.mkdir(parents=True)
    part.write_bytes(b"\0" * SIZE)  # a whole-sized leftover of something else
    d = installer_of(receipt)
    download.records.save(ResumeRecord(receipt.upgrade_id, d.url, final.name, d.size, d.sha256))
    result = download.run(receipt.upgrade_id, installer_of(receipt))
    assert result.status is Status.VERIFIED and result.restarted == "stale"
    assert served(sandbox, receipt) == SIZE


def test_stopped_then_resumed_by_a_new_app_fetches_only_the_rest(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    part = tmp_path / "Descargas" / "Aspel-SAE-8.0-Setup.exe.part"
    # Half the file a second, stopped at a quarter: a reader running late under load still
    # stops well before the end (at 4x the file a second, one late read took it all).
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 2))
    first = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id,
        installer_of(receipt),
        should_stop=lambda: part.exists() and part.stat().st_size >= SIZE // 4,  # «Pausar»
    )
    assert first.status is Status.STOPPED and first.error_code == "download_failed"
    [saved] = (tmp_path / "state" / "installer-downloads").glob("*.json")
    record = saved.read_text(encoding="utf-8")
    assert json.loads(record)["etag"]  # what If-Range will send
    assert "Bearer" not in record and "token" not in record.lower()
    kept = served(sandbox, receipt)
    on_disk = part.stat().st_size
    assert 0 < on_disk < SIZE

    # "The app is started again": new client, new objects; only the files on disk remain.
    client = PortalClient(sandbox.url)
    second = make(tmp_path, client, receipt, time_).run(receipt.upgrade_id, installer_of(receipt))
    assert second.status is Status.VERIFIED and second.resumed_from == on_disk
    assert served(sandbox, receipt) - kept == SIZE - on_disk


def test_no_space_refuses_before_downloading(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    download = make(tmp_path, demo_client, receipt, time_, free_space=lambda folder: SIZE - 1)
    result = download.run(receipt.upgrade_id, installer_of(receipt))
    assert result.status is Status.NO_SPACE and result.error_code == "no_space"
    assert (result.needed, result.free) == (SIZE, SIZE - 1)
    assert served(sandbox, receipt) == 0
    assert list((tmp_path / "Descargas").iterdir()) == []


HOSTILE_NAMES = [
    "../../fuera.exe", "..\\..\\fuera.exe", "/etc/passwd", "C:\\Windows\\evil.exe", "..",
    "CON", "com1.exe", "a/../../b.exe", "nombre.exe. . ", "\x00x.exe", "lpt9", "", ".bashrc",
]  # fmt: skip


@pytest.mark.parametrize("hostile", HOSTILE_NAMES)
def test_a_hostile_file_name_becomes_a_plain_name(hostile: str) -> None:
    folder = Path("/descargas")
    final, part = installer_paths(folder, "UPG-1", replace(RECEIPT_FILE, file_name=hostile))
    assert final.parent == folder and part.parent == folder
    assert part.name == final.name + ".part"
    name = final.name
    assert name and "/" not in name and "\\" not in name and ".." not in name
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert all(ord(c) >= 32 for c in name)
    assert name.split(".")[0].upper() not in ("CON", "COM1", "LPT9", "")


def test_a_hostile_file_name_cannot_escape_the_folder_over_http(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    file = replace(installer_of(receipt), file_name="..\\../../fuera/CON.exe")
    result = make(tmp_path, demo_client, receipt, time_).run(receipt.upgrade_id, file)
    assert result.status is Status.VERIFIED
    assert result.path.parent == tmp_path / "Descargas" and result.path.is_file()
    assert result.path.name == "_CON.exe"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Descargas", "state"]


def test_503_with_retry_after_is_waited_out_then_completes(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    sandbox.faults.add(Fault("download_installer", status=503, retry_after=3))
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt)
    )
    assert result.status is Status.VERIFIED
    assert sum(time_.slept) == pytest.approx(3, abs=0.2)  # as long as asked, then on


def test_a_long_outage_is_reported_with_the_partial_file_kept(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    sandbox.faults.add(Fault("download_installer", kind="drop_after_bytes", amount=SIZE // 2))
    sandbox.faults.add(Fault("download_installer", status=503, retry_after=600, count=5))
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt)
    )
    assert result.status is Status.FAILED and result.error_code == "download_failed"
    assert result.error is not None and result.error.code == "portal_unavailable"
    part = tmp_path / "Descargas" / "Aspel-SAE-8.0-Setup.exe.part"
    assert part.stat().st_size == SIZE // 2  # kept for a resume


class _NoSink:
    """For a fetch refused before any byte: nothing is ever written to it."""

    def restart(self) -> None:
        raise AssertionError("nothing was to be fetched")

    def write(self, data: bytes) -> None:
        raise AssertionError("nothing was to be fetched")


def test_the_download_sends_no_token_and_refuses_plain_http_off_loopback(
    demo_client: PortalClient, receipt: UpgradeReceipt, tmp_path: Path
) -> None:
    fetcher = InstallerFetcher.like(demo_client)
    assert "Authorization" not in fetcher.http.headers
    with pytest.raises(InsecurePortalAddress):
        fetcher.fetch("http://descargas.example/a.exe", _NoSink())
    with pytest.raises(InvalidPortalAddress):
        fetcher.fetch("https://user:pw@descargas.example/a.exe", _NoSink())


def test_the_meter_reports_a_few_times_a_second_with_speed_and_time_left() -> None:
    meter = Meter(total=100_000_000)
    reports = [meter.update(i * 100_000, i * 0.01) for i in range(300)]  # 3 s at 10 MB/s
    shown = [r for r in reports if r is not None]
    assert 10 <= len(shown) <= 14  # at most four a second
    last = shown[-1]
    assert last.bytes_per_second == pytest.approx(10_000_000, rel=0.05)
    assert last.seconds_left == pytest.approx((100_000_000 - last.done) / 10_000_000, rel=0.05)


def test_a_new_run_waits_for_a_stopping_one_to_let_go_of_the_partial_file(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    """«Atrás» then straight back: the old transfer may still write its last block."""
    import threading

    import requests

    real = requests.get(installer_of(receipt).url, timeout=10).content
    entered, release = threading.Event(), threading.Event()

    class StoppingLate(InstallerFetcher):  # the old run: one block, a pause, its last block
        def fetch(
            self, url: str, sink: Sink, *, offset: int = 0, etag: str | None = None,
            on_answer: Callable[[Answer], None] | None = None,
            should_stop: Callable[[], bool] = lambda: False,
        ) -> Answer:  # fmt: skip
            assert on_answer is not None
            on_answer(Answer(200, None, len(real)))
            sink.write(real[:1000])
            entered.set()
            release.wait(0.5)  # set early only if the new run got going meanwhile
            sink.write(real[1000:2000])
            raise Stopped()

    old = InstallerDownload(
        StoppingLate(),
        tmp_path / "Descargas",
        ResumeStore(tmp_path / "state"),
    )
    results: list[DownloadResult] = []
    thread = threading.Thread(
        target=lambda: results.append(old.run(receipt.upgrade_id, installer_of(receipt)))
    )
    thread.start()
    assert entered.wait(5)
    new = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt), on_progress=lambda p: release.set()
    )
    thread.join(5)
    assert results and results[0].status is Status.STOPPED
    assert new.status is Status.VERIFIED and new.resumed_from == 2000


def test_a_mismatch_the_portal_cannot_explain_now_is_reported_not_deleted(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    """A new build, and the session expired meanwhile: the new hash cannot be read yet."""
    sandbox.faults.add(Fault("download_installer", kind="new_build"))
    sandbox.service.expire_sessions()
    result = make(tmp_path, demo_client, receipt, time_).run(
        receipt.upgrade_id, installer_of(receipt)
    )
    assert result.status is Status.FAILED and result.error is not None
    assert result.error.code == "session_expired"
    assert (tmp_path / "Descargas" / "Aspel-SAE-8.0-Setup.exe.part").stat().st_size == SIZE
