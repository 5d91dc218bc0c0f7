"""Page 5, ¡Listo!: the new serial, the download link and the razón social, ready to use."""

from __future__ import annotations

from pathlib import Path

from . import bare, tr


def title() -> str:
    return tr("¡Listo!")


def subtitle() -> str:
    return tr("Tu nuevo número de serie está listo.")


def upgraded_subtitle(system: str, old: str, new: str) -> str:
    return tr("Actualizaste {system} {old} a {new}.").format(system=system, old=old, new=new)


def existing_subtitle() -> str:
    return tr("Este sistema ya se había actualizado; estos son sus datos.")


def existing(system: str, old: str, new: str) -> str:
    return tr(
        "{system} {old} ya se había actualizado a {new}. No se generó otro número de "
        "serie: este es el que ya tienes."
    ).format(system=system, old=old, new=new)


def download_button(first: bool) -> str:
    """The primary action, unless the new version is installed here already (then
    downloading is only a second copy)."""
    return tr("Descargar e &instalar…") if first else tr("Volver a descargar el &instalador…")


def download_name(first: bool) -> str:
    if first:
        return tr("Descargar e instalar la nueva versión")
    return bare(download_button(first=False))


def razon_heading() -> str:
    return tr("Razón social para activar (escríbela exactamente así)")


def link_heading() -> str:
    return tr("Descarga de la nueva versión")


def open_link_button() -> str:
    return tr("&Abrir descarga")


def copy_link_button() -> str:
    return tr("Copiar &enlace")


def copy_link_name() -> str:
    return tr("Copiar enlace de descarga")


def save_receipt_button() -> str:
    return tr("&Guardar comprobante (PDF)…")


def save_receipt_title() -> str:
    return tr("Guardar comprobante")


def pdf_filter() -> str:
    return tr("Documento PDF (*.pdf)")


def receipt_file_name(system: str, version: str, upgrade_id: str) -> str:
    return tr("comprobante-{system}-{version}-{upgrade}.pdf").format(
        system=system, version=version, upgrade=upgrade_id
    )


def receipt_not_saved(path: Path, reason: str) -> str:
    return tr("No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra "
              "carpeta.").format(path=str(path), reason=reason)  # fmt: skip


def receipt_saved(path: Path) -> str:
    return tr("Comprobante guardado en «{path}».").format(path=str(path))
