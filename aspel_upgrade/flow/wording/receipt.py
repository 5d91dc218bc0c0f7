"""The «Guardar comprobante» PDF: its title, headings and rows (kept documents say dates,
never a count of days)."""

from __future__ import annotations

from datetime import date

from ...portal.models import UpgradeReceipt
from ..guidance import Guidance
from . import fields, tr
from .dates import moment_text
from .deadline import as_of, periodicity


def title() -> str:
    return tr("Comprobante de actualización de número de serie")


def document_title(upgrade_id: str) -> str:
    """The PDF file's own title (its properties)."""
    return tr("Comprobante de actualización {upgrade}").format(upgrade=upgrade_id)


def came_out_empty() -> str:
    """Why the PDF was not saved when Qt's writer left nothing in the file."""
    return tr("el archivo quedó vacío")


def rows(receipt: UpgradeReceipt, today: date, g: Guidance) -> list[tuple[str, str]]:
    """(heading, value) for the receipt's table."""
    r = receipt
    return [
        (fields.system(), f"{r.system} {r.from_version} → {r.to_version}"),
        (fields.new_serial(), r.new_serial),
        (fields.previous_serial(), r.previous_serial),
        (fields.razon_social(), r.razon_social),
        (fields.periodicity(), periodicity(r.periodicity).capitalize()),
        (
            fields.until(),
            as_of(
                f"{r.system} {r.from_version}",
                r.old_version_usable_until,
                today,
                new_installed=g.new_installed,
            ),
        ),
        (fields.download_link(), r.download_url),
        (fields.notified(), r.notified_email_masked),
        (fields.upgrade_id(), r.upgrade_id),
        (fields.issued(), moment_text(r.issued_at)),
    ]
