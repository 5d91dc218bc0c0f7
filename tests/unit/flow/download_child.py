"""Another copy of the app downloading the same installer, in a process of its own.

    python -m tests.unit.flow.download_child SPEC.json

SPEC: root (tmp_path: state in root/state), folder, upgrade_id, url, file_name, size,
sha256, busy_wait (seconds). Prints the result as one JSON line. Used by the tests of two
copies at once (issue 18 A1): a real second process, its own HTTP session, the same files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    from aspel_upgrade.flow.download import InstallerDownload, ResumeStore
    from aspel_upgrade.portal.download import InstallerFetcher
    from aspel_upgrade.portal.models import InstallerFile

    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    file = InstallerFile(spec["url"], spec["file_name"], spec["size"], spec["sha256"])
    kw = {"busy_wait": spec["busy_wait"]} if spec.get("busy_wait") is not None else {}
    download = InstallerDownload(
        InstallerFetcher(), Path(spec["folder"]), ResumeStore(Path(spec["root"]) / "state"),
        **kw,
    )  # fmt: skip
    result = download.run(spec["upgrade_id"], file)
    print(json.dumps({
        "status": result.status.value, "path": str(result.path), "size": result.size,
        "sha256": result.sha256, "error_code": result.error_code,
    }), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
