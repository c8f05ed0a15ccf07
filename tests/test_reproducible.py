"""The same inputs give the same profiles, briefs, prompts, lexicon and verdicts in every process.

Python randomises string hashing per process (PYTHONHASHSEED), so anything that reaches an output
through the order of a set of strings differs from one run to the next; so does anything that
leans on the row order a parallel query hands back. `snapshot` writes what a run derives before
any model is involved; the test runs it in processes with different hash seeds and compares the
bytes. A user whose interests tie (seven categories of equal weight, more than the five a profile
keeps) pins the documented tie-break: the larger weight first, then the name.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
from shop_fixture import shop_dir  # noqa: F401  (fixture)

REPO = Path(__file__).resolve().parents[1]

TIED = ("Mugs", "Vases", "Bowls", "Lamps", "Aprons", "Jars", "Candles")
"""Categories in catalog order (not name order); user u1 views one item of each at one instant."""
TIED_BRANDS = ("Nordby", "Alder", "Kestrel", "Birch", "Copse", "Moss", "Fenwick")
FILLER_ITEMS = 3000
"""Items nobody tied views, in 40 more categories: enough rows for the catalog's price-rank query
to run in parallel, whose output order then varies with the thread schedule."""


def tie_shop() -> tuple[pa.Table, pa.Table, pa.Table]:
    """(events, catalog, users): u1's categories, brands and channels all tie; u2 has a clear
    order (two views of Vases, one of Mugs)."""
    n = len(TIED)
    ids = [f"t{k}" for k in range(n)] + [f"f{k}" for k in range(FILLER_ITEMS)]
    cats = list(TIED) + [f"Filler {k % 40:02d}" for k in range(FILLER_ITEMS)]
    brands = list(TIED_BRANDS) + [f"Maker {k % 17}" for k in range(FILLER_ITEMS)]
    prices = [10.0 + k for k in range(n)] + [float(5 + k % 90) for k in range(FILLER_ITEMS)]
    catalog = pa.table({"item_id": ids, "title": [f"Item {i}" for i in ids], "category": cats,
                        "brand": brands, "price": prices})
    t0 = datetime(2026, 3, 2, 9)
    rows = [("u1", f"t{k}", ("web", "app", "email", "web", "app", "email", None)[k]) for k in range(n)]
    rows += [("u2", "t1", "app"), ("u2", "t0", "web"), ("u2", "t1", "app")]
    rows += [(f"u{3 + k % 50}", f"f{k}", "web") for k in range(0, FILLER_ITEMS, 7)]
    events = pa.table({"user_id": [r[0] for r in rows], "item_id": [r[1] for r in rows],
                       "event_type": ["view"] * len(rows), "ts": pa.array([t0] * len(rows), pa.timestamp("us")),
                       "channel": [r[2] for r in rows]})
    users = pa.table({"user_id": ["u1", "u2"], "timezone": ["Europe/London", "UTC"]})
    return events, catalog, users


def _campaign_briefs(shop, folder: Path, locale: str, channels: list[str]) -> dict:
    """A small campaign on the sample shop: delivery choices, prompts and verdicts on a few copies
    that echo the user's interests, misspell the brand and claim a 'was' price."""
    from promo_llm.audience import count_audience
    from promo_llm.config import CampaignConfig, from_dict
    from promo_llm.guardrails.lexicon import catalog_lexicon
    from promo_llm.pipeline import build_briefs, campaign_guardrails
    from promo_llm.prompting import render_prompt

    cfg = from_dict(CampaignConfig, {"name": f"repro-{locale}", "locale": locale, "channels": channels,
                                     "max_users": 24, "seed": 11, "send_date": "2026-11-16",
                                     "shop": str(folder)})
    users, left_out = count_audience(cfg, shop.profiles)
    briefs, plan, skipped = build_briefs(cfg, users, shop, cfg.send_date)
    lexicon = catalog_lexicon(shop.products.values())
    guard = campaign_guardrails(cfg, cfg.send_date, tuple(shop.products.values()))
    out = []
    for b in briefs:
        p = render_prompt(b, None, lexicon=lexicon)
        title, brand = b.product.title, b.product.brand or "Acme"
        interests = [c for c, _ in b.user.top_categories]
        copies = [f"{title}: for fans of {', '.join(interests) or 'gifts'}!",
                  f"New from {brand[:-1] + brand[-1] * 2 + 'a'}: {title}.",
                  f"Was 999, now {title}. 原价999元 {title}"]
        verdicts = [[v.outcome, [dataclasses.asdict(x) for x in v.violations]]
                    for v in (guard.check(c, b, price_history=shop.history_for(b.product.item_id, b.locale))
                              for c in copies)]
        c = plan.choices[b.user.user_id]
        out.append({"brief": b.brief_id, "arm": c.arm_name, "propensity": c.propensity, "context": c.context,
                    "prompt": p.text, "avoid": p.avoid_words, "numbers": p.numbers, "names": p.names,
                    "verdicts": verdicts})
    (latin, cjk), canon, exceptions, first = lexicon
    return {"briefs": out, "skipped": skipped, "left_out": left_out,
            "lexicon": {"latin": latin.pattern if latin else None, "cjk": cjk.pattern if cjk else None,
                        "canon": [[k, sorted(v)] for k, v in dict.items(canon)],
                        "exceptions": exceptions.pattern if exceptions else None, "first": sorted(first)}}


