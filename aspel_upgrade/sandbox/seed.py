"""Demo accounts and systems of the sandbox portal: every upgrade situation appears once."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .security import hash_password, mask_email
from .store import Store

DEMO_PASSWORD = "Aspel2026!"  # noqa: S105 - published demo credential


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    email: str
    razon_social: str
    summary: str


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

# id, username, system, version, users, serial, activated, next payment, modality,
# periodicity, status, payment overdue, target version
_SUBSCRIPTIONS: tuple[
    tuple[str, str, str, str, int, str, str, str | None, str, str | None, str, bool, str], ...
] = (
    (
        "SUB-1001",
        "demo",
        "SAE",
        "7.0",
        3,
        "SKSNWR",
        "2022-02-10",
        "2022-03-10",
        "subscription",
        "monthly",
        "active",
        False,
        "8.0",
    ),
    (
        "SUB-1002",
        "demo",
        "COI",
        "9.0",
        2,
        "CQ7M4R",
        "2023-06-01",
        "2026-12-01",
        "subscription",
        "semiannual",
        "active",
        False,
        "10.0",
    ),
    (
        "SUB-1003",
        "demo",
        "NOI",
        "10.0",
        1,
        "NX3P9T",
        "2024-01-15",
        "2027-01-15",
        "subscription",
        "annual",
        "active",
        False,
        "11.0",
    ),
    (
        "SUB-1004",
        "demo",
        "CAJA",
        "4.0",
        1,
        "CJ8K2W",
        "2021-09-20",
        None,
        "license",
        None,
        "active",
        False,
        "5.0",
    ),
    (
        "SUB-1005",
        "demo",
        "BANCO",
        "6.0",
        1,
        "BN4H7Y",
        "2020-05-05",
        "2021-05-05",
        "subscription",
        "monthly",
        "inactive",
        False,
        "7.0",
    ),
    (
        "SUB-1006",
        "demo",
        "PROD",
        "4.0",
        2,
        "PD6R3M",
        "2023-03-03",
        "2026-10-03",
        "subscription",
        "monthly",
        "active",
        True,
        "5.0",
    ),
    (
        "SUB-1007",
        "demo",
        "FACTURE",
        "5.0",
        1,
        "FC9T4N",
        "2022-08-08",
        "2027-08-08",
        "subscription",
        "annual",
        "active",
        False,
        "6.0",
    ),
    (
        "SUB-2001",
        "sinpendientes",
        "ADM",
        "3.0",
        1,
        "AD7W3K",
        "2021-01-11",
        None,
        "license",
        None,
        "active",
        False,
        "4.0",
    ),
    (
        "SUB-2002",
        "sinpendientes",
        "SAE",
        "7.0",
        1,
        "SE4Q8P",
        "2019-04-01",
        "2020-04-01",
        "subscription",
        "monthly",
        "inactive",
        False,
        "8.0",
    ),
)

# FACTURE was upgraded before: its receipt exists, so "already upgraded" has something to show.
SEEDED_UPGRADE_ID = "UPG-SEED0000FAC1"


@functools.lru_cache(maxsize=8)
def _demo_hash(password: str) -> tuple[bytes, bytes]:
    # Seeding many in-memory portals (as the tests do) should not pay scrypt each time.
    return hash_password(password)


def seed(store: Store) -> None:
    """Fill an empty store with the demo data."""
    with store.transaction() as conn:
        ids: dict[str, int] = {}
        for account in DEMO_ACCOUNTS:
            salt, digest = _demo_hash(account.password)
            cur = conn.execute(
                "INSERT INTO accounts (username, email, razon_social, password_salt,"
                " password_hash) VALUES (?, ?, ?, ?, ?)",
                (account.username, account.email, account.razon_social, salt, digest),
            )
            assert cur.lastrowid is not None
            ids[account.username] = cur.lastrowid
        for row in _SUBSCRIPTIONS:
            (
                sub_id,
                user,
                system,
                version,
                users,
                serial,
                activated,
                next_payment,
                modality,
                periodicity,
                status,
                overdue,
                target,
            ) = row
            conn.execute(
                "INSERT INTO subscriptions (id, account_id, system, version, users, serial,"
                " activated_on, next_payment_on, modality, periodicity, status,"
                " payment_overdue, target_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    sub_id,
                    ids[user],
                    system,
                    version,
                    users,
                    serial,
                    activated,
                    next_payment,
                    modality,
                    periodicity,
                    status,
                    int(overdue),
                    target,
                ),
            )
        demo = DEMO_ACCOUNTS[0]
        conn.execute(
            "INSERT INTO upgrades (id, subscription_id, account_id, system, from_version,"
            " to_version, previous_serial, new_serial, periodicity, old_version_usable_until,"
            " download_path, razon_social, notified_email_masked, terms_version, issued_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                SEEDED_UPGRADE_ID,
                "SUB-1007",
                ids["demo"],
                "FACTURE",
                "5.0",
                "6.0",
                "FC9T4N",
                "HM4T-7WQX-3KPA",
                "annual",
                "2027-08-08",
                "/descargas/FACTURE/6.0",
                demo.razon_social,
                mask_email(demo.email),
                "2026.1",
                "2026-09-14T16:05:00+00:00",
            ),
        )


LOAD_PREFIX = "carga"


def seed_load_accounts(store: Store, count: int, password: str = DEMO_PASSWORD) -> list[str]:
    """``count`` extra accounts (carga0001…), each with one upgradable SAE 7.0, for load tests."""
    salt, digest = _demo_hash(password)
    names = [f"{LOAD_PREFIX}{i:04d}" for i in range(1, count + 1)]
    with store.transaction() as conn:
        for i, name in enumerate(names, start=1):
            cur = conn.execute(
                "INSERT INTO accounts (username, email, razon_social, password_salt,"
                " password_hash) VALUES (?, ?, ?, ?, ?)",
                (name, f"{name}@carga.example", f"EMPRESA DE CARGA {i:04d} SA DE CV", salt,
                 digest),
            )  # fmt: skip
            conn.execute(
                "INSERT INTO subscriptions (id, account_id, system, version, users, serial,"
                " activated_on, next_payment_on, modality, periodicity, status,"
                " payment_overdue, target_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"SUB-L{i:05d}", cur.lastrowid, "SAE", "7.0", 1, f"LD{i:06d}", "2024-01-01",
                 "2027-01-01", "subscription", "monthly", "active", 0, "8.0"),
            )  # fmt: skip
    return names
