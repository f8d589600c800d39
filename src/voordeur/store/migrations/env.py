"""Alembic environment: always run from voordeur.store.migrate with an open, keyed connection."""

from __future__ import annotations

from alembic import context

import voordeur.model  # noqa: F401  (registers every table on the metadata)
from voordeur.model.base import Entity

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Voordeur migrations run through `voordeur` itself (they need the store's key); "
        "the alembic command line cannot open an encrypted store."
    )

context.configure(
    connection=connection,
    target_metadata=Entity.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
