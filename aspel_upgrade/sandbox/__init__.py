"""A real local account portal (Werkzeug + SQLite) for the demo, training and tests."""
