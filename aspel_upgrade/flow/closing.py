"""Closing the window: whether something is at stake, and what (the wizard asks first)."""

from __future__ import annotations

from enum import Enum

from .state import DownloadPhase, FlowState
from .steps import Step


class ClosingRisk(Enum):
    WAITING_FOR_ANSWER = "waiting_for_answer"  # a confirmation is on its way
    DOWNLOADING = "downloading"  # stops, and continues next time
    SERIAL_ON_SCREEN = "serial_on_screen"  # the new serial is shown: copy it first
    ANSWER_LOST = "answer_lost"  # sent before, answer unknown: shown at the next start
    NOT_UPGRADED = "not_upgraded"  # about to confirm: nothing happened yet


def closing_risk(step: Step | None, state: FlowState, *, busy: bool) -> ClosingRisk | None:
    """What closing now would cost, or None when nothing is lost by closing (``busy``: the
    page shown is waiting for a call)."""
    if state.answer_unseen and busy:
        return ClosingRisk.WAITING_FOR_ANSWER
    if step is Step.DOWNLOAD and state.download_phase is DownloadPhase.RUNNING:
        return ClosingRisk.DOWNLOADING
    if step in (Step.RESULT, Step.DOWNLOAD) and state.receipt is not None:
        return ClosingRisk.SERIAL_ON_SCREEN
    if step is Step.CONFIRM and state.offer is not None:
        return ClosingRisk.ANSWER_LOST if state.committed else ClosingRisk.NOT_UPGRADED
    return None
