"""The support bundle: a zip a help-desk agent can ask for, with every secret removed.

It holds the diagnostics, the recent logs and the settings files, each passed through
the same redaction as the logs (the settings as JSON structures, so they stay valid JSON
and only secret values are hidden); the pending-upgrade record is summarised, not copied.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from ..flow.pending import PendingStore
from ..host.logs import LOG_FILE_NAME, redact, redact_json
from ..host.paths import AppPaths
from ..host.settings import read_as_written, read_layer

MAX_LOG_BYTES = 2_000_000  # the most recent part of the logs is what support reads


def _settings_json(path: Path | None) -> str:
    """A settings file as valid JSON: its content as written with secrets hidden, its path
    and what is wrong with it, so support sees the facts (a yes/no stays a yes/no)."""
    doc: dict[str, Any] = {"archivo": str(path) if path else None, "existe": False}
    if path is not None and (path.exists() or path.is_symlink()):
        doc["existe"] = True
        content, unusable = read_as_written(path)
        _, problems = read_layer(path) if unusable is None else ([], [unusable])
        doc["contenido"] = redact_json(content)
        doc["problemas"] = [redact(str(p)) for p in problems]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _recent_logs(log_dir: Path) -> list[tuple[str, str]]:
    files = sorted(log_dir.glob(LOG_FILE_NAME + "*"), key=lambda p: p.stat().st_mtime)
    out: list[tuple[str, str]] = []
    budget = MAX_LOG_BYTES
    for path in reversed(files):
        if budget <= 0:
            break
        data = path.read_bytes()[-budget:]
        budget -= len(data)
        text = data.decode("utf-8", errors="replace")
        # Written through the log filter already: the patterns again (older files, other
        # runs), not the search for this run's secrets (~1-2 s a MB, on the GUI thread).
        lines = (redact(line, registered=False) for line in text.splitlines())
        out.append((path.name, "\n".join(lines) + "\n"))
    return out


def write_support_bundle(target: Path, paths: AppPaths, diagnostics_text: str) -> Path:
    """Write the zip to ``target`` (``.zip`` added if missing) and return its path."""
    if target.suffix.lower() != ".zip":
        target = target.with_suffix(".zip")
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("LEEME.txt", (
            "Paquete de soporte de aspel-upgrade\n"
            f"Creado: {datetime.now().astimezone():%d/%m/%Y %H:%M %Z}\n"
            "No contiene contraseñas ni tokens: se eliminaron antes de guardarlo.\n"
        ))  # fmt: skip
        bundle.writestr("diagnostico.txt", redact(diagnostics_text))
        bundle.writestr("configuracion-usuario.json", _settings_json(paths.settings_file))
        bundle.writestr("configuracion-equipo.json", _settings_json(paths.machine_settings_file))
        bundle.writestr("actualizacion-pendiente.txt", _pending_text(paths))
        if paths.log_dir.is_dir():
            for name, text in _recent_logs(paths.log_dir):
                bundle.writestr(f"registros/{name}", text)
    return target


def _pending_text(paths: AppPaths) -> str:
    """Which confirmations still wait to be shown (systems and versions; never the key)."""
    pending = PendingStore(paths.pending_dir).load_all()
    if not pending:
        return "No hay actualizaciones pendientes.\n"
    lines = [f"- {p.label} (usuario {p.username})" for p in pending]
    return "Actualizaciones enviadas cuyo resultado falta mostrar:\n" + "\n".join(lines) + "\n"
