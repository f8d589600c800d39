"""Searching everything (Ctrl+K): the search dialog over households, people, visits, agreements and
goals, with its result list (`dialog.py`)."""
