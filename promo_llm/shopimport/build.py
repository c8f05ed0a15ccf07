"""Shop import: a transaction export -> a shop folder `generate` runs on (`promo-llm shop import`).

Writes into the output folder:
- `catalog.csv`: item_id, title (cleaned for copy), category (derived from names), price (latest),
  list_price (a supported "was" price, else empty), currency, locale, source_title;
- `events.parquet`: user_id, item_id, event_type (purchase | return), ts (UTC), quantity, price,
  order_id, country;
- `users.csv`: user_id, locale, timezone, country, consent_email, consent_sms, consent_push;
- `price_history.csv`: item_id, date, price;
- `quarantine.jsonl` (or `--quarantine FILE`): every rejected line with its row, column and reason;
- `manifest.json`: the column map, locale, currency, consent source, input hash, counts.

The export says nothing about consent, so `ConsentSource` must name one: a consent file or
channels the operator assumes consent for; both are recorded in the manifest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import DataError, UserError
from .categories import CategoryConfig, derive_categories
from .columns import ColumnMap
from .names import clean_name
from .prices import PriceRules, current_prices, daily_prices
from .rows import Lines, classify, read_export

CONSENT_CHANNELS = ("email", "sms", "push")


@dataclass(frozen=True)
class ConsentSource:
    """Where consent to contact comes from: a file (user_id, consent_email|sms|push) or assumed channels."""

    file: Path | None = None
    assume: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        bad = [c for c in self.assume if c not in CONSENT_CHANNELS]
        if bad:
            raise UserError(f"--assume-consent: unknown channel {bad[0]!r} (expected {', '.join(CONSENT_CHANNELS)})")
        if self.file is None and not self.assume:
            raise UserError("the export says nothing about consent to contact: give --consent FILE "
                            "(user_id, consent_email, consent_sms, consent_push) or --assume-consent "
                            "CHANNELS (e.g. email; recorded in the manifest)")
        if self.file is not None and self.assume:
            raise UserError("give either --consent FILE or --assume-consent, not both")

    def describe(self) -> dict[str, Any]:
        if self.file is not None:
            from ..manifest import file_sha256

            return {"source": "file", "file": str(self.file), "sha256": file_sha256(self.file)}
        return {"source": "assumed by the operator", "channels": list(self.assume)}


@dataclass(frozen=True)
class ShopSettings:
    locale: str = "en-GB"
    currency: str = "GBP"
    timezone: str = "Europe/London"
    categories: CategoryConfig = field(default_factory=CategoryConfig)
    prices: PriceRules = field(default_factory=PriceRules)


@dataclass(frozen=True)
class ImportResult:
    out: Path
    counts: dict[str, int]
    products: int
    users: int
    with_was_price: int
    categories: dict[str, int]
    quarantine: Path

    def summary(self) -> str:
        c = self.counts
        rej = ", ".join(f"{k.replace('_', ' ')} {c[k]}" for k in ("malformed", "adjustment", "no_customer",
                                                                  "non_positive_price"))
        return (f"shop import: read {c['read']} lines: {c['purchase']} purchases, {c['return']} returns; "
                f"quarantined {c['read'] - c['purchase'] - c['return']} ({rej}) -> {self.quarantine}\n"
                f"shop: {self.products} products in {len(self.categories)} categories "
                f"({self.with_was_price} with a 'was' price), {self.users} customers -> {self.out}")


def _titles(kept: pd.DataFrame) -> pd.Series:
    """Each product's most used description (ties: the latest), cleaned for copy."""
    named = kept[kept.title != ""]
    counts = named.groupby(["item_id", "title"]).agg(n=("row", "size"), last=("row", "max")).reset_index()
    counts = counts.sort_values(["item_id", "n", "last"], ascending=[True, False, False])
    raw = counts.drop_duplicates("item_id").set_index("item_id").title
    return raw


def _catalog(lines: Lines, s: ShopSettings) -> pd.DataFrame:
    kept = lines.kept
    raw = _titles(kept)
    items = sorted(kept.item_id.unique())
    source = raw.reindex(items).fillna("")
    titles = {i: clean_name(source[i]) or i for i in items}
    cats = derive_categories(titles, s.categories)
    hist = daily_prices(kept)
    end = kept.ts.max().date()
    cur = current_prices(hist, end, s.prices).set_index("item_id")
    last_any = kept.sort_values("row").groupby("item_id").price.last()  # items only ever returned
    return pd.DataFrame({
        "item_id": items, "title": [titles[i] for i in items], "category": [cats[i] for i in items],
        "price": [float(cur.price[i]) if i in cur.index else float(last_any[i]) for i in items],
        "list_price": [cur.list_price[i] if i in cur.index else None for i in items],
        "currency": s.currency, "locale": s.locale, "source_title": list(source),
    }), hist


