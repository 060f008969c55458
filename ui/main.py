"""Entry point: command-line arguments, then the app (or the version, or the self-check).

Kept import-light so `consulta --version` answers at once and the first window shows before the
heavy libraries (SQLAlchemy, keyring, reportlab) have loaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="consulta",
        description="Consulta: your practice in one encrypted file, on this computer.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help="open (or create) the workspace file at PATH instead of the default")
    parser.add_argument("--language", metavar="CODE",
                        help="interface language for this run: en, es, fr or pt")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation works (no window, no personal data) "
                             "and exit with 0 if it does")
    # Hidden: show the first window and exit once painted (packaging's start-up measurement).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from app.version import __version__

        print(f"Consulta {__version__}")
        return 0
    if args.self_check:
        from ui.self_check import run_self_check

        return run_self_check()
    if args.startup_probe:
        from ui.self_check import run_startup_probe

        return run_startup_probe(args)
    from ui.application import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
