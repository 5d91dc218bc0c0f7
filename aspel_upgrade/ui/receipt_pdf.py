"""The "Guardar comprobante" PDF, written with Qt's own PDF writer."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..flow.guidance import Guidance, guidance_for
from ..portal.models import UpgradeReceipt
from .formatting import deadline_as_of, fmt_moment, periodicity_name
from .guidance_text import next_steps, refused_text, where_text


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def receipt_html(
    receipt: UpgradeReceipt, *, today: date | None = None, guidance: Guidance | None = None
) -> str:
    today = today or date.today()
    g = guidance or guidance_for(receipt.system, receipt.from_version, receipt.to_version, None)
    rows = [
        (tr("Sistema"), f"{receipt.system} {receipt.from_version} → {receipt.to_version}"),
        (tr("Nuevo número de serie"), receipt.new_serial),
        (tr("Número de serie anterior"), receipt.previous_serial),
        (tr("Razón social para activar"), receipt.razon_social),
        (tr("Periodicidad de renta"), periodicity_name(receipt.periodicity).capitalize()),
        (
            tr("Plazo de la versión anterior"),
            deadline_as_of(
                f"{receipt.system} {receipt.from_version}",
                receipt.old_version_usable_until,
                today,
                new_installed=g.new_installed,
            ),
        ),
        (tr("Enlace de descarga"), receipt.download_url),
        (tr("Aviso enviado a"), receipt.notified_email_masked),
        (tr("Folio de la actualización"), receipt.upgrade_id),
        (tr("Fecha de emisión"), fmt_moment(receipt.issued_at)),
    ]
    table = "".join(
        f"<tr><td style='padding:4px 12px 4px 0;color:#444'>{html.escape(k)}</td>"
        f"<td style='padding:4px 0'><b>{html.escape(v)}</b></td></tr>"
        for k, v in rows
    )
    checklist = "".join(f"<li>{html.escape(s)}</li>" for s in next_steps(g))
    where = where_text(g)
    # Each tr() on a line of its own: lupdate does not look inside f-strings (the headings
    # stayed Spanish in the English receipt).
    title = tr("Comprobante de actualización de número de serie")
    here = tr("En este equipo")
    steps = tr("Siguientes pasos")
    return (
        f"<h2>{html.escape(title)}</h2><table>{table}</table>"
        + (f"<h3>{html.escape(here)}</h3><p>{html.escape(where)}</p>" if where else "")
        + f"<h3>{html.escape(steps)}</h3><ol>{checklist}</ol>"
        + f"<p>{html.escape(refused_text())}</p>"
    )


def write_receipt_pdf(
    receipt: UpgradeReceipt,
    path: Path,
    *,
    today: date | None = None,
    guidance: Guidance | None = None,
) -> None:
    """Raises OSError (with a reason a person can read) when the file cannot be written."""
    with path.open("wb"):  # fail here, with the OS's reason, rather than inside Qt
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(tr("Comprobante de actualización") + f" {receipt.upgrade_id}")
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
    document.setHtml(receipt_html(receipt, today=today, guidance=guidance))
    document.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"no se pudo escribir {path}")
