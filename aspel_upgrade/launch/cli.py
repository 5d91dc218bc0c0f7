"""The command line: a public contract for installers (flags and exit codes are stable)."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .. import __version__
from ..flow.problems import ResultFileUnwritable, download_dir_problem, result_file_problem
from ..flow.wording import cli as words
from ..host import values
from ..host.logs import redact
from ..host.oserrors import detail_of, kind_of
from ..host.paths import AppPaths, default_paths
from ..host.process import end_now
from ..portal.address import normalise_portal_url
from ..portal.errors import InvalidPortalAddress
from .argparse_es import spanish_argparse
from .options import Options
from .winconsole import attach_parent_console

# Late, as the run reaches them (a run without a window, --version, --help or a refused
# flag, never loads Qt; ui/app.py): the failures' words (flow.wording.cli_errors,
# flow.wording.errors), how a run ended (flow.outcome: the catalogue, requests), the run
# itself (launch.runner: Qt) and --check's seams (launch.check: this PC's probes).
if TYPE_CHECKING:
    from ..flow.outcome import Outcome
    from .check import ThisPCSeams

SYSTEMS = ("SAE", "COI", "NOI", "CAJA", "FACTURE", "BANCO", "PROD", "ADM")


class BadCommandLine(Exception):
    """A flag is missing, unknown or invalid: exit 64 (never argparse's 2).

    ``case`` and ``fields`` name the problem; flow.wording.cli_errors.refused words it.
    """

    def __init__(self, case: str, **fields: str) -> None:
        self.case = case
        self.fields = fields
        super().__init__(f"{case}: {fields}")

    def sentence(self) -> str:
        from ..flow.wording.cli_errors import refused

        return refused(self.case, self.fields)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise BadCommandLine("argparse", message=message)  # argparse's words (argparse_es)


def build_parser() -> argparse.ArgumentParser:
    """The parser; build and use it inside ``spanish_argparse()`` so all of it is Spanish
    (its words are the catalogue's: flow/wording/cli.py)."""
    helps, value = words.helps(), words.metavars()
    parser = _Parser(prog="aspel-upgrade", description=words.description(), epilog=words.epilog())
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--sandbox", action="store_true", help=helps["sandbox"])
    where.add_argument("--portal-url", metavar=value["url"], help=helps["portal_url"])
    parser.add_argument("--system", metavar=value["system"], help=helps["system"])
    parser.add_argument("--serial", metavar=value["serial"], help=helps["serial"])
    parser.add_argument("--user", metavar=value["user"], help=helps["user"])
    parser.add_argument("--result-file", metavar=value["path"], help=helps["result_file"])
    parser.add_argument("--lang", choices=("es", "en"), help=helps["lang"])
    parser.add_argument("--proxy", metavar=value["url"], help=helps["proxy"])
    parser.add_argument("--ca-bundle", metavar=value["path"], help=helps["ca_bundle"])
    # Each is a run of its own kind: without a window (--check, --diagnose) or unattended.
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--check", action="store_true", help=helps["check"])
    kind.add_argument("--diagnose", action="store_true", help=helps["diagnose"])
    kind.add_argument("--download", action="store_true", help=helps["download"])
    parser.add_argument("--download-dir", metavar=value["path"], help=helps["download_dir"])
    parser.add_argument(
        "--version", action="version", version=f"aspel-upgrade {__version__}",
        help=helps["version"],
    )  # fmt: skip
    return parser


def parse(argv: list[str]) -> Options:
    """Parse and validate; raises BadCommandLine or flow.problems.ResultFileUnwritable."""
    with spanish_argparse():
        args = build_parser().parse_args(argv)
    if args.system and args.system.strip().upper() not in SYSTEMS:
        raise BadCommandLine("system", system=repr(args.system), known=", ".join(SYSTEMS))
    if args.portal_url is not None:
        try:
            args.portal_url = normalise_portal_url(args.portal_url)
        except InvalidPortalAddress as exc:
            raise BadCommandLine("portal_url", url=exc.url, reason=exc.reason) from None
    if args.proxy is not None:
        try:
            args.proxy = values.check_proxy(args.proxy)
        except values.InvalidValue as exc:
            shown = values.redact_url(args.proxy.strip())
            raise BadCommandLine("proxy", url=shown, reason=exc.reason) from None
    if args.ca_bundle is not None:
        try:
            values.check_ca_bundle(args.ca_bundle)
        except values.InvalidValue as exc:
            raise BadCommandLine("ca_bundle", path=args.ca_bundle, reason=exc.reason) from None
    if args.result_file is not None and not args.result_file.strip():
        raise ResultFileUnwritable(args.result_file.strip(), "empty")
    if args.download_dir is not None and not args.download:
        raise BadCommandLine("download_dir_alone")
    if args.download_dir is not None and not args.download_dir.strip():
        raise BadCommandLine("download_dir_empty")  # never «the current folder»
    download_dir = Path(args.download_dir) if args.download_dir is not None else None
    if download_dir is not None and download_dir.exists() and not download_dir.is_dir():
        raise BadCommandLine("download_dir_not_folder", path=str(download_dir))
    return Options(
        sandbox=args.sandbox,
        portal_url=args.portal_url,
        system=args.system.strip().upper() if args.system else None,
        serial=args.serial.strip() if args.serial else None,
        user=args.user.strip() if args.user else None,
        result_file=Path(args.result_file) if args.result_file is not None else None,
        lang=args.lang,
        proxy=args.proxy,
        ca_bundle=args.ca_bundle,
        diagnose=args.diagnose,
        download=args.download,
        download_dir=download_dir,
        check=args.check,
    )


def _result_file_from_raw(argv: list[str]) -> Path | None:
    """Best effort, for a command line too broken to parse: where to write the result."""
    for i, arg in enumerate(argv):
        if arg == "--result-file" and i + 1 < len(argv) and argv[i + 1].strip():
            return Path(argv[i + 1])
        if arg.startswith("--result-file=") and arg.split("=", 1)[1].strip():
            return Path(arg.split("=", 1)[1])
    return None


def _say(sentence: str) -> None:
    """One line on stderr, «aspel-upgrade: » first (the catalogue's)."""
    from ..flow.wording.cli_errors import stderr_line

    print(stderr_line(sentence), file=sys.stderr)


def _cannot_write(problem: ResultFileUnwritable) -> int:
    from ..flow.outcome import ExitCode
    from ..flow.wording.cli_errors import result_file_unwritable

    _say(result_file_unwritable(problem))
    return int(ExitCode.RESULT_FILE_UNWRITABLE)


def _download_dir_refused(options: Options, paths: AppPaths | None) -> int | None:
    """Exit 73 when the installer's folder cannot be written (None when it can): one line
    on stderr and, as for the result file's own 73, no result file (the contract: a file
    never says 73; resources/result-file.schema.json on main)."""
    folder = options.download_dir or (paths or default_paths()).downloads
    problem = download_dir_problem(folder)
    if problem is None:
        return None
    from ..flow.outcome import ExitCode
    from ..flow.wording.cli_errors import download_dir_unwritable

    _say(download_dir_unwritable(problem))
    return int(ExitCode.CANNOT_CREATE)


def finish(outcome: Outcome, result_file: Path | None) -> int:
    """Write the result file if asked; the exit code, which is 73 if that write failed."""
    from ..flow.outcome import write_result_file

    if result_file is not None:
        try:
            write_result_file(result_file, outcome)
        except OSError as exc:
            logging.getLogger("aspel_upgrade").error(
                "Result file %s not written (outcome %s): %r", result_file, outcome.outcome, exc
            )
            # Worded as the start-up check words the same case (a folder put there…).
            problem = result_file_problem(result_file) or ResultFileUnwritable(
                str(result_file), "not_saved", detail=detail_of(exc), kind=kind_of(exc)
            )
            return _cannot_write(problem)
    return int(outcome.exit_code)


def main(
    argv: list[str] | None = None,
    *,
    paths: AppPaths | None = None,
    seams: ThisPCSeams | None = None,
) -> int:
    """Run as the command line says; ``paths`` replaces the user's folders and ``seams`` this
    PC as --check and --diagnose see it (tests)."""
    argv = sys.argv[1:] if argv is None else argv
    attach_parent_console()
    try:
        options = parse(argv)
    except ResultFileUnwritable as problem:
        return _cannot_write(problem)
    except BadCommandLine as exc:
        from ..flow.outcome import failure

        sentence = exc.sentence()
        _say(sentence)
        print(words.see_help(), file=sys.stderr)
        return finish(
            failure("bad_command_line", sentence, bad_command_line=True),
            _result_file_from_raw(argv),
        )
    if options.result_file is not None:
        # Before anything irreversible (the window, an upgrade): can the answer be written?
        unwritable = result_file_problem(options.result_file)
        if unwritable is not None:
            return _cannot_write(unwritable)
    if options.download:
        # The installer's folder too, before the upgrade (which cannot be undone).
        refused = _download_dir_refused(options, paths)
        if refused is not None:
            return refused
    from .runner import run

    codes: list[int] = []

    def report(outcome: Outcome) -> None:
        """Write the result file; raises OSError if it could not be (the flow keeps the
        pending record then, so the receipt is shown and written again next time)."""
        from ..flow.outcome import ExitCode

        codes.append(finish(outcome, options.result_file))
        if codes[-1] == ExitCode.RESULT_FILE_UNWRITABLE:
            raise OSError(f"the result file {options.result_file} was not written")

    try:
        outcome = run(options, paths=paths, report=report, seams=seams)
        return codes[-1] if codes else finish(outcome, options.result_file)
    except Exception as exc:  # last resort: the installer still gets its answer
        logging.getLogger("aspel_upgrade").exception("Unexpected failure")
        from ..flow.outcome import failure
        from ..flow.wording.errors import describe, with_detail

        message = with_detail(describe(exc), redact(str(exc)))
        return finish(failure("unexpected", message), options.result_file)


def entry() -> NoReturn:
    """The program: run, then end the process at once with the run's exit code.

    Everything the installer reads (result file, logs) is written by then. A portal call
    abandoned when the window closed may still be waiting on the network; the process
    does not wait for it (each call is bounded anyway, see portal/client.py).

    The garbage collector is off until the wizard's first paint (ui/app.py turns it back
    on): of what start-up makes, ~27,000 objects are the collector's to watch, nearly all
    of them live as long as the run (~80 were garbage), and its 37 passes over them took
    ~4.5 ms before the first paint (tools/bench/startup.py). A run without the wizard
    ends before that matters.
    """
    gc.disable()
    end_process(main())


def end_process(code: int) -> NoReturn:
    """Flush what was written, then end at once (no waiting for abandoned calls, and on
    Windows no DLL clean-up that could wait for them: see host/process.py)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    end_now(code)


__all__ = ["Options", "end_process", "entry", "main"]
