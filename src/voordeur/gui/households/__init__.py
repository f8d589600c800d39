"""Households: the list on the left with search as you type, filters and sorting (`list_panel.py`),
the household page (`page.py`) with its tabs Overzicht and Bezoeken (`tabs.py`), Plan
(`plan_tab.py`) and Toestemming (`consent_panel.py`), and the dialogs that add or edit a household,
member, goal or agreement (`dialogs.py`)."""
