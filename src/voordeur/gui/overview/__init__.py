"""The start page, "Vandaag" and "Deze week": today's and this week's visits, overdue follow-ups and
expiring consents across the worker's households (`page.py`)."""
