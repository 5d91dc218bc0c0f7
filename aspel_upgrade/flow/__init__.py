"""The upgrade as plain Python: state, steps and portal operations. No Qt.

Used by the wizard (``aspel_upgrade.ui``) and by the command line.
"""
