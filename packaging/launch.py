"""The frozen application's entry script: the same `ui.main.main` that `python -m ui` runs."""

from __future__ import annotations

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
