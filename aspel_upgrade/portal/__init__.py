"""Client for the Mi cuenta Aspel portal: HTTP calls, typed errors, data models. No Qt.

Importing this package does not import ``requests``; ``portal.client`` does, so the GUI
can paint its first page before paying for it.
"""
