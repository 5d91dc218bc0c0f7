"""The flow's decisions without Qt or HTTP, against an in-memory portal (milliseconds).

Each QA item (issue 8) whose decision lives in flow/ has its test here; the same paths
through the real wizard and the real sandbox are in tests/gui/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.outcome import ExitCode, Outcome, outcome_of
from aspel_upgrade.flow.pending import PendingStore, PendingUpgrade
from aspel_upgrade.flow.preselect import preselect
from aspel_upgrade.flow.problems import StateNotWritable
from aspel_upgrade.flow.state import ConfirmationRequest
from aspel_upgrade.flow.steps import Step, is_done, next_step
from aspel_upgrade.portal import errors as e
from tests.fakes.portal import PASSWORD, FakePortal, subscription


def make_flow(
    portal: FakePortal, tmp_path: Path, **kwargs: Any
) -> tuple[UpgradeFlow, PendingStore]:
    store = PendingStore(tmp_path / "state" / "pending-upgrades")
    flow = UpgradeFlow(lambda: portal, pending=store, **kwargs)
    return flow, store


def log_in(flow: UpgradeFlow, user: str = "demo") -> None:
    flow.apply_login_answer(user, flow.log_in(user, PASSWORD, flow.resend_for(user)))


def to_confirmation(flow: UpgradeFlow, serial: str) -> ConfirmationRequest:
    sub = next(s for s in flow.state.subscriptions or () if s.serial == serial)
    flow.select(sub)
    flow.apply_offer(flow.fetch_offer(sub.id))
    flow.accept_terms(True)
    return flow.begin_confirmation()


def test_preselect_needs_exactly_one_upgradable_match() -> None:
    rows = [subscription("1", "SAE", "A"), subscription("2", "SAE", "B"),
            subscription("3", "COI", "C", reason="inactive")]  # fmt: skip
    assert preselect(rows, "SAE", None) is None  # two SAE rows
    assert preselect(rows, "sae", "b") is rows[1]
    assert preselect(rows, "COI", None) is None  # not upgradable
    assert preselect(rows, None, None) is None


def test_navigation_is_data() -> None:
    flow = UpgradeFlow(lambda: FakePortal())
    state = flow.state
    assert next_step(Step.LOGIN, state) is Step.SUBSCRIPTIONS
    assert not is_done(Step.SUBSCRIPTIONS, state)
    with pytest.raises(ValueError, match="upgradable"):
        flow.select(subscription("3", "COI", "C", reason="inactive"))
    flow.select(subscription("1", "SAE", "A"))
    assert is_done(Step.SUBSCRIPTIONS, state)
    state.skip_table = True
    assert next_step(Step.LOGIN, state) is Step.TERMS
    assert next_step(Step.RESULT, state) is None


def test_choosing_another_system_forgets_the_accepted_terms(tmp_path: Path) -> None:
    flow, _ = make_flow(FakePortal(), tmp_path)
    log_in(flow)
    subs = {s.serial: s for s in flow.state.subscriptions or ()}
    flow.select(subs["SKSNWR"])
    flow.apply_offer(flow.fetch_offer(subs["SKSNWR"].id))
    flow.accept_terms(True)
    flow.select(subs["SKSNWR"])  # the same one: kept
    assert flow.state.terms_accepted
    flow.select(subs["CQ7M4R"])
    assert flow.state.offer is None and not flow.state.terms_accepted


def test_key_is_saved_before_sending_and_reused(tmp_path: Path) -> None:
    portal = FakePortal()
    keys = iter(["k" * 32, "x" * 32])
    flow, store = make_flow(portal, tmp_path, new_key=lambda: next(keys))
    log_in(flow)
    sae = next(s for s in flow.state.subscriptions or () if s.serial == "SKSNWR")
    flow.select(sae)
    flow.apply_offer(flow.fetch_offer(sae.id))
    with pytest.raises(ValueError, match="terms"):
        flow.begin_confirmation()
    flow.accept_terms(True)
    first = flow.begin_confirmation()
    [saved] = store.load_all()
    assert saved.idempotency_key == "k" * 32 and saved.subscription_id == sae.id
    files = list(store.folder.iterdir())
    assert PASSWORD not in files[0].read_text(encoding="utf-8")
    assert flow.begin_confirmation() == first  # a retry or double click: same key
    flow.apply_confirmation(flow.confirm(first))
    flow.result_shown()
    assert store.load_all() == []


def test_later_then_another_upgrade_keeps_the_first_pending(tmp_path: Path) -> None:
    """QA 1: «Más tarde», then upgrading COI, must not lose SAE's pending record."""
    portal = FakePortal()
    flow, store = make_flow(portal, tmp_path)
    log_in(flow)
    to_confirmation(flow, "SKSNWR")
    portal.commit_then = e.ConnectionFailed("refused")  # SAE issued, answer lost: app dies
    with pytest.raises(e.ConnectionFailed):
        flow.confirm(flow.begin_confirmation())

    second, store = make_flow(portal, tmp_path)
    [sae_pending] = second.load_pending()  # offered; the user answers «Más tarde»
    log_in(second)
    assert second.state.notice is not None and second.state.notice.kind == "pending_waiting"
    assert second.state.notice.label == "SAE 7.0 → 8.0"
    second.apply_confirmation(second.confirm(to_confirmation(second, "CQ7M4R")))
    second.result_shown()  # COI shown: only COI's record goes
    assert [p.subscription_id for p in store.load_all()] == [sae_pending.subscription_id]

    third, _ = make_flow(portal, tmp_path)
    [offered] = third.load_pending()
    third.accept_resume(offered)
    log_in(third)
    assert third.state.receipt is not None and third.state.receipt.new_serial == "NEW-SAE"
    third.result_shown()
    assert store.load_all() == []
    assert sorted(portal.serials()) == ["NEW-COI", "NEW-SAE"]  # one each, never two


