"""The result file has a machine-readable schema, and the README's example is prose
(issue 18, E3): resources/result-file.schema.json describes every outcome the app writes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
import pytest

from aspel_upgrade.flow.outcome import Outcome, failure
from aspel_upgrade.flow.problems import FlowProblem
from aspel_upgrade.portal.errors import PortalError
from tests.result_file import SCHEMA, schema, schema_errors

README = Path(__file__).resolve().parents[3] / "README.md"

# Codes written by name rather than by an error class: the command line, the run, --diagnose,
# --download, the closing of a run (launch/, flow/outcome.py, flow/download.py, ui/app.py).
NAMED_CODES = {
    "bad_command_line", "unexpected", "sandbox_unavailable", "no_portal_configured",
    "portal_unreachable", "answer_not_received", "download_corrupt", "download_failed",
    "no_space", "terminated",
}  # fmt: skip
# Announced by the download work of issue 18 (two copies at once; a receipt without a
# usable installer), in the schema ahead of the code that writes them.
ANNOUNCED_CODES = {"download_busy", "download_unavailable"}

T = TypeVar("T")


def _subclasses(base: type[T]) -> set[type[T]]:
    found: set[type[T]] = set()
    for sub in base.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def _upgraded(**changes: Any) -> dict[str, Any]:
    outcome = Outcome(
        "upgraded", 0, system="SAE", from_version="7.0", to_version="8.0",
        previous_serial="SKSNWR", new_serial="K7QM-4XPA-9RTC",
        download_url="https://portal.example/descargas/SAE/8.0",
        razon_social="COMERCIALIZADORA DEL BAJIO SA DE CV",
        old_version_usable_until="2022-03-10", old_version_days_left=-1724,
        upgrade_id="UPG-3F9A1C2B7D40",
        issued_at=datetime(2026, 11, 26, 12, tzinfo=UTC).isoformat(),
    )  # fmt: skip
    return {**outcome.as_json(), **changes}


def test_the_schema_is_a_valid_json_schema() -> None:
    doc = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(doc)
    assert doc["properties"]["schema"] == {"const": 1, "description": "The version of this format."}


def test_the_schema_names_every_field_the_app_writes() -> None:
    written = set(Outcome("cancelled", 1).as_json())
    assert set(schema()["properties"]) == written
    assert set(schema()["required"]) == written  # a field that does not apply is null


def test_every_error_code_the_app_knows_is_in_the_schema() -> None:
    portal = {cls.code for cls in _subclasses(PortalError) | {PortalError}}
    flow = {cls.code for cls in _subclasses(FlowProblem) | {FlowProblem}}
    codes = portal | flow | NAMED_CODES | ANNOUNCED_CODES
    assert codes <= set(schema()["$defs"]["error_code"]["enum"])


@pytest.mark.parametrize(
    "data",
    [
        _upgraded(),
        _upgraded(outcome="already_upgraded"),
        _upgraded(installer_path="C:\\Users\\x\\Downloads\\Aspel-SAE-8.0-Setup.exe",
                  installer_size=157286400, installer_sha256="9f2c" * 16,
                  installer_verified=True),
        _upgraded(exit_code=2, error_code="no_space", error_message="No hay espacio suficiente."),
        _upgraded(exit_code=2, error_code="download_busy", error_message="Se descarga en otra."),
        Outcome("cancelled", 1).as_json(),
        Outcome("cancelled", 1, "invalid_credentials", "El usuario o la contraseña…",
                system="SAE").as_json(),
        Outcome("cancelled", 1, "terminated", "Se cerró desde fuera.").as_json(),
        failure("connection_failed", "No se pudo conectar…").as_json(),
        failure("bad_command_line", "--lang: …", bad_command_line=True).as_json(),
        Outcome("nothing_to_upgrade", 3).as_json(),
        Outcome("unknown", 4, "answer_not_received", "Se envió la confirmación…",
                system="SAE").as_json(),
        Outcome("diagnosed", 0).as_json(),
    ],
)  # fmt: skip
def test_what_the_app_writes_conforms(data: dict[str, Any]) -> None:
    assert schema_errors(data) == []


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (_upgraded(new_serial=None), "an upgrade without its serial"),
        (_upgraded(exit_code=1), "an upgrade that exits as cancelled"),
        (_upgraded(exit_code=2), "a failed --download without its code"),
        (_upgraded(installer_verified=True), "verified, with no file named"),
        (_upgraded(installer_sha256="9F2C" * 16), "a hash in capitals"),
        (_upgraded(old_version_usable_until="10/03/2022"), "a date that is not ISO"),
        (_upgraded(issued_at="2026-11-26 12:00"), "an instant without its offset"),
        (_upgraded(password="x"), "an unknown member (a secret, say)"),
        ({k: v for k, v in _upgraded().items() if k != "razon_social"}, "a missing member"),
        (Outcome("cancelled", 0).as_json(), "a cancellation that exits 0"),
        (failure("not_a_code", "…").as_json(), "a code nobody documented"),
        (Outcome("failed", 2).as_json(), "a failure without a code"),
        (Outcome("unknown", 4).as_json(), "unknown without answer_not_received"),
        (Outcome("cancelled", 1, "timeout").as_json(), "a code without its sentence"),
        ({**Outcome("diagnosed", 0).as_json(), "exit_code": 73}, "73: there is no file"),
        ({**Outcome("diagnosed", 0).as_json(), "schema": 2}, "another schema"),
    ],
)
def test_what_the_app_never_writes_is_refused(data: dict[str, Any], why: str) -> None:
    assert schema_errors(data), why


def test_the_readme_example_is_prose_and_every_json_block_in_it_is_json() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    for block in blocks:
        json.loads(block)  # a ```json block is JSON (no comments)
    section = text[text.index("## For installers") : text.index("## Settings, logs and files")]
    assert "resources/result-file.schema.json" in section
    assert '"old_version_days_left": -1724,   //' in section  # the commented example stays
