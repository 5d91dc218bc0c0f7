"""Page 4, Confirmación: the summary and the one button that issues the new serial."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard

from ...flow.answers import Confirmation
from ...flow.problems import StateNotWritable
from ...flow.steps import Step
from ...flow.wording import bare, fields
from ...flow.wording import confirm as words
from ...flow.wording.deadline import left, periodicity
from ...flow.wording.errors import describe
from ..context import UiContext
from ..plain import ValueLabel
from ..widgets import InlineMessage
from .base import FlowPage


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
        self.outer.addLayout(form)
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

        def done(confirmation: Confirmation) -> None:
            flow.apply_confirmation(confirmation)
            self.answered.emit()
            if not self.ctx.closing:  # not when the window was closed while waiting
                self.wizard().next()

        def failed(error: BaseException) -> bool:
            self.answered.emit()
            return self._failed(error)

        self.run_portal(words.sending(), lambda: flow.confirm(request), done, failed)

    def _failed(self, error: BaseException) -> bool:
        meaning = self.ctx.flow.confirmation_failed(error)
        self._update_back()
        if meaning == "terms_changed":
            # Nothing was issued: take the user back to read the new terms.
            wizard = self.wizard()
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
