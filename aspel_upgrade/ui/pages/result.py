"""Page 5, ¡Listo!: the new serial, the download link and the razón social, ready to use."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ... import __version__
from ...flow.deadline import DeadlineCase, deadline
from ...flow.guidance import Guidance, guidance_for
from ...flow.reminder import Reminder, alarm_days, reminder_ics, write_reminder
from ...flow.steps import Step
from ...flow.wording import bare, common, fields
from ...flow.wording import guidance as guidance_words
from ...flow.wording import readiness as readiness_words
from ...flow.wording import reminder as reminder_words
from ...flow.wording import result as words
from ...flow.wording.deadline import left
from ...flow.wording.download import paused_by_leaving
from ...host.installed import InstalledSystem
from ...portal.models import UpgradeReceipt
from ..context import UiContext
from ..links import open_portal_link
from ..plain import ValueLabel, clean, plain, tooltip
from ..receipt_pdf import write_receipt_pdf
from ..tasks import Task
from ..widgets import InlineMessage, copy_button, numbered_list, vertical_scroll
from .base import FlowPage

log = logging.getLogger("aspel_upgrade.ui")


class ResultPage(FlowPage):
    step = Step.RESULT

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())
        self.setFinalPage(True)
        self.ask_save_path = self._ask_save_path
        self.ask_reminder_path = self._ask_reminder_path
        self.scan: Task | None = None

        scroll, body, layout = vertical_scroll(self)

        self.existing = InlineMessage(body)
        layout.addWidget(self.existing)

        caption = QLabel(fields.new_serial(), body)
        layout.addWidget(caption)
        serial_row = QHBoxLayout()
        self.serial = ValueLabel(fields.new_serial(), body, keyboard=True)
        self.serial.setWordWrap(False)
        font = QFont(self.serial.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.serial.setFont(font)
        serial_row.addWidget(self.serial)
        self.copy_serial = copy_button(
            common.copy_button(), lambda: clean(self._receipt().new_serial), body,
            common.copy_serial_name(),
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

        self.razon = self._value(body, fields.razon_social())
        self.copy_razon = copy_button(
            common.copy_razon_button(), lambda: clean(self._receipt().razon_social), body
        )
        self.download = self._value(body, fields.download_link())
        self.open_download = QPushButton(words.open_link_button(), body)
        self.open_download.setAutoDefault(False)
        self.open_download.clicked.connect(
            lambda: open_portal_link(self, self.ctx, clean(self._receipt().download_url))
        )  # https only (loopback aside): ui/links.py
        self.copy_download = copy_button(
            words.copy_link_button(), lambda: clean(self._receipt().download_url), body,
            words.copy_link_name(),
        )  # fmt: skip
        self.until = self._value(body, fields.until())
        self.email = self._value(body, fields.notified())
        entries = [
            (words.razon_heading(), self.razon, [self.copy_razon]),
            (words.link_heading(), self.download, [self.open_download, self.copy_download]),
            (fields.until(), self.until, []),
            (fields.notified(), self.email, []),
        ]
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
        layout.addWidget(QLabel(guidance_words.this_pc_title(), body))
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
        self.save = QPushButton(words.save_receipt_button(), body)
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.save_receipt)
        save_row.addWidget(self.save)
        self.remind = QPushButton(reminder_words.save_button(), body)
        self.remind.setAutoDefault(False)
        self.remind.clicked.connect(self.save_reminder)
        save_row.addWidget(self.remind)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        # Last: this PC's checks as they stood when the confirmation was sent (none: not
        # made in this run).
        self.checked_title = plain(QLabel(readiness_words.summary_caption(), body))
        layout.addWidget(self.checked_title)
        self.checked = plain(QLabel(body))
        self.checked.setWordWrap(True)
        self.checked.setContentsMargins(12, 0, 0, 4)
        self.checked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.checked)

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
            self.setSubTitle(words.existing_subtitle())
            self.existing.show_message(
                "info", words.existing(r.system, r.from_version, r.to_version)
            )
        else:
            self.setSubTitle(words.upgraded_subtitle(r.system, r.from_version, r.to_version))
        self.serial.setText(r.new_serial)
        self.razon.setText(r.razon_social)
        self.download.setText(r.download_url)
        today = self.ctx.flow.today()
        remaining = deadline(r.old_version_usable_until, today)
        passed = remaining.case is DeadlineCase.PASSED
        self.until.setStyleSheet("QLabel { color:#8a1c1c; }" if passed else "")
        # Nothing left to be reminded of (the last day, or past it): gone, not greyed out
        # without a reason (the sentence above says it is the last day, or in red, past).
        alarms = alarm_days(remaining.days_left)
        self.remind.setVisible(bool(alarms))
        self.remind.setEnabled(bool(alarms))
        self.remind.setToolTip(tooltip(self._reminder_tip(alarms)))
        self.email.setText(r.notified_email_masked)
        self.show_guidance()
        self.show_checked()
        self.copy_serial.setFocus()
        if not self.ctx.closing:  # on screen: reported now, nothing left to resume
            self.ctx.flow.result_shown()
        self.look_again()
        if self.ctx.flow.require_download:  # --download: straight on, nothing to ask
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
        if self.ctx.flow.download.take_paused_by_leaving():
            self.message.show_message("info", self._paused_note())

    def go_download(self) -> None:
        if self.message.text() == self._paused_note():  # true until the download goes on
            self.message.clear_message()
        with self.ctx.flow.toward_download():
            self.wizard().next()

    def leave(self) -> None:
        if self.scan is not None:
            self.scan.cancel()
        super().leave()

    def _paused_note(self) -> str:
        return paused_by_leaving(bare(self.download_here.text()))

    def _rescanned(self, found: tuple[InstalledSystem, ...]) -> None:
        self.ctx.flow.found_installed(found)
        self.show_guidance()

    def _no_scan(self, error: BaseException) -> None:
        log.warning("Looking for installed Aspel systems failed: %r", error)

    def guidance(self) -> Guidance:
        r, state = self._receipt(), self.ctx.flow.state
        return guidance_for(
            r.system, r.from_version, r.to_version, state.installed,
            elsewhere=state.install_elsewhere,
        )  # fmt: skip

    def _download_first(self, first: bool) -> None:
        """The primary action, unless the new version is installed here already (then
        activating it is the next step, and downloading only a second copy)."""
        self.download_here.setText(words.download_button(first))
        self.download_here.setAccessibleName(words.download_name(first))
        self.download_here.setStyleSheet(
            "QPushButton { font-weight: bold; padding: 6px 14px; }" if first else ""
        )

    def show_guidance(self) -> None:
        g = self.guidance()
        self._download_first(not g.new_installed)
        r = self._receipt()
        self.until.setText(
            left(f"{r.system} {r.from_version}", r.old_version_usable_until,
                 self.ctx.flow.today(), new_installed=g.new_installed)
        )  # fmt: skip
        warning = guidance_words.running(g)
        if warning:
            self.running.show_message("warning", warning)
        else:
            self.running.clear_message()
        self.where.setText(guidance_words.where(g) or guidance_words.looking())
        self.steps.setText(
            numbered_list(guidance_words.steps_title(), guidance_words.next_steps(g))
        )
        self.refused.setText(guidance_words.refused())

    def show_checked(self) -> None:
        """The checks as they stood at the moment of confirming (hidden when none were made
        in this run: an earlier upgrade shown again, or one resumed)."""
        checked = self.ctx.flow.checks_as_confirmed()
        self.checked_title.setVisible(checked is not None)
        self.checked.setVisible(checked is not None)
        if checked is None:
            self.checked.setText("")
            return
        items = [readiness_words.item(c.status.value, c.title, c.message) for c in checked.checks]
        self.checked.setText("\n".join([readiness_words.as_confirmed(), *items]))

    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, words.save_receipt_title(), suggested, words.pdf_filter()
        )
        return path

    def save_receipt(self) -> None:
        r = self._receipt()
        name = words.receipt_file_name(r.system, r.to_version, r.upgrade_id)
        suggested = str(Path.home() / name)
        chosen = self.ask_save_path(suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_receipt_pdf(
                r, path, today=self.ctx.flow.today(), guidance=self.guidance(),
                checked=self.ctx.flow.checks_as_confirmed(),
            )  # fmt: skip
        except OSError as exc:
            self.message.show_message(
                "error", words.receipt_not_saved(path, exc.strerror or str(exc))
            )
            return
        self.message.show_message("success", words.receipt_saved(path))
        self.saved_path = path

    def _ask_reminder_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, reminder_words.save_title(), suggested, reminder_words.ics_filter()
        )
        return path

    def _reminder_tip(self, alarms: tuple[int, ...]) -> str:
        """What the calendar file will hold, for the days left (flow.reminder.alarm_days)."""
        r = self._receipt()
        return reminder_words.tip(f"{r.system} {r.from_version}", r.old_version_usable_until,
                                  alarms)  # fmt: skip

    def reminder(self) -> Reminder:
        r = self._receipt()
        old = f"{r.system} {r.from_version}"
        return Reminder(
            uid=f"{r.upgrade_id}-fin-version-anterior@aspel-upgrade",
            summary=reminder_words.summary(old),
            description=reminder_words.description(r),
            alarm_text=reminder_words.alarm(old),
            day=r.old_version_usable_until,
        )

    def save_reminder(self) -> None:
        reminder = self.reminder()
        r = self._receipt()
        name = reminder_words.file_name(r.system, r.from_version)
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
                "error", reminder_words.not_saved(path, exc.strerror or str(exc))
            )
            return
        self.message.show_message("success", reminder_words.saved(path))
        self.reminder_path = path
