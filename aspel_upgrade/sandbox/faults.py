"""Fault injection for tests and help-desk training: latency, bad answers, dropped links.

Everything here is off until asked for, through :class:`FaultInjector` in Python or the
loopback-only ``/_sandbox/faults`` endpoint.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal

FaultKind = Literal[
    "status",  # answer `status` in the contract's error shape (with Retry-After if given)
    "html",  # answer `status` with an HTML page, as a proxy or load balancer would
    "invalid_json",  # answer 200 with a body that is not JSON
    "missing_field",  # answer the real response minus `field` (dotted; default the first)
    "set_field",  # answer the real response with `field` (dotted) set to `value`: nonsense
    "drop",  # close the connection before doing anything
    "drop_after_commit",  # do the work (and commit it), then close without answering
    # installer downloads only (operation "download_installer"); `amount` in bytes:
    "drop_after_bytes",  # send `amount` bytes of the body, then cut the connection
    "corrupt_byte",  # flip the byte at offset `amount` (default: the middle of the file)
    "rate_limit",  # send at most `amount` bytes per second
    "new_build",  # publish a new build (the ETag changes): now, or after `amount` bytes
    # hostile answers, JSON operations only:
    "drip",  # the real answer, `amount` bytes a second (default 10): no read ever waits long
    "huge_answer",  # 200 with a JSON body of `amount` bytes (default 50 MiB), no length
    "deep_json",  # 200 with JSON nested `amount` levels deep (default 100,000)
]
DOWNLOAD_KINDS = ("drop_after_bytes", "corrupt_byte", "rate_limit", "new_build")
ANSWER_KINDS = ("drip", "huge_answer", "deep_json")
FAULT_KINDS: tuple[str, ...] = FaultKind.__args__  # type: ignore[attr-defined]

OPERATIONS = (
    "health",
    "login",
    "logout",
    "request_password_reset",
    "list_subscriptions",
    "get_upgrade_offer",
    "confirm_upgrade",
    "get_upgrade",
    "get_release_requirements",
    "download_installer",
)


@dataclass
class Fault:
    operation: str
    kind: FaultKind = "status"
    status: int = 503
    count: int = 1
    retry_after: int | None = None
    amount: int | None = None  # bytes, for the download kinds
    field: str | None = None  # missing_field: which one, e.g. "download" or "download.url"
    value: Any = None  # set_field: what `field` becomes (any JSON: -1, 10**40, "x", …)

    def __post_init__(self) -> None:
        if self.operation not in OPERATIONS:
            raise ValueError(f"unknown operation {self.operation!r}")
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if not 100 <= self.status <= 599 or self.count < 1:
            raise ValueError("status must be 100-599 and count at least 1")
        if self.kind in DOWNLOAD_KINDS and self.operation != "download_installer":
            raise ValueError(f"{self.kind} applies to download_installer only")
        if self.kind in ANSWER_KINDS and self.operation == "download_installer":
            raise ValueError(f"{self.kind} applies to JSON answers only")
        if self.amount is not None and self.amount < 0:
            raise ValueError("amount must be at least 0")
        if self.field is not None and (
            self.kind not in ("missing_field", "set_field") or not self.field.strip()
        ):
            raise ValueError("field names the member a missing_field fault leaves out")
        if self.kind == "set_field" and not (self.field or "").strip():
            raise ValueError("set_field needs the field to set")
        if self.kind == "set_field" and self.operation == "download_installer":
            raise ValueError("set_field applies to JSON answers only")
        if self.value is not None and self.kind != "set_field":
            raise ValueError("value is what a set_field fault puts in the answer")


class FaultInjector:
    """Thread-safe queue of pending faults per operation, plus a global latency."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.latency_seconds = 0.0

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def take(self, operation: str) -> Fault | None:
        """The next fault for this operation, counting it down; None when none is pending."""
        with self._lock:
            for fault in self._faults:
                if fault.operation == operation:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return Fault(
                        fault.operation, fault.kind, fault.status, 1, fault.retry_after,
                        fault.amount, fault.field, fault.value,
                    )  # fmt: skip
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.latency_seconds = 0.0

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "latency_ms": round(self.latency_seconds * 1000),
                "faults": [asdict(f) for f in self._faults],
            }
