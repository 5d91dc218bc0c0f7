"""Typed portal errors, each with a stable machine code and a Spanish message for people.

The UI may show ``user_message`` as is or translate by ``code``. No error ever carries a
password, a token or a request body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

if TYPE_CHECKING:
    from datetime import datetime


class PortalError(Exception):
    """Base of every failure the portal client reports."""

    code: ClassVar[str] = "portal_error"
    default_message: ClassVar[str] = "Ocurrió un problema al comunicarse con el portal de Aspel."

    def __init__(self, user_message: str | None = None, *, portal_code: str | None = None) -> None:
        self.user_message = user_message or self.default_message
        self.portal_code = portal_code
        super().__init__(self.user_message)


class InvalidCredentials(PortalError):
    code = "invalid_credentials"
    default_message = "El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo."


class AccountLocked(PortalError):
    code = "account_locked"
    default_message = "La cuenta está bloqueada temporalmente por varios intentos fallidos."

    def __init__(self, locked_until: datetime | None, user_message: str | None = None) -> None:
        self.locked_until = locked_until
        if user_message is None and locked_until is not None:
            local = locked_until.astimezone()
            user_message = (
                f"{self.default_message} Podrás intentarlo de nuevo después de las "
                f"{local:%H:%M} del {local:%d/%m/%Y}, o restablece tu contraseña."
            )
        super().__init__(user_message)


class RateLimited(PortalError):
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"Se hicieron demasiadas solicitudes. Espera {retry_after} segundos e inténtalo de "
            "nuevo."
        )


class SessionExpired(PortalError):
    code = "session_expired"
    default_message = "Tu sesión terminó. Vuelve a escribir tu contraseña para continuar."


class NotEligible(PortalError):
    code = "not_eligible"

    def __init__(
        self, reason: str, user_message: str | None = None, pricing_url: str | None = None
    ) -> None:
        self.reason = reason
        self.pricing_url = pricing_url
        super().__init__(user_message or "Este sistema no se puede actualizar desde aquí.")


class TermsOutdated(PortalError):
    code = "terms_outdated"
    default_message = "Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos."

    def __init__(self, current_version: str | None = None) -> None:
        self.current_version = current_version
        super().__init__()


class AlreadyUpgraded(PortalError):
    code = "already_upgraded"
    default_message = "Este sistema ya se actualizó."

    def __init__(self, upgrade_id: str, user_message: str | None = None) -> None:
        self.upgrade_id = upgrade_id
        super().__init__(user_message)


class IdempotencyConflict(PortalError):
    code = "idempotency_key_reused"
    default_message = (
        "La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar la "
        "actualización."
    )


class NotFound(PortalError):
    code = "not_found"
    default_message = (
        "No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo."
    )


class InvalidRequest(PortalError):
    code = "invalid_request"
    default_message = "El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo."


class PortalUnavailable(PortalError):
    code = "portal_unavailable"
    default_message = "El portal de Aspel no está disponible en este momento. Inténtalo más tarde."

    def __init__(
        self,
        status: int | None = None,
        retry_after: int | None = None,
        user_message: str | None = None,
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        if user_message is None and retry_after:
            user_message = (
                "El portal de Aspel no está disponible en este momento. "
                f"Inténtalo de nuevo en {retry_after} segundos."
            )
        super().__init__(user_message)


ConnectionKind = Literal["offline", "dns", "refused", "tls", "proxy", "proxy_auth", "other"]

_CONNECTION_MESSAGES: dict[str, str] = {
    "offline": "Parece que esta computadora no tiene conexión a internet. Revisa el cable o "
    "la red inalámbrica y vuelve a intentarlo.",
    "dns": "No se encontró la dirección del portal de Aspel. Revisa tu conexión a internet; "
    "si usas un proxy o una red de oficina, pide ayuda a tu área de sistemas.",
    "refused": "El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet e "
    "inténtalo de nuevo en unos minutos.",
    "tls": "No se pudo verificar el certificado de seguridad del portal de Aspel. La conexión "
    "se detuvo para proteger tus datos. Si estás en una red de oficina, pide ayuda a tu área "
    "de sistemas.",
    "proxy": "No se pudo conectar a través del proxy de tu red. Revisa la dirección del proxy "
    "o pide ayuda a tu área de sistemas.",
    "proxy_auth": "El proxy de tu red pide usuario y contraseña. Pide a tu área de sistemas que "
    "configure el proxy para este programa.",
    "other": "No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e "
    "inténtalo de nuevo.",
}


class ConnectionFailed(PortalError):
    code = "connection_failed"

    def __init__(self, kind: ConnectionKind) -> None:
        self.kind = kind
        super().__init__(_CONNECTION_MESSAGES[kind])


class PortalTimeout(PortalError):
    code = "timeout"
    default_message = (
        "El portal de Aspel tardó demasiado en responder. Revisa tu conexión e inténtalo de nuevo."
    )


class UnexpectedResponse(PortalError):
    code = "unexpected_response"
    default_message = (
        "El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más tarde; "
        "si se repite, exporta el diagnóstico y contacta a soporte."
    )

    def __init__(self, detail: str) -> None:
        # `detail` is for logs and support: it names the field or status, never data values.
        self.detail = detail
        super().__init__()

    def __str__(self) -> str:
        return f"{self.user_message} ({self.detail})"


class DownloadInterrupted(PortalError):
    """The link dropped in the middle of a download; what arrived is kept for a resume."""

    code = "download_interrupted"
    default_message = "La descarga se interrumpió. Revisa tu conexión e inténtalo de nuevo."


class RangeNotSatisfiable(PortalError):
    """416: the part of a download on disk is not a prefix of what the server has now."""

    code = "range_not_satisfiable"
    default_message = "El archivo a medio descargar no corresponde al del servidor."


class InvalidPortalAddress(PortalError):
    """The portal address cannot be used; ``reason`` is a key of host.values.REASONS."""

    code = "invalid_portal_address"

    def __init__(self, url: str, reason: str = "not_https") -> None:
        from ..host.values import REASONS

        self.reason = reason
        super().__init__(f"La dirección del portal «{url}» {REASONS[reason]}.")


class InsecurePortalAddress(InvalidPortalAddress):
    """Plain http:// to another computer."""

    code = "insecure_portal_address"

    def __init__(self, url: str, reason: str = "not_https") -> None:
        super().__init__(url, reason)
