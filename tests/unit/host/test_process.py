"""Ending the process: the exit code and what was written arrive, whatever else is running.

The installer that starts the wizard waits for the process and reads its exit code, so
"the window closed" must mean "the process ended", also with an abandoned call still on a
worker thread. On Windows, a case that keeps ExitProcess (``os._exit``) waiting is
proven too: a worker holding the loader lock, which TerminateProcess does not wait for.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# A worker that never finishes (an abandoned portal call), output not yet flushed, then
# the app's own way out.
CHILD = textwrap.dedent(
    """
    import sys, threading, time
    from aspel_upgrade.launch.cli import end_process

    started = threading.Event()

    def abandoned_call():
        {hold}
        started.set()
        time.sleep(3600)

    threading.Thread(target=abandoned_call).start()  # not a daemon: exit would wait
    started.wait(30)
    print("written before the end", end="")
    sys.stderr.write("and to stderr")
    end_process(73)
    """
)

NOTHING = "pass"
# ntdll's LdrLockLoaderLock: what a thread holds while Windows loads a DLL (importing a
# .pyd, e.g. during the warm-up). ExitProcess takes it before any DLL's clean-up.
LOADER_LOCK = (
    "import ctypes; ctypes.WinDLL('ntdll').LdrLockLoaderLock("
    "0, None, ctypes.byref(ctypes.c_size_t()))"
)


def _run(hold: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD.format(hold=hold)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_process_ends_with_its_code_and_its_output_while_a_worker_still_runs() -> None:
    done = _run(NOTHING)
    assert done.returncode == 73
    assert done.stdout == "written before the end"
    assert done.stderr == "and to stderr"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' process exit")
def test_a_worker_holding_the_loader_lock_does_not_keep_the_process_alive() -> None:
    done = _run(LOADER_LOCK)  # with os._exit: TimeoutExpired (ExitProcess waits forever)
    assert done.returncode == 73
    assert done.stdout == "written before the end"
