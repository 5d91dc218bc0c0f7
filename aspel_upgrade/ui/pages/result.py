"""Page 5, ¡Listo!: the new serial, the download link and the razón social, ready to use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...portal.models import UpgradeReceipt
from ..context import UiContext
from ..formatting import fmt_date
from ..receipt_pdf import write_receipt_pdf
from ..widgets import InlineMessage, copy_button
from .base import FlowPage


class ResultPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("¡Listo!"))
        self.setSubTitle(self.tr("Tu nuevo número de serie está listo."))
        self.setFinalPage(True)
        self.ask_save_path = self._ask_save_path

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        self.existing = InlineMessage(body)
        layout.addWidget(self.existing)

        caption = QLabel(self.tr("Nuevo número de serie"), body)
        layout.addWidget(caption)
        serial_row = QHBoxLayout()
        self.serial = QLabel(body)
        self.serial.setProperty("portalData", True)
        font = QFont(self.serial.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.serial.setFont(font)
        self.serial.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.serial.setAccessibleName(self.tr("Nuevo número de serie"))
        serial_row.addWidget(self.serial)
        self.copy_serial = copy_button(
            self.tr("&Copiar"), lambda: self._receipt().new_serial, body,
            self.tr("Copiar el número de serie"),
        )  # fmt: skip
        serial_row.addWidget(self.copy_serial)
        serial_row.addStretch(1)
        layout.addLayout(serial_row)

        # The primary action: fetch, verify and start the installer without leaving here.
        download_row = QHBoxLayout()
        self.download_here = QPushButton(self.tr("Descargar e &instalar…"), body)
        self.download_here.setAutoDefault(False)
        self.download_here.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 14px; }")
        self.download_here.setAccessibleName(self.tr("Descargar e instalar la nueva versión"))
        self.download_here.clicked.connect(self.go_download)
        download_row.addWidget(self.download_here)
        download_row.addStretch(1)
        layout.addLayout(download_row)

        self.razon = self._value(body, self.tr("Razón social para activar"))
        self.copy_razon = copy_button(
            self.tr("Copiar ra&zón social"), lambda: self._receipt().razon_social, body,
            self.tr("Copiar la razón social"),
        )  # fmt: skip
        self.download = self._value(body, self.tr("Enlace de descarga"))
        self.open_download = QPushButton(self.tr("&Abrir descarga"), body)
        self.open_download.setAutoDefault(False)
        self.open_download.clicked.connect(lambda: self.ctx.open_url(self._receipt().download_url))
        self.copy_download = copy_button(
            self.tr("Copiar &enlace"), lambda: self._receipt().download_url, body,
            self.tr("Copiar el enlace de descarga"),
        )  # fmt: skip
        self.until = self._value(body, self.tr("La versión anterior funciona hasta"))
        self.email = self._value(body, self.tr("Aviso enviado a"))
        entries = [
            (self.tr("Razón social para activar (escríbela exactamente así)"), self.razon,
             [self.copy_razon]),
            (self.tr("Descarga de la nueva versión"), self.download,
             [self.open_download, self.copy_download]),
            (self.tr("La versión anterior funciona hasta"), self.until, []),
            (self.tr("Aviso enviado a"), self.email, []),
        ]  # fmt: skip
        # Caption above value, buttons beside it: reads top to bottom and never needs a
        # horizontal scroll bar, even at 150 % on a 1024×768 screen.
        for title, value, buttons in entries:
            layout.addWidget(QLabel(title, body))
            row = QHBoxLayout()
            row.setContentsMargins(12, 0, 0, 4)
            row.addWidget(value, 1)
            for b in buttons:
                row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)

        self.steps = QLabel(body)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)

        save_row = QHBoxLayout()
        self.save = QPushButton(self.tr("&Guardar comprobante (PDF)…"), body)
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.save_receipt)
        save_row.addWidget(self.save)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addStretch(1)
        self.outer.addWidget(scroll, 1)
        self.add_status_rows()

    @staticmethod
    def _value(parent: QWidget, accessible: str) -> QLabel:
        label = QLabel(parent)
        label.setProperty("portalData", True)  # shows the portal's words, not ours
        label.setWordWrap(True)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    def _receipt(self) -> UpgradeReceipt:
        receipt = self.ctx.flow.state.receipt
        assert receipt is not None
        return receipt

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        r = self._receipt()
        if self.ctx.flow.state.receipt_was_existing:
            self.setSubTitle(self.tr("Este sistema ya se había actualizado; estos son sus datos."))
            self.existing.show_message(
                "info",
                self.tr("{system} {old} ya se había actualizado a {new} antes. No se generó otro "
                        "número de serie: este es el que ya tienes.").format(
                    system=r.system, old=r.from_version, new=r.to_version
                ),
            )  # fmt: skip
        else:
            self.setSubTitle(
                self.tr("Actualizaste {system} {old} a {new}.").format(
                    system=r.system, old=r.from_version, new=r.to_version
                )
            )
        self.serial.setText(r.new_serial)
        self.razon.setText(r.razon_social)
        self.download.setText(r.download_url)
        self.until.setText(
            self.tr("{date} (después, {system} {old} quedará inactiva)").format(
                date=fmt_date(r.old_version_usable_until), system=r.system, old=r.from_version
            )
        )
        self.email.setText(r.notified_email_masked)
        steps = [
            self.tr("Descarga el instalador de {system} {new}.").format(
                system=r.system, new=r.to_version
            ),
            self.tr("Instala la nueva versión."),
            self.tr("Actívala con el nuevo número de serie y la razón social, tal como aparecen "
                    "aquí."),
            self.tr("Trae tu información de la versión anterior a la nueva."),
        ]  # fmt: skip
        import html

        self.steps.setText(
            "<b>"
            + html.escape(self.tr("Siguientes pasos"))
            + "</b><ol style='margin-top:2px'>"
            + "".join(f"<li>{html.escape(s)}</li>" for s in steps)
            + "</ol>"
        )
        self.copy_serial.setFocus()
        if self.ctx.auto_download:  # --download: straight on, nothing to ask
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.go_download)

    def go_download(self) -> None:
        self.ctx.flow.state.download_chosen = True
        self.wizard().next()

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar comprobante"), suggested, self.tr("Documento PDF (*.pdf)")
        )
        return path

    def save_receipt(self) -> None:
        r = self._receipt()
        suggested = str(Path.home() / f"comprobante-{r.system}-{r.to_version}-{r.upgrade_id}.pdf")
        chosen = self.ask_save_path(suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_receipt_pdf(r, path)
        except OSError as exc:
            self.message.show_message(
                "error",
                self.tr("No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra "
                        "carpeta.").format(path=str(path), reason=exc.strerror or str(exc)),
            )  # fmt: skip
            return
        self.message.show_message(
            "success", self.tr("Comprobante guardado en «{path}».").format(path=str(path))
        )
        self.saved_path = path
