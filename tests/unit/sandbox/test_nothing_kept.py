"""A refused request leaves nothing of itself in the sandbox's memory.

Two refusals were module-level exception instances raised again and again: each raise
kept the last request's frames (a failed log-in's body, its password included) alive
through the instance's traceback, until the next one.
"""

from __future__ import annotations

import gc

import requests

from aspel_upgrade.sandbox.problems import Problem
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.unit.sandbox.test_installer_http import _installer


def test_refusals_keep_no_traceback(sandbox: SandboxPortal) -> None:
    answer = requests.post(
        sandbox.url + "/v1/sessions",
        json={"username": "demo", "password": "Una-Clave-Mala-4471"},
        timeout=5,
    )
    assert answer.status_code == 401
    link = _installer(sandbox)
    head, _, name = link.rpartition("/")
    forged = head.rpartition("/")[0] + "/" + "0" * 32 + "/" + name  # well formed, not signed
    assert requests.get(forged, timeout=5).status_code == 404
    gc.collect()
    kept = [o for o in gc.get_objects() if isinstance(o, Problem) and o.__traceback__]
    assert kept == []
