"""Runs the real app in this process, played by a robot, optionally killed at one point.

    python tests/e2e/driver.py PLAN.json
    python tests/e2e/driver.py --serve      (a fork server: see serve())

The plan (JSON) says what the user does and where the process dies (kill(): SIGKILL on
POSIX, TerminateProcess on Windows):
  argv          the app's command line (after the program name)
  user, password, serial   the log-in and the row to upgrade (serial null: nothing to do)
  resume        "accept" | "later" | null (null: do not wait for an offer)
  kill_at       a kill point (see KILL_POINTS) or null
  close_during  "confirm" | "list" | null: close the window while that call is in flight
  close_wait_ms how long a window closed during a confirmation waits (default: the app's)
  slow_ms       with close_during: make the sandbox that slow (its loopback fault endpoint)
                just before that call
  shown_file    where the robot appends every serial it saw on «¡Listo!»
  terminate_at  "login" | "result" | "confirm" | "pdf_dialog" | null: there the robot
                stops and notes "ready PID", for the test to send that process SIGTERM
                from outside ("confirm": once the commit button is clicked, with slow_ms
                applied; "pdf_dialog": on «¡Listo!», once «Guardar comprobante (PDF)…»
                has opened its file dialog, left open)
  download      true with --download: on «¡Listo!» the robot only notes the serial (the
                download goes on by itself); kill points in tests/e2e/download_kills.py
  events_file   where the robot notes what it did, with times (for the tests)

The robot only touches what a person touches: fields, rows, check boxes, the wizard's own
buttons and the message boxes. The hooks that kill are patched in here, from outside the
product code.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests
    from _typeshed import StrOrBytesPath
    from PySide6.QtWidgets import QAbstractButton

    from aspel_upgrade.ui.wizard import UpgradeWizard

KILL_POINTS = (
    "before_pending_saved",  # the commit button was clicked; nothing on disk yet
    "after_pending_saved",  # the record is on disk; nothing sent
    "before_request_leaves",  # the client is about to send the confirmation
    "after_portal_committed",  # the portal issued the serial; the answer is not read
    "while_result_page_built",  # the receipt arrived; the page is being filled
    "while_result_file_written",  # the temp file is written, not yet renamed
    "before_record_removed",  # shown and written; the record is about to go
    "resume_offer_open",  # the offer is on screen, unanswered
    "resume_offer_answered",  # «Terminarla ahora» was clicked; not logged in yet
    "while_resending",  # the resumed confirmation reached the portal; answer not read
)


# How a killed run ends, as subprocess reports its exit code: SIGKILL on POSIX (-9); on
# Windows, which has no signals, TerminateProcess with this code, which is none of the
# app's (README: 0-4, 64, 73): 128 + 9, as a POSIX shell reports a SIGKILL.
WINDOWS_KILLED_CODE = 128 + 9
KILLED = WINDOWS_KILLED_CODE if sys.platform == "win32" else -signal.SIGKILL


def kill(pid: int) -> None:
    """End process ``pid`` at once, running nothing of it (no handler, no clean-up, no
    flush), as a power cut or Task Manager's «Finalizar tarea» would: SIGKILL on POSIX,
    TerminateProcess with WINDOWS_KILLED_CODE on Windows. Killing this process never
    returns."""
    if sys.platform != "win32":
        os.kill(pid, signal.SIGKILL)
        return
    import _winapi  # built into Windows' Python: nothing to load on the way out

    if pid == os.getpid():
        _winapi.TerminateProcess(_winapi.GetCurrentProcess(), WINDOWS_KILLED_CODE)
    process_terminate = 0x0001
    handle = _winapi.OpenProcess(process_terminate, False, pid)
    try:
        _winapi.TerminateProcess(handle, WINDOWS_KILLED_CODE)
    finally:
        _winapi.CloseHandle(handle)


def die(plan: dict[str, Any], point: str) -> None:
    if plan.get("kill_at") == point:
        note(plan, f"killed {point}")
        kill(os.getpid())


def note(plan: dict[str, Any], text: str) -> None:
    if plan.get("events_file"):
        with open(plan["events_file"], "a", encoding="utf-8") as f:
            f.write(f"{time.time():.3f} {text}\n")


def install_kill_points(plan: dict[str, Any]) -> None:
    """Patch the kill points into this process; each assignment to a method below is the
    deliberate patch mypy's method-assign names."""
    from aspel_upgrade.flow.pending import PendingStore, PendingUpgrade
    from aspel_upgrade.portal.client import MAX_ANSWER_BYTES, PortalClient
    from aspel_upgrade.portal.models import UpgradeReceipt
    from aspel_upgrade.ui.pages.result import ResultPage

    original_save, original_remove = PendingStore.save, PendingStore.remove

    def save(self: PendingStore, pending: PendingUpgrade) -> None:
        die(plan, "before_pending_saved")
        original_save(self, pending)
        die(plan, "after_pending_saved")

    def remove(self: PendingStore, portal_url: str, subscription_id: str) -> None:
        die(plan, "before_record_removed")
        original_remove(self, portal_url, subscription_id)

    PendingStore.save, PendingStore.remove = save, remove  # type: ignore[method-assign]

    original_confirm, original_send = PortalClient.confirm_upgrade, PortalClient._send
    resuming = {"on": False}

    def confirm(
        self: PortalClient, subscription_id: str, terms_version: str, idempotency_key: str
    ) -> UpgradeReceipt:
        die(plan, "before_request_leaves")
        return original_confirm(self, subscription_id, terms_version, idempotency_key)

    def send(
        self: PortalClient, method: str, path: str, *, json: Any = None,
        headers: Mapping[str, str] | None = None, auth: bool = True, new_call: bool = True,
        limit: int = MAX_ANSWER_BYTES,
    ) -> requests.Response:  # fmt: skip
        response = original_send(self, method, path, json=json, headers=headers, auth=auth,
                                  new_call=new_call, limit=limit)  # fmt: skip
        if method == "POST" and path.endswith("/upgrades"):
            die(plan, "while_resending" if resuming["on"] else "after_portal_committed")
        return response

    PortalClient.confirm_upgrade, PortalClient._send = confirm, send  # type: ignore[method-assign]

    original_init = ResultPage.initializePage

    def initialize(self: ResultPage) -> None:
        die(plan, "while_result_page_built")
        original_init(self)

    ResultPage.initializePage = initialize  # type: ignore[method-assign]

    # host/atomic.py renames its temp file over the result file with os.replace.
    original_replace = os.replace
    result_file = next((a for a in plan["argv"] if a.endswith(".json")), None)

    def replace(
        src: StrOrBytesPath, dst: StrOrBytesPath, *,
        src_dir_fd: int | None = None, dst_dir_fd: int | None = None,
    ) -> None:  # fmt: skip
        if result_file is not None and os.path.abspath(dst) == os.path.abspath(result_file):
            die(plan, "while_result_file_written")
        original_replace(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    os.replace = replace
    plan["_resuming"] = resuming
    from tests.e2e.download_kills import install as install_download_kill_points

    install_download_kill_points(plan, die)  # the installer download's (issue 18)


class Robot:
    """Plays the user from a 20 ms timer, one step per tick, only when nothing is busy."""

    def __init__(self, plan: dict[str, Any]) -> None:
        from PySide6.QtCore import QTimer

        self.plan = plan
        self.typed = False
        self.chosen = False
        self.accepted = False
        self.looked = False  # «¿Está listo este equipo?» passed
        self.committed = False
        self.resume_answered = plan.get("resume") is None
        self.closed = False
        self.shown = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        from PySide6.QtWidgets import QApplication, QWizard

        from aspel_upgrade.flow.steps import Step
        from aspel_upgrade.ui.wizard import UpgradeWizard

        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeWizard)]
        wizard = next((w for w in wizards if w.isVisible()), None)
        if wizard is None or self.closed or len(wizard.pages) < len(Step):
            return
        plan = self.plan
        prompt = wizard.resume_prompt
        if not self.resume_answered:
            if prompt is None or not prompt.isVisible():
                return  # the offer is expected: wait for it
            die(plan, "resume_offer_open")
            self.resume_answered = True
            if plan["resume"] == "accept":
                plan["_resuming"]["on"] = True
                note(plan, "resume accepted")
                prompt.accept()
                die(plan, "resume_offer_answered")
            else:
                note(plan, "resume later")
                prompt.reject()
            return
        page = wizard.current_flow_page()
        if page is None or page.busy:
            return
        step = Step(wizard.currentId())
        if plan.get("terminate_at") == "login" and step is Step.LOGIN:
            self.wait_for_termination()
            return
        if step is Step.LOGIN and not self.typed:
            self.typed = True
            login = wizard.login_page
            login.username.setText(plan["user"])
            login.password.setText(plan["password"])
            wizard.button(QWizard.WizardButton.NextButton).click()
            note(plan, "logged in")
        elif step is Step.SUBSCRIPTIONS and not self.chosen:
            table = wizard.page_for(Step.SUBSCRIPTIONS)
            if plan.get("close_during") == "list":
                slow_down(plan["argv"][1], plan.get("slow_ms", 0))
                self.close_soon(wizard, table.reload)
                return
            serial = plan.get("serial")
            rows = [i for i in range(table.model.rowCount())
                    if table.model.subscription(i).serial == serial]  # fmt: skip
            if not rows:
                self.close(wizard)
                return
            self.chosen = True
            table.table.selectRow(rows[0])
            wizard.button(QWizard.WizardButton.NextButton).click()
        elif step is Step.TERMS and not self.accepted:
            terms = wizard.page_for(Step.TERMS)
            if not terms.accept_box.isEnabled():
                return
            self.accepted = True
            terms.accept_box.setChecked(True)
            wizard.button(QWizard.WizardButton.NextButton).click()
        elif step is Step.READY and not self.looked:
            if not page.isComplete():  # its look at this PC is not done yet
                return
            self.looked = True
            wizard.button(QWizard.WizardButton.NextButton).click()
        elif step is Step.CONFIRM and not self.committed:
            if not wizard.button(QWizard.WizardButton.CommitButton).isEnabled():
                return  # the old program is being looked at again
            self.committed = True
            if plan.get("close_during") == "confirm" or plan.get("terminate_at") == "confirm":
                slow_down(plan["argv"][1], plan.get("slow_ms", 0))
            wizard.button(QWizard.WizardButton.CommitButton).click()
            note(plan, "commit clicked")
            if plan.get("terminate_at") == "confirm":
                self.wait_for_termination()
            if plan.get("close_during") == "confirm":
                self.close(wizard)
                if wizard.close_prompt is not None:
                    wizard.close_prompt.accept()
        elif step is Step.RESULT and plan.get("download"):
            if not self.shown:  # --download: the page goes on by itself; the serial is noted
                self.shown = True
                serial = wizard.page_for(Step.RESULT).serial.text()
                with open(plan["shown_file"], "a", encoding="utf-8") as f:
                    f.write(serial + "\n")
                note(plan, f"shown {serial}")
        elif step is Step.DOWNLOAD and plan.get("download"):
            # The verified page stays until the user closes it (issue 18 C12): a person
            # reads the result, then presses «Finalizar»; so does the robot, and it closes
            # after a failure too, as a person would.
            phase = wizard.ctx.flow.state.download_phase.value
            if phase in ("verified", "failed"):
                note(plan, f"download ended {phase}")
                self.closed = True
                wizard.button(QWizard.WizardButton.FinishButton).click()
        elif step is Step.RESULT:
            result = wizard.page_for(Step.RESULT)
            serial = result.serial.text()
            with open(plan["shown_file"], "a", encoding="utf-8") as f:
                f.write(serial + "\n")
            note(plan, f"shown {serial}")
            if plan.get("terminate_at") == "result":
                self.wait_for_termination()
                return
            if plan.get("terminate_at") == "pdf_dialog":
                self.open_dialog_then_wait(result.save)
                return
            self.closed = True
            wizard.button(QWizard.WizardButton.FinishButton).click()

    def wait_for_termination(self) -> None:
        """Do nothing more: the test ends this process with SIGTERM from outside."""
        self.closed = True
        note(self.plan, f"ready {os.getpid()}")

    def open_dialog_then_wait(self, button: QAbstractButton) -> None:
        """Press ``button`` (it opens a modal dialog, which runs its own event loop), and
        once that dialog shows, note "ready PID" as wait_for_termination does."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        self.closed = True

        def ready_when_shown() -> None:
            if isinstance(QApplication.activeModalWidget(), QDialog):
                note(self.plan, f"ready {os.getpid()}")
            else:
                QTimer.singleShot(50, ready_when_shown)

        QTimer.singleShot(0, button.click)
        QTimer.singleShot(50, ready_when_shown)

    def close(self, wizard: UpgradeWizard) -> None:
        note(self.plan, "close")
        self.closed = True
        wizard.reject()

    def close_soon(self, wizard: UpgradeWizard, start: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        self.closed = True
        start()
        QTimer.singleShot(200, lambda: self.close(wizard))


def slow_down(portal_url: str, latency_ms: int) -> None:
    """Ask the sandbox (loopback only) to answer every call this late from now on."""
    import urllib.request

    request = urllib.request.Request(  # noqa: S310 - the sandbox, on loopback
        f"{portal_url}/_sandbox/faults",
        data=json.dumps({"latency_ms": latency_ms}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=5):  # noqa: S310 - the sandbox on loopback
        pass


def describe_this_pc() -> None:
    """The probes of «¿Está listo este equipo?» answer as a ready Windows 11 PC
    (tests/fakes/this_pc.py): the runs prove the confirmation and the download, and the
    machine running them must not hold the commit button (under Wine the real probes answer
    Windows 7, which blocks; the checks themselves have tests of their own)."""
    from aspel_upgrade.host import probes
    from tests.fakes.this_pc import FakePC

    probes.LocalPC = lambda *_args, **_kwargs: FakePC()  # type: ignore[assignment,misc]


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    install_kill_points(plan)
    describe_this_pc()
    if plan.get("close_wait_ms") is not None:
        from aspel_upgrade.ui import wizard as wizard_module

        wizard_module.CLOSE_WAIT_MS = int(plan["close_wait_ms"])
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    robot = Robot(plan)
    sys.argv = ["aspel-upgrade", *plan["argv"]]
    from aspel_upgrade.launch.cli import main as app_main

    gc.disable()  # as cli.entry does: the first paint turns it back on (ui/app.py)
    code = app_main()
    robot.timer.stop()
    note(plan, f"exit {code}")
    del app
    from aspel_upgrade.launch.cli import end_process

    end_process(code)


# What every run imports, imported once by the fork server (none of it starts a thread or
# reads the environment at import: paths, keyring and Qt are set up when the run asks).
PRELOAD = (
    "PySide6.QtWidgets",
    "aspel_upgrade.launch.cli",
    "aspel_upgrade.launch.runner",
    "aspel_upgrade.ui.app",
    "aspel_upgrade.ui.wizard",
    "aspel_upgrade.ui.pages.result",
    "aspel_upgrade.portal.client",
    "aspel_upgrade.flow.pending",
    "aspel_upgrade.host.atomic",
    "aspel_upgrade.flow.download",
    "aspel_upgrade.portal.download",
    "tests.e2e.download_kills",
)


def serve() -> None:
    """Fork one fresh process per request, from an interpreter that imported the app once.

    Each request (a JSON line on stdin) names the plan, the environment, the folder and the
    files for the child's output; the answer (a JSON line) is the child's exit code as
    subprocess reports it (KILLED: killed). Python and Qt start-up, most of each
    run's time, is paid once; every run is still its own process, started with nothing of
    the app's state, killed for real (kill()), and leaving only what it wrote to disk. A child that
    outlives ``timeout`` is killed and reported as timed out.
    """
    import importlib
    import select
    import traceback

    for name in PRELOAD:
        importlib.import_module(name)
    threads = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else 1
    if threads != 1:  # forking a process with threads copies locks held by them
        raise SystemExit(f"fork server: {threads} threads after the imports; cannot fork")
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: the run, exactly as `python driver.py PLAN` would do it
            try:
                os.environ.clear()
                os.environ.update(request["env"])
                os.chdir(request["cwd"])
                for fd, path, flags in (
                    (0, os.devnull, os.O_RDONLY),
                    (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                    (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                ):
                    opened = os.open(path, flags, 0o600)
                    os.dup2(opened, fd)
                    os.close(opened)
                sys.argv = [__file__, request["plan"]]
                main()
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            os._exit(70)  # main() never returns: it ends the process with the run's code
        pidfd = os.pidfd_open(pid)
        ready, _, _ = select.select([pidfd], [], [], request["timeout"])
        if not ready:
            kill(pid)
        os.close(pidfd)
        _, status = os.waitpid(pid, 0)
        answer = {"code": os.waitstatus_to_exitcode(status), "timed_out": not ready}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main()
