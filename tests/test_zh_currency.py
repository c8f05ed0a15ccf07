"""A Chinese campaign on the sample shop quotes the shop's CNY prices: catalog and price history
carry them (list price x 7.2 to a whole yuan ending in 9; other prices at the same ratio), briefs,
prompts and copy quote ¥, and the guardrails hold ¥ figures against the CNY record and block $."""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pytest

from promo_llm.data.sample_shop import END_DATE, yuan_list_price, yuan_prices
from promo_llm.generation import FakeGenerator
from shop_fixture import shop, shop_dir  # noqa: F401  (fixtures)
from test_pipeline import cfg, grounded_copy


def test_the_yuan_rule():
    assert list(yuan_list_price(np.array([46.99, 11.99, 0.99, 98.99]))) == [339, 89, 9, 709]
    # a sale keeps its ratio to the list price, in whole yuan; the list price maps to itself
    assert list(yuan_prices(np.array([98.99, 79.19]), np.array([98.99, 98.99]))) == [709, 567]


def test_the_chinese_market_is_priced_in_cny_consistently(shop):
    for p in shop.products.values():
        z = p.priced_for("zh-CN")
        assert z.currency == "CNY" and p.currency == "USD"
        assert z.list_price == yuan_list_price(np.array([p.list_price]))[0] and z.list_price % 10 == 9
        assert 5 < z.price / p.price < 9.5 and z.price == int(z.price)
        # the USD discount, to the whole yuan (the USD discount is itself rounded to 0.1%)
        assert abs(z.price - z.list_price * (1 - (p.discount_pct or 0) / 100)) <= 0.5 + z.list_price * 5e-4
        assert (z.discount_pct or 0) == pytest.approx(100 * (1 - z.price / z.list_price), abs=0.05)
        hist = shop.history_for(p.item_id, "zh-CN")
        assert hist[-1] == (END_DATE, z.price)
        # the CNY history moves on the same days as the USD one
        usd = shop.history_for(p.item_id, "en-US")
        assert [d for d, _ in hist] == [d for d, _ in usd]
        assert [a < b for (_, a), (_, b) in zip(hist, hist[1:])] == [a < b for (_, a), (_, b) in zip(usd, usd[1:])]
    assert shop.product_for("P0001", "en-US") is shop.products["P0001"]


def test_a_zh_campaign_quotes_cny_in_facts_prompts_and_copy(tmp_path, shop_dir):
    prompts = []

    def write(prompt, i):
        prompts.append(prompt)
        return grounded_copy(prompt, i)

    res = run(cfg(locale="zh-CN", brand_signature="优选", max_users=12, shop=str(shop_dir)),
              FakeGenerator(fn=write), tmp_path)
    assert res.n_copies > 0 and prompts
    for p in prompts:
        price = re.search(r"价格[:：]\s*([^\s（(]+)", p.text).group(1)
        assert price.startswith("¥") and "$" not in p.text, p.text
    for brief, _hour, scored in res.scored:
        assert brief.product.currency == "CNY"
        from promo_llm.facts import facts_for

        assert facts_for(brief).currency == "CNY" and facts_for(brief).price == brief.product.price
    for row in res.copies:
        assert "¥" in row["copy"] and "$" not in row["copy"]


def test_dollar_figures_in_zh_copy_for_a_cny_shop_are_blocked(shop):
    from promo_llm.guardrails import Guardrails
    from promo_llm.offers import brief_offer
    from promo_llm.records import Brief, UserProfile
    from test_pipeline import cfg as campaign

    item = next(i for i, p in shop.products.items() if not p.discount_pct and p.stock)
    send = END_DATE + timedelta(days=1)
    product, offer = brief_offer(campaign(locale="zh-CN"), shop.product_for(item, "zh-CN"), send)
    brief = Brief(brief_id="b", user=UserProfile(user_id="u", locale="zh-CN"), product=product,
                  channel="push", locale="zh-CN", tone="friendly", offer=offer, campaign="t")
    guard = Guardrails.load(today=send)
    history = shop.history_for(item, "zh-CN")
    title = product.localized("zh-CN").title
    yuan = f"{product.price:g}"
    usd = f"{shop.products[item].price:g}"
    ok = guard.check(f"{title}\n现价¥{yuan}，点击查看。", brief, price_history=history)
    assert ok.passed, ok.violations
    for bad in (f"{title}\n现价${usd}，点击查看。", f"{title}\n现价${yuan}，点击查看。",
                f"{title}\n现价¥{usd}，点击查看。"):
        v = guard.check(bad, brief, price_history=history)
        assert not v.passed and "grounding_price" in v.rule_ids, bad


def run(c, gen, tmp_path):
    from promo_llm.pipeline import run_campaign

    return run_campaign(c, generator=gen, out_dir=tmp_path / "o", progress=False)
