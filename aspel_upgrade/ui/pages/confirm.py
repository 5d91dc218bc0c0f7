"""Page 4, Confirmación: the summary and the one button that issues the new serial."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard

from ...flow.answers import Confirmation
from ...flow.deadline import DeadlineCase, deadline
from ...flow.messages import describe
from ...flow.problems import StateNotWritable
from ..context import UiContext
from ..formatting import deadline_text, fmt_date, periodicity_name
from ..plain import ValueLabel
from ..widgets import InlineMessage
from .base import FlowPage


class ConfirmPage(FlowPage):
    terms_changed = Signal()  # new terms were published while confirming

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Confirmación"))
        self.setSubTitle(
            self.tr("Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie "
                    "y lo envía por correo.")
        )  # fmt: skip
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("Actualizar número de &serie")
        )

        # The one-way step: said again right above the button that takes it.
        self.warning = InlineMessage(self)
        self.outer.addWidget(self.warning)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, ValueLabel] = {}
        rows = [
            ("system", self.tr("Sistema:")),
            ("serial", self.tr("Número de serie actual:")),
            ("periodicity", self.tr("Periodicidad de renta:")),
            ("razon_social", self.tr("Razón social para activar:")),
            ("until", self.tr("Plazo de la versión anterior:")),
            ("email", self.tr("Aviso por correo a:")),
        ]
        for key, label in rows:
            value = ValueLabel(label.rstrip(":"), self)  # plain text, read with its caption
            self.fields[key] = value
            form.addRow(label, value)
        self.fields["until"].setProperty("portalData", False)  # our sentence (flow.deadline)
        self.outer.addLayout(form)
        note = QLabel(
            self.tr("El asistente de activación de la nueva versión te pedirá la razón social "
                    "exactamente como aparece arriba."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        self.outer.addWidget(note)
        self.add_status_rows()
        self.outer.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        offer = self.ctx.flow.state.offer
        assert offer is not None
        values = {
            "system": self.tr("{system} {old} → {new}").format(
                system=offer.system, old=offer.from_version, new=offer.to_version
            ),
            "serial": offer.current_serial,
            "periodicity": periodicity_name(offer.periodicity).capitalize(),
            "razon_social": offer.razon_social,
            "until": deadline_text(
                f"{offer.system} {offer.from_version}",
                offer.old_version_usable_until,
                self.ctx.flow.today(),
            ),
            "email": offer.notify_email_masked,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        wizard = self.wizard()
        passed = (
            deadline(offer.old_version_usable_until, self.ctx.flow.today()).case
            is DeadlineCase.PASSED
        )
        warning = (
            self.tr("Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo "
                    "número de serie y tendrás que dejar de usar {old} (su plazo terminó el "
                    "{date}). Si todavía no estás listo, pulsa «{cancel}».")
            if passed
            else self.tr("Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el "
                         "nuevo número de serie y tendrás que dejar de usar {old} (solo "
                         "funcionará hasta el {date}). Si todavía no estás listo, pulsa "
                         "«{cancel}».")
        )  # fmt: skip
        self.warning.show_message(
            "warning",
            warning.format(
                commit=self.buttonText(QWizard.WizardButton.CommitButton).replace("&", ""),
                old=f"{offer.system} {offer.from_version}",
                date=fmt_date(offer.old_version_usable_until),
                cancel=wizard.buttonText(QWizard.WizardButton.CancelButton).replace("&", ""),
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
            sub_id, terms_version, key = flow.begin_confirmation()  # saved before sending
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

        self.run_portal(
            self.tr("Generando tu nuevo número de serie…"),
            lambda: flow.confirm(sub_id, terms_version, key),
            done,
            failed,
        )

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
            self.message.show_message(
                "error",
                self.tr("{problem} No sabemos si el portal alcanzó a recibir la confirmación: "
                        "pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará "
                        "un segundo número de serie.").format(problem=describe(error)),
            )  # fmt: skip
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
