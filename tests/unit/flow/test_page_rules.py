"""What the pages used to decide themselves, now the flow's, tested without Qt: remember
me, the table's highlighted row, --system/--serial that matched nothing, a resumed
confirmation, going back, the completeness rule, and whether closing loses something."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.flow import remember
from aspel_upgrade.flow.closing import ClosingRisk, closing_risk
from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.input_limits import (
    PASSWORD_MAX_LENGTH,
    USERNAME_MAX_LENGTH,
    input_problem,
)
from aspel_upgrade.flow.pending import PendingStore, PendingUpgrade
from aspel_upgrade.flow.state import ConfirmationRequest, DownloadPhase, Notice
from aspel_upgrade.flow.steps import Step, is_done, next_step, receipt_takes_over
from aspel_upgrade.host.settings import Settings
from tests.fakes.portal import PASSWORD, FakePortal, subscription


def make_flow(portal: FakePortal, tmp_path: Path, **kwargs: Any) -> UpgradeFlow:
    store = PendingStore(tmp_path / "state" / "pending-upgrades")
    return UpgradeFlow(lambda: portal, pending=store, **kwargs)


def log_in(flow: UpgradeFlow, user: str = "demo") -> None:
    flow.apply_login_answer(user, flow.log_in(user, PASSWORD, flow.resend_for(user)))


# ---- remember me ------------------------------------------------------------------------


def test_the_remembered_user_comes_back_with_its_boxes_as_left() -> None:
    settings = Settings(remembered_username="ana", remember_password=True)
    start = remember.prefill(settings, typed="", initial=None)
    assert start == remember.Prefill("ana", True, True)
    # The installer's --user wins, and the boxes stay as they are.
    assert remember.prefill(settings, typed="", initial="luis") == remember.Prefill(
        "luis", False, True
    )
    assert remember.prefill(settings, typed="pepe", initial=None).username is None
    assert not remember.prefill(Settings(), typed="", initial=None).fill_password


def test_a_password_is_kept_only_with_its_user_and_forgotten_when_unwanted() -> None:
    settings = Settings()
    assert remember.remember(settings, "ana", remember_user=True, remember_password=True) == (
        "store"
    )
    assert (settings.remembered_username, settings.remember_password) == ("ana", True)
    # Unticking «Recordar mi usuario» forgets the user and the password kept for it.
    assert remember.remember(settings, "ana", remember_user=False, remember_password=True) == (
        "forget"
    )
    assert (settings.remembered_username, settings.remember_password) == (None, False)
    assert remember.remember(settings, "ana", remember_user=True, remember_password=False) == (
        "none"
    )
    remember.remember(settings, "ana", remember_user=True, remember_password=True)
    remember.password_not_kept(settings)  # no usable credential store here
    assert settings.remember_password is False and settings.remembered_username == "ana"


# ---- the log-in's completeness -------------------------------------------------------------


def test_the_log_in_is_complete_with_what_the_portal_takes(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path)
    state = flow.state
    assert not is_done(Step.LOGIN, state, user="demo", password="")
    assert not is_done(Step.LOGIN, state, user="  ", password=PASSWORD)
    assert is_done(Step.LOGIN, state, user="demo", password=PASSWORD)
    assert not is_done(Step.LOGIN, state, user="u" * (USERNAME_MAX_LENGTH + 1), password="x")
    assert not is_done(Step.LOGIN, state, user="demo", password="   ")
    too_long = input_problem("demo", "p" * (PASSWORD_MAX_LENGTH + 1))
    assert too_long is not None and (too_long.field, too_long.length) == ("password", 201)
    log_in(flow)
    # Logged in, the password let go: the same user goes on without it; another does not.
    assert is_done(Step.LOGIN, state, user=" DEMO ", password="")
    assert not is_done(Step.LOGIN, state, user="otro", password="")
    assert flow.logged_in_as("Demo") and not flow.logged_in_as("otro")


def test_the_confirmation_may_be_sent_once_the_terms_are_accepted(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path)
    log_in(flow)
    sae = next(s for s in flow.state.subscriptions or () if s.serial == "SKSNWR")
    flow.select(sae)
    flow.apply_offer(flow.fetch_offer(sae.id))
    assert not is_done(Step.TERMS, flow.state) and not is_done(Step.CONFIRM, flow.state)
    flow.accept_terms(True)
    assert is_done(Step.TERMS, flow.state) and is_done(Step.CONFIRM, flow.state)


# ---- the table ---------------------------------------------------------------------------


def test_the_only_upgradable_row_is_highlighted(tmp_path: Path) -> None:
    only = [subscription("1", "SAE", "A"), subscription("2", "COI", "B", reason="inactive")]
    flow = make_flow(FakePortal(), tmp_path)
    assert flow.row_to_select(only) is only[0]
    two = [*only, subscription("3", "NOI", "C")]
    assert flow.row_to_select(two) is None  # the user chooses
    flow.select(two[2])
    assert flow.row_to_select(two) is two[2] and flow.is_chosen(two[2])


def test_flags_that_matched_no_single_row_are_said(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path, preselect_system="NOI", preselect_serial="X1")
    log_in(flow)
    assert flow.preselection_missed() == "NOI X1"
    matched = make_flow(FakePortal(), tmp_path, preselect_system="SAE")
    log_in(matched)
    assert matched.preselection_missed() is None and matched.state.skip_table
    assert make_flow(FakePortal(), tmp_path).preselection_missed() is None


def test_download_goes_straight_to_an_earlier_upgrades_receipt(tmp_path: Path) -> None:
    rows = FakePortal().subscriptions
    flow = make_flow(FakePortal(), tmp_path, preselect_system="FACTURE", require_download=True)
    assert flow.receipt_to_open(rows) == "U-OLD"
    without = make_flow(FakePortal(), tmp_path, preselect_system="FACTURE")
    assert without.receipt_to_open(rows) is None  # without --download, the user chooses


# ---- going back, notices, this PC ------------------------------------------------------------


def test_back_from_the_terms_shows_the_table_skipped_on_the_way_in(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path, preselect_system="SAE")
    log_in(flow)
    assert next_step(Step.LOGIN, flow.state) is Step.TERMS
    flow.went_back_from(Step.TERMS)
    assert next_step(Step.LOGIN, flow.state) is Step.SUBSCRIPTIONS


def test_the_download_follows_the_result_for_one_step_forward(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path)
    flow.state.receipt = FakePortal().receipts["U-OLD"]
    assert next_step(Step.RESULT, flow.state) is None  # «¡Listo!» is the last page
    with flow.toward_download():
        assert next_step(Step.RESULT, flow.state) is Step.DOWNLOAD
    assert next_step(Step.RESULT, flow.state) is None  # back there, last again


def test_a_notice_is_said_once_and_this_pc_is_as_last_seen(tmp_path: Path) -> None:
    flow = make_flow(FakePortal(), tmp_path)
    flow.state.notice = Notice("pending_waiting", "SAE 7.0 → 8.0")
    assert flow.take_notice() == Notice("pending_waiting", "SAE 7.0 → 8.0")
    assert flow.take_notice() is None
    flow.found_installed([])
    assert flow.state.installed == ()


# ---- a confirmation of an earlier run ---------------------------------------------------------


def test_accepting_a_resume_resends_now_waits_or_asks_its_user(tmp_path: Path) -> None:
    portal = FakePortal()
    pending = PendingUpgrade("https://portal.example.invalid", "demo", "S1", "k" * 32, "2026-01",
                             "SAE", "7.0", "8.0")  # fmt: skip
    flow = make_flow(portal, tmp_path)
    assert flow.accept_resume(pending) == "log_in"  # nobody is logged in
    log_in(flow)
    assert flow.state.receipt is not None  # the log-in resent it, with its own key
    assert flow.state.idempotency_key == "k" * 32
    other = make_flow(FakePortal(), tmp_path)
    log_in(other, "otro")
    assert other.accept_resume(pending) == "log_in"  # someone else is logged in
    same = make_flow(FakePortal(), tmp_path)
    log_in(same)
    assert same.accept_resume(pending, logging_in=True) == "resend_now"
    assert same.resume_due() == ConfirmationRequest("S1", "2026-01", "k" * 32)
    waiting = make_flow(FakePortal(), tmp_path)
    log_in(waiting, "otro")  # «otro» is logged in, and a log-in as «demo» is on its way
    assert waiting.accept_resume(pending, logging_in=True) == "wait"


def test_after_a_resend_the_page_goes_on_only_to_a_receipt_or_from_the_log_in(
    tmp_path: Path,
) -> None:
    flow = make_flow(FakePortal(), tmp_path)
    assert flow.advances_after_resend(Step.LOGIN)
    assert not flow.advances_after_resend(Step.SUBSCRIPTIONS)  # refused: the notice says why
    flow.state.receipt = FakePortal().receipts["U-OLD"]
    assert flow.advances_after_resend(Step.SUBSCRIPTIONS)
    assert receipt_takes_over(Step.SUBSCRIPTIONS, flow.state)
    assert not receipt_takes_over(Step.RESULT, flow.state)


# ---- closing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "setup", "busy", "risk"),
    [
        (Step.LOGIN, "", False, None),
        (Step.CONFIRM, "offer", False, ClosingRisk.NOT_UPGRADED),
        (Step.CONFIRM, "offer sent", False, ClosingRisk.ANSWER_LOST),
        (Step.CONFIRM, "offer sent", True, ClosingRisk.WAITING_FOR_ANSWER),
        (Step.RESULT, "receipt", False, ClosingRisk.SERIAL_ON_SCREEN),
        (Step.DOWNLOAD, "receipt running", False, ClosingRisk.DOWNLOADING),
        (Step.DOWNLOAD, "receipt", False, ClosingRisk.SERIAL_ON_SCREEN),
    ],
)
def test_closing_asks_only_where_something_is_at_stake(
    tmp_path: Path, step: Step, setup: str, busy: bool, risk: ClosingRisk | None
) -> None:
    portal = FakePortal()
    flow = make_flow(portal, tmp_path)
    if "offer" in setup:
        flow.state.offer = portal.get_upgrade_offer("S1")
    if "sent" in setup:
        flow.state.idempotency_key = "k" * 32
    if "receipt" in setup:
        flow.state.receipt = portal.receipts["U-OLD"]
    if "running" in setup:
        flow.state.download_phase = DownloadPhase.RUNNING
    assert closing_risk(step, flow.state, busy=busy) is risk
