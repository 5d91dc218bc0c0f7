"""The subscriptions table as a QAbstractTableModel, columns as in the vendor's portal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..flow.preselect import installed_versions
from ..flow.steps import can_choose
from ..flow.wording import subscriptions as words
from ..flow.wording.dates import day_text
from ..flow.wording.errors import not_eligible
from ..host.installed import InstalledSystem
from ..portal.models import Subscription
from .plain import clean, tooltip

Index = QModelIndex | QPersistentModelIndex


# Plain ints, read once: this module is imported with the subscriptions page, after the
# first paint (Qt's namespace enums are created by then anyway).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class SubscriptionTableModel(QAbstractTableModel):
    SYSTEM, VERSION, INSTALLED, USERS, SERIAL, ACTIVATED, NEXT_PAYMENT, PLAN = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Subscription] = []
        # What each cell says, worked out once per list: views ask for it thousands of
        # times while sizing the columns, and dates and plans cost a format each time.
        self._texts: list[list[str]] = []
        self._grey = QBrush(QColor("#5f6368"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._installed: tuple[InstalledSystem, ...] = ()
        # Two lines where a column must stay narrow, so the column that matters most
        # (Plan actualizado) fits at 1024×768.
        self._headers = words.headers()

    def set_subscriptions(self, rows: Sequence[Subscription]) -> None:
        self.beginResetModel()
        # Upgradable rows first, then the rest, each in the portal's order.
        self._rows = sorted(rows, key=lambda s: not s.upgrade.eligible)
        self._texts = [self._row_texts(sub) for sub in self._rows]
        self.endResetModel()

    def set_installed(self, installed: Sequence[InstalledSystem]) -> None:
        """Mark the rows whose system is installed on this PC (found after the first paint)."""
        self._installed = tuple(installed)
        if self._rows:
            column = self.INSTALLED
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    @property
    def installed(self) -> tuple[InstalledSystem, ...]:
        return self._installed

    @property
    def any_installed(self) -> bool:
        return any(installed_versions(s, self._installed) for s in self._rows)

    def installed_text(self, sub: Subscription) -> str:
        return ", ".join(i.version for i in installed_versions(sub, self._installed))

    def subscription(self, row: int) -> Subscription:
        return self._rows[row]

    def row_of(self, subscription_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == subscription_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Every row can take focus (to read why not); upgradable ones can be chosen, and
        # upgraded ones too (to see that upgrade's receipt again).
        if can_choose(self._rows[index.row()]):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role on each layout pass: roles are compared as plain
        # ints (an enum member lookup per comparison cost more than the rest of the call).
        if not index.isValid():
            return None
        role = int(role)
        sub = self._rows[index.row()]
        column = index.column()
        if column == self.INSTALLED:
            return self._installed_data(sub, role)
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._texts[index.row()][column]
        if role == _TOOLTIP and column == self.PLAN:
            return None if sub.upgrade.eligible else tooltip(not_eligible(sub.upgrade.reason))
        if role == _FOREGROUND and not sub.upgrade.eligible:
            return self._grey
        if role == _FONT and column == self.PLAN and sub.upgrade.eligible:
            return self._bold
        if role == _ALIGNMENT and column == self.USERS:
            return _CENTER
        return None

    def _installed_data(self, sub: Subscription, role: int) -> Any:
        versions = self.installed_text(sub)
        if role == _DISPLAY:
            return versions
        if role == _ACCESSIBLE:
            return words.installed_name(versions)
        if role == _TOOLTIP and versions:  # folder names of this PC: shown as written
            return tooltip(words.installed_tip(installed_versions(sub, self._installed)))
        if role == _ALIGNMENT:
            return _CENTER
        if role == _FOREGROUND and not sub.upgrade.eligible:
            return self._grey
        return None

    @staticmethod
    def _row_texts(sub: Subscription) -> list[str]:
        """The row's texts in column order (the installed column's comes from the PC),
        without the invisible characters that would make a cell read as something else."""
        return [
            clean(text)
            for text in (
                sub.system,
                sub.version,
                "",
                str(sub.users),
                sub.serial,
                day_text(sub.activated_on),
                day_text(sub.next_payment_on),
                words.plan_cell(sub),
            )
        ]
