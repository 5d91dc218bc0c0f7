"""Load on the sandbox portal: many concurrent sessions walking the whole upgrade flow.

    python tools/bench/portal_load.py [--sessions 200] [--concurrency 16] [--max-seconds 120]

Loopback only, bounded in count and time. The sandbox runs in its own process; each
session logs in as its own account, lists, reads the offer, confirms and reads the
receipt back through PortalClient. Prints requests per second, p50/p99 latency per call,
the error count and the duplicate serials found in the store (goal: zero and zero).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.errors import PortalError
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD, LOAD_PREFIX

T = TypeVar("T")


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []

    def timed(self, call: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return call()
        finally:
            with self.lock:
                self.latencies.append(time.perf_counter() - started)


def session(url: str, n: int, stats: Stats, deadline: float) -> None:
    if time.monotonic() > deadline:
        return
    client = PortalClient(url, retries=2, backoff_factor=0.05)
    try:
        stats.timed(lambda: client.login(f"{LOAD_PREFIX}{n:04d}", DEMO_PASSWORD))
        subs = stats.timed(client.list_subscriptions)
        sub = next(s for s in subs if s.upgrade.eligible)
        offer = stats.timed(lambda: client.get_upgrade_offer(sub.id))
        receipt = stats.timed(
            lambda: client.confirm_upgrade(sub.id, offer.terms.version, uuid.uuid4().hex)
        )
        stats.timed(lambda: client.get_receipt(receipt.upgrade_id))
    except (PortalError, StopIteration) as exc:
        with stats.lock:
            stats.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--max-seconds", type=float, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.sqlite3"
        proc = subprocess.Popen(
            [sys.executable, "-m", "aspel_upgrade.sandbox.server", "--port", "0", "--db",
             str(db), "--load-accounts", str(args.sessions), "--rate-limit", "1000000"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
            while "outbox" not in proc.stdout.readline():
                pass  # the banner ends once the accounts exist
            stats = Stats()
            deadline = time.monotonic() + args.max_seconds
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                for n in range(1, args.sessions + 1):
                    pool.submit(session, url, n, stats, deadline)
            elapsed = time.perf_counter() - started
        finally:
            proc.terminate()
            proc.wait(10)
        with sqlite3.connect(db) as conn:
            issued, distinct, per_sub = conn.execute(
                "SELECT COUNT(*), COUNT(DISTINCT new_serial), COUNT(DISTINCT subscription_id)"
                " FROM upgrades"
            ).fetchone()
    lat = sorted(stats.latencies)
    p50 = statistics.median(lat) * 1000
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
    print(f"sessions          : {args.sessions} ({args.concurrency} at a time)")
    print(f"requests          : {len(lat)} in {elapsed:.1f} s = {len(lat) / elapsed:.0f} req/s")
    print(f"latency per call  : p50 {p50:.0f} ms, p99 {p99:.0f} ms")
    print(f"errors            : {len(stats.errors)}")
    for error in stats.errors[:5]:
        print(f"   {error}")
    print(f"serials issued    : {issued} (distinct {distinct}, subscriptions {per_sub})")
    duplicates = issued - distinct + (issued - per_sub)
    print(f"duplicate serials : {duplicates}")
    return 0 if not stats.errors and duplicates == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
