"""Page 3, Términos y condiciones: what the upgrade means, in plain words, then the terms."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTextBrowser, QWidget

from ...flow.steps import Step
from ...flow.wording import terms as words
from ...flow.wording.common import retry_button
from ...flow.wording.errors import describe
from ...portal import errors as e
from ...portal.models import UpgradeOffer
from ..context import UiContext
from ..widgets import InlineMessage, vertical_scroll
from .base import FlowPage


class TermsPage(FlowPage):
    step = Step.TERMS

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())

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
        self.terms.setAccessibleName(words.title())
        self.terms.setOpenExternalLinks(False)
        self.terms.setMinimumHeight(120)
        layout.addWidget(self.terms, 1)
        self.outer.addWidget(scroll, 1)

        self.accept_box = QCheckBox(words.accept_box(), self)
        self.accept_box.setEnabled(False)
        self.accept_box.toggled.connect(self._accepted_toggled)
        self.outer.addWidget(self.accept_box)

        self.retry = QPushButton(retry_button(), self)
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
                "info", words.chosen_here(selected.system, selected.version)
            )
        if offer is not None and selected is not None and offer.subscription_id == selected.id:
            self._show(offer)
        else:
            self._show(None)
            self._load()

    def reread_changed_terms(self) -> None:
        """The portal published new terms while the user was confirming: read them again."""
        self._show(None)
        self._load()
        self.message.show_message("info", describe(e.TermsOutdated()))

    def _load(self) -> None:
        selected = self.ctx.flow.state.selected
        if selected is None:
            return
        self.retry.hide()
        sub_id = selected.id
        self.run_portal(
            words.loading(), lambda: self.ctx.flow.fetch_offer(sub_id), self._loaded, self._failed
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
        self.warning.show_message("warning", words.one_way(old))
        first = words.deadline_fact(old, offer.old_version_usable_until, self.ctx.flow.today())
        second = words.cost_fact(offer.periodicity)
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
            + html.escape(words.terms_version(offer.terms.version))
            + "</p>"
        )
        self.accept_box.setEnabled(True)
        self.accept_box.setChecked(self.ctx.flow.state.terms_accepted)

    def _accepted_toggled(self, on: bool) -> None:
        self.ctx.flow.accept_terms(on)
        self.completeChanged.emit()
