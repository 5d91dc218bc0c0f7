"""Page «¿Está listo este equipo?»: the checks of this PC before the one-way step.

The page renders the flow's look (flow/readiness, run on a worker) and forwards the user's
intents: the two answers only they can give, «Revisar de nuevo», and «Lo instalaré en otro
equipo». What blocks, and whether that holds «Actualizar número de serie», is the flow's.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...flow.readiness import Check, DataPlace, Readiness, Status
from ...flow.steps import Step
from ...flow.wording import readiness as words
from ...host.installed import InstalledSystem
from ...host.paths import default_paths
from ..context import UiContext
from ..plain import ValueLabel, clean, plain
from ..widgets import InlineMessage, copy_button, vertical_scroll
from .base import FlowPage

log = logging.getLogger("aspel_upgrade.ui")

# A check's look, by status: a coloured edge and a light background (the word says it too).
# One style sheet on the list, chosen by a property: a sheet per label cost a style object
# each to lay out and paint (the page's first paint after the look).
_STYLES = {
    Status.BLOQUEA: "border-left:4px solid #b3261e; background:#fdecea; color:#611a15;",
    Status.AVISO: "border-left:4px solid #e0a100; background:#fff8e5; color:#4d3200;",
    Status.OK: "border-left:4px solid #2e7d32; background:#f1f8f2; color:#1e4620;",
    Status.NO_APLICA: "border-left:4px solid #9e9e9e; background:#f5f5f5; color:#424242;",
}
_SHEET = " ".join(
    f'QLabel[checkStatus="{status.value}"] {{ {style} padding:4px 6px; }}'
    for status, style in _STYLES.items()
)


class ReadyPage(FlowPage):
    step = Step.READY

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())
        self.looked_for: str | None = None  # the offer the shown look is about

        scroll, body, layout = vertical_scroll(self)
        layout.setContentsMargins(0, 0, 10, 0)
        # Why the final Servidor should be settled before activating (issue 20, item 5).
        self.settle = InlineMessage(body)
        layout.addWidget(self.settle)
        # On a PC without the system's data: the checks are the Servidor's, and the command.
        self.for_server = InlineMessage(body)
        layout.addWidget(self.for_server)
        command_row = QHBoxLayout()
        self.command = ValueLabel(words.command_caption(), body, keyboard=True)
        self.command.setProperty("portalData", False)  # a command: the same in any language
        self.command.setWordWrap(False)
        self.command.setFont(_monospace(self.command))
        self.copy_command = copy_button(
            words.copy_command_button(), lambda: clean(self.command.text()), body
        )
        command_row.addWidget(self.command, 1)
        command_row.addWidget(self.copy_command, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(command_row)
        self.summary = plain(QLabel(body))
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        layout.addWidget(self.summary)
        self.list = QWidget(body)
        self.list.setStyleSheet(_SHEET)
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        layout.addWidget(self.list)
        self.check_labels: list[QLabel] = []
        self.checklist_title = plain(QLabel(words.checklist_title(), body))
        layout.addWidget(self.checklist_title)
        self.backup = QCheckBox(words.backup_label(), body)
        self.backup.toggled.connect(lambda on: self._answered(backed_up=on))
        layout.addWidget(self.backup)
        self.has_time = QCheckBox(body)
        self.has_time.toggled.connect(lambda on: self._answered(has_time=on))
        layout.addWidget(self.has_time)
        layout.addStretch(1)
        self.outer.addWidget(scroll, 1)

        # Below what scrolls, always in sight: why the one-way step waits, and the ways on.
        self.held = InlineMessage(self)
        self.outer.addWidget(self.held)
        self.elsewhere = QCheckBox(words.other_pc_label(), self)
        self.elsewhere.toggled.connect(self._elsewhere_toggled)
        self.outer.addWidget(self.elsewhere)
        self.elsewhere_note = InlineMessage(self)
        self.outer.addWidget(self.elsewhere_note)
        self.again = QPushButton(words.recheck_button(), self)
        self.again.setAutoDefault(False)
        self.again.clicked.connect(self.look)
        self.outer.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_status_rows()
        self._rendering = False

    # ---- arriving, looking ------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.ctx.flow.state
        offer = state.offer
        assert offer is not None
        self.settle.show_message("info", words.settle_before_activating())
        key = f"{offer.subscription_id}:{offer.to_version}"
        self.show_look()
        if state.readiness is None or self.looked_for != key:
            self.looked_for = key
            self.look()

    def look(self) -> None:
        """Look at this PC now (on a worker): on arrival and at «Revisar de nuevo»."""
        if self.busy:
            return
        flow, ctx = self.ctx.flow, self.ctx
        request = flow.look_request(str(self._downloads()))
        find, this_pc = ctx.find_installed, ctx.this_pc

        def job() -> tuple[tuple[InstalledSystem, ...], Readiness | None]:
            found = tuple(find())
            return found, flow.look_at_this_pc(request, this_pc(), found)

        self.message.clear_message()
        self.busy_row.start(words.checking())
        self.task = ctx.tasks.run(job, self._looked, self._look_failed)
        self.busy_changed()

    def _looked(self, answer: tuple[Sequence[InstalledSystem], Readiness | None]) -> None:
        self._finish()
        found, readiness = answer
        self.ctx.flow.apply_look(found, readiness)
        self.show_look()

    def _look_failed(self, error: BaseException) -> None:
        self._finish()
        log.warning("The look at this PC failed: %r", error)
        self.ctx.flow.apply_look(self.ctx.flow.state.installed or (), None)
        self.show_look()

    def busy_changed(self) -> None:
        super().busy_changed()
        self.again.setEnabled(not self.busy)

    def leave(self) -> None:
        super().leave()
        self.looked_for = None  # an answer dropped: look again on the way back

    def _downloads(self) -> Path:
        if self.ctx.paths is not None:
            return self.ctx.paths.downloads
        return default_paths().downloads

    # ---- what the flow says -------------------------------------------------------------
    def show_look(self) -> None:
        """Show the flow's look, the user's answers and whether the one-way step waits."""
        flow = self.ctx.flow
        state, offer = flow.state, flow.state.offer
        self._rendering = True
        try:
            self.backup.setChecked(bool(state.backed_up))
            deadline_on = offer.old_version_usable_until if offer else None
            self.has_time.setText(words.time_label(deadline_on))
            self.has_time.setChecked(bool(state.has_time))
            self.has_time.setVisible(flow.asks_for_time())  # not once the date has passed
            self.elsewhere.setChecked(state.install_elsewhere)
        finally:
            self._rendering = False
        readiness = state.readiness
        self._show_checks(readiness)
        away = readiness is not None and readiness.place is not DataPlace.HERE
        command = words.check_command(offer.system) if offer is not None else ""
        if away:
            self.for_server.show_message("info", words.for_the_server())
        else:
            self.for_server.clear_message()
        for widget in (self.command, self.copy_command):
            widget.setVisible(away)
        self.command.setText(command)
        if flow.commit_held:
            self.held.show_message("warning", words.commit_blocked())
        else:
            self.held.clear_message()
        if state.install_elsewhere:
            self.elsewhere_note.show_message("info", words.other_pc_note(command))
        else:
            self.elsewhere_note.clear_message()
        if state.readiness_failed:
            self.message.show_message("info", words.could_not_run())
        self.completeChanged.emit()

    def _show_checks(self, readiness: Readiness | None) -> None:
        for label in self.check_labels:
            self.rows.removeWidget(label)
            label.deleteLater()
        self.check_labels = []
        if readiness is None:
            self.summary.setText("")
            self.summary.hide()
            return
        counts = (readiness.count(s) for s in (Status.BLOQUEA, Status.AVISO, Status.OK))
        self.summary.setText(words.summary(*counts))
        self.summary.show()
        for check in readiness.worst_first:  # what blocks first, in sight without scrolling
            self.check_labels.append(self._check_label(check))

    def _check_label(self, check: Check) -> QLabel:
        text = words.item(check.status.value, check.title, check.message)
        label = plain(QLabel(text, self.list))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setProperty("checkStatus", check.status.value)  # its style (_SHEET)
        self.rows.addWidget(label)
        return label

    # ---- the user's intents --------------------------------------------------------------
    def _answered(self, *, backed_up: bool | None = None, has_time: bool | None = None) -> None:
        if self._rendering:
            return
        self.ctx.flow.answer_checklist(backed_up=backed_up, has_time=has_time)
        self.show_look()

    def _elsewhere_toggled(self, on: bool) -> None:
        if self._rendering:
            return
        self.ctx.flow.install_elsewhere(on)
        self.show_look()


def _monospace(label: QLabel) -> QFont:
    font = QFont(label.font())
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
    return font
