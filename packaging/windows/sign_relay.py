"""Inno Setup's SignTool under Wine: hands each file to the Linux side to sign, and waits.

    C:\\py311\\python.exe sign_relay.py SPOOL FILE

On Windows, ISCC runs packaging/sign.py itself (signtool). Under Wine a Windows program
can start a Linux one but gets no handle to wait on nor its exit code, so this Windows
program writes the file's path in SPOOL (a folder shared with Linux), and prove.sh's
watcher signs it with packaging/sign.py (osslsigncode) and writes back the exit code,
which this returns to ISCC. ISCC thus signs the setup and its uninstaller through its own
SignTool mechanism, with the same certificate as the app's exe.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

LIMIT_S = 120


def main(spool: str, target: str) -> int:
    name = uuid.uuid4().hex
    request, done = Path(spool) / f"{name}.request", Path(spool) / f"{name}.done"
    partial = request.with_suffix(".partial")
    partial.write_text(os.path.abspath(target), encoding="utf-8")
    partial.replace(request)  # the watcher never sees half a path
    deadline = time.monotonic() + LIMIT_S
    while not done.exists():
        if time.monotonic() > deadline:
            print(f"sign_relay: no answer for {target} within {LIMIT_S} s", file=sys.stderr)
            return 2
        time.sleep(0.1)
    code = int(done.read_text(encoding="utf-8").strip() or "2")
    print(f"sign_relay: {Path(target).name} -> exit {code}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
