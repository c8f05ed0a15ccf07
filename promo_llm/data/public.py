"""Data stage: adapters from public dataset layouts to the events/catalog contracts.

MovieLens-100K (RecBole atomic files), the Instacart order-lines sample and CDNOW transactions, as
found in `../shared/data` (see its README). Each adapter goes through the same validating loaders
as a user's export, with a column map; none of these files is copied into the repository.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from .loaders import load_table, read_raw, validate

CDNOW_MAP = {"user_id": "customer_id", "ts": "date", "quantity": "number_of_cds", "value": "dollar_value"}
"""`promo-llm profiles build --events CDNOW_master.txt --event-type purchase --map user_id=customer_id
--map ts=date --map quantity=number_of_cds --map value=dollar_value`."""


def cdnow_events(path: Path) -> pa.Table:
    """CDNOW_master.txt -> purchases (no item ids: RFM only)."""
    return load_table(path, "events", column_map=CDNOW_MAP, event_type="purchase").table


def movielens_events(folder: Path) -> pa.Table:
    """ml-100k.inter -> one `view` event per rating (implicit feedback), ts from epoch seconds."""
    return load_table(Path(folder) / "ml-100k.inter", "events", column_map={"ts": "timestamp"},
                      event_type="view").table


def movielens_catalog(folder: Path) -> pa.Table:
    """ml-100k.item -> catalog rows; the category is the first listed genre."""
    raw = read_raw(Path(folder) / "ml-100k.item")
    genres = [(g or "unknown").split(" ")[0] for g in raw.column("class").to_pylist()]
    raw = raw.append_column("genre", pa.array(genres, pa.string()))
    return validate(raw, "catalog", "ml-100k.item", column_map={"title": "movie_title", "category": "genre"},
                    required=("item_id", "category")).table


def instacart_events(path: Path) -> pa.Table:
    """order_lines_sample.csv -> purchases. The file has no dates: each user's orders are placed
    on a timeline from 2017-01-01 by summing `days_since_prior_order`, at `order_hour_of_day`."""
    import duckdb

    raw = read_raw(Path(path))
    con = duckdb.connect()
    con.register("raw", raw)
    t = con.sql("""
        WITH lines AS (
            SELECT user_id, order_id, CAST(order_number AS INT) AS n, CAST(order_hour_of_day AS INT) AS hour,
                   coalesce(TRY_CAST(days_since_prior_order AS DOUBLE), 0) AS gap, product_id
            FROM raw),
        orders AS (
            SELECT user_id, order_id, n, any_value(hour) AS hour, any_value(gap) AS gap FROM lines GROUP BY ALL),
        timeline AS (
            SELECT order_id, user_id, TIMESTAMP '2017-01-01'
                     + to_days(CAST(sum(gap) OVER (PARTITION BY user_id ORDER BY n) AS INT))
                     + to_hours(hour) AS ts
            FROM orders)
        SELECT l.user_id, l.product_id AS item_id, 'purchase' AS event_type, t.ts, 1.0 AS quantity,
               l.order_id AS session_id
        FROM lines l JOIN timeline t USING (order_id, user_id) ORDER BY t.ts, l.user_id
    """).to_arrow_table()
    con.close()
    return validate(t, "events", Path(path).name).table


def shop_events(folder: Path) -> pa.Table:
    """A shop folder's events, validated against its catalog."""
    from .shop import find_file

    cat = load_table(find_file(folder, "catalog"), "catalog").table
    return load_table(find_file(folder, "events"), "events",
                      known_items=cat.column("item_id").to_pylist()).table


__all__ = ["CDNOW_MAP", "cdnow_events", "movielens_events", "movielens_catalog", "instacart_events",
           "shop_events"]
