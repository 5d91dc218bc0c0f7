"""The help desk: diagnostics and the redacted support bundle."""
