"""Page 6, the installer: download with progress, pause and resume, verify, then run it.

The transfer runs on the TaskRunner's pool (``flow/download.py`` decides everything about
it); progress comes back by a queued signal at most four times a second. The step's state
is the flow's (``flow/download_step.py``: an enum and its transitions); this page renders
it and forwards the user's intents. «Pausar» stops the transfer and keeps the partial
file, so «Reanudar» continues where it stopped, in this run or the next; «Cancelar
descarga» asks, then removes it.

Before «Ejecutar instalador» runs anything it looks again at this PC, off the GUI thread:
whether the old version's program is open, the installer's name (an ``.exe`` or ``.msi``
with nothing hidden) and, on Windows, its Authenticode signature against the expected
publisher (a deployment setting); the flow says what that look means. What the page says
about the file names what was checked. A receipt without a usable descriptor leaves only
the page link.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...flow.download import (
    DownloadResult,
    Progress,
    installer_paths,
    left_from_before,
    still_verified,
)
from ...flow.download_step import (
    Arrival,
    CancelAnswer,
    Ended,
    InstallerLook,
    RunVerdict,
    run_offered,
    run_verdict,
    running_in,
    signature_trust,
)
from ...flow.guidance import Guidance, guidance_for
from ...flow.state import DownloadPhase
from ...flow.steps import Step
from ...flow.wording import common, fields
from ...flow.wording import download as words
from ...flow.wording.common import cancel_button
from ...flow.wording.errors import browser_not_opened
from ...host.installed import InstalledSystem
from ...host.paths import AppPaths, default_paths
from ...host.trust import Signature, is_installer_name
from ...portal.models import InstallerFile, UpgradeReceipt
from ..context import UiContext
from ..plain import clean, plain
from ..tasks import Task
from ..widgets import copy_button, numbered_list, vertical_scroll
from .base import FlowPage

log = logging.getLogger("aspel_upgrade.ui")

BOLD_BUTTON = "QPushButton { font-weight: bold; padding: 4px 12px; }"


class _Relay(QObject):
    """Carries progress from the worker to the GUI thread (a queued connection)."""

    progress = Signal(object)


class DownloadPage(FlowPage):
    step = Step.DOWNLOAD

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setFinalPage(True)
        self.signature: Signature | None = None  # of the verified file, once checked
        self.install_elsewhere = False  # the data is elsewhere: «Abrir carpeta» first
        self._continuing = ""  # «Continuando…» while it is true
        self.running_prompt: QMessageBox | None = None
        self.running_closed: QAbstractButton | None = None  # the prompt's three answers
        self.running_anyway: QAbstractButton | None = None
        self.running_cancel: QAbstractButton | None = None
        self.cancel_prompt: QMessageBox | None = None
        self.cancel_discard: QAbstractButton | None = None
        self.cancel_keep: QAbstractButton | None = None
        self.look_task: Task | None = None
        self.scan_task: Task | None = None
        self.signature_task: Task | None = None
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._finish_hooked = False

        scroll, body, layout = vertical_scroll(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it

        # Where the file goes: a field, so the path can be selected and copied whole.
        self.where_caption = plain(QLabel(words.path_caption(saved=False), body))
        layout.addWidget(self.where_caption)
        self.where = self._field(body, words.path_name())
        self.where_caption.setBuddy(self.where)
        layout.addWidget(self.where)

        # A receipt without a usable installer descriptor: only the page link is left.
        self.unavailable = QWidget(body)
        gone = QVBoxLayout(self.unavailable)
        gone.setContentsMargins(0, 0, 0, 4)
        self.unavailable_text = plain(QLabel(self.unavailable))
        self.unavailable_text.setWordWrap(True)
        self.unavailable_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        gone.addWidget(self.unavailable_text)
        link_row = QHBoxLayout()
        self.open_download = QPushButton(words.open_download_button(), self.unavailable)
        self.open_download.setAutoDefault(False)
        self.open_download.setAccessibleName(words.open_download_name())
        self.open_download.setStyleSheet(BOLD_BUTTON)
        self.open_download.clicked.connect(self.open_download_page)
        link_row.addWidget(self.open_download)
        link_row.addStretch(1)
        gone.addLayout(link_row)
        layout.addWidget(self.unavailable)
        self.unavailable.hide()

        # Where to install it (this PC or the Servidor), from a fresh look at this PC.
        self.install_where = plain(QLabel(body))
        self.install_where.setWordWrap(True)
        self.install_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.install_where)

        self.bar = QProgressBar(body)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(words.progress_name())
        layout.addWidget(self.bar)
        self.figures = plain(QLabel(body))  # its own text is its name: the figures are read
        self.figures.setAccessibleDescription(words.progress_name())
        layout.addWidget(self.figures)

        buttons = QHBoxLayout()
        self.start = QPushButton(body)
        self.pause = QPushButton(words.pause_button(), body)
        self.cancel = QPushButton(words.cancel_button(), body)
        for button in (self.start, self.pause, self.cancel):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start.clicked.connect(self.begin)
        self.pause.clicked.connect(lambda: self.stop(cancel=False))
        self.cancel.clicked.connect(self.ask_cancel)

        # Shown once verified: what was checked, the file, and what comes next.
        self.verified = QWidget(body)
        done = QVBoxLayout(self.verified)
        done.setContentsMargins(0, 8, 0, 0)
        self.verified_title = plain(QLabel(words.verified_title(), self.verified))
        bold = QFont(self.verified_title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.verified_title.setFont(bold)
        self.verified_title.setStyleSheet("color:#1e4620;")
        done.addWidget(self.verified_title)
        self.checked = plain(QLabel(self.verified))
        self.checked.setWordWrap(True)
        done.addWidget(self.checked)
        self.signed = plain(QLabel(self.verified))
        self.signed.setWordWrap(True)
        self.signed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        done.addWidget(self.signed)
        hash_caption = plain(QLabel(words.hash_caption(), self.verified))
        done.addWidget(hash_caption)
        hash_row = QHBoxLayout()
        self.hash = self._field(self.verified, words.hash_name())
        mono = QFont(self.hash.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.hash.setFont(mono)
        hash_caption.setBuddy(self.hash)
        hash_row.addWidget(self.hash, 1)
        self.copy_hash = copy_button(
            words.copy_hash_button(), lambda: self.hash.text(), self.verified,
            words.copy_hash_name(),
        )  # fmt: skip
        hash_row.addWidget(self.copy_hash)
        done.addLayout(hash_row)
        actions = QHBoxLayout()
        self.run_installer = QPushButton(words.run_button(), self.verified)
        self.open_folder = QPushButton(words.open_folder_button(), self.verified)
        for button in (self.run_installer, self.open_folder):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        done.addLayout(actions)
        self.run_installer.clicked.connect(self.start_installer)
        self.open_folder.clicked.connect(self.show_folder)
        self.next_steps = QLabel(self.verified)
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)  # our list; values escaped
        done.addWidget(self.next_steps)
        layout.addWidget(self.verified)
        self.verified.hide()

        # What the activation assistant will ask for stays at hand on this page too.
        # Caption above value, button beside it: at 150 % it wraps, never scrolls sideways.
        keep = QGridLayout()
        keep.setContentsMargins(0, 8, 0, 0)
        self.serial = plain(QLabel(body))
        self.razon = plain(QLabel(body))
        for row, (caption, value, button) in enumerate([
            (fields.new_serial(), self.serial, copy_button(
                words.copy_serial_button(), lambda: clean(self._receipt().new_serial), body,
                words.copy_serial_name())),
            (fields.razon_social(), self.razon, copy_button(
                common.copy_razon_button(), lambda: clean(self._receipt().razon_social),
                body)),
        ]):  # fmt: skip
            value.setProperty("portalData", True)
            plain(value)  # the portal's data: never rich text
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleDescription(caption)  # its name is its value
            keep.addWidget(plain(QLabel(fields.label(caption), body)), 2 * row, 0, 1, 2)
            keep.addWidget(value, 2 * row + 1, 0)
            keep.addWidget(button, 2 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
        keep.setColumnStretch(0, 1)
        layout.addLayout(keep)
        layout.addStretch(1)
        self.outer.addWidget(scroll, 1)
        self.add_status_rows()
        self._update_buttons()

    @staticmethod
    def _field(parent: QWidget, name: str) -> QLineEdit:
        """A read-only one-line value: selectable and copyable whole (Ctrl+A, Ctrl+C)."""
        field = QLineEdit(parent)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setProperty("portalData", True)
        return field

    # ---- what it works on -------------------------------------------------------------
    @property
    def phase(self) -> DownloadPhase:
        """The step's state, as the flow holds it (read-only here)."""
        return self.ctx.flow.download.phase

    @property
    def result(self) -> DownloadResult | None:
        """How the last attempt ended (the flow's)."""
        return self.ctx.flow.download.result

    @property
    def downloading(self) -> bool:
        """Read-only, for the wizard: a transfer is under way."""
        return self.ctx.flow.download.downloading

    def _receipt(self) -> UpgradeReceipt:
        receipt = self.ctx.flow.state.receipt
        assert receipt is not None
        return receipt

    def _file(self) -> InstallerFile:
        file = self._receipt().download
        assert file is not None  # the page shows only the page link without it
        return file

    def _paths(self) -> AppPaths:
        if self.ctx.paths is not None:
            return self.ctx.paths

        return default_paths()

    def _folder(self) -> Path:
        return self._paths().downloads

    def _state_dir(self) -> Path:
        return self._paths().state_dir

    # ---- page life --------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        r = self._receipt()
        if not self._finish_hooked:
            self.wizard().finished.connect(lambda _code: self._stop.set())
            self._finish_hooked = True
        self.serial.setText(clean(r.new_serial))
        self.razon.setText(clean(r.razon_social))
        self._show_where(self._guidance())
        self._look_at_this_pc()  # where the data is, as it is now
        arrival = self.ctx.flow.download.arrive(r)
        if arrival is Arrival.UNAVAILABLE:
            self._show_unavailable()
            return
        assert r.download is not None
        self.setSubTitle(words.subtitle(r.system, r.to_version, r.download.size))
        result = self.result
        if arrival is Arrival.VERIFIED and result is not None:
            self._show_path(result.path, saved=True)
            self._check_signature(result.path)  # said again only once looked at again
            return
        final, _part = installer_paths(self._folder(), r.upgrade_id, r.download)
        self._show_path(final, saved=False)
        self._show_bytes(self._on_disk(), r.download.size)
        self.begin()  # the user asked for it on the previous page

    def _show_unavailable(self) -> None:
        """No usable descriptor: the serial stands; the download is the page link's."""
        r = self._receipt()
        self.setSubTitle(words.unavailable_subtitle(r.system, r.to_version))
        for widget in (self.where_caption, self.where, self.bar, self.figures):
            widget.hide()
        self.verified.hide()
        self.unavailable_text.setText(words.unavailable(r.download_url))
        self.unavailable.show()
        self._update_buttons()
        self.open_download.setFocus()

    def open_download_page(self) -> None:
        url = self._receipt().download_url
        if not self.ctx.open_url(url):
            self.message.show_message("error", browser_not_opened(url))

    def _on_disk(self) -> int:
        """Bytes of a download left from before (this run or an earlier one)."""
        r = self._receipt()
        return left_from_before(self._folder(), self._state_dir(), r.upgrade_id, self._file())

    def leave(self) -> None:
        self._stop.set()  # paused, never cancelled (flow: DownloadStep.left)
        for task in (self.look_task, self.scan_task, self.signature_task):
            if task is not None:
                task.cancel()  # an answer for a page no longer shown is dropped
        self.look_task = self.scan_task = self.signature_task = None
        self._enable_run()
        if self.message.text() == words.looking():
            self.message.clear_message()  # «Comprobando…» would never be answered
        super().leave()
        self.ctx.flow.download.left()
        self._update_buttons()

    # ---- the transfer -----------------------------------------------------------------
    def begin(self) -> None:
        """Start, resume or retry: the flow decides which from what is on disk."""
        if not self.ctx.flow.download.start():
            return
        r, file = self._receipt(), self._file()
        self.message.clear_message()
        self.verified.hide()
        self.bar.show()
        self.figures.show()
        before = self._on_disk()
        if before:
            self._continuing = words.continuing(before)
            self.message.show_message("info", self._continuing)
        self._stop = threading.Event()
        stop = self._stop
        relay = self._relay
        flow, folder, state_dir = self.ctx.flow, self._folder(), self._state_dir()
        free_space = self.ctx.free_space
        mark = self.ctx.mark_downloaded

        def work() -> DownloadResult:
            # A session and its TLS context are set up here, off the GUI thread too.
            download = flow.installer_download(folder, state_dir, free_space=free_space)
            result = download.run(
                r.upgrade_id, file, on_progress=relay.progress.emit, should_stop=stop.is_set
            )
            if result.verified:  # as a browser marks what it downloads
                mark(result.path, r.download_url, file.url)
            return result

        self.task = self.ctx.tasks.run(work, self._done, self._failed)
        self._update_buttons()
        self.completeChanged.emit()

    def stop(self, *, cancel: bool) -> None:
        """«Pausar» (what arrived stays for a resume) or a confirmed cancel (removed)."""
        self.ctx.flow.download.stop(cancel=cancel)
        self._stop.set()

    def ask_cancel(self) -> None:
        """«Cancelar descarga»: removes the partial file, so it asks first (default: no)."""
        question = words.cancel_question()
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self
        )
        box.setInformativeText(words.cancel_explained())
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_discard = box.addButton(
            words.cancel_discard_button(), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_keep = box.addButton(
            words.cancel_keep_button(running=self.downloading), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.cancel_keep)  # Enter keeps what was downloaded
        box.setEscapeButton(self.cancel_keep)
        box.buttonClicked.connect(self._cancel_answered)
        self.cancel_prompt = box
        box.open()

    def _cancel_answered(self, button: QAbstractButton) -> None:
        if button is not self.cancel_discard:
            return
        answer = self.ctx.flow.download.cancel_chosen()
        if answer is CancelAnswer.STOP_THEN_DISCARD:
            self._stop.set()  # the transfer stops, then _done removes the part
        elif answer is CancelAnswer.DISCARD:
            self._discard()

    def _discard(self) -> None:
        """Remove the partial file and its record (on a worker: it is disk work)."""
        r, file = self._receipt(), self._file()
        flow, folder, state_dir = self.ctx.flow, self._folder(), self._state_dir()
        part = installer_paths(folder, r.upgrade_id, file)[1]

        def work() -> OSError | bool:
            try:
                return flow.installer_download(folder, state_dir).discard(r.upgrade_id, file)
            except OSError as exc:  # e.g. held open by an antivirus: said, not a crash
                log.warning("Could not remove %s: %s", part, exc)
                return exc

        def removed(answer: OSError | bool) -> None:
            self.task = None
            said = flow.download.discarded(answer)
            self._show_bytes(self._on_disk(), file.size)
            kind = "info" if self.phase is DownloadPhase.CANCELLED else "error"
            self.message.show_message(kind, words.discarded(said, part))
            self._update_buttons()
            self.completeChanged.emit()

        flow.download.discarding()
        self.task = self.ctx.tasks.run(work, removed, self._failed)
        self._update_buttons()

    def _show_progress(self, progress: object) -> None:
        if not self.downloading or not isinstance(progress, Progress):
            return
        self._show_bytes(progress.done, progress.total, progress)

    def _show_bytes(self, done: int, total: int, progress: Progress | None = None) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 0)
        if progress is None:
            self.figures.setText(words.figures(done, total))
            return
        self.figures.setText(
            words.figures(
                done, total, checking=progress.checking, waiting=progress.waiting,
                per_second=progress.bytes_per_second, seconds_left=progress.seconds_left,
            )
        )  # fmt: skip
        if progress.waiting and self.message.text() != words.waiting_elsewhere():
            self.message.show_message("info", words.waiting_elsewhere())

    def _done(self, result: DownloadResult) -> None:
        self.task = None
        if self.message.text() in (words.waiting_elsewhere(), self._continuing):
            self.message.clear_message()  # over, whatever came of it: no longer true
        file = self._file()
        ended = self.ctx.flow.download.ended(result)
        if ended is Ended.DISCARD:
            self._discard()
            return
        if ended is Ended.VERIFIED:
            self._show_bytes(result.size, result.size)
            self._show_verified(result)
        elif ended is Ended.PAUSED:
            self._show_bytes(self._on_disk(), file.size)
            self.message.show_message("info", words.paused())
        else:
            self._show_bytes(self._on_disk(), file.size)
            said = words.on_page(result, self._receipt().download_url, kept=self._has_part())
            self.message.show_message("error", said)
            if ended is Ended.LOG_IN_AGAIN:
                self._ask_password_then(self.begin)  # to re-read the receipt, then go on
        self._update_buttons()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.ctx.flow.download.failed(error)
        self.show_error(error)
        self._update_buttons()
        self.completeChanged.emit()

    def _show_verified(self, result: DownloadResult) -> None:
        notes = words.verified_notes(result, self.ctx.flow.require_download)
        if notes:
            self.message.show_message("info", notes)
        self.checked.setText(words.checked(result.size))
        self.hash.setText(result.sha256.upper())  # as Get-FileHash shows it
        self.hash.setCursorPosition(0)
        self._show_path(result.path, saved=True)
        self._check_signature(result.path)
        self.bar.hide()  # the sentence above says the size: the serial stays in view
        self.figures.hide()
        self.verified.show()
        self._show_where(self._guidance())
        self._primary().setFocus()  # as before it was verified: on what comes next

    def _check_signature(self, path: Path) -> None:
        self.signature = None
        self.signed.setText(words.signature_checking())
        check = self.ctx.check_signature
        self.signature_task = self.ctx.tasks.run(
            lambda: check(path), self._signature_checked, self._signature_failed
        )

    def _signature_checked(self, signature: Signature) -> None:
        self.signature_task = None
        self.signature = signature
        self.signed.setText(self._signature_text(signature))
        self._enable_run()
        self._show_where(self._guidance())  # «Abrir carpeta» first when it will not run

    def _signature_failed(self, error: BaseException) -> None:
        self.signature_task = None
        log.warning("Checking the installer's signature failed: %r", error)
        self._signature_checked(Signature("error"))

    def _expected_publisher(self) -> str:
        return self.ctx.settings.expected_publisher

    def _signature_text(self, signature: Signature) -> str:
        expected = self._expected_publisher()
        return words.signature(signature, expected, signature_trust(signature, expected))

    def _update_buttons(self) -> None:
        busy, has_part = self.task is not None, self._has_part()
        shown = self.ctx.flow.download.buttons(busy=busy, has_part=has_part)
        self.start.setVisible(shown.shown)
        self.start.setEnabled(shown.start_enabled)
        self.start.setText(words.start_button(shown.start))
        self.pause.setVisible(shown.shown)
        self.pause.setEnabled(shown.pause_enabled)
        self.cancel.setVisible(shown.shown)
        self.cancel.setEnabled(shown.cancel_enabled)

    def _has_part(self) -> bool:
        receipt = self.ctx.flow.state.receipt
        if receipt is None or receipt.download is None:
            return False
        try:
            return self._on_disk() > 0
        except OSError:
            return False

    # ---- this PC: where to install, and whether the old version is open -----------------
    def _guidance(self) -> Guidance:
        r, state = self._receipt(), self.ctx.flow.state
        return guidance_for(
            r.system, r.from_version, r.to_version, state.installed,
            elsewhere=state.install_elsewhere,
        )  # fmt: skip

    def _look_at_this_pc(self) -> None:
        """Look again where the data is (cheap, on a worker) before saying where to install."""
        if self.scan_task is not None and self.scan_task.running:
            return
        self.scan_task = self.ctx.tasks.run(self.ctx.find_installed, self._scanned, self._no_scan)

    def _scanned(self, found: tuple[InstalledSystem, ...]) -> None:
        self.scan_task = None
        self.ctx.flow.found_installed(found)
        self._show_where(self._guidance())

    def _no_scan(self, error: BaseException) -> None:
        self.scan_task = None
        log.warning("Looking for installed Aspel systems failed: %r", error)

    def _show_where(self, g: Guidance) -> None:
        """Where to install: here when the data is here, else copy it to the Servidor."""
        self.install_elsewhere = g.install_elsewhere
        self.install_where.setText(words.install_where(g))
        primary = self._primary()
        other = self.run_installer if primary is self.open_folder else self.open_folder
        primary.setStyleSheet(BOLD_BUTTON)
        other.setStyleSheet("")
        steps = words.steps(g, runnable=self._run_offered())
        self.next_steps.setText(numbered_list(words.steps_title(), steps))
        if self.verified.isVisible() and not self.running_prompt_open():
            focused = self.focusWidget()
            if focused is None or focused in (self.run_installer, self.open_folder):
                primary.setFocus()  # the look changed where to install: follow it

    def _primary(self) -> QPushButton:
        """«Abrir carpeta» when the data is elsewhere (copy it there) or the installer is
        not one to run (flow: ``run_offered``), else «Ejecutar»."""
        if self.install_elsewhere or not self._run_offered():
            return self.open_folder
        return self.run_installer

    def _run_offered(self) -> bool:
        return run_offered(self.signature, self._expected_publisher())

    def _enable_run(self) -> None:
        self.run_installer.setEnabled(self._run_offered())

    def running_prompt_open(self) -> bool:
        return self.running_prompt is not None and self.running_prompt.isVisible()

    # ---- after verification: running the installer -------------------------------------
    def start_installer(self) -> None:
        """Look at this PC and the file again (a worker), then run it or say why not."""
        self._look_then(self._act_on_look)

    def _look_then(self, then: Callable[[InstallerLook], None]) -> None:
        if self.look_task is not None and self.look_task.running:
            return
        result = self.result
        assert result is not None
        r, path = self._receipt(), result.path
        verified_size, verified_sha256 = result.size, result.sha256
        ctx = self.ctx

        def look() -> InstallerLook:
            installed: tuple[InstalledSystem, ...] | None = None
            if ctx.is_old_version_running is not None:  # a test describes this PC
                running = ctx.is_old_version_running(r.system, r.from_version)
            else:
                installed = ctx.find_installed()
                running = running_in(installed, r.system, r.from_version)
            name_ok = (
                is_installer_name(path.name)
                and path.is_file()
                and still_verified(path, verified_size, verified_sha256)
            )
            signature = ctx.check_signature(path) if name_ok else Signature("error")
            return InstallerLook(running, installed, name_ok, signature)

        def looked(seen: InstallerLook) -> None:
            self.look_task = None
            self._enable_run()
            self.message.clear_message()
            if seen.installed is not None:
                self.ctx.flow.found_installed(seen.installed)
                self._show_where(self._guidance())
            then(seen)

        def failed(error: BaseException) -> None:
            self.look_task = None
            self._enable_run()
            log.warning("Could not look at the installer before running it: %r", error)
            self.message.show_message("error", words.look_failed())

        self.run_installer.setEnabled(False)
        self.message.show_message("info", words.looking())
        self.look_task = self.ctx.tasks.run(look, looked, failed)

    def _act_on_look(self, seen: InstallerLook) -> None:
        r = self._receipt()
        verdict = run_verdict(seen, self._expected_publisher())
        if verdict is RunVerdict.NO_LONGER_VERIFIED:
            # Gone, moved or changed since it was verified: «Verificado» is no longer true.
            name = self.result.path.name if self.result is not None else ""
            self.ctx.flow.download.no_longer_verified()
            self.verified.hide()
            self._update_buttons()
            self.completeChanged.emit()
            self.message.show_message("error", words.no_longer_verified(name))
            self.start.setFocus()
            return
        self.signature = seen.signature
        self.signed.setText(self._signature_text(seen.signature))
        self._enable_run()
        if verdict is RunVerdict.UNTRUSTED:
            self._show_where(self._guidance())
            self.message.show_message(
                "error", words.untrusted(seen.signature, self._expected_publisher())
            )
            return
        if verdict is RunVerdict.OLD_VERSION_OPEN:
            self._warn_running(again=False)
            return
        log.info("Starting the installer for %s %s", r.system, r.to_version)
        self._launch()

    def _warn_running(self, *, again: bool) -> None:
        """The old version is open: «Ya lo cerré, continuar» (the default) looks again."""
        r = self._receipt()
        old, new = f"{r.system} {r.from_version}", f"{r.system} {r.to_version}"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            words.old_version_open_title(old),
            words.old_version_open(old, new, again=again),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.running_closed = box.addButton(
            words.closed_it_button(), QMessageBox.ButtonRole.AcceptRole
        )
        self.running_anyway = box.addButton(
            words.run_anyway_button(), QMessageBox.ButtonRole.DestructiveRole
        )
        self.running_cancel = box.addButton(cancel_button(), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.running_closed)  # Enter never runs it against the advice
        box.setEscapeButton(self.running_cancel)
        box.buttonClicked.connect(self._running_answered)
        self.running_prompt = box
        box.open()

    def _running_answered(self, button: QAbstractButton) -> None:
        if button is self.running_closed:
            self._look_then(self._after_closing)
        elif button is self.running_anyway:
            log.info("The user runs the installer with the old version open")
            self._launch()

    def _after_closing(self, seen: InstallerLook) -> None:
        """The user says it is closed: run it if it is, else say it is still open."""
        if run_verdict(seen, self._expected_publisher()) is RunVerdict.OLD_VERSION_OPEN:
            self._warn_running(again=True)
        else:
            self._act_on_look(seen)

    def _launch(self) -> None:
        result = self.result
        assert result is not None
        r = self._receipt()
        if not is_installer_name(result.path.name):  # never anything but an installer
            log.warning("Refusing to start %r: not an installer name", result.path.name)
            return
        if self.ctx.start_installer(result.path):
            self.message.show_message(
                "success", words.launched(r.system, r.to_version, r.new_serial, r.razon_social)
            )
        else:
            self.message.show_message("error", words.not_launched(result.path))

    def show_folder(self) -> None:
        folder = self.result.path.parent if self.result is not None else self._folder()
        if not self.ctx.open_url(QUrl.fromLocalFile(str(folder)).toString()):
            self.message.show_message("error", words.folder_not_opened(folder))

    # ---- formatting -------------------------------------------------------------------
    def _show_path(self, path: Path, *, saved: bool) -> None:
        self.where_caption.setText(words.path_caption(saved))
        self.where.setText(str(path))
        self.where.setCursorPosition(0)
        self.where.setToolTip(str(path))
