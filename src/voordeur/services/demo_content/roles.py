"""The role words in `MemberSpec.role`: which ones are children and who lives elsewhere."""

from __future__ import annotations

CHILD_ROLES = frozenset(
    {
        "zoon",
        "dochter",
        "stiefzoon",
        "stiefdochter",
        "pleegzoon",
        "pleegdochter",
        "kleinzoon",
        "kleindochter",
    }
)
ELSEWHERE = " (woont elders)"


def at_home(role: str, deceased: bool) -> bool:
    return not deceased and not role.endswith(ELSEWHERE)


def role_word(role: str) -> str:
    return role.removesuffix(ELSEWHERE).split(" (")[0]
