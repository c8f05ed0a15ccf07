"""Loaders: every bad-input case gives a message naming file, row and column, or is quarantined."""

from __future__ import annotations

import json
from datetime import datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.data.loaders import Quarantine, load_catalog, load_table
from promo_llm.errors import DataError, UserError

EV_HEAD = "user_id,item_id,event_type,ts,price\n"
CAT = "item_id,title,category,price\nA,Tent,Camping,99\nB,Tea,Grocery,4.5\n"


def _w(tmp_path, name, text: str | bytes):
    p = tmp_path / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return p


BAD_EVENTS = [
    # (file body after the header, kind, expected message)
    ("u1,A,view,2026-01-01,1\nu1,A,view,yesterday,1\n", "ts",
     "events.csv, row 2, column 'ts': unparseable timestamp: 'yesterday'"),
    ("u1,A,view,2026-01-01,-3\n", "price", "events.csv, row 1, column 'price': negative price: -3"),
    ("u1,A,view,2026-01-01,abc\n", "price", "events.csv, row 1, column 'price': not a number: 'abc'"),
    ("u1,A,teleport,2026-01-01,1\n", "event_type",
     "events.csv, row 1, column 'event_type': unknown event type 'teleport' (expected one of view, cart"),
    ("u1,Z,view,2026-01-01,1\n", "item_id", "events.csv, row 1, column 'item_id': unknown item 'Z' (not in the catalog)"),
    (",A,view,2026-01-01,1\n", "user_id", "events.csv, row 1, column 'user_id': missing value"),
]


@pytest.mark.parametrize("body,column,message", BAD_EVENTS)
def test_bad_event_rows_are_errors_naming_file_row_and_column(tmp_path, body, column, message):
    p = _w(tmp_path, "events.csv", EV_HEAD + body)
    with pytest.raises(DataError) as e:
        load_table(p, "events", known_items=["A", "B"])
    assert str(e.value).startswith(message), str(e.value)
    assert e.value.column == column and e.value.file == "events.csv"


@pytest.mark.parametrize("body,column,message", BAD_EVENTS)
def test_bad_event_rows_go_to_quarantine_with_their_reason(tmp_path, body, column, message):
    p = _w(tmp_path, "events.csv", EV_HEAD + "u9,B,cart,2026-02-01,4.5\n" + body)
    q = Quarantine(tmp_path / "q.jsonl")
    loaded = load_table(p, "events", known_items=["A", "B"], quarantine=q)
    q.write()
    rows = [json.loads(x) for x in (tmp_path / "q.jsonl").read_text().splitlines()]
    n_bad = len(rows)
    assert n_bad >= 1 and all(r["column"] == column for r in rows)
    assert message.split(": ", 1)[1] in rows[-1]["reason"]
    assert rows[-1]["file"] == "events.csv" and rows[-1]["row"] == loaded.report.read
    r = loaded.report
    assert (r.read, r.kept, r.rejected) == (r.kept + n_bad, loaded.table.num_rows, n_bad)
    assert "u9" in loaded.table.column("user_id").to_pylist()
    assert f"rejected {n_bad}" in r.line()


def test_missing_required_column(tmp_path):
    p = _w(tmp_path, "events.csv", "user_id,item_id,ts\nu1,A,2026-01-01\n")
    with pytest.raises(DataError, match=r"events.csv, column 'event_type': missing required column "
                                        r"'event_type'; the file has: user_id, item_id, ts \(map one with --map"):
        load_table(p, "events")


def test_duplicate_catalog_ids(tmp_path):
    p = _w(tmp_path, "catalog.csv", CAT + "A,Tent again,Camping,89\n")
    with pytest.raises(DataError, match=r"catalog.csv, row 3, column 'item_id': duplicate item_id 'A' \(first at row 1\)"):
        load_catalog(p)
    q = Quarantine(None)
    assert set(load_catalog(p, quarantine=q)) == {"A", "B"} and q.rows[0]["row"] == 3


def test_negative_catalog_price(tmp_path):
    p = _w(tmp_path, "catalog.csv", CAT + "C,Mug,Kitchen,-1\n")
    with pytest.raises(DataError, match=r"catalog.csv, row 3, column 'price': negative price: -1"):
        load_catalog(p)


@pytest.mark.parametrize("text,message", [
    ("", "events.csv: file is empty"),
    (EV_HEAD, "events.csv: no data rows (only a header)"),
])
def test_empty_files(tmp_path, text, message):
    with pytest.raises(DataError) as e:
        load_table(_w(tmp_path, "events.csv", text), "events")
    assert str(e.value) == message


def test_non_utf8_bytes_are_located(tmp_path):
    body = EV_HEAD.encode() + b"u1,A,view,2026-01-01,1\nu2,B\xff\xfe,view,2026-01-01,1\n"
    p = _w(tmp_path, "events.csv", body)
    with pytest.raises(DataError, match=r"events.csv, row 2, column 'item_id': not valid UTF-8 \(byte 0xff\)"):
        load_table(p, "events")
    q = Quarantine(None)
    loaded = load_table(p, "events", quarantine=q)
    assert loaded.table.num_rows == 1 and q.rows[0]["row"] == 2 and "UTF-8" in q.rows[0]["reason"]


