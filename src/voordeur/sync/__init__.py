"""Client side of team sync (no Qt): see docs/sync-protocol.md for the wire protocol.

- `protocol` — the /v1 wire models (shared with the server); `hlc` — hybrid logical clocks;
  `text_merge` — three-way merge of notes.
- `outbox` — every write of a linked store queued in the same transaction (unit of work hook).
- `client` — HTTP calls, failures mapped to `errors` (Unreachable / SyncRefused / DeviceRevoked).
- `engine` — one round: push the outbox, pull the change log (`apply` applies a page).
- `account` — `voordeur login` (link the store, hand its records to the server) and wipe.
- `state` — the sync_* keys in store_meta; `status` — a cheap summary for a status bar.
"""
