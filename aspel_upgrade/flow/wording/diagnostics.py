"""«Diagnóstico» and ``--diagnose``: the report's words (support/diagnostics.py lays it out
with them) and the dialog's."""

from __future__ import annotations

from . import bare, tr
from .window import diagnostics_button


def labels() -> dict[str, str]:
    """The report's words by key (placeholders as in support.diagnostics.Diagnosis.text)."""
    return {
        "title": tr("Diagnóstico de aspel-upgrade"),
        "os": tr("Sistema operativo"),
        "portal": tr("Portal"),
        "proxy": tr("Proxy"),
        "log_dir": tr("Carpeta de registros"),
        "ok": tr("OK"),
        "fail": tr("FALLA"),
        "none": tr("ninguno"),
        "from_system": tr("(del sistema)"),
        "connected": tr("conectado a {address}"),
        "connected_proxy": tr("conectado al proxy {address}"),
        "tls": tr("{version}, certificado emitido por: {issuer}"),
        "health": tr("{status}, contrato {version} ({portal})"),
        "installed_title": tr("Sistemas Aspel en este equipo:"),
        "installed_none": tr("ninguno encontrado"),
        "installed_error": tr("no se pudo revisar"),
        "program_in": tr("programa en {folder}"),
        "no_program": tr("sin programa"),
        "data_in_one": tr("datos en {folder} ({count} empresa)"),
        "data_in_many": tr("datos en {folder} ({count} empresas)"),
        "registry_only": tr("solo en el registro de Windows"),
        "running": tr("abierto ahora"),
        "closed": tr("cerrado"),
        "readiness_title": tr("¿Está listo este equipo para la nueva versión?"),
        "reachable": tr("Resultado: el portal respondió."),
        "unreachable": tr("Resultado: el portal NO respondió. Revisa las fallas de arriba."),
    }


def portal_unreachable() -> str:
    """--diagnose: the portal did not answer (the report printed says why)."""
    return tr("El portal no respondió al diagnóstico.")


def title() -> str:
    """The dialog is named by the wizard's button that opens it."""
    return bare(diagnostics_button())


def report_name() -> str:
    return tr("Resultado del diagnóstico")


def again_button() -> str:
    return tr("&Repetir")


def export_button() -> str:
    return tr("&Exportar paquete de soporte…")


def close_button() -> str:
    return tr("Cerr&ar")


def checking() -> str:
    return tr("Revisando la conexión…")


def export_title() -> str:
    return bare(export_button())


def zip_filter() -> str:
    return tr("Archivo ZIP (*.zip)")


def bundle_name(stamp: str) -> str:
    """The support bundle's suggested file name (``stamp``: its date and time)."""
    return tr("soporte-aspel-upgrade-{stamp}.zip").format(stamp=stamp)


def bundle_not_saved(reason: str) -> str:
    return tr("No se pudo guardar el paquete ({reason}). Elige otra carpeta.").format(reason=reason)


def bundle_saved(path: str) -> str:
    return tr("Paquete guardado en «{path}».").format(path=path)
