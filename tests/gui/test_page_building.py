"""After the first paint: the warm-up on a worker first, then the later pages, one a turn."""

from __future__ import annotations

import threading
from collections.abc import Callable

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
