"""Typed portal errors: a stable machine ``code`` and the fields of the case, never prose.

The sentence a person reads is worded from the code and the fields by flow/wording/errors.py
(``describe``), in the user's language; ``str()`` of an error is a short technical line
for logs and support. No error ever carries a password, a token or a request body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

if TYPE_CHECKING:
    from datetime import datetime


class PortalError(Exception):
    """Base of every failure the portal client reports."""

    code: ClassVar[str] = "portal_error"

    def __init__(self, detail: str | None = None, *, portal_code: str | None = None) -> None:
        self.detail = detail  # technical (a status, a field's path), for logs and support
        self.portal_code = portal_code
        super().__init__(self.code if detail is None else f"{self.code}: {detail}")


class InvalidCredentials(PortalError):
    code = "invalid_credentials"


class AccountLocked(PortalError):
    code = "account_locked"

    def __init__(self, locked_until: datetime | None) -> None:
        self.locked_until = locked_until
        super().__init__(f"until {locked_until.isoformat()}" if locked_until else None)


class RateLimited(PortalError):
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(f"retry after {retry_after} s")


class SessionExpired(PortalError):
    code = "session_expired"


class NotEligible(PortalError):
    code = "not_eligible"

    def __init__(
        self, reason: str, portal_message: str | None = None, pricing_url: str | None = None
    ) -> None:
        self.reason = reason
        self.portal_message = portal_message  # the portal's own words, for the log only
        self.pricing_url = pricing_url
        super().__init__(reason)


class TermsOutdated(PortalError):
    code = "terms_outdated"

    def __init__(self, current_version: str | None = None) -> None:
        self.current_version = current_version
        super().__init__(f"current {current_version}" if current_version else None)


class AlreadyUpgraded(PortalError):
    code = "already_upgraded"

    def __init__(self, upgrade_id: str, portal_message: str | None = None) -> None:
        self.upgrade_id = upgrade_id
        self.portal_message = portal_message  # the portal's own words, for the log only
        super().__init__(upgrade_id)


class IdempotencyConflict(PortalError):
    code = "idempotency_key_reused"


class NotFound(PortalError):
    code = "not_found"


class InvalidRequest(PortalError):
    code = "invalid_request"


class PortalUnavailable(PortalError):
    code = "portal_unavailable"

    def __init__(self, status: int | None = None, retry_after: int | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        parts = [f"HTTP {status}"] if status else []
        parts += [f"retry after {retry_after} s"] if retry_after else []
        super().__init__(", ".join(parts) or None)


ConnectionKind = Literal["offline", "dns", "refused", "tls", "proxy", "proxy_auth", "other"]


class ConnectionFailed(PortalError):
    code = "connection_failed"

    def __init__(self, kind: ConnectionKind) -> None:
        self.kind = kind
        super().__init__(kind)


class PortalTimeout(PortalError):
    code = "timeout"


class UnexpectedResponse(PortalError):
    code = "unexpected_response"

    def __init__(self, detail: str) -> None:
        # `detail` is for logs and support: it names the field or status, never data values.
        super().__init__(detail)


class DownloadInterrupted(PortalError):
    """The link dropped in the middle of a download; what arrived is kept for a resume."""

    code = "download_interrupted"


class RangeNotSatisfiable(PortalError):
    """416: the part of a download on disk is not a prefix of what the server has now."""

    code = "range_not_satisfiable"


class InvalidPortalAddress(PortalError):
    """The portal (or a download's) address cannot be used; ``reason`` is a code of
    host.values (``InvalidValue.reason``), ``url`` the address without credentials."""

    code = "invalid_portal_address"

    def __init__(self, url: str, reason: str = "not_https") -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url!r}: {reason}")


class InsecurePortalAddress(InvalidPortalAddress):
    """Plain http:// to another computer."""

    code = "insecure_portal_address"
