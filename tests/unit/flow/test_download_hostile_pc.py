"""The download on a hostile PC (issue 18): a disk that fills up, two copies of the app, a
folder or an open file in the way, links at the partial file's name, leftovers of other
upgrades. Real files, real small disks (tmpfs), the real sandbox over HTTP."""

from __future__ import annotations

from pathlib import Path

from aspel_upgrade.flow.download import Status
from aspel_upgrade.flow.messages import describe
from aspel_upgrade.flow.problems import DiskProblem
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.models import UpgradeReceipt
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.conftest import TEST_INSTALLER_SIZE
from tests.unit.flow.downloads import FakeTime, fill, make, small_disk

SIZE = TEST_INSTALLER_SIZE
NAME = "Aspel-SAE-8.0-Setup.exe"


def test_a_disk_that_fills_up_mid_download_is_no_space_at_once_not_a_network_drop(
    tmp_path: Path, sandbox: SandboxPortal, demo_client: PortalClient, receipt: UpgradeReceipt,
    time_: FakeTime,
) -> None:  # fmt: skip
    """Issue 18 A2: another program fills the disk while the installer arrives."""
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=4 * SIZE))
    with small_disk(tmp_path / "disco", "1m") as disk:
        folder = disk / "Descargas"
        download = make(tmp_path, demo_client, receipt, time_, folder=folder)
        filled: list[int] = []

        def other_program(progress: object) -> None:
            done = getattr(progress, "done", 0)
            if not filled and 0 < done < SIZE // 2:
                fill(disk)
                filled.append(done)

        result = download.run(receipt.upgrade_id, receipt.download, on_progress=other_program)
        assert filled, f"the disk was never filled: {result}"
        assert result.status is Status.NO_SPACE and result.error_code == "no_space"
        assert isinstance(result.error, DiskProblem) and result.error.kind == "no_space"
        assert result.error.folder == folder
        assert download.fetcher.requests == 1  # type: ignore[attr-defined]  # no request after it
        part = folder / f"{NAME}.part"
        kept = part.stat().st_size
        assert 0 < kept < SIZE  # the partial file is kept, for when there is room again
        assert result.needed == SIZE - kept and 0 <= result.free < result.needed
        said = describe(result.error)
        assert str(folder) in said and "espacio" in said
        assert "conexión" not in said and "internet" not in said
        assert "No space left" not in said.split("Detalle técnico")[0]
        (disk / "otro-programa.dat").unlink()  # the user makes room: it continues
        again = make(tmp_path, demo_client, receipt, time_, folder=folder)
        sandbox.faults.clear()
        second = again.run(receipt.upgrade_id, receipt.download)
        assert second.status is Status.VERIFIED and second.resumed_from == kept
