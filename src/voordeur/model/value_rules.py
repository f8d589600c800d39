"""What a stored value may hold beyond its column type: the rules every value that enters a store
from outside (an import, a push to the team server, a pulled page) is checked against, so that
every later command (summaries, plans, ecograms, exports) can handle it.

The column types and their `max_length`/`ge`/`le` live on the tables; this module adds what a
type cannot say: which texts are multi-line, that no text holds control characters, and the
ranges of dates, moments, coordinates and lists. `domain.data_format.record_model` turns them
into the strict record models that import, the server and the pull share.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Free text typed in a multi-line editor: tabs and line breaks allowed. Every other text (names,
# roles, phone numbers, labels, ...) is one line without any control character.
MULTILINE_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"note"}),
    "tie": frozenset({"note"}),
    "visit": frozenset({"notes", "request", "strengths", "concerns", "void_reason"}),
    "note_revision": frozenset({"text"}),
    "plan_revision": frozenset({"text"}),
    "note_conflict": frozenset({"base_text", "mine_text", "theirs_text"}),
    "goal": frozenset({"text"}),
    "goal_score": frozenset({"note"}),
    "agreement": frozenset({"what"}),
    "consent": frozenset({"purpose", "withdrawn_reason"}),
}

# C0 and C1 controls, DEL, lone surrogates, the noncharacters U+FFFE/U+FFFF (not allowed in XML,
# so not in a Word file), and the Unicode line and paragraph separators (line breaks in disguise).
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # of every date and moment, as of birth_year
COORDINATE_LIMIT = 1_000_000.0  # ecogram scene units; the map spans a few thousand
MAX_LIST_ITEMS = 500  # ids or codes in one list field
INT_LIMIT = 2**53  # unconstrained whole numbers stay exact in every JSON reader


def is_multiline(table: str, name: str) -> bool:
    return name in MULTILINE_FIELDS.get(table, frozenset())


def text_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why `text` may not be stored (naming the character by code point, never the text)."""
    found = (_NOT_IN_TEXT if multiline else _NOT_IN_LINE).search(text)
    if found is None:
        return None
    point = f"U+{ord(found.group()):04X}"
    if multiline:
        return f"contains a control character ({point}); only tabs and line breaks are allowed"
    return f"contains a control character or line break ({point}); this field is one line"


def check_text(text: str, *, multiline: bool = False) -> str:
    problem = text_problem(text, multiline=multiline)
    if problem:
        raise ValueError(problem)
    return text


def check_day(day: date) -> date:
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise ValueError(f"a date must lie between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return day


def check_moment(moment: datetime) -> datetime:
    # By year, before any conversion: 0001-01-01T00:00+01:00 has no UTC equivalent.
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise ValueError(f"a date and time must lie between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return moment


def printable(text: str) -> str:
    """`text` as every renderer can show it: tabs as spaces, line breaks as \\n, no control
    characters. For values stored before they were checked (or by an older version)."""
    if _NOT_IN_TEXT.search(text) is None and "\t" not in text and "\r" not in text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _NOT_IN_TEXT.sub("", text)


def one_line(text: str) -> str:
    """`text` as a one-line value: line breaks become spaces, control characters go."""
    return _NOT_IN_LINE.sub("", printable(text).replace("\n", " "))


def clean(table: str, name: str, value: object) -> object:
    """A text as the app stores what a worker typed or pasted: one-line fields lose line breaks
    and control characters, multi-line ones keep tabs and line breaks only. Anything else is
    returned as it is. So the app's own writes always pass the checks above."""
    if not isinstance(value, str):
        return value
    if is_multiline(table, name):
        return _NOT_IN_TEXT.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if _NOT_IN_LINE.search(value) is None:
        return value
    return one_line(value)
