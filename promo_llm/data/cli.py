"""Data stage command line: `promo-llm profiles build|show` and `promo-llm target [run|evaluate]`.

Thin commands over `data.loaders`, `profiles` and `targeting`. Data goes to stdout or files; counts
and progress go to stderr. Bad input raises DataError/UserError (one line, exit 1).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import UserError

profiles_app = typer.Typer(help="Build user profiles and product features from behaviour logs.",
                           no_args_is_help=True)
target_app = typer.Typer(help="Pick products to promote to each user (item-item CF + business filters).",
                         invoke_without_command=True)

MapOpt = Annotated[Optional[list[str]], typer.Option(
    "--map", help="column map DST=SRC for your file's names, e.g. --map user_id=customer (repeatable)")]
QuarantineOpt = Annotated[Optional[Path], typer.Option(
    "--quarantine", help="write rejected rows (JSON lines, with reasons) here and keep going")]
EventTypeOpt = Annotated[Optional[str], typer.Option(
    "--event-type", help="event type for a log without an event column, e.g. purchase for transactions")]


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _load_inputs(events: Path, catalog: Optional[Path], users: Optional[Path], maps: Optional[list[str]],
                 event_type: Optional[str], quarantine: Optional[Path], catalog_required=("item_id", "category")):
    """Read and validate the files; a --map pair applies to each file that has its source column."""
    from .loaders import Quarantine, parse_column_map, read_raw, validate

    cmap = parse_column_map(maps)
    q = Quarantine(quarantine) if quarantine else None
    raws = {"events": (events, read_raw(events, q))}
    if catalog:
        raws["catalog"] = (catalog, read_raw(catalog, q))
    if users:
        raws["users"] = (users, read_raw(users, q))
    used = set()
    per_file = {}
    for kind, (path, raw) in raws.items():
        per_file[kind] = {d: s for d, s in cmap.items() if s in raw.column_names}
        used |= set(per_file[kind].items())
    unused = [f"{d}={s}" for d, s in cmap.items() if (d, s) not in used]
    if unused:
        names = "; ".join(f"{p.name}: {', '.join(r.column_names)}" for p, r in raws.values())
        raise UserError(f"--map {unused[0]}: no input file has a column {cmap[unused[0].split('=')[0]]!r} ({names})")
    out = {}
    cat = None
    if catalog:
        cat = validate(raws["catalog"][1], "catalog", catalog.name, column_map=per_file["catalog"],
                       quarantine=q, required=catalog_required)
        _err(cat.report.line())
        out["catalog"] = cat.table
    if users:
        u = validate(raws["users"][1], "users", users.name, column_map=per_file["users"], quarantine=q)
        _err(u.report.line())
        out["users"] = u.table
    known = cat.table.column("item_id").to_pylist() if cat is not None else None
    ev = validate(raws["events"][1], "events", events.name, column_map=per_file["events"], quarantine=q,
                  event_type=event_type, known_items=known)
    _err(ev.report.line())
    out["events"] = ev.table
    if q is not None:
        q.write()
        _err(f"quarantine: {len(q.rows)} rejected rows -> {q.path}")
    return out


@profiles_app.command("build")
def profiles_build(
    events: Annotated[Path, typer.Option("--events", help="events file (.csv, .parquet, .jsonl)")],
    out: Annotated[Path, typer.Option("--out", help="profiles file to write (.parquet, .jsonl or .csv)")],
    catalog: Annotated[Optional[Path], typer.Option("--catalog", help="catalog file: categories, brands, prices")] = None,
    users: Annotated[Optional[Path], typer.Option("--users", help="users file: locale, timezone, consent")] = None,
    map_: MapOpt = None,
    event_type: EventTypeOpt = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="reference date YYYY-MM-DD for recency and segments (default: latest event)")] = None,
    products_out: Annotated[Optional[Path], typer.Option(
        "--products-out", help="also write product features (popularity, conversion, trend, price position)")] = None,
    quarantine: QuarantineOpt = None,
) -> None:
    """Build one profile row per user (RFM, affinities, price band, active hours, funnel, segment)."""
    from ..profiles import build_profiles, write_table

    ref = None
    if as_of:
        try:
            ref = date.fromisoformat(as_of)
        except ValueError:
            raise UserError(f"--as-of: expected YYYY-MM-DD, got {as_of!r}") from None
    data = _load_inputs(events, catalog, users, map_, event_type, quarantine)
    tables = build_profiles(data["events"], data.get("catalog"), data.get("users"), as_of=ref)
    write_table(tables.users, out)
    if products_out:
        write_table(tables.products, products_out)
    segs: dict[str, int] = {}
    for s in tables.users.column("segment").to_pylist():
        segs[s] = segs.get(s, 0) + 1
    _err(f"profiles: {tables.users.num_rows} users as of {tables.as_of.date()} ("
         + ", ".join(f"{k} {v}" for k, v in sorted(segs.items())) + f") -> {out}")


@profiles_app.command("show")
def profiles_show(
    user_id: Annotated[str, typer.Argument(help="the user to show")],
    profiles: Annotated[Optional[Path], typer.Option(
        "--profiles", help="profiles file from `profiles build` (default: the sample shop's)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the row as one JSON object")] = False,
) -> None:
    """Print one user's profile readably."""
    from ..profiles import _jsonable

    if profiles is None:
        from ..profiles import build_profiles
        from .loaders import load_table
        from .sample_shop import sample_shop_dir

        d = sample_shop_dir()
        t = build_profiles(load_table(d / "events.parquet", "events").table,
                           load_table(d / "catalog.csv", "catalog").table,
                           load_table(d / "users.csv", "users").table).users
    else:
        from .loaders import read_raw

        if not profiles.is_file():
            raise UserError(f"{profiles}: file not found")
        t = read_raw(profiles)
    rows = t.filter(_eq(t, user_id)).to_pylist()
    if not rows:
        raise UserError(f"user {user_id!r} not found in {profiles or 'the sample shop'}")
    row = _jsonable(rows[0])
    if as_json:
        typer.echo(json.dumps(row, ensure_ascii=False))
        return
    for k, v in row.items():
        if isinstance(v, str) and v[:1] in "[{":
            try:
                v = json.loads(v)
            except ValueError:
                pass
        if isinstance(v, list) and v and isinstance(v[0], dict) and "name" in v[0]:
            v = ", ".join(f"{x['name']} {x.get('weight', x.get('share'))}" for x in v)
        elif isinstance(v, list):
            v = ", ".join(map(str, v))
        elif isinstance(v, dict):
            v = ", ".join(f"{a} {b}" for a, b in v.items())
        typer.echo(f"{k:>18}: {v}")


