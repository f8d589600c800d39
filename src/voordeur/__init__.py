"""Voordeur: casework behind the front door, for Dutch neighbourhood professionals."""

__version__ = "0.1.0"
