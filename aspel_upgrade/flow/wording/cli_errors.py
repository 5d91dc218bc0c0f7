"""The command line's failures: why it is refused (exit 64), why a file or folder cannot
be written (exit 73), and the run's own failures before a window, one line on stderr each.
Spanish whatever ``--lang`` says, as the rest of the command line (``cli``)."""

from __future__ import annotations

from collections.abc import Mapping

from ..problems import DownloadDirUnwritable, ResultFileUnwritable
from . import tr
from .errors import os_problem, portal_address, value_problem, with_detail


def refused(case: str, values: Mapping[str, str]) -> str:
    """Why the command line is refused (exit 64); ``case`` names the flag's problem.

    ``argparse``: argparse's own message, already in our words (``argparse_words``).
    """
    if case == "portal_url":
        address = portal_address(values["url"], values["reason"])
        return tr("--portal-url: {problem}").format(problem=address)
    if case == "proxy":
        return tr("--proxy: la dirección «{url}» {problem}").format(
            url=values["url"], problem=value_problem(values["reason"])
        )
    if case == "ca_bundle":
        return tr("--ca-bundle: «{path}» {problem}").format(
            path=values["path"], problem=value_problem(values["reason"])
        )
    if case == "system":
        return tr("--system {system} no es un sistema conocido ({known})").format(
            system=values["system"], known=values["known"]
        )
    if case == "download_dir_alone":
        return tr("--download-dir solo tiene sentido junto con --download")
    if case == "download_dir_not_folder":
        return tr("--download-dir: {path} no es una carpeta").format(path=values["path"])
    if case == "download_dir_empty":
        return tr("--download-dir: {problem}").format(problem=_empty_path())
    return values["message"]  # "argparse"


def stderr_line(sentence: str) -> str:
    """A line on stderr: the program's name, then the sentence."""
    return tr("aspel-upgrade: {sentence}").format(sentence=sentence)


def result_file_unwritable(problem: ResultFileUnwritable) -> str:
    """Exit 73's one line on stderr (after «aspel-upgrade: »)."""
    texts = {
        "empty": _empty_path(),
        "folder": tr("es una carpeta, no un archivo"),
        "not_a_file": tr("no es un archivo normal"),
        "parent_is_file": _parent_is_file(),
        "folder_unwritable": tr(
            "no se puede escribir en la carpeta «{place}»: {what} (detalle técnico: {detail})"
        ),
        "not_saved": tr("no se pudo guardar: {what} (detalle técnico: {detail})"),
    }
    why = texts.get(problem.reason, texts["not_saved"])
    return tr("no se puede escribir el archivo de resultado «{file}»: {why}").format(
        file=problem.path,
        why=why.format(place=problem.place, detail=problem.detail, what=os_problem(problem.kind)),
    )


def _empty_path() -> str:
    return tr("la ruta está vacía")


def _parent_is_file() -> str:
    return tr("«{place}» es un archivo, no una carpeta")


def download_dir_unwritable(problem: DownloadDirUnwritable) -> str:
    """Exit 73 for the installer's folder: one line on stderr."""
    if problem.reason == "not_a_folder":
        why = tr("no es una carpeta")
    elif problem.reason == "parent_is_file":
        why = _parent_is_file().format(place=problem.place)
    else:
        why = os_problem(problem.kind)
    sentence = tr("--download: no se puede guardar el instalador en la carpeta «{folder}»: "
                  "{why}.").format(folder=problem.path, why=why)  # fmt: skip
    return with_detail(sentence, problem.detail) if problem.detail else sentence


def no_portal_configured() -> str:
    return tr("No está configurada la dirección del portal de Aspel. Pide a tu área de "
              "sistemas que la configure (archivo de configuración del equipo) o inicia con "
              "--portal-url.")  # fmt: skip


def portal_address_in_settings(url: str, file: str, reason: str) -> str:
    """A portal address is configured but cannot be used (``url`` as shown in the log)."""
    return tr("La dirección del portal {url} del archivo de configuración {file} {problem}. "
              "Pide a tu área de sistemas que la corrija o inicia con --portal-url.").format(
        url=url, file=file, problem=value_problem(reason)
    )  # fmt: skip


def sandbox_unavailable() -> str:
    return tr("El portal de pruebas (--sandbox) no viene en esta instalación.")
