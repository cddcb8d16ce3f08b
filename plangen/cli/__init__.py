"""The `plangen` command: a thin layer that loads input, calls the library and prints results."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from plangen import __version__
from plangen.cli.language import Group, lang_option

# command name -> "module:function"; modules are imported only when their command runs.
COMMANDS = {
    "validate": "plangen.cli.validate:validate",
    "new": "plangen.cli.new:new",
    "schema": "plangen.cli.new:schema",
    "kickoff": "plangen.cli.kickoff:kickoff",
    "meetings": "plangen.cli.meetings:meetings",
    "report": "plangen.cli.report:report",
    "status": "plangen.cli.report:status",
    "ringi": "plangen.cli.ringi:ringi",
    "build": "plangen.cli.build:build",
    "portfolio": "plangen.cli.build:portfolio",
    "serve": "plangen.cli.serve:serve",
}


class LazyGroup(Group):
    """A group whose subcommands live in their own modules and load on demand."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the command names in the order they are documented."""
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return the command `cmd_name`, importing its module."""
        target = COMMANDS.get(cmd_name)
        if target is None or not _available(cmd_name):
            return None
        module, attr = target.split(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command


def _available(name: str) -> bool:
    """Return True when the module of command `name` is installed."""
    return importlib.util.find_spec(COMMANDS[name].split(":")[0]) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="plangen")
@lang_option()
def cli() -> None:
    """Turn a customer-success plan into the documents of the client relationship (help: `help.plangen`)."""


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; PlangenError becomes a message and exit code, never a traceback."""
    from plangen.cli.common import run

    return run(cli, argv if argv is not None else sys.argv[1:])


def entry() -> None:
    """Console-script entry point: exit with the code `main` returns."""
    sys.exit(main())