def _users(lines: Lines, s: ShopSettings, consent: ConsentSource) -> pd.DataFrame:
    kept = lines.kept.sort_values("ts", kind="stable")
    last = kept.groupby("user_id").country.last()
    users = pd.DataFrame({"user_id": last.index, "locale": s.locale, "timezone": s.timezone,
                          "country": last.values})
    for ch in CONSENT_CHANNELS:
        users[f"consent_{ch}"] = ch in consent.assume
    if consent.file is not None:
        from ..data.loaders import load_users

        given = load_users(consent.file).to_pandas()
        given["user_id"] = given["user_id"].astype(str)
        known = set(users.user_id)
        unknown = [u for u in given.user_id if u not in known]
        if len(unknown) == len(given):
            raise DataError(f"no user id matches a customer of the export (first: {unknown[0]!r})",
                            file=Path(consent.file).name, column="user_id")
        given = given.set_index("user_id")
        for ch in CONSENT_CHANNELS:
            col = f"consent_{ch}"
            if col in given.columns:
                users[col] = users.user_id.map(given[col]).fillna(False).astype(bool)
    return users


def _write_quarantine(lines: Lines, path: Path, file: str) -> None:
    """One JSON line per rejected line: file, row, column, reason, detail, record (the raw fields)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = ("row", "reason", "column", "detail")
    with path.open("w", encoding="utf-8") as f:
        for d in lines.rejected.to_dict("records"):
            rec = {c: (None if pd.isna(v) else v) for c, v in d.items() if c not in meta}
            f.write(json.dumps({"file": file, "row": int(d["row"]), "column": d["column"], "reason": d["reason"],
                                "detail": d["detail"], "record": rec}, ensure_ascii=False, default=str) + "\n")


def import_shop(export: Path, out: Path, cmap: ColumnMap, consent: ConsentSource,
                settings: ShopSettings | None = None, quarantine: Path | None = None) -> ImportResult:
    """Read `export`, write the shop folder `out`; see the module docstring."""
    from ..manifest import build_manifest, file_sha256

    s = settings or ShopSettings()
    export = Path(export)
    raw = read_export(export)
    lines = classify(raw, cmap, s.timezone, export.name)
    if lines.kept.empty:
        raise DataError("no line was kept (every line was rejected; see the reasons with --quarantine)",
                        file=export.name)
    counts = lines.counts()
    assert counts["read"] == counts["purchase"] + counts["return"] + sum(
        counts[r] for r in ("malformed", "adjustment", "no_customer", "non_positive_price"))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    catalog, hist = _catalog(lines, s)
    users = _users(lines, s, consent)
    catalog.to_csv(out / "catalog.csv", index=False)
    hist.to_csv(out / "price_history.csv", index=False)
    users.to_csv(out / "users.csv", index=False)
    ev = lines.kept[["user_id", "item_id", "event_type", "ts", "quantity", "price", "order_id", "country"]]
    ev.to_parquet(out / "events.parquet", index=False)
    qpath = Path(quarantine) if quarantine else out / "quarantine.jsonl"
    _write_quarantine(lines, qpath, export.name)
    # products per category, largest first, ties by name (not left to the counting's own order)
    cats = dict(sorted(catalog.category.value_counts().items(), key=lambda kv: (-kv[1], str(kv[0]))))
    result = ImportResult(out, counts, len(catalog), len(users), int(catalog.list_price.notna().sum()),
                          {str(k): int(v) for k, v in cats.items()}, qpath)
    manifest = build_manifest(
        kind="shop_import",
        config={"column_map": cmap.as_dict(), "locale": s.locale, "currency": s.currency,
                "timezone": s.timezone, "consent": consent.describe(),
                "categories": vars(s.categories), "prices": vars(s.prices),
                "adjustment_rule": {"catalogue_number": "a run of 4+ digits",
                                    "upper_case_names": lines.upper_case_names}},
        data={"export": str(export), "export_sha256": file_sha256(export)},
        extra={"counts": counts, "products": result.products, "users": result.users,
               "with_was_price": result.with_was_price, "categories": result.categories,
               "outputs": {p.name: file_sha256(p) for p in sorted(out.iterdir())
                           if p.is_file() and p.name != "manifest.json"}})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")
    return result


__all__ = ["ConsentSource", "ShopSettings", "ImportResult", "import_shop", "CONSENT_CHANNELS"]
