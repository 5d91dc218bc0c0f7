"""The account, after the first paint: logging in, what the portal takes as a user name or
password, the forgotten password, and a session that ended."""

from __future__ import annotations

from ..input_limits import InputProblem
from . import tr


def logging_in() -> str:
    return tr("Iniciando sesión…")


def log_in_again() -> str:
    """The session ended while logging in: logging in is the cure, not a prompt."""
    return tr("Vuelve a iniciar sesión.")


def input_problem(problem: InputProblem) -> str:
    """Why what was typed cannot be sent (flow/input_limits.py says which rule it breaks)."""
    if problem.code == "username_too_long":
        return tr(
            "El usuario tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. "
            "Revisa lo que escribiste o pegaste."
        ).format(count=problem.length, limit=problem.limit)
    if problem.code == "password_too_long":
        return tr(
            "La contraseña tiene {count} caracteres y Mi cuenta Aspel acepta hasta {limit}. "
            "Revisa lo que pegaste."
        ).format(count=problem.length, limit=problem.limit)
    return tr("La contraseña no puede ser solo espacios. Escríbela de nuevo.")


# ---- «¿Olvidaste tu contraseña?» ---------------------------------------------------------


def reset_title() -> str:
    return tr("Restablecer contraseña")


def reset_intro() -> str:
    return tr(
        "Escribe tu usuario de Mi cuenta Aspel. Te enviaremos un correo a la dirección "
        "registrada en la cuenta para que elijas una contraseña nueva."
    )


def reset_send_button() -> str:
    return tr("&Enviar correo")


def reset_needs_username() -> str:
    return tr("Escribe tu usuario para poder enviarte el correo.")


def reset_sending() -> str:
    return tr("Enviando la solicitud…")


def reset_sent(user: str) -> str:
    return tr(
        "Si el usuario «{user}» existe, enviamos un correo a la dirección registrada en la "
        "cuenta con los pasos para elegir una contraseña nueva. Revisa tu bandeja de entrada "
        "(y la de correo no deseado)."
    ).format(user=user)


# ---- the session ended mid-flow ------------------------------------------------------


def session_ended_title() -> str:
    return tr("Tu sesión terminó")


def session_ended_intro() -> str:
    return tr(
        "Por seguridad, tu sesión en el portal terminó. Escribe de nuevo tu contraseña para "
        "continuar donde te quedaste; no perderás lo que elegiste."
    )


def continue_button() -> str:
    return tr("C&ontinuar")  # Alt+C is «Contraseña»


def session_not_renewed() -> str:
    """The password was not given again: the page stays, and says how to carry on."""
    return tr(
        "Tu sesión terminó. Para continuar, vuelve a escribir tu contraseña (pulsa de nuevo el "
        "botón de esta página)."
    )


# ---- the remembered password, when Windows' credential store refuses ------------------------


def password_not_read() -> str:
    """The vault refused to read it: said, rather than look forgetful."""
    return tr(
        "No se pudo leer la contraseña guardada en el administrador de credenciales de "
        "Windows. Escríbela para continuar."
    )


def password_not_saved() -> str:
    return tr(
        "No se pudo guardar tu contraseña en el administrador de credenciales de Windows: "
        "la próxima vez tendrás que escribirla."
    )
