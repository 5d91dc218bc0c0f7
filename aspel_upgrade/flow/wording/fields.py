"""The receipt's values by name: one caption per value, for the pages, the PDF and the
calendar reminder alike, and how a caption heads a value («Caption:»)."""

from __future__ import annotations

from . import tr


def label(caption: str) -> str:
    """A caption as a form's label («Sistema:»)."""
    return tr("{caption}:").format(caption=caption)


def label_value(caption: str, value: str) -> str:
    """A caption and its value on one line («Nuevo número de serie: K7QM…»)."""
    return tr("{caption}: {value}").format(caption=caption, value=value)


def system() -> str:
    return tr("Sistema")


def new_serial() -> str:
    return tr("Nuevo número de serie")


def previous_serial() -> str:
    return tr("Número de serie anterior")


def razon_social() -> str:
    return tr("Razón social para activar")


def periodicity() -> str:
    return tr("Periodicidad de renta")


def until() -> str:
    return tr("Plazo de la versión anterior")


def download_link() -> str:
    return tr("Enlace de descarga")


def notified() -> str:
    return tr("Aviso enviado a")


def upgrade_id() -> str:
    return tr("Folio de la actualización")


def issued() -> str:
    return tr("Fecha de emisión")
