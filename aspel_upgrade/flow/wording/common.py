"""Buttons that mean the same on every page and dialog: one label each."""

from __future__ import annotations

from . import tr


def box_title() -> str:
    """A message box's title where nothing more specific applies."""
    return tr("Aspel")


def retry_button() -> str:
    return tr("&Reintentar")


def cancel_button() -> str:
    return tr("&Cancelar")


def copy_button() -> str:
    return tr("&Copiar")


def copy_serial_name() -> str:
    """A button that copies the new serial, to a screen reader."""
    return tr("Copiar número de serie")


def copy_razon_button() -> str:
    return tr("Copiar ra&zón social")
