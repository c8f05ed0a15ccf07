"""Shop import command line: `promo-llm shop import EXPORT --out DIR`.

Thin: parse options, call `build.import_shop`, print the counts (stderr). Bad input raises
DataError/UserError (one line, exit 1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

shop_app = typer.Typer(help="Bring your own shop: turn a transaction export into a shop folder.",
                       no_args_is_help=True)


@shop_app.command("import")
def shop_import(
    export: Annotated[Path, typer.Argument(help="transaction export (.csv, .csv.gz, .tsv, .parquet, .jsonl), "
                                                "one line per order line")],
    out: Annotated[Path, typer.Option("--out", help="shop folder to write (catalog, events, users, "
                                                    "price history, quarantine, manifest)")],
    columns: Annotated[Optional[Path], typer.Option(
        "--columns", help="column map YAML (columns, date_format, cancel_prefix); default: the Online Retail format")] = None,
    map_: Annotated[Optional[list[str]], typer.Option(
        "--map", help="column map DST=SRC over the defaults, e.g. --map user_id=customer (repeatable)")] = None,
    date_format: Annotated[Optional[str], typer.Option(
        "--date-format", help="strptime format of the date column, e.g. '%d/%m/%Y %H:%M'; '' for ISO dates")] = None,
    consent: Annotated[Optional[Path], typer.Option(
        "--consent", help="consent file: user_id and consent_email / consent_sms / consent_push (true/false)")] = None,
    assume_consent: Annotated[Optional[str], typer.Option(
        "--assume-consent", help="channels you hold consent for, for every customer (email,sms,push); "
                                 "recorded in the manifest")] = None,
    locale: Annotated[str, typer.Option("--locale", help="the shop's locale (copy language and rule pack)")] = "en-GB",
    currency: Annotated[str, typer.Option("--currency", help="ISO code of the export's prices")] = "GBP",
    timezone: Annotated[str, typer.Option("--timezone", help="time zone of the export's dates and of its customers")] = "Europe/London",
    quarantine: Annotated[Optional[Path], typer.Option(
        "--quarantine", help="rejected lines (JSON lines with reasons); default OUT/quarantine.jsonl")] = None,
) -> None:
    """Import a transaction export: catalogue with cleaned names, derived categories and prices;
    purchase and return events; customers with their consent; every rejected line quarantined."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from ..errors import UserError
    from ..records import LOCALES
    from .build import ConsentSource, ShopSettings, import_shop
    from .columns import load_column_map

    if locale not in LOCALES:
        raise UserError(f"--locale: expected one of {', '.join(LOCALES)}, got {locale!r}")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"--timezone: unknown time zone {timezone!r} (e.g. Europe/London)") from None
    assume = tuple(c.strip() for c in (assume_consent or "").split(",") if c.strip())
    source = ConsentSource(file=consent, assume=assume)
    cmap = load_column_map(columns, map_, date_format)
    result = import_shop(export, out, cmap, source, ShopSettings(locale=locale, currency=currency.upper(),
                                                                 timezone=timezone), quarantine)
    typer.echo(result.summary(), err=True)
