"""Small in-memory stand-ins for the flow's tests (the real sandbox tests the HTTP side)."""
