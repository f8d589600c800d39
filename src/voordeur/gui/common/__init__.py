"""What every screen of the app stands on, and nothing screen-specific: the one background runner
(`runner.py`, a one-thread pool whose results come back on the GUI thread), the unlocked session
(`context.py`: store, runner, settings and the `DataBus` of change signals), the settings file
(`app_settings.py`), translations and date/number formatting (`i18n.py`), colours and styles
(`style.py`), and the text shown for an error (`errors.py`). It imports no other package of
`gui/`."""