def test_a_record_left_by_the_previous_version_is_offered(tmp_path: Path) -> None:
    legacy = tmp_path / "state" / "pending-upgrade.json"
    legacy.parent.mkdir(parents=True)
    record = PendingUpgrade("https://p.invalid", "demo", "S1", "k" * 32, "2026-01", "SAE")
    legacy.write_text(json.dumps(record._asdict()), encoding="utf-8")
    store = PendingStore(tmp_path / "state" / "pending-upgrades")
    assert store.load_all("https://p.invalid") == [record]
    store.remove("https://p.invalid", "S1")
    assert not legacy.exists()


@pytest.mark.parametrize("content", ["{no es json", "[" * 100_000, '{"portal_url": 5}', ""])
def test_unreadable_pending_files_are_ignored(tmp_path: Path, content: str) -> None:
    store = PendingStore(tmp_path / "pending-upgrades")
    store.folder.mkdir()
    (store.folder / "x.json").write_text(content, encoding="utf-8")
    assert store.load_all() == []


def test_closed_while_waiting_is_an_unknown_outcome(tmp_path: Path) -> None:
    """QA 2: a confirmation sent without an answer is not a cancellation (exit 4)."""
    portal = FakePortal()
    flow, store = make_flow(portal, tmp_path)
    log_in(flow)
    to_confirmation(flow, "SKSNWR")  # sent; the window closes before the answer
    outcome = outcome_of(flow.state)
    assert (outcome.outcome, outcome.exit_code) == ("unknown", 4)
    assert outcome.error_code == "answer_not_received"
    assert (outcome.system, outcome.previous_serial) == ("SAE", "SKSNWR")
    assert len(store.load_all()) == 1  # the next start shows the result


def test_unwritable_state_folder_sends_nothing_and_says_where(tmp_path: Path) -> None:
    """QA 4: the record cannot be saved: a typed failure naming the folder, nothing sent."""
    portal = FakePortal()
    flow, store = make_flow(portal, tmp_path)
    store.folder.parent.mkdir(parents=True)
    store.folder.write_text("a file where the folder should be", encoding="utf-8")
    log_in(flow)
    with pytest.raises(StateNotWritable) as raised:
        to_confirmation(flow, "SKSNWR")
    assert raised.value.folder == str(store.folder)
    from aspel_upgrade.flow.wording.errors import describe

    assert str(store.folder) in describe(raised.value)
    assert "confirm_upgrade" not in portal.calls and not flow.state.committed
    outcome = outcome_of(flow.state)
    assert (outcome.outcome, outcome.exit_code, outcome.error_code) == (
        "failed", ExitCode.FAILED, "state_not_writable")  # fmt: skip


