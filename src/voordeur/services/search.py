"""Full-text search over notes, names, goals and agreements, logged as a search."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from voordeur.model.catalogues import AccessAction
from voordeur.store.store import Store

HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # markers the caller turns into markup
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class SearchHit:
    kind: str  # household, person, visit, agreement, goal
    record_id: str
    household_id: str
    household_name: str
    title: str
    snippet: str  # with HIGHLIGHT_START/END around matched words


def fts_query(user_text: str) -> str:
    """Turn what a worker typed into a safe FTS5 query: every word must match, as a prefix.

    Quoting each word means no FTS5 syntax (NEAR, column filters, quotes) can be injected.
    """
    words = re.findall(r"\w+", user_text[:MAX_QUERY_CHARS], flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


SEARCH_SQL = text(
    """
    SELECT d.kind, d.record_id, d.household_id, h.display_name,
           search_index.title,
           snippet(search_index, -1, :hs, :he, '…', 14)
    FROM search_index
    JOIN search_doc AS d ON d.doc = search_index.rowid
    JOIN household AS h ON h.id = d.household_id
    WHERE search_index MATCH :q AND h.deleted_at IS NULL
    ORDER BY bm25(search_index, 5.0, 1.0)
    LIMIT :limit
    """
)


def search(store: Store, user_text: str, *, limit: int = 50, log: bool = True) -> list[SearchHit]:
    query = fts_query(user_text)
    if not query:
        return []
    with store.session() as session:
        rows = session.connection().execute(
            SEARCH_SQL, {"q": query, "hs": HIGHLIGHT_START, "he": HIGHLIGHT_END, "limit": limit}
        )
        hits = [SearchHit(*row) for row in rows]
    if log:
        # The query itself is not logged: search terms are often names.
        store.log(AccessAction.SEARCH, [h.household_id for h in hits],
                  detail=f"{len(hits)} hits")
    return hits
