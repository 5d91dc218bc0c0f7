"""The sandbox's requirements: one plausible, example-marked answer per demo release."""

from __future__ import annotations

import json

import pytest
import requests

from aspel_upgrade.portal.requirements import parse_requirements
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.requirements import (
    NOT_FOUND,
    RELEASES,
    latest_version,
    requirements_answer,
)
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD, DEMO_SUBSCRIPTIONS
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.service import _requirements_url
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


def test_served_publicly_linked_from_the_offer_and_its_installer_the_one_served(
    sandbox: SandboxPortal,
) -> None:
    """The route: no token asked; the offer's ``requirements_url`` names it (null when none
    is published); the installer's size is the file the sandbox really serves."""
    url = sandbox.url
    answer = requests.get(url + "/v1/releases/SAE/8.0/requirements", timeout=5)
    assert answer.status_code == 200
    assert answer.json()["installer_bytes"] == sandbox.service.installers.size
    token = requests.post(url + "/v1/sessions", json={"username": "demo",
                          "password": DEMO_PASSWORD}, timeout=5).json()["token"]  # fmt: skip
    offer = requests.get(url + "/v1/subscriptions/SUB-1001/upgrade-offer", timeout=5,
                         headers={"Authorization": f"Bearer {token}"}).json()  # fmt: skip
    assert offer["requirements_url"] == url + "/v1/releases/SAE/8.0/requirements"
    assert _requirements_url(url + "/", "SAE", "99.0") is None


def test_a_fault_sets_any_member_to_nonsense(sandbox: SandboxPortal) -> None:
    """Training and the hostile pass: negative sizes, unknown members, huge numbers."""
    for field, value in (("ram_bytes", -1), ("sorpresa", {"x": 1}),
                         ("windows.min_build", 10**40)):  # fmt: skip
        sandbox.faults.add(Fault("get_release_requirements", "set_field", field=field,
                                 value=value))  # fmt: skip
    urls = [sandbox.url + "/v1/releases/SAE/8.0/requirements"] * 4
    bodies = [requests.get(u, timeout=5).json() for u in urls]
    assert bodies[0]["ram_bytes"] == -1
    assert bodies[1]["sorpresa"] == {"x": 1}
    assert bodies[2]["windows"]["min_build"] == 10**40
    assert bodies[3]["ram_bytes"] > 0  # one answer each
    with pytest.raises(ValueError, match="set_field"):
        Fault("get_release_requirements", "set_field")
    with pytest.raises(ValueError):
        Fault("download_installer", "set_field", field="x", value=1)
    with pytest.raises(ValueError):
        Fault("get_release_requirements", value=1)
