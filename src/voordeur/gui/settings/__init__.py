"""The settings dialog: language, automatic lock, the passphrase and the team server link
(`dialog.py`)."""
