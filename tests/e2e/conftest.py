"""The end-to-end tests' one launcher of the robot-driven app (see launcher.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.launcher import Launcher


@pytest.fixture(scope="session")
def launcher() -> Iterator[Launcher]:
    runs = Launcher()
    yield runs
    runs.close()
