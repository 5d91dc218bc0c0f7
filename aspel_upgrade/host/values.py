"""The rules for the values a person can set, shared by the command line and the settings.

``--portal-url``/``portal_url``, ``--proxy``/``proxy``, ``--ca-bundle``/``ca_bundle`` and
``--lang``/``language`` are checked by the same functions wherever they come from. A bad
value raises ``InvalidValue`` with a ``reason`` code (one of ``REASONS``), never prose:
flow/wording/ words it for the command line, the result file and the wizard alike.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

LANGUAGES = ("es", "en")

# Why a value is refused (InvalidValue.reason); flow/wording/errors.py words each one.
REASONS = (
    "empty", "spaces", "malformed", "scheme", "proxy_scheme", "not_https", "no_host",
    "bad_host", "bad_port", "credentials", "query", "missing_file", "language",
)  # fmt: skip

# One DNS label; compiled on first use (re caches it), not at start-up.
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"


class InvalidValue(ValueError):
    """A value a person set is not usable; ``reason`` says why (one of REASONS)."""

    def __init__(self, reason: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        self.reason = reason
        super().__init__(reason)


def redact_url(url: str, *, mark: str = "") -> str:
    """The URL without its ``user:password@`` part (and query), for messages and logs.

    With ``mark`` the part is replaced by it (``http://***@proxy:8080``), so a reader
    still sees that credentials are configured.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "…"  # nothing of it is shown: it may hold credentials
    netloc = parts.netloc.rpartition("@")[2]
    if mark and (parts.username or parts.password):
        netloc = f"{mark}@{netloc}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _valid_host(host: str) -> bool:
    """An IP address, or a DNS name whose IDNA form is made of valid labels."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    if host.isascii():  # the IDNA codec (and unicodedata) only for international names
        ascii_host = host.rstrip(".").lower()
    else:
        try:
            ascii_host = host.rstrip(".").encode("idna").decode("ascii").lower()
        except UnicodeError:
            return False
    labels = ascii_host.split(".")
    return len(ascii_host) <= 253 and all(re.fullmatch(_LABEL, label) for label in labels)


def _split_web_url(text: str, scheme_reason: str) -> SplitResult:
    if not text:
        raise InvalidValue("empty")
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in text):
        raise InvalidValue("spaces")
    try:
        parts = urlsplit(text)
    except ValueError:
        raise InvalidValue("malformed") from None
    if parts.scheme.lower() not in ("http", "https") or not text.lower().startswith(
        f"{parts.scheme.lower()}://"
    ):
        raise InvalidValue(scheme_reason)
    host = parts.hostname
    if not host:
        raise InvalidValue("no_host")
    try:
        port = parts.port
    except ValueError:
        raise InvalidValue("bad_port") from None
    if port == 0 or parts.netloc.endswith(":"):
        raise InvalidValue("bad_port")
    if not _valid_host(host):
        raise InvalidValue("bad_host")
    return parts


def check_portal_url(url: str) -> str:
    """The base URL without a trailing slash: https, or http on this computer only."""
    parts = _split_web_url(url.strip(), "scheme")
    if parts.username is not None or parts.password is not None:
        raise InvalidValue("credentials")
    if parts.query or parts.fragment or "?" in url or "#" in url:
        raise InvalidValue("query")
    scheme = parts.scheme.lower()
    if scheme == "http" and not is_loopback_host(parts.hostname or ""):
        raise InvalidValue("not_https")
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def check_download_url(url: str) -> str:
    """A file's address: the portal's rules, but a query string (a signed CDN link) is kept."""
    parts = _split_web_url(url.strip(), "scheme")
    if parts.username is not None or parts.password is not None:
        raise InvalidValue("credentials")
    scheme = parts.scheme.lower()
    if scheme == "http" and not is_loopback_host(parts.hostname or ""):
        raise InvalidValue("not_https")
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))


def check_proxy(url: str) -> str:
    """An http:// or https:// proxy with a valid host and port (credentials allowed)."""
    text = url.strip()
    _split_web_url(text, "proxy_scheme")
    return text


def check_ca_bundle(path: str) -> str:
    if not path.strip() or not Path(path).is_file():
        raise InvalidValue("missing_file")
    return path


def check_publisher(value: str) -> str:
    """The installer's expected signer (``installer_publisher``): any name, not blank."""
    if not value.strip():
        raise InvalidValue("empty")
    return value.strip()


def check_language(value: str) -> str:
    if value not in LANGUAGES:
        raise InvalidValue("language")
    return value
