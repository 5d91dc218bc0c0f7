"""Page 1, Iniciar sesión: what the first page says (kept small: it is read before the
window is first painted; the rest of the account's words are in ``account``)."""

from __future__ import annotations

from . import tr


def title() -> str:
    return tr("Iniciar sesión")


def subtitle() -> str:
    return tr("Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.")


def username_label() -> str:
    return tr("&Usuario:")


def password_label() -> str:
    return tr("&Contraseña:")


def show_password_button(shown: bool) -> str:
    return tr("&Ocultar") if shown else tr("&Mostrar")


def show_password_name(shown: bool) -> str:
    return tr("Ocultar contraseña") if shown else tr("Mostrar contraseña")


def remember_user() -> str:
    return tr("&Recordar mi usuario")


def remember_password() -> str:
    return tr("Recordar también mi contraseña en este &equipo")


def remember_password_tip() -> str:
    return tr(
        "Se guarda cifrada en el administrador de credenciales de Windows, nunca en un archivo."
    )


def forgot_button() -> str:
    return tr("¿Ol&vidaste tu contraseña?")