def test_system_already_upgraded_shows_its_receipt(tmp_path: Path) -> None:
    """QA 9: --system FACTURE (upgraded earlier) ends on that receipt, exit 0."""
    flow, _ = make_flow(FakePortal(), tmp_path, preselect_system="FACTURE")
    log_in(flow)
    assert flow.state.receipt is not None and flow.state.receipt.new_serial == "OLD-SERIAL"
    assert flow.state.receipt_was_existing and flow.state.preselection_matched
    assert next_step(Step.LOGIN, flow.state) is Step.RESULT
    outcome = outcome_of(flow.state)
    assert (outcome.outcome, outcome.exit_code) == ("already_upgraded", 0)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (e.InvalidCredentials(), ("cancelled", 1, "invalid_credentials")),
        (e.AccountLocked(None), ("cancelled", 1, "account_locked")),
        (e.ConnectionFailed("dns"), ("failed", 2, "connection_failed")),
        (e.PortalTimeout(), ("failed", 2, "timeout")),
        (RuntimeError("bug"), ("failed", 2, "unexpected")),
    ],
)
def test_closing_after_an_error_is_a_cancellation_or_a_failure_by_whose_problem_it_was(
    tmp_path: Path, error: BaseException, expected: tuple[str, int, str]
) -> None:
    """QA 10: the user's own problem then Cancel is a cancellation naming it; the
    system's problem is a failure."""
    flow, _ = make_flow(FakePortal(), tmp_path)
    flow.record_error(error)
    outcome = outcome_of(flow.state)
    assert (outcome.outcome, outcome.exit_code, outcome.error_code) == expected
    assert outcome.error_message


def test_resume_accepted_after_the_log_in_still_ends_on_the_receipt(
    tmp_path: Path,
) -> None:
    """QA 11: log-in first, then «Terminarla ahora»: the receipt, never the table."""
    portal = FakePortal()
    first, _ = make_flow(portal, tmp_path)
    log_in(first)
    to_confirmation(first, "SKSNWR")
    portal.commit_then = e.PortalTimeout()
    with pytest.raises(e.PortalTimeout):
        first.confirm(first.begin_confirmation())

    flow, store = make_flow(portal, tmp_path)
    [pending] = flow.load_pending()
    log_in(flow)  # Enter before the offer was answered
    assert flow.state.receipt is None and flow.resume_due() is None
    flow.accept_resume(pending)
    resend = flow.resume_due()
    assert resend is not None and resend[2] == pending.idempotency_key
    flow.apply_answer(flow.resend_pending(resend))
    assert flow.state.receipt is not None and flow.state.receipt.new_serial == "NEW-SAE"
    assert next_step(Step.SUBSCRIPTIONS, flow.state) is Step.RESULT
    flow.result_shown()
    assert store.load_all() == [] and portal.serials() == ["NEW-SAE"]


def test_a_refused_resume_says_why_and_forgets_the_record(tmp_path: Path) -> None:
    portal = FakePortal()
    flow, store = make_flow(portal, tmp_path)
    store.save(PendingUpgrade(portal.base_url, "demo", "S-GONE", "k" * 32, "2026-01", "NOI"))
    [pending] = flow.load_pending()
    flow.accept_resume(pending)
    log_in(flow)
    assert flow.state.receipt is None and flow.state.subscriptions is not None
    notice = flow.state.notice
    assert notice is not None and notice.kind == "resume_refused"
    assert isinstance(notice.error, e.NotFound)
    assert store.load_all() == [] and not flow.state.committed


def test_an_upgraded_row_opens_its_receipt(tmp_path: Path) -> None:
    """QA 12: «Ya actualizado» is not a dead end."""
    flow, _ = make_flow(FakePortal(), tmp_path)
    log_in(flow)
    factura = next(s for s in flow.state.subscriptions or () if s.system == "FACTURE")
    assert flow.opens_receipt(factura)
    flow.select(factura)
    assert is_done(Step.SUBSCRIPTIONS, flow.state)
    flow.apply_confirmation(flow.fetch_existing(factura.upgrade.upgrade_id or ""))
    assert flow.state.receipt_was_existing
    assert next_step(Step.SUBSCRIPTIONS, flow.state) is Step.RESULT


def test_shown_result_is_reported_then_forgotten(tmp_path: Path) -> None:
    """QA 18: once on screen (and written), nothing is pending for that upgrade."""
    reported: list[Outcome] = []
    portal = FakePortal()
    flow, store = make_flow(portal, tmp_path, report=reported.append)
    log_in(flow)
    flow.apply_confirmation(flow.confirm(to_confirmation(flow, "SKSNWR")))
    assert len(store.load_all()) == 1
    flow.result_shown()
    assert [o.new_serial for o in reported] == ["NEW-SAE"]
    assert store.load_all() == []


