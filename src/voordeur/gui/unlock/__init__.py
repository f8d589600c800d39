"""Getting into the store: the first-run wizard that creates the encrypted store (`first_run.py`),
the unlock screen shown when the app is locked (`unlock_screen.py`) and the passphrase rules both of
them and the settings dialog check (`passphrase_rules.py`)."""
