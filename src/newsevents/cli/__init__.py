"""The ``newsevents`` command.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a function
taking the parsed arguments and returning the exit status.  Modules are found at
start-up, so adding a command means adding a module, nothing else; modules whose
name starts with ``_`` hold what several commands share.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from newsevents import __version__


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, no traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsevents",
        description="Turn news articles into political event records (PLOVER and CAMEO).",
    )
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):  # shared helpers, not commands
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except UserError as error:
        print(f"newsevents {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsevents code ... | head` is not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
