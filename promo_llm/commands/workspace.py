"""`promo-llm workspace purge`: erase a person, or everything past a retention date, from the workspace."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .common import Workspace

workspace_app = typer.Typer(help="Workspace upkeep: erase a person's data or apply a retention period.",
                            no_args_is_help=True)


@workspace_app.command()
def purge(
    user: Annotated[Optional[list[str]], typer.Option(
        "--user", help="erase this user id from every table and run output (repeatable)")] = None,
    before: Annotated[Optional[str], typer.Option(
        help="retention: erase runs started before this date (YYYY-MM-DD) with their sends, outcomes, "
             "reviews and output folders, and outcomes and reviews recorded before it")] = None,
    workspace: Workspace = None,
) -> None:
    """Erase personal data: --user ID (a person who asked to be forgotten) and/or --before DATE.

    Prints what was deleted. Input data (a shop folder) is not rewritten: purge names any input
    file in the workspace that still holds the id, to erase at the source.
    """
    from ..errors import UserError
    from ..privacy import parse_date, purge_before, purge_user

    if not user and before is None:
        raise UserError("give --user ID and/or --before DATE")
    for uid in user or []:
        if not uid.strip():
            raise UserError("--user: empty user id")
        typer.echo(f"user {uid}: {purge_user(uid.strip(), workspace).line()}")
    if before is not None:
        typer.echo(f"before {before}: {purge_before(parse_date(before), workspace).line()}")
