"""Page 6, the installer: download with progress, pause and resume, verify, then run it.

The transfer runs on the TaskRunner's pool (``flow/download.py`` decides everything);
progress comes back by a queued signal at most four times a second. «Pausar» stops the
transfer and keeps the partial file, so «Reanudar» continues where it stopped, in this
run or the next; «Cancelar descarga» asks, then removes it.

Before «Ejecutar instalador» runs anything it looks again at this PC, off the GUI thread:
whether the old version's program is open, the installer's name (an ``.exe`` or ``.msi``
with nothing hidden) and, on Windows, its Authenticode signature against the expected
publisher (a deployment setting). What the page says about the file names what was
checked: the size and hash «coinciden con lo que publicó el portal», the signature names
its publisher. A receipt without a usable descriptor leaves only the page link.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal
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

from ...flow import messages
from ...flow.download import (
    DownloadResult,
    Progress,
    Status,
    for_flow,
    installer_paths,
    left_from_before,
    still_verified,
)
from ...flow.guidance import Guidance, Where, guidance_for
from ...flow.messages import describe
from ...flow.problems import DiskProblem
from ...host.paths import AppPaths
from ...host.trust import Signature, is_installer_name
from ...portal import errors as e
from ...portal.models import InstallerFile, UpgradeReceipt
from ..context import UiContext
from ..plain import clean, plain
from ..widgets import copy_button, vertical_scroll
from .base import FlowPage

if TYPE_CHECKING:
    from ...host.installed import InstalledSystem
    from ..tasks import Task

log = logging.getLogger("aspel_upgrade.ui")

MIB = 1024 * 1024
KIB = 1024


class _Relay(QObject):
    """Carries progress from the worker to the GUI thread (a queued connection)."""

    progress = Signal(object)


@dataclass(frozen=True)
class _Look:
    """This PC as seen when «Ejecutar instalador» was pressed (or the warning answered)."""

    running: bool
    installed: tuple[InstalledSystem, ...] | None  # None: the finder was not asked
    name_ok: bool  # still there, under an installer's name, and the file verified
    signature: Signature


class DownloadPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Descargar e instalar"))
        self.setFinalPage(True)
        # idle | running | paused | cancelled | verified | unavailable
        self.state = "idle"
        self._continuing = ""  # «Continuando…» while it is true
        self.result: DownloadResult | None = None
        self.signature: Signature | None = None  # of the verified file, once checked
        self.where_case = Where.UNKNOWN
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
        self._stop_means = "paused"
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._finish_hooked = False

        scroll, body, layout = vertical_scroll(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it

        # Where the file goes: a field, so the path can be selected and copied whole.
        self.where_caption = plain(QLabel(self.tr("Se guarda en:"), body))
        layout.addWidget(self.where_caption)
        self.where = self._field(body, self.tr("Carpeta y nombre del instalador"))
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
        self.open_download = QPushButton(self.tr("A&brir descarga"), self.unavailable)
        self.open_download.setAutoDefault(False)
        self.open_download.setAccessibleName(
            self.tr("Abrir la página de descarga de Aspel en el navegador")
        )
        self.open_download.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 12px; }")
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
        self.bar.setAccessibleName(self.tr("Avance de la descarga"))
        layout.addWidget(self.bar)
        self.figures = plain(QLabel(body))  # its own text is its name: the figures are read
        self.figures.setAccessibleDescription(self.tr("Avance de la descarga"))
        layout.addWidget(self.figures)

        buttons = QHBoxLayout()
        self.start = QPushButton(self.tr("Descar&gar"), body)
        self.pause = QPushButton(self.tr("&Pausar"), body)
        self.cancel = QPushButton(self.tr("Ca&ncelar descarga"), body)
        for button in (self.start, self.pause, self.cancel):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start.clicked.connect(self.begin)
        self.pause.clicked.connect(lambda: self.stop("paused"))
        self.cancel.clicked.connect(self.ask_cancel)

        # Shown once verified: what was checked, the file, and what comes next.
        self.verified = QWidget(body)
        done = QVBoxLayout(self.verified)
        done.setContentsMargins(0, 8, 0, 0)
        self.verified_title = plain(QLabel(self.tr("Verificado"), self.verified))
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
        hash_caption = plain(QLabel(self.tr("Huella SHA-256 (la misma que da Get-FileHash):"),
                                     self.verified))  # fmt: skip
        done.addWidget(hash_caption)
        hash_row = QHBoxLayout()
        self.hash = self._field(self.verified, self.tr("Huella SHA-256 del instalador"))
        mono = QFont(self.hash.font())
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.hash.setFont(mono)
        hash_caption.setBuddy(self.hash)
        hash_row.addWidget(self.hash, 1)
        self.copy_hash = copy_button(
            self.tr("Copiar &huella"), lambda: self.hash.text(), self.verified,
            self.tr("Copiar huella SHA-256 del instalador"),
        )  # fmt: skip
        hash_row.addWidget(self.copy_hash)
        done.addLayout(hash_row)
        actions = QHBoxLayout()
        self.run_installer = QPushButton(self.tr("&Ejecutar instalador"), self.verified)
        self.open_folder = QPushButton(self.tr("Abrir &carpeta"), self.verified)
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
            (self.tr("Nuevo número de serie:"), self.serial, copy_button(
                self.tr("C&opiar serie"), lambda: clean(self._receipt().new_serial), body,
                self.tr("Copiar serie (el nuevo número de serie)"))),
            (self.tr("Razón social:"), self.razon, copy_button(
                self.tr("Copiar ra&zón social"), lambda: clean(self._receipt().razon_social),
                body, self.tr("Copiar razón social"))),
        ]):  # fmt: skip
            value.setProperty("portalData", True)
            plain(value)  # the portal's data: never rich text
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleDescription(caption.rstrip(":"))  # its name is its value
            keep.addWidget(plain(QLabel(caption, body)), 2 * row, 0, 1, 2)
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
        from ...host.paths import default_paths  # a context built without folders

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
        if r.download is None:
            self._show_unavailable()
            return
        self.setSubTitle(
            self.tr("{system} {new}: el instalador ({size}) se descarga aquí mismo y se "
                    "comprueba antes de usarlo.").format(
                system=r.system, new=r.to_version, size=self._mb(r.download.size))
        )  # fmt: skip
        if self.state == "verified" and (self.result is None or not self.result.path.is_file()):
            self.state = "idle"  # verified before, but the file is gone: fetch it again
        if self.state == "verified" and self.result is not None:
            self._show_path(self.result.path, saved=True)
            self._check_signature(self.result.path)  # said again only once looked at again
            return
        final, _part = installer_paths(self._folder(), r.upgrade_id, r.download)
        self._show_path(final, saved=False)
        self._show_bytes(self._on_disk(), r.download.size)
        self.begin()  # the user asked for it on the previous page

    def _show_unavailable(self) -> None:
        """No usable descriptor: the serial stands; the download is the page link's."""
        r = self._receipt()
        self.state = "unavailable"
        self.setSubTitle(
            self.tr("{system} {new}: la descarga desde este asistente no está disponible.").format(
                system=r.system, new=r.to_version
            )
        )
        for widget in (self.where_caption, self.where, self.bar, self.figures):
            widget.hide()
        self.verified.hide()
        self.unavailable_text.setText(messages.download_unavailable(r.download_url))
        self.unavailable.show()
        self._update_buttons()
        self.open_download.setFocus()

    def open_download_page(self) -> None:
        url = self._receipt().download_url
        if not self.ctx.open_url(url):
            self.message.show_message(
                "error",
                self.tr("No se pudo abrir el navegador. Copia esta dirección y ábrela en tu "
                        "navegador: {url}").format(url=url),
            )  # fmt: skip

    def _on_disk(self) -> int:
        """Bytes of a download left from before (this run or an earlier one)."""
        r = self._receipt()
        return left_from_before(self._folder(), self._state_dir(), r.upgrade_id, self._file())

    def leave(self) -> None:
        self._stop_means = "paused"
        self._stop.set()
        for task in (self.look_task, self.scan_task, self.signature_task):
            if task is not None:
                task.cancel()  # an answer for a page no longer shown is dropped
        self.look_task = self.scan_task = self.signature_task = None
        self.run_installer.setEnabled(True)
        if self.message.text() == self._looking_text():
            self.message.clear_message()  # «Comprobando…» would never be answered
        super().leave()
        if self.state == "running":
            self.state = "paused"
        self._update_buttons()

    def ready(self) -> bool:
        return self.state != "running"

    @property
    def downloading(self) -> bool:
        """Read-only, for the wizard: a transfer is under way (closing asks first)."""
        return self.state == "running"

    # ---- the transfer -----------------------------------------------------------------
    def begin(self) -> None:
        """Start, resume or retry: the flow decides which from what is on disk."""
        if self.state in ("running", "unavailable"):
            return
        r, file = self._receipt(), self._file()
        self.message.clear_message()
        self.verified.hide()
        self.bar.show()
        self.figures.show()
        before = self._on_disk()
        if before:
            self._continuing = self.tr("Continuando la descarga anterior desde {done}.").format(
                done=self._mb(before)
            )
            self.message.show_message("info", self._continuing)
        self._stop = threading.Event()
        stop = self._stop
        self._stop_means = "paused"
        relay = self._relay
        flow, folder, state_dir = self.ctx.flow, self._folder(), self._state_dir()
        kw = {"free_space": self.ctx.free_space} if self.ctx.free_space else {}
        mark = self.ctx.mark_downloaded

        def work() -> DownloadResult:
            # A session and its TLS context are set up here, off the GUI thread too.
            download = for_flow(flow, folder, state_dir, **kw)
            result = download.run(
                r.upgrade_id, file, on_progress=relay.progress.emit, should_stop=stop.is_set
            )
            if result.status is Status.VERIFIED:  # as a browser marks what it downloads
                mark(result.path, r.download_url, file.url)
            return result

        self.state = "running"
        self.task = self.ctx.tasks.run(work, self._done, self._failed)
        self._update_buttons()
        self.completeChanged.emit()

    def stop(self, meaning: str) -> None:
        """«Pausar» (what arrived stays for a resume) or a confirmed cancel (removed)."""
        self._stop_means = meaning
        self._stop.set()

    def ask_cancel(self) -> None:
        """«Cancelar descarga»: removes the partial file, so it asks first (default: no)."""
        question = self.tr("¿Cancelar la descarga?")
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self
        )
        box.setInformativeText(
            self.tr(
                "Se borrará lo que ya se descargó y la próxima descarga empezará desde "
                "cero. Si solo quieres detenerla por ahora, usa «Pausar»: así continuará "
                "donde se quedó."
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_discard = box.addButton(
            self.tr("&Borrar y cancelar"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_keep = box.addButton(
            self.tr("&Seguir descargando") if self.state == "running" else self.tr("&Conservar"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(self.cancel_keep)  # Enter keeps what was downloaded
        box.setEscapeButton(self.cancel_keep)
        box.buttonClicked.connect(self._cancel_answered)
        self.cancel_prompt = box
        box.open()

    def _cancel_answered(self, button: QAbstractButton) -> None:
        if button is not self.cancel_discard:
            return
        if self.state == "running":
            self.stop("cancelled")  # the transfer stops, then _done removes the part
        elif self.state in ("paused", "idle", "cancelled"):
            self._discard()

    def _discard(self) -> None:
        """Remove the partial file and its record (on a worker: it is disk work)."""
        r, file = self._receipt(), self._file()
        flow, folder, state_dir = self.ctx.flow, self._folder(), self._state_dir()

        part = installer_paths(folder, r.upgrade_id, file)[1]

        def work() -> OSError | bool:
            try:
                return for_flow(flow, folder, state_dir).discard(r.upgrade_id, file)
            except OSError as exc:  # e.g. held open by an antivirus: said, not a crash
                log.warning("Could not remove %s: %s", part, exc)
                return exc

        def removed(answer: object) -> None:
            self.task = None
            if isinstance(answer, OSError) or answer is False:
                self.state = "paused"
                self.message.show_message(
                    "error",
                    messages.download_busy_not_discarded()
                    if answer is False
                    else self.tr("No se pudo borrar «{part}». Ciérralo si está abierto en otro "
                                 "programa y vuelve a pulsar «Cancelar descarga», o bórralo "
                                 "desde el Explorador de archivos.").format(part=str(part)),
                )  # fmt: skip
                self._update_buttons()
                self.completeChanged.emit()
                return
            self.state = "cancelled"
            self._show_bytes(self._on_disk(), file.size)
            self.message.show_message(
                "info",
                self.tr("Descarga cancelada: se borró lo que se había descargado. Si pulsas "
                        "«Descargar», empezará desde cero."),
            )  # fmt: skip
            self._update_buttons()
            self.completeChanged.emit()

        self.state = "idle"
        self.task = self.ctx.tasks.run(work, removed, self._failed)
        self._update_buttons()

    def _show_progress(self, progress: object) -> None:
        if self.state != "running" or not isinstance(progress, Progress):
            return
        self._show_bytes(progress.done, progress.total, progress)

    def _show_bytes(self, done: int, total: int, progress: Progress | None = None) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 0)
        text = self.tr("{done} de {total}").format(done=self._mb(done), total=self._mb(total))
        if progress is not None and progress.waiting:  # the other copy's file, not ours
            text = self.tr("{figures}, en la otra ventana").format(figures=text)
            waiting = self._waiting_text()
            if self.message.text() != waiting:
                self.message.show_message("info", waiting)
        elif progress is not None and progress.checking:  # the part on disk, re-hashed
            text = self.tr("Comprobando lo ya descargado… {figures}").format(figures=text)
        elif progress is not None and progress.bytes_per_second > 0:
            text += " · " + self._speed(progress.bytes_per_second)
            if progress.seconds_left is not None:
                text += " · " + self._time_left(progress.seconds_left)
        self.figures.setText(text)

    def _waiting_text(self) -> str:
        return self.tr("Este instalador se está descargando en otra ventana del asistente: "
                       "esta espera a que termine (hasta 10 minutos) y después lo comprueba. "
                       "No hace falta que hagas nada.")  # fmt: skip

    def _done(self, result: object) -> None:
        assert isinstance(result, DownloadResult)
        self.task = None
        if self.message.text() in (self._waiting_text(), self._continuing):
            self.message.clear_message()  # over, whatever came of it: no longer true
        self.result = result
        self.ctx.flow.state.installer = result
        file = self._file()
        if result.status is Status.VERIFIED:
            self.state = "verified"
            self._show_bytes(result.size, result.size)
            self._show_verified(result)
        elif result.status is Status.STOPPED and self._stop_means == "cancelled":
            self._discard()
            return
        elif result.status is Status.STOPPED:
            self.state = self._stop_means
            self._show_bytes(self._on_disk(), file.size)
            self.message.show_message(
                "info",
                self.tr("Descarga en pausa. Lo que ya se descargó se guardó: pulsa «Reanudar» "
                        "(hoy o la próxima vez que abras el asistente) para continuar donde se "
                        "quedó."),
            )  # fmt: skip
        else:
            self.state = "idle"
            self._show_bytes(self._on_disk(), file.size)
            self.message.show_message("error", self._failure(result))
            if isinstance(result.error, e.SessionExpired) and self.ctx.flow.state.account:
                self._ask_password_then(self.begin)  # to re-read the receipt, then go on
        self._update_buttons()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.state = "idle"
        self.ctx.flow.record_error(error)
        self.show_error(error)
        self._update_buttons()
        self.completeChanged.emit()

    def _failure(self, result: DownloadResult) -> str:
        # One case, one wording: the catalogue's sentence, as the result file says it.
        if result.status is Status.BUSY:
            return messages.download_busy()
        if result.status is Status.CORRUPT:
            return (
                messages.download_corrupt()
                + " "
                + self.tr("Pulsa «Reintentar» para descargarlo de nuevo.")
            )
        if result.status is Status.NO_SPACE:
            return self.tr("No hay espacio suficiente en la carpeta «{folder}»: se necesitan "
                           "{needed} y hay {free} libres. Libera espacio (por ejemplo, vacía "
                           "la papelera) y pulsa «Reintentar».").format(
                folder=str(result.path.parent), needed=self._mb(result.needed),
                free=self._mb(result.free))  # fmt: skip
        error = result.error
        if isinstance(error, e.NotFound):
            return self.tr("El portal ya no reconoce este enlace de descarga. Pulsa "
                           "«Reintentar»; si se repite, vuelve a la página anterior y usa "
                           "«Abrir descarga».")  # fmt: skip
        if isinstance(error, DiskProblem):  # the catalogue words it (folder, what, space),
            return describe(error)  # what to do included, the system's own words last
        said = describe(error) if error is not None else ""
        if not self._has_part():  # nothing arrived: nothing to keep or to continue from
            return said
        kept = self.tr("Lo que ya se descargó se guardó: al reintentar, la descarga "
                       "continuará donde se quedó.")  # fmt: skip
        return f"{said} {kept}".strip()

    def _show_verified(self, result: DownloadResult) -> None:
        notes = []
        if result.restarted == "changed":
            notes.append(self.tr("Mientras se descargaba, el portal publicó una versión más "
                                 "reciente del instalador, así que la descarga empezó de "
                                 "nuevo con esa."))  # fmt: skip
        elif result.restarted == "stale":
            notes.append(self.tr("La descarga que había quedado a medias ya no servía, así "
                                 "que empezó de nuevo."))  # fmt: skip
        if self.ctx.auto_download:  # --download: the window stays until the user closes it
            notes.append(self.tr("Cuando hayas copiado o anotado el número de serie y la razón "
                                 "social, pulsa «Finalizar»: la instalación que abrió este "
                                 "asistente continuará."))  # fmt: skip
        if notes:
            self.message.show_message("info", " ".join(notes))
        self.checked.setText(
            self.tr("El instalador está completo: su tamaño ({size}) y su huella SHA-256 "
                    "coinciden con lo que publicó el portal.").format(size=self._mb(result.size))
        )  # fmt: skip
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
        self.signed.setText(self.tr("Comprobando la firma digital del instalador…"))
        check = self.ctx.check_signature
        self.signature_task = self.ctx.tasks.run(
            lambda: check(path), self._signature_checked, self._signature_failed
        )

    def _signature_checked(self, signature: object) -> None:
        assert isinstance(signature, Signature)
        self.signature_task = None
        self.signature = signature
        self.signed.setText(self._signature_text(signature))

    def _signature_failed(self, error: BaseException) -> None:
        self.signature_task = None
        log.warning("Checking the installer's signature failed: %r", error)
        self._signature_checked(Signature("error"))

    def _expected_publisher(self) -> str:
        return self.ctx.settings.expected_publisher

    def _signature_text(self, signature: Signature) -> str:
        expected = self._expected_publisher()
        if signature.status == "not_checked":
            if not expected:
                return self.tr("La firma digital del instalador se comprueba en Windows, al "
                               "ejecutarlo desde aquí.")  # fmt: skip
            return self.tr("La firma digital del instalador se comprueba en Windows, al "
                           "ejecutarlo desde aquí (editor esperado: {expected}).").format(
                expected=expected)  # fmt: skip
        if signature.trusted_for(expected):
            if not expected:
                return self.tr("Firma digital comprobada por Windows: el editor es "
                               "{publisher}.").format(publisher=signature.publisher)  # fmt: skip
            return self.tr("Firma digital comprobada por Windows: el editor es {publisher}, "
                           "el esperado.").format(publisher=signature.publisher)  # fmt: skip
        return self._untrusted_text(signature)

    def _untrusted_text(self, signature: Signature) -> str:
        expected = self._expected_publisher()
        if signature.status == "signed":
            text = self.tr("El instalador está firmado por «{publisher}», no por {expected} (el "
                           "editor esperado).")  # fmt: skip
        elif signature.status == "unsigned":
            text = (self.tr("El instalador no tiene firma digital, así que no se puede saber si "
                            "es de {expected}.") if expected else
                    self.tr("El instalador no tiene firma digital, así que no se puede saber "
                            "quién lo publicó."))  # fmt: skip
        elif signature.status == "tampered":
            text = (self.tr("El instalador cambió después de que lo firmaron, así que no es el "
                            "que publicó {expected}.") if expected else
                    self.tr("El instalador cambió después de que lo firmaron, así que no es el "
                            "que se publicó."))  # fmt: skip
        elif signature.status == "untrusted":
            text = (self.tr("Windows no confía en la firma digital del instalador, así que no "
                            "se puede saber si es de {expected}.") if expected else
                    self.tr("Windows no confía en la firma digital del instalador, así que no "
                            "se puede saber quién lo publicó."))  # fmt: skip
        else:
            text = (self.tr("No se pudo comprobar la firma digital del instalador, así que no "
                            "se puede saber si es de {expected}.") if expected else
                    self.tr("No se pudo comprobar la firma digital del instalador, así que no "
                            "se puede saber quién lo publicó."))  # fmt: skip
        return (
            text.format(publisher=signature.publisher, expected=expected)
            + " "
            + self.tr("Por seguridad, este asistente no lo ejecutará.")
        )

    def _update_buttons(self) -> None:
        running = self.state == "running"
        transfer = self.state not in ("verified", "unavailable")
        self.start.setVisible(transfer)
        self.start.setEnabled(not running and self.task is None)
        self.start.setText({
            "paused": self.tr("&Reanudar"),
            "cancelled": self.tr("Descar&gar"),
            "idle": self.tr("&Reintentar") if self.result is not None else self.tr("Descar&gar"),
        }.get(self.state, self.tr("Descar&gar")))  # fmt: skip
        self.pause.setVisible(transfer)
        self.pause.setEnabled(running)
        self.cancel.setVisible(transfer)
        self.cancel.setEnabled(running or (self.state in ("paused", "idle") and self.task is None
                                           and self._has_part()))  # fmt: skip

    def _has_part(self) -> bool:
        if self._receipt_or_none() is None or self._receipt().download is None:
            return False
        try:
            return self._on_disk() > 0
        except OSError:
            return False

    def _receipt_or_none(self) -> UpgradeReceipt | None:
        return self.ctx.flow.state.receipt

    # ---- this PC: where to install, and whether the old version is open -----------------
    def _guidance(self, installed: tuple[InstalledSystem, ...] | None = None) -> Guidance:
        r = self._receipt()
        found = installed if installed is not None else self.ctx.flow.state.installed
        return guidance_for(r.system, r.from_version, r.to_version, found)

    def _look_at_this_pc(self) -> None:
        """Look again where the data is (cheap, on a worker) before saying where to install."""
        if self.scan_task is not None and self.scan_task.running:
            return
        self.scan_task = self.ctx.tasks.run(self.ctx.find_installed, self._scanned, self._no_scan)

    def _scanned(self, found: object) -> None:
        self.scan_task = None
        assert isinstance(found, tuple)
        self.ctx.flow.state.installed = found
        self._show_where(self._guidance(found))

    def _no_scan(self, error: BaseException) -> None:
        self.scan_task = None
        log.warning("Looking for installed Aspel systems failed: %r", error)

    def _show_where(self, g: Guidance) -> None:
        """Where to install: here when the data is here, else copy it to the Servidor."""
        self.where_case = g.where
        old, new = f"{g.system} {g.old}", f"{g.system} {g.new}"
        server = self.tr("el Servidor: el equipo que guarda los datos de tu empresa y al que "
                         "se conectan los demás")  # fmt: skip
        if g.where is Where.DATA_HERE:
            text = self.tr("Los datos de {old} están en este equipo: instala {new} aquí, en "
                           "este equipo.").format(old=old, new=new)  # fmt: skip
        elif g.where is Where.PROGRAM_ONLY:
            text = self.tr("{old} está instalado en este equipo, pero sus datos no están aquí. "
                           "Copia el instalador (con «Abrir carpeta»; por ejemplo, a una memoria "
                           "USB o a una carpeta compartida) al equipo donde están los datos "
                           "({server}) e instálalo allí.").format(
                old=old, server=server)  # fmt: skip
        elif g.where is Where.NOT_HERE:
            text = self.tr("No encontramos {old} en este equipo. Copia el instalador (con «Abrir "
                           "carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) "
                           "al equipo donde están los datos de {old} ({server}) e instálalo "
                           "allí.").format(old=old, server=server)  # fmt: skip
        else:
            text = self.tr("Instálalo en el equipo donde están los datos de {old} "
                           "({server}).").format(old=old, server=server)  # fmt: skip
        self.install_where.setText(text)
        primary = self._primary()
        other = self.run_installer if primary is self.open_folder else self.open_folder
        primary.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 12px; }")
        other.setStyleSheet("")
        self._show_steps(g)
        if self.verified.isVisible() and not self.running_prompt_open():
            focused = self.focusWidget()
            if focused is None or focused in (self.run_installer, self.open_folder):
                primary.setFocus()  # the look changed where to install: follow it

    def _primary(self) -> QPushButton:
        """«Abrir carpeta» when the data is elsewhere (copy it there), else «Ejecutar»."""
        elsewhere = self.where_case in (Where.PROGRAM_ONLY, Where.NOT_HERE)
        return self.open_folder if elsewhere else self.run_installer

    def running_prompt_open(self) -> bool:
        return self.running_prompt is not None and self.running_prompt.isVisible()

    def _show_steps(self, g: Guidance) -> None:
        new = f"{g.system} {g.new}"
        if g.where in (Where.PROGRAM_ONLY, Where.NOT_HERE):
            first = self.tr("En el Servidor, abre con doble clic el instalador que copiaste y "
                            "sigue sus pasos.")  # fmt: skip
        else:
            first = self.tr("«Ejecutar instalador» instala {new}. Sigue sus pasos.").format(new=new)
        steps = [
            first,
            self.tr("Al terminar, el asistente de activación te pedirá el número de serie y "
                    "la razón social que aparecen abajo: escríbelos exactamente así."),
            self.tr("Después pasa tu información a la nueva versión con «Traducir de una versión "
                    "anterior» (al terminar de instalar) o con Utilerías › Traducción de datos."),
        ]  # fmt: skip
        self.next_steps.setText(
            "<b>" + html.escape(self.tr("Qué sigue")) + "</b><ol style='margin-top:2px'>"
            + "".join(f"<li>{html.escape(s)}</li>" for s in steps) + "</ol>"
        )  # fmt: skip

    # ---- after verification: running the installer -------------------------------------
    def start_installer(self) -> None:
        """Look at this PC and the file again (a worker), then run it or say why not."""
        self._look_then(self._act_on_look)

    def _look_then(self, then: Callable[[_Look], None]) -> None:
        if self.look_task is not None and self.look_task.running:
            return
        assert self.result is not None
        r, path = self._receipt(), self.result.path
        verified_size, verified_sha256 = self.result.size, self.result.sha256
        ctx = self.ctx

        def look() -> _Look:
            installed: tuple[InstalledSystem, ...] | None = None
            if ctx.is_old_version_running is not None:  # a test describes this PC
                running = ctx.is_old_version_running(r.system, r.from_version)
            else:
                installed = ctx.find_installed()
                running = UiContext.running_in(installed, r.system, r.from_version)
            name_ok = (
                is_installer_name(path.name)
                and path.is_file()
                and still_verified(path, verified_size, verified_sha256)
            )
            signature = ctx.check_signature(path) if name_ok else Signature("error")
            return _Look(running, installed, name_ok, signature)

        def looked(seen: object) -> None:
            assert isinstance(seen, _Look)
            self.look_task = None
            self.run_installer.setEnabled(True)
            self.message.clear_message()
            if seen.installed is not None:
                self.ctx.flow.state.installed = seen.installed
                self._show_where(self._guidance(seen.installed))
            then(seen)

        def failed(error: BaseException) -> None:
            self.look_task = None
            self.run_installer.setEnabled(True)
            self._failed_to_run(error)

        self.run_installer.setEnabled(False)
        self.message.show_message("info", self._looking_text())
        self.look_task = self.ctx.tasks.run(look, looked, failed)

    def _looking_text(self) -> str:
        return self.tr("Comprobando el instalador y este equipo…")

    def _failed_to_run(self, error: BaseException) -> None:
        log.warning("Could not look at the installer before running it: %r", error)
        self.message.show_message(
            "error",
            self.tr("No se pudo comprobar el instalador antes de ejecutarlo. Pulsa «Abrir "
                    "carpeta» y ábrelo con doble clic; Windows te mostrará quién lo firmó."),
        )  # fmt: skip

    def _act_on_look(self, seen: _Look) -> None:
        r = self._receipt()
        if not seen.name_ok:
            assert self.result is not None
            # Gone, moved or changed since it was verified: «Verificado» is no longer true.
            self.state = "cancelled"
            self.verified.hide()
            self._update_buttons()
            self.completeChanged.emit()
            self.message.show_message(
                "error",
                self.tr("El archivo «{name}» ya no es el instalador que se verificó (se borró, "
                        "se movió o cambió desde entonces), así que no se ejecutó. Pulsa "
                        "«Descargar» para bajarlo y comprobarlo de nuevo.").format(
                    name=self.result.path.name),
            )  # fmt: skip
            self.start.setFocus()
            return
        self.signature = seen.signature
        self.signed.setText(self._signature_text(seen.signature))
        if seen.signature.status != "not_checked" and not seen.signature.trusted_for(
            self._expected_publisher()
        ):
            self.message.show_message("error", self._untrusted_text(seen.signature))
            return
        if seen.running:
            self._warn_running(again=False)
            return
        log.info("Starting the installer for %s %s", r.system, r.to_version)
        self._launch()

    def _warn_running(self, *, again: bool) -> None:
        """The old version is open: «Ya lo cerré, continuar» (the default) looks again."""
        r = self._receipt()
        old, new = f"{r.system} {r.from_version}", f"{r.system} {r.to_version}"
        if again:
            text = self.tr("{old} sigue abierto en este equipo. Ciérralo (y pide a quien lo use "
                           "en red que también lo cierre) antes de instalar {new}: el "
                           "instalador puede fallar o pedir reiniciar si sigue abierto.").format(
                old=old, new=new)  # fmt: skip
        else:
            text = self.tr("{old} está abierto en este equipo. Ciérralo (y pide a quien lo use "
                           "en red que también lo cierre) antes de instalar {new}: el "
                           "instalador puede fallar o pedir reiniciar si sigue abierto.").format(
                old=old, new=new)  # fmt: skip
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("{old} está abierto").format(old=old),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.running_closed = box.addButton(
            self.tr("&Ya lo cerré, continuar"), QMessageBox.ButtonRole.AcceptRole
        )
        self.running_anyway = box.addButton(
            self.tr("Ejecutar de &todos modos"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.running_cancel = box.addButton(self.tr("&Cancelar"), QMessageBox.ButtonRole.RejectRole)
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

    def _after_closing(self, seen: _Look) -> None:
        """The user says it is closed: run it if it is, else say it is still open."""
        if seen.running:
            self._warn_running(again=True)
        else:
            self._act_on_look(seen)

    def _launch(self) -> None:
        assert self.result is not None
        r = self._receipt()
        if not is_installer_name(self.result.path.name):  # never anything but an installer
            log.warning("Refusing to start %r: not an installer name", self.result.path.name)
            return
        if self.ctx.start_installer(self.result.path):
            self.message.show_message(
                "success",
                self.tr("Se abrió el instalador de {system} {new}. Al terminar, el asistente "
                        "de activación te pedirá el número de serie {serial} y la razón "
                        "social «{razon}».").format(system=r.system, new=r.to_version,
                                                    serial=r.new_serial, razon=r.razon_social),
            )  # fmt: skip
        else:
            self.message.show_message(
                "error",
                self.tr("Windows no pudo abrir el instalador «{path}». Pulsa «Abrir carpeta» y "
                        "ábrelo con doble clic.").format(path=str(self.result.path)),
            )  # fmt: skip

    def show_folder(self) -> None:
        folder = self.result.path.parent if self.result is not None else self._folder()
        if not self.ctx.open_url(QUrl.fromLocalFile(str(folder)).toString()):
            self.message.show_message(
                "error",
                self.tr("No se pudo abrir la carpeta «{folder}». Ábrela desde el Explorador de "
                        "archivos (la ruta completa está arriba, en «Se guardó en»).").format(
                    folder=str(folder)),
            )  # fmt: skip

    # ---- formatting -------------------------------------------------------------------
    def _show_path(self, path: Path, *, saved: bool) -> None:
        self.where_caption.setText(self.tr("Se guardó en:") if saved else self.tr("Se guarda en:"))
        self.where.setText(str(path))
        self.where.setCursorPosition(0)
        self.where.setToolTip(str(path))

    @staticmethod
    def _mb(n: int) -> str:
        return f"{QLocale().toString(n / MIB, 'f', 1 if n >= 10 * MIB else 2)} MB"

    def _speed(self, per_second: float) -> str:
        """MB/s, or KB/s below 0.1 MB/s (never «0.00 MB/s» on a slow link)."""
        if per_second < 0.1 * MIB:
            kb = QLocale().toString(per_second / KIB, "f", 0 if per_second >= 10 * KIB else 1)
            return self.tr("{speed} KB/s").format(speed=kb)
        return self.tr("{speed}/s").format(speed=self._mb(int(per_second)))

    def _time_left(self, seconds: float) -> str:
        s = int(seconds + 0.5)
        if s < 1:
            return self.tr("queda menos de un segundo")
        if s < 60:
            return self.tr("quedan {s} s").format(s=s)
        if s < 3600:
            return self.tr("quedan {m} min {s} s").format(m=s // 60, s=s % 60)
        return self.tr("quedan {h} h {m} min").format(h=s // 3600, m=(s % 3600) // 60)
