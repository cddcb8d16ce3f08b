"""The message language of a run, and click commands whose help and errors speak it.

The language is decided once per run (`--lang` > PLANGEN_LANG > configuration > locale) by the group's
eager `--lang` callback; help texts are looked up in the catalog (`help.*`) when help is printed.
"""

from __future__ import annotations

import re
from typing import Any

import click

from plangen.cli.wrapping import Context, short_help
from plangen.errors import UsageError
from plangen.record import record
from plangen.text import tr
from plangen.text.catalog import CATALOG
from plangen.text.language import messages_language

META = "plangen.lang"


@record(frozen=False)
class Settings:
    """What the run decided before any command ran (passed as the root context's `obj`)."""

    lang: str | None = None


def resolve(explicit: str | None = None, config: str | None = None) -> str:
    """Return the message language: `explicit` (--lang) > PLANGEN_LANG > `config` (default: plangen.toml's lang)
    > locale."""
    return messages_language(explicit, config=config if config is not None else _configured_lang())


def _configured_lang() -> str | None:
    """Return the `lang` of the workspace's plangen.toml, None without one (or when it has problems, which the
    command that reads the settings reports)."""
    from plangen.errors import InputError
    from plangen.load.config import load_config

    try:
        return load_config().lang
    except InputError:
        return None


def set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Decide the message language of this run (the `--lang` callback, run before anything else)."""
    lang = resolve(value)
    ctx.meta[META] = lang
    root = ctx.find_root()
    if isinstance(root.obj, Settings):
        root.obj.lang = lang


def current_lang(ctx: click.Context | None = None) -> str:
    """Return the message language of the running command (decided by `--lang` or the environment)."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is not None and META in ctx.meta:
        return str(ctx.meta[META])
    try:
        return resolve()
    except UsageError:  # a bad PLANGEN_LANG is reported once, by the --lang callback
        return "en"


def lang_option() -> Any:
    """Return the global `--lang` option of the `plangen` group."""
    return click.option("--lang", type=click.Choice(["ja", "en"]), is_eager=True, expose_value=False,
                        callback=set_language, help=tr("en", "help.plangen.lang"))


