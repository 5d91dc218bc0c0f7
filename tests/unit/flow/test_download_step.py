"""The installer step's state machine without Qt: what a download's end, a cancel, leaving
the page and a look before running the installer mean (flow/download_step.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.download import DownloadResult, Status
from aspel_upgrade.flow.download_step import (
    Arrival,
    CancelAnswer,
    Discarded,
    Ended,
    InstallerLook,
    RunVerdict,
    SignatureTrust,
    StartLabel,
    run_offered,
    run_verdict,
    running_in,
    signature_trust,
)
from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step, is_done
from aspel_upgrade.host.installed import InstalledSystem
from aspel_upgrade.host.trust import Signature
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.models import UpgradeReceipt
from tests.fakes.portal import PASSWORD, FakePortal, subscription

SIGNER = "Aspel de México, S.A. de C.V."


def _phase(flow: UpgradeFlow) -> DownloadPhase:
    """The step's phase, read afresh (mypy keeps an attribute narrowed by an earlier assert
    across the calls that change it)."""
    return flow.download.phase


@pytest.fixture
def flow() -> UpgradeFlow:
    portal = FakePortal()
    flow = UpgradeFlow(lambda: portal)
    flow.state.receipt = portal._receipt("U-1", subscription("S1", "SAE", "SKSNWR"), "NEW")
    return flow


def result(flow: UpgradeFlow, status: Status, tmp_path: Path, **kw: Any) -> DownloadResult:
    receipt = flow.state.receipt
    assert receipt is not None and receipt.download is not None
    d = receipt.download
    return replace(DownloadResult(status, tmp_path / d.file_name, d.size, d.sha256), **kw)


def test_a_download_runs_pauses_resumes_and_ends_verified(
    flow: UpgradeFlow, tmp_path: Path
) -> None:
    step = flow.download
    assert step.buttons(busy=False, has_part=False).start is StartLabel.DOWNLOAD
    assert step.start() and step.phase is DownloadPhase.RUNNING and step.downloading
    assert not step.start()  # a second click starts nothing
    assert not is_done(Step.DOWNLOAD, flow.state)  # Finish waits for the transfer
    running = step.buttons(busy=True, has_part=True)
    assert (running.start_enabled, running.pause_enabled, running.cancel_enabled) == (
        False, True, True,
    )  # fmt: skip
    step.stop(cancel=False)
    assert step.ended(result(flow, Status.STOPPED, tmp_path)) is Ended.PAUSED
    assert flow.state.download_phase is DownloadPhase.PAUSED
    assert is_done(Step.DOWNLOAD, flow.state)
    assert step.buttons(busy=False, has_part=True).start is StartLabel.RESUME
    assert step.start()
    verified = result(flow, Status.VERIFIED, tmp_path)
    assert step.ended(verified) is Ended.VERIFIED and flow.state.installer is verified
    assert not step.buttons(busy=False, has_part=False).shown  # only what comes next


def test_a_failure_offers_retry_and_a_lost_session_asks_the_password(
    flow: UpgradeFlow, tmp_path: Path
) -> None:
    step = flow.download
    step.start()
    assert step.ended(result(flow, Status.CORRUPT, tmp_path)) is Ended.FAILED
    assert step.phase is DownloadPhase.FAILED
    assert step.buttons(busy=False, has_part=False).start is StartLabel.RETRY
    step.start()
    lost = result(flow, Status.FAILED, tmp_path, error=e.SessionExpired())
    assert step.ended(lost) is Ended.FAILED  # nobody logged in: nothing to renew
    flow.state.account = FakePortal().login("demo", PASSWORD)
    step.start()
    assert step.ended(lost) is Ended.LOG_IN_AGAIN


def test_a_confirmed_cancel_stops_then_discards_and_leaving_only_pauses(
    flow: UpgradeFlow, tmp_path: Path
) -> None:
    step = flow.download
    step.start()
    assert step.cancel_chosen() is CancelAnswer.STOP_THEN_DISCARD
    assert step.ended(result(flow, Status.STOPPED, tmp_path)) is Ended.DISCARD
    step.discarding()
    assert step.discarded(True) is Discarded.REMOVED
    assert flow.state.download_phase is DownloadPhase.CANCELLED
    assert step.cancel_chosen() is CancelAnswer.DISCARD  # nothing running: at once
    assert step.discarded(False) is Discarded.BUSY and step.phase is DownloadPhase.CANCELLED
    assert step.discarded(PermissionError()) is Discarded.KEPT
    step.start()
    step.stop(cancel=True)
    step.left()  # the page was left: a cancel asked before is not carried out
    assert _phase(flow) is DownloadPhase.PAUSED
    step.start()
    assert step.ended(result(flow, Status.STOPPED, tmp_path)) is Ended.PAUSED


@pytest.mark.parametrize(
    ("before", "label"),
    [(Status.BUSY, StartLabel.RETRY), (Status.STOPPED, StartLabel.RESUME)],
)
def test_a_cancel_that_removed_nothing_leaves_the_step_as_it_was(
    flow: UpgradeFlow, tmp_path: Path, before: Status, label: StartLabel
) -> None:
    """Another window downloading (or a file the PC would not remove): nothing changed, so
    the button offers what it offered before, not «Reanudar» for a download never paused."""
    step = flow.download
    step.start()
    step.ended(result(flow, before, tmp_path))
    assert step.buttons(busy=False, has_part=True).start is label
    for refusal in (False, PermissionError()):
        assert step.cancel_chosen() is CancelAnswer.DISCARD
        step.discarding()
        assert step.discarded(refusal) in (Discarded.BUSY, Discarded.KEPT)
        assert step.buttons(busy=False, has_part=True).start is label


def test_arrival_without_a_descriptor_or_with_the_file_gone(
    flow: UpgradeFlow, tmp_path: Path
) -> None:
    step = flow.download
    receipt = flow.state.receipt
    assert isinstance(receipt, UpgradeReceipt)
    assert step.arrive(replace(receipt, download=None)) is Arrival.UNAVAILABLE
    assert not step.start() and not step.buttons(busy=False, has_part=False).shown
    flow.state.download_phase = DownloadPhase.IDLE
    assert step.arrive(receipt) is Arrival.START
    verified = result(flow, Status.VERIFIED, tmp_path)
    verified.path.write_bytes(b"x")
    step.ended(verified)
    assert step.arrive(receipt) is Arrival.VERIFIED  # shown again, nothing fetched
    verified.path.unlink()
    assert step.arrive(receipt) is Arrival.START and step.phase is DownloadPhase.IDLE
    step.ended(verified)
    step.no_longer_verified()  # changed since: «Descargar» fetches and checks it again
    assert step.buttons(busy=False, has_part=False).start is StartLabel.DOWNLOAD


def test_another_user_logging_in_starts_the_step_over(flow: UpgradeFlow) -> None:
    flow.download.start()
    flow.state = type(flow.state)()  # what apply_login does for another user
    assert flow.download.phase is DownloadPhase.IDLE


@pytest.mark.parametrize(
    ("signature", "expected", "trust"),
    [
        (Signature("not_checked"), SIGNER, SignatureTrust.NOT_CHECKED),
        (Signature("signed", SIGNER), SIGNER, SignatureTrust.TRUSTED),
        (Signature("signed", "Otra Empresa"), "", SignatureTrust.TRUSTED),  # none expected
        (Signature("signed", "Otra Empresa"), SIGNER, SignatureTrust.UNTRUSTED),
        (Signature("unsigned"), "", SignatureTrust.UNTRUSTED),
        (Signature("tampered", SIGNER), SIGNER, SignatureTrust.UNTRUSTED),
    ],
)
def test_what_a_signature_means(signature: Signature, expected: str, trust: SignatureTrust) -> None:
    assert signature_trust(signature, expected) is trust


def test_the_run_button_is_offered_unless_windows_said_for_good_it_is_not_one_to_run() -> None:
    assert run_offered(None, SIGNER)  # not checked yet: pressing it looks
    assert run_offered(Signature("error"), SIGNER)  # the check failed: it may answer next time
    assert run_offered(Signature("not_checked"), SIGNER)  # off Windows: Windows checks it
    assert run_offered(Signature("signed", SIGNER), SIGNER)
    for said in (Signature("unsigned"), Signature("tampered", SIGNER),
                 Signature("untrusted", SIGNER), Signature("signed", "Otra Empresa")):  # fmt: skip
        assert not run_offered(said, SIGNER), said


def test_running_the_installer_looks_first() -> None:
    good = InstallerLook(False, None, True, Signature("signed", SIGNER))
    assert run_verdict(good, SIGNER) is RunVerdict.RUN
    assert run_verdict(replace(good, name_ok=False), SIGNER) is RunVerdict.NO_LONGER_VERIFIED
    assert run_verdict(replace(good, signature=Signature("unsigned")), SIGNER) is (
        RunVerdict.UNTRUSTED
    )
    assert run_verdict(replace(good, running=True), SIGNER) is RunVerdict.OLD_VERSION_OPEN
    # Never run against an untrusted signature, even when the old version is closed.
    bad = replace(good, running=True, signature=Signature("signed", "Otra"))
    assert run_verdict(bad, SIGNER) is RunVerdict.UNTRUSTED


def test_the_old_version_is_open_when_its_program_is() -> None:
    found = (
        InstalledSystem("SAE", "7.00", r"C:\Aspel\SAE7", running=True),
        InstalledSystem("SAE", "8.0", r"C:\Aspel\SAE8"),
    )
    assert running_in(found, "sae", "7.0")
    assert not running_in(found, "SAE", "8.0") and not running_in(found, "COI", "7.0")
