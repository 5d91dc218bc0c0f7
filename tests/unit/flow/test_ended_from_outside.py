"""A run ended from outside (SIGTERM) says so in its outcome, unless the system failed
first (issue 18, F). The process-level test is tests/e2e/test_termination.py."""

from __future__ import annotations

import pytest

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.problems import Terminated
from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e
from tests.fakes.portal import FakePortal


def _flow() -> UpgradeFlow:
    return UpgradeFlow(lambda: FakePortal())


@pytest.mark.parametrize(
    ("last", "code", "exit_code"),
    [
        (None, "terminated", 1),
        (e.InvalidCredentials(), "terminated", 1),  # the user had not given up
        (e.ConnectionFailed("offline"), "connection_failed", 2),  # the run had failed
        (e.PortalTimeout(), "timeout", 2),
    ],
)
def test_the_outcome_says_why_the_run_ended(
    last: BaseException | None, code: str, exit_code: int
) -> None:
    flow = _flow()
    flow.record_error(last)
    flow.ended_from_outside()
    outcome = flow.outcome()
    assert (outcome.error_code, int(outcome.exit_code)) == (code, exit_code)
    assert outcome.error_message == describe(flow.state.last_error or Terminated())


def test_the_sentence_says_what_happened_and_what_to_do() -> None:
    text = describe(Terminated())
    assert "terminarlo" in text and "vuelve a abrirlo" in text
