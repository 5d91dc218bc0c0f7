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

__all__ = ["checked_download_url", "is_loopback_host", "normalise_portal_url", "redact_url"]


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
