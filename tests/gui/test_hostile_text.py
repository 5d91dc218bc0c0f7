"""A portal that answers with crafted values (issue 18 G1): markup and bidi controls in every
portal string the wizard shows, put in the sandbox's own SQLite store (what a compromised
portal or a TLS-inspecting proxy would send), through every page and message box.

No label, box or tooltip renders them as rich text, no file is opened (an ``<img>`` made Qt
open files on the GUI thread: watched with Linux's inotify on the folder the images point
at), and the values a user copies or types carry no invisible characters.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import struct
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.pending import PendingStore, PendingUpgrade
from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, wait_page

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's"),
]

RLO, ZWSP, LRI, PDI = "\u202e", "\u200b", "\u2066", "\u2069"
IN_OPEN, IN_ACCESS, IN_NONBLOCK = 0x20, 0x01, 0o4000


class OpenWatch:
    """Which files in a folder were opened or read, from the kernel (inotify)."""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(IN_NONBLOCK)
        assert self.fd >= 0, os.strerror(ctypes.get_errno())
        watch = libc.inotify_add_watch(self.fd, str(folder).encode(), IN_OPEN | IN_ACCESS)
        assert watch >= 0, os.strerror(ctypes.get_errno())

    def opened(self) -> list[str]:
        names: list[str] = []
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return names
        offset = 0
        while offset < len(data):
            _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
            name = data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode()
            names.append(name)
            offset += 16 + length
        return names

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def probe(tmp_path: Path) -> Iterator[tuple[Path, OpenWatch]]:
    folder = tmp_path / "sonda"
    folder.mkdir()
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
    for name in ("razon", "correo", "serie", "version", "enlace", "anterior", "pendiente"):
        (folder / f"{name}.png").write_bytes(png)
    watch = OpenWatch(folder)
    assert watch.opened() == []
    (folder / "razon.png").read_bytes()  # the watch sees an open when there is one
    assert "razon.png" in watch.opened()
    yield folder, watch
    watch.close()


def hostile(folder: Path, name: str) -> str:
    """Markup that opens a file if rendered, a styled span, and bidi and zero-width marks."""
    return (
        f'<img src="{folder}/{name}.png"><span style="color:#fff">OCULTO</span>'
        f"{RLO}exe.bat{ZWSP}{LRI}x{PDI}"
    )


def seed_hostile_portal(sandbox: SandboxPortal, folder: Path) -> None:
    """What a compromised portal would send, written where the sandbox keeps its data."""
    with sandbox.store.transaction() as conn:
        conn.execute(
            "UPDATE accounts SET razon_social = ?, email = ? WHERE username = 'demo'",
            ("ACME " + hostile(folder, "razon"), "c@" + hostile(folder, "correo")),
        )
        conn.execute(
            "UPDATE subscriptions SET version = ?, serial = ? WHERE id = 'SUB-1001'",
            ("7.0" + hostile(folder, "version"), "SKSNWR" + hostile(folder, "anterior")),
        )


def upgraded_hostile(sandbox: SandboxPortal, folder: Path) -> None:
    """The receipt of that upgrade, as the portal sends it later (GET /v1/upgrades/…)."""
    with sandbox.store.transaction() as conn:
        conn.execute(
            "UPDATE upgrades SET new_serial = ?, notified_email_masked = ?, download_path = ?"
            " WHERE subscription_id = 'SUB-1001'",
            ("K7QM-" + hostile(folder, "serie"), "c***@" + hostile(folder, "correo"),
             "/descargas/" + hostile(folder, "enlace").replace(" ", "")),
        )  # fmt: skip


def _raw_markup(text: str) -> bool:
    return "<img" in text or "<span" in text


PROBLEMS: list[str] = []  # what the walk found; asserted empty at the end


def check_nothing_rich(where: str, widgets: list[QWidget]) -> int:
    """No label or box reads the crafted values as rich text; tooltips are escaped."""
    seen = 0
    for widget in widgets:
        if isinstance(widget, QLabel | QMessageBox) and _raw_markup(widget.text()):
            if widget.textFormat() != Qt.TextFormat.PlainText:
                PROBLEMS.append(f"{where}: {widget!r} renders «{widget.text()[:50]}…» as rich")
            seen += 1
        if _raw_markup(widget.toolTip()):
            PROBLEMS.append(f"{where}: the tooltip of {widget!r}")
    return seen


def check_page(wizard: UpgradeWizard) -> int:
    step = Step(wizard.currentId())
    if Qt.TextFormat.PlainText not in (wizard.subTitleFormat(), wizard.titleFormat()):
        PROBLEMS.append(f"{step.name}: the title and subtitle may be rich text")
    widgets = [w for w in wizard.currentPage().findChildren(QWidget) if w.isVisible()]
    return check_nothing_rich(step.name, widgets)


def check_box(where: str, box: QMessageBox | None) -> int:
    assert box is not None and box.isVisible(), where
    return check_nothing_rich(where, [box, *box.findChildren(QWidget)])


def invisible(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cf", "Cc")]


def test_crafted_portal_text_is_shown_as_text_and_opens_nothing(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal,
    probe: tuple[Path, OpenWatch], tmp_path: Path,
) -> None:  # fmt: skip
    folder, watch = probe
    PROBLEMS.clear()
    seed_hostile_portal(sandbox, folder)
    shown = 0
    # 1. The upgrade: the table, the terms, the confirmation, «¡Listo!».
    first = make_wizard()
    log_in(qtbot, first)
    shown += check_page(first)
    choose(qtbot, first, "SKSNWR" + hostile(folder, "anterior"))
    click_next(qtbot, first)
    wait_page(qtbot, first, Step.TERMS)
    terms = first.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled)
    shown += check_page(first)
    terms.accept_box.setChecked(True)
    click_next(qtbot, first)
    wait_page(qtbot, first, Step.CONFIRM)
    shown += check_page(first)
    click_next(qtbot, first)
    wait_page(qtbot, first, Step.RESULT)
    shown += check_page(first)
    first.reject()  # «¿Cerrar el asistente?» names the serial and the e-mail
    shown += check_box("¿Cerrar?", first.close_prompt)
    assert first.close_prompt is not None
    first.close_prompt.accept()

    # 2. The same upgrade's receipt, read back later: the crafted serial, e-mail and link.
    upgraded_hostile(sandbox, folder)
    second = make_wizard()
    log_in(qtbot, second)
    choose(qtbot, second, "SKSNWR" + hostile(folder, "anterior"))
    click_next(qtbot, second)
    wait_page(qtbot, second, Step.RESULT)
    result = second.page_for(Step.RESULT)
    shown += check_page(second)
    receipt = second.ctx.flow.state.receipt
    assert receipt is not None and "<img" in receipt.new_serial  # the portal's crafted value
    for label in (result.serial, result.razon, result.download, result.email):
        assert "<img" in label.text()  # shown as the portal wrote it…
        if invisible(label.text()):  # …without what makes it read as something else
            PROBLEMS.append(f"shown with {invisible(label.text())}: {label.text()!r}")
    for button in (result.copy_serial, result.copy_razon, result.copy_download):
        button.click()
        copied = QGuiApplication.clipboard().text()
        if not copied or invisible(copied):
            PROBLEMS.append(f"«{button.text()}» copies {invisible(copied)}")
    result.download_here.click()
    wait_page(qtbot, second, Step.DOWNLOAD)
    download = second.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: download.phase is DownloadPhase.VERIFIED, timeout=10_000)
    shown += check_page(second)
    second.ctx.is_old_version_running = lambda system, version: True
    download.run_installer.click()
    qtbot.waitUntil(download.running_prompt_open, timeout=10_000)
    shown += check_box("abierto", download.running_prompt)
    assert download.running_prompt is not None
    download.running_prompt.reject()
    second.button(QWizard.WizardButton.BackButton).click()
    wait_page(qtbot, second, Step.RESULT)

    # 3. A pending record on disk (a file: data too) offered at the next start.
    pending = PendingUpgrade(
        second.ctx.flow.portal_url, "demo", "SUB-1002", "k", "t",
        "COI" + hostile(folder, "pendiente"), "9.0" + hostile(folder, "pendiente"), "10.0",
    )  # fmt: skip
    PendingStore(tmp_path / "state" / "pending-upgrades").save(pending)
    third = make_wizard()
    third.offer_resume(third.ctx.flow.load_pending()[0])
    shown += check_box("Actualización pendiente", third.resume_prompt)
    assert third.resume_prompt is not None
    third.resume_prompt.reject()

    # 4. The subscriptions table's cells and tooltips.
    log_in(qtbot, third)
    table = third.page_for(Step.SUBSCRIPTIONS)
    model = table.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if invisible(str(model.data(index) or "")):
                PROBLEMS.append(f"table cell {row},{column}: {model.data(index)!r}")
            if _raw_markup(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")):
                PROBLEMS.append(f"table tooltip {row},{column}")

    QApplication.processEvents()
    opened = sorted({name for name in watch.opened() if name.endswith(".png")})
    assert (opened, PROBLEMS) == ([], []), f"Qt opened {opened}"
    assert shown >= 12, shown


def test_the_pending_record_is_still_read(tmp_path: Path) -> None:
    """(The record written above is a real one: the store reads it back as written.)"""
    store = PendingStore(tmp_path)
    record = PendingUpgrade("u", "demo", "S", "k", "t", "<b>COI</b>", "9.0", "10.0")
    store.save(record)
    assert json.loads(next(tmp_path.glob("*.json")).read_text())["system"] == "<b>COI</b>"
    assert store.load_all() == [record]