def snapshot(folder: str | Path) -> str:
    """What a run derives from its inputs before any model: the tie shop's profiles and product
    features, and a small campaign's briefs in English and Chinese on the sample shop (JSON)."""
    from promo_llm.data.shop import load_shop
    from promo_llm.profiles import _jsonable, build_profiles

    events, catalog, users = tie_shop()
    t = build_profiles(events, catalog, users)
    shop = load_shop(folder)
    return json.dumps({"profiles": _jsonable(t.users.to_pylist()), "products": _jsonable(t.products.to_pylist()),
                       "en": _campaign_briefs(shop, Path(folder), "en-US", ["push", "sms", "email_subject"]),
                       "zh": _campaign_briefs(shop, Path(folder), "zh-CN", ["push", "sms"])},
                      ensure_ascii=False, sort_keys=True, default=str)


def _in_process(seed: int, folder: Path, out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'tests'}",
               HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    code = ("import sys, pathlib; from test_reproducible import snapshot; "
            "pathlib.Path(sys.argv[2]).write_text(snapshot(sys.argv[1]), encoding='utf-8')")
    return subprocess.Popen([sys.executable, "-c", code, str(folder), str(out)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _tied_lists(rows: list[dict]) -> dict[str, list]:
    u = {r["user_id"]: r for r in rows}
    return {"u1_categories": [c["name"] for c in u["u1"]["top_categories"]],
            "u1_brands": [b["name"] for b in u["u1"]["top_brands"]],
            "u1_channels": [c["name"] for c in u["u1"]["channel_share"]],
            "u2_categories": [c["name"] for c in u["u2"]["top_categories"]]}


WANT = {"u1_categories": sorted(TIED)[:5], "u1_brands": sorted(TIED_BRANDS)[:5],
        "u1_channels": ["app", "email", "web"], "u2_categories": ["Vases", "Mugs"]}
"""Equal weights in name order (code point order), after the larger weight."""


def test_profiles_briefs_and_lexicon_are_byte_identical_across_hash_seeds(shop_dir, tmp_path):  # noqa: F811
    here = snapshot(shop_dir)  # this process's own hash seed; also compiles the kernels for the others
    procs = {s: _in_process(s, shop_dir, tmp_path / f"seed{s}.json") for s in (0, 1, 2)}
    for s, p in procs.items():
        log = p.communicate(timeout=240)[0].decode(errors="replace")
        assert p.returncode == 0, f"PYTHONHASHSEED={s}: {log[-2000:]}"
    texts = {s: (tmp_path / f"seed{s}.json").read_bytes() for s in procs}
    assert texts[1] == texts[0] and texts[2] == texts[0]
    data = json.loads(texts[0])
    assert _tied_lists(data["profiles"]) == WANT
    assert len(data["en"]["briefs"]) >= 10 and len(data["zh"]["briefs"]) >= 5
    verdicts = [v for lang in ("en", "zh") for b in data[lang]["briefs"] for v in b["verdicts"]]
    assert {x["rule"] for _, vs in verdicts for x in vs} >= {"interest_echo", "misspelled_name"}
    assert here.encode() == texts[0]


def test_equal_weights_list_names_in_name_order_whatever_the_row_order():
    from promo_llm.profiles import build_profiles

    events, catalog, users = tie_shop()
    shuffled = catalog.take(pa.array(np.random.default_rng(4).permutation(catalog.num_rows)))
    reversed_events = events.take(pa.array(np.arange(events.num_rows)[::-1]))
    runs = [build_profiles(events, catalog, users, threads=2),
            build_profiles(events, shuffled, users, threads=1),
            build_profiles(reversed_events, catalog.take(pa.array(np.arange(catalog.num_rows)[::-1])), users,
                           threads=2)]
    for t in runs:
        assert _tied_lists(t.users.to_pylist()) == WANT
        assert t.users.equals(runs[0].users) and t.products.equals(runs[0].products)
    u1 = next(r for r in runs[0].users.to_pylist() if r["user_id"] == "u1")
    assert [c["weight"] for c in u1["top_categories"]] == [round(1 / len(TIED), 4)] * 5
