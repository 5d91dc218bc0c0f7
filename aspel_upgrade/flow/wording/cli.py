"""The command line's words as every start reads them: ``--help`` and argparse's own.

Small on purpose: every run parses its command line before the window is painted. Why a
command line is refused and the run's other lines on stderr are ``cli_errors``'. The
command line is Spanish whatever ``--lang`` says (README, command line): no translator is
installed while it speaks, so these read as their Spanish sources.
"""

from __future__ import annotations

from . import bare, fields, login, tr


def description() -> str:
    return tr("Asistente para actualizar el número de serie de tu sistema Aspel.")


def epilog() -> str:
    return tr("Códigos de salida: 0 actualizado (o se mostró una actualización existente; con "
              "--check, nada lo impide), 1 cancelado, 2 falló, 3 nada que actualizar, 4 "
              "resultado desconocido (se envió la confirmación, pero no llegó la respuesta), 5 "
              "con --check, algo en este equipo impide instalar la nueva versión, 64 línea de "
              "comandos incorrecta, 73 no se puede escribir el archivo de resultado o la carpeta "
              "del instalador.")  # fmt: skip


def helps() -> dict[str, str]:
    """Each flag's help line, by its destination."""
    return {
        "sandbox": tr("usar un portal de pruebas local (demostración)"),
        "portal_url": tr("dirección del portal (https://…)"),
        "system": tr("sistema a actualizar, p. ej. SAE"),
        "serial": tr("número de serie a actualizar"),
        "user": tr("usuario de Mi cuenta Aspel"),
        "result_file": tr("escribir el resultado (JSON) aquí"),
        "lang": tr("idioma: es (predeterminado) o en"),
        "proxy": tr("proxy HTTP(S), p. ej. http://proxy:8080"),
        "ca_bundle": tr("certificados adicionales (PEM)"),
        "diagnose": tr("revisar la conexión sin abrir ventanas"),
        "check": tr("revisar si este equipo está listo para la nueva versión (sin ventanas ni "
                    "contraseña; con --system, solo ese sistema); sale con 5 si algo lo "
                    "impide"),
        "download": tr("después de actualizar (o si ya estaba actualizado), descargar y "
                       "verificar el instalador sin preguntar; si no queda verificado, sale con "
                       "2"),
        "download_dir": tr("carpeta del instalador (con --download)"),
        "version": tr("mostrar la versión y salir"),
    }  # fmt: skip


def metavars() -> dict[str, str]:
    """The value each flag takes, as ``--help`` names it (in capitals, as is usual)."""
    return {
        "url": tr("URL"),
        "system": fields.system().upper(),
        "serial": tr("SERIE"),
        "user": bare(login.username_label()).upper(),
        "path": tr("RUTA"),
    }


def argparse_words() -> dict[str, str]:
    """argparse's own messages (its English keys, as it asks ``gettext`` for them), in our
    words (launch/argparse_es.py answers argparse from this table)."""
    return {
        "usage: ": tr("uso: "),
        "options": tr("opciones"),
        "positional arguments": tr("argumentos"),
        "show this help message and exit": tr("mostrar esta ayuda y salir"),
        "show program's version number and exit": helps()["version"],
        "argument %(argument_name)s: %(message)s": tr("%(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": tr("opciones no reconocidas: %s"),
        "expected one argument": tr("falta su valor"),
        "expected at most one argument": tr("admite a lo más un valor"),
        "expected at least one argument": tr("necesita al menos un valor"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "valor no válido: %(value)r (elige entre %(choices)s)"
        ),
        "not allowed with argument %s": tr("no se puede usar junto con %s"),
        "the following arguments are required: %s": tr("faltan estas opciones: %s"),
        "ignored explicit argument %r": tr("no admite el valor %r"),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "opción ambigua: %(option)s puede ser %(matches)s"
        ),
        "invalid %(type)s value: %(value)r": tr("valor no válido: %(value)r"),
        "one of the arguments %s is required": tr("falta una de estas opciones: %s"),
    }


def argparse_count(n: int) -> str:
    """argparse's «expected %s argument(s)» («%s» stays: argparse fills it in)."""
    return tr("necesita %s valor") if n == 1 else tr("necesita %s valores")


def see_help() -> str:
    return tr("Usa --help para ver las opciones.")
