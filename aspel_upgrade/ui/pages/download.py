"""Page 6, the installer: download with progress, pause and resume, verify, then run it.

The transfer runs on the TaskRunner's pool (``flow/download.py`` decides everything);
progress comes back by a queued signal at most four times a second. Pausar and Cancelar
both stop the transfer and keep the partial file, so «Descargar» continues where it
stopped, in this run or the next.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...flow.download import (
    DownloadResult,
    Progress,
    Status,
    for_flow,
    installer_paths,
    left_from_before,
)
from ...flow.messages import describe
from ...flow.problems import DiskProblem
from ...host.paths import AppPaths
from ...portal import errors as e
from ...portal.models import UpgradeReceipt
from ..context import UiContext
from ..plain import clean, plain
from ..widgets import copy_button, vertical_scroll
from .base import FlowPage

MIB = 1024 * 1024


class _Relay(QObject):
    """Carries progress from the worker to the GUI thread (a queued connection)."""

    progress = Signal(object)


class DownloadPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Descargar e instalar"))
        self.setFinalPage(True)
        self.state = "idle"  # idle | running | paused | cancelled | verified
        self.result: DownloadResult | None = None
        self.running_prompt: QMessageBox | None = None
        self._stop = threading.Event()
        self._stop_means = "paused"
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._finish_hooked = False

        scroll, body, layout = vertical_scroll(self)

        self.where = plain(QLabel(body))  # «Abrir carpeta» is the way there; this is to read
        self.where.setWordWrap(True)
        layout.addWidget(self.where)

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
        self.cancel.clicked.connect(lambda: self.stop("cancelled"))

        # Shown once verified: the hash, the folder, the installer, and what comes next.
        self.verified = QWidget(body)
        done = QVBoxLayout(self.verified)
        done.setContentsMargins(0, 8, 0, 0)
        self.verified_title = QLabel(self.tr("Verificado"), self.verified)
        bold = QFont(self.verified_title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.verified_title.setFont(bold)
        self.verified_title.setStyleSheet("color:#1e4620;")
        done.addWidget(self.verified_title)
        self.hash = plain(QLabel(self.verified))
        self.hash.setWordWrap(True)
        self.hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash.setAccessibleDescription(self.tr("Huella SHA-256 del instalador"))
        done.addWidget(self.hash)
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
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        done.addWidget(self.next_steps)
        layout.addWidget(self.verified)
        self.verified.hide()

        # What the activation assistant will ask for stays at hand on this page too.
        # Caption above value, button beside it: at 150 % it wraps, never scrolls sideways.
        keep = QGridLayout()
        keep.setContentsMargins(0, 8, 0, 0)
        self.serial = QLabel(body)
        self.razon = QLabel(body)
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
            keep.addWidget(QLabel(caption, body), 2 * row, 0, 1, 2)
            keep.addWidget(value, 2 * row + 1, 0)
            keep.addWidget(button, 2 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
        keep.setColumnStretch(0, 1)
        layout.addLayout(keep)
        layout.addStretch(1)
        self.outer.addWidget(scroll, 1)
        self.add_status_rows()
        self._update_buttons()

    # ---- what it works on -------------------------------------------------------------
    def _receipt(self) -> UpgradeReceipt:
        receipt = self.ctx.flow.state.receipt
        assert receipt is not None
        return receipt

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
        self.setSubTitle(
            self.tr("{system} {new}: el instalador ({size}) se descarga aquí mismo y se "
                    "comprueba antes de usarlo.").format(
                system=r.system, new=r.to_version, size=self._mb(r.download.size))
        )  # fmt: skip
        self.serial.setText(clean(r.new_serial))
        self.razon.setText(clean(r.razon_social))
        final, _part = installer_paths(self._folder(), r.upgrade_id, r.download)
        self.where.setText(self.tr("Se guarda en: {path}").format(path=_breakable(final)))
        if self.state == "verified" and (self.result is None or not self.result.path.is_file()):
            self.state = "idle"  # verified before, but the file is gone: fetch it again
        if self.state != "verified":
            self._show_bytes(self._on_disk(), r.download.size)
            self.begin()  # the user asked for it on the previous page

    def _on_disk(self) -> int:
        """Bytes of a download left from before (this run or an earlier one)."""
        r = self._receipt()
        return left_from_before(self._folder(), self._state_dir(), r.upgrade_id, r.download)

    def leave(self) -> None:
        self._stop_means = "paused"
        self._stop.set()
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
        if self.state == "running":
            return
        r = self._receipt()
        self.message.clear_message()
        self.verified.hide()
        before = self._on_disk()
        if before:
            self.message.show_message(
                "info",
                self.tr("Continuando la descarga anterior desde {done}.").format(
                    done=self._mb(before)
                ),
            )
        self._stop = threading.Event()
        stop = self._stop
        self._stop_means = "paused"
        relay = self._relay
        flow, folder, state_dir = self.ctx.flow, self._folder(), self._state_dir()
        kw = {"free_space": self.ctx.free_space} if self.ctx.free_space else {}

        def work() -> DownloadResult:
            # A session and its TLS context are set up here, off the GUI thread too.
            download = for_flow(flow, folder, state_dir, **kw)
            return download.run(
                r.upgrade_id, r.download, on_progress=relay.progress.emit, should_stop=stop.is_set
            )

        self.state = "running"
        self.task = self.ctx.tasks.run(work, self._done, self._failed)
        self._update_buttons()
        self.completeChanged.emit()

    def stop(self, meaning: str) -> None:
        """Pausar or Cancelar: stop the transfer; what arrived stays for a resume."""
        self._stop_means = meaning
        self._stop.set()

    def _show_progress(self, progress: object) -> None:
        if self.state != "running" or not isinstance(progress, Progress):
            return
        self._show_bytes(progress.done, progress.total, progress)

    def _show_bytes(self, done: int, total: int, progress: Progress | None = None) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 0)
        text = self.tr("{done} de {total}").format(done=self._mb(done), total=self._mb(total))
        if progress is not None and progress.bytes_per_second > 0:
            text += " · " + self.tr("{speed}/s").format(
                speed=self._mb(int(progress.bytes_per_second))
            )
            if progress.seconds_left is not None:
                text += " · " + self._time_left(progress.seconds_left)
        self.figures.setText(text)

    def _done(self, result: object) -> None:
        assert isinstance(result, DownloadResult)
        self.task = None
        self.result = result
        self.ctx.flow.state.installer = result
        r = self._receipt()
        if result.status is Status.VERIFIED:
            self.state = "verified"
            self._show_bytes(result.size, result.size)
            self._show_verified(result)
        elif result.status is Status.STOPPED:
            self.state = self._stop_means
            self._show_bytes(self._on_disk(), r.download.size)
            if self.state == "cancelled":
                self.message.show_message(
                    "info",
                    self.tr("Descarga cancelada. Lo que ya se descargó se guardó: si pulsas "
                            "«Descargar» (hoy o la próxima vez que abras el asistente), "
                            "continuará donde se quedó."),
                )  # fmt: skip
            else:
                self.message.show_message(
                    "info", self.tr("Descarga en pausa. Pulsa «Reanudar» para continuar.")
                )
        else:
            self.state = "idle"
            self._show_bytes(self._on_disk(), r.download.size)
            self.message.show_message("error", self._failure(result))
            if isinstance(result.error, e.SessionExpired) and self.ctx.flow.state.account:
                self._ask_password_then(self.begin)  # to re-read the receipt, then go on
        self._update_buttons()
        self.completeChanged.emit()
        if self.state == "verified" and self.ctx.auto_download:
            QTimer.singleShot(0, self.wizard().accept)  # --download: nothing left to ask

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.state = "idle"
        self.ctx.flow.record_error(error)
        self.show_error(error)
        self._update_buttons()
        self.completeChanged.emit()

    def _failure(self, result: DownloadResult) -> str:
        if result.status is Status.CORRUPT:
            return self.tr("El archivo descargado no coincide con el que publicó Aspel (pudo "
                           "dañarse en el camino), así que se borró. Pulsa «Reintentar» para "
                           "descargarlo de nuevo.")  # fmt: skip
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
        if isinstance(error, DiskProblem):
            return self.tr("No se pudo guardar el instalador en la carpeta «{folder}» "
                           "({reason}). Revisa que exista y que puedas escribir en ella, y "
                           "pulsa «Reintentar».").format(
                folder=str(error.folder), reason=error.reason)  # fmt: skip
        kept = self.tr("Lo que ya se descargó se guardó: al reintentar, la descarga "
                       "continuará donde se quedó.")  # fmt: skip
        return (describe(error) if error is not None else "") + " " + kept

    def _show_verified(self, result: DownloadResult) -> None:
        r = self._receipt()
        notes = []
        if result.restarted == "changed":
            notes.append(self.tr("Mientras se descargaba, Aspel publicó una versión más "
                                 "reciente del instalador, así que la descarga empezó de "
                                 "nuevo con esa."))  # fmt: skip
        elif result.restarted == "stale":
            notes.append(self.tr("La descarga que había quedado a medias ya no servía, así "
                                 "que empezó de nuevo."))  # fmt: skip
        if notes:
            self.message.show_message("info", " ".join(notes))
        self.hash.setText(
            self.tr("El instalador está completo y es idéntico al que publicó Aspel "
                    "(SHA-256: {sha}).").format(
                sha=" ".join(result.sha256[i : i + 16] for i in range(0, 64, 16)))
        )  # fmt: skip
        self.where.setText(self.tr("Se guardó en: {path}").format(path=_breakable(result.path)))
        steps = [
            self.tr("«Ejecutar instalador» instala {system} {new}. Sigue sus pasos.").format(
                system=r.system, new=r.to_version),
            self.tr("Al terminar, el asistente de activación te pedirá el número de serie y "
                    "la razón social que aparecen abajo: escríbelos exactamente así."),
            self.tr("Después pasa tu información a la nueva versión con «Traducir de una versión "
                    "anterior» (al terminar de instalar) o con Utilerías › Traducción de datos."),
        ]  # fmt: skip
        self.next_steps.setText(
            "<b>" + html.escape(self.tr("Qué sigue")) + "</b><ol style='margin-top:2px'>"
            + "".join(f"<li>{html.escape(s)}</li>" for s in steps) + "</ol>"
        )  # fmt: skip
        self.verified.show()
        self.run_installer.setFocus()

    def _update_buttons(self) -> None:
        running = self.state == "running"
        self.start.setVisible(self.state != "verified")
        self.start.setEnabled(not running)
        self.start.setText({
            "paused": self.tr("&Reanudar"),
            "cancelled": self.tr("Descar&gar"),
            "idle": self.tr("&Reintentar") if self.result is not None else self.tr("Descar&gar"),
        }.get(self.state, self.tr("Descar&gar")))  # fmt: skip
        self.pause.setVisible(self.state != "verified")
        self.pause.setEnabled(running)
        self.cancel.setVisible(self.state != "verified")
        self.cancel.setEnabled(running)

    # ---- after verification -----------------------------------------------------------
    def start_installer(self) -> None:
        r = self._receipt()
        if self.ctx.old_version_running(r.system, r.from_version):
            self.running_prompt = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("{system} {old} está abierto").format(system=r.system,
                                                               old=r.from_version),
                self.tr("{system} {old} está abierto en este equipo. Ciérralo (y pide a "
                        "quien lo use en red que también lo cierre) antes de instalar "
                        "{system} {new}: el instalador puede fallar o pedir reiniciar si "
                        "sigue abierto.").format(system=r.system, old=r.from_version,
                                                 new=r.to_version),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self,
            )  # fmt: skip
            plain(self.running_prompt)  # it names the portal's system and versions
            self.running_prompt.button(QMessageBox.StandardButton.Yes).setText(
                self.tr("&Ejecutar de todos modos")
            )
            self.running_prompt.button(QMessageBox.StandardButton.Cancel).setText(
                self.tr("&Cancelar")
            )
            self.running_prompt.accepted.connect(self._launch)
            self.running_prompt.open()
            return
        self._launch()

    def _launch(self) -> None:
        assert self.result is not None
        r = self._receipt()
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
                self.tr("No se pudo abrir el instalador. Pulsa «Abrir carpeta» y ábrelo con "
                        "doble clic."),
            )  # fmt: skip

    def show_folder(self) -> None:
        folder = self.result.path.parent if self.result is not None else self._folder()
        self.ctx.open_url(QUrl.fromLocalFile(str(folder)).toString())

    # ---- formatting -------------------------------------------------------------------
    @staticmethod
    def _mb(n: int) -> str:
        return f"{QLocale().toString(n / MIB, 'f', 1 if n >= 10 * MIB else 2)} MB"

    def _time_left(self, seconds: float) -> str:
        s = int(seconds + 0.5)
        if s < 1:
            return self.tr("queda menos de un segundo")
        if s < 60:
            return self.tr("quedan {s} s").format(s=s)
        if s < 3600:
            return self.tr("quedan {m} min {s} s").format(m=s // 60, s=s % 60)
        return self.tr("quedan {h} h {m} min").format(h=s // 3600, m=(s % 3600) // 60)


def _breakable(path: Path) -> str:
    """The path with a line-break chance after each separator (a long folder name wraps)."""
    return str(path).replace("\\", "\\\u200b").replace("/", "/\u200b")
