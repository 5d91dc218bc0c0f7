"""Logging to the user's log folder, rotating, with secrets redacted on every handler.

Redaction has two layers: patterns (bearer tokens, Authorization headers, password or
token fields, credentials inside URLs) and the values the app registered as secret (every
password typed, every session token), so even an unforeseen message cannot leak them.

Those values are not kept: only their length and a keyed hash (BLAKE2b, with a key made
for this process and never written anywhere). A text is searched by hashing each stretch
of it of a registered length; a match is hidden. So the log filter still finds a password
typed an hour ago without anything in memory holding the password itself
(tests/gui/test_secrets_in_memory.py looks).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

LOG_FILE_NAME = "aspel-upgrade.log"
REDACTED = "«oculto»"

_FIELD_NAME = r"[\w-]*(?:password|passwd|contrase[ñn]a|token|secret)[\w-]*"
_YES_NO_NULL = r"(?!(?:true|false|null|none)\b)"
_VALUE = r"(\"[^\"]*\"|'[^']*'|[^\s,;}&]+)"


def _quoted_like(value: str, replacement: str) -> str:
    """A quoted value stays quoted, so redacted JSON (or a repr) is still valid."""
    return f"{value[0]}{replacement}{value[0]}" if value[:1] in ("'", '"') else replacement


Replacement = str | Callable[[re.Match[str]], str]


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], Replacement]]:
    """Compiled on first use: ~1.7 ms that a start without a log line need not pay."""
    return [
        # Authorization: Bearer abc / Basic abc
        (re.compile(r"(?i)\b(authorization\s*[:=]\s*)(\w+\s+)?[^\s,;'\"}]+"), r"\1\2" + REDACTED),
        (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1" + REDACTED),
        # Fields named like a secret: "password": "x" (JSON, repr), password=x (forms, URLs),
        # and "token: x" only where a field starts (line start, after { , ; ( [), so prose such
        # as "not reading a password: KeyringLocked" keeps its facts. A yes/no or null value
        # (remember_password: true) is not a secret and is kept.
        (
            re.compile(
                rf"(?i)([\"']{_FIELD_NAME}[\"']\s*[:=]\s*|\b{_FIELD_NAME}\s*=\s*"
                rf"|(?:^|(?<=[{{,;(\[]))\s*{_FIELD_NAME}\s*:\s*){_YES_NO_NULL}{_VALUE}",
                re.MULTILINE,
            ),
            lambda m: m.group(1) + _quoted_like(m.group(2), REDACTED),
        ),
        # scheme://user:password@host
        (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"), r"\1" + REDACTED + "@"),
    ]


_secrets_lock = threading.Lock()
_known: dict[int, set[bytes]] = {}  # a secret's length -> the keyed hashes of that length
_spaced: set[int] = set()  # lengths of secrets with a space in them (searched everywhere)
_key: list[bytes] = []  # made on the first secret: os.urandom, this process only


def _hash(text: str) -> bytes:
    import hashlib  # not at start-up: it loads OpenSSL (ui/app.py); ~90 ns here

    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, key=_key[0], digest_size=16).digest()


def register_secret(value: str | None) -> None:
    """Never log this value (passwords typed, tokens received). Only its length and a keyed
    hash are kept: the caller's string is not referenced from here."""
    if not value or len(value) < 4:
        return
    with _secrets_lock:
        if not _key:
            _key.append(os.urandom(32))
        _known.setdefault(len(value), set()).add(_hash(value))
        if any(c.isspace() for c in value):
            _spaced.add(len(value))


def _hide_known(text: str) -> str:
    """``text`` with every stretch that hashes like a registered secret hidden."""
    with _secrets_lock:
        known = {length: frozenset(hashes) for length, hashes in _known.items()}
        spaced = set(_spaced)
    spans: list[tuple[int, int]] = []
    for length, hashes in known.items():
        if length > len(text):
            continue
        # A secret without spaces lies inside one run of non-space characters.
        runs = [(0, len(text))] if length in spaced else [
            m.span() for m in re.finditer(r"\S+", text) if m.end() - m.start() >= length
        ]  # fmt: skip
        for start, end in runs:
            for i in range(start, end - length + 1):
                if _hash(text[i : i + length]) in hashes:
                    spans.append((i, i + length))
    if not spans:
        return text
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # overlapping stretches are hidden as one
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    out, at = [], 0
    for start, end in merged:
        out += [text[at:start], REDACTED]
        at = end
    return "".join(out) + text[at:]


def redact(text: str, *, registered: bool = True) -> str:
    """``text`` with secrets hidden: the patterns' and, unless ``registered`` is False,
    the registered values' (the costly part: ~50 µs a line; a log file already went
    through this filter as it was written, and an earlier run's secrets are unknown)."""
    for pattern, replacement in _patterns():
        text = pattern.sub(replacement, text)
    return _hide_known(text) if registered and _known else text


@functools.cache
def _secret_field() -> re.Pattern[str]:
    """A key named like a secret (compiled on first use, as the patterns are)."""
    return re.compile(rf"(?i){_FIELD_NAME}")


def redact_json(value: Any) -> Any:
    """A JSON structure with secrets hidden and everything else kept, still valid JSON.

    The value of a key named like a secret is hidden unless it is a yes/no or null (so
    ``remember_password: true`` stays a fact); every string passes through ``redact``.
    """
    if isinstance(value, dict):
        secret = _secret_field().fullmatch
        return {
            key: REDACTED
            if secret(str(key)) and isinstance(item, (str, int, float, list, dict))
            and not isinstance(item, bool)
            else redact_json(item)
            for key, item in value.items()
        }  # fmt: skip
    if isinstance(value, list):
        return [redact_json(item) for item in value]
    if isinstance(value, str):
        return redact(value)
    return value


class RedactingFilter(logging.Filter):
    """Rewrites each record's final text (message, arguments and traceback) redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg = redact(message)
        record.args = None
        return True


def setup_logging(log_dir: Path | None, *, debug: bool | None = None) -> Path | None:
    """Root logging for the app: a rotating file in ``log_dir`` (if writable) and stderr."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "aspel_upgrade", False)]:
        root.removeHandler(old)  # set up again (tests, a second run): no duplicate lines
        old.close()
    if debug is None:
        debug = bool(os.environ.get("ASPEL_UPGRADE_DEBUG"))
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    path: Path | None = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            path = log_dir / LOG_FILE_NAME
            rotate(path)
            handlers.append(logging.FileHandler(path, encoding="utf-8", delay=True))
        except OSError:
            path = None
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    handlers.append(stream)
    for handler in handlers:
        handler.aspel_upgrade = True  # type: ignore[attr-defined]
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    # urllib3 at DEBUG logs every connection; INFO is enough and keeps logs readable.
    logging.getLogger("urllib3").setLevel(logging.INFO)
    return path


MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def rotate(path: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS) -> None:
    """At start-up, roll ``path`` over to ``path.1`` … ``path.N`` once it is too big.

    The same naming as logging.handlers.RotatingFileHandler, done once per start instead
    of per record: one run writes kilobytes, and not importing logging.handlers (socket,
    pickle, queue…) keeps the first paint quick (tools/bench/startup.py).
    """
    try:
        if path.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for i in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{i}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))
