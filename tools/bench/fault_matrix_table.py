"""Run the fault matrix (tests/gui/test_fault_matrix.py) and print operation × fault.

    python tools/bench/fault_matrix_table.py

Prints a Markdown table (pass / FAIL per cell) for the README; exits 1 if any cell failed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.gui.test_fault_matrix import MATRIX  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "matrix.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             str(ROOT / "tests" / "gui" / "test_fault_matrix.py"), f"--junitxml={report}"],
            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False,
            capture_output=True,
        )  # fmt: skip
        root = ET.parse(report).getroot()  # noqa: S314 - our own report
    results: dict[tuple[str, str], bool] = {}
    for case in root.iter("testcase"):
        found = re.search(r"test_fault\[(\w+)-(\w+)\]", case.get("name", ""))
        if found:
            failed = case.find("failure") is not None or case.find("error") is not None
            results[(found.group(1), found.group(2))] = not failed
    operations = list(dict.fromkeys(op for op, _ in MATRIX))
    faults = list(dict.fromkeys(fault for _, fault in MATRIX))
    print("| operation | " + " | ".join(faults) + " |")
    print("|---|" + "---|" * len(faults))
    for operation in operations:
        cells = []
        for fault in faults:
            if (operation, fault) not in MATRIX:
                cells.append("n/a")  # the fault cannot happen to this operation
                continue
            ok = results.get((operation, fault))
            cells.append("pass" if ok else ("FAIL" if ok is False else "—"))
        print(f"| {operation} | " + " | ".join(cells) + " |")
    passed = sum(results.values())
    print(f"\n{passed} of {len(MATRIX)} cells pass")
    return 0 if passed == len(MATRIX) else 1


if __name__ == "__main__":
    sys.exit(main())
