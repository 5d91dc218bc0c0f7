"""Page 4, Confirmación: the summary and the one button that issues the new serial."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard

from ...flow.answers import Confirmation
from ...flow.problems import StateNotWritable
from ...flow.readiness import Status
from ...flow.steps import Step
from ...flow.wording import bare, fields
from ...flow.wording import confirm as words
from ...flow.wording import readiness as readiness_words
from ...flow.wording.deadline import left, periodicity
from ...flow.wording.errors import describe
from ..context import UiContext
from ..plain import ValueLabel
from ..widgets import InlineMessage
from .base import FlowPage

if TYPE_CHECKING:
    from ...flow.readiness import Check

log = logging.getLogger("aspel_upgrade.ui")


class ConfirmPage(FlowPage):
    step = Step.CONFIRM
    terms_changed = Signal()  # new terms were published while confirming

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, words.commit_button())

        # The one-way step: said again right above the button that takes it.
        self.warning = InlineMessage(self)
        self.outer.addWidget(self.warning)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, ValueLabel] = {}
        for key, caption in words.captions().items():
            value = ValueLabel(caption, self)  # plain text, read with its caption
            self.fields[key] = value
            form.addRow(fields.label(caption), value)
        self.fields["until"].setProperty("portalData", False)  # our sentence (flow.deadline)
        # What was checked on this PC (the page before), by status.
        self.checked = ValueLabel(readiness_words.summary_caption(), self)
        self.checked.setProperty("portalData", False)  # our words
        form.addRow(fields.label(readiness_words.summary_caption()), self.checked)
        self.outer.addLayout(form)
        # The old program, looked at again on arrival and at the click; why the click waits.
        self.program = InlineMessage(self)
        self.outer.addWidget(self.program)
        self.held = InlineMessage(self)
        self.outer.addWidget(self.held)
        note = QLabel(words.razon_note(), self)
        note.setWordWrap(True)
        self.outer.addWidget(note)
        self.add_status_rows()
        self.outer.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        offer = self.ctx.flow.state.offer
        assert offer is not None
        old, today = f"{offer.system} {offer.from_version}", self.ctx.flow.today()
        values = {
            "system": words.upgrade(offer.system, offer.from_version, offer.to_version),
            "serial": offer.current_serial,
            "periodicity": periodicity(offer.periodicity).capitalize(),
            "razon_social": offer.razon_social,
            "until": left(old, offer.old_version_usable_until, today),
            "email": offer.notify_email_masked,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        wizard = self.wizard()
        self.warning.show_message(
            "warning",
            words.one_way(
                bare(self.buttonText(QWizard.WizardButton.CommitButton)), old,
                offer.old_version_usable_until, today,
                bare(wizard.buttonText(QWizard.WizardButton.CancelButton)),
            ),
        )  # fmt: skip
        # The focus arrives on the warning, never on the commit button (QWizard gives it to
        # the page's first focus stop, else to that button): an Enter pressed twice on the
        # terms page, or held, sent the one-way confirmation. A screen reader reads the
        # warning first; the commit button is a Tab away, or Alt+S.
        keyboard = Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.warning.setTextInteractionFlags(self.warning.textInteractionFlags() | keyboard)
        self.warning.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._update_back()
        self.show_checked()
        self.look_at_program()

    # ---- this PC, as of now ---------------------------------------------------------------
    def show_checked(self) -> None:
        """What was checked, by status; the old program if open now; why the click waits."""
        flow = self.ctx.flow
        readiness = flow.state.readiness
        if readiness is None:
            self.checked.setText(readiness_words.not_checked())
            self.program.clear_message()
        else:
            order = (Status.BLOQUEA, Status.AVISO, Status.OK, Status.NO_APLICA)
            groups = [
                (status.value, [c.title for c in readiness.checks if c.status is status])
                for status in order
            ]
            self.checked.setText(readiness_words.checked(groups))
            program = readiness.check("program_open")
            if program is not None and program.status is Status.AVISO:
                self.program.show_message("warning", program.message)
            else:
                self.program.clear_message()
        if flow.commit_held:
            self.held.show_message("warning", readiness_words.commit_blocked())
        else:
            self.held.clear_message()
        self.completeChanged.emit()

    def look_at_program(self) -> None:
        """The old program looked at again on arrival (on a worker; the click looks once
        more, just before sending: ``send``)."""
        look = self._program_look()
        if look is None or self.busy:
            return
        flow = self.ctx.flow

        def done(check: Check) -> None:
            self._finish()
            flow.apply_program_look(check)
            self.show_checked()

        def failed(error: BaseException) -> None:
            self._finish()
            log.warning("Looking at the old program failed: %r", error)

        self.busy_row.start(readiness_words.checking())
        self.task = self.ctx.tasks.run(look, done, failed)
        self.busy_changed()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.ctx.flow.state.receipt is not None:
            return True
        if not self.busy:
            self.send()
        return False  # the answer advances the wizard; a second click sends nothing

    def send(self) -> None:
        flow = self.ctx.flow
        try:
            request = flow.begin_confirmation()  # saved before sending
        except StateNotWritable as problem:
            self.message.show_message("error", describe(problem))
            return
        self._update_back()

        look = self._program_look()  # this PC as of the click, on the worker, then send

        def done(answer: tuple[Check | None, Confirmation]) -> None:
            check, confirmation = answer
            flow.apply_confirmation(confirmation, looked=check)
            self.answered.emit()
            if not self.ctx.closing:  # not when the window was closed while waiting
                self.wizard().next()

        def failed(error: BaseException) -> bool:
            self.answered.emit()
            return self._failed(error)

        self.run_portal(
            words.sending(), lambda: flow.confirm_after_look(request, look), done, failed
        )

    def _program_look(self) -> Callable[[], Check] | None:
        """The old program's look, to run on a worker (None: nothing was looked at)."""
        flow, ctx = self.ctx.flow, self.ctx
        readiness = flow.state.readiness
        if readiness is None:
            return None
        find, this_pc = ctx.find_installed, ctx.this_pc
        return lambda: flow.look_at_program(readiness, this_pc(), tuple(find()))

    def _failed(self, error: BaseException) -> bool:
        meaning = self.ctx.flow.confirmation_failed(error)
        self._update_back()
        if meaning == "terms_changed":
            # Nothing was issued: take the user back to read the new terms (past the look at
            # this PC, which stays as it was).
            wizard = self.wizard()
            for _ in Step:  # bounded: each back() is one page
                if wizard.currentId() <= int(Step.TERMS):
                    break
                wizard.back()
            self.terms_changed.emit()
            return True
        if meaning == "unknown":
            self.message.show_message("error", words.answer_unknown(error))
            return True
        return False  # refused, session expired, unexpected: the base page shows it

    def _update_back(self) -> None:
        # Once a confirmation may have reached the portal, going back to pick another
        # system could orphan it: the only ways on are retrying or closing (resumable).
        wizard = self.wizard()
        if wizard is not None:
            back = wizard.button(QWizard.WizardButton.BackButton)
            back.setEnabled(not self.ctx.flow.state.committed)

    def busy_changed(self) -> None:
        super().busy_changed()
        self._update_back()
