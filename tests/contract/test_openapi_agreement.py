"""resources/openapi.yaml and the sandbox agree: same routes, documented statuses and bodies."""

from __future__ import annotations

import hashlib
import re
import uuid
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import requests
import yaml

from aspel_upgrade.sandbox.app import URL_MAP
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config

from ..unit.portal.test_error_codes import SCENARIOS

CONTRACT = Path(__file__).parents[2] / "resources" / "openapi.yaml"
HTML_PAGES = {"download_page", "pricing_page"}  # human pages linked from answers, not API


@cache
def spec() -> dict[str, Any]:
    return dict(yaml.safe_load(CONTRACT.read_text(encoding="utf-8")))


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")


def _operation(method: str, path: str) -> dict[str, Any]:
    for template, item in spec()["paths"].items():
        if _template_regex(template).match(path) and method.lower() in item:
            return dict(item[method.lower()])
    raise AssertionError(f"{method} {path} is not in the contract")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validate(response: requests.Response) -> None:
    """Fail unless the answer's status and JSON body are the documented ones."""
    method = response.request.method or ""
    path = urlsplit(response.request.url or "").path
    if response.status_code == 405:  # a documented path, an undocumented method
        assert "Allow" in response.headers
        allowed = [m.strip() for m in response.headers["Allow"].split(",")]
        method = next(m for m in allowed if m not in ("HEAD", "OPTIONS"))
    operation = _operation(method, path)
    status = str(response.status_code)
    responses = operation["responses"]
    assert status in responses or "default" in responses, f"{method} {path}: {status} undocumented"
    documented = _resolve(responses.get(status) or responses["default"])
    for header in documented.get("headers", {}):
        if header != "Retry-After":
            assert header in response.headers, f"{method} {path}: {status} without {header}"
    content = documented.get("content")
    if content is None:
        assert not response.content
        return
    if "application/octet-stream" in content:  # the installer: headers say what it is
        assert response.headers["Content-Type"] == "application/octet-stream"
        assert int(response.headers["Content-Length"]) == len(response.content)
        return
    assert response.headers["Content-Type"].startswith("application/json")
    schema = content["application/json"]["schema"]
    wrapper = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": spec()["components"],
        **schema,
    }
    jsonschema.validate(
        response.json(), wrapper, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for header in documented.get("headers", {}):
        if header == "Retry-After" and status in ("429",):
            assert header in response.headers


def test_contract_is_a_valid_openapi_31_document() -> None:
    doc = spec()
    assert doc["openapi"].startswith("3.1")
    for path in doc["paths"]:
        assert path.startswith(("/v1/", "/_sandbox/"))
    for schema in doc["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)


def _werkzeug_to_template(rule: str) -> str:
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule)


def test_every_sandbox_route_is_documented_and_every_documented_route_exists() -> None:
    served = {
        (_werkzeug_to_template(rule.rule), method.lower())
        for rule in URL_MAP.iter_rules()
        if rule.endpoint not in HTML_PAGES
        for method in rule.methods or ()
        if method != "OPTIONS"
    }
    documented = {
        (path, method)
        for path, item in spec()["paths"].items()
        for method in item
        if method in ("get", "head", "post", "put", "patch", "delete")
    }
    # Werkzeug answers HEAD on every GET route; the contract declares it where a client
    # has a use for it (the installer), and every HEAD it declares is served.
    assert {r for r in served if r[1] != "head"} == {r for r in documented if r[1] != "head"}
    assert {r for r in documented if r[1] == "head"} <= served
    assert ("/v1/downloads/{upgrade_id}/{signature}/{file_name}", "head") in documented


def test_operation_ids_match_the_sandbox_endpoints() -> None:
    endpoints = {rule.endpoint for rule in URL_MAP.iter_rules()} - HTML_PAGES
    ids = {
        op["operationId"]
        for item in spec()["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    # sandbox_faults answers three methods under one endpoint; a declared HEAD is its GET's.
    suffixes = ("_get", "_add", "_clear", "_head")
    stems = set()
    for i in ids:
        for suffix in suffixes:
            i = i.removesuffix(suffix)
        stems.add(i)
    assert stems == endpoints


def test_every_operation_answers_as_documented(sandbox: SandboxPortal) -> None:
    url = sandbox.url
    http = requests.Session()
    answers = [http.get(url + "/v1/health", timeout=5)]
    login = http.post(
        url + "/v1/sessions", json={"username": "demo", "password": DEMO_PASSWORD}, timeout=5
    )
    answers.append(login)
    http.headers["Authorization"] = "Bearer " + login.json()["token"]
    answers += [
        http.post(url + "/v1/password-resets", json={"username": "demo"}, timeout=5),
        http.get(url + "/v1/subscriptions", timeout=5),
        http.get(url + "/v1/subscriptions/SUB-1001/upgrade-offer", timeout=5),
        http.get(url + "/v1/subscriptions/SUB-9999/upgrade-offer", timeout=5),
        http.get(url + "/v1/subscriptions/SUB-1005/upgrade-offer", timeout=5),
    ]
    key = {"Idempotency-Key": uuid.uuid4().hex}
    confirm = url + "/v1/subscriptions/SUB-1001/upgrades"
    first = http.post(confirm, json={"terms_version": "2026.2"}, headers=key, timeout=5)
    replay = http.post(confirm, json={"terms_version": "2026.2"}, headers=key, timeout=5)
    assert (first.status_code, replay.status_code) == (201, 200)
    installer = first.json()["download"]["url"]
    whole = requests.get(installer, timeout=5)  # no token: the link is signed
    etag = whole.headers["ETag"]
    head, _, name = installer.rpartition("/")
    non_ascii = head.rpartition("/")[0] + "/%C3%B1and%C3%BA/" + name  # E1: once a 500
    answers += [
        first,
        replay,
        http.get(url + "/v1/upgrades/" + first.json()["upgrade_id"], timeout=5),
        whole,
        requests.get(installer, headers={"Range": "bytes=10-"}, timeout=5),
        requests.get(installer, headers={"Range": f"bytes={10**9}-"}, timeout=5),
        requests.get(installer.replace("/Aspel-", "/Otro-"), timeout=5),
        requests.get(non_ascii, timeout=5),
        requests.head(non_ascii, timeout=5),
        requests.get(installer, headers={"If-None-Match": etag}, timeout=5),
        requests.get(installer, headers={"If-Match": '"otro"'}, timeout=5),
        requests.head(installer, timeout=5),
        requests.head(installer, headers={"Range": "bytes=10-"}, timeout=5),
        requests.head(installer, headers={"If-None-Match": etag}, timeout=5),
        requests.head(installer, headers={"If-Match": '"otro"'}, timeout=5),
        http.get(url + "/_sandbox/outbox", timeout=5),
        http.post(url + "/_sandbox/faults", json={"latency_ms": 0}, timeout=5),
        http.get(url + "/_sandbox/faults", timeout=5),
        http.delete(url + "/_sandbox/faults", timeout=5),
        http.delete(url + "/v1/sessions/current", timeout=5),
        http.post(url + "/_sandbox/sessions/expire", timeout=5),
        # Public: asked without a token, as --check does.
        requests.get(url + "/v1/releases/SAE/8.0/requirements", timeout=5),
        requests.get(url + "/v1/releases/COI/latest/requirements", timeout=5),
        requests.get(url + "/v1/releases/SAE/99.0/requirements", timeout=5),
    ]
    assert [a.status_code for a in answers[10:22]] == [
        200, 206, 416, 404, 404, 404, 304, 412, 200, 206, 304, 412
    ]  # fmt: skip
    assert hashlib.sha256(whole.content).hexdigest() == first.json()["download"]["sha256"]
    assert [a.status_code for a in answers[-3:]] == [200, 200, 404]
    link = answers[4].json()["requirements_url"]  # the offer links to its requirements
    assert link == url + "/v1/releases/SAE/8.0/requirements"
    operations_seen = set()
    for answer in answers:
        validate(answer)
        path = urlsplit(answer.request.url or "").path
        operations_seen.add(_operation(answer.request.method or "", path)["operationId"])
    all_ops = {
        op["operationId"] for item in spec()["paths"].values() for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }  # fmt: skip
    assert operations_seen == all_ops


@pytest.mark.parametrize("code", sorted(SCENARIOS))
def test_every_error_answer_matches_the_contract(code: str) -> None:
    provoke = SCENARIOS[code][0]
    with SandboxPortal(config=sandbox_config()) as portal:
        validate(provoke(portal))
