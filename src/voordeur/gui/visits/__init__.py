"""One home visit: the visit editor with its fields, notes, agreements and scores
(`visit_editor.py`), the autosave that writes changed fields while the worker types (`autosave.py`),
the theme chips (`chips.py`) and the dialog that shows the earlier versions of a final visit
(`revisions_dialog.py`)."""
