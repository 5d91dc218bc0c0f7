"""The flow without Qt: navigation as data, selection rules, the pending upgrade on disk."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.pending import PendingStore
from aspel_upgrade.flow.preselect import preselect
from aspel_upgrade.flow.steps import Step, is_done, next_step
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.models import Subscription, UpgradeSituation
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal


def _sub(sub_id: str, system: str, serial: str, eligible: bool = True) -> Subscription:
    return Subscription(
        id=sub_id, system=system, version="7.0", users=1, serial=serial,
        activated_on=date(2022, 2, 10), next_payment_on=date(2022, 3, 10),
        modality="subscription", periodicity="monthly", status="active",
        upgrade=UpgradeSituation("8.0", eligible, None if eligible else "inactive", None, None),
    )  # fmt: skip


def test_preselect_needs_exactly_one_upgradable_match() -> None:
    rows = [_sub("1", "SAE", "A"), _sub("2", "SAE", "B"), _sub("3", "COI", "C", False)]
    assert preselect(rows, "SAE", None) is None  # two SAE rows
    assert preselect(rows, "sae", "b") is rows[1]
    assert preselect(rows, "COI", None) is None  # not upgradable
    assert preselect(rows, None, None) is None


def test_navigation_is_data(tmp_path: Path) -> None:
    flow = UpgradeFlow(lambda: None)  # type: ignore[arg-type,return-value]
    state = flow.state
    assert next_step(Step.LOGIN, state) is Step.SUBSCRIPTIONS
    assert not is_done(Step.SUBSCRIPTIONS, state)
    with pytest.raises(ValueError, match="upgradable"):
        flow.select(_sub("3", "COI", "C", False))
    flow.select(_sub("1", "SAE", "A"))
    assert is_done(Step.SUBSCRIPTIONS, state)
    state.skip_table = True
    assert next_step(Step.LOGIN, state) is Step.TERMS
    assert next_step(Step.RESULT, state) is None


def test_choosing_another_system_forgets_the_accepted_terms(sandbox: SandboxPortal) -> None:
    flow = UpgradeFlow(lambda: PortalClient(sandbox.url))
    flow.apply_login("demo", flow.login("demo", DEMO_PASSWORD))
    flow.apply_subscriptions(flow.fetch_subscriptions())
    subs = {s.serial: s for s in flow.state.subscriptions or ()}
    flow.select(subs["SKSNWR"])
    flow.apply_offer(flow.fetch_offer(subs["SKSNWR"].id))
    flow.accept_terms(True)
    flow.select(subs["SKSNWR"])  # the same one: kept
    assert flow.state.terms_accepted
    flow.select(subs["CQ7M4R"])
    assert flow.state.offer is None and not flow.state.terms_accepted


def test_key_is_saved_before_sending_and_reused(sandbox: SandboxPortal, tmp_path: Path) -> None:
    pending = PendingStore(tmp_path / "state" / "pending-upgrade.json")
    keys = iter(["k" * 32, "x" * 32])
    flow = UpgradeFlow(
        lambda: PortalClient(sandbox.url), pending=pending, new_key=lambda: next(keys)
    )
    flow.apply_login("demo", flow.login("demo", DEMO_PASSWORD))
    flow.apply_subscriptions(flow.fetch_subscriptions())
    sae = next(s for s in flow.state.subscriptions or () if s.serial == "SKSNWR")
    flow.select(sae)
    flow.apply_offer(flow.fetch_offer(sae.id))
    with pytest.raises(ValueError, match="terms"):
        flow.begin_confirmation()
    flow.accept_terms(True)
    first = flow.begin_confirmation()
    saved = json.loads(pending.path.read_text(encoding="utf-8"))
    assert saved["idempotency_key"] == "k" * 32
    assert saved["subscription_id"] == sae.id
    assert DEMO_PASSWORD not in pending.path.read_text(encoding="utf-8")
    assert flow.begin_confirmation() == first  # a retry or double click: same key
    flow.apply_confirmation(flow.confirm(*first))
    assert flow.state.receipt is not None
    flow.forget_pending()
    assert pending.load() is None


def test_unreadable_pending_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "pending-upgrade.json"
    path.write_text("{no es json", encoding="utf-8")
    assert PendingStore(path).load() is None


def test_with_no_flags_the_one_upgradable_row_installed_here_is_preselected() -> None:
    from aspel_upgrade.host.installed import InstalledSystem

    rows = [_sub("1", "SAE", "A"), _sub("2", "COI", "B"), _sub("3", "NOI", "C", False)]
    sae7 = InstalledSystem("SAE", "7.0", program_dir="x")
    assert preselect(rows, None, None, [sae7]) is rows[0]
    assert preselect(rows, None, None, [InstalledSystem("SAE", "7")]) is rows[0]
    assert preselect(rows, None, None, [InstalledSystem("SAE", "8.0")]) is None  # not 7.0
    both = [sae7, InstalledSystem("COI", "7.0")]
    assert preselect(rows, None, None, both) is None  # two rows match: the table decides
    assert preselect(rows, None, None, [InstalledSystem("NOI", "7.0")]) is None  # not upgradable
    assert preselect(rows, None, None, None) is None  # not looked yet
    # Flags win over the PC: --system COI picks COI although SAE is installed here.
    assert preselect(rows, "COI", None, [sae7]) is rows[1]


def test_the_pc_preselection_is_marked_and_survives_another_login() -> None:
    from aspel_upgrade.host.installed import InstalledSystem

    flow = UpgradeFlow(lambda: None)  # type: ignore[arg-type,return-value]
    found = (InstalledSystem("SAE", "7.0", program_dir="x"),)
    flow.state.installed = found
    flow.apply_subscriptions((_sub("1", "SAE", "A"), _sub("2", "COI", "B")))
    assert flow.state.selected is not None and flow.state.selected.id == "1"
    assert flow.state.skip_table and flow.state.preselected_from_pc
    flow.state.username = "demo"
    flow.apply_login("otro", None)  # type: ignore[arg-type]
    assert flow.state.installed == found and flow.state.selected is None
