"""Entry point of the frozen `voordeur` program: the app, and the command line with arguments."""

import os
import sys
from pathlib import Path

from platformdirs import user_cache_dir

from voordeur.cli import main

if __name__ == "__main__":
    # PyInstaller's matplotlib hook points matplotlib at a new temporary folder on every start,
    # so it would scan the laptop's fonts again before each first ecogram or PDF. Its font list
    # (file names of system fonts, nothing personal) is kept in Voordeur's cache folder instead.
    os.environ["MPLCONFIGDIR"] = str(Path(user_cache_dir("Voordeur", appauthor=False))
                                     / "matplotlib")
    sys.exit(main())