class Localized:
    """Mixin for click commands: help, usage and section headings in the message language."""

    help_key = ""
    context_class: type[click.Context] = Context

    def _key(self) -> str:
        """Return the catalog key of this command's help (`help.<name>`)."""
        return self.help_key or f"help.{getattr(self, 'name', '')}"

    def localize(self, ctx: click.Context | None) -> str:
        """Put the catalog's help texts on this command and its options; return the language."""
        lang = current_lang(ctx)
        words = CATALOG.get(lang, CATALOG["en"])
        command: Any = self
        if self._key() in words:
            command.help = words[self._key()]
        if f"{self._key()}.short" in words:
            command.short_help = words[f"{self._key()}.short"]
        help_option = command.get_help_option(ctx) if ctx is not None else None
        if help_option is not None:
            help_option.help = tr(lang, "cli.help_option")
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            key = f"{self._key()}.{param.name}"
            shared = f"help.common.{param.name}"
            if key in words or shared in words:
                param.help = words.get(key, words.get(shared))
            elif param.name == "version":
                param.help = tr(lang, "cli.version_option")
        return lang

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the help in the message language."""
        self.localize(ctx)
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the usage line, headed in the message language."""
        command: Any = self
        pieces = command.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{tr(current_lang(ctx), 'cli.usage')}: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the options under a heading in the message language (and a group's commands)."""
        command: Any = self
        lang = current_lang(ctx)
        records = [(first, _extras(second, lang)) for param in command.get_params(ctx)
                   if not isinstance(param, click.Argument) and (record := param.get_help_record(ctx))
                   for first, second in [record]]
        if records:
            with formatter.section(tr(lang, "cli.options")):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            self._format_commands(ctx, formatter, lang)

    def _format_commands(self, ctx: click.Context, formatter: click.HelpFormatter, lang: str) -> None:
        """Write a group's commands with their short help in the message language."""
        group: Any = self
        commands = [(name, group.get_command(ctx, name)) for name in group.list_commands(ctx)]
        shown = [(name, command) for name, command in commands if command is not None and not command.hidden]
        # the section indents by 2, the names take their widest plus 2 columns
        columns = formatter.width - formatter.current_indent - 2 - max((len(name) for name, _ in shown), default=0) - 4
        rows = []
        for name, command in shown:
            if isinstance(command, Localized):
                command.localize(ctx)
            rows.append((name, short_help(command.short_help or command.help or "", columns)))
        if rows:
            with formatter.section(tr(lang, "cli.commands")):
                formatter.write_dl(rows)


def _extras(help_text: str, lang: str) -> str:
    """Return an option's help with click's trailing `[default: X; required]` in the message language."""
    match = re.search(r"\s*\[([^\[\]]*)\]$", help_text)
    if match is None:
        return help_text
    items = []
    for item in match.group(1).split("; "):
        name, _, value = item.partition(": ")
        if name == "default":
            items.append(tr(lang, "cli.default", value=value))
        elif item == "required":
            items.append(tr(lang, "cli.required"))
        else:
            items.append(item)
    return help_text[:match.start()] + tr(lang, "cli.extras", items="; ".join(items))


class Command(Localized, click.Command):
    """A plangen command: help from the catalog (`help.<name>`, `help.<name>.<option>`)."""


class Group(Localized, click.Group):
    """The plangen group: help from the catalog (`help.plangen`)."""

    help_key = "help.plangen"


def error_text(exc: click.ClickException, lang: str) -> str:
    """Return what plangen prints for a click error: usage, where to find help, and the error in `lang`."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError) and exc.ctx is not None:
        return exc.ctx.get_help()
    message = _message(exc, lang)
    if not isinstance(exc, click.UsageError):
        return tr(lang, "cli.usage_error", message=message)
    ctx = exc.ctx
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        lines.append(tr(lang, "cli.try_help", command=ctx.command_path))
        lines.append("")
    lines.append(tr(lang, "cli.usage_error", message=message))
    return "\n".join(lines)


def _name(param: click.Parameter | None, ctx: click.Context | None, fallback: object = "") -> str:
    """Return a parameter as click's errors name it (`'--month'`, `'PLAN'`)."""
    if param is None:
        return fallback if isinstance(fallback, str) else " / ".join(map(str, fallback or ()))  # type: ignore[call-overload]
    return param.get_error_hint(ctx) if ctx is not None else repr(param.human_readable_name)


def _message(exc: click.ClickException, lang: str) -> str:
    """Return the sentence of a click error in `lang` (click's own words for kinds plangen does not know)."""
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.MissingParameter):
        key = "cli.missing_argument" if isinstance(exc.param, click.Argument) else "cli.missing_option"
        return tr(lang, key, name=_name(exc.param, ctx, exc.param_hint or ""))
    if isinstance(exc, click.exceptions.NoSuchCommand):
        return tr(lang, "cli.no_such_command", name=repr(exc.message.split("'")[1]) if "'" in exc.message
                  else exc.message)
    if isinstance(exc, click.NoSuchOption):
        if exc.possibilities:
            return tr(lang, "cli.no_such_option.close", name=exc.option_name, close=", ".join(exc.possibilities))
        return tr(lang, "cli.no_such_option", name=exc.option_name)
    if isinstance(exc, click.BadOptionUsage) and "requires an argument" in exc.message:
        return tr(lang, "cli.option_needs_value", name=exc.option_name)
    if isinstance(exc, click.BadParameter):
        return tr(lang, "cli.bad_value", name=_name(exc.param, ctx, exc.param_hint or ""), message=exc.message)
    if exc.message == "Missing command.":
        return tr(lang, "cli.missing_command")
    extra = re.fullmatch(r"Got unexpected extra arguments? \((.*)\)", exc.message)
    if extra:
        return tr(lang, "cli.extra_arguments", args=extra.group(1))
    return exc.format_message()


class Choice(click.Choice):
    """click.Choice whose refusal is worded in the message language."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Return `value` when it is one of the choices; otherwise fail in the message language."""
        if value in self.choices:
            return value
        self.fail(tr(current_lang(ctx), "cli.not_one_of", choices=", ".join(repr(str(c)) for c in self.choices),
                     got=repr(value)), param, ctx)


class PathType(click.Path):
    """click.Path whose refusals (missing, not a folder, not a file) are worded in the message language."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Return the path; fail in the message language when it must exist and does not, or is the wrong kind."""
        from pathlib import Path

        lang = current_lang(ctx)
        path = Path(value)
        if self.exists and not path.exists():
            self.fail(tr(lang, "cli.no_such_path", path=value), param, ctx)
        if path.exists() and not self.file_okay and not path.is_dir():
            self.fail(tr(lang, "cli.not_a_folder", path=value), param, ctx)
        if path.exists() and not self.dir_okay and path.is_dir():
            self.fail(tr(lang, "cli.not_a_file", path=value), param, ctx)
        return super().convert(value, param, ctx)


class IntRange(click.IntRange):
    """click.IntRange whose refusals are worded in the message language."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Return `value` as a whole number within the range; otherwise fail in the message language."""
        lang = current_lang(ctx)
        try:
            number = int(value)
        except (TypeError, ValueError):
            self.fail(tr(lang, "cli.not_an_integer", got=repr(value)), param, ctx)
        if self.min is not None and number < self.min:
            self.fail(tr(lang, "cli.too_small", min=self.min, got=number), param, ctx)
        return super().convert(number, param, ctx)

