"""Reading the change log for a pull: one indexed range query, answered as pre-encoded JSON.

Entries are stored as JSON text (without their seq) when they are appended, so a page is built by
joining strings rather than decoding and re-encoding every record. Appends are serialised and
visible in seq order (see db.py), so "seq > cursor" never skips a late commit.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, select

from voordeur.server.schema import change_log


def pull_page(conn: Connection, team_ids: Collection[str], after: int, limit: int) -> bytes:
    """The PullResponse JSON for entries of `team_ids` with seq > after, at most `limit`."""
    rows = conn.execute(
        select(change_log.c.seq, change_log.c.entry)
        .where(change_log.c.team_id.in_(sorted(team_ids)), change_log.c.seq > after)
        .order_by(change_log.c.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].seq if rows else after
    entries = ",".join(f'{{"seq":{int(seq)},{entry[1:]}' for seq, entry in rows)
    text = f'{{"entries":[{entries}],"cursor":{int(cursor)},"more":{"true" if more else "false"}}}'
    return text.encode()
