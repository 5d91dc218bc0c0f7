"""The command line: a public contract for installers (flags and exit codes are stable)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .. import __version__
from ..host.paths import AppPaths
from .options import Options

if TYPE_CHECKING:
    from ..flow.outcome import Outcome

SYSTEMS = ("SAE", "COI", "NOI", "CAJA", "FACTURE", "BANCO", "PROD", "ADM")


class BadCommandLine(Exception):
    """A flag is missing, unknown or invalid: exit 64 (never argparse's 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise BadCommandLine(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aspel-upgrade",
        description="Asistente para actualizar el número de serie de tu sistema Aspel.",
        epilog="Códigos de salida: 0 actualizado (o se mostró una actualización existente), "
        "1 cancelado, 2 falló, 3 nada que actualizar, 64 línea de comandos incorrecta.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--sandbox", action="store_true", help="usar un portal de pruebas local (demostración)"
    )
    where.add_argument("--portal-url", metavar="URL", help="dirección del portal (https://…)")
    parser.add_argument("--system", metavar="SISTEMA", help="sistema a actualizar, p. ej. SAE")
    parser.add_argument("--serial", metavar="SERIE", help="número de serie a actualizar")
    parser.add_argument("--user", metavar="USUARIO", help="usuario de Mi cuenta Aspel")
    parser.add_argument(
        "--result-file", metavar="RUTA", type=Path, help="escribir el resultado (JSON) aquí"
    )
    parser.add_argument("--lang", choices=("es", "en"), help="idioma: es (predeterminado) o en")
    parser.add_argument("--proxy", metavar="URL", help="proxy HTTP(S), p. ej. http://proxy:8080")
    parser.add_argument("--ca-bundle", metavar="RUTA", help="certificados adicionales (PEM)")
    parser.add_argument(
        "--diagnose", action="store_true", help="revisar la conexión sin abrir ventanas"
    )
    parser.add_argument(
        "--download",
        action="store_true",
        help="después de actualizar (o si ya estaba actualizado), descargar y verificar el "
        "instalador sin preguntar; si no queda verificado, sale con 2",
    )
    parser.add_argument(
        "--download-dir", metavar="RUTA", type=Path, help="carpeta del instalador (con --download)"
    )
    parser.add_argument("--version", action="version", version=f"aspel-upgrade {__version__}")
    return parser


def parse(argv: list[str]) -> Options:
    """Parse and validate; raises BadCommandLine with a Spanish reason."""
    from ..portal.address import normalise_portal_url
    from ..portal.errors import InsecurePortalAddress

    args = build_parser().parse_args(argv)
    if args.system and args.system.strip().upper() not in SYSTEMS:
        raise BadCommandLine(
            f"--system {args.system!r} no es un sistema conocido ({', '.join(SYSTEMS)})"
        )
    if args.portal_url:
        try:
            args.portal_url = normalise_portal_url(args.portal_url)
        except InsecurePortalAddress as exc:
            raise BadCommandLine(exc.user_message) from None
    if args.proxy and not args.proxy.startswith(("http://", "https://")):
        raise BadCommandLine("--proxy debe empezar con http:// o https://")
    if args.ca_bundle and not Path(args.ca_bundle).is_file():
        raise BadCommandLine(f"--ca-bundle: no existe el archivo {args.ca_bundle}")
    if args.download_dir is not None and not args.download:
        raise BadCommandLine("--download-dir solo tiene sentido junto con --download")
    if (
        args.download_dir is not None
        and args.download_dir.exists()
        and not (args.download_dir.is_dir())
    ):
        raise BadCommandLine(f"--download-dir: {args.download_dir} no es una carpeta")
    return Options(
        sandbox=args.sandbox,
        portal_url=args.portal_url,
        system=args.system.strip().upper() if args.system else None,
        serial=args.serial.strip() if args.serial else None,
        user=args.user.strip() if args.user else None,
        result_file=args.result_file,
        lang=args.lang,
        proxy=args.proxy,
        ca_bundle=args.ca_bundle,
        diagnose=args.diagnose,
        download=args.download,
        download_dir=args.download_dir,
    )


def _result_file_from_raw(argv: list[str]) -> Path | None:
    """Best effort, for a command line too broken to parse: where to write the result."""
    for i, arg in enumerate(argv):
        if arg == "--result-file" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--result-file="):
            return Path(arg.split("=", 1)[1])
    return None


def finish(outcome: Outcome, result_file: Path | None) -> int:
    from ..flow.outcome import write_result_file

    if result_file is not None:
        try:
            write_result_file(result_file, outcome)
        except OSError as exc:
            print(f"No se pudo escribir {result_file}: {exc}", file=sys.stderr)
    return int(outcome.exit_code)


def main(argv: list[str] | None = None, *, paths: AppPaths | None = None) -> int:
    """Run as the command line says; ``paths`` replaces the user's folders (tests)."""
    argv = sys.argv[1:] if argv is None else argv
    from .winconsole import attach_parent_console

    attach_parent_console()
    try:
        options = parse(argv)
    except BadCommandLine as exc:
        from ..flow.outcome import failure

        print(f"aspel-upgrade: {exc}", file=sys.stderr)
        print("Usa --help para ver las opciones.", file=sys.stderr)
        return finish(
            failure("bad_command_line", str(exc), bad_command_line=True),
            _result_file_from_raw(argv),
        )
    from .runner import run

    reported: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        reported.append(outcome)
        finish(outcome, options.result_file)

    try:
        outcome = run(options, paths=paths, report=report)
        if not reported:
            finish(outcome, options.result_file)
        return int(outcome.exit_code)
    except Exception as exc:  # last resort: the installer still gets its answer
        import logging

        logging.getLogger("aspel_upgrade").exception("Unexpected failure")
        from ..flow.outcome import failure
        from ..host.logs import redact

        return finish(failure("unexpected", redact(str(exc))), options.result_file)


__all__ = ["Options", "main"]
