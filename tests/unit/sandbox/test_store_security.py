"""What the sandbox keeps: hashed passwords and tokens, a schema that refuses bad rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.security import hash_password, mask_email, new_serial, verify_password
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config


def test_store_file_holds_neither_password_nor_token(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    with SandboxPortal(db, config=sandbox_config()) as portal:
        client = PortalClient(portal.url)
        client.login("demo", DEMO_PASSWORD)
        token = client._token
        assert token
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert DEMO_PASSWORD.encode() not in raw
    assert token.encode() not in raw
    with sqlite3.connect(db) as conn:
        digests = [r[0] for r in conn.execute("SELECT token_hash FROM sessions")]
    assert len(digests) == 1 and len(digests[0]) == 64


def test_file_store_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "portal.sqlite3"
    with SandboxPortal(db, config=sandbox_config()) as portal:
        client = PortalClient(portal.url)
        client.login("demo", DEMO_PASSWORD)
        receipt = client.confirm_upgrade("SUB-1001", "2026.2", "k" * 32)
    with SandboxPortal(db, config=sandbox_config()) as portal:
        client = PortalClient(portal.url)
        client.login("demo", DEMO_PASSWORD)
        again = client.get_receipt(receipt.upgrade_id)
        assert again.new_serial == receipt.new_serial
        assert again.download_url == portal.url + "/descargas/SAE/8.0"  # new port, same path
        assert portal.service.serial_count() == 2


def test_scrypt_hash_verifies_only_the_right_password() -> None:
    salt, digest = hash_password("correcta")
    assert verify_password("correcta", salt, digest)
    assert not verify_password("Correcta", salt, digest)
    assert hash_password("correcta")[1] != digest  # a fresh salt each time


def test_schema_refuses_a_second_upgrade_for_one_subscription(sandbox: SandboxPortal) -> None:
    with pytest.raises(sqlite3.IntegrityError), sandbox.store.transaction() as conn:
        conn.execute(
            "INSERT INTO upgrades SELECT 'UPG-OTRO', subscription_id, account_id, system,"
            " from_version, to_version, previous_serial, 'ZZZZ-ZZZZ-ZZZZ', periodicity,"
            " old_version_usable_until, download_path, razon_social, notified_email_masked,"
            " terms_version, issued_at FROM upgrades"
        )
    assert sandbox.service.serial_count() == 1


def test_serials_are_readable() -> None:
    serial = new_serial()
    assert len(serial) == 14 and serial.count("-") == 2
    assert not set(serial) & set("0O1IL5S2Z")


def test_mask_email_hides_the_local_part() -> None:
    assert mask_email("contabilidad@x.example") == "c**********d@x.example"
    assert mask_email("a@x.example") == "a*@x.example"


def test_the_production_password_cost_is_interactive_login_strength() -> None:
    """The suite seeds its sandboxes cheaply; the default stays RFC 7914's N=2**14."""
    from aspel_upgrade.sandbox.security import SCRYPT_N
    from aspel_upgrade.sandbox.service import SandboxConfig

    assert SCRYPT_N == 2**14 and SandboxConfig().scrypt_n == SCRYPT_N
    with SandboxPortal() as portal:  # the default: hashed and verified at full cost
        client = PortalClient(portal.url)
        assert client.login("demo", DEMO_PASSWORD).username == "demo"
        with portal.store.reading() as conn:
            salt, digest = conn.execute(
                "SELECT password_salt, password_hash FROM accounts WHERE username = 'demo'"
            ).fetchone()
        import hashlib

        assert digest == hashlib.scrypt(
            DEMO_PASSWORD.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32
        )