def _eq(t, user_id: str):
    import pyarrow.compute as pc

    return pc.equal(t.column("user_id").cast("string"), user_id)


@target_app.callback()
def target(
    ctx: typer.Context,
    k: Annotated[int, typer.Option("--k", help="items per user")] = 5,
    shop: Annotated[Optional[Path], typer.Option(
        "--shop", help="shop folder with catalog.* and events.* (default: the sample shop)")] = None,
    users: Annotated[Optional[list[str]], typer.Option(
        "--user", help="only these users (repeatable; default: every user)")] = None,
    category: Annotated[Optional[list[str]], typer.Option("--category", help="allow only this category (repeatable)")] = None,
    exclude_category: Annotated[Optional[list[str]], typer.Option(
        "--exclude-category", help="never recommend this category (repeatable)")] = None,
    on_promotion: Annotated[bool, typer.Option("--on-promotion", help="only items on promotion")] = False,
    any_stock: Annotated[bool, typer.Option("--any-stock", help="allow out-of-stock items")] = False,
    out: Annotated[Optional[Path], typer.Option("--out", help="write JSON lines here instead of stdout")] = None,
) -> None:
    """Recommend K products per user (JSON lines: user_id, items). Subcommand: evaluate."""
    if ctx.invoked_subcommand is not None:
        return
    _run_target(k, shop, users, category, exclude_category, on_promotion, any_stock, out)


