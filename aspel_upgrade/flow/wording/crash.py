"""An unexpected error: the dialog with a copyable report (the wizard keeps going)."""

from __future__ import annotations

from . import tr


def title() -> str:
    return tr("Ocurrió un error inesperado")


def text() -> str:
    return tr("Algo salió mal en el asistente. Lo que ya hiciste no se perdió: puedes seguir o "
              "volver a intentarlo.")  # fmt: skip


def what_to_do(button: str) -> str:
    """``button``: the details button as Qt's catalogue labels it, so the two never drift."""
    return tr("Si se repite, pulsa «{button}», copia el reporte y envíalo a soporte.").format(
        button=button
    )


def details_button() -> str:
    """The details button's label when Qt's cannot be read."""
    return tr("Mostrar los detalles")
