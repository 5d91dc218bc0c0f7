"""SQLite store of the sandbox portal: schema, connection and transactions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SYSTEMS = ("SAE", "COI", "NOI", "CAJA", "FACTURE", "BANCO", "PROD", "ADM")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS accounts (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email         TEXT NOT NULL,
    razon_social  TEXT NOT NULL,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS login_failures (
    username     TEXT PRIMARY KEY COLLATE NOCASE,
    failures     INTEGER NOT NULL,
    locked_until TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    expires_at TEXT NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS subscriptions (
    id              TEXT PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    system          TEXT NOT NULL CHECK (system IN ({", ".join(repr(s) for s in SYSTEMS)})),
    version         TEXT NOT NULL,
    users           INTEGER NOT NULL CHECK (users > 0),
    serial          TEXT NOT NULL UNIQUE,
    activated_on    TEXT NOT NULL,
    next_payment_on TEXT,
    modality        TEXT NOT NULL CHECK (modality IN ('subscription', 'license')),
    periodicity     TEXT CHECK (periodicity IN ('monthly', 'semiannual', 'annual')),
    status          TEXT NOT NULL CHECK (status IN ('active', 'inactive')),
    payment_overdue INTEGER NOT NULL DEFAULT 0,
    target_version  TEXT,
    CHECK ((modality = 'subscription') = (periodicity IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS upgrades (
    id                       TEXT PRIMARY KEY,
    subscription_id          TEXT NOT NULL UNIQUE REFERENCES subscriptions(id),
    account_id               INTEGER NOT NULL REFERENCES accounts(id),
    system                   TEXT NOT NULL,
    from_version             TEXT NOT NULL,
    to_version               TEXT NOT NULL,
    previous_serial          TEXT NOT NULL,
    new_serial               TEXT NOT NULL UNIQUE,
    periodicity              TEXT NOT NULL,
    old_version_usable_until TEXT NOT NULL,
    download_path            TEXT NOT NULL,
    razon_social             TEXT NOT NULL,
    notified_email_masked    TEXT NOT NULL,
    terms_version            TEXT NOT NULL,
    issued_at                TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    upgrade_id   TEXT NOT NULL REFERENCES upgrades(id),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
);
CREATE TABLE IF NOT EXISTS outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    to_address TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    sent_at    TEXT NOT NULL
);
"""


class StoreClosed(RuntimeError):
    """The portal was stopped while a request was still being answered."""


class Store:
    """One SQLite connection shared by the server's threads.

    Access is serialised by a lock and every write runs inside ``BEGIN IMMEDIATE``,
    so a read-check-write such as confirming an upgrade is atomic within this
    process and, for a file database, against other processes too.
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._closed = False
        self._conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10.0
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.executescript(SCHEMA)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any exception."""
        with self._lock:
            self._open()
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent read (no other thread of this process writes meanwhile)."""
        with self._lock:
            self._open()
            yield self._conn

    def _open(self) -> None:
        if self._closed:
            raise StoreClosed("the sandbox portal has stopped")

    def is_empty(self) -> bool:
        with self.reading() as conn:
            return bool(conn.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 0)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._conn.close()
