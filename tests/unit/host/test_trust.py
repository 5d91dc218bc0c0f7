"""What may be run: the installer's name, its signer, and the Mark of the Web it is given.

The Windows calls themselves (WinVerifyTrust, the alternate data stream) are proved on
Windows Python in ``tests/windows/test_windows_trust.py``; here, what decides around them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aspel_upgrade.host import trust, wintrust
from aspel_upgrade.host.trust import (
    Signature,
    is_installer_name,
    mark_of_the_web,
    same_publisher,
    without_hidden_characters,
    zone_identifier,
)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Aspel-SAE-8.0-Setup.exe", True),
        ("Aspel-SAE-8.0-Setup.EXE", True),
        ("Aspel-SAE-8.0.msi", True),
        ("Aspel-SAE-8.0-Setup.bat", False),
        ("Aspel-SAE-8.0-Setup.lnk", False),
        ("Aspel-SAE-8.0-Setup.url", False),
        ("Aspel-SAE-8.0-Setup.hta", False),
        ("Aspel-SAE-8.0-Setup.scr", False),
        ("Aspel-SAE-8.0-Setup.ps1", False),
        ("Aspel-SAE-8.0-Setup.exe.lnk", False),
        ("Aspel-SAE-8.0-Setup\u202eexe.bat", False),  # displays as «…Setuptab.exe»
        ("Aspel-SAE-8.0-Setup\u202efdp.exe", False),  # an .exe, but showing «…exe.pdf»
        ("Setup\u200b.exe", False),  # zero-width space
        ("Setup\x07.exe", False),
        (".exe", False),
        ("exe", False),
        ("", False),
    ],
)
def test_only_a_plain_exe_or_msi_name_may_be_saved_or_run(name: str, ok: bool) -> None:
    assert is_installer_name(name) is ok


def test_hidden_characters_are_what_hides_or_reorders() -> None:
    shown = "Aspel\u202e-SAE\u2066\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\x00\u2028-8.0"
    assert without_hidden_characters(shown) == "Aspel-SAE-8.0"
    assert without_hidden_characters("Comercializadora del Bajío, S.A.") == (
        "Comercializadora del Bajío, S.A."
    )  # accents and punctuation stay


@pytest.mark.parametrize(
    ("found", "expected", "same"),
    [
        ("Aspel de México, S.A. de C.V.", "Aspel de México, S.A. de C.V.", True),
        ("ASPEL DE MÉXICO,  S.A. DE C.V.", "Aspel de México, S.A. de C.V.", True),
        ("Aspel de México, S.A. de C.V.\u200b", "Aspel de México, S.A. de C.V.", True),
        ("Aspel de Mexico, S.A. de C.V.", "Aspel de México, S.A. de C.V.", False),
        ("Aspel de México", "Aspel de México, S.A. de C.V.", False),
        ("", "", False),
    ],
)
def test_the_publisher_is_compared_whole_ignoring_case_and_spaces(
    found: str, expected: str, same: bool
) -> None:
    assert same_publisher(found, expected) is same


def test_only_a_trusted_signature_by_the_expected_publisher_counts() -> None:
    expected = "Aspel de México, S.A. de C.V."
    assert Signature("signed", expected).trusted_for(expected)
    assert not Signature("signed", "Otra SA").trusted_for(expected)
    for status in ("unsigned", "untrusted", "tampered", "error", "not_checked"):
        assert not Signature(status, expected).trusted_for(expected)
        assert not Signature(status, expected).trusted_for("")


def test_with_no_publisher_named_any_signature_windows_trusts_counts() -> None:
    """No vendor name is built in (it would be a guess): without one, the signature must
    still be valid and trusted, and the page names who signed."""
    assert Signature("signed", "Otra SA").trusted_for("")
    assert Signature("signed", "Otra SA").trusted_for("   ")


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_off_windows_the_signature_is_not_checked_and_nothing_is_marked(tmp_path: Path) -> None:
    installer = tmp_path / "Aspel-SAE-8.0-Setup.exe"
    installer.write_bytes(b"MZ")
    assert trust.check_signature(installer) == Signature("not_checked")
    assert mark_of_the_web(installer, "https://p.example/d", "https://p.example/f.exe") is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Aspel-SAE-8.0-Setup.exe"]


def test_the_mark_is_what_browsers_write() -> None:
    text = zone_identifier(
        "https://portal.example/descargas/SAE/8.0",
        "https://ana:secreto@portal.example:8443/v1/downloads/UPG-1/f1/Setup.exe?x=1#frag",
    )
    assert text == (
        "[ZoneTransfer]\r\n"
        "ZoneId=3\r\n"
        "ReferrerUrl=https://portal.example/descargas/SAE/8.0\r\n"
        "HostUrl=https://portal.example:8443/v1/downloads/UPG-1/f1/Setup.exe?x=1\r\n"
    )
    assert "secreto" not in text and "ana" not in text


def test_a_url_cannot_add_a_line_to_the_mark() -> None:
    text = zone_identifier("https://p.example/d\r\nZoneId=0", "https://p.example/f.exe")
    keys = [line.split("=", 1)[0] for line in text.split("\r\n") if line]
    assert keys == ["[ZoneTransfer]", "ZoneId", "ReferrerUrl", "HostUrl"]
    assert "\r\nZoneId=3\r\n" in text


def test_on_windows_the_mark_goes_to_the_zone_identifier_stream(tmp_path: Path) -> None:
    """Written as ``<file>:Zone.Identifier`` (an NTFS stream; on this test's disk, a file of
    that name, which is how the path is proved without Windows)."""
    installer = tmp_path / "Aspel-SAE-8.0-Setup.exe"
    installer.write_bytes(b"MZ")
    assert mark_of_the_web(installer, "https://p.example/d", "https://p.example/f.exe",
                           platform="win32")  # fmt: skip
    stream = Path(f"{installer}:Zone.Identifier")
    assert stream.read_bytes() == (
        b"[ZoneTransfer]\r\nZoneId=3\r\nReferrerUrl=https://p.example/d\r\n"
        b"HostUrl=https://p.example/f.exe\r\n"
    )
    assert installer.read_bytes() == b"MZ"


def test_a_disk_that_refuses_the_mark_does_not_stop_the_download(tmp_path: Path) -> None:
    missing = tmp_path / "no-existe" / "Setup.exe"
    assert mark_of_the_web(missing, "https://p.example/d", "https://p.example/f.exe",
                           platform="win32") is False  # fmt: skip


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (0, "signed"),
        (0x800B0100, "unsigned"),  # TRUST_E_NOSIGNATURE
        (0x800B0003, "unsigned"),  # TRUST_E_SUBJECT_FORM_UNKNOWN
        (0x80096010, "tampered"),  # TRUST_E_BAD_DIGEST
        (0x800B0109, "untrusted"),  # CERT_E_UNTRUSTEDROOT
        (0x800B010C, "untrusted"),  # CERT_E_REVOKED
        (0x800B0111, "untrusted"),  # TRUST_E_EXPLICIT_DISTRUST
        (0x80092013, "signed"),  # CRYPT_E_REVOCATION_OFFLINE: trusted, revocation unknown
        (0x80092003, "error"),  # CRYPT_E_FILE_ERROR
        (-2146762496, "unsigned"),  # the same HRESULT as a signed LONG
    ],
)
def test_what_windows_answers_is_read_as_one_status(code: int, status: str) -> None:
    assert wintrust.status_of(code) == status
