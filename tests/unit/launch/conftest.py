"""Fixtures for the command-line tests: throw-away folders for one run of the app."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.host.paths import AppPaths
from tests.helpers import forget_run_logging


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[AppPaths]:
    """The user's and the machine's folders, under tmp_path; logging restored after."""
    level = logging.getLogger().level
    yield AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                   tmp_path / "program" / "aspel-upgrade-equipo.json")  # fmt: skip
    forget_run_logging(level)
