"""The remembered password, only ever in the OS keyring (Windows Credential Manager).

Any keyring failure (none installed, a locked or headless store, Credential Manager
refusing) is logged and treated as "nothing remembered": the user is asked for the
password again, and told why (ui/pages/login.py).
"""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger("aspel_upgrade.credentials")

SERVICE = "aspel-upgrade"


class CredentialStore:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self, username: str) -> str | None:
        return self.lookup(username)[0]

    def lookup(self, username: str) -> tuple[str | None, bool]:
        """(the remembered password or None, whether the vault answered): None with False
        is a vault that refused, which the user is told about; None with True, nothing
        remembered."""
        try:
            import keyring

            return keyring.get_password(self.service, username), True
        except Exception as exc:  # keyring raises backend-specific errors
            log.info("keyring unavailable, not reading a password: %s", type(exc).__name__)
            return None, False

    def set(self, username: str, password: str) -> bool:
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            # Replacing: the old password goes first. Windows' backend would otherwise move
            # it to a second credential ("user@aspel-upgrade") and keep it there.
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(self.service, username)
            keyring.set_password(self.service, username, password)
            return True
        except Exception as exc:
            log.info("keyring unavailable, password not remembered: %s", type(exc).__name__)
            return False

    def delete(self, username: str) -> None:
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(self.service, username)
        except Exception as exc:
            log.info("keyring unavailable, nothing deleted: %s", type(exc).__name__)
