"""Page 2, Sistemas en suscripción: the account's systems; pick the one to upgrade."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ...flow.answers import Confirmation
from ...flow.steps import Step
from ...flow.wording import subscriptions as words
from ...host.installed import InstalledSystem
from ...portal.models import Subscription
from ..context import UiContext
from ..links import open_portal_link
from ..plain import clean
from ..subscription_model import SubscriptionTableModel
from .base import FlowPage


class SubscriptionsPage(FlowPage):
    step = Step.SUBSCRIPTIONS

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())
        self.model = SubscriptionTableModel(self)
        self._widths: dict[int, tuple[int, int]] = {}  # column -> (natural, narrowest)
        self._fitting = False
        # Measuring the rows' heights is most of a fit's cost (~14 ms the first time): once
        # per layout pass that changes the sections (several ask in one: a fit, Qt
        # stretching the last section, a drag), and not again for the same sections.
        self._rows_measured_for: tuple[int, ...] | None = None
        self._rows_queued = False
        self._listed: tuple[Subscription, ...] | None = None  # what the model was given
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(words.table_name())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        # Columns are fitted to the table's width (fit_columns): wrapped at spaces when the
        # screen is small (1024×768 at 150 %), never behind a horizontal scroll bar.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # as roomy as before wrapping
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Rows take their texts' height when the columns are fitted or dragged (not at
        # every layout pass, as ResizeToContents would: it measured every cell each time).
        header.sectionResized.connect(self._column_dragged)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.outer.addWidget(self.table, 1)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.outer.addWidget(self.empty)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setOpenExternalLinks(False)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.linkActivated.connect(self._link)
        self.outer.addWidget(self.detail)

        row = QHBoxLayout()
        self.refresh = QPushButton(words.refresh_button(), self)
        self.refresh.setAccessibleName(words.refresh_name())
        self.refresh.setAutoDefault(False)
        self.refresh.clicked.connect(self.reload)
        row.addWidget(self.refresh)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.add_status_rows()

    @classmethod
    def prepare(cls) -> None:
        """The first scroll-area viewport PySide wraps (a C++ ``QWidget``) makes it create
        the enum types of every widget class (~70: 8-20 ms here): a turn of its own."""
        QTableView().viewport()

    # ---- data -----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.ctx.flow.state
        if state.subscriptions is None:
            self.reload()
        else:
            self._show(state.subscriptions)
        self.show_notice()
        wanted = self.ctx.flow.preselection_missed()
        if wanted is not None:
            self.message.show_message("info", words.preselection_missed(wanted))
        self.table.setFocus()

    def reload(self) -> None:
        self.run_portal(words.loading(), self.ctx.flow.fetch_subscriptions, self._loaded)

    def _loaded(self, subscriptions: tuple[Subscription, ...]) -> None:
        self.ctx.flow.apply_subscriptions(subscriptions)
        self._show(subscriptions)

    def show_installed(self, installed: tuple[InstalledSystem, ...]) -> None:
        """Mark the rows installed on this PC; the column shows only when one is."""
        if tuple(installed) == self.model.installed:
            return  # e.g. the scan found what the list was shown with: nothing to refit
        self._mark_installed(installed)
        self._forget_widths()  # the texts changed
        self.fit_columns()

    def _mark_installed(self, installed: tuple[InstalledSystem, ...]) -> None:
        self.model.set_installed(installed)
        self.table.setColumnHidden(self.model.INSTALLED, not self.model.any_installed)

    def _show(self, subscriptions: tuple[Subscription, ...]) -> None:
        installed = self.ctx.flow.state.installed or ()
        if subscriptions == self._listed:  # back to the same list: its rows stay as they are
            self.show_installed(installed)
        else:
            self._listed = subscriptions
            self.model.set_subscriptions(subscriptions)
            self._mark_installed(installed)
            self._forget_widths()  # new texts
            self.fit_columns()
        note = words.empty_note(subscriptions)
        self.empty.setText(note or "")
        self.empty.setVisible(note is not None)
        flow = self.ctx.flow
        highlight = flow.row_to_select(subscriptions)  # the chosen row, or the only one
        row = self.model.row_of(highlight.id) if highlight is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.detail.clear()
        self.completeChanged.emit()
        upgrade_id = flow.receipt_to_open(subscriptions)
        if upgrade_id is not None:  # --download for a system upgraded before: its installer
            self.show_receipt(upgrade_id)

    # ---- column widths --------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_widths()  # measured with the old font
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Shown: the page's layout has given the table its width (a fit asked for while the
        # page was hidden, as initializePage does, waits for it). Resized: share it again.
        if watched is self.table.viewport() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _forget_widths(self) -> None:
        self._widths.clear()
        self._rows_measured_for = None  # the rows' texts may be new too

    def column_widths(self, column: int) -> tuple[int, int]:
        """(natural, narrowest) width of a column: texts on one line, or wrapped at spaces.

        Measured once per content (a resize only shares the room out again)."""
        if column not in self._widths:
            self._widths[column] = self._measure(column)
        return self._widths[column]

    def _measure(self, column: int) -> tuple[int, int]:
        header = self.table.horizontalHeader()
        natural = narrowest = header.sectionSizeHint(column)  # headers carry their own breaks
        base = QFontMetrics(self.table.font())  # most cells; made once, not per cell
        grid = 1 if self.table.showGrid() else 0  # a section's width includes its grid line
        for row in range(self.model.rowCount()):
            index = self.model.index(row, column)
            text = str(self.model.data(index) or "")
            font = self.model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else base
            whole = self.table.sizeHintForIndex(index).width() + grid
            padding = whole - _text_width(metrics, text)
            # Words as Qt wraps them: at spaces, never at a no-break space (an English
            # date, «10 Mar 2022», is one word), which str.split() would split at.
            words = re.split(r"[ \t\n]+", text)
            longest_word = max((_text_width(metrics, w) for w in words), default=0)
            natural = max(natural, whole)
            narrowest = max(narrowest, longest_word + padding)
        return natural, narrowest

    def fit_columns(self) -> None:
        """Every column readable in the table's width: on one line when they fit, else the
        wider texts wrap (never mid-word) so no column hides behind a scroll bar."""
        if not self.table.isVisible():
            return  # fitted when shown (eventFilter), at the width the layout gives it
        columns = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        if not columns:
            return
        widths = [self.column_widths(c) for c in columns]
        room = self.table.viewport().width()
        vertical = self.table.verticalScrollBar()
        if not vertical.isVisible():  # it may appear once rows wrap: keep its room
            room -= vertical.sizeHint().width()
        shortfall = sum(n for n, _ in widths) - room
        slack = sum(n - w for n, w in widths)
        share = 0.0 if shortfall <= 0 else min(1.0, shortfall / slack) if slack else 1.0
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, (natural, narrowest) in zip(columns, widths, strict=True):
                header.resizeSection(column, natural - int((natural - narrowest) * share + 0.999))
        finally:
            self._fitting = False
        self._measure_rows_soon()

    def _column_dragged(self, *_section: int) -> None:
        if not self._fitting:  # fit_columns asks once, after all its columns
            self._measure_rows_soon()

    def _measure_rows_soon(self) -> None:
        """Before the next paint (a queued call runs ahead of Qt's low-priority paint
        request), once however many asked in this pass."""
        if not self._rows_queued:
            self._rows_queued = True
            QTimer.singleShot(0, self, self._measure_rows)

    def _measure_rows(self) -> None:
        self._rows_queued = False
        if not self.table.isVisible():
            return  # measured when shown (fit_columns, from eventFilter)
        header = self.table.horizontalHeader()
        sections = tuple(header.sectionSize(c) for c in range(self.model.columnCount()))
        if sections != self._rows_measured_for:
            self.table.resizeRowsToContents()
            self._rows_measured_for = sections

    def cell_fits(self, index: QModelIndex) -> bool:
        """Whether the cell's whole text shows in its rectangle (used by the size tests)."""
        rect = self.table.visualRect(index)
        text = str(self.model.data(index) or "")
        font = self.model.data(index, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else self.table.font())
        padding = self.table.sizeHintForIndex(index).width() - _text_width(metrics, text)
        inner = QRect(0, 0, rect.width() - padding, 100_000)
        needed = metrics.boundingRect(inner, int(Qt.TextFlag.TextWordWrap), text)
        return needed.width() <= inner.width() and needed.height() <= rect.height()

    # ---- selection ------------------------------------------------------------------
    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        sub = self.model.subscription(rows[0].row()) if rows else None
        flow = self.ctx.flow
        flow.select(sub if sub is not None and flow.can_choose(sub) else None)
        self.completeChanged.emit()
        self._current_changed(self.table.currentIndex(), QModelIndex())  # chosen or not

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        sub = self.model.subscription(current.row())
        flow = self.ctx.flow
        # «Pulsa «Siguiente»» only while it can be pressed: a row can have the focus
        # without being chosen (the table's first row when it gets the focus).
        detail = words.row_detail(
            sub, chosen=flow.is_chosen(sub), name=clean(sub.name),
            version=clean(sub.upgrade.target_version or ""),
        )  # fmt: skip
        text = html.escape(detail)
        if flow.opens_receipt(sub):
            text += _link("#receipt", words.receipt_link())
        elif not sub.upgrade.eligible and sub.upgrade.pricing_url:
            text += _link(sub.upgrade.pricing_url, words.pricing_link())
        self.detail.setText(text)

    def _link(self, href: str) -> None:
        if href != "#receipt":
            open_portal_link(self, self.ctx, href)  # https only (loopback aside)
            return
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        row = rows[0].row() if rows else current.row() if current.isValid() else None
        if row is not None and self.model.subscription(row).upgrade.upgrade_id:
            self.show_receipt(str(self.model.subscription(row).upgrade.upgrade_id))

    def show_receipt(self, upgrade_id: str) -> None:
        """An upgrade done before: its receipt page, from where the installer downloads."""
        if self.busy:
            return
        flow = self.ctx.flow

        def done(confirmation: Confirmation) -> None:
            flow.apply_confirmation(confirmation)
            self.wizard().next()

        self.run_portal(words.opening_receipt(), lambda: flow.fetch_existing(upgrade_id), done)

    def _activated(self, index: QModelIndex) -> None:
        sub = self.model.subscription(index.row())
        if self.ctx.flow.can_choose(sub) and not self.busy:
            self.table.selectRow(index.row())
            self.wizard().next()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        flow = self.ctx.flow
        selected = flow.state.selected
        if selected is None or not flow.opens_receipt(selected):
            return True
        self.show_receipt(selected.upgrade.upgrade_id or "")
        return False  # the receipt advances the wizard

    def busy_changed(self) -> None:
        self.refresh.setEnabled(not self.busy)
        self.table.setEnabled(not self.busy)
        super().busy_changed()


def _link(href: str, label: str) -> str:
    """A link after the row's sentence (both escaped: the portal's address is data)."""
    return f' <a href="{html.escape(href, quote=True)}">{html.escape(label)}</a>'


def _text_width(metrics: QFontMetrics, text: str) -> int:
    """Width of ``text`` on one line, measured as the wrapped layout measures it."""
    return metrics.boundingRect(QRect(0, 0, 100_000, 1_000), 0, text).width()
