import sys

from voordeur.cli import main

sys.exit(main())
