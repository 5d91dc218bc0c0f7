"""Redaction hides secrets and keeps facts (QA issue 8, item 17)."""

from __future__ import annotations

import json
import logging

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.host.logs import REDACTED, RedactingFilter, redact, redact_json


class LockedKeyring(KeyringBackend):
    """A real backend whose store is locked, as Windows' can be on a remote session."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked")


@pytest.mark.parametrize(
    ("text", "kept", "hidden"),
    [
        ('{"remember_password": true, "password": "Zorro-7731"}', "true", "Zorro-7731"),
        ("remember_password=False password=Zorro-7731", "False", "Zorro-7731"),
        ('{"token": null, "access_token": "abc.def"}', "null", "abc.def"),
        ("keyring unavailable, not reading a password: KeyringLocked", "KeyringLocked", None),
        ("X-Auth-Token: abc123def", "X-Auth-Token", "abc123def"),
        ("{password: Zorro-7731, user: ana}", "ana", "Zorro-7731"),
    ],
)
def test_redact_hides_secrets_and_keeps_facts(text: str, kept: str, hidden: str | None) -> None:
    """Issue 8 item 17: a yes/no, a null and an exception's name are facts, not secrets."""
    out = redact(text)
    assert kept in out
    if hidden is not None:
        assert hidden not in out and REDACTED in out


def test_redacted_json_stays_valid_json() -> None:
    text = json.dumps({"password": "Zorro-7731", "remember_password": True})
    data = json.loads(redact(text))
    assert data == {"password": REDACTED, "remember_password": True}
    structure = {"proxy": "http://ana:clave@proxy:8080", "proxy_password": "x1234",
                 "remember_password": False, "n": [1, {"token": "t0k3n"}]}  # fmt: skip
    assert redact_json(structure) == {
        "proxy": f"http://{REDACTED}@proxy:8080",
        "proxy_password": REDACTED,
        "remember_password": False,
        "n": [1, {"token": REDACTED}],
    }


def test_a_keyring_log_line_keeps_the_exception_name(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The log line of a locked keyring, through the real filter, names the exception."""
    previous = keyring.get_keyring()
    # keyring's KeyringBackend.__init__ has no annotations (its package says it is typed)
    keyring.set_keyring(LockedKeyring())  # type: ignore[no-untyped-call]
    handler_filter = RedactingFilter()
    try:
        with caplog.at_level(logging.INFO, logger="aspel_upgrade.credentials"):
            assert CredentialStore().get("ana") is None
    finally:
        keyring.set_keyring(previous)
    record = next(r for r in caplog.records if "keyring unavailable" in r.getMessage())
    handler_filter.filter(record)
    assert "KeyringLocked" in record.getMessage()
