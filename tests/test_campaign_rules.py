"""A campaign does what the marketer wrote: offer dates against the send date, how a campaign
discount composes with a sale, nobody-eligible messages, and where a bad key came from."""

import re
from datetime import date

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.config import CampaignConfig, from_dict
from promo_llm.errors import UserError
from promo_llm.generation import FakeGenerator
from promo_llm.offers import brief_offer, current_product
from promo_llm.pipeline import run_campaign
from promo_llm.records import Product

runner = CliRunner()
SALE = Product(item_id="P1", title="Oakridge Dumbbells", category="Fitness", price=11.99,
               list_price=15.99, discount_pct=25.0, promo_ends=date(2026, 12, 1))


def _cfg(**kw):
    return from_dict(CampaignConfig, {"name": "t", "send_date": "2026-11-16", **kw})


def _fail_if_model_loads(monkeypatch):
    from promo_llm import pipeline

    def boom(*a, **k):
        raise AssertionError("the model was loaded")
    monkeypatch.setattr(pipeline, "default_generator", boom)


def test_an_offer_that_ended_before_the_send_date_is_refused_before_any_model_loads(tmp_path, monkeypatch):
    _fail_if_model_loads(monkeypatch)
    camp = tmp_path / "c.yaml"
    camp.write_text("name: t\nsend_date: 2026-12-07\noffer: {discount_pct: 10, ends: 2026-11-30}\n")
    result = runner.invoke(app, ["generate", str(camp)])
    assert result.exit_code == 1
    assert "offer.ends: the offer ended on 2026-11-30, before the send date 2026-12-07" in result.output
    result = runner.invoke(app, ["generate", str(camp), "--set", "offer.ends=2025-01-01"])
    assert result.exit_code == 1 and "ended on 2025-01-01" in result.output


def test_a_products_own_promotion_that_ended_by_the_send_date_is_gone():
    assert current_product(SALE, date(2026, 12, 1)) == SALE
    gone = current_product(SALE, date(2026, 12, 2))
    assert gone.price == 15.99 and gone.discount_pct is None and gone.list_price is None
    product, offer = brief_offer(_cfg(), SALE, date(2026, 12, 6))
    assert offer.discount_pct is None and offer.ends is None and product.price == 15.99


def test_a_campaign_discount_is_taken_off_the_sale_price_which_becomes_the_reference():
    product, offer = brief_offer(_cfg(offer={"discount_pct": 15}), SALE, date(2026, 11, 16))
    assert offer.discount_pct == 15
    assert product.list_price == 11.99 and product.price == round(11.99 * 0.85, 2)
    # the stated percentage and the stated prices agree
    assert round((1 - product.price / product.list_price) * 100) == 15
    # the sale's own end date is not the campaign offer's end date
    assert offer.ends is None


def test_without_a_campaign_discount_the_products_own_promotion_is_the_offer():
    product, offer = brief_offer(_cfg(), SALE, date(2026, 11, 16))
    assert product == SALE and offer.discount_pct == 25 and offer.ends == date(2026, 12, 1)


def test_an_audience_filter_that_matches_no_one_names_the_filter(tmp_path, monkeypatch):
    _fail_if_model_loads(monkeypatch)
    with pytest.raises(UserError, match=r"0 users after the audience.interests \['no such thing'\] filter"):
        run_campaign(_cfg(audience={"interests": ["no such thing"]}), out_dir=tmp_path / "o", progress=False)


def test_no_consent_for_any_campaign_channel_is_said_before_any_model_loads(tmp_path, monkeypatch):
    _fail_if_model_loads(monkeypatch)
    from promo_llm import pipeline

    monkeypatch.setattr(pipeline, "choose_channel", lambda *a, **k: None)
    with pytest.raises(UserError, match=r"no brief to write: 30 users without consent for any campaign "
                                        r"channel \(of 30 users in the audience\)"):
        run_campaign(_cfg(max_users=30), out_dir=tmp_path / "o", progress=False)


def test_skipped_users_are_in_the_summary_line(tmp_path, monkeypatch):
    from promo_llm import pipeline

    real = pipeline.choose_channel
    calls = []

    def every_other(u, *a, **k):  # every second user has no consented channel
        calls.append(u.user_id)
        return None if len(calls) % 2 else real(u, *a, **k)
    monkeypatch.setattr(pipeline, "choose_channel", every_other)
    monkeypatch.setattr(pipeline, "default_generator",
                        lambda cfg, **kw: (FakeGenerator(["Take a look"]), {}))
    camp = tmp_path / "c.yaml"
    camp.write_text("name: t\nmax_users: 40\ncandidates: 1\nretries: 0\nsend_date: 2026-11-16\n")
    result = runner.invoke(app, ["generate", str(camp), "--out", str(tmp_path / "o")])
    assert "of 40 users" in result.output
    skipped = re.search(r"skipped: (\d+) users without consent for any campaign channel", result.output)
    assert skipped and int(skipped.group(1)) >= 20, result.output


@pytest.mark.parametrize("overrides,blame,message", [
    (["offer.discount_pct=99"], "--set offer.discount_pct=99", "offer.discount_pct: must be in (0, 90]"),
    (["audience.segments=[vips]"], "--set audience.segments=[vips]", "audience.segments: unknown segment"),
    ([], "c.yaml", "offer.discount_pct: must be in (0, 90], got 95.0"),
])
def test_a_bad_key_is_named_once_and_blamed_on_where_it_came_from(tmp_path, overrides, blame, message):
    camp = tmp_path / "c.yaml"
    camp.write_text("name: t\n" + ("offer: {discount_pct: 95}\n" if not overrides else ""))
    args = ["generate", str(camp)] + [x for o in overrides for x in ("--set", o)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert blame in result.output and message in result.output
    assert "offer.offer" not in result.output and "audience.audience" not in result.output


def test_usage_errors_and_nothing_passed_have_their_own_exit_codes(tmp_path):
    assert runner.invoke(app, ["generate", "--no-such-option"]).exit_code == 2
