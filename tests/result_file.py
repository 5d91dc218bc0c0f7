"""The result file's schema (resources/result-file.schema.json), for every test that reads one.

``read_result_file`` is how tests read a result file: it fails the test unless the file
is what the schema says. tests/conftest.py also checks every result file the app writes
in the test process, as it is written (``schema_errors``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA = Path(__file__).resolve().parents[1] / "resources" / "result-file.schema.json"


@cache
def schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA.read_text(encoding="utf-8")))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def schema_errors(data: object) -> list[str]:
    """Where ``data`` departs from the schema (empty: it conforms)."""
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in _validator().iter_errors(data)
    ]


def check_result(data: object) -> dict[str, Any]:
    errors = schema_errors(data)
    assert not errors, f"result file not as its schema says: {errors}\n{data}"
    assert isinstance(data, dict)
    return data


def read_result_file(path: Path) -> dict[str, Any]:
    """The result file at ``path``, checked against its schema."""
    return check_result(json.loads(path.read_text(encoding="utf-8")))
