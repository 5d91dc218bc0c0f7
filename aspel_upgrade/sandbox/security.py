"""Password hashing, token minting and serial generation for the sandbox portal."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# scrypt cost: interactive-login strength (RFC 7914 recommends N=2**14 for interactive use).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16

# Serials avoid letters and digits people confuse when typing them (0/O, 1/I/L, 5/S, 2/Z).
_SERIAL_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789"


def hash_password(
    password: str, salt: bytes | None = None, n: int = SCRYPT_N
) -> tuple[bytes, bytes]:
    """Return (salt, scrypt digest) for a password (``n``: the cost; tests use a low one)."""
    salt = salt if salt is not None else secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return salt, digest


def verify_password(password: str, salt: bytes, expected: bytes, n: int = SCRYPT_N) -> bool:
    """Constant-time check of a password against its stored digest."""
    _, digest = hash_password(password, salt, n)
    return hmac.compare_digest(digest, expected)


def new_token() -> str:
    """A bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the store keeps instead of the token itself."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_serial() -> str:
    """A new electronic serial number, e.g. ``K7QM-4XPA-9RTC``."""
    chars = "".join(secrets.choice(_SERIAL_ALPHABET) for _ in range(12))
    return f"{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def new_upgrade_id() -> str:
    return "UPG-" + secrets.token_hex(6).upper()


def mask_email(address: str) -> str:
    """``contabilidad@empresa.example`` -> ``c**********d@empresa.example``."""
    local, _, domain = address.partition("@")
    if len(local) <= 2:
        masked = local[:1] + "*" * max(len(local) - 1, 1)
    else:
        masked = local[0] + "*" * (len(local) - 2) + local[-1]
    return f"{masked}@{domain}"
