"""Page 5, ¡Listo!: the new serial, the download link and the razón social, ready to use."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...flow.deadline import DeadlineCase, deadline
from ...flow.guidance import Guidance, guidance_for
from ...flow.reminder import Reminder, alarm_days, reminder_ics, write_reminder
from ...portal.models import UpgradeReceipt
from ..context import UiContext
from ..formatting import deadline_text, fmt_date
from ..guidance_text import next_steps, refused_text, running_text, where_text
from ..links import open_portal_link
from ..plain import ValueLabel, clean, plain, tooltip
from ..receipt_pdf import write_receipt_pdf
from ..tasks import Task
from ..widgets import InlineMessage, copy_button, vertical_scroll
from .base import FlowPage

if TYPE_CHECKING:
    from ...host.installed import InstalledSystem

log = logging.getLogger("aspel_upgrade.ui")


class ResultPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("¡Listo!"))
        self.setSubTitle(self.tr("Tu nuevo número de serie está listo."))
        self.setFinalPage(True)
        self.ask_save_path = self._ask_save_path
        self.ask_reminder_path = self._ask_reminder_path
        self.scan: Task | None = None

        scroll, body, layout = vertical_scroll(self)

        self.existing = InlineMessage(body)
        layout.addWidget(self.existing)

        caption = QLabel(self.tr("Nuevo número de serie"), body)
        layout.addWidget(caption)
        serial_row = QHBoxLayout()
        self.serial = ValueLabel(self.tr("Nuevo número de serie"), body, keyboard=True)
        self.serial.setWordWrap(False)
        font = QFont(self.serial.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.serial.setFont(font)
        serial_row.addWidget(self.serial)
        self.copy_serial = copy_button(
            self.tr("&Copiar"), lambda: clean(self._receipt().new_serial), body,
            self.tr("Copiar número de serie"),
        )  # fmt: skip
        serial_row.addWidget(self.copy_serial)
        serial_row.addStretch(1)
        layout.addLayout(serial_row)

        # The primary action: fetch, verify and start the installer without leaving here.
        download_row = QHBoxLayout()
        self.download_here = QPushButton(body)
        self.download_here.setAutoDefault(False)
        self.download_here.clicked.connect(self.go_download)
        self._download_first(True)
        download_row.addWidget(self.download_here)
        download_row.addStretch(1)
        layout.addLayout(download_row)
        # The old version open here: right under the action it concerns, so it is in
        # sight without scrolling, also at 150 % on 1024×768.
        self.running = InlineMessage(body)
        layout.addWidget(self.running)

        self.razon = self._value(body, self.tr("Razón social para activar"))
        self.copy_razon = copy_button(
            self.tr("Copiar ra&zón social"), lambda: clean(self._receipt().razon_social), body,
            self.tr("Copiar razón social"),
        )  # fmt: skip
        self.download = self._value(body, self.tr("Enlace de descarga"))
        self.open_download = QPushButton(self.tr("&Abrir descarga"), body)
        self.open_download.setAutoDefault(False)
        self.open_download.clicked.connect(
            lambda: open_portal_link(self, self.ctx, clean(self._receipt().download_url))
        )  # https only (loopback aside): ui/links.py
        self.copy_download = copy_button(
            self.tr("Copiar &enlace"), lambda: clean(self._receipt().download_url), body,
            self.tr("Copiar enlace de descarga"),
        )  # fmt: skip
        self.until = self._value(body, self.tr("Plazo de la versión anterior"))
        self.email = self._value(body, self.tr("Aviso enviado a"))
        entries = [
            (self.tr("Razón social para activar (escríbela exactamente así)"), self.razon,
             [self.copy_razon]),
            (self.tr("Descarga de la nueva versión"), self.download,
             [self.open_download, self.copy_download]),
            (self.tr("Plazo de la versión anterior"), self.until, []),
            (self.tr("Aviso enviado a"), self.email, []),
        ]  # fmt: skip
        # Caption above value, buttons beside it: reads top to bottom and never needs a
        # horizontal scroll bar, even at 150 % on a 1024×768 screen.
        for title, value, buttons in entries:
            layout.addWidget(plain(QLabel(title, body)))
            row = QHBoxLayout()
            row.setContentsMargins(12, 0, 0, 4)
            row.addWidget(value, 1)
            for b in buttons:
                row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)

        self.until.setProperty("portalData", False)  # our sentence (flow.deadline), translated

        # This user's case (flow.guidance): where the data is, what is next.
        layout.addWidget(QLabel(self.tr("En este equipo"), body))
        self.where = plain(QLabel(body))  # folders of this PC: file data
        self.where.setWordWrap(True)
        self.where.setContentsMargins(12, 0, 0, 4)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        self.steps = QLabel(body)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)
        self.refused = plain(QLabel(body))
        self.refused.setWordWrap(True)
        layout.addWidget(self.refused)

        save_row = QHBoxLayout()
        self.save = QPushButton(self.tr("&Guardar comprobante (PDF)…"), body)
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.save_receipt)
        save_row.addWidget(self.save)
        self.remind = QPushButton(self.tr("Guardar &recordatorio…"), body)
        self.remind.setAutoDefault(False)
        self.remind.clicked.connect(self.save_reminder)
        save_row.addWidget(self.remind)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addStretch(1)
        self.outer.addWidget(scroll, 1)
        self.add_status_rows()

    @staticmethod
    def _value(parent: QWidget, caption: str) -> ValueLabel:
        label = ValueLabel(caption, parent)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
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
                self.tr("{system} {old} ya se había actualizado a {new}. No se generó otro número "
                        "de serie: este es el que ya tienes.").format(
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
        today = self.ctx.flow.today()
        left = deadline(r.old_version_usable_until, today)
        passed = left.case is DeadlineCase.PASSED
        self.until.setStyleSheet("QLabel { color:#8a1c1c; }" if passed else "")
        # Nothing left to be reminded of (the last day, or past it): gone, not greyed out
        # without a reason (the sentence above says it is the last day, or in red, past).
        alarms = alarm_days(left.days_left)
        self.remind.setVisible(bool(alarms))
        self.remind.setEnabled(bool(alarms))
        self.remind.setToolTip(tooltip(self._reminder_tip(alarms)))
        self.email.setText(r.notified_email_masked)
        self.show_guidance()
        self.copy_serial.setFocus()
        if not self.ctx.closing:  # on screen: reported now, nothing left to resume
            self.ctx.flow.result_shown()
        self.look_again()
        if self.ctx.auto_download:  # --download: straight on, nothing to ask
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.go_download)

    def look_again(self) -> None:
        """Look at this PC again (cheap): the old version may have been opened or closed
        since the last look. On arrival, on coming back (from the download page or from
        another window) and whenever the page is shown again."""
        if self.scan is None or not self.scan.running:
            self.scan = self.ctx.tasks.run(self.ctx.find_installed, self._rescanned, self._no_scan)
            self.destroyed.connect(self.scan.cancel)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.ctx.flow.state.receipt is not None:
            self.look_again()  # e.g. «Atrás» from the download page

    def go_download(self) -> None:
        # Only for this step forward: back here, the page is the last one again (Finish, no
        # Next, no Cancel after the step that cannot be undone).
        state = self.ctx.flow.state
        state.download_chosen = True
        try:
            self.wizard().next()
        finally:
            state.download_chosen = False

    def leave(self) -> None:
        if self.scan is not None:
            self.scan.cancel()
        super().leave()

    def _rescanned(self, found: tuple[InstalledSystem, ...]) -> None:
        self.ctx.flow.state.installed = found
        self.show_guidance()

    def _no_scan(self, error: BaseException) -> None:
        log.warning("Looking for installed Aspel systems failed: %r", error)

    def guidance(self) -> Guidance:
        r = self._receipt()
        return guidance_for(r.system, r.from_version, r.to_version, self.ctx.flow.state.installed)

    def _download_first(self, first: bool) -> None:
        """The primary action, unless the new version is installed here already (then
        activating it is the next step, and downloading only a second copy)."""
        if first:
            self.download_here.setText(self.tr("Descargar e &instalar…"))
            self.download_here.setAccessibleName(self.tr("Descargar e instalar la nueva versión"))
            self.download_here.setStyleSheet(
                "QPushButton { font-weight: bold; padding: 6px 14px; }"
            )
        else:
            self.download_here.setText(self.tr("Volver a descargar el &instalador…"))
            self.download_here.setAccessibleName(self.tr("Volver a descargar el instalador"))
            self.download_here.setStyleSheet("")

    def show_guidance(self) -> None:
        import html

        g = self.guidance()
        self._download_first(not g.new_installed)
        r = self._receipt()
        self.until.setText(
            deadline_text(
                f"{r.system} {r.from_version}", r.old_version_usable_until,
                self.ctx.flow.today(), new_installed=g.new_installed,
            )
        )  # fmt: skip
        warning = running_text(g)
        if warning:
            self.running.show_message("warning", warning)
        else:
            self.running.clear_message()
        self.where.setText(where_text(g) or self.tr("Buscando tu sistema en este equipo…"))
        self.steps.setText(
            "<b>"
            + html.escape(self.tr("Siguientes pasos"))
            + "</b><ol style='margin-top:2px'>"
            + "".join(f"<li>{html.escape(s)}</li>" for s in next_steps(g))
            + "</ol>"
        )
        self.refused.setText(refused_text())

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar comprobante"), suggested, self.tr("Documento PDF (*.pdf)")
        )
        return path

    def save_receipt(self) -> None:
        r = self._receipt()
        name = self.tr("comprobante-{system}-{version}-{upgrade}.pdf").format(
            system=r.system, version=r.to_version, upgrade=r.upgrade_id
        )
        suggested = str(Path.home() / name)
        chosen = self.ask_save_path(suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_receipt_pdf(r, path, today=self.ctx.flow.today(), guidance=self.guidance())
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

    def _ask_reminder_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar recordatorio"), suggested, self.tr("Calendario (*.ics)")
        )
        return path

    def _reminder_tip(self, alarms: tuple[int, ...]) -> str:
        """What the calendar file will hold, for the days left (flow.reminder.alarm_days)."""
        r = self._receipt()
        if alarms == (7, 1):
            text = self.tr("Un archivo de calendario (.ics) con el último día para usar {old} "
                           "({date}) y avisos una semana antes y un día antes. Ábrelo para "
                           "agregarlo a Outlook o a tu calendario.")  # fmt: skip
        elif alarms == (1, 0):
            text = self.tr("Un archivo de calendario (.ics) con el último día para usar {old} "
                           "({date}) y avisos un día antes y ese mismo día a las 9:00. Ábrelo "
                           "para agregarlo a Outlook o a tu calendario.")  # fmt: skip
        else:
            text = self.tr("Un archivo de calendario (.ics) con el último día para usar {old} "
                           "({date}) y un aviso ese mismo día a las 9:00. Ábrelo para "
                           "agregarlo a Outlook o a tu calendario.")  # fmt: skip
        return text.format(
            old=f"{r.system} {r.from_version}", date=fmt_date(r.old_version_usable_until)
        )

    def reminder(self) -> Reminder:
        r = self._receipt()
        old = f"{r.system} {r.from_version}"
        description = "\n".join([
            # The date, not a count of days: the event is read on other days than today.
            self.tr("{old} funciona hasta el {date}; después, el sistema quedará inactivo."
                    ).format(old=old, date=fmt_date(r.old_version_usable_until)),
            self.tr("Nuevo número de serie: {serial}").format(serial=r.new_serial),
            self.tr("Razón social para activar: {razon}").format(razon=r.razon_social),
            self.tr("Descarga: {url}").format(url=r.download_url),
        ])  # fmt: skip
        return Reminder(
            uid=f"{r.upgrade_id}-fin-version-anterior@aspel-upgrade",
            summary=self.tr("Último día para usar {old}").format(old=old),
            description=description,
            alarm_text=self.tr("Se acerca el último día para usar {old}: después, el sistema "
                               "quedará inactivo.").format(old=old),
            day=r.old_version_usable_until,
        )  # fmt: skip

    def save_reminder(self) -> None:
        from datetime import UTC, datetime

        from ... import __version__

        reminder = self.reminder()
        r = self._receipt()
        name = self.tr("recordatorio-{system}-{version}.ics").format(
            system=r.system, version=r.from_version
        )
        suggested = str(Path.home() / name)
        chosen = self.ask_reminder_path(suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        text = reminder_ics(
            reminder,
            now=datetime.now(UTC),
            product=f"aspel-upgrade {__version__}",
            today=self.ctx.flow.today(),
        )
        try:
            write_reminder(str(path), text)
        except OSError as exc:
            self.message.show_message(
                "error",
                self.tr("No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra "
                        "carpeta.").format(path=str(path), reason=exc.strerror or str(exc)),
            )  # fmt: skip
            return
        self.message.show_message(
            "success",
            self.tr("Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu "
                    "calendario.").format(path=str(path)),
        )  # fmt: skip
        self.reminder_path = path
