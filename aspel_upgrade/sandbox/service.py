"""The portal's business rules: sessions, lockout, eligibility and idempotent upgrades."""

from __future__ import annotations

import hashlib
import json
import math
import secrets
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .download import InstallerShelf
from .problems import Problem
from .requirements import requirements_answer
from .security import (
    SCRYPT_N,
    hash_password,
    mask_email,
    new_serial,
    new_token,
    new_upgrade_id,
    token_digest,
    verify_password,
)
from .store import Store

TERMS_VERSION = "2026.2"  # 2026.2: the vendor's six points (stop using the old version first)
CONTRACT_VERSION = "1.0.0"

PERIODICITY_ES = {"monthly": "mensual", "semiannual": "semestral", "annual": "anual"}

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class SandboxConfig:
    """Tunable rules; tests shrink them to reach lockout and rate limits quickly."""

    token_ttl: timedelta = timedelta(minutes=30)
    lockout_threshold: int = 5
    lockout_duration: timedelta = timedelta(minutes=15)
    rate_limit: int = 60  # login and password-reset requests per client address
    rate_window_seconds: float = 60.0
    terms_version: str = TERMS_VERSION  # publishing new terms: change it while running
    installer_size: int = 16 * 1024 * 1024  # bytes of every installer served (tests: small)
    # Password hashing cost: interactive-login strength; the test suite seeds at 2**8, since
    # what it tests is the rules around the hash, not its cost (the default is tested once).
    scrypt_n: int = SCRYPT_N


