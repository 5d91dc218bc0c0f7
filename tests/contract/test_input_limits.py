"""Item 24: the login page's limits are the contract's, and the sandbox enforces the same."""

from __future__ import annotations

import requests

from aspel_upgrade.flow.input_limits import PASSWORD_MAX_LENGTH, USERNAME_MAX_LENGTH
from aspel_upgrade.sandbox.server import SandboxPortal

from .test_openapi_agreement import spec


def test_client_limits_are_the_contracts() -> None:
    schemas = spec()["components"]["schemas"]
    login = schemas["LoginRequest"]["properties"]
    reset = schemas["PasswordResetRequest"]["properties"]
    assert login["username"]["maxLength"] == USERNAME_MAX_LENGTH
    assert login["password"]["maxLength"] == PASSWORD_MAX_LENGTH
    assert reset["username"]["maxLength"] == USERNAME_MAX_LENGTH


def test_the_sandbox_takes_exactly_the_limits(sandbox: SandboxPortal) -> None:
    url = sandbox.url.rstrip("/") + "/v1/sessions"
    at_limit = {"username": "u" * USERNAME_MAX_LENGTH, "password": "p" * PASSWORD_MAX_LENGTH}
    assert requests.post(url, json=at_limit, timeout=10).status_code == 401
    for field, limit in (("username", USERNAME_MAX_LENGTH), ("password", PASSWORD_MAX_LENGTH)):
        over = dict(at_limit, **{field: "x" * (limit + 1)})
        assert requests.post(url, json=over, timeout=10).status_code == 400
