"""The "Guardar comprobante" PDF, written with Qt's own PDF writer."""

from __future__ import annotations

import errno
import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..flow.guidance import Guidance, guidance_for
from ..flow.wording import guidance as steps_words
from ..flow.wording import readiness as ready_words
from ..flow.wording import receipt as words
from ..portal.models import UpgradeReceipt

if TYPE_CHECKING:
    from ..flow.readiness import Readiness


def receipt_html(
    receipt: UpgradeReceipt,
    *,
    today: date | None = None,
    guidance: Guidance | None = None,
    checked: Readiness | None = None,
) -> str:
    """The receipt as rich text: the catalogue's words, escaped, laid out in a table;
    ``checked``: this PC's checks as they stood when the confirmation was sent."""
    today = today or date.today()
    g = guidance or guidance_for(receipt.system, receipt.from_version, receipt.to_version, None)
    table = "".join(
        f"<tr><td style='padding:4px 12px 4px 0;color:#444'>{html.escape(k)}</td>"
        f"<td style='padding:4px 0'><b>{html.escape(v)}</b></td></tr>"
        for k, v in words.rows(receipt, today, g)
    )
    checklist = "".join(f"<li>{html.escape(s)}</li>" for s in steps_words.next_steps(g))
    where = steps_words.where(g)
    here = (
        f"<h3>{html.escape(steps_words.this_pc_title())}</h3><p>{html.escape(where)}</p>"
        if where
        else ""
    )
    return (
        f"<h2>{html.escape(words.title())}</h2><table>{table}</table>{here}"
        f"<h3>{html.escape(steps_words.steps_title())}</h3><ol>{checklist}</ol>"
        f"<p>{html.escape(steps_words.refused())}</p>{_checks_html(checked)}"
    )


def _checks_html(checked: Readiness | None) -> str:
    if checked is None:
        return ""
    items = "".join(
        f"<li>{html.escape(ready_words.item(c.status.value, c.title, c.message))}</li>"
        for c in checked.checks
    )
    return (
        f"<h3>{html.escape(ready_words.summary_caption())}</h3>"
        f"<p>{html.escape(ready_words.as_confirmed())}</p><ul>{items}</ul>"
    )


def write_receipt_pdf(
    receipt: UpgradeReceipt,
    path: Path,
    *,
    today: date | None = None,
    guidance: Guidance | None = None,
    checked: Readiness | None = None,
) -> None:
    """Raises OSError (with a reason a person can read) when the file cannot be written."""
    with path.open("wb"):  # fail here, with the OS's reason, rather than inside Qt
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(words.document_title(receipt.upgrade_id))
    writer.setCreator("aspel-upgrade")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(receipt_html(receipt, today=today, guidance=guidance, checked=checked))
    document.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(errno.EIO, words.came_out_empty(), str(path))
