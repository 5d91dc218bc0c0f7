"""A hostile portal's answers, through the real wizard (issue 18, G3).

Every answer is read (against its 1 MiB cap) and parsed on a worker, never on the GUI
thread; and a 50 MiB answer no longer freezes the window while it is refused. (Deep JSON
and drip-fed answers are columns of the fault matrix, tests/gui/test_fault_matrix.py.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import client as client_module
from aspel_upgrade.portal import errors as e
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import click_next, to_confirm_page, wait_page

pytestmark = pytest.mark.gui


def test_every_answer_is_read_and_parsed_off_the_gui_thread(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_gui_thread: list[str] = []
    seen: list[str] = []

    def watched(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            seen.append(name)
            if threading.current_thread() is threading.main_thread():
                on_gui_thread.append(name)
            return real(*args, **kwargs)

        return call

    for name in ("read_answer", "decode_json"):
        monkeypatch.setattr(client_module, name, watched(name, getattr(client_module, name)))

    to_confirm_page(qtbot, wizard)  # log-in, list, offer
    sandbox.service.expire_sessions()  # the password asked again, then the confirmation
    click_next(qtbot, wizard)
    page = wizard.page_for(Step.CONFIRM)
    qtbot.waitUntil(lambda: page.reauth is not None and page.reauth.isVisible(), timeout=10_000)
    assert page.reauth is not None
    page.reauth.password.setText(DEMO_PASSWORD)
    page.reauth.ok.click()
    wait_page(qtbot, wizard, Step.RESULT)
    assert seen.count("decode_json") >= 5  # log-in, list, offer, 401, again, confirm…
    assert on_gui_thread == []


def test_a_50_mib_answer_is_refused_without_freezing_the_window(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    sandbox.faults.add(Fault("list_subscriptions", kind="huge_answer", amount=50 * 2**20))
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    started = time.monotonic()
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not page.busy and page.message.kind == "error", timeout=20_000)
    took = time.monotonic() - started
    timer.stop()
    assert page.message.text() == describe(e.UnexpectedResponse("too big"))
    assert wizard.last_error_dialog is None
    assert took < 10.0, took
    # The window answered all along: the longest wait between two 10 ms ticks was 2.9 s
    # while the whole answer was parsed; it is one event-loop turn now.
    assert max(gaps) < 1.0, max(gaps)
    sandbox.faults.clear()
    click_next(qtbot, wizard)  # what was typed is still there: it simply works now
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
