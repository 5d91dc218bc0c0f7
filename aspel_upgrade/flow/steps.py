"""The wizard's navigation as data: which step follows which, and when a step is done."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from .state import FlowState

if TYPE_CHECKING:
    from ..portal.models import Subscription


class Step(IntEnum):
    LOGIN = 0
    SUBSCRIPTIONS = 1
    TERMS = 2
    CONFIRM = 3
    RESULT = 4
    DOWNLOAD = 5


def is_done(step: Step, state: FlowState) -> bool:
    """Whether the user has what this step asks for, so Next may be offered."""
    if step is Step.LOGIN:
        return state.account is not None
    if step is Step.SUBSCRIPTIONS:
        return state.selected is not None and can_choose(state.selected)
    if step is Step.TERMS:
        return state.offer is not None and state.terms_accepted
    if step is Step.CONFIRM:
        return state.receipt is not None
    return True


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
