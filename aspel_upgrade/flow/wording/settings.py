"""The settings that could not be used (host/settings.py reports them as data): the first
page's notice."""

from __future__ import annotations

from collections.abc import Sequence

from ...host.settings import SettingsProblem
from . import tr
from .errors import value_problem


def _whole_file(code: str) -> str:
    wrong_format = tr("no tiene el formato correcto (JSON)")
    texts = {
        "unreadable": tr("no se pudo abrir"),
        "not_a_file": tr("no es un archivo normal (por ejemplo, es una carpeta)"),
        "too_big": tr("es demasiado grande para ser un archivo de configuración"),
        "not_utf8": tr("no está guardado como texto UTF-8"),
        "not_json": wrong_format,
        "not_object": wrong_format,
    }
    return texts.get(code, tr("no se pudo usar"))


def _value(problem: SettingsProblem) -> str:
    """What is wrong with one value («el valor de … {what}»), worded as for the flags."""
    if problem.code == "wrong_type":
        if problem.key == "remember_password":
            return tr("debe ser true o false")
        return tr("debe ser un texto entre comillas")
    if problem.reason == "empty":
        return tr("está vacío")  # «el valor», not «la dirección»
    return value_problem(problem.reason) if problem.reason else tr("no es válido")


def problems(found: Sequence[SettingsProblem]) -> str:
    """A sentence per setting that could not be used, then the technical details (Python's
    own words, kept out of the sentences)."""
    lines: list[str] = []
    for problem in found:
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
    # A value of the wrong type is said whole by its sentence; Python's «str, expected
    # bool» would only add English (it stays in the log).
    details = "; ".join(p.detail for p in found if p.detail and p.code != "wrong_type")
    if details:
        lines.append(tr("Detalle técnico: {details}").format(details=details))
    return "\n".join(lines)