def test_a_result_file_not_written_keeps_the_record(tmp_path: Path) -> None:
    def failing(_outcome: Outcome) -> None:
        raise OSError("disk full")

    flow, store = make_flow(FakePortal(), tmp_path, report=failing)
    log_in(flow)
    flow.apply_confirmation(flow.confirm(to_confirmation(flow, "SKSNWR")))
    flow.result_shown()
    assert len(store.load_all()) == 1  # the next start shows (and writes) it again


@pytest.mark.parametrize(
    ("error", "meaning"),
    [
        (e.TermsOutdated("2026-02"), "terms_changed"),
        (e.NotEligible("inactive"), "refused"),
        (e.IdempotencyConflict(), "refused"),
        (e.SessionExpired(), "session_expired"),
        (e.ConnectionFailed("refused"), "unknown"),
        (e.PortalUnavailable(503), "unknown"),
        (KeyError("bug"), "unexpected"),
    ],
)
def test_what_a_failed_confirmation_means(
    tmp_path: Path, error: BaseException, meaning: str
) -> None:
    flow, store = make_flow(FakePortal(), tmp_path)
    log_in(flow)
    to_confirmation(flow, "SKSNWR")
    assert flow.confirmation_failed(error) == meaning
    refused = meaning in ("terms_changed", "refused")
    assert flow.state.committed is not refused  # refused: nothing issued, a new key next
    assert len(store.load_all()) == (0 if refused else 1)
    if meaning == "terms_changed":
        assert flow.state.offer is None and not flow.state.terms_accepted


def test_with_no_flags_the_one_upgradable_row_installed_here_is_preselected() -> None:
    from aspel_upgrade.host.installed import InstalledSystem

    rows = [
        subscription("1", "SAE", "A"),
        subscription("2", "COI", "B"),
        subscription("3", "NOI", "C", reason="inactive"),
    ]
    sae7 = InstalledSystem("SAE", "7.0", program_dir="x")
    assert preselect(rows, None, None, [sae7]) is rows[0]
    assert preselect(rows, None, None, [InstalledSystem("SAE", "7", "x")]) is rows[0]
    assert preselect(rows, None, None, [InstalledSystem("SAE", "8.0", "x")]) is None  # not 7.0
    both = [sae7, InstalledSystem("COI", "7.0", "x")]
    assert preselect(rows, None, None, both) is None  # two rows match: the table decides
    not_upgradable = [InstalledSystem("NOI", "7.0", "x")]
    assert preselect(rows, None, None, not_upgradable) is None
    assert preselect(rows, None, None, None) is None  # not looked yet
    # Flags win over the PC: --system COI picks COI although SAE is installed here.
    assert preselect(rows, "COI", None, [sae7]) is rows[1]


def test_the_pc_preselection_is_marked_and_survives_another_login() -> None:
    from aspel_upgrade.host.installed import InstalledSystem

    flow = UpgradeFlow(lambda: FakePortal())  # no call is made
    found = (InstalledSystem("SAE", "7.0", program_dir="x"),)
    flow.state.installed = found
    flow.apply_subscriptions((subscription("1", "SAE", "A"), subscription("2", "COI", "B")))
    assert flow.state.selected is not None and flow.state.selected.id == "1"
    assert flow.state.skip_table and flow.state.preselected_from_pc
    flow.state.username = "demo"
    flow.apply_login("otro", FakePortal().login("otro", PASSWORD))
    assert flow.state.installed == found and flow.state.selected is None


def test_a_cancelled_or_failed_run_still_names_the_chosen_system(tmp_path: Path) -> None:
    """QA: the result file said ``"system": null`` after the user had chosen SAE."""
    flow, _ = make_flow(FakePortal(), tmp_path)
    log_in(flow)
    sae = next(s for s in flow.state.subscriptions or () if s.serial == "SKSNWR")
    flow.select(sae)
    cancelled = outcome_of(flow.state)
    assert (cancelled.outcome, cancelled.system, cancelled.previous_serial) == (
        "cancelled", "SAE", "SKSNWR")  # fmt: skip
    flow.record_error(e.PortalTimeout())
    failed = outcome_of(flow.state)
    assert (failed.outcome, failed.system, failed.to_version) == ("failed", "SAE", "8.0")


def test_a_registry_key_left_behind_preselects_nothing() -> None:
    """Issue 18 B8: only a system on disk is «installed here» for the preselection."""
    from aspel_upgrade.flow.preselect import installed_here, preselect
    from aspel_upgrade.host.installed import InstalledSystem
    from tests.fakes.portal import subscription

    sub = subscription("SUB-1", "SAE", "S1")
    key_only = [InstalledSystem("SAE", "7.0", from_registry=True)]
    assert installed_here(sub, key_only) is None
    assert preselect([sub], None, None, key_only) is None


