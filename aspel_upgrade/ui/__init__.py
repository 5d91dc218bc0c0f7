"""The Qt wizard. Only the entry point imports this package."""
