"""Probes of this PC for the readiness checks: each answers a small typed fact, «does not
apply» (a Windows probe elsewhere) or «could not check», and never raises.

``LocalPC`` gathers them; the Win32 calls sit behind ``win32.WindowsApi`` and the registry
behind ``registry.Registry``, so tests give fakes and the Windows proof runs the real ones.
"""

from .answers import Answer, CouldNotCheck, NotApplicable
from .disk import DriveKind, FolderSize, VolumeSpace
from .firebird import FirebirdServer
from .network import PortUse
from .system import AdminRights, Memory, OsBits, RestartMarkers, WindowsVersion
from .this_pc import LocalPC, program_names

__all__ = [
    "AdminRights",
    "Answer",
    "CouldNotCheck",
    "DriveKind",
    "FirebirdServer",
    "FolderSize",
    "LocalPC",
    "Memory",
    "NotApplicable",
    "OsBits",
    "PortUse",
    "RestartMarkers",
    "VolumeSpace",
    "WindowsVersion",
    "program_names",
]
