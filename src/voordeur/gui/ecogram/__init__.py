"""The Ecogram tab of a household: the tab that loads the map, the timeline and comparing
(`tab.py`), the scene and view that draw it and handle the mouse (`scene.py`, `view.py`), the items
for people, organisations and ties (`items.py`, `tie_items.py`, shared look in `painting.py`), the
undoable edits (`commands.py`), the side panel that edits the selection (`panels.py`), the legend,
the list view for keyboard and screen-reader use, the indicators in figures, the add-contact and
export dialogs, and the sentences that describe the map (`text.py`)."""
