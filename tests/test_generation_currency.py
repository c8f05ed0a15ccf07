"""The shop's currency while decoding (`SamplingConfig.ground_numbers`): a foreign sign's
probability goes to the prompt's own sign, and an amount the prompt writes only as money is never
begun without that sign. On a tiny model whose tokenizer knows '$', '£' and '€', and (slow) on the
real default tokenizer."""

from __future__ import annotations

import re

import pytest
import torch

import conftest
from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator, SamplingConfig
from promo_llm.generation.constraints import CurrencyRule, NumberSet, money_split, number_forms
from promo_llm.generation.engine.vocab import TokenFacts
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile

MONEY_LINES = [
    "The Lunch Bag is now £1.65 (was £2.10). Spotty Bunting £4.95, two for £9.90.",
    "Tea towels from £2.55, a set of 3 jars £12.75. Free delivery over £60.",
    "Das Set kostet jetzt €12.50 statt €15, nur €9.99 im Angebot. Ab €25 versandkostenfrei.",
    "Lunch box now $1.65, was $2.10. Save $0.45 today, bundles from $9.90.",
]


@pytest.fixture(scope="module")
def money_model(tmp_path_factory):
    """A tiny Llama whose tokenizer has ' $', ' £' and ' €' as tokens (the shared tiny corpus plus
    a few priced lines)."""
    from promo_llm.models import load_model

    base = conftest._corpus

    def corpus():
        return base() + MONEY_LINES * 8

    conftest._corpus = corpus
    try:
        path = conftest.build_tiny_model(tmp_path_factory.mktemp("money-llama"), vocab_size=900)
    finally:
        conftest._corpus = base
    return load_model(str(path))


def facts_of(tok) -> TokenFacts:
    class Facts(TokenFacts):
        tokenizer = tok

    facts = Facts()
    facts._init_token_facts()
    return facts


def one_token(tok, text: str) -> int:
    ids = tok(text, add_special_tokens=False)["input_ids"]
    assert len(ids) == 1, f"{text!r} is {len(ids)} tokens in this tokenizer"
    return ids[0]


def gbp_briefs(n: int, price: float = 1.65) -> list[Brief]:
    return [Brief(brief_id=f"u{i}:p{i}:email_subject", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Lunch Bag {i}", category="Bags", price=price,
                                  currency="GBP"),
                  channel="email_subject", locale="en-GB", offer=Offer())
            for i in range(n)]


def test_money_and_plain_figures_of_a_prompt():
    money, plain = money_split("Product: Set of 3 Jars\nPrice: £1,200.50\nOffer: save € 5, ends Dec 5")
    assert money == number_forms("1200.50") | number_forms("5") == {"1200.50", "1200.5", "5", "5.00"}
    assert plain == {"3", "3.00", "5", "5.00"}  # 'Dec 5' is a plain figure


def test_numbers_after_the_sign_are_money_and_without_it_never_money_only():
    rule = CurrencyRule(money=frozenset({"1.65", "3.20", "3", "5"}), plain=frozenset({"3.20"}),
                        signs=frozenset({7}))
    allowed = NumberSet(["1.65", "3.20", "5", "20"], rule)
    assert allowed.for_row(True).whole == {"1.65", "3.20", "5"}
    # '1.65' is written only as money; '3.20' also as a plain figure; a whole '5' may stand alone
    assert allowed.for_row(False).whole == {"3.20", "5", "20"}
    assert NumberSet(["1.65"]).for_row(False).whole == {"1.65"}  # no rule: as before
    unsigned = CurrencyRule(money=frozenset({"1.65"}), plain=frozenset(), signs=frozenset())
    assert NumberSet(["1.65"], unsigned).for_row(False).whole == {"1.65"}  # no one-token sign: free


def test_a_foreign_sign_token_has_its_twin_with_the_prompts_sign(money_model):
    _, tok = money_model
    facts = facts_of(tok)
    dollar, pound, euro = (one_token(tok, s) for s in (" $", " £", " €"))
    rule = facts._currency_rule("Price: £1.65, Set of 3")
    assert pound in rule.signs and dollar not in rule.signs
    moves = dict(zip(*rule.moves))
    assert moves[dollar] == pound and moves[euro] == pound
    assert all("£" in tok.decode([b]) and "£" not in tok.decode([a]) for a, b in moves.items())
    assert rule.money == {"1.65"} and rule.plain == {"3", "3.00"}
    assert dict(zip(*facts._currency_rule("Preis: €12.50").moves))[dollar] == euro
    # two signs in one prompt: which one a '$' stands for is unknown, so it is only masked
    assert facts._currency_rule("Price: £1.65 or €2").moves == ((), ())


