"""`promo-llm guard ...`: check copy from a JSONL file, list the rules. Thin over the library."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from ..errors import DataError, UserError

guard_app = typer.Typer(help="Guardrails: check copy against the rule packs; list the rules.",
                        no_args_is_help=True, add_completion=False)


def read_rows(path: Path) -> Iterator[tuple[int, "GuardRow"]]:
    """(line number, parsed row) for each non-blank line; DataError names file, line and field."""
    from .rows import RowError, parse_row

    if not path.is_file():
        raise DataError("no such file", file=str(path))
    with path.open("rb") as fh:
        for line_no, data in enumerate(fh, 1):
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DataError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at column {exc.start + 1})",
                                file=str(path), row=line_no) from None
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"invalid JSON ({exc.msg} at column {exc.colno})", file=str(path), row=line_no) from None
            try:
                yield line_no, parse_row(raw)
            except RowError as exc:
                raise DataError(str(exc), file=str(path), row=line_no, column=exc.column) from None


@guard_app.command("check")
def check_cmd(
    file: Annotated[Path, typer.Argument(help="JSONL rows: id, copy, channel, locale, product, optional offer, user, price_history, campaign.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write verdict rows here instead of stdout.")] = None,
    today: Annotated[Optional[str], typer.Option(help="Send date YYYY-MM-DD; lets 'ends tonight' pass on the offer's last day.")] = None,
) -> None:
    """Check the copies in FILE.jsonl; write one verdict row each (JSONL).

    Each output row has id, verdict (pass, warn or block), passed, violations (rule, tier,
    severity, message, span) and, when a repair was applied, repaired_copy. Rules of the truth,
    law, safety and form tiers block; style rules warn unless the row's campaign lists them in
    `block`. The kinds of product the truth rules know are read from the rows' own products. A
    summary goes to stderr. Exit 1 on a malformed row, naming its line and field.
    """
    from datetime import date
    from ..records import to_jsonable
    from .engine import Guardrails

    try:
        try:
            send_date = date.fromisoformat(today) if today else None
        except ValueError:
            raise UserError(f"--today: expected YYYY-MM-DD, got {today!r}") from None
        rows = list(read_rows(file))  # validate everything before writing anything
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    guards: dict = {}
    counts = {"rows": 0, "passed": 0, "repaired": 0, "warned": 0}
    catalog = tuple({id(row.brief.product): row.brief.product for _, row in rows}.values())
    rule_counts: dict[str, int] = {}
    t0 = time.perf_counter()
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for _, row in rows:
            guard = guards.get(row.campaign)
            if guard is None:
                guard = guards[row.campaign] = Guardrails.load(campaign=row.campaign, today=send_date,
                                                               catalog=catalog)
            verdict = guard.check(row.copy, row.brief, row.price_history)
            rec = {"id": row.id, "verdict": verdict.outcome, "passed": verdict.passed,
                   "violations": [to_jsonable(v) for v in verdict.violations]}
            if verdict.repaired_copy is not None:
                rec["repaired_copy"] = verdict.repaired_copy
                counts["repaired"] += 1
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            counts["rows"] += 1
            counts["passed"] += verdict.passed
            counts["warned"] += verdict.outcome == "warn"
            for v in verdict.violations:
                if v.severity == "block":
                    rule_counts[v.rule] = rule_counts.get(v.rule, 0) + 1
    finally:
        if out:
            sink.close()
    dt = time.perf_counter() - t0
    top = ", ".join(f"{k} {n}" for k, n in sorted(rule_counts.items(), key=lambda kv: -kv[1])[:6])
    typer.echo(f"{counts['rows']} copies: {counts['passed']} passed ({counts['warned']} with warnings), "
               f"{counts['rows'] - counts['passed']} blocked, "
               f"{counts['repaired']} repaired in {dt:.2f}s" + (f"; top blocks: {top}" if top else ""), err=True)


@guard_app.command("rules")
def rules_cmd(
    locale: Annotated[Optional[str], typer.Option(help="Only this locale's pack (en-US, zh-CN).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per rule instead of a table.")] = False,
) -> None:
    """List the rules of each locale pack with their tier, severity and source.

    Tiers: truth, law, safety and form block (or repair); style warns (or repairs) unless a
    campaign raises it with `guard: {block: [...]}`."""
    from .packs import available_locales, load_pack

    for loc in [locale] if locale else available_locales():
        pack = load_pack(loc)
        if not as_json:
            typer.echo(f"# {loc}")
        for rule in pack.rules.values():
            if as_json:
                typer.echo(json.dumps({"locale": loc, "id": rule.id, "tier": rule.tier, "severity": rule.severity,
                                       "message": rule.message, "source": rule.source}, ensure_ascii=False))
            else:
                typer.echo(f"{rule.id:<28} {rule.tier:<7} {rule.severity:<7} {rule.source}")
