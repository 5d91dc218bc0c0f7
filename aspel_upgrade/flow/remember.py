"""«Recordar mi usuario» and «…también mi contraseña»: what the log-in page starts with,
and what a successful log-in keeps.

The user's choices live in the settings (host/settings.py, saved by the wizard); the
password only ever in the operating system's credential store, touched off the GUI thread
and only when it matters (what to do with it is returned, not done here). Plain functions
and a tuple: the log-in page asks ``prefill`` before the window is first painted.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ..host.settings import Settings

# What the credential store is to do after a log-in: keep this password, forget the one
# kept for an earlier user, or nothing.
Keyring = Literal["store", "forget", "none"]


class Prefill(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    username: str | None  # what the user-name field gets (None: left as it is)
    remembered: bool  # the remembered user: tick «Recordar…» as the user left them
    fill_password: bool  # read the remembered password (after the paint: keyring loads)


def prefill(settings: Settings, typed: str, initial: str | None) -> Prefill:
    """What the log-in page starts with: the installer's --user, else the user name
    remembered (its boxes ticked as they were left); ``typed``: what the field holds."""
    username: str | None = None
    remembered = False
    if initial and not typed:
        username = initial
    elif settings.remembered_username and not typed:
        username, remembered = settings.remembered_username, True
    fill = settings.remember_password and bool(username or typed)
    return Prefill(username, remembered, fill)


def remember(
    settings: Settings, user: str, *, remember_user: bool, remember_password: bool
) -> Keyring:
    """After a log-in: keep the user's choices in ``settings`` (the caller saves them) and
    say what the credential store is to do. A password is kept only with its user name;
    the one kept for an earlier user is forgotten when it is no longer wanted."""
    previous_user, had_password = settings.remembered_username, settings.remember_password
    if remember_user:
        settings.remembered_username = user
        settings.remember_password = remember_password
    else:
        settings.remembered_username = None
        settings.remember_password = False
    if settings.remember_password:
        return "store"
    if had_password and previous_user:
        return "forget"
    return "none"


def password_not_kept(settings: Settings) -> None:
    """The credential store refused it (none usable here): ask for the password next time."""
    settings.remember_password = False
