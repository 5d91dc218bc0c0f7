"""What keeps the whole suite quick on a 2-core machine, measured (README, "The tests").

Two costs every worker paid for itself, each measured on main with the coverage gate on:

- **Bytecode, once.** xdist's workers each import every test module, and pytest rewrites
  the asserts of each one it imports. Where no bytecode is cached (a fresh checkout, or
  ``PYTHONDONTWRITEBYTECODE`` set, as on this machine) each of the 4 workers rewrote all
  ~110 test modules and compiled the package itself: 5.5 s of CPU a worker instead of
  3.3. Before it starts them, the controller rewrites and compiles once (2.6 s) and
  writes the caches the workers then read: the checkout's own ``__pycache__`` folders,
  which git ignores, written even where that variable is set (it stops the interpreter
  from writing, not from reading).
- **The collector's thresholds.** Every worker holds ~200,000 long-lived objects (Qt's
  bindings, Hypothesis, Schemathesis, the collected tests) that each full collection
  walks again; with Python's default thresholds the collector took 1.5-3 s of CPU a
  worker, 0.3-0.9 s with these. The app sets none (its own use of the collector, off to
  the first paint, ui/app.py, is unchanged); child processes keep Python's defaults.
"""

from __future__ import annotations

import compileall
import gc
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Python's defaults are (700, 10, 10): a full collection every 70,000 net allocations.
THRESHOLDS = (20_000, 20, 20)
REWRITTEN = re.compile(r"(^|[/\\])(test_[^/\\]*|conftest)\.py$")  # pytest's, not plain


def pytest_configure(config: pytest.Config) -> None:
    gc.set_threshold(*THRESHOLDS)
    if _starts_workers(config):
        write_bytecode_once(config)


def _starts_workers(config: pytest.Config) -> bool:
    """The controller of an xdist run (a worker has ``workerinput``)."""
    if hasattr(config, "workerinput"):
        return False
    workers = config.getoption("numprocesses", default=None)
    return bool(workers) and workers != 0


def write_bytecode_once(config: pytest.Config) -> None:
    """Compile the package and rewrite the test modules into their caches, where stale.

    pytest has no public call for its rewrite; its own hook's steps are used. Should a
    pytest release change them, the run goes on: the workers rewrite for themselves.
    """
    compileall.compile_dir(ROOT / "aspel_upgrade", quiet=1)
    compileall.compile_dir(ROOT / "tests", quiet=1, rx=REWRITTEN)  # helpers, fakes, drivers
    try:
        _rewrite_test_modules(config)
    except (ImportError, KeyError, AttributeError, TypeError, OSError):
        return  # each worker rewrites what it imports, as before


def _rewrite_test_modules(config: pytest.Config) -> None:
    """pytest's own hook's steps (``AssertionRewritingHook.exec_module``), for each stale
    test module or conftest."""
    from _pytest.assertion.rewrite import (
        PYC_TAIL,
        _read_pyc,
        _rewrite_test,
        _write_pyc,
        assertstate_key,
        get_cache_dir,
        try_makedirs,
    )

    state = config.stash[assertstate_key]
    for source in sorted((ROOT / "tests").rglob("*.py")):
        if not REWRITTEN.search(source.name):
            continue
        cache = get_cache_dir(source)
        pyc = cache / (source.name[:-3] + PYC_TAIL)
        if _read_pyc(source, pyc, state.trace) is not None or not try_makedirs(cache):
            continue
        try:
            source_hash, code = _rewrite_test(source, config)
        except SyntaxError:
            continue  # the worker's import says it, with the file and line
        _write_pyc(state, code, source_hash, pyc)
