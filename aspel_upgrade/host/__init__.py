"""This PC's files and secrets: settings, folders, the credential store, logs."""
