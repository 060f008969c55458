"""`python -m ui` starts Consulta."""

from __future__ import annotations

import sys

from ui.main import main

sys.exit(main())
