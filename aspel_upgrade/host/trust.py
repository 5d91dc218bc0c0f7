"""Whether a downloaded installer may be run: its name, its Authenticode signature, and the
Mark of the Web it is given, as a browser would.

Plain functions behind small seams: the Windows-only parts (``WinVerifyTrust`` through
ctypes, the ``Zone.Identifier`` stream) are in ``host/wintrust.py`` and are replaced by
fakes in tests; elsewhere the signature is "not checked here" and the mark is a no-op.
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

log = logging.getLogger("aspel_upgrade.host")

INSTALLER_SUFFIXES = (".exe", ".msi")
# Format characters (bidi overrides and isolates, zero-width space and joiners, BOM),
# controls and line or paragraph separators: they hide or reorder what a name shows.
_HIDDEN_CATEGORIES = frozenset({"Cf", "Cc", "Zl", "Zp"})


def without_hidden_characters(text: str) -> str:
    """``text`` without the characters that hide or reorder what is shown."""
    return "".join(c for c in text if unicodedata.category(c) not in _HIDDEN_CATEGORIES)


def is_installer_name(name: str) -> bool:
    """An ``.exe`` or ``.msi`` name with nothing hidden: the only kind saved or run."""
    stem, _, suffix = name.rpartition(".")
    return (
        bool(stem.strip(". "))
        and f".{suffix.lower()}" in INSTALLER_SUFFIXES
        and without_hidden_characters(name) == name
    )


# ---- Authenticode -----------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """What Windows said about a file's Authenticode signature.

    ``status``: ``signed`` (valid, trusted chain), ``unsigned``, ``untrusted`` (signed, but
    the chain or the signature is not trusted, revoked or expired), ``tampered`` (the file
    changed after it was signed), ``error`` (could not be checked), ``not_checked`` (not
    on Windows). ``publisher``: the signer's name as Windows shows it (UAC's «Editor
    comprobado»), when signed. ``code``: WinVerifyTrust's result, for the log.
    """

    status: str
    publisher: str = ""
    code: int = 0

    def trusted_for(self, expected: str) -> bool:
        """Signed with a signature Windows trusts, and by ``expected`` (case and spaces
        aside) when the deployment names a publisher; with none named (""), any trusted
        signer, whose name the page shows. No publisher is built in: like the portal's
        address, the vendor's signing name is a deployment fact, never guessed."""
        if self.status != "signed":
            return False
        return not expected.strip() or same_publisher(self.publisher, expected)


def same_publisher(found: str, expected: str) -> bool:
    def norm(name: str) -> str:
        return " ".join(without_hidden_characters(name).casefold().split())

    return bool(norm(expected)) and norm(found) == norm(expected)


def check_signature(path: Path) -> Signature:
    """The file's Authenticode signature, checked by Windows (blocking: run it off the GUI
    thread; a revocation check may go online)."""
    if sys.platform != "win32":
        return Signature("not_checked")
    from .wintrust import verify_file  # Windows only: ctypes on wintrust.dll and crypt32.dll

    try:
        return Signature(*verify_file(path))
    except OSError as exc:
        log.warning("Could not check the signature of %s: %s", path, exc)
        return Signature("error")


# ---- Mark of the Web ----------------------------------------------------------------------

ZONE_INTERNET = 3


def zone_identifier(referrer_url: str, host_url: str) -> str:
    """The ``Zone.Identifier`` stream's text, as Edge and Chrome write it (CRLF lines)."""
    lines = ["[ZoneTransfer]", f"ZoneId={ZONE_INTERNET}"]
    for key, url in (("ReferrerUrl", referrer_url), ("HostUrl", host_url)):
        clean = _url_for_mark(url)
        if clean:
            lines.append(f"{key}={clean}")
    return "\r\n".join(lines) + "\r\n"


def _url_for_mark(url: str) -> str:
    """The address without ``user:password@`` (browsers drop it too) and on one line."""
    url = without_hidden_characters(url).strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if _port(parts) else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _port(parts: object) -> int | None:
    try:
        return parts.port  # type: ignore[attr-defined, no-any-return]
    except ValueError:
        return None


def mark_of_the_web(
    path: Path, referrer_url: str, host_url: str, *, platform: str = sys.platform
) -> bool:
    """Mark ``path`` as downloaded from the internet (Windows then warns before running it
    as it does for a browser's download, and SmartScreen checks it). True if written; a
    no-op elsewhere, and on a disk without alternate data streams (FAT32, a network
    share that refuses them), where a browser's download has no mark either."""
    if platform != "win32":
        return False
    text = zone_identifier(referrer_url, host_url)
    try:
        with open(f"{path}:Zone.Identifier", "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as exc:
        log.warning("Could not mark %s as downloaded from the internet: %s", path, exc)
        return False
    return True


Marker = Callable[[Path, str, str], bool]
Checker = Callable[[Path], Signature]