def test_timestamps_accept_dates_datetimes_epochs_and_compact_dates(tmp_path):
    p = _w(tmp_path, "events.csv", EV_HEAD + "u,A,view,2026-01-02,1\nu,A,view,2026-01-02T03:04:05,1\n"
           "u,A,view,2026-01-02 03:04:05+08:00,1\nu,A,view,1767323045,1\nu,A,view,20260102,1\n")
    ts = load_table(p, "events").table.column("ts").to_pylist()
    assert ts == [datetime(2026, 1, 2), datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 1, 1, 19, 4, 5),
                  datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 1, 2)]


def test_column_map_and_transaction_logs(tmp_path):
    p = _w(tmp_path, "orders.csv", "customer,when,amount\nc1,2026-01-01,10\nc1,2026-01-05,2.5\n")
    t = load_table(p, "events", column_map={"user_id": "customer", "ts": "when", "value": "amount"},
                   event_type="purchase").table
    assert t.column("event_type").to_pylist() == ["purchase"] * 2
    assert t.column("item_id").null_count == 2 and t.column("value").to_pylist() == [10.0, 2.5]
    with pytest.raises(DataError, match=r"column 'client' \(mapped to user_id\) not found"):
        load_table(p, "events", column_map={"user_id": "client"})


def test_event_aliases_and_other_formats(tmp_path):
    tbl = pa.table({"user_id": ["u", "u"], "item_id": ["A", "B"], "event_type": ["addtocart", "transaction"],
                    "ts": [datetime(2026, 1, 1), datetime(2026, 1, 2)]})
    pq.write_table(tbl, tmp_path / "e.parquet")
    (tmp_path / "e.jsonl").write_text("".join(json.dumps({**r, "ts": r["ts"].isoformat()}) + "\n" for r in tbl.to_pylist()))
    for name in ("e.parquet", "e.jsonl"):
        assert load_table(tmp_path / name, "events").table.column("event_type").to_pylist() == ["cart", "purchase"]


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="file not found"):
        load_table(tmp_path / "nope.csv", "events")


# --- through the command line: one line, exit 1; counts always printed -----------------------

def test_cli_bad_input_is_one_line_and_quarantine_keeps_going(tmp_path):
    ev = _w(tmp_path, "events.csv", EV_HEAD + "u1,A,purchase,2026-01-01,99\nu2,A,view,not-a-date,1\n"
            "u3,Z,view,2026-01-02,1\n")
    cat = _w(tmp_path, "catalog.csv", CAT)
    runner = CliRunner()
    args = ["profiles", "build", "--events", str(ev), "--catalog", str(cat), "--out", str(tmp_path / "p.jsonl")]
    r = runner.invoke(app, args)
    assert r.exit_code == 1
    assert "events.csv, row 2, column 'ts': unparseable timestamp: 'not-a-date'" in r.output
    assert "Traceback" not in r.output
    r = runner.invoke(app, args + ["--quarantine", str(tmp_path / "q.jsonl")])
    assert r.exit_code == 0, r.output
    assert "events events.csv: read 3 rows, kept 1, rejected 2" in r.output
    reasons = [json.loads(x)["reason"] for x in (tmp_path / "q.jsonl").read_text().splitlines()]
    assert reasons == ["unparseable timestamp: 'not-a-date' (expected an ISO date or datetime, or epoch seconds)",
                       "unknown item 'Z' (not in the catalog)"]
    rows = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert [(x["user_id"], x["frequency"], x["monetary"]) for x in rows] == [("u1", 1, 99.0)]


def test_cli_map_pair_matching_no_file_is_an_error(tmp_path):
    ev = _w(tmp_path, "events.csv", EV_HEAD + "u1,A,purchase,2026-01-01,99\n")
    r = CliRunner().invoke(app, ["profiles", "build", "--events", str(ev), "--out", str(tmp_path / "p.csv"),
                                 "--map", "user_id=customer"])
    assert r.exit_code == 1 and "--map user_id=customer: no input file has a column 'customer'" in r.output


def test_cli_profiles_show_and_target(tmp_path):
    ev = _w(tmp_path, "events.csv", EV_HEAD + "u1,A,purchase,2026-01-01,99\nu2,B,view,2026-01-02,4.5\n")
    out = tmp_path / "p.parquet"
    runner = CliRunner()
    assert runner.invoke(app, ["profiles", "build", "--events", str(ev), "--out", str(out)]).exit_code == 0
    r = runner.invoke(app, ["profiles", "show", "u1", "--profiles", str(out)])
    assert r.exit_code == 0 and "frequency: 1" in r.output and "monetary: 99.0" in r.output
    r = runner.invoke(app, ["profiles", "show", "nobody", "--profiles", str(out)])
    assert r.exit_code == 1 and "user 'nobody' not found" in r.output
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "events.csv").write_text(ev.read_text())
    (shop / "catalog.csv").write_text(CAT)
    r = runner.invoke(app, ["target", "--shop", str(shop), "--k", "1"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert {x["user_id"] for x in lines} == {"u1", "u2"} and all(len(x["items"]) == 1 for x in lines)
