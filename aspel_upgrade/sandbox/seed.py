"""Demo accounts and systems of the sandbox portal: every upgrade situation appears once."""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

from .security import SCRYPT_N, hash_password, mask_email
from .store import Store

DEMO_PASSWORD = "Aspel2026!"  # noqa: S105 - published demo credential
LOAD_PREFIX = "carga"
# FACTURE was upgraded before: its receipt exists, so "already upgraded" has something to show.
SEEDED_UPGRADE_ID = "UPG-SEED0000FAC1"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    email: str
    razon_social: str
    summary: str


@dataclass(frozen=True)
class SeedSubscription:
    id: str
    username: str
    system: str
    version: str
    users: int
    serial: str
    activated_on: str
    next_payment_on: str | None
    periodicity: str | None  # None: a one-time licence
    target_version: str
    status: str = "active"
    payment_overdue: bool = False


DEMO_ACCOUNTS = (
    DemoAccount(
        "demo",
        DEMO_PASSWORD,
        "contabilidad@comercializadora-bajio.example",
        "COMERCIALIZADORA DEL BAJIO SA DE CV",
        "SAE 7.0 mensual (SKSNWR) lista para actualizar, y un sistema de cada otro caso",
    ),
    DemoAccount(
        "sinpendientes",
        DEMO_PASSWORD,
        "admin@papeleria-estrella.example",
        "PAPELERIA LA ESTRELLA SA DE CV",
        "ningún sistema que se pueda actualizar aquí",
    ),
)

S = SeedSubscription
DEMO_SUBSCRIPTIONS = (
    # The vendor tutorial's example: SAE 7.0 monthly, activated 10/02/2022.
    S("SUB-1001", "demo", "SAE", "7.0", 3, "SKSNWR", "2022-02-10", "2022-03-10", "monthly", "8.0"),
    S("SUB-1002", "demo", "COI", "9.0", 2, "CQ7M4R", "2023-06-01", "2026-12-01", "semiannual",
      "10.0"),
    S("SUB-1003", "demo", "NOI", "10.0", 1, "NX3P9T", "2024-01-15", "2027-01-15", "annual",
      "11.0"),
    S("SUB-1004", "demo", "CAJA", "4.0", 1, "CJ8K2W", "2021-09-20", None, None, "5.0"),
    S("SUB-1005", "demo", "BANCO", "6.0", 1, "BN4H7Y", "2020-05-05", "2021-05-05", "monthly",
      "7.0", status="inactive"),
    S("SUB-1006", "demo", "PROD", "4.0", 2, "PD6R3M", "2023-03-03", "2026-10-03", "monthly",
      "5.0", payment_overdue=True),
    S("SUB-1007", "demo", "FACTURE", "5.0", 1, "FC9T4N", "2022-08-08", "2027-08-08", "annual",
      "6.0"),
    S("SUB-2001", "sinpendientes", "ADM", "3.0", 1, "AD7W3K", "2021-01-11", None, None, "4.0"),
    S("SUB-2002", "sinpendientes", "SAE", "7.0", 1, "SE4Q8P", "2019-04-01", "2020-04-01",
      "monthly", "8.0", status="inactive"),
)  # fmt: skip


@functools.lru_cache(maxsize=8)
def _demo_hash(password: str, n: int) -> tuple[bytes, bytes]:
    # Seeding many in-memory portals (as the tests do) should not pay scrypt each time.
    return hash_password(password, n=n)


def _insert_account(
    conn: sqlite3.Connection,
    username: str,
    email: str,
    razon_social: str,
    password: str,
    scrypt_n: int = SCRYPT_N,
) -> int:
    salt, digest = _demo_hash(password, scrypt_n)
    cur = conn.execute(
        "INSERT INTO accounts (username, email, razon_social, password_salt, password_hash)"
        " VALUES (?, ?, ?, ?, ?)",
        (username, email, razon_social, salt, digest),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _insert_subscription(conn: sqlite3.Connection, account_id: int, s: SeedSubscription) -> None:
    conn.execute(
        "INSERT INTO subscriptions (id, account_id, system, version, users, serial,"
        " activated_on, next_payment_on, modality, periodicity, status, payment_overdue,"
        " target_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (s.id, account_id, s.system, s.version, s.users, s.serial, s.activated_on,
         s.next_payment_on, "subscription" if s.periodicity else "license", s.periodicity,
         s.status, int(s.payment_overdue), s.target_version),
    )  # fmt: skip


def seed(store: Store, scrypt_n: int = SCRYPT_N) -> None:
    """Fill an empty store with the demo data (passwords hashed at cost ``scrypt_n``)."""
    with store.transaction() as conn:
        ids = {
            a.username: _insert_account(
                conn, a.username, a.email, a.razon_social, a.password, scrypt_n
            )
            for a in DEMO_ACCOUNTS
        }
        for subscription in DEMO_SUBSCRIPTIONS:
            _insert_subscription(conn, ids[subscription.username], subscription)
        demo = DEMO_ACCOUNTS[0]
        conn.execute(
            "INSERT INTO upgrades (id, subscription_id, account_id, system, from_version,"
            " to_version, previous_serial, new_serial, periodicity, old_version_usable_until,"
            " download_path, razon_social, notified_email_masked, terms_version, issued_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (SEEDED_UPGRADE_ID, "SUB-1007", ids["demo"], "FACTURE", "5.0", "6.0", "FC9T4N",
             "HM4T-7WQX-3KPA", "annual", "2027-08-08", "/descargas/FACTURE/6.0",
             demo.razon_social, mask_email(demo.email), "2026.1", "2026-09-14T16:05:00+00:00"),
        )  # fmt: skip


def seed_load_accounts(store: Store, count: int, password: str = DEMO_PASSWORD) -> list[str]:
    """``count`` extra accounts (carga0001…), each with one upgradable SAE 7.0, for load tests."""
    names = [f"{LOAD_PREFIX}{i:04d}" for i in range(1, count + 1)]
    with store.transaction() as conn:
        for i, name in enumerate(names, start=1):
            account_id = _insert_account(
                conn, name, f"{name}@carga.example", f"EMPRESA DE CARGA {i:04d} SA DE CV", password
            )
            _insert_subscription(
                conn,
                account_id,
                S(f"SUB-L{i:05d}", name, "SAE", "7.0", 1, f"LD{i:06d}", "2024-01-01",
                  "2027-01-01", "monthly", "8.0"),
            )  # fmt: skip
    return names
