"""Every file under a folder that holds a secret, in any of the ways a Windows program or
Wine could have written it (the Windows proof's vault stage, issue 21).

    python3 search_prefix.py FOLDER SECRET

Prints one path per file found, and exits 0. Looked for: the whole secret and its longest
ASCII run (what survives any escaping: JSON's \\u00f1, Wine's registry "\\xf1") as UTF-8,
UTF-16 (both byte orders) and Latin-1, and as the comma-separated hex bytes regedit and
Wine's registry files use for binary values (line breaks and indentation inside them
ignored). Symbolic links are not followed: a Wine prefix links its drive Z: to /.
"""

from __future__ import annotations

import os
import re
import sys


def _needles(secret: str) -> list[bytes]:
    runs = re.findall(r"[\x21-\x7e]+", secret)
    ascii_run = max(runs, key=len) if runs else ""
    if len(ascii_run) < 8:
        raise SystemExit("search_prefix: the secret needs an ASCII run of 8 characters or more")
    found: list[bytes] = []
    for text in (secret, ascii_run):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
            try:
                raw = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            found.append(raw)
            found.append(",".join(f"{b:02x}" for b in raw).encode())
    return found


def _hex_unwrapped(data: bytes) -> bytes:
    """A registry file's hex values on one line: "…,00,\\\\\\n  61,…" -> "…,00,61,…"."""
    return re.sub(rb"\\\r?\n\s*", b"", data).lower()


def search(folder: str, secret: str) -> list[str]:
    needles = _needles(secret)
    hits = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in files:
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            flat = _hex_unwrapped(data) if b"\\\n" in data or b"\\\r\n" in data else data
            if any(n in data or n in flat for n in needles):
                hits.append(path)
    return hits


if __name__ == "__main__":
    for hit in search(sys.argv[1], sys.argv[2]):
        print(hit)
