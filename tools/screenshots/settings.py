"""Screenshots of the settings notice (es, en) and the English diagnostics (run under Xvfb).

    xvfb-run -a -s "-screen 0 1024x768x24" python tools/screenshots/settings.py DIR

A plain script, not a test: real files with real mistakes (a cut-off JSON machine file,
a wrongly typed value, an invalid proxy) read by the real loader, shown by the real
wizard; then «Diagnóstico» with the English catalogue on the sandbox portal.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.host.settings import load_settings
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.context import UiContext
from aspel_upgrade.ui.tasks import TaskRunner
from aspel_upgrade.ui.wizard import UpgradeWizard


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    portal = SandboxPortal().start()
    folder = Path(tempfile.mkdtemp(prefix="aspel-shots-"))
    machine = folder / "Aspel" / "aspel-upgrade-equipo.json"
    machine.parent.mkdir(parents=True)
    machine.write_text('{"portal_url": "https://portal.aspel.example",', encoding="utf-8")
    user = folder / "config" / "settings.json"
    user.parent.mkdir(parents=True)
    user.write_text(json.dumps({"remember_password": "sí", "proxy": "http://proxy oficina:3128"}),
                    encoding="utf-8")  # fmt: skip
    paths = AppPaths(folder / "config", folder / "state", folder / "logs", machine)

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        picture = widget.screen().grabWindow(widget.winId())
        picture.save(str(out / f"{name}.png"))
        print(out / f"{name}.png", picture.width(), "x", picture.height())

    for language, name in (("es", "1-login-configuracion"), ("en", "1-login-configuracion-en")):
        translators = install_translations(app, language)
        wizard = UpgradeWizard(
            UiContext(
                flow=UpgradeFlow(lambda: PortalClient(portal.url)),
                tasks=TaskRunner(),
                settings=load_settings(machine, user),
                credentials=CredentialStore("screenshots"),
                portal_url=portal.url,
                paths=paths,
            )
        )
        wizard.show()
        settle(0.6)
        shot(wizard, name)
        if language == "en":
            wizard.show_diagnostics()
            dialog = wizard.diagnostics
            assert dialog is not None
            end = time.monotonic() + 15
            while "Result:" not in dialog.report_text and time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            shot(dialog, "6-diagnostico-en")
            dialog.accept()
        wizard.ctx.tasks.wait(5000)
        wizard.close()
        for translator in translators:
            app.removeTranslator(translator)
    portal.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
