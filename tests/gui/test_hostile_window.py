"""The hostile pass on a real window (issue 18, last item): what it found, each failed
before its fix. The pass itself (Xvfb, xdotool, two copies, a full disk…) is in the
README's «Hostile pass on a real window»; these are its defects, reduced to tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, wait_page

pytestmark = pytest.mark.gui


def _enter(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)


def test_a_doubled_enter_on_the_terms_page_never_sends_the_confirmation(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    # Found with xdotool: Enter, Enter on the terms page (the box ticked) issued the serial:
    # the first reached Confirmación and left the focus on the commit button.
    wizard.activateWindow()
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    terms.accept_box.setChecked(True)
    terms.terms.setFocus()
    _enter(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert QApplication.focusWidget() is not commit, "the commit button has the focus"
    _enter(qtbot, wizard)
    _enter(qtbot, wizard)
    qtbot.wait(500)
    assert wizard.currentId() == int(Step.CONFIRM)
    assert not wizard.page_for(Step.CONFIRM).busy
    assert wizard.ctx.flow.state.receipt is None and not wizard.ctx.flow.state.committed
    assert [m for m in sandbox.service.outbox() if m["kind"] != "password_reset"] == []
    # The commit button still works when chosen: focused, Enter presses it.
    commit.setFocus()
    _enter(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)


def test_a_file_replaced_after_verification_is_not_run_nor_still_called_verified(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    # Found on a real window: the verified installer overwritten by another program (same
    # name), then «Ejecutar instalador»: the other bytes were started, under «Verificado».
    from tests.gui.test_download_page import to_download, verified
    from tests.helpers import to_result

    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    assert page.result is not None
    path = page.result.path
    path.write_bytes(b"MZ otro programa")  # same name, other bytes
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    assert "no se ejecutó" in page.message.text()
    assert not any(u.startswith("ejecutar:") for u in opened_urls)
    # «Verificado» is no longer said of it; the page offers to download it again.
    assert page.phase is not DownloadPhase.VERIFIED
    assert not page.verified.isVisible()
    assert page.start.isVisible() and page.start.isEnabled()
    assert "Descargar" in page.message.text()
    # Downloading again ends with the published file, verified and runnable.
    QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(verified(page), timeout=10_000)
    assert path.stat().st_size == page.result.size
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(u.startswith("ejecutar:") for u in opened_urls), timeout=10_000)


def test_a_download_run_waiting_for_another_window_says_so(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    # Found on a real window: an installer's --download run, started while the wizard
    # downloaded the same installer, waited for it (as it should) but said «Continuando la
    # descarga anterior desde 5.53 MB.» under a moving bar, as if it were downloading.
    from aspel_upgrade.flow.download_records import ResumeStore
    from aspel_upgrade.portal.models import InstallerFile
    from tests.gui.test_download_page import to_download, verified
    from tests.helpers import to_result

    to_result(qtbot, wizard)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and isinstance(receipt.download, InstallerFile)
    wizard.ctx.flow.require_download = True  # --download: wait for the other copy
    paths = wizard.ctx.paths
    assert paths is not None
    final = paths.downloads / receipt.download.file_name
    store = ResumeStore(paths.state_dir)
    import os

    where = os.path.normcase(os.path.abspath(final))
    other = [store.lock(f"upgrade\n{receipt.upgrade_id}"), store.lock(f"file\n{where}")]
    assert all(lock.try_acquire() for lock in other)  # another copy holds them
    try:
        page = to_download(qtbot, wizard)
        qtbot.waitUntil(lambda: "otra ventana" in page.message.text(), timeout=5_000)
        assert page.message.kind == "info"
        assert "Continuando" not in page.message.text()
        assert "otra ventana" in page.figures.text()
    finally:
        for lock in other:
            lock.release()
    qtbot.waitUntil(verified(page), timeout=15_000)
    assert "otra ventana" not in page.message.text()  # the wait is over: not said any more


def test_continuing_is_not_still_said_once_the_download_is_verified(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    # Found on a real window: killed mid-download, started again, «Descargar e instalar…»:
    # «Verificado», and under it still «Continuando la descarga anterior desde 3.88 MB.»
    from aspel_upgrade.sandbox.faults import Fault
    from tests.gui.test_download_page import to_download, verified
    from tests.helpers import to_result
    from tests.helpers_sandbox import TEST_INSTALLER_SIZE

    to_result(qtbot, wizard)
    sandbox.faults.add(
        Fault("download_installer", kind="rate_limit", amount=TEST_INSTALLER_SIZE // 2)
    )
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=10_000)
    QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.phase is DownloadPhase.PAUSED and page.task is None, timeout=10_000
    )
    QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)
    assert "Continuando" in page.message.text()  # true while it continues
    qtbot.waitUntil(verified(page), timeout=10_000)
    assert "Continuando" not in page.message.text()


def test_a_disk_problem_on_the_page_ends_with_its_technical_detail(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    # Found on a real window: the Downloads folder removed mid-download said «…y vuelve a
    # intentarlo. Detalle técnico: [Errno 2] No such file or directory Después pulsa
    # «Reintentar».»: a sentence glued after the system's own words.
    from tests.gui.test_download_page import to_download
    from tests.helpers import to_result

    to_result(qtbot, wizard)
    paths = wizard.ctx.paths
    assert paths is not None and paths.downloads_dir is not None
    paths.downloads_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.downloads_dir.write_text("no soy una carpeta")  # where the folder should be
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    text = page.message.text()
    assert "Detalle técnico:" in text, text
    said, detail = text.split("Detalle técnico:")
    assert "intentarlo" in said or "Reintentar" in said, text  # what to do, before the detail
    assert "Reintentar" not in detail and "Después" not in detail, text


def test_a_download_that_got_nothing_does_not_say_what_arrived_was_kept(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    # Found on a real window: the portal answered 503 from the first request; the page said
    # «Lo que ya se descargó se guardó: al reintentar, la descarga continuará donde se
    # quedó», with nothing downloaded (and nothing on disk).
    from aspel_upgrade.sandbox.faults import Fault
    from tests.gui.test_download_page import to_download
    from tests.helpers import to_result

    to_result(qtbot, wizard)
    sandbox.faults.add(Fault("download_installer", kind="status", status=503, count=20))
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=15_000)
    assert not page._has_part()
    assert "se guardó" not in page.message.text(), page.message.text()
    assert "no está disponible" in page.message.text()


def test_a_corrupt_download_is_worded_as_the_result_file_words_it(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    # Found on a real window with --download and a flipped byte: the page said «El archivo
    # descargado no coincide con el que publicó el portal (pudo dañarse en el camino), así
    # que se borró…», the result file «El instalador descargado no coincide con lo que
    # publicó el portal; se borró.»: one case, two wordings.
    from aspel_upgrade.flow.outcome import outcome_of
    from aspel_upgrade.sandbox.faults import Fault
    from tests.gui.test_download_page import to_download
    from tests.helpers import to_result

    to_result(qtbot, wizard)
    sandbox.faults.add(Fault("download_installer", kind="corrupt_byte"))
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    filed = outcome_of(wizard.ctx.flow.state, require_download=True)
    assert filed.error_code == "download_corrupt" and filed.error_message
    assert page.message.text().startswith(filed.error_message), page.message.text()
    assert "Reintentar" in page.message.text()  # and the page says what to do
