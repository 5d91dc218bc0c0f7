"""Portal addresses are validated properly, with a message per problem (issue 8, item 23)."""

from __future__ import annotations

import pytest

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.address import normalise_portal_url


@pytest.mark.parametrize(
    ("url", "reason", "words"),
    [
        ("https://", "no_host", "nombre del servidor"),
        ("https:///ruta", "no_host", "nombre del servidor"),
        ("https://exa mple.com", "spaces", "espacios"),
        ("https://bad_host!.example.com", "bad_host", "nombre de servidor no válido"),
        ("https://-guion.example.com", "bad_host", "nombre de servidor no válido"),
        ("https://portal.example.com:99999", "bad_port", "puerto"),
        ("https://portal.example.com:0", "bad_port", "puerto"),
        ("https://portal.example.com:", "bad_port", "puerto"),
        ("https://ana:clave@portal.example.com", "credentials", "usuario ni contraseña"),
        ("https://portal.example.com/?a=1", "query", "«?»"),
        ("http://portal.example.com", "not_https", "no es segura"),
        ("ftp://portal.example.com", "scheme", "https://"),
        ("portal.example.com", "scheme", "https://"),
        ("", "empty", "vacía"),
    ],
)
def test_each_problem_has_its_own_message(url: str, reason: str, words: str) -> None:
    """Issue 8 item 23: «https://» lacks a host (it is https); «exa mple.com» is refused."""
    with pytest.raises(e.InvalidPortalAddress) as info:
        normalise_portal_url(url)
    assert info.value.reason == reason
    assert words in describe(info.value)
    assert "clave" not in describe(info.value)
    if reason != "not_https":
        assert "no es segura" not in describe(info.value)
    assert isinstance(info.value, e.InsecurePortalAddress) == (reason == "not_https")


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://portal.example.com/", "https://portal.example.com"),
        ("  https://Portal.Example.com:8443/v ", "https://Portal.Example.com:8443/v"),
        ("https://señal.example.mx", "https://señal.example.mx"),  # IDNA-encodable
        ("https://[2001:db8::1]:8443", "https://[2001:db8::1]:8443"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("HTTPS://portal.example.com", "https://portal.example.com"),
    ],
)
def test_good_addresses_are_accepted(url: str, normalised: str) -> None:
    assert normalise_portal_url(url) == normalised


def test_a_download_url_keeps_its_query_but_not_credentials_or_plain_http() -> None:
    """A signed CDN link (``?Expires=…&Signature=…``) is a download's normal shape."""
    from aspel_upgrade.portal.address import checked_download_url
    from aspel_upgrade.portal.errors import InsecurePortalAddress, InvalidPortalAddress

    signed = "https://cdn.example.com/SAE/8.0/setup.exe?Expires=1&Signature=abc"
    assert checked_download_url(signed) == signed
    with pytest.raises(InsecurePortalAddress):
        checked_download_url("http://cdn.example.com/setup.exe")
    with pytest.raises(InvalidPortalAddress):
        checked_download_url("https://u:p@cdn.example.com/setup.exe")
    assert checked_download_url("http://127.0.0.1:8080/a.exe") == "http://127.0.0.1:8080/a.exe"
