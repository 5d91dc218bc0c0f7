"""The installer contract: command line, options, one run, the Windows console."""
