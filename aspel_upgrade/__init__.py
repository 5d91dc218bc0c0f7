"""aspel-upgrade: guided upgrade of an Aspel system's electronic serial number."""

__version__ = "0.1.0"
