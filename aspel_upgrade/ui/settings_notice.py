"""The first page's notice about settings that could not be used, in the user's language.

host/settings.py reports each problem as data (code, file, key, Python's detail); this
turns them into sentences through ``tr()``. Python's own text, which is English, is kept
out of the sentences and shown last, as the technical detail.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ..host.settings import SettingsProblem


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def _whole_file(code: str) -> str:
    texts = {
        "unreadable": tr("no se pudo abrir"),
        "not_a_file": tr("no es un archivo normal (por ejemplo, es una carpeta)"),
        "too_big": tr("es demasiado grande para ser un archivo de configuración"),
        "not_utf8": tr("no está guardado como texto UTF-8"),
        "not_json": tr("no tiene el formato correcto (JSON)"),
        "not_object": tr("no tiene el formato correcto (JSON)"),
    }
    return texts.get(code, tr("no se pudo usar"))


def _value(problem: SettingsProblem) -> str:
    if problem.code == "wrong_type":
        if problem.key == "remember_password":
            return tr("debe ser true o false")
        return tr("debe ser un texto entre comillas")
    texts = {
        "empty": tr("está vacío"),
        "spaces": tr("tiene espacios o caracteres no válidos"),
        "malformed": tr("no es una dirección válida"),
        "scheme": tr("debe empezar con https://"),
        "proxy_scheme": tr("debe empezar con http:// o https://"),
        "not_https": tr("no es segura: debe empezar con https://"),
        "no_host": tr("no dice el nombre del servidor"),
        "bad_host": tr("tiene un nombre de servidor no válido"),
        "bad_port": tr("tiene un puerto no válido"),
        "credentials": tr("no debe llevar usuario ni contraseña"),
        "query": tr("no debe llevar «?» ni «#»"),
        "missing_file": tr("no existe o no es un archivo"),
        "language": tr("debe ser es o en"),
    }
    return texts.get(problem.reason or "", tr("no es válido"))


def describe_settings_problems(problems: Sequence[SettingsProblem]) -> str:
    """One notice: a sentence per problem, then the technical details."""
    lines: list[str] = []
    for problem in problems:
        if problem.whole_file:
            lines.append(
                tr("El archivo de configuración «{file}» {what}; se ignora y se usan los "
                   "valores predeterminados.").format(
                    file=problem.file, what=_whole_file(problem.code)
                )
            )  # fmt: skip
        else:
            lines.append(
                tr("En «{file}», el valor de «{key}» {what}; se ignora ese valor.").format(
                    file=problem.file, key=problem.key, what=_value(problem)
                )
            )
    details = "; ".join(p.detail for p in problems if p.detail)
    if details:
        lines.append(tr("Detalle técnico: {details}").format(details=details))
    return "\n".join(lines)
