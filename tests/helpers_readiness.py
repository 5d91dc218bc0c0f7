"""What the readiness tests share (no Qt): a check or a look asserted to be there."""

from __future__ import annotations

from aspel_upgrade.flow.readiness import Check, Readiness


def present(readiness: Readiness | None) -> Readiness:
    """The look at this PC, which the test expects to have been made."""
    assert readiness is not None, "this PC was not looked at"
    return readiness


def the_check(readiness: Readiness | None, check_id: str) -> Check:
    """The check ``check_id`` of the look, which the test expects to hold it."""
    found = present(readiness).check(check_id)
    assert found is not None, (
        f"no check {check_id!r} in {[c.id for c in present(readiness).checks]}"
    )
    return found
