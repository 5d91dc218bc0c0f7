"""Page 3, Términos y condiciones: what the upgrade means, in plain words, then the terms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTextBrowser, QWidget

from ...flow.deadline import DeadlineCase, deadline
from ...portal import errors as e
from ...portal.models import UpgradeOffer
from ..context import UiContext
from ..formatting import deadline_text, periodicity_name
from ..widgets import InlineMessage, vertical_scroll
from .base import FlowPage


class TermsPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Términos y condiciones"))
        self.setSubTitle(self.tr("Lee lo que implica la actualización antes de aceptarla."))

        # What is read scrolls as one (only vertically); the box to tick stays in sight
        # below it. Laid out directly on the page, the wrapped sentences' minimum height
        # (taken at the narrowest width) made QWizard grow the window past a 1024×768
        # screen at 150 % (547 px of 512), or draw the box over the terms' last line.
        scroll, body, layout = vertical_scroll(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the terms' own frame and bar are the edge

        # The vendor's first point, in our words, before anything else: a one-way step.
        self.warning = InlineMessage(body)
        layout.addWidget(self.warning)

        self.chosen_note = InlineMessage(body)  # why this system, when this PC chose it
        layout.addWidget(self.chosen_note)
        self.facts = QLabel(body)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)

        self.terms = QTextBrowser(body)
        self.terms.setProperty("portalData", True)  # the portal's own terms document
        self.terms.setAccessibleName(self.tr("Términos y condiciones"))
        self.terms.setOpenExternalLinks(False)
        self.terms.setMinimumHeight(120)
        layout.addWidget(self.terms, 1)
        self.outer.addWidget(scroll, 1)

        self.accept_box = QCheckBox(self.tr("He &leído y acepto los términos y condiciones"), self)
        self.accept_box.setEnabled(False)
        self.accept_box.toggled.connect(self._accepted_toggled)
        self.outer.addWidget(self.accept_box)

        self.retry = QPushButton(self.tr("&Reintentar"), self)
        self.retry.setAutoDefault(False)
        self.retry.hide()
        self.retry.clicked.connect(self._load)
        self.outer.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_status_rows()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.ctx.flow.state
        offer = state.offer
        selected = state.selected
        self.chosen_note.clear_message()
        if state.skip_table:  # the table was skipped: what it would have said, said here
            self.show_notice()
        if state.preselected_from_pc and state.skip_table and selected is not None:
            self.chosen_note.show_message(
                "info",
                self.tr("Elegimos {system} {version} porque está instalado en este equipo. Si "
                        "quieres actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para "
                        "ver la lista.").format(system=selected.system, version=selected.version),
            )  # fmt: skip
        if offer is not None and selected is not None and offer.subscription_id == selected.id:
            self._show(offer)
        else:
            self._show(None)
            self._load()

    def reread_changed_terms(self) -> None:
        """The portal published new terms while the user was confirming: read them again."""
        self._show(None)
        self._load()
        self.message.show_message(
            "info",
            self.tr("Los términos y condiciones cambiaron mientras confirmabas. Léelos de nuevo "
                    "y, si estás de acuerdo, vuelve a aceptarlos."),
        )  # fmt: skip

    def _load(self) -> None:
        selected = self.ctx.flow.state.selected
        if selected is None:
            return
        self.retry.hide()
        sub_id = selected.id
        self.run_portal(
            self.tr("Consultando los términos de la actualización…"),
            lambda: self.ctx.flow.fetch_offer(sub_id),
            self._loaded,
            self._failed,
        )

    def _loaded(self, offer: UpgradeOffer) -> None:
        self.ctx.flow.apply_offer(offer)
        self._show(offer)

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, e.SessionExpired):
            self.retry.setVisible(not isinstance(error, e.NotEligible))
        return False

    def _show(self, offer: UpgradeOffer | None) -> None:
        if offer is None:
            self.warning.clear_message()
            self.facts.clear()
            self.terms.clear()
            self.accept_box.setEnabled(False)
            self.accept_box.setChecked(False)
            return
        old = f"{offer.system} {offer.from_version}"
        self.warning.show_message(
            "warning",
            self.tr("Importante: al recibir el nuevo número de serie tendrás que dejar de usar "
                    "{old}. Si todavía no estás listo para dejar de usarlo, no continúes; puedes "
                    "volver a abrir el asistente cuando lo estés.").format(old=old),
        )  # fmt: skip
        today = self.ctx.flow.today()
        first = deadline_text(old, offer.old_version_usable_until, today)
        if deadline(offer.old_version_usable_until, today).case is not DeadlineCase.PASSED:
            first += " " + self.tr(
                "Las dos versiones funcionan a la vez hasta entonces para que pases tu "
                "información a la nueva."
            )
        second = self.tr(
            "Recibes la nueva versión sin costo adicional, porque tu sistema está en "
            "suscripción, y el nuevo número de serie conserva la periodicidad {periodicity}."
        ).format(periodicity=periodicity_name(offer.periodicity))
        facts = (
            f"<p style='margin:0'><b>{html.escape(first)}</b></p>",
            f"<p style='margin:4px 0 0 0'><b>{html.escape(second)}</b></p>",
        )
        self.facts.setText("".join(facts))
        items = "".join(
            f"<li style='margin-bottom:6px'>{html.escape(p)}</li>" for p in offer.terms.points
        )
        self.terms.setHtml(
            f"<h3>{html.escape(offer.terms.title)}</h3><ol>{items}</ol>"
            + "<p style='color:#5f6368'>"
            + html.escape(self.tr("Versión de los términos: {v}").format(v=offer.terms.version))
            + "</p>"
        )
        self.accept_box.setEnabled(True)
        self.accept_box.setChecked(self.ctx.flow.state.terms_accepted)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override (Back)
        # Going back from here should reach the table even if the installer's flags let
        # the user skip it on the way in.
        self.ctx.flow.state.skip_table = False
        super().cleanupPage()

    def _accepted_toggled(self, on: bool) -> None:
        self.ctx.flow.accept_terms(on)
        self.completeChanged.emit()

    def ready(self) -> bool:
        state = self.ctx.flow.state
        return state.offer is not None and state.terms_accepted and self.accept_box.isChecked()
