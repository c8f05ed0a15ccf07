"""Errors a user can fix. The CLI prints them as one line and exits 1 (no traceback).

They are click exceptions so that every command, and CliRunner in tests, reports them the same way
("Error: <message>" on stderr, exit 1) without a wrapper around each command.
"""

from __future__ import annotations

try:  # typer >= 0.20 carries its own copy of click and catches only that copy's exceptions
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import ClickException


class UserError(ClickException):
    """Bad input, bad config, a missing model: something the user can fix."""

    exit_code = 1

    def __str__(self) -> str:
        return self.message


class DataError(UserError):
    """A bad row or file in user data, located by file, row (1-based, header excluded) and column."""

    def __init__(self, message: str, *, file: str | None = None, row: int | None = None,
                 column: str | None = None):
        self.file, self.row, self.column, self.reason = file, row, column, message
        where = ", ".join(p for p in (
            file and f"{file}",
            row is not None and f"row {row}",
            column and f"column {column!r}",
        ) if p)
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(UserError):
    """A bad campaign, recipe or suite file: names the file and the key."""
