"""Windows only: a file's Authenticode signature through ``WinVerifyTrust`` (ctypes).

The policy is ``WINTRUST_ACTION_GENERIC_VERIFY_V2`` (what Explorer and ``signtool verify
/pa`` use), no UI, revocation checked for the whole chain except the root. The signer's
name is the leaf certificate's simple display name, the «Editor comprobado» that the UAC
prompt shows. Imported only on Windows (``host/trust.py``).
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import wintypes
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger("aspel_upgrade.host")

WTD_UI_NONE = 2
WTD_REVOKE_WHOLECHAIN = 1
WTD_CHOICE_FILE = 1
WTD_STATEACTION_VERIFY = 1
WTD_STATEACTION_CLOSE = 2
WTD_REVOCATION_CHECK_CHAIN_EXCLUDE_ROOT = 0x80
CERT_NAME_SIMPLE_DISPLAY_TYPE = 4

# WinVerifyTrust's answers (HRESULTs, as unsigned 32-bit values).
TRUST_E_NOSIGNATURE = 0x800B0100
TRUST_E_SUBJECT_FORM_UNKNOWN = 0x800B0003
TRUST_E_PROVIDER_UNKNOWN = 0x800B0001
TRUST_E_BAD_DIGEST = 0x80096010
CRYPT_E_BAD_MSG = 0x8009200D
CRYPT_E_FILE_ERROR = 0x80092003
CRYPT_E_REVOCATION_OFFLINE = 0x80092013
CERT_E_REVOCATION_FAILURE = 0x800B010E
UNSIGNED = {TRUST_E_NOSIGNATURE, TRUST_E_SUBJECT_FORM_UNKNOWN, TRUST_E_PROVIDER_UNKNOWN}
TAMPERED = {TRUST_E_BAD_DIGEST, CRYPT_E_BAD_MSG}
# The chain is trusted but its revocation lists could not be fetched (no internet): the
# UAC prompt still names the publisher then, and so does this check (the log says so).
REVOCATION_UNKNOWN = {CRYPT_E_REVOCATION_OFFLINE, CERT_E_REVOCATION_FAILURE}


class GUID(ctypes.Structure):
    _fields_ = [
        ("Data1", wintypes.DWORD),
        ("Data2", wintypes.WORD),
        ("Data3", wintypes.WORD),
        ("Data4", ctypes.c_ubyte * 8),
    ]


# {00AAC56B-CD44-11d0-8CC2-00C04FC295EE}
WINTRUST_ACTION_GENERIC_VERIFY_V2 = GUID(
    0x00AAC56B, 0xCD44, 0x11D0, (ctypes.c_ubyte * 8)(0x8C, 0xC2, 0x00, 0xC0, 0x4F, 0xC2, 0x95, 0xEE)
)


class WINTRUST_FILE_INFO(ctypes.Structure):  # noqa: N801 - the Windows SDK's names
    _fields_ = [
        ("cbStruct", wintypes.DWORD),
        ("pcwszFilePath", wintypes.LPCWSTR),
        ("hFile", wintypes.HANDLE),
        ("pgKnownSubject", ctypes.POINTER(GUID)),
    ]


class WINTRUST_DATA(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("cbStruct", wintypes.DWORD),
        ("pPolicyCallbackData", ctypes.c_void_p),
        ("pSIPClientData", ctypes.c_void_p),
        ("dwUIChoice", wintypes.DWORD),
        ("fdwRevocationChecks", wintypes.DWORD),
        ("dwUnionChoice", wintypes.DWORD),
        ("pFile", ctypes.POINTER(WINTRUST_FILE_INFO)),  # a union; only the file is used
        ("dwStateAction", wintypes.DWORD),
        ("hWVTStateData", wintypes.HANDLE),
        ("pwszURLReference", wintypes.LPWSTR),
        ("dwProvFlags", wintypes.DWORD),
        ("dwUIContext", wintypes.DWORD),
        ("pSignatureSettings", ctypes.c_void_p),
    ]


class CRYPT_PROVIDER_CERT(ctypes.Structure):  # noqa: N801 - only its first two members
    _fields_ = [("cbStruct", wintypes.DWORD), ("pCert", ctypes.c_void_p)]


def _api() -> tuple[ctypes.WinDLL, ctypes.WinDLL]:  # type: ignore[name-defined,unused-ignore]
    wintrust = ctypes.WinDLL("wintrust", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    wintrust.WinVerifyTrust.argtypes = [
        wintypes.HWND, ctypes.POINTER(GUID), ctypes.POINTER(WINTRUST_DATA)
    ]  # fmt: skip
    wintrust.WinVerifyTrust.restype = wintypes.LONG
    wintrust.WTHelperProvDataFromStateData.argtypes = [wintypes.HANDLE]
    wintrust.WTHelperProvDataFromStateData.restype = ctypes.c_void_p
    wintrust.WTHelperGetProvSignerFromChain.argtypes = [
        ctypes.c_void_p, wintypes.DWORD, wintypes.BOOL, wintypes.DWORD
    ]  # fmt: skip
    wintrust.WTHelperGetProvSignerFromChain.restype = ctypes.c_void_p
    wintrust.WTHelperGetProvCertFromChain.argtypes = [ctypes.c_void_p, wintypes.DWORD]
    wintrust.WTHelperGetProvCertFromChain.restype = ctypes.POINTER(CRYPT_PROVIDER_CERT)
    crypt32.CertGetNameStringW.argtypes = [
        ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p, wintypes.LPWSTR,
        wintypes.DWORD,
    ]  # fmt: skip
    crypt32.CertGetNameStringW.restype = wintypes.DWORD
    return wintrust, crypt32


class Verdict(NamedTuple):
    """What WinVerifyTrust said, as host/trust.py's ``Signature`` takes it (no import of
    trust here: trust asks this module, never the other way round)."""

    status: str  # one of Signature's statuses
    publisher: str
    code: int


def status_of(code: int) -> str:
    """WinVerifyTrust's answer as one of Signature's statuses."""
    code &= 0xFFFFFFFF
    if code == 0 or code in REVOCATION_UNKNOWN:
        return "signed"
    if code in UNSIGNED:
        return "unsigned"
    if code in TAMPERED:
        return "tampered"
    if code == CRYPT_E_FILE_ERROR:
        return "error"
    return "untrusted"


def verify_file(path: Path) -> Verdict:
    """Ask Windows whether ``path`` is validly signed, and by whom."""
    wintrust, crypt32 = _api()
    file_info = WINTRUST_FILE_INFO(ctypes.sizeof(WINTRUST_FILE_INFO), str(path), None, None)
    data = WINTRUST_DATA()
    data.cbStruct = ctypes.sizeof(WINTRUST_DATA)
    data.dwUIChoice = WTD_UI_NONE
    data.fdwRevocationChecks = WTD_REVOKE_WHOLECHAIN
    data.dwUnionChoice = WTD_CHOICE_FILE
    data.pFile = ctypes.pointer(file_info)
    data.dwStateAction = WTD_STATEACTION_VERIFY
    data.dwProvFlags = WTD_REVOCATION_CHECK_CHAIN_EXCLUDE_ROOT
    action = GUID.from_buffer_copy(WINTRUST_ACTION_GENERIC_VERIFY_V2)
    no_window = wintypes.HWND(-1)  # INVALID_HANDLE_VALUE: no UI at all
    code = wintrust.WinVerifyTrust(no_window, ctypes.byref(action), ctypes.byref(data))
    code &= 0xFFFFFFFF
    try:
        status = status_of(code)
        signed = status == "signed"
        publisher = _signer_name(wintrust, crypt32, data.hWVTStateData) if signed else ""
    finally:
        data.dwStateAction = WTD_STATEACTION_CLOSE
        wintrust.WinVerifyTrust(no_window, ctypes.byref(action), ctypes.byref(data))
    if code in REVOCATION_UNKNOWN:
        log.info("Signature of %s: trusted, revocation not checked (0x%08X)", path, code)
    else:
        log.info("Signature of %s: %s (0x%08X) %s", path, status, code, publisher)
    if status == "signed" and not publisher:
        return Verdict("error", "", code)
    return Verdict(status, publisher, code)


def _signer_name(wintrust: object, crypt32: object, state: int | None) -> str:
    if not state:
        return ""
    provider = wintrust.WTHelperProvDataFromStateData(state)  # type: ignore[attr-defined]
    if not provider:
        return ""
    signer = wintrust.WTHelperGetProvSignerFromChain(provider, 0, False, 0)  # type: ignore[attr-defined]
    if not signer:
        return ""
    cert = wintrust.WTHelperGetProvCertFromChain(signer, 0)  # type: ignore[attr-defined]
    if not cert or not cert.contents.pCert:
        return ""
    get_name = crypt32.CertGetNameStringW  # type: ignore[attr-defined]
    size = get_name(cert.contents.pCert, CERT_NAME_SIMPLE_DISPLAY_TYPE, 0, None, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_unicode_buffer(size)
    get_name(cert.contents.pCert, CERT_NAME_SIMPLE_DISPLAY_TYPE, 0, None, buffer, size)
    return buffer.value
