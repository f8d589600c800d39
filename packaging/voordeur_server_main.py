"""Entry point of the frozen `voordeur-server` program (the team server)."""

import sys

from voordeur.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
