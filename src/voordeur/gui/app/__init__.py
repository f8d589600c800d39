"""The application shell, on top of every other package: starting Qt (`application.py`), the main
window that switches between first run, unlock and the workspace and owns the menus, the status bar
and the sync controller (`main_window.py`), and the workspace of an unlocked session: the household
list beside the pages (`workspace.py`)."""
