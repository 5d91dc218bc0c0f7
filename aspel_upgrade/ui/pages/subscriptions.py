"""Page 2, Sistemas en suscripción: the account's systems; pick the one to upgrade."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ...portal.models import Subscription
from ..context import UiContext
from ..formatting import why_not
from ..subscription_model import SubscriptionTableModel
from .base import FlowPage

if TYPE_CHECKING:
    from ...flow.controller import Confirmation


class SubscriptionsPage(FlowPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Sistemas en suscripción"))
        self.setSubTitle(
            self.tr("Elige el sistema que quieres actualizar. Solo se pueden elegir los que "
                    "dicen «Actualizar a…»; en los demás verás por qué no.")
        )  # fmt: skip
        self.model = SubscriptionTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sistemas de tu cuenta"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
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
        self.refresh = QPushButton(self.tr("&Actualizar lista"), self)
        self.refresh.setAccessibleName(self.tr("Actualizar la lista de sistemas"))
        self.refresh.setAutoDefault(False)
        self.refresh.clicked.connect(self.reload)
        row.addWidget(self.refresh)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.add_status_rows()

    # ---- data -----------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        state = self.ctx.flow.state
        if state.subscriptions is None:
            self.reload()
        else:
            self._show(state.subscriptions)
        flow = self.ctx.flow
        if self.ctx.notice:
            self.message.show_message("info", self.ctx.notice)
            self.ctx.notice = None
        wanted = flow.preselect_system or flow.preselect_serial
        if wanted and not state.preselection_matched:
            self.message.show_message(
                "info",
                self.tr("No encontramos un único sistema que se pueda actualizar con los datos "
                        "recibidos del instalador ({wanted}). Elige en la lista el que quieres "
                        "actualizar.").format(
                    wanted=" ".join(x for x in (flow.preselect_system, flow.preselect_serial) if x)
                ),
            )  # fmt: skip
        self.table.setFocus()

    def reload(self) -> None:
        self.run_portal(
            self.tr("Consultando tus sistemas…"),
            self.ctx.flow.fetch_subscriptions,
            self._loaded,
        )

    def _loaded(self, subscriptions: tuple[Subscription, ...]) -> None:
        self.ctx.flow.apply_subscriptions(subscriptions)
        self._show(subscriptions)

    def _show(self, subscriptions: tuple[Subscription, ...]) -> None:
        self.model.set_subscriptions(subscriptions)
        self.table.resizeColumnsToContents()
        if not subscriptions:
            self.empty.setText(
                self.tr("Tu cuenta no tiene sistemas registrados. Si compraste uno "
                        "recientemente, espera unos minutos y pulsa «Actualizar lista».")
            )  # fmt: skip
            self.empty.show()
        elif not any(s.upgrade.eligible for s in subscriptions):
            self.empty.setText(
                self.tr("Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno "
                        "en la lista para ver por qué.")
            )  # fmt: skip
            self.empty.show()
        else:
            self.empty.hide()
        selected = self.ctx.flow.state.selected
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is None:
            eligible = [
                i
                for i in range(self.model.rowCount())
                if self.model.subscription(i).upgrade.eligible
            ]
            if len(eligible) == 1:
                row = eligible[0]
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.detail.clear()
        self.completeChanged.emit()
        if self.ctx.auto_download and self.ctx.flow.state.receipt is None:
            # --download for a system upgraded before: straight to its installer.
            from ...flow.download import upgraded_match

            flow = self.ctx.flow
            done = upgraded_match(subscriptions, flow.preselect_system, flow.preselect_serial)
            if done is not None and done.upgrade.upgrade_id:
                self.show_receipt(done.upgrade.upgrade_id)

    # ---- selection ------------------------------------------------------------------
    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        sub = self.model.subscription(rows[0].row()) if rows else None
        self.ctx.flow.select(sub if sub is not None and sub.upgrade.eligible else None)
        self.completeChanged.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        sub = self.model.subscription(current.row())
        if sub.upgrade.eligible:
            text = html.escape(
                self.tr("{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» "
                        "para leer los términos.").format(
                    name=sub.name, version=sub.upgrade.target_version or ""
                )
            )  # fmt: skip
        else:
            text = html.escape(why_not(sub))
            if sub.upgrade.reason == "already_upgraded" and sub.upgrade.upgrade_id:
                text += ' <a href="#receipt">{label}</a>'.format(
                    label=html.escape(self.tr("Ver sus datos y descargar el instalador"))
                )
            if sub.upgrade.pricing_url:
                text += ' <a href="{url}">{label}</a>'.format(
                    url=html.escape(sub.upgrade.pricing_url, quote=True),
                    label=html.escape(self.tr("Consultar precios")),
                )
        self.detail.setText(text)

    def _link(self, href: str) -> None:
        if href != "#receipt":
            self.ctx.open_url(href)
            return
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        row = rows[0].row() if rows else current.row() if current.isValid() else None
        if row is not None and self.model.subscription(row).upgrade.upgrade_id:
            self.show_receipt(str(self.model.subscription(row).upgrade.upgrade_id))

    def show_receipt(self, upgrade_id: str) -> None:
        """An upgrade done before: its receipt page, from where the installer downloads."""
        from ...flow.download import existing_receipt

        flow = self.ctx.flow

        def done(confirmation: Confirmation) -> None:
            flow.apply_confirmation(confirmation)
            self.wizard().next()

        self.run_portal(
            self.tr("Consultando la actualización…"),
            lambda: existing_receipt(flow, upgrade_id),
            done,
        )

    def _activated(self, index: QModelIndex) -> None:
        sub = self.model.subscription(index.row())
        if sub.upgrade.eligible and not self.busy:
            self.table.selectRow(index.row())
            self.wizard().next()

    def ready(self) -> bool:
        selected = self.ctx.flow.state.selected
        return selected is not None and selected.upgrade.eligible

    def busy_changed(self) -> None:
        self.refresh.setEnabled(not self.busy)
        self.table.setEnabled(not self.busy)
        super().busy_changed()
