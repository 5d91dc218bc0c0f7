"""Page 4, Confirmación: the summary and the one button that issues the new serial."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard

from ...flow.controller import Confirmation
from ...flow.steps import Step
from ...portal import errors as e
from ..context import UiContext
from ..formatting import deadline_text, periodicity_name
from ..messages import describe
from .base import FlowPage


class ConfirmPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Confirmación"))
        self.setSubTitle(
            self.tr("Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie "
                    "y lo envía por correo.")
        )  # fmt: skip
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("Actualizar &número de serie")
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        rows = [
            ("system", self.tr("Sistema:")),
            ("serial", self.tr("Número de serie actual:")),
            ("periodicity", self.tr("Periodicidad de renta:")),
            ("razon_social", self.tr("Razón social para activar:")),
            ("until", self.tr("Plazo de la versión anterior:")),
            ("email", self.tr("Aviso por correo a:")),
        ]
        for key, label in rows:
            value = QLabel(self)
            value.setProperty("portalData", True)  # shows the portal's words, not ours
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
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
        self._update_back()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.ctx.flow.state.receipt is not None:
            return True
        if not self.busy:
            self.send()
        return False  # the answer advances the wizard; a second click sends nothing

    def send(self) -> None:
        flow = self.ctx.flow
        sub_id, terms_version, key = flow.begin_confirmation()  # key saved before sending
        self._update_back()

        def done(confirmation: Confirmation) -> None:
            flow.apply_confirmation(confirmation)
            self.wizard().next()

        self.run_portal(
            self.tr("Generando tu nuevo número de serie…"),
            lambda: flow.confirm(sub_id, terms_version, key),
            done,
            self._failed,
        )

    def _failed(self, error: BaseException) -> bool:
        flow = self.ctx.flow
        if isinstance(error, e.TermsOutdated):
            # Nothing was issued: take the user back to read the new terms.
            flow.abandon_confirmation(terms_changed=True)
            self._update_back()
            wizard = self.wizard()
            wizard.back()
            terms = wizard.page(int(Step.TERMS))
            reread = getattr(terms, "terms_changed", None)
            if callable(reread):
                reread()
            return True
        if isinstance(error, e.NotEligible | e.IdempotencyConflict | e.NotFound):
            flow.abandon_confirmation()
            self._update_back()
            return False
        if isinstance(error, e.PortalError) and not isinstance(error, e.SessionExpired):
            self.message.show_message(
                "error",
                self.tr("{problem} No sabemos si el portal alcanzó a recibir la confirmación: "
                        "pulsa de nuevo «Actualizar número de serie». Es seguro, no se generará "
                        "un segundo número de serie.").format(problem=describe(error)),
            )  # fmt: skip
            return True
        return False

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
