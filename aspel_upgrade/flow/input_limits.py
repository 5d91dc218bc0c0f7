"""What the portal accepts as a user name or password, checked before anything is sent.

The limits are the contract's (resources/openapi.yaml, LoginRequest and
PasswordResetRequest; tests/contract checks they agree). Fields do not cut what is typed
or pasted: an over-long value stays visible and is refused with a sentence saying why
(wording.account), instead of being silently shortened into something that then fails.
"""

from __future__ import annotations

from typing import NamedTuple

USERNAME_MAX_LENGTH = 100
PASSWORD_MAX_LENGTH = 200


class InputProblem(NamedTuple):
    field: str  # "username" | "password": the field it is about
    code: str  # username_too_long | password_too_long | password_blank
    length: int = 0  # characters typed
    limit: int = 0


def username_problem(text: str) -> InputProblem | None:
    """Why this user name cannot be sent (None when it can). Blank is left to the caller."""
    count = len(text.strip())
    if count > USERNAME_MAX_LENGTH:
        return InputProblem("username", "username_too_long", count, USERNAME_MAX_LENGTH)
    return None


def password_problem(text: str) -> InputProblem | None:
    """Why this password cannot be sent (None when it can, or when it is still empty)."""
    if len(text) > PASSWORD_MAX_LENGTH:
        return InputProblem("password", "password_too_long", len(text), PASSWORD_MAX_LENGTH)
    if text and not text.strip():
        return InputProblem("password", "password_blank")
    return None


def input_problem(username: str, password: str) -> InputProblem | None:
    """The first reason the log-in form cannot be sent, if any."""
    return username_problem(username) or password_problem(password)
