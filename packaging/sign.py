"""Authenticode-sign the files we build (the app's exe, the setup, its uninstaller).

    python packaging/sign.py FILE [FILE ...]    sign each file in place
    python packaging/sign.py --status           say how signing is set up, and exit

Windows shows «Windows protegió su PC» (SmartScreen) for an unsigned program downloaded
from the internet, antivirus heuristics often flag PyInstaller's bootloader, and SAE's
installer must only bundle files carrying its publisher's signature. The certificate never
lives in the repository: it is given by the environment, in one of two ways.

  ASPEL_SIGN_PFX=cert.pfx        a PFX (PKCS#12) file with the certificate and its key;
  ASPEL_SIGN_PASSWORD=…          its password (or ASPEL_SIGN_PASSWORD_FILE=path, first line)
      signed with signtool (Windows SDK) on Windows, osslsigncode elsewhere.
  ASPEL_SIGN_COMMAND="…{file}…"  a signing command run once per file, {file} replaced by
      the file's path (quoted) and {timestamp} by ASPEL_SIGN_TIMESTAMP_URL: for a
      certificate kept in a hardware token or a cloud signing service, e.g.
      signtool sign /fd SHA256 /sha1 THUMBPRINT /tr {timestamp} /td SHA256 {file}

  ASPEL_SIGN_TIMESTAMP_URL=…     an RFC 3161 timestamp server (the certificate authority's).
      Without one, a signature stops verifying when the certificate expires.
  ASPEL_SIGN_REQUIRED=1          fail (exit 3) instead of building unsigned.

With no certificate the files are left as they are and a banner says, loudly, that the
build is unsigned (exit 0, so a developer's build still works). Inno Setup runs this as
its SignTool (packaging/aspel-upgrade.iss), so the setup and its uninstaller are signed
the same way. Only the standard library: it runs before anything else is installed.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DESCRIPTION = "Actualizar número de serie de Aspel"
UNSIGNED = 2  # a file could not be signed
NOT_CONFIGURED = 3  # ASPEL_SIGN_REQUIRED and no certificate


def _say(text: str) -> None:
    print(f"sign.py: {text}", file=sys.stderr, flush=True)


def unsigned_banner(files: list[str]) -> None:
    line = "=" * 78
    what = ", ".join(Path(f).name for f in files) if files else "this build"
    _say(
        f"\n{line}\nUNSIGNED BUILD: {what} NOT signed (no ASPEL_SIGN_PFX or "
        "ASPEL_SIGN_COMMAND).\nWindows will show SmartScreen's «Windows protegió su PC» for "
        "it, antivirus may\nflag it, and SAE's installer must not bundle it. Fine for "
        f"development only.\n{line}"
    )


def _password() -> str:
    if os.environ.get("ASPEL_SIGN_PASSWORD_FILE"):
        text = Path(os.environ["ASPEL_SIGN_PASSWORD_FILE"]).read_text("utf-8")
        return text.splitlines()[0] if text else ""
    return os.environ.get("ASPEL_SIGN_PASSWORD", "")


def _signtool() -> str | None:
    """signtool.exe on PATH, else the newest one of an installed Windows SDK."""
    found = shutil.which("signtool")
    if found or sys.platform != "win32":
        return found
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidates = sorted((kits / "Windows Kits" / "10" / "bin").glob("10.*/x64/signtool.exe"))
    return str(candidates[-1]) if candidates else None


def _timestamp_note(url: str) -> str:
    return f"timestamped by {url}" if url else (
        "NO timestamp (ASPEL_SIGN_TIMESTAMP_URL not set): the signature stops verifying "
        "when the certificate expires"
    )  # fmt: skip


def _sign_with_pfx(path: Path, pfx: str, url: str) -> int:
    if sys.platform == "win32" and (tool := _signtool()):
        command = [tool, "sign", "/fd", "SHA256", "/f", pfx, "/p", _password(),
                   "/d", DESCRIPTION]  # fmt: skip
        if url:
            command += ["/tr", url, "/td", "SHA256"]
        return subprocess.run([*command, str(path)], check=False).returncode  # noqa: S603
    tool = shutil.which("osslsigncode")
    if tool is None:
        _say("neither signtool (Windows SDK) nor osslsigncode found")
        return UNSIGNED
    signed = path.with_name(path.name + ".signed")
    # The password goes through a private file, never on a command line others can read.
    with tempfile.TemporaryDirectory() as private:
        secret = Path(private) / "pass"
        secret.write_text(_password(), "utf-8")
        command = [tool, "sign", "-pkcs12", pfx, "-readpass", str(secret), "-h", "sha256",
                   "-n", DESCRIPTION]  # fmt: skip
        if url:
            command += ["-ts", url]
        done = subprocess.run(  # noqa: S603 - our tool, our arguments
            [*command, "-in", str(path), "-out", str(signed)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        signed.unlink(missing_ok=True)
        _say(f"osslsigncode failed for {path}: {done.stdout.strip()} {done.stderr.strip()}")
        return done.returncode
    shutil.copymode(path, signed)
    signed.replace(path)  # keeps the name; the unsigned file is gone
    return 0


def _sign_with_command(path: Path, template: str, url: str) -> int:
    line = template.replace("{timestamp}", url).replace(
        "{file}",
        subprocess.list2cmdline([str(path)]) if os.name == "nt" else shlex.quote(str(path)),
    )
    return subprocess.run(line, shell=True, check=False).returncode  # noqa: S602 - the builder's own command


def status() -> str:
    url = os.environ.get("ASPEL_SIGN_TIMESTAMP_URL", "")
    if os.environ.get("ASPEL_SIGN_COMMAND"):
        return f"signing with ASPEL_SIGN_COMMAND; {_timestamp_note(url)}"
    if os.environ.get("ASPEL_SIGN_PFX"):
        return f"signing with {os.environ['ASPEL_SIGN_PFX']}; {_timestamp_note(url)}"
    return "UNSIGNED: no certificate given (ASPEL_SIGN_PFX or ASPEL_SIGN_COMMAND)"


def main(argv: list[str]) -> int:
    if argv == ["--status"]:
        print(status())
        return 0
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__, file=sys.stderr)
        return 64
    command, pfx = os.environ.get("ASPEL_SIGN_COMMAND"), os.environ.get("ASPEL_SIGN_PFX")
    url = os.environ.get("ASPEL_SIGN_TIMESTAMP_URL", "")
    if not command and not pfx:
        unsigned_banner(argv)
        return NOT_CONFIGURED if os.environ.get("ASPEL_SIGN_REQUIRED") == "1" else 0
    for name in argv:
        path = Path(name)
        code = (
            _sign_with_command(path, command, url)
            if command
            else _sign_with_pfx(path, pfx or "", url)
        )
        if code != 0:
            _say(f"could not sign {path} (exit {code})")
            return code or UNSIGNED
        _say(f"signed {path.name}; {_timestamp_note(url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
