"""Failures the flow itself finds (not the portal's), typed with a code and their fields."""

from __future__ import annotations


class FlowProblem(Exception):
    """Base: a stable ``code`` for the result file, fields for the sentence."""

    code = "flow_problem"


class StateNotWritable(FlowProblem):
    """The pending record cannot be saved, so nothing may be sent (it could not be resumed)."""

    code = "state_not_writable"

    def __init__(self, folder: str, detail: str) -> None:
        self.folder = folder
        self.detail = detail  # the operating system's words, for the details and the log
        super().__init__(f"{folder}: {detail}")
