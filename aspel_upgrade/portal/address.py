"""Which portal addresses the client accepts: https everywhere, http only on loopback.

The rules themselves are host.values.check_portal_url, shared with the settings files.
"""

from __future__ import annotations

from ..host.values import (
    InvalidValue,
    check_download_url,
    check_portal_url,
    is_loopback_host,
    redact_url,
)
from .errors import InsecurePortalAddress, InvalidPortalAddress

__all__ = [
    "checked_download_url",
    "is_loopback_host",
    "normalise_portal_url",
    "opens_in_browser",
    "redact_url",
]


def normalise_portal_url(url: str) -> str:
    """The base URL without a trailing slash, or ``InvalidPortalAddress`` saying why.

    Plain http:// to another computer raises the ``InsecurePortalAddress`` subclass.
    """
    try:
        return check_portal_url(url)
    except InvalidValue as exc:
        kind = InsecurePortalAddress if exc.reason == "not_https" else InvalidPortalAddress
        raise kind(redact_url(url.strip()), exc.reason) from None


def checked_download_url(url: str) -> str:
    """A download's address under the same rules (https, loopback aside; no credentials),
    keeping a query string; raises like ``normalise_portal_url``."""
    try:
        return check_download_url(url)
    except InvalidValue as exc:
        kind = InsecurePortalAddress if exc.reason == "not_https" else InvalidPortalAddress
        raise kind(redact_url(url.strip()), exc.reason) from None


def opens_in_browser(url: str | None) -> bool:
    """Whether a link the portal sent (``download_url``, ``pricing_url``) may be opened.

    The portal's own rules: https (plain http only to this PC), a valid host, and no user
    name or password (``https://aspel.com.mx@otro.example`` goes to ``otro.example``).
    Anything else is shown to the user but never handed to the browser: a TLS-inspecting
    proxy or a compromised portal could send it.
    """
    if not url:
        return False
    try:
        check_download_url(url)
    except InvalidValue:
        return False
    return True
