"""The wizard's navigation as data: which step follows which, and when a step is done."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from .input_limits import input_problem
from .state import DownloadPhase, FlowState

if TYPE_CHECKING:  # loaded after the first paint (ui/app.py)
    from ..portal.models import Subscription


class Step(IntEnum):
    LOGIN = 0
    SUBSCRIPTIONS = 1
    TERMS = 2
    READY = 3  # «¿Está listo este equipo?»: the checks before the one-way step
    CONFIRM = 4
    RESULT = 5
    DOWNLOAD = 6


def is_done(step: Step, state: FlowState, *, user: str = "", password: str = "") -> bool:
    """Whether the user has what this step asks for, so Next (or Finish) may be offered:
    the one completeness rule, every page's ``isComplete`` asks it.

    ``user`` and ``password``: what the log-in page's fields hold (the password is never
    kept in the state; it is let go once logged in).
    """
    if step is Step.LOGIN:
        if state.account is not None and not password:  # logged in as this user already
            return state.username.lower() == user.strip().lower()
        if not user.strip() or not password:
            return False
        return input_problem(user, password) is None
    if step is Step.SUBSCRIPTIONS:
        return state.selected is not None and can_choose(state.selected)
    if step in (Step.TERMS, Step.READY, Step.CONFIRM):
        accepted = state.offer is not None and state.terms_accepted
        if step is Step.READY:  # on once this PC was looked at (or the look failed)
            return accepted and (state.readiness is not None or state.readiness_failed)
        if step is Step.CONFIRM:  # the confirmation may be sent once accepted, unless held
            return (accepted and not commit_held(state)) or state.receipt is not None
        return accepted
    if step is Step.DOWNLOAD:  # the transfer stops first (closing asks)
        return state.download_phase is not DownloadPhase.RUNNING
    return True


def commit_held(state: FlowState) -> bool:
    """«Actualizar número de serie» waits: something blocks on this PC, which holds the
    data, and the user has not said the new version goes on another PC."""
    readiness = state.readiness
    return readiness is not None and readiness.commit_blocked and not state.install_elsewhere


def receipt_takes_over(step: Step, state: FlowState) -> bool:
    """A receipt arrived (a resumed or earlier upgrade) while ``step`` is shown: nothing on
    that page stops the user from seeing it, and ``next_step`` leads straight to it."""
    return state.receipt is not None and step is not Step.RESULT


def opens_receipt(subscription: Subscription) -> bool:
    """An upgraded row: choosing it shows the receipt of that earlier upgrade."""
    upgrade = subscription.upgrade
    return upgrade.reason == "already_upgraded" and bool(upgrade.upgrade_id)


def can_choose(subscription: Subscription) -> bool:
    """Upgradable rows lead to the terms; upgraded ones to their receipt."""
    return subscription.upgrade.eligible or opens_receipt(subscription)


def next_step(step: Step, state: FlowState) -> Step | None:
    """The step after ``step``; None at the end.

    A preselected subscription (installer flags) skips the table; an upgrade that
    already happened jumps straight to its receipt.
    """
    if step is Step.DOWNLOAD:
        return None
    if step is Step.RESULT:  # the receipt is enough to finish; the download is offered
        return Step.DOWNLOAD if state.download_chosen else None
    if state.receipt is not None:
        return Step.RESULT
    if step is Step.LOGIN and state.skip_table and is_done(Step.SUBSCRIPTIONS, state):
        return Step.TERMS
    return Step(step + 1)
