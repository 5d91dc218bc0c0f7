"""How the flow reaches the portal: the client it uses, built on first use, and a warm-up.

The wizard never touches the HTTP client itself (ui -> flow -> portal): it asks for a
factory here, and for the warm-up that imports ``requests`` and ``keyring`` on a worker
once the window is painted (see ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable

from .controller import PortalApi


def client_factory(
    portal_url: str, *, ca_bundle: str | None = None, proxy: str | None = None, retries: int = 3
) -> Callable[[], PortalApi]:
    """A factory for the portal client, so ``requests`` is imported only when first used."""

    def factory() -> PortalApi:
        from ..portal.client import PortalClient, proxies_for

        return PortalClient(
            portal_url, ca_bundle=ca_bundle, proxies=proxies_for(proxy), retries=retries
        )

    return factory


def preload() -> None:
    """Import what the first call and the later steps will need (blocking: run it on a
    worker thread; ui/app.py does, after the first paint)."""
    import keyring  # noqa: F401

    from ..portal import client  # noqa: F401  (imports requests)
    from . import answers, deadline, download, guidance, preselect, readiness, reminder  # noqa: F401
    from .wording import errors  # noqa: F401
