"""Page 2, Sistemas en suscripción: the account's systems, the table, and each row's state."""

from __future__ import annotations

from collections.abc import Sequence

from ...host.installed import InstalledSystem
from ...portal.models import Subscription
from ..steps import opens_receipt
from . import fields, tr
from .errors import not_eligible


def title() -> str:
    return tr("Sistemas en suscripción")


def subtitle() -> str:
    return tr("Elige el sistema que quieres actualizar. Solo se pueden elegir los que dicen "
              "«Actualizar a…»; en los demás verás por qué no.")  # fmt: skip


def table_name() -> str:
    return tr("Sistemas de tu cuenta")


def refresh_button() -> str:
    return tr("Actualizar &lista")


def refresh_name() -> str:
    return tr("Actualizar lista de sistemas")


def loading() -> str:
    return tr("Consultando tus sistemas…")


def opening_receipt() -> str:
    return tr("Consultando los datos de la actualización…")


def preselection_missed(wanted: str) -> str:
    """The installer's --system/--serial matched no single upgradable row."""
    return tr("No encontramos un único sistema que se pueda actualizar con los datos recibidos "
              "del instalador ({wanted}). Elige en la lista el que quieres actualizar.").format(
        wanted=wanted
    )  # fmt: skip


def empty_note(subscriptions: Sequence[Subscription]) -> str | None:
    """Under the table when nothing in it can be chosen to upgrade."""
    if not subscriptions:
        return tr("Tu cuenta no tiene sistemas registrados. Si compraste uno recientemente, "
                  "espera unos minutos y pulsa «Actualizar lista».")  # fmt: skip
    if not any(s.upgrade.eligible for s in subscriptions):
        return tr("Ninguno de tus sistemas se puede actualizar desde aquí. Selecciona uno en la "
                  "lista para ver por qué.")  # fmt: skip
    return None


def row_detail(sub: Subscription, *, chosen: bool, name: str, version: str) -> str:
    """What this row allows, said under the table (``name`` and ``version`` as shown: the
    page drops invisible characters first); «Pulsa «Siguiente»» only while it can be."""
    if sub.upgrade.eligible and chosen:
        text = tr("{name} se puede actualizar a la versión {version}. Pulsa «Siguiente» para "
                  "leer los términos.")  # fmt: skip
    elif sub.upgrade.eligible:
        text = tr("{name} se puede actualizar a la versión {version}. Para elegirlo, haz clic "
                  "en su fila o pulsa la barra espaciadora; luego, «Siguiente».")  # fmt: skip
    elif opens_receipt(sub) and chosen:
        text = tr("{name} ya se actualizó a la versión {version}. Pulsa «Siguiente» para ver "
                  "su nuevo número de serie, el enlace de descarga y la razón social.")  # fmt: skip
    elif opens_receipt(sub):
        text = tr(
            "{name} ya se actualizó a la versión {version}. Para ver su nuevo número de "
            "serie, elige su fila (clic o barra espaciadora) y pulsa «Siguiente»."
        )
    else:
        return not_eligible(sub.upgrade.reason)
    return text.format(name=name, version=version)


def receipt_link() -> str:
    return tr("Ver sus datos y descargar el instalador")


def pricing_link() -> str:
    return tr("Consultar precios")


# ---- the table ---------------------------------------------------------------------


def headers() -> list[str]:
    """Column headings, two lines where a column must stay narrow at 1024×768."""
    return [
        fields.system(),
        tr("Versión"),
        tr("En este\nequipo"),  # the versions of this system installed on this PC
        tr("Usuarios"),
        tr("No. de\nserie"),
        tr("Fecha de\nactivación"),
        tr("Próximo\npago"),
        tr("Plan actualizado"),
    ]


def plan_cell(sub: Subscription) -> str:
    """The "Plan actualizado" column: what can be done with this row, in a few words."""
    target = sub.upgrade.target_version or ""
    if sub.upgrade.eligible:
        return tr("Actualizar a {version}").format(version=target)
    texts = {
        "license_requires_purchase": tr("Licencia: requiere compra"),
        "inactive": tr("Inactivo"),
        "payment_overdue": tr("Pago pendiente"),
        "already_upgraded": tr("Ya actualizado a {version}").format(version=target),
        "latest_version": tr("Versión más reciente"),
    }
    return texts.get(sub.upgrade.reason or "", tr("No disponible"))


def installed_name(versions: str) -> str:
    """The «En este equipo» cell, to a screen reader ("" when none is installed)."""
    return tr("En este equipo: {versions}").format(versions=versions) if versions else ""


def installed_tip(found: Sequence[InstalledSystem]) -> str:
    """Where each version of this system is installed here, and whether it is open now."""
    lines = []
    for one in found:
        folder = one.program_dir or tr("(carpeta del programa no encontrada)")
        if one.running:
            line = tr("{system} {version} instalado en «{folder}» — abierto ahora")
        else:
            line = tr("{system} {version} instalado en «{folder}»")
        lines.append(line.format(system=one.system, version=one.version, folder=folder))
    return "\n".join(lines)
