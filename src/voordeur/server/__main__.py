"""`python -m voordeur.server`: the same as `voordeur-server`."""

import sys

from voordeur.server.cli import main

sys.exit(main())
