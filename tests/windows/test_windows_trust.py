"""The installer's checks that only Windows can make: Authenticode and the Mark of the Web.

Skipped elsewhere. Under Wine (packaging/windows/prove.sh) WinVerifyTrust is Wine's
implementation of the same API: python.org's ``python.exe`` is signed by the Python
Software Foundation, a copy with one byte changed is tampered with, a text file is not
signed at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aspel_upgrade.host.trust import check_signature, mark_of_the_web

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Windows host only")

PSF = "Python Software Foundation"


def _signed_python() -> Path:
    """python.org's signed ``python.exe`` (the venv's is a copy of the launcher, unsigned)."""
    return Path(sys.base_prefix) / "python.exe"


def test_a_signed_program_names_its_publisher() -> None:
    signature = check_signature(_signed_python())
    assert (signature.status, signature.publisher) == ("signed", PSF)
    assert signature.trusted_for("python software  foundation")
    assert not signature.trusted_for("Aspel de México, S.A. de C.V.")


def test_a_program_changed_after_it_was_signed_is_not_trusted(tmp_path: Path) -> None:
    data = bytearray(_signed_python().read_bytes())
    data[len(data) // 3] ^= 0xFF
    copy = tmp_path / "Aspel-SAE-8.0-Setup.exe"
    copy.write_bytes(bytes(data))
    signature = check_signature(copy)
    assert signature.status == "tampered" and not signature.trusted_for(PSF)


def test_an_unsigned_file_is_unsigned(tmp_path: Path) -> None:
    plain = tmp_path / "Aspel-SAE-8.0-Setup.exe"
    plain.write_bytes(b"MZ" + b"\0" * 1022)
    assert check_signature(plain).status in ("unsigned", "untrusted")
    assert not check_signature(plain).trusted_for(PSF)


def test_the_downloaded_installer_is_marked_as_from_the_internet(tmp_path: Path) -> None:
    installer = tmp_path / "Aspel-SAE-8.0-Setup.exe"
    installer.write_bytes(b"MZ")
    assert mark_of_the_web(installer, "https://portal.example/descargas/SAE/8.0",
                           "https://user:pw@portal.example/v1/downloads/U/s/A.exe")  # fmt: skip
    with open(f"{installer}:Zone.Identifier", encoding="utf-8", newline="") as stream:
        text = stream.read()
    assert text == (
        "[ZoneTransfer]\r\nZoneId=3\r\n"
        "ReferrerUrl=https://portal.example/descargas/SAE/8.0\r\n"
        "HostUrl=https://portal.example/v1/downloads/U/s/A.exe\r\n"
    )
    assert installer.read_bytes() == b"MZ"  # the file itself is untouched