@pytest.fixture()
def dollar_loving_model(money_model):
    """The money model with ' $' made the argmax except right after a currency sign or a digit,
    and the digits favoured (hooks on the model's input and its output layer)."""
    model, tok = money_model
    dollar = one_token(tok, " $")
    digits = [i for t, i in tok.get_vocab().items() if t.lstrip("Ġ").isdigit()] + [tok.convert_tokens_to_ids(".")]
    after = torch.tensor([any(ch in "$£€0123456789." for ch in tok.decode([i])) for i in range(len(tok))])
    last = {}

    def remember(module, args, kwargs):
        last["ids"] = kwargs["input_ids"][:, -1]

    def favour(module, inputs, output):
        output = output.clone()
        output[..., digits] += 4.0
        want = ~after[last["ids"].cpu()]
        output[want, ..., dollar] = output.max() + 6.0
        return output

    handles = [model.register_forward_pre_hook(remember, with_kwargs=True),
               model.get_output_embeddings().register_forward_hook(favour)]
    yield model, tok
    for h in handles:
        h.remove()


def subjects(model, tok, bs, sampling=SamplingConfig()):
    gen = HFGenerator(model, tok, progress=False)
    out = gen.generate([render_prompt(b, tok) for b in bs], [channel_spec(b.channel, b.locale) for b in bs],
                       4, 3, sampling)
    return [c.text for cs in out for c in cs]


def test_where_the_model_wants_a_dollar_it_writes_the_shops_pound(dollar_loving_model, monkeypatch):
    """Prompts priced in pounds: the '$' the model wants becomes '£', followed by the price; with
    the sign only masked (no twins) the model writes no sign at all where it wanted one."""
    model, tok = dollar_loving_model
    bs = gbp_briefs(4)
    moved = subjects(model, tok, bs)
    assert not any("$" in t for t in moved)
    assert sum(t.count("£") for t in moved) >= len(moved)  # at least one sign per copy on average
    assert any("£1.65" in t for t in moved)
    monkeypatch.setattr(TokenFacts, "_sign_twins", lambda self, own: ((), ()))
    masked = subjects(model, tok, bs)
    assert not any("$" in t for t in masked)
    assert sum(t.count("£") for t in masked) < sum(t.count("£") for t in moved) / 4


def test_a_price_is_never_written_without_its_sign(dollar_loving_model, monkeypatch):
    """However much the model wants digits, the price (written only as money in the prompt)
    appears only right after '£'. Before (the foreign sign only masked, numbers held to the
    record's but free of the sign), the same model wrote it bare."""
    model, tok = dollar_loving_model
    bs = gbp_briefs(6)
    texts = subjects(model, tok, bs)
    bare = re.compile(r"(?<![£\d.])1\.65")
    assert any("£1.65" in t for t in texts)
    assert not any(bare.search(t) for t in texts)
    monkeypatch.setattr(TokenFacts, "_currency_rule", lambda self, text: None)
    before = subjects(model, tok, bs)
    assert sum(len(bare.findall(t)) for t in before) >= len(before) / 2


@pytest.mark.slow
def test_the_real_tokenizer_writes_pounds_and_euros_as_one_token_twins():
    """SmolLM2's tokenizer: ' £' and ' €' are single tokens, twins of ' $'; '¥' is two byte
    tokens, so a yuan prompt only masks the other signs."""
    from transformers import AutoTokenizer

    from promo_llm.models import DEFAULT_MODEL, pull_model

    tok = AutoTokenizer.from_pretrained(str(pull_model(DEFAULT_MODEL)))
    facts = facts_of(tok)
    dollar, pound, euro = (one_token(tok, s) for s in (" $", " £", " €"))
    moves = dict(zip(*facts._currency_rule("Price: £1.65").moves))
    assert moves[dollar] == pound and moves[one_token(tok, "$")] == one_token(tok, "£")
    assert dict(zip(*facts._currency_rule("Preis: €12.50").moves))[dollar] == euro
    assert pound in facts._currency_rule("Price: £1.65").signs
    assert set(moves) <= set(facts._foreign_currency_tokens("Price: £1.65"))
    # '¥' is two byte tokens here: no twin, no sign token, so a yuan price is not held to a sign
    yuan = facts._currency_rule("价格：¥299.50")
    assert len(tok("¥", add_special_tokens=False)["input_ids"]) == 2
    assert yuan.moves == ((), ()) and not yuan.signs
    assert NumberSet(["299.50"], yuan).for_row(False).whole == {"299.50"}
