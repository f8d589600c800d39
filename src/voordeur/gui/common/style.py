"""The few colours and styles the views share, so that "error", "done" and "demo" look the
same on every screen. Colours are dark enough to read on white at 7:1; meaning is always also
said in words, never by colour alone."""

from __future__ import annotations

ERROR_COLOUR = "#a01818"  # error messages
TABLE_ALERT_COLOUR = "#a40e0e"  # overdue and withdrawn items in tables and dialog checks
SUCCESS_COLOUR = "#1d6b2f"  # valid consent, saved, final
MUTED_STYLE = "color: palette(placeholder-text);"  # hints and secondary text
DEMO_BACKGROUND, DEMO_TEXT = "#fff3b0", "#3d3000"  # the demo marking
# A notice that asks for attention without being an error (two versions of a text, ...).
WARNING_STYLE = ("padding: 4px 8px; border-radius: 4px; background: #fff1c2; color: #5c4200;"
                 " border: 1px solid #8a6d00;")
