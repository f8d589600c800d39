"""One home visit: the visit editor (`visit_editor.py`), built from widgets with one job each —
the header with the visit's actions (`header.py`), the short fields (`fields_form.py`), the notes
and the family's request, strengths and concerns (`notes.py`), the two columns' layout
(`columns.py`), the side column (`side_column.py`) with who was present (`present.py`), the goal
scores (`goal_scores.py`: eleven steps per goal in `score_steps.py`, a goal added from the visit
in `goal_dialog.py`), the agreements (`agreements.py`) and the next visit (`next_visit.py`),
the save indicator and change notices (`save_state.py`), finalise / revisions / export
(`visit_actions.py`) and shared small widgets (`editor_widgets.py`); the autosave that writes
changed fields while the worker types (`autosave.py`), the theme chips (`chips.py`) and the dialog
that shows the earlier versions of a final visit (`revisions_dialog.py`)."""