class RateLimiter:
    """Sliding-window request counter per client address."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                retry_after = max(1, math.ceil(self.window - (now - hits[0])))
                raise Problem(
                    429,
                    "rate_limited",
                    "Demasiadas solicitudes. Espera unos segundos e inténtalo de nuevo.",
                    {"retry_after": retry_after},
                    {"Retry-After": str(retry_after)},
                )
            hits.append(now)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def invalid_credentials() -> Problem:
    """A new one each time: a raised instance keeps its traceback (the request's frames)."""
    return Problem(
        401,
        "invalid_credentials",
        "El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.",
    )


class PortalService:
    """What the portal does, independent of HTTP."""

    def __init__(
        self, store: Store, config: SandboxConfig | None = None, clock: Clock = utc_now
    ) -> None:
        self.store = store
        self.config = config or SandboxConfig()
        self.clock = clock
        self.rate_limiter = RateLimiter(self.config.rate_limit, self.config.rate_window_seconds)
        self._dummy_salt, self._dummy_hash = hash_password(
            secrets.token_urlsafe(12), n=self.config.scrypt_n
        )
        self.installers = InstallerShelf(store, self.config.installer_size)

    # ---- sessions -------------------------------------------------------------------
    def login(self, username: str, password: str) -> dict[str, Any]:
        """Open a session, or count a failure (and lock the name after too many)."""
        now = self.clock()
        with self.store.reading() as conn:
            account = conn.execute(
                "SELECT * FROM accounts WHERE username = ?", (username,)
            ).fetchone()
        locked_until = self._locked_until(username, now)
        if locked_until is not None:
            raise self._locked(locked_until)
        # scrypt runs outside the store's lock, so slow logins do not queue everyone else.
        if account is None:
            # Same work and same answer as a wrong password: no account enumeration.
            verify_password(password, self._dummy_salt, self._dummy_hash, self.config.scrypt_n)
            ok = False
        else:
            ok = verify_password(
                password, account["password_salt"], account["password_hash"], self.config.scrypt_n
            )
        if not ok:
            locked_until = self._count_failure(username, now)
            raise self._locked(locked_until) if locked_until else invalid_credentials()
        token = new_token()
        expires = now + self.config.token_ttl
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM login_failures WHERE username = ?", (username,))
            conn.execute(
                "INSERT INTO sessions (token_hash, account_id, expires_at) VALUES (?,?,?)",
                (token_digest(token), account["id"], expires.isoformat()),
            )
        return {
            "token": token,
            "token_type": "Bearer",
            "expires_at": _iso(expires),
            "account": self._account_json(account),
        }

    def _locked_until(self, username: str, now: datetime) -> datetime | None:
        with self.store.reading() as conn:
            row = conn.execute(
                "SELECT locked_until FROM login_failures WHERE username = ?", (username,)
            ).fetchone()
        if row is None or not row["locked_until"]:
            return None
        until = datetime.fromisoformat(row["locked_until"])
        return until if until > now else None

    def _count_failure(self, username: str, now: datetime) -> datetime | None:
        """Add a failure atomically; returns until when the name is locked, if it now is."""
        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT failures, locked_until FROM login_failures WHERE username = ?",
                (username,),
            ).fetchone()
            failures = row["failures"] if row else 0
            if row and row["locked_until"] and datetime.fromisoformat(row["locked_until"]) <= now:
                failures = 0  # an expired lock starts the count again
            failures += 1
            locked_until = (
                now + self.config.lockout_duration
                if failures >= self.config.lockout_threshold
                else None
            )
            conn.execute(
                "INSERT INTO login_failures (username, failures, locked_until) VALUES (?,?,?)"
                " ON CONFLICT(username) DO UPDATE SET failures = excluded.failures,"
                " locked_until = excluded.locked_until",
                (username, failures, locked_until.isoformat() if locked_until else None),
            )
        return locked_until

    def _locked(self, until: datetime) -> Problem:
        local = until.astimezone()
        return Problem(
            423,
            "account_locked",
            "La cuenta está bloqueada temporalmente por varios intentos fallidos. "
            f"Podrás intentarlo de nuevo después de las {local:%H:%M} del {_dmy(local.date())}.",
            {"locked_until": _iso(until)},
        )

    @staticmethod
    def _account_json(account: sqlite3.Row) -> dict[str, Any]:
        return {
            "username": account["username"],
            "email_masked": mask_email(account["email"]),
            "razon_social": account["razon_social"],
        }

    def authenticate(self, token: str | None) -> sqlite3.Row:
        """The account behind a bearer token, or 401."""
        if not token:
            raise Problem(
                401, "unauthorized", "Falta iniciar sesión.", headers={"WWW-Authenticate": "Bearer"}
            )
        with self.store.reading() as conn:
            row = conn.execute(
                "SELECT a.*, s.expires_at, s.revoked FROM sessions s"
                " JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?",
                (token_digest(token),),
            ).fetchone()
        if (
            row is None
            or row["revoked"]
            or datetime.fromisoformat(row["expires_at"]) <= self.clock()
        ):
            raise Problem(
                401,
                "session_expired",
                "Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        assert isinstance(row, sqlite3.Row)
        return row

    def logout(self, token: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET revoked = 1 WHERE token_hash = ?", (token_digest(token),)
            )

    def expire_sessions(self) -> int:
        """End every open session now (training and tests: 'your session expired')."""
        with self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE sessions SET expires_at = ? WHERE revoked = 0 AND expires_at > ?",
                (self.clock().isoformat(), self.clock().isoformat()),
            )
            return cur.rowcount

    # ---- password reset -------------------------------------------------------------
    def request_password_reset(self, username: str) -> dict[str, Any]:
        with self.store.transaction() as conn:
            account = conn.execute(
                "SELECT * FROM accounts WHERE username = ?", (username,)
            ).fetchone()
            if account is not None:
                self._send(
                    conn,
                    "password_reset",
                    account["email"],
                    "Restablecer tu contraseña de Mi cuenta Aspel",
                    f"Hola, {account['razon_social']}.\n\nRecibimos una solicitud para "
                    "restablecer la contraseña del usuario "
                    f"{account['username']}. Si no la hiciste, ignora este mensaje.",
                )
        return {
            "message": "Si el usuario existe, enviamos un correo a la dirección registrada en "
            "la cuenta con las instrucciones para restablecer la contraseña."
        }

    # ---- subscriptions --------------------------------------------------------------
    def list_subscriptions(self, account: sqlite3.Row, base_url: str) -> dict[str, Any]:
        with self.store.reading() as conn:
            rows = conn.execute(
                "SELECT s.*, u.id AS upgrade_id FROM subscriptions s"
                " LEFT JOIN upgrades u ON u.subscription_id = s.id"
                " WHERE s.account_id = ? ORDER BY s.id",
                (account["id"],),
            ).fetchall()
        return {"subscriptions": [self._subscription_json(r, base_url) for r in rows]}

    def _subscription_json(self, row: sqlite3.Row, base_url: str) -> dict[str, Any]:
        reason = self._ineligibility(row)
        upgrade: dict[str, Any] = {
            "target_version": row["target_version"],
            "eligible": reason is None,
            "reason": reason,
            "pricing_url": None,
            "upgrade_id": row["upgrade_id"],
        }
        if reason == "license_requires_purchase":
            upgrade["pricing_url"] = f"{base_url}precios/{row['system']}"
        return {
            "id": row["id"],
            "system": row["system"],
            "version": row["version"],
            "users": row["users"],
            "serial": row["serial"],
            "activated_on": row["activated_on"],
            "next_payment_on": row["next_payment_on"],
            "modality": row["modality"],
            "periodicity": row["periodicity"],
            "status": row["status"],
            "upgrade": upgrade,
        }

    @staticmethod
    def _ineligibility(row: sqlite3.Row) -> str | None:
        if row["upgrade_id"]:
            return "already_upgraded"
        if row["target_version"] is None:
            return "latest_version"
        if row["status"] != "active":
            return "inactive"
        if row["modality"] == "license":
            return "license_requires_purchase"
        if row["payment_overdue"]:
            return "payment_overdue"
        return None

    def _subscription(
        self, conn: sqlite3.Connection, account: sqlite3.Row, subscription_id: str
    ) -> sqlite3.Row:
        row = conn.execute(
            "SELECT s.*, u.id AS upgrade_id FROM subscriptions s"
            " LEFT JOIN upgrades u ON u.subscription_id = s.id"
            " WHERE s.id = ? AND s.account_id = ?",
            (subscription_id, account["id"]),
        ).fetchone()
        if row is None:
            raise Problem(
                404, "not_found", "No encontramos ese sistema en tu cuenta. Actualiza la lista."
            )
        assert isinstance(row, sqlite3.Row)
        return row

    def _refuse_if_ineligible(self, row: sqlite3.Row, base_url: str) -> None:
        reason = self._ineligibility(row)
        if reason == "already_upgraded":
            raise Problem(
                409,
                "already_upgraded",
                f"{row['system']} {row['version']} ya se actualizó. "
                "Puedes consultar el comprobante de esa actualización.",
                {"upgrade_id": row["upgrade_id"]},
            )
        if reason is not None:
            details: dict[str, Any] = {"reason": reason}
            if reason == "license_requires_purchase":
                details["pricing_url"] = f"{base_url}precios/{row['system']}"
            raise Problem(409, "not_eligible", _NOT_ELIGIBLE_ES[reason], details)

    # ---- upgrade offer --------------------------------------------------------------
    def upgrade_offer(
        self, account: sqlite3.Row, subscription_id: str, base_url: str
    ) -> dict[str, Any]:
        with self.store.reading() as conn:
            row = self._subscription(conn, account, subscription_id)
        self._refuse_if_ineligible(row, base_url)
        usable_until = _date(row["next_payment_on"])
        assert usable_until is not None  # subscriptions always have a next payment date
        system, old, new = row["system"], row["version"], row["target_version"]
        periodicity_es = PERIODICITY_ES[row["periodicity"]]
        return {
            "subscription_id": row["id"],
            "system": system,
            "from_version": old,
            "to_version": new,
            "current_serial": row["serial"],
            "periodicity": row["periodicity"],
            "old_version_usable_until": usable_until.isoformat(),
            "download_url": f"{base_url}descargas/{system}/{new}",
            "razon_social": account["razon_social"],
            "notify_email_masked": mask_email(account["email"]),
            "requirements_url": _requirements_url(base_url, system, new),
            "terms": {
                "version": self.config.terms_version,
                "title": f"Términos y condiciones de la actualización de {system} {old} a {new}",
                # The vendor's six points in substance; the first is the one that matters.
                "points": [
                    f"Al recibir el nuevo número de serie electrónico de {system} {new}, que "
                    f"sustituye al actual ({row['serial']}), tendrás que dejar de usar "
                    f"{system} {old}: solo seguirá funcionando por un tiempo limitado (punto "
                    "2). Si todavía no estás listo para dejar de usarlo, no continúes con la "
                    "actualización.",
                    f"{system} {old} seguirá funcionando únicamente hasta su próxima fecha de "
                    f"validación, el {_dmy(usable_until)}, para que pases tu información a "
                    f"{system} {new} (Traducción de datos); después quedará inactivo.",
                    f"La actualización a {system} {new} no tiene costo adicional, porque el "
                    "sistema está en suscripción (renta).",
                    f"El nuevo número de serie conserva la misma periodicidad de renta "
                    f"({periodicity_es}).",
                    f"El instalador de {system} {new} se descarga desde el Centro de descargas.",
                    "Para activar el nuevo número de serie se requiere la razón social "
                    "registrada en la cuenta; después podrá modificarse dentro del sistema.",
                ],
            },
        }

    # ---- confirm upgrade ------------------------------------------------------------
    def confirm_upgrade(
        self,
        account: sqlite3.Row,
        subscription_id: str,
        idempotency_key: str,
        body: dict[str, Any],
        base_url: str,
    ) -> tuple[int, dict[str, Any]]:
        """Issue the new serial once; a replay with the same key returns the same receipt."""
        request_hash = hashlib.sha256(
            json.dumps([subscription_id, body], sort_keys=True).encode("utf-8")
        ).hexdigest()
        with self.store.transaction() as conn:
            previous = conn.execute(
                "SELECT request_hash, upgrade_id FROM idempotency_keys"
                " WHERE account_id = ? AND key = ?",
                (account["id"], idempotency_key),
            ).fetchone()
            if previous is not None:
                if previous["request_hash"] != request_hash:
                    raise Problem(
                        422,
                        "idempotency_key_reused",
                        "Esta clave de operación ya se usó para otra solicitud. "
                        "Vuelve a empezar la actualización.",
                    )
                return 200, self._receipt(conn, previous["upgrade_id"], base_url)
            row = self._subscription(conn, account, subscription_id)
            self._refuse_if_ineligible(row, base_url)
            if body["terms_version"] != self.config.terms_version:
                raise Problem(
                    409,
                    "terms_outdated",
                    "Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.",
                    {"current_terms_version": self.config.terms_version},
                )
            upgrade_id = new_upgrade_id()
            serial = new_serial()
            issued = self.clock()
            email_masked = mask_email(account["email"])
            conn.execute(
                "INSERT INTO upgrades (id, subscription_id, account_id, system, from_version,"
                " to_version, previous_serial, new_serial, periodicity,"
                " old_version_usable_until, download_path, razon_social,"
                " notified_email_masked, terms_version, issued_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (upgrade_id, row["id"], account["id"], row["system"], row["version"],
                 row["target_version"], row["serial"], serial, row["periodicity"],
                 row["next_payment_on"], f"/descargas/{row['system']}/{row['target_version']}",
                 account["razon_social"], email_masked, self.config.terms_version,
                 issued.isoformat()),
            )  # fmt: skip
            conn.execute(
                "INSERT INTO idempotency_keys (account_id, key, request_hash, upgrade_id,"
                " created_at) VALUES (?,?,?,?,?)",
                (account["id"], idempotency_key, request_hash, upgrade_id, issued.isoformat()),
            )
            receipt = self._receipt(conn, upgrade_id, base_url)
            until = date.fromisoformat(receipt["old_version_usable_until"])
            self._send(
                conn,
                "upgrade",
                account["email"],
                f"Tu nuevo número de serie de {row['system']} {row['target_version']}",
                f"Actualizaste {row['system']} {row['version']} a {row['target_version']}.\n"
                f"Nuevo número de serie: {serial}\n"
                f"Razón social para activar: {account['razon_social']}\n"
                f"Descarga: {receipt['download_url']}\n"
                f"{row['system']} {row['version']} funcionará hasta el {_dmy(until)}.",
            )
        return 201, receipt

    def receipt(self, account: sqlite3.Row, upgrade_id: str, base_url: str) -> dict[str, Any]:
        with self.store.reading() as conn:
            owner = conn.execute(
                "SELECT account_id FROM upgrades WHERE id = ?", (upgrade_id,)
            ).fetchone()
            if owner is None or owner["account_id"] != account["id"]:
                raise Problem(404, "not_found", "No encontramos ese comprobante en tu cuenta.")
            return self._receipt(conn, upgrade_id, base_url)

    def _receipt(self, conn: sqlite3.Connection, upgrade_id: str, base_url: str) -> dict[str, Any]:
        u = conn.execute("SELECT * FROM upgrades WHERE id = ?", (upgrade_id,)).fetchone()
        return {
            "upgrade_id": u["id"],
            "subscription_id": u["subscription_id"],
            "system": u["system"],
            "from_version": u["from_version"],
            "to_version": u["to_version"],
            "previous_serial": u["previous_serial"],
            "new_serial": u["new_serial"],
            "periodicity": u["periodicity"],
            "old_version_usable_until": u["old_version_usable_until"],
            "download_url": base_url.rstrip("/") + u["download_path"],
            "razon_social": u["razon_social"],
            "notified_email_masked": u["notified_email_masked"],
            "issued_at": _iso(datetime.fromisoformat(u["issued_at"])),
            "download": self.installers.descriptor(u["id"], u["system"], u["to_version"], base_url),
        }

    def upgrade_row(self, upgrade_id: str) -> sqlite3.Row | None:
        """An upgrade by id, whoever owns it (the signed download link checks the rest)."""
        with self.store.reading() as conn:
            row = conn.execute("SELECT * FROM upgrades WHERE id = ?", (upgrade_id,)).fetchone()
        assert row is None or isinstance(row, sqlite3.Row)
        return row

    # ---- outbox ---------------------------------------------------------------------
    def _send(self, conn: sqlite3.Connection, kind: str, to: str, subject: str, body: str) -> None:
        conn.execute(
            "INSERT INTO outbox (kind, to_address, subject, body, sent_at) VALUES (?,?,?,?,?)",
            (kind, to, subject, body, _iso(self.clock())),
        )

    def outbox(self) -> list[dict[str, Any]]:
        with self.store.reading() as conn:
            rows = conn.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        return [
            {
                "id": r["id"],
                "kind": r["kind"],
                "to": r["to_address"],
                "subject": r["subject"],
                "body": r["body"],
                "sent_at": r["sent_at"],
            }
            for r in rows
        ]

    def serial_count(self) -> int:
        """How many new serials the portal has issued (tests: never two for one upgrade)."""
        with self.store.reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM upgrades").fetchone()[0])


_NOT_ELIGIBLE_ES = {
    "license_requires_purchase": "Este sistema es una licencia de pago único: para pasar a la "
    "nueva versión hay que comprarla. Consulta los precios.",
    "inactive": "Este sistema está inactivo. Reactívalo antes de actualizarlo.",
    "payment_overdue": "Este sistema tiene un pago pendiente. Cuando esté al corriente podrás "
    "actualizarlo.",
    "latest_version": "Este sistema ya está en la versión más reciente.",
}


def _requirements_url(base_url: str, system: str, version: str) -> str | None:
    """The offer's link to the new version's requirements; None when none are published."""
    if requirements_answer(system, version)[0] != 200:
        return None
    return f"{base_url}v1/releases/{system}/{version}/requirements"
