"""Entry point of ``aspel-upgrade``: parse the command line, then open the wizard."""

from __future__ import annotations

import argparse
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aspel-upgrade",
        description="Asistente para actualizar el número de serie de tu sistema Aspel.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--sandbox",
        action="store_true",
        help="usar un portal de pruebas local (para demostración y capacitación)",
    )
    where.add_argument("--portal-url", metavar="URL", help="dirección del portal (https://…)")
    parser.add_argument("--ca-bundle", metavar="RUTA", help="certificados de confianza (PEM)")
    parser.add_argument("--system", metavar="SISTEMA", help="sistema a actualizar, p. ej. SAE")
    parser.add_argument("--serial", metavar="SERIE", help="número de serie a actualizar")
    parser.add_argument("--version", action="version", version=f"aspel-upgrade {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)

    from .paths import default_paths
    from .portal.address import normalise_portal_url
    from .portal.errors import InsecurePortalAddress
    from .settings import Settings

    paths = default_paths()
    sandbox = None
    if args.sandbox:
        from .sandbox.server import SandboxPortal, demo_banner

        sandbox = SandboxPortal().start()
        portal_url: str | None = sandbox.url
        print(demo_banner(sandbox.url), flush=True)
    else:
        portal_url = args.portal_url or Settings.load(paths.settings_file)[0].portal_url

    from .ui import app

    if not portal_url:
        app.show_startup_error(
            "No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas "
            "que la configure, o inicia con --portal-url."
        )
        return 64
    try:
        portal_url = normalise_portal_url(portal_url)
    except InsecurePortalAddress as exc:
        app.show_startup_error(exc.user_message)
        return 64
    try:
        return app.run(
            app.GuiOptions(
                portal_url=portal_url,
                paths=paths,
                ca_bundle=args.ca_bundle,
                system=args.system,
                serial=args.serial,
            )
        )
    finally:
        if sandbox is not None:
            sandbox.stop()


if __name__ == "__main__":
    sys.exit(main())
