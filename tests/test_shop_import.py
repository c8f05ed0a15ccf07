"""`promo-llm shop import` on a small synthetic export: every line kept or quarantined with its reason."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.shopimport.categories import derive_categories
from promo_llm.shopimport.names import clean_name

HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
LINES = [
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom",
    "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom",
    "536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17851,United Kingdom",
    "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom",
    "536368,22960,JAM MAKING SET WITH JARS,6,12/1/2010 8:34,4.25,13047,United Kingdom",
    "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,12/1/2010 9:41,2.55,17850,United Kingdom",  # cancellation
    "536380,22960,JAM MAKING SET WITH JARS,-1,12/2/2010 9:41,4.25,13047,United Kingdom",  # return, no C
    "536381,22633,HAND WARMER UNION JACK,6,12/2/2010 9:00,1.85,,United Kingdom",  # no customer
    "536382,POST,POSTAGE,3,12/2/2010 9:00,18.00,12583,France",  # adjustment: service code
    "536383,M,Manual,1,12/2/2010 9:00,0.85,12583,France",  # adjustment: service code
    "536384,23444,Next Day Carriage,1,12/2/2010 9:00,15.00,12583,France",  # adjustment: a note
    "536385,AMAZONFEE,AMAZON FEE,1,12/2/2010 9:00,13541.33,,United Kingdom",  # adjustment first
    "536386,22139,RETROSPOT TEA SET CERAMIC 11 PC,0,12/2/2010 9:00,4.95,17850,United Kingdom",  # qty 0
    "536387,22139,RETROSPOT TEA SET CERAMIC 11 PC,3,12/2/2010 9:00,0,17850,United Kingdom",  # price 0
    "536388,22139,RETROSPOT TEA SET CERAMIC 11 PC,3,12/2/2010 9:00,-4.95,17850,United Kingdom",  # negative
    "536389,22139,RETROSPOT TEA SET CERAMIC 11 PC,three,12/2/2010 9:00,4.95,17850,United Kingdom",  # bad qty
    "536390,22139,RETROSPOT TEA SET CERAMIC 11 PC,3,yesterday,4.95,17850,United Kingdom",  # bad date
    "536391,22139,RETROSPOT TEA SET CERAMIC 11 PC,3,12/3/2010 10:00,4.95,17850.0,United Kingdom",
    "536392,21705,BAG 500g SWIRLY MARBLES,12,12/3/2010 10:00,1.65,17851,United Kingdom",
]
EXPECTED = {"read": 19, "purchase": 7, "return": 2, "malformed": 3, "adjustment": 4, "no_customer": 1,
            "non_positive_price": 2}


def _export(tmp_path: Path) -> Path:
    p = tmp_path / "export.csv"
    p.write_text(HEADER + "\n".join(LINES) + "\n", encoding="utf-8")
    return p


def _import(tmp_path: Path, *extra: str):
    out = tmp_path / "shop"
    res = CliRunner().invoke(app, ["shop", "import", str(_export(tmp_path)), "--out", str(out), *extra])
    return res, out


def test_import_keeps_or_quarantines_every_line_with_its_reason(tmp_path):
    import pandas as pd

    res, out = _import(tmp_path, "--assume-consent", "email")
    assert res.exit_code == 0, res.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == EXPECTED
    assert sum(v for k, v in EXPECTED.items() if k != "read") == EXPECTED["read"]
    assert manifest["config"]["consent"] == {"source": "assumed by the operator", "channels": ["email"]}
    assert manifest["config"]["currency"] == "GBP" and manifest["config"]["locale"] == "en-GB"
    q = [json.loads(line) for line in (out / "quarantine.jsonl").read_text().splitlines()]
    assert len(q) == 10
    by_row = {r["row"]: r for r in q}
    assert by_row[8]["reason"] == "no_customer"
    assert {by_row[i]["reason"] for i in (9, 10, 11, 12)} == {"adjustment"}
    assert by_row[11]["column"] == "Description" and by_row[9]["column"] == "StockCode"
    assert by_row[13]["detail"] == "quantity is 0"
    assert by_row[16]["reason"] == by_row[17]["reason"] == "malformed"
    assert by_row[15]["reason"] == by_row[14]["reason"] == "non_positive_price"
    assert by_row[9]["record"]["StockCode"] == "POST"  # the raw line comes with its reason

    ev = pd.read_parquet(out / "events.parquet")
    assert sorted(ev.event_type.value_counts().items()) == [("purchase", 7), ("return", 2)]
    assert (ev.quantity > 0).all()
    assert "17850.0" not in set(ev.user_id) and "17850" in set(ev.user_id)
    # 8:26 London time in December is 8:26 UTC
    assert str(ev.ts.min()) == "2010-12-01 08:26:00"
    cat = pd.read_csv(out / "catalog.csv").set_index("item_id")
    assert cat.loc["85123A", "title"] == "White Hanging Heart T-Light Holder"
    assert cat.loc["21705", "title"] == "Bag 500g Swirly Marbles"
    assert set(cat.currency) == {"GBP"}
    assert "POST" not in cat.index and "23444" not in cat.index
    users = pd.read_csv(out / "users.csv")
    assert users.consent_email.all() and not users.consent_sms.any()
    assert set(users.locale) == {"en-GB"}


def test_import_loads_as_a_shop_with_profiles(tmp_path):
    from promo_llm.data.shop import load_shop

    res, out = _import(tmp_path, "--assume-consent", "email,push")
    assert res.exit_code == 0, res.output
    shop = load_shop(out)
    assert shop.profiles["17850"].frequency == 3  # three purchases; the cancellation is a return
    assert shop.profiles["17850"].monetary == pytest.approx(6 * 2.55 + 6 * 3.39 + 3 * 4.95)
    assert shop.profiles["17850"].consent["push"] is True
    assert shop.products["85123A"].currency == "GBP"


def test_import_requires_a_consent_source(tmp_path):
    res, out = _import(tmp_path)
    assert res.exit_code == 1
    assert "says nothing about consent" in res.output
    assert not (out / "events.parquet").exists()


def test_import_reads_a_consent_file(tmp_path):
    import pandas as pd

    consent = tmp_path / "consent.csv"
    consent.write_text("user_id,consent_email,consent_sms\n17850,true,false\n13047,false,true\n")
    res, out = _import(tmp_path, "--consent", str(consent))
    assert res.exit_code == 0, res.output
    users = pd.read_csv(out / "users.csv", dtype={"user_id": str}).set_index("user_id")
    assert users.loc["17850", "consent_email"] and not users.loc["17851", "consent_email"]
    assert users.loc["13047", "consent_sms"]
    m = json.loads((out / "manifest.json").read_text())
    assert m["config"]["consent"]["source"] == "file" and len(m["config"]["consent"]["sha256"]) == 64


def test_column_map_points_at_another_export(tmp_path):
    p = tmp_path / "other.csv"
    p.write_text("order,sku,name,qty,when,unit,customer\n"
                 "1,10001,RED MUG,2,2011-03-01 10:00,3.5,a1\n2,10002,BLUE MUG,1,2011-03-02 10:00,3.5,a2\n")
    cols = tmp_path / "columns.yaml"
    cols.write_text("columns: {order_id: order, item_id: sku, title: name, quantity: qty, ts: when,\n"
                    "          price: unit, user_id: customer, country: null}\ndate_format: null\n")
    out = tmp_path / "shop"
    res = CliRunner().invoke(app, ["shop", "import", str(p), "--out", str(out), "--columns", str(cols),
                                   "--assume-consent", "email"])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "manifest.json").read_text())["counts"]["purchase"] == 2
    bad = CliRunner().invoke(app, ["shop", "import", str(p), "--out", str(out), "--assume-consent", "email"])
    assert bad.exit_code == 1 and "InvoiceNo" in bad.output and "--map" in bad.output


@pytest.mark.parametrize("raw, clean", [
    ("WHITE HANGING HEART T-LIGHT HOLDER", "White Hanging Heart T-Light Holder"),
    ("POLYESTER FILLER PAD 60x40cm", "Polyester Filler Pad 60x40cm"),
    ("ESSENTIAL BALM 3.5g TIN IN ENVELOPE", "Essential Balm 3.5g Tin in Envelope"),
    ("FAIRY CAKES NOTEBOOK A6 SIZE", "Fairy Cakes Notebook A6 Size"),
    ("SET OF 3 CAKE TINS PANTRY DESIGN ", "Set of 3 Cake Tins Pantry Design"),
    ("CHILDREN'S APRON DOLLY GIRL", "Children's Apron Dolly Girl"),
    ("LED TEA LIGHTS", "LED Tea Lights"),
    ("FOLK ART GREETING CARD,pack/12", "Folk Art Greeting Card, Pack/12"),
    ("  JUMBO  BAG RED RETROSPOT", "Jumbo Bag Red Retrospot"),
    ("Boombox Ipod Classic", "Boombox Ipod Classic"),
])
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_categories_are_deterministic_and_named_by_head_nouns():
    kinds = ["Holder", "Bag", "Mug"]
    names = {}
    for i in range(60):
        kind = kinds[i % 3]
        names[f"{i:05d}"] = f"{['Red', 'Blue', 'Pink', 'Green'][i % 4]} {['Heart', 'Star', 'Bird'][i % 5 % 3]} {kind}"
    names["99999"] = "Lunch Bag Red Retrospot"
    names["99998"] = "Hot Water Bottle Union Jack"  # no named kind: its nearest names decide, or Other
    cats = derive_categories(names)
    assert cats["00000"] == "Holders" and cats["00001"] == "Bags" and cats["00002"] == "Mugs"
    assert cats["99999"] == "Bags"
    shuffled = list(names.items())
    random.Random(3).shuffle(shuffled)
    assert derive_categories(dict(shuffled)) == cats
