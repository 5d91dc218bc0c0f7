"""What ``--download`` reports when the installer is not verified (result file, exit code):
a receipt without a descriptor, another copy downloading it, this PC's disk (issue 18)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aspel_upgrade.flow.download import DownloadResult, Status
from aspel_upgrade.flow.outcome import ExitCode, outcome_of
from aspel_upgrade.flow.problems import DiskProblem
from aspel_upgrade.flow.state import FlowState
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.models import UpgradeReceipt
from tests.helpers_sandbox import installer_of


def _state(receipt: UpgradeReceipt, installer: DownloadResult | None = None) -> FlowState:
    state = FlowState()
    state.receipt = receipt
    state.installer = installer
    return state


def test_a_receipt_without_a_descriptor_still_files_the_serial(
    demo_client: PortalClient, receipt: UpgradeReceipt
) -> None:
    bare = replace(receipt, download=None)  # what the portal may send (issue 18 A3)
    plain = outcome_of(_state(bare))
    assert plain.exit_code == ExitCode.UPGRADED and plain.new_serial == receipt.new_serial
    outcome = outcome_of(_state(bare), require_download=True)
    assert outcome.exit_code == ExitCode.FAILED and outcome.outcome == "upgraded"
    assert outcome.error_code == "download_unavailable"
    assert outcome.new_serial == receipt.new_serial and outcome.razon_social
    assert outcome.installer_verified is False and outcome.installer_path is None
    assert receipt.download_url in (outcome.error_message or "")  # where to get it instead


def test_another_copy_downloading_it_is_said_as_such(
    demo_client: PortalClient, receipt: UpgradeReceipt, tmp_path: Path
) -> None:
    d = installer_of(receipt)
    busy = DownloadResult(Status.BUSY, tmp_path / d.file_name, d.size, d.sha256)
    outcome = outcome_of(_state(receipt, busy), require_download=True)
    assert (outcome.exit_code, outcome.error_code) == (ExitCode.FAILED, "download_busy")
    assert "otra ventana" in (outcome.error_message or "")


def test_a_disk_problem_is_this_pcs_not_the_networks(
    demo_client: PortalClient, receipt: UpgradeReceipt, tmp_path: Path
) -> None:
    d = installer_of(receipt)
    problem = DiskProblem.of(tmp_path, "read_only", "[Errno 30] Read-only file system")
    failed = DownloadResult(Status.FAILED, tmp_path / d.file_name, d.size, d.sha256,
                            error=problem)  # fmt: skip
    outcome = outcome_of(_state(receipt, failed), require_download=True)
    assert outcome.error_code == "disk_error"
    message = outcome.error_message or ""
    assert str(tmp_path) in message and "solo lectura" in message
    assert "conexión" not in message and "internet" not in message


def test_a_disk_full_before_the_download_claims_nothing_was_kept(
    demo_client: PortalClient, receipt: UpgradeReceipt, tmp_path: Path
) -> None:
    """Refused for space before a byte arrived: nothing is on disk, so nothing is said to be
    kept (the page says so only when a partial file is there)."""
    from aspel_upgrade.flow.wording.download import failure

    d = installer_of(receipt)
    refused = DownloadResult(Status.NO_SPACE, tmp_path / d.file_name, d.size, d.sha256,
                             needed=d.size, free=1024)  # fmt: skip
    outcome = outcome_of(_state(receipt, refused), require_download=True)
    assert outcome.error_code == "no_space"
    message = outcome.error_message or ""
    assert str(tmp_path) in message and "se conserva" not in message
    kept = failure(refused, receipt.download_url, kept=True)  # a partial file is there
    assert "lo ya descargado se conserva" in kept
