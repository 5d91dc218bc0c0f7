"""Fault matrix: every portal operation the wizard uses × every fault, through the wizard.

For each cell the real wizard is driven to the operation, the fault is injected in the
real sandbox (or the network), and the test checks that a Spanish message naming the
problem is shown, the wizard stays on its page with what the user typed or chose, and
that once the fault clears the same action succeeds. For confirm, exactly one new serial
exists afterwards. Adding an operation or a fault to the lists below adds its row.

A receipt whose installer descriptor is missing (``missing_download``, on confirm and on
reading an earlier receipt) is no failure: the serial is shown and filed, exactly one, and
the download page offers only the page link.

The installer download has its own row: the faults of a file transfer (a link dropped
mid-file, a corrupted byte, a new build published mid-download, a slow link) besides the
network's. Some of them the wizard recovers from by itself (it resumes, restarts, waits
or is paused and resumed by the user); for those the cell checks that it ends
«Verificado» having fetched no more than it had to. 401 and malformed JSON do not apply:
the signed link needs no session and the answer is the file.
``tools/bench/fault_matrix_table.py`` prints the operation × fault table for the README.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from socket import _GetAddrInfoResult  # getaddrinfo's answer, as typeshed names it


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.problems import FlowProblem
from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.errors import PortalError
from aspel_upgrade.sandbox.download import CHUNK
from aspel_upgrade.sandbox.faults import Fault, FaultKind
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.context import UiContext
from aspel_upgrade.ui.tasks import TaskRunner
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import MemoryKeyring, bytes_served, click_next, wait_page
from tests.helpers_sandbox import TEST_INSTALLER_SIZE, sandbox_config

pytestmark = pytest.mark.gui

OPERATIONS = [
    "login",
    "request_password_reset",
    "list_subscriptions",
    "get_upgrade_offer",
    "confirm_upgrade",
    "get_upgrade",
]
FAULTS = [
    "refused", "dns", "timeout", "500", "502_html", "503_retry_after", "429_retry_after",
    "invalid_json", "missing_field", "401", "drop_after_commit",
    "drip", "huge_answer", "deep_json",
]  # fmt: skip
DOWNLOAD_FAULTS = [
    "refused", "dns", "timeout", "500", "502_html", "503_retry_after", "429_retry_after",
    "drop_mid_file", "corrupt_byte", "new_build", "slow_link",
]  # fmt: skip
# A hostile portal: the sandbox's own kinds, under the matrix's names.
HOSTILE: dict[str, FaultKind] = {
    "drip": "drip",
    "huge_answer": "huge_answer",
    "deep_json": "deep_json",
}
RECOVERS = {"drop_mid_file", "new_build", "slow_link"}  # no error: it ends «Verificado»
# A receipt without its installer descriptor (issue 18 A3): no error either; the serial is
# shown and filed, and the download page offers only the page link.
RECEIPT_FAULTS = [("confirm_upgrade", "missing_download"), ("get_upgrade", "missing_download")]
MATRIX = (
    [(op, fault) for op in OPERATIONS for fault in FAULTS]
    + RECEIPT_FAULTS
    + [("download_installer", fault) for fault in DOWNLOAD_FAULTS]
)
READ_TIMEOUT = 0.5  # loopback answers take milliseconds; a timeout cell waits 2 of these
CALL_DEADLINE = 3.0  # the bound of a whole call (45 s in the app): time for a retry
# A drip-fed answer (10 bytes a second: every read gets a byte) ends only at the bound;
# a second proves that as well as three, and the six drip cells each wait it out.
DRIP_CALL_DEADLINE = 1.0
NEXT_STEP = re.compile(
    r"(?i)\b(inténtalo|intentarlo|vuelve|revisa|espera|pide|pulsa|escribe|usa|consulta)\b"
)


class Network:
    """The portal and the path to it: a real sandbox on a fixed port and a real resolver."""

    def __init__(self, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self.monkeypatch = monkeypatch
        self.config = sandbox_config()
        self.portal = SandboxPortal(db, config=self.config).start()
        self.port = self.portal.port
        self.url = f"http://localhost:{self.port}"  # a name, so DNS can fail
        self.down = False

    def inject(self, operation: str, fault: str) -> None:
        faults = self.portal.faults
        half = TEST_INSTALLER_SIZE // 2
        if fault == "refused":
            self.portal.stop()
            self.down = True
        elif fault == "dns":
            real = socket.getaddrinfo

            def no_dns(
                host: bytes | str | None, port: bytes | str | int | None, *args: int
            ) -> _GetAddrInfoResult:
                if host == "localhost":
                    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
                return real(host, port, *args)

            self.monkeypatch.setattr(socket, "getaddrinfo", no_dns)
        elif fault == "timeout":
            faults.latency_seconds = READ_TIMEOUT * 2.5
        elif fault in HOSTILE:
            # a hostile portal: 10 bytes a second, 50 MiB, JSON 100,000 levels deep
            faults.add(Fault(operation, kind=HOSTILE[fault],
                             amount=10 if fault == "drip" else None, count=1000))  # fmt: skip
        else:
            spec = {
                "500": Fault(operation, status=500, count=1000),
                "502_html": Fault(operation, kind="html", status=502, count=1000),
                "503_retry_after": Fault(operation, status=503, retry_after=1, count=1000),
                "429_retry_after": Fault(operation, status=429, retry_after=7, count=1000),
                "invalid_json": Fault(operation, kind="invalid_json", count=1000),
                "missing_field": Fault(operation, kind="missing_field", count=1000),
                "missing_download": Fault(
                    operation, kind="missing_field", field="download", count=1000
                ),
                "401": Fault(operation, status=401, count=1000),
                "drop_after_commit": Fault(operation, kind="drop_after_commit", count=1000),
            }.get(fault) or {  # the file's own faults (built only for the download row)
                "drop_mid_file": lambda: Fault(operation, "drop_after_bytes", amount=half, count=9),
                "corrupt_byte": lambda: Fault(operation, kind="corrupt_byte", count=1000),
                "new_build": lambda: Fault(operation, kind="new_build", amount=half),
                "slow_link": lambda: Fault(operation, kind="rate_limit", amount=half),  # 2 s
            }[fault]()
            faults.add(spec)

    def clear(self) -> None:
        self.monkeypatch.undo()
        if self.down:
            self.portal = SandboxPortal(self.db, port=self.port, config=self.config).start()
            self.down = False
        self.portal.faults.clear()

    def close(self) -> None:
        if not self.down:
            self.portal.stop()

    def serials(self, subscription_id: str) -> list[str]:
        with self.portal.store.reading() as conn:
            rows = conn.execute(
                "SELECT new_serial FROM upgrades WHERE subscription_id = ?", (subscription_id,)
            ).fetchall()
        return [r[0] for r in rows]


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    with pytest.MonkeyPatch.context() as patch:
        net = Network(tmp_path / "portal.sqlite3", patch)
        yield net
        net.clear()
        net.close()


@pytest.fixture
def matrix_wizard(
    qtbot: QtBot, network: Network, tmp_path: Path, memory_keyring: MemoryKeyring, fault: str
) -> Iterator[UpgradeWizard]:
    tasks = TaskRunner()
    deadline = DRIP_CALL_DEADLINE if fault == "drip" else CALL_DEADLINE
    flow = UpgradeFlow(
        lambda: PortalClient(
            network.url, retries=1, backoff_factor=0.01, read_timeout=READ_TIMEOUT,
            call_deadline=deadline,
        )
    )  # fmt: skip
    ctx = UiContext(
        flow=flow,
        tasks=tasks,
        credentials=CredentialStore("matriz"),
        paths=AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                       downloads_dir=tmp_path / "Descargas"),
    )  # fmt: skip
    wizard = UpgradeWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    tasks.wait(15_000)


@dataclass
class Cell:
    """One operation: how to get there, trigger it, see the failure and see success."""

    prepare: Callable[[QtBot, UpgradeWizard, Network], None]
    trigger: Callable[[QtBot, UpgradeWizard], None]
    page: Step
    kept: Callable[[UpgradeWizard], bool]
    succeeded: Callable[[UpgradeWizard], bool]


def _login(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS, timeout=20_000)


def _choose(wizard: UpgradeWizard) -> None:
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    row = page.model.row_of("SUB-1001")
    assert row is not None
    page.table.selectRow(row)


def _to_terms(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    _login(qtbot, wizard)
    _choose(wizard)
    click_next(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled, timeout=20_000)


def _to_confirm(qtbot: QtBot, wizard: UpgradeWizard, net: Network) -> None:
    _to_terms(qtbot, wizard)
    wizard.page_for(Step.TERMS).accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)


def _already_upgraded_elsewhere(qtbot: QtBot, wizard: UpgradeWizard, net: Network) -> None:
    _to_confirm(qtbot, wizard, net)
    other = PortalClient(net.url)
    other.login("demo", DEMO_PASSWORD)
    other.confirm_upgrade("SUB-1001", "2026.2", "otra-sesion-0000000000")
    other.close()


def _typed(wizard: UpgradeWizard) -> bool:
    page = wizard.page_for(Step.LOGIN)
    return page.username.text() == "demo" and page.password.text() == DEMO_PASSWORD


def _chosen(wizard: UpgradeWizard) -> bool:
    selected = wizard.ctx.flow.state.selected
    return selected is not None and selected.id == "SUB-1001"


def _accepted(wizard: UpgradeWizard) -> bool:
    return _chosen(wizard) and wizard.ctx.flow.state.terms_accepted


def _reset(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = wizard.page_for(Step.LOGIN)
    page.forgot.click()
    assert page.forgot_dialog is not None
    page.forgot_dialog.accept()


def _prepare_reset(qtbot: QtBot, wizard: UpgradeWizard, net: Network) -> None:
    wizard.page_for(Step.LOGIN).username.setText("demo")
    wizard.page_for(Step.LOGIN).password.setText(DEMO_PASSWORD)


def _logged_in_and_chosen(qtbot: QtBot, wizard: UpgradeWizard, net: Network) -> None:
    _login(qtbot, wizard)
    _choose(wizard)


def _commit(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    QTest.mouseClick(commit, Qt.MouseButton.LeftButton)


def _to_result(qtbot: QtBot, wizard: UpgradeWizard, net: Network) -> None:
    _to_confirm(qtbot, wizard, net)
    _commit(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)


def _download(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    if wizard.currentId() == int(Step.RESULT):
        result = wizard.page_for(Step.RESULT)
        QTest.mouseClick(result.download_here, Qt.MouseButton.LeftButton)
    else:  # «Reintentar» / «Reanudar»
        QTest.mouseClick(wizard.page_for(Step.DOWNLOAD).start, Qt.MouseButton.LeftButton)


def _receipt_at_hand(wizard: UpgradeWizard) -> bool:
    receipt = wizard.ctx.flow.state.receipt
    page = wizard.page_for(Step.DOWNLOAD)
    return receipt is not None and page.serial.text() == receipt.new_serial


def _verified(wizard: UpgradeWizard) -> bool:
    page = wizard.page_for(Step.DOWNLOAD)
    return wizard.currentId() == int(Step.DOWNLOAD) and page.phase is DownloadPhase.VERIFIED


CELLS: dict[str, Cell] = {
    "login": Cell(
        prepare=_prepare_reset,
        trigger=lambda qtbot, w: click_next(qtbot, w),
        page=Step.LOGIN,
        kept=_typed,
        succeeded=lambda w: w.currentId() == int(Step.SUBSCRIPTIONS),
    ),
    "request_password_reset": Cell(
        prepare=_prepare_reset,
        trigger=_reset,
        page=Step.LOGIN,
        kept=_typed,
        succeeded=lambda w: w.page_for(Step.LOGIN).message.kind == "info",
    ),
    "list_subscriptions": Cell(
        prepare=_logged_in_and_chosen,
        trigger=lambda qtbot, w: QTest.mouseClick(
            w.page_for(Step.SUBSCRIPTIONS).refresh, Qt.MouseButton.LeftButton
        ),
        page=Step.SUBSCRIPTIONS,
        kept=_chosen,
        succeeded=lambda w: (
            not w.page_for(Step.SUBSCRIPTIONS).busy
            and w.page_for(Step.SUBSCRIPTIONS).message.kind == ""
        ),
    ),
    "get_upgrade_offer": Cell(
        prepare=_logged_in_and_chosen,
        trigger=lambda qtbot, w: click_next(qtbot, w),
        page=Step.TERMS,
        kept=_chosen,
        succeeded=lambda w: w.page_for(Step.TERMS).accept_box.isEnabled(),
    ),
    "confirm_upgrade": Cell(
        prepare=_to_confirm,
        trigger=_commit,
        page=Step.CONFIRM,
        kept=_accepted,
        succeeded=lambda w: w.currentId() == int(Step.RESULT),
    ),
    "get_upgrade": Cell(
        prepare=_already_upgraded_elsewhere,
        trigger=_commit,
        page=Step.CONFIRM,
        kept=_accepted,
        succeeded=lambda w: w.currentId() == int(Step.RESULT),
    ),
    "download_installer": Cell(
        prepare=_to_result,
        trigger=_download,
        page=Step.DOWNLOAD,
        kept=_receipt_at_hand,
        succeeded=_verified,
    ),
}


def _retry(qtbot: QtBot, wizard: UpgradeWizard, operation: str, cell: Cell) -> None:
    """What the user does after the fault clears: the same action again."""
    page = wizard.page_for(cell.page)
    if page.reauth is not None and page.reauth.isVisible():
        page.reauth.password.setText(DEMO_PASSWORD)
        QTest.mouseClick(page.reauth.ok, Qt.MouseButton.LeftButton)
    elif operation == "get_upgrade_offer":
        terms = wizard.page_for(Step.TERMS)
        QTest.mouseClick(terms.retry, Qt.MouseButton.LeftButton)
    else:
        cell.trigger(qtbot, wizard)


def _recovers(qtbot: QtBot, wizard: UpgradeWizard, network: Network, fault: str) -> None:
    """A download fault the wizard gets over by itself (or by Pausar and Reanudar)."""
    page = wizard.page_for(Step.DOWNLOAD)
    if fault == "slow_link":  # speed and time left are shown; pause, then resume
        qtbot.waitUntil(lambda: "/s" in page.figures.text() and "quedan" in page.figures.text(),
                        timeout=10_000)  # fmt: skip
        QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=10_000)
        assert page.start.text().replace("&", "") == "Reanudar"
        network.clear()
        QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _verified(wizard), timeout=30_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    served = bytes_served(network.portal, receipt.upgrade_id)
    size = TEST_INSTALLER_SIZE
    if fault == "new_build":  # the half of the old build, then all of the new one
        assert served == size // 2 + size
        assert "el portal publicó una versión más reciente" in page.message.text()
    else:  # a resume fetches the rest only
        assert size <= served <= size + CHUNK
    assert page.verified_title.isVisible()


def _serial_without_descriptor(
    qtbot: QtBot, wizard: UpgradeWizard, network: Network, before: int
) -> None:
    """The portal committed; its receipt lacks the installer descriptor: the serial is the
    outcome (shown, filed, one of it), the download is the page link's."""
    wait_page(qtbot, wizard, Step.RESULT, timeout=30_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and receipt.download is None
    serials = network.serials("SUB-1001")
    assert len(serials) == 1 and len(serials) >= before
    assert wizard.page_for(Step.RESULT).serial.text() == serials[0]
    assert wizard.ctx.flow.outcome().new_serial == serials[0]
    _download(qtbot, wizard)
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    page = wizard.page_for(Step.DOWNLOAD)
    assert page.phase is DownloadPhase.UNAVAILABLE and page.open_download.isVisible()
    text = page.unavailable_text.text()
    assert receipt.download_url in text and "Descarga el instalador desde la página" in text
    assert bytes_served(network.portal, receipt.upgrade_id) == 0


@pytest.mark.parametrize(("operation", "fault"), MATRIX)
def test_fault(
    qtbot: QtBot, matrix_wizard: UpgradeWizard, network: Network, operation: str, fault: str
) -> None:
    wizard = matrix_wizard
    cell = CELLS[operation]
    cell.prepare(qtbot, wizard, network)
    before = len(network.serials("SUB-1001"))
    network.inject(operation, fault)
    cell.trigger(qtbot, wizard)
    if fault in RECOVERS:
        _recovers(qtbot, wizard, network, fault)
        return
    if fault == "missing_download":
        _serial_without_descriptor(qtbot, wizard, network, before)
        return

    page = wizard.page_for(cell.page)
    reauth = page.reauth

    def failure_shown() -> bool:
        if reauth is None and page.reauth is not None and page.reauth.isVisible():
            return True  # 401 on a logged-in call: the password is asked for again
        return not page.busy and page.message.kind == "error"

    qtbot.waitUntil(failure_shown, timeout=30_000)
    assert wizard.currentId() == int(cell.page)
    assert cell.kept(wizard)
    # A fault is a known failure with its own sentence, never «Ocurrió un error inesperado»
    # (deeply nested JSON once raised a RecursionError: the crash report).
    assert wizard.last_error_dialog is None
    assert isinstance(wizard.ctx.flow.state.last_error, PortalError | FlowProblem | None)
    if page.message.kind == "error":
        text = page.message.text()
        assert text.strip() and "Traceback" not in text
        # Spanish, and it says what to do next.
        assert NEXT_STEP.search(text), text
    assert wizard.isVisible()

    network.clear()
    _retry(qtbot, wizard, operation, cell)
    qtbot.waitUntil(lambda: cell.succeeded(wizard), timeout=30_000)
    if operation in ("confirm_upgrade", "get_upgrade"):
        serials = network.serials("SUB-1001")
        assert len(serials) == 1 and len(serials) >= before
        assert wizard.page_for(Step.RESULT).serial.text() == serials[0]
