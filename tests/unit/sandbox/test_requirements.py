"""The sandbox's requirements: one plausible, example-marked answer per demo release."""

from __future__ import annotations

import json

import pytest

from aspel_upgrade.portal.requirements import parse_requirements
from aspel_upgrade.sandbox.requirements import (
    NOT_FOUND,
    RELEASES,
    latest_version,
    requirements_answer,
)
from aspel_upgrade.sandbox.seed import DEMO_SUBSCRIPTIONS
from aspel_upgrade.sandbox.store import SYSTEMS


def test_every_demo_subscriptions_version_and_target_has_requirements() -> None:
    for s in DEMO_SUBSCRIPTIONS:
        for version in (s.version, s.target_version):
            status, body = requirements_answer(s.system, version)
            assert status == 200, (s.system, version)
            assert body["example"] is True  # marked: plausible, not the vendor's
            assert (body["system"], body["version"]) == (s.system, version)


def test_each_system_has_a_release_and_latest_names_the_newest() -> None:
    assert {system for system, _ in RELEASES} == set(SYSTEMS)
    assert latest_version("SAE") == "8.0" and latest_version("NOI") == "11.0"
    status, body = requirements_answer("NOI", "latest")
    assert status == 200 and body["version"] == "11.0"


def test_the_answers_are_plausible_and_what_the_client_reads_whole() -> None:
    for (system, version), release in RELEASES.items():
        _, body = requirements_answer(system, version, host_url="http://127.0.0.1:8765/")
        got = parse_requirements(json.loads(json.dumps(body)), system, version)
        assert got.ignored == ()
        assert got.source_url == f"http://127.0.0.1:8765/descargas/{system}/{version}"
        assert 7600 <= release.min_build <= 26100
        assert got.installer_bytes is not None and got.program_disk_bytes is not None
        assert got.installer_bytes < got.program_disk_bytes  # what is installed is larger
        assert got.database.engine == "Firebird" and got.database.port == 3050


def test_the_installer_size_can_be_the_one_the_sandbox_serves() -> None:
    _, body = requirements_answer("SAE", "8.0", installer_bytes=256 * 1024)
    assert body["installer_bytes"] == 256 * 1024
    assert "source_url" not in requirements_answer("SAE", "8.0")[1]


@pytest.mark.parametrize(
    ("system", "version"),
    [("SAE", "99.0"), ("XYZ", "8.0"), ("sae", "8.0"), ("SAE", "8.0; DROP"), ("SAE", ""),
     ("ADM", "latest!"), ("SAE", "8." + "0" * 5000)],
)  # fmt: skip
def test_anything_else_is_not_found(system: str, version: str) -> None:
    assert requirements_answer(system, version) == (404, NOT_FOUND)
