"""The coverage gate: each package that must stay tested keeps its share of lines covered.

pyproject.toml's ``coverage_gate`` names the packages and their least share of lines, e.g.
``aspel_upgrade/flow/ 90``. With ``-p pytest_cov.plugin --cov`` (the README's test
command), once pytest-cov has combined what every worker measured, this prints each
package's lines and branches covered and fails the run when one falls short. Without
``--cov`` it does nothing (the Windows proof runs the suite without coverage).

The gate is for the whole suite: a run of some tests only (paths, ``-k``, ``-m``) prints
the figures but does not fail on them. Coverage follows the threads that ``threading``
starts, not Qt's own: the wizard's work on its QThreadPool (``ui/tasks.py``: the portal
calls, the download) is measured because each job first hands its thread coverage's hook
(``_pool_threads_measured``); without it, a module first imported there went unmeasured
and the figures depended on the tests' order. Child processes (the end-to-end tests' app runs)
are not measured: most are killed with SIGKILL on purpose, which leaves no data, and what
they run of flow/ and portal/ the in-process tests run too.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

_KEY = pytest.StashKey[list["Share"]]()


@dataclass(frozen=True)
class Share:
    package: str  # a path prefix as coverage reports files: aspel_upgrade/flow/
    least: float  # percent of lines
    lines: int = 0
    lines_run: int = 0
    branches: int = 0
    branches_run: int = 0

    @property
    def line_percent(self) -> float:
        return 100.0 * self.lines_run / self.lines if self.lines else 100.0

    @property
    def branch_percent(self) -> float:
        return 100.0 * self.branches_run / self.branches if self.branches else 100.0

    @property
    def met(self) -> bool:
        return self.lines > 0 and round(self.line_percent, 1) >= self.least


@pytest.fixture(autouse=True, scope="session")
def _pool_threads_measured() -> Iterator[None]:
    """With coverage on, each job of the wizard's thread pool runs under its tracer."""
    hook = threading.gettrace()  # coverage's, for threads it has not seen yet
    if hook is None:
        yield
        return
    from aspel_upgrade.ui.tasks import _Job

    run = _Job.run

    def traced(self: _Job) -> None:
        if sys.gettrace() is None:
            sys.settrace(hook)
        run(self)

    _Job.run = traced  # type: ignore[method-assign]  # a test-only wrapper, undone below
    yield
    _Job.run = run  # type: ignore[method-assign]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "coverage_gate",
        type="linelist",
        help="package path prefix and least percent of its lines covered, one a line",
    )


def _wanted(config: pytest.Config) -> list[Share]:
    shares = []
    for line in config.getini("coverage_gate"):
        package, least = line.split()
        shares.append(Share(package, float(least)))
    return shares


def _measured(cov: Any, wanted: list[Share]) -> list[Share]:
    """Each package's figures, from pytest-cov's combined data (coverage's JSON report)."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "coverage.json"
        cov.json_report(outfile=str(report), include=[f"{s.package}*" for s in wanted])
        files = json.loads(report.read_text(encoding="utf-8"))["files"]
    measured = []
    for share in wanted:
        sums = [0, 0, 0, 0]
        for name, data in files.items():
            if Path(name).as_posix().startswith(share.package):
                s = data["summary"]
                sums[0] += s["num_statements"]
                sums[1] += s["covered_lines"]
                sums[2] += s.get("num_branches", 0)
                sums[3] += s.get("covered_branches", 0)
        measured.append(Share(share.package, share.least, *sums))
    return measured


def _whole_suite(config: pytest.Config) -> bool:
    option = config.option
    return not (option.file_or_dir or option.keyword or option.markexpr)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Iterator[None]:
    # Outermost: pytest-cov's own wrapper has stopped, combined and saved by the time
    # this one goes on.
    result = yield
    config = session.config
    plugin = config.pluginmanager.get_plugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    wanted = _wanted(config)
    if controller is None or hasattr(config, "workerinput") or not wanted:
        return result
    shares = _measured(controller.cov, wanted)
    config.stash[_KEY] = shares
    if _whole_suite(config) and not all(s.met for s in shares):
        session.testsfailed += 1  # the run's exit code is then 1, as for a failed test
    return result


@pytest.hookimpl(trylast=True)  # after pytest-cov's table: the verdict comes last
def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    shares = config.stash.get(_KEY, None)
    if shares is None:
        return
    enforced = _whole_suite(config)
    terminalreporter.write_sep("=", "coverage gate")
    for s in shares:
        verdict = "ok" if s.met else ("FAILED" if enforced else "short")
        terminalreporter.write_line(
            f"{s.package:24} {s.line_percent:5.1f} % of {s.lines} lines "
            f"(at least {s.least:g} %), {s.branch_percent:5.1f} % of {s.branches} branches"
            f"  {verdict}",
            red=not s.met and enforced,
            green=s.met,
        )
    if not enforced:
        terminalreporter.write_line("(some tests only: the gate is not enforced)")
