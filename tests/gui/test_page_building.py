"""After the first paint: the warm-up on a worker first, then the later pages, one a turn."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui.wizard import UpgradeWizard


def test_later_pages_are_built_once_the_warm_up_is_done(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """Built while the warm-up imported on a worker, each page held the event loop two to
    four times as long (tools/bench/responsiveness.py): they wait for it."""
    started, release = threading.Event(), threading.Event()

    def warm_up() -> None:
        started.set()
        release.wait(10)

    wizard = make_wizard(warm_up=warm_up)
    qtbot.waitUntil(started.is_set)
    qtbot.wait(100)  # twenty page-building turns' worth
    assert set(wizard.pages) == {Step.LOGIN}
    with qtbot.waitSignal(wizard.pages_ready, timeout=10_000):
        release.set()
    assert set(wizard.pages) == set(Step)


def test_a_failed_warm_up_still_builds_the_pages(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    def warm_up() -> None:
        raise ImportError("keyring no está instalado")

    wizard = make_wizard(warm_up=warm_up)
    qtbot.waitUntil(lambda: set(wizard.pages) == set(Step), timeout=10_000)


def test_a_pages_first_use_costs_run_a_turn_before_it_is_built(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subscriptions table's first viewport makes PySide create ~70 widget classes'
    enum types (8-20 ms): with the page's own construction in one turn, the longest stall
    of the responsiveness benchmark."""
    from aspel_upgrade.ui.pages.subscriptions import SubscriptionsPage

    order: list[str] = []
    prepare, build = SubscriptionsPage.prepare, SubscriptionsPage.__init__

    def prepared() -> None:
        order.append("prepare")
        QTimer.singleShot(0, lambda: order.append("a turn"))
        prepare()

    def built(page: SubscriptionsPage, *args: object) -> None:
        order.append("build")
        build(page, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SubscriptionsPage, "prepare", prepared)
    monkeypatch.setattr(SubscriptionsPage, "__init__", built)
    wizard = make_wizard()
    qtbot.waitUntil(lambda: set(wizard.pages) == set(Step), timeout=10_000)
    assert order == ["prepare", "a turn", "build"]
