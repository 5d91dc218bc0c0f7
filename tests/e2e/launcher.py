"""Starting the robot-driven app (driver.py): one real process per run, forked from a
server that imported Python, Qt and the app once, so each run pays for none of that.

Each run is still a process of its own: it starts with none of the app's state, is
killed for real (driver.kill(): SIGKILL, or TerminateProcess on Windows) where its plan
says, and leaves only what it wrote to disk. Where there is no fork (Windows), each run is
a plain ``python driver.py PLAN``.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.e2e.driver import KILLED

DRIVER = Path(__file__).with_name("driver.py")
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Finished:
    code: int  # as subprocess reports it: driver.KILLED for a run killed at its point
    stderr: str

    @property
    def killed(self) -> bool:
        """Ended by driver.kill(): -9 (SIGKILL) on POSIX, its own exit code on Windows."""
        return self.code == KILLED


class ForkServer:
    """``python driver.py --serve``: runs one plan at a time, each in a forked child."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), "--serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip

    def run(self, plan: Path, env: dict[str, str], timeout: float) -> Finished:
        out, err = plan.with_suffix(".out"), plan.with_suffix(".err")
        request = {"plan": str(plan), "env": env, "cwd": str(ROOT), "timeout": timeout,
                   "stdout": str(out), "stderr": str(err)}  # fmt: skip
        stdin, stdout = self._pipes()
        stdin.write(json.dumps(request) + "\n")
        stdin.flush()
        line = stdout.readline()
        assert line, f"the fork server ended (exit {self.proc.wait(5)})"
        answer = json.loads(line)
        stderr = err.read_text("utf-8", errors="replace") if err.exists() else ""
        assert not answer["timed_out"], f"no end within {timeout} s: {stderr[-2000:]}"
        return Finished(answer["code"], stderr)

    def _pipes(self) -> tuple[IO[str], IO[str]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        return self.proc.stdin, self.proc.stdout

    def close(self) -> None:
        stdin, stdout = self._pipes()
        stdin.close()  # end of requests: the server returns
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        stdout.close()


class Launcher:
    """Runs of the driver from any number of threads; one fork server per run at a time."""

    def __init__(self) -> None:
        self._idle: queue.SimpleQueue[ForkServer] = queue.SimpleQueue()
        self._servers: list[ForkServer] = []

    def run(self, plan: Path, env: dict[str, str], timeout: float = 60) -> Finished:
        if not hasattr(os, "fork"):
            proc = subprocess.run(
                [sys.executable, str(DRIVER), str(plan)],
                env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
            )  # fmt: skip
            return Finished(proc.returncode, proc.stderr)
        try:
            server = self._idle.get_nowait()
        except queue.Empty:
            server = ForkServer()
            self._servers.append(server)
        try:
            finished = server.run(plan, env, timeout)
        except BaseException:
            server.close()  # in an unknown state: not given another run
            raise
        self._idle.put(server)
        return finished

    def close(self) -> None:
        for server in self._servers:
            server.close()
