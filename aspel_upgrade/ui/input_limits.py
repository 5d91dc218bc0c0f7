"""What the portal accepts as a user name or password, checked before anything is sent.

The limits are the contract's (resources/openapi.yaml, LoginRequest and
PasswordResetRequest; tests/contract checks they agree). Fields do not cut what is typed
or pasted: an over-long value stays visible and is refused with a sentence saying why,
instead of being silently shortened into something that then fails.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

USERNAME_MAX_LENGTH = 100
PASSWORD_MAX_LENGTH = 200


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def username_problem(text: str) -> str | None:
    """Why this user name cannot be sent (None when it can). Blank is left to the caller."""
    if len(text.strip()) > USERNAME_MAX_LENGTH:
        return tr(
            "El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. "
            "Revisa lo que escribiste o pegaste."
        ).format(count=len(text.strip()), limit=USERNAME_MAX_LENGTH)
    return None


def password_problem(text: str) -> str | None:
    """Why this password cannot be sent (None when it can, or when it is still empty)."""
    if len(text) > PASSWORD_MAX_LENGTH:
        return tr(
            "La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. "
            "Revisa lo que pegaste."
        ).format(count=len(text), limit=PASSWORD_MAX_LENGTH)
    if text and not text.strip():
        return tr("La contraseña no puede ser solo espacios. Escríbela de nuevo.")
    return None
