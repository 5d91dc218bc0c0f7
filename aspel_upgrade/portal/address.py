"""Which portal addresses the client accepts: https everywhere, http only on loopback."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from .errors import InsecurePortalAddress


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def redact_url(url: str) -> str:
    """The URL without any ``user:password@`` part, for messages and logs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<dirección no válida>"
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def normalise_portal_url(url: str) -> str:
    """Return the base URL without a trailing slash, or raise ``InsecurePortalAddress``."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        raise InsecurePortalAddress(redact_url(text)) from None
    if parts.username or parts.password or parts.query or parts.fragment or not host:
        raise InsecurePortalAddress(redact_url(text))
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host)):
        return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
    raise InsecurePortalAddress(redact_url(text))