def _run_target(k, shop, users, category, exclude_category, on_promotion, any_stock, out) -> None:
    if k < 1:
        raise UserError(f"--k: must be at least 1, got {k}")
    from .sample_shop import sample_shop_dir
    from .shop import load_shop

    s = load_shop(shop or sample_shop_dir())
    ids = list(users) if users else sorted(s.profiles)
    recs = s.recommend(ids, k, in_stock=not any_stock, on_promotion=on_promotion,
                       categories=category or (), exclude_categories=exclude_category or ())
    lines = (json.dumps({"user_id": u, "items": recs[u]}, ensure_ascii=False) for u in ids)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    else:
        for line in lines:
            typer.echo(line)
    _err(f"target: {len(ids)} users, {sum(len(v) for v in recs.values())} recommendations"
         + (f" -> {out}" if out else ""))


@target_app.command("run")
def target_run(
    k: Annotated[int, typer.Option("--k", help="items per user")] = 5,
    shop: Annotated[Optional[Path], typer.Option("--shop", help="shop folder (default: the sample shop)")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="write JSON lines here instead of stdout")] = None,
) -> None:
    """Same as `promo-llm target` with default filters."""
    _run_target(k, shop, None, None, None, False, False, out)


DATASETS = ("sample-shop", "movielens-100k", "instacart")


def _shared_data() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


@target_app.command("evaluate")
def target_evaluate(
    dataset: Annotated[Optional[list[str]], typer.Option(
        "--dataset", help="sample-shop, movielens-100k or instacart (repeatable; default: all found)")] = None,
    events: Annotated[Optional[Path], typer.Option("--events", help="evaluate on this events file instead")] = None,
    map_: MapOpt = None,
    event_type: EventTypeOpt = None,
    k: Annotated[int, typer.Option("--k", help="cut-off for recall@k and NDCG@k")] = 10,
    split: Annotated[Optional[str], typer.Option(
        "--split", help="global (one time cut, 80/20), month (the last calendar month held out) or last (each user's last basket); default per dataset")] = None,
    data_dir: Annotated[Optional[Path], typer.Option(
        "--data-dir", help="folder of public datasets (default: ../shared/data beside the project)")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="also write the results as JSON")] = None,
) -> None:
    """Time-split recall@k and NDCG@k of CF targeting vs the popularity baseline; prints a table."""
    from ..targeting import evaluate
    from . import public
    from .loaders import load_table, parse_column_map
    from .sample_shop import sample_shop_dir

    jobs = []
    if events is not None:
        ev = load_table(events, "events", column_map=parse_column_map(map_), event_type=event_type).table
        jobs.append((events.name, lambda ev=ev: ev, split or "global"))
    else:
        root = data_dir or _shared_data()
        for name in dataset or DATASETS:
            if name not in DATASETS:
                raise UserError(f"--dataset: expected one of {', '.join(DATASETS)}, got {name!r}")
            if name == "sample-shop":
                jobs.append((name, lambda: public.shop_events(sample_shop_dir()), split or "global"))
            elif name == "movielens-100k":
                if (root / "movielens-100k").is_dir():
                    jobs.append((name, lambda: public.movielens_events(root / "movielens-100k"), split or "global"))
                elif dataset:
                    raise UserError(f"{root / 'movielens-100k'}: not found (use --data-dir)")
            elif name == "instacart":
                p = root / "instacart" / "order_lines_sample.csv"
                if p.is_file():
                    jobs.append((name, lambda p=p: public.instacart_events(p), split or "last"))
                elif dataset:
                    raise UserError(f"{p}: not found (use --data-dir)")
    results = []
    for name, load, sp in jobs:
        _err(f"evaluate: {name} ({sp} split) ...")
        results.append(evaluate(load(), k=k, split=sp, name=name))
    hdr = f"| dataset | split | test users | CF recall@{k} | pop recall@{k} | CF NDCG@{k} | pop NDCG@{k} |"
    typer.echo(hdr)
    typer.echo("|---|---|---|---|---|---|---|")
    for r in results:
        cf, pop = r["cf"], r["popularity"]
        typer.echo(f"| {r['dataset']} | {r['split']} | {r['test_users']} | {cf[f'recall@{k}']:.4f} | "
                   f"{pop[f'recall@{k}']:.4f} | {cf[f'ndcg@{k}']:.4f} | {pop[f'ndcg@{k}']:.4f} |")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


__all__ = ["profiles_app", "target_app"]
