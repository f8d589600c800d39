"""Documents for the family and for partners: the export dialog that picks the kind of summary, the
reader and the format and writes the file (`export_dialog.py`), and the live HTML preview beside it
with what a partner's consent leaves out (`preview.py`)."""