def _lost_answer_for_sae(portal: FakePortal, tmp_path: Path) -> None:
    flow, _ = make_flow(portal, tmp_path)
    log_in(flow)
    to_confirmation(flow, "SKSNWR")
    portal.commit_then = e.ConnectionFailed("refused")  # SAE issued, answer lost: app dies
    with pytest.raises(e.ConnectionFailed):
        flow.confirm(flow.begin_confirmation())


def test_a_pending_confirmation_stops_the_pc_preselection(tmp_path: Path) -> None:
    """Issue 18 B11: unfinished work comes first. COI installed here used to be chosen,
    the table (the only page naming SAE's pending upgrade) skipped."""
    from aspel_upgrade.host.installed import InstalledSystem

    portal = FakePortal()
    _lost_answer_for_sae(portal, tmp_path)
    second, _ = make_flow(portal, tmp_path)
    second.state.installed = (InstalledSystem("COI", "7.0", "C:/Aspel/Aspel-COI 7.0"),)
    second.load_pending()  # offered; the user answers «Más tarde»
    log_in(second)
    assert second.state.selected is None and not second.state.skip_table
    assert second.state.notice is not None and second.state.notice.kind == "pending_waiting"
    assert next_step(Step.LOGIN, second.state) is Step.SUBSCRIPTIONS


@pytest.mark.parametrize("layout", ["one record", "one per upgrade"])
def test_an_unfinished_download_stops_the_pc_preselection(tmp_path: Path, layout: str) -> None:
    """An installer half downloaded (its resume record in the state folder) is named on
    the table, which is shown instead of another system chosen because it is here."""
    from aspel_upgrade.host.installed import InstalledSystem

    state = tmp_path / "state"
    record = {"upgrade_id": "U-OLD", "url": "https://x/y.exe", "file_name": "y.exe",
              "size": 10, "sha256": "0" * 64, "etag": None}  # fmt: skip
    path = (
        state / "installer-download.json"
        if layout == "one record"
        else state / "installer-downloads" / "U-OLD.json"
    )
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(record), encoding="utf-8")
    flow, _ = make_flow(FakePortal(), tmp_path)
    flow.state.installed = (InstalledSystem("SAE", "7.0", "C:/Aspel/Aspel-SAE 7.0"),)
    log_in(flow)
    assert flow.state.selected is None and not flow.state.skip_table
    notice = flow.state.notice
    assert notice is not None and notice.kind == "download_unfinished"
    assert notice.label == "FACTURE 7.0 → 8.0"


def test_without_unfinished_work_the_pc_still_chooses(tmp_path: Path) -> None:
    from aspel_upgrade.host.installed import InstalledSystem

    flow, _ = make_flow(FakePortal(), tmp_path)
    flow.state.installed = (InstalledSystem("SAE", "7.0", "C:/Aspel/Aspel-SAE 7.0"),)
    log_in(flow)
    assert flow.state.selected is not None and flow.state.skip_table


def test_a_download_going_on_in_another_window_is_not_called_left_half_done(
    tmp_path: Path,
) -> None:
    """Hostile pass on a real window: a second window logging in while the first downloads
    said «La descarga … quedó a medias…: continuará donde se quedó». The record's lock is
    held (the other window): that download is going on, and the notice says so."""
    from aspel_upgrade.flow.download_records import ResumeStore

    state = tmp_path / "state"
    record = {"upgrade_id": "U-OLD", "url": "https://x/y.exe", "file_name": "y.exe",
              "size": 10, "sha256": "0" * 64, "etag": None}  # fmt: skip
    path = state / "installer-downloads" / "U-OLD.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(record), encoding="utf-8")
    other_window = ResumeStore(state).lock("upgrade\nU-OLD")
    assert other_window.try_acquire()
    try:
        flow, _ = make_flow(FakePortal(), tmp_path)
        log_in(flow)
    finally:
        other_window.release()
    notice = flow.state.notice
    assert notice is not None and notice.kind == "download_elsewhere", notice
    assert flow.state.selected is None  # still unfinished work: nothing chosen for it
    from aspel_upgrade.flow.wording.errors import describe_notice

    text = describe_notice(notice)
    assert "otra ventana" in text and "quedó a medias" not in text
