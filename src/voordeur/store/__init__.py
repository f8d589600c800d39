"""Local encrypted store: SQLCipher engine, key vault, migrations, search and access log."""
