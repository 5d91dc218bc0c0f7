"""Measure the wizard on an emulated screen; run by tests/gui/test_screen_sizes.py.

A plain script, because a screen's size and scale are fixed when QApplication starts:

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        python -m tests.gui.screen_probe

It opens the real wizard on a sandbox portal as a user would (show, no resize), opens
«¿Olvidaste tu contraseña?», logs in, and prints what it measured as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QWidget,
    QWizard,
)

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.service import SandboxConfig
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.context import UiContext
from aspel_upgrade.ui.tasks import TaskRunner
from aspel_upgrade.ui.wizard import UpgradeWizard


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _on_screen(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _shown_on_screen(widget: QWidget) -> list[int]:
    """Where the widget is seen: its rectangle clipped by any scrolling area around it."""

    shown = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            shown = shown.intersected(QRect(port.mapToGlobal(QPoint(0, 0)), port.size()))
        parent = parent.parentWidget()
    return _rect(shown)


def main() -> dict[str, object]:
    app = QApplication(sys.argv[:1])
    install_translations(app, os.environ.get("ASPEL_PROBE_LANGUAGE", "es"))
    portal = SandboxPortal(config=SandboxConfig(scrypt_n=2**8)).start()  # cheap, as in tests/
    tasks = TaskRunner()
    wizard = UpgradeWizard(
        UiContext(
            flow=UpgradeFlow(lambda: PortalClient(portal.url)),
            tasks=tasks,
            credentials=CredentialStore("screen-probe"),
            portal_url=portal.url,
        )
    )

    def settle(condition: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if condition is not None and condition():
                break
        else:
            if condition is not None:
                raise SystemExit("timed out")
        for _ in range(5):
            app.processEvents()

    # A PC with SAE 7.0 and COI 9.0: the «En este equipo» column shows (and two rows match,
    # so nothing is preselected and the table is what the log-in leads to).
    from aspel_upgrade.host.installed import InstalledSystem

    here = (
        InstalledSystem("SAE", "7.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0"),
        InstalledSystem("COI", "9.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-COI 9.0"),
    )
    wizard.ctx.find_installed = lambda: here
    wizard.ctx.flow.state.installed = here
    wizard.show()
    settle(lambda: wizard.painted, 5)
    out: dict[str, object] = {
        "available": _rect(wizard.screen().availableGeometry()),
        "scale": wizard.screen().devicePixelRatio(),
        "wizard": [wizard.width(), wizard.height()],
        "wizard_hint": [wizard.sizeHint().width(), wizard.sizeHint().height()],
    }
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.ask_password_reset()
    dialog = login.forgot_dialog
    assert dialog is not None
    settle(dialog.isVisible, 5)
    out["dialog"] = _rect(dialog.frameGeometry())
    out["dialog_buttons"] = [
        _on_screen(b) for b in dialog.findChildren(QAbstractButton) if b.isVisible()
    ]
    dialog.reject()

    login.password.setText(DEMO_PASSWORD)
    wizard.next()
    settle(lambda: wizard.currentId() == int(Step.SUBSCRIPTIONS))
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    settle(lambda: page.model.rowCount() > 0)
    table = page.table
    header = table.horizontalHeader()
    model = page.model
    columns = []
    for column in range(model.columnCount()):
        needed = max(
            header.sectionSizeHint(column),
            max(table.sizeHintForIndex(model.index(r, column)).width()
                for r in range(model.rowCount())),
        )  # fmt: skip
        if header.isSectionHidden(column):
            continue
        columns.append({
            "title": str(model.headerData(column, header.orientation())),
            "left": header.sectionViewportPosition(column),
            "width": header.sectionSize(column),
            "needed": needed,
            "fits": all(page.cell_fits(model.index(r, column)) for r in range(model.rowCount())),
        })  # fmt: skip
    out["table"] = {
        "viewport_width": table.viewport().width(),
        "hscroll_max": table.horizontalScrollBar().maximum(),
        "hscroll_visible": table.horizontalScrollBar().isVisible(),
        "columns": columns,
    }
    # The terms page, then Confirmación and back (QWizard sizes the window to the largest
    # page minimum it has shown, so the way back is measured too), in a second window on a
    # PC with only SAE: chosen because it is installed, so the page also says why (the
    # longest it gets).

    wizard.hide()
    only_sae = here[:1]
    wizard = UpgradeWizard(
        UiContext(
            flow=UpgradeFlow(lambda: PortalClient(portal.url)),
            tasks=tasks,
            credentials=CredentialStore("screen-probe"),
            portal_url=portal.url,
            find_installed=lambda: only_sae,
        )
    )
    wizard.ctx.flow.state.installed = only_sae
    wizard.show()
    settle(lambda: wizard.painted, 5)
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.password.setText(DEMO_PASSWORD)
    wizard.next()
    terms = wizard.page_for(Step.TERMS)
    settle(lambda: wizard.currentId() == int(Step.TERMS) and terms.accept_box.isEnabled())
    settle(None, 0.3)

    def measure_terms() -> dict[str, object]:
        buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                               QWizard.WizardButton.NextButton,
                                               QWizard.WizardButton.CancelButton)]  # fmt: skip
        return {
            "wizard": _rect(wizard.frameGeometry()),
            "terms": _shown_on_screen(terms.terms),
            "accept": _on_screen(terms.accept_box),
            "buttons": [_on_screen(b) for b in buttons if b.isVisible()],
        }

    out["terms_arrival"] = measure_terms()
    terms.accept_box.setChecked(True)
    wizard.next()
    ready = wizard.page_for(Step.READY)
    settle(lambda: wizard.currentId() == int(Step.READY) and ready.isComplete())
    settle(None, 0.3)
    scroll = ready.findChild(QScrollArea)
    assert scroll is not None
    inner = scroll.widget()
    assert inner is not None
    out["ready"] = {
        "wizard": _rect(wizard.frameGeometry()),
        "buttons": [_on_screen(b) for b in (wizard.button(w) for w in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton)) if b.isVisible()],
        "below": [_on_screen(w) for w in (ready.elsewhere, ready.again)],
        "sideways": scroll.horizontalScrollBar().isVisible()
        or inner.width() > scroll.viewport().width(),
        "checks": len(ready.check_labels),
    }  # fmt: skip
    wizard.back()
    settle(lambda: wizard.currentId() == int(Step.TERMS))
    settle(None, 0.3)
    out["terms_back"] = measure_terms()
    tasks.wait(5000)
    portal.stop()
    return out


if __name__ == "__main__":
    print(json.dumps(main()))
