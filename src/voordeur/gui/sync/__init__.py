"""The app's side of syncing with the team server: the controller that decides when to sync and runs
it on a thread of its own (`controller.py`), the status in the status bar (`status_widget.py`), the
dialog that resolves note conflicts (`conflict_dialog.py`) and the dialog that links this laptop to
a team server or logs in again (`team_login_dialog.py`)."""
