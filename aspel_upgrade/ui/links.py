"""Opening a link the portal sent: in the browser only when it is safe, else say why.

The portal's links (the receipt's download page, a row's prices) are data from the
network: shown as they came, opened only under portal/address.py's rule (https, or http
to this PC; no user name in them). One helper, so every page opens them the same way.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..flow.wording.common import box_title
from ..flow.wording.errors import link_not_opened
from ..portal.address import opens_in_browser, redact_url
from .context import UiContext

log = logging.getLogger("aspel_upgrade.ui")


def open_portal_link(parent: QWidget, ctx: UiContext, url: str) -> bool:
    """Open ``url`` in the browser if it is safe; otherwise a box says it was not opened."""
    if opens_in_browser(url):
        return bool(ctx.open_url(url))
    log.warning("A link from the portal was not opened: %s", redact_url(url))

    box = QMessageBox(
        QMessageBox.Icon.Warning, box_title(), link_not_opened(url),
        QMessageBox.StandardButton.Ok, parent,
    )  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)  # the portal's text is never markup
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return False
