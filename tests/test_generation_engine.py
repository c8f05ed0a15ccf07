"""The HF engine's invariants on the tiny model: batch independence, early stop, sampling rules.

And the vLLM backend's wiring, against a fake `vllm` module (no GPU, no vllm install needed).
"""

import dataclasses
import math
import re
import sys
import types
import unicodedata

import pytest
import torch

from promo_llm.channels import channel_spec
from promo_llm.errors import UserError
from promo_llm.generation import (MIN_LINE, HFGenerator, SamplingConfig, clean_copy, copy_complete, make_generator,
                                  overflows, resolve_dtype, row_seed)
from promo_llm.generation import runtime
from promo_llm.generation.engine import attention, cache
from promo_llm.generation.engine import batch as engine_batch
from promo_llm.generation.engine import loop as engine_loop
from promo_llm.generation.engine.picking import nucleus_pick
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile

CHANNELS = ("push", "sms", "email_subject", "social", "email_body", "push")


def briefs(n=6):
    return [Brief(brief_id=f"u{i}:p{i}:{CHANNELS[i % len(CHANNELS)]}", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Item {i} " + "long " * (i % 3), category="Gear",
                                  price=20 + i, brand="Alpina"),
                  channel=CHANNELS[i % len(CHANNELS)], locale="en-US", offer=Offer())
            for i in range(n)]


def texts(tiny_model, bs, *, n=2, seed=3, max_rows=64, sampling=SamplingConfig(), share_prefix=True):
    model, tok = tiny_model
    gen = HFGenerator(model, tok, max_rows=max_rows, share_prefix=share_prefix, progress=False)
    out = gen.generate([render_prompt(b, tok) for b in bs],
                       [channel_spec(b.channel, b.locale) for b in bs], n, seed, sampling)
    return {cs[0].brief_id: [(c.text, c.n_tokens) for c in cs] for cs in out}


def test_a_briefs_candidates_do_not_depend_on_the_rest_of_the_batch(tiny_model):
    """What --shard relies on: same brief, same seed -> same candidates, whatever else runs."""
    bs = briefs(6)
    together = texts(tiny_model, bs)
    reversed_ = texts(tiny_model, bs[::-1])
    narrow = texts(tiny_model, bs, max_rows=4)  # 2 briefs at a time: refills and merges
    subset = texts(tiny_model, bs[1::2])
    assert together == reversed_ == narrow
    assert subset == {k: together[k] for k in subset}


@pytest.mark.parametrize("long_tail,longest_first,budget_first,share_prompts,exercised", [
    (0, True, False, False, ("place", "trim")),
    (0, False, False, False, ("place",)),  # refills fit free rows: columns stay in use
    (60, False, False, False, ("place", "shift")),
    (0, True, False, True, ("place", "release")),
    (60, False, False, True, ("place", "release")),
    (0, True, True, True, ("place", "release"))])
def test_refilling_free_rows_does_not_change_the_output(tiny_model, monkeypatch, long_tail, longest_first,
                                                        budget_first, share_prompts, exercised):
    """Briefs of very different prompt lengths through a narrow batch: new briefs are written
    into finished rows (whole briefs, as many as fit), unused leading columns are
    dropped, or (a much longer prompt queued late: shortest first here, a retry of a long brief in
    practice; by prompt length only, or largest channel budget first as the engine runs) the cache is shifted right; with prompts kept once per brief, the prompt store's
    slots of finished briefs are given to new ones (and the store grows wider for a longer
    prompt); no candidate changes."""
    monkeypatch.setattr(engine_loop.DecodeLoop, "longest_first", longest_first)
    monkeypatch.setattr(engine_loop.DecodeLoop, "budget_first", budget_first)
    monkeypatch.setattr(engine_loop.DecodeLoop, "share_prompts", share_prompts)
    bs = [dataclasses.replace(b, product=dataclasses.replace(
        b.product, title=b.product.title + " extra" * (i // 2 + long_tail * (i >= 36)))) for i, b in enumerate(briefs(40))]
    wide = texts(tiny_model, bs, n=3, max_rows=256)
    calls = {"place": 0, "shift": 0, "trim": 0, "merge": 0}
    for name in calls:
        real = getattr(engine_batch.Batch, name)

        def spy(self, *args, _real=real, _name=name):
            cols = self.slab.cols
            out = _real(self, *args)
            if _name != "trim" or self.slab.cols != cols:  # count a trim only when it dropped columns
                calls[_name] += 1
            return out
        monkeypatch.setattr(engine_batch.Batch, name, spy)
    calls["release"] = 0
    real_release = cache.PromptStore.release

    def release(self, slot):
        calls["release"] += 1
        return real_release(self, slot)
    monkeypatch.setattr(cache.PromptStore, "release", release)
    # 64 rows: refills of whole briefs once 8 rows are free, into the batch's finished rows
    narrow = texts(tiny_model, bs, n=3, max_rows=64)
    assert narrow == wide
    if share_prompts:  # and the same as rows that hold their own prompt
        monkeypatch.setattr(engine_loop.DecodeLoop, "share_prompts", False)
        assert texts(tiny_model, bs, n=3, max_rows=64) == narrow
    assert all(calls[name] for name in exercised), calls


def test_briefs_with_the_largest_budget_enter_the_batch_first(tiny_model, monkeypatch):
    """So the batch drains on short rows: SMS and email bodies are prefilled before subject lines."""
    entered = []
    real = engine_loop.DecodeLoop._prefill

    def spy(self, group, *args):
        entered.extend(self.budgets[self.origin[e]] for e in group)
        return real(self, group, *args)
    monkeypatch.setattr(engine_loop.DecodeLoop, "_prefill", spy)
    texts(tiny_model, briefs(24), n=2, max_rows=16)  # 8 briefs per batch: several refills
    assert len(entered) == 24 and len(set(entered)) > 2
    assert entered == sorted(entered, reverse=True)


def test_shared_prefix_does_not_change_the_output(tiny_model, monkeypatch):
    """On CPU the shared prefix is cascaded: one-token steps attend to it once for all rows, and
    to each brief's own prompt once for its N rows, and merge by log-sum-exp; the output equals
    attention over every row's full prompt."""
    bs = briefs(4)
    greedy = SamplingConfig(do_sample=False)
    plain = texts(tiny_model, bs, sampling=greedy, share_prefix=False)
    calls = []
    real = attention._cascade_attention

    def spy(*a):
        calls.append(attention.CASCADE.prompts is not None)
        return real(*a)
    monkeypatch.setattr(attention, "_cascade_attention", spy)
    assert texts(tiny_model, bs, sampling=greedy) == plain
    assert calls and all(calls)  # the cascade ran, with the prompt store
    sampled = texts(tiny_model, bs, sampling=SamplingConfig(temperature=1.0))
    assert sampled == texts(tiny_model, bs, sampling=SamplingConfig(temperature=1.0), share_prefix=False)


def test_greedy_with_repetition_penalty_matches_generate(tiny_model):
    """The engine's penalty and stopping follow transformers' generate exactly (one prompt at a time)."""
    model, tok = tiny_model
    sampling = SamplingConfig(do_sample=False, repetition_penalty=1.3, hold_eos=False, ground_numbers=False)
    bs = briefs(4)
    got = texts(tiny_model, bs, n=1, sampling=sampling)
    for b in bs:
        spec = channel_spec(b.channel, b.locale)
        ids = tok(render_prompt(b, tok).text, add_special_tokens=False, return_tensors="pt")
        with torch.inference_mode():
            out = model.generate(**ids, max_new_tokens=spec.max_new_tokens, do_sample=False,
                                 repetition_penalty=1.3, pad_token_id=tok.pad_token_id,
                                 eos_token_id=tok.eos_token_id)
        new = out[0, ids["input_ids"].shape[1]:].tolist()
        if tok.eos_token_id in new:
            new = new[: new.index(tok.eos_token_id)]
        assert got[b.brief_id][0][0] == clean_copy(tok.decode(new, skip_special_tokens=True), spec)


def test_penalty_without_the_prompt_counts_only_what_the_row_wrote(tiny_model):
    """`penalize_prompt=False`: greedy output equals generate with a penalty on the generated
    tokens and the prompt's first id only (the campaign setting: the record's words stay free)."""
    from transformers import LogitsProcessorList

    model, tok = tiny_model
    plain = dict(do_sample=False, repetition_penalty=3.0, hold_eos=False, ground_numbers=False,
                 ground_names=False, ground_attributes=False, no_hashtags=False, rewind=0.0,
                 length_pressure=0.0)
    sampling = SamplingConfig(penalize_prompt=False, **plain)
    bs = briefs(4)
    got = texts(tiny_model, bs, n=1, sampling=sampling)
    with_prompt = texts(tiny_model, bs, n=1, sampling=SamplingConfig(**plain))
    differs = 0
    for b in bs:
        spec = channel_spec(b.channel, b.locale)
        ids = tok(render_prompt(b, tok).text, add_special_tokens=False, return_tensors="pt")
        start = ids["input_ids"].shape[1]

        def own_tokens_only(input_ids, scores, start=start):
            seen = torch.cat([input_ids[:, :1], input_ids[:, start:]], 1)
            picked = scores.gather(1, seen)
            picked = torch.where(picked < 0, picked * 3.0, picked / 3.0)
            return scores.scatter(1, seen, picked)
        with torch.inference_mode():
            out = model.generate(**ids, max_new_tokens=spec.max_new_tokens, do_sample=False,
                                 logits_processor=LogitsProcessorList([own_tokens_only]),
                                 pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
        new = out[0, start:].tolist()
        if tok.eos_token_id in new:
            new = new[: new.index(tok.eos_token_id)]
        text, n_tokens = got[b.brief_id][0]  # (the engine may end a long line sooner: compare its tokens)
        assert text == clean_copy(tok.decode(new[:n_tokens], skip_special_tokens=True), spec)
        differs += got[b.brief_id][0][0] != with_prompt[b.brief_id][0][0]
    assert differs  # the prompt's tokens did count before


@pytest.mark.parametrize("channel,text,complete", [
    ("email_subject", "Fresh trails ahead", False),
    ("email_subject", "Fresh trails ahead\n", True),
    ("email_subject", "\n\n  Fresh trails ahead\n", True),
    ("email_subject", "Subject:\n", False),            # the label line is not the copy
    ("email_subject", "Subject:\nFresh trails\n", True),
    ("push", "Title here\n", False),
    ("push", "Title here\n\nBody here\n", True),
    ("sms", '"Boots 20% off. Reply STOP to opt out"\n', True),
    ("sms", "Boots 20% off. Reply STOP to opt out", True),    # the opt-out phrase ends an SMS
    ("sms", "Boots 20% off. Reply STOP", False),
    ("email_body", "One.\nTwo.\nThree.\n", False),      # a body keeps every line
])
def test_copy_complete_only_when_the_rest_would_be_thrown_away(channel, text, complete):
    spec = channel_spec(channel, "en-US")
    assert copy_complete(text, spec) is complete
    if complete:
        for tail in ("", "more words", "\nanother line\n", '"'):
            assert clean_copy(text + tail, spec) == clean_copy(text, spec)


@pytest.mark.parametrize("locale", ["en-US", "zh-CN"])
def test_an_sms_aims_at_one_segment_with_its_opt_out(locale):
    """An SMS row is pressed to end at a sentence before one segment's worth, less its opt-out
    (which the guardrails append): the copy then fits one segment."""
    from promo_llm.channels import sms_segments
    from promo_llm.generation import soft_stop_chars

    spec = channel_spec("sms", locale)
    soft = soft_stop_chars(spec)
    filler = "x" if locale == "en-US" else "好"
    assert soft > 0
    assert sms_segments(filler * soft + " " + spec.opt_out) == 1
    assert soft_stop_chars(channel_spec("email_body", locale)) == 0


def test_clean_copy_strips_a_channel_label_in_any_case():
    spec = channel_spec("sms", "en-US")
    assert clean_copy("Sms: Boots 20% off. Reply STOP to opt out", spec) == "Boots 20% off. Reply STOP to opt out"


def test_clean_copy_cuts_an_sms_after_its_opt_out_phrase():
    spec = channel_spec("sms", "en-US")
    assert clean_copy("Alpina: boots 20% off. Reply STOP to opt out. Thanks, see you soon!", spec) == \
        "Alpina: boots 20% off. Reply STOP to opt out"
    assert clean_copy("Alpina: boots 20% off.", spec) == "Alpina: boots 20% off."


@pytest.mark.parametrize("channel,text,over", [
    ("email_subject", "x" * 78, False),                 # within the limit (70) plus the margin
    ("email_subject", "x" * 79, True),
    ("email_subject", "Subject: " + "x" * 75, False),   # the label is not the copy
    ("push", "t" * 58 + "\nbody", False),
    ("push", "t" * 59, True),                            # a title too long, before its body
    ("push", "title\n" + "b" * 129, True),
    ("sms", "x" * 300, False),                           # 2 GSM-7 segments
    ("sms", "x" * 307, True),
    ("email_body", "x" * 5000, False),                   # bodies are never cut
])
def test_overflows_once_the_kept_copy_is_past_its_hard_limit(channel, text, over):
    spec = channel_spec(channel, "en-US")
    assert overflows(text, spec) is over
    if over:  # whatever comes next, it stays over
        assert overflows(text + " more", spec) and overflows(text + "\nmore", spec)


def test_rows_past_their_length_limit_stop_as_overflow(tiny_model):
    model, tok = tiny_model
    bs = [b for b in briefs(6) if b.channel in ("email_subject", "social")]
    specs = [dataclasses.replace(channel_spec(b.channel, b.locale), max_chars=2, max_new_tokens=40) for b in bs]
    gen = HFGenerator(model, tok, progress=False)
    out = gen.generate([render_prompt(b, tok) for b in bs], specs, 3, 1)
    reasons = [c.finish_reason for cs in out for c in cs]
    assert "overflow" in reasons
    for cs, spec in zip(out, specs):
        for c in cs:
            if c.finish_reason == "overflow":
                assert len(c.text) > spec.max_chars and c.n_tokens < spec.max_new_tokens


@pytest.fixture()
def eos_loving_model(tiny_model):
    """The tiny model with EOS made the argmax after every token (a hook on its output layer)."""
    model, tok = tiny_model

    def favour_eos(module, inputs, output):
        output = output.clone()
        output[..., tok.eos_token_id] = output.max() + 100.0
        return output

    handle = model.get_output_embeddings().register_forward_hook(favour_eos)
    yield model, tok
    handle.remove()


def test_hold_eos_keeps_a_push_going_until_its_body_line(eos_loving_model):
    bs = [b for b in briefs(6) if b.channel in ("push", "email_subject")]
    free = texts(eos_loving_model, bs, n=2, sampling=SamplingConfig(hold_eos=False))
    held = texts(eos_loving_model, bs, n=2, sampling=SamplingConfig())
    for b in bs:
        budget = channel_spec(b.channel, b.locale).max_new_tokens
        assert [n for _, n in free[b.brief_id]] == [0, 0]  # EOS first: nothing written
        if b.channel == "push":  # EOS becomes the title's line break, then is masked until the body
            assert all(0 < n < budget and t.count("\n") == 1 for t, n in held[b.brief_id])
            assert all(all(line.strip() for line in t.split("\n")) for t, _ in held[b.brief_id])
        else:  # a one-line channel is not held
            assert held[b.brief_id] == free[b.brief_id]


@pytest.fixture()
def sometimes_ending_model(tiny_model):
    """The tiny model with EOS and the line break each given `p` of the probability (a hook)."""
    model, tok = tiny_model
    state = {"p": 0.011}
    nl = tok("\n", add_special_tokens=False)["input_ids"][0]

    def ending(module, inputs, output):
        output = output.clone()
        ids = [tok.eos_token_id, nl]
        rest = output.clone()
        rest[..., ids] = float("-inf")
        odds = math.log(state["p"] / (1 - len(ids) * state["p"]))
        output[..., ids] = (torch.logsumexp(rest, -1, keepdim=True) + odds).to(output.dtype)
        return output

    handle = model.get_output_embeddings().register_forward_hook(ending)
    yield model, tok, state
    handle.remove()


def subject_lines(model, tok, n, budget, sampling):
    """Candidates (4 per brief, seed 5) of `n` briefs as email subjects with `budget` tokens."""
    bs = [dataclasses.replace(b, channel="email_subject", brief_id=f"{b.brief_id}:s") for b in briefs(n)]
    spec = dataclasses.replace(channel_spec("email_subject", "en-US"), max_new_tokens=budget)
    out = HFGenerator(model, tok, progress=False).generate(
        [render_prompt(b, tok) for b in bs], [spec] * len(bs), 4, 5, sampling)
    return [c for cs in out for c in cs]


def test_length_pressure_ends_lines_before_their_limit(sometimes_ending_model):
    """A subject line past 60% of its limit ends sooner with pressure, where ending is plausible
    (here 1.1% each for EOS and the line break); where the model gives ending under 1%, pressure changes nothing."""
    model, tok, state = sometimes_ending_model
    subject = channel_spec("email_subject", "en-US")

    def lengths(pressure):
        # (rewind off: a row past its limit would be cut back to its last end the guardrails take)
        out = subject_lines(model, tok, 12, 120, SamplingConfig(length_pressure=pressure, rewind=0.0))
        return [len(c.text) for c in out], [c.text for c in out]

    free, _ = lengths(0.0)
    pressed, _ = lengths(20.0)
    over = lambda ls: sum(n > subject.max_chars for n in ls)  # noqa: E731
    assert over(free) >= 3 and over(pressed) < over(free) / 2
    assert sum(pressed) < sum(free)
    state["p"] = 0.002  # below the floor: pressure is inert
    assert lengths(0.0)[1] == lengths(20.0)[1]


def test_a_line_past_its_limit_is_cut_back_to_its_last_plausible_end(tiny_model):
    """With `rewind`, a subject that ran past its limit ends where the model last gave ending at
    least 5%: the same row, cut at a token boundary, within the limit. Here the model gives one
    word most of the probability and EOS and the line break 3% each (sampled at temperature 0.5,
    they are rarely drawn), so rows run long. Where ending is never 5%, a row past its limit is
    cut back to its last end the guardrails take instead (`FALLBACK_END`); with `rewind` off, nothing is."""
    model, tok = tiny_model
    nl = tok("\n", add_special_tokens=False)["input_ids"][0]
    word = tok(" sale", add_special_tokens=False)["input_ids"][-1]
    state = {"p": 0.03}

    def wordy(module, inputs, output):
        out = torch.full_like(output, -20.0)
        out[..., word] = 0.0
        p = state["p"]
        out[..., [tok.eos_token_id, nl]] = math.log(p / (1 - 2 * p))  # vs the word, ~all the rest
        return out

    handle = model.get_output_embeddings().register_forward_hook(wordy)
    subject = channel_spec("email_subject", "en-US")

    def run(rewind):
        return subject_lines(model, tok, 8, 60, SamplingConfig(
            temperature=0.5, repetition_penalty=1.0, length_pressure=0.0, rewind=rewind))

    try:
        free, cut = run(0.0), run(0.05)
        state["p"] = 0.02  # 4% in all: below the floor
        never = run(0.05), run(0.0)
    finally:
        handle.remove()
    rewound = [(a, b) for a, b in zip(free, cut) if b.finish_reason == "rewound"]
    assert len(rewound) >= 8
    for a, b in rewound:
        assert a.finish_reason in ("overflow", "length")
        assert b.n_tokens < a.n_tokens and a.text.startswith(b.text.rstrip())
        assert MIN_LINE <= len(b.text) <= subject.max_chars
    for a, b in zip(free, cut):  # rows that ended on their own are untouched
        if a.finish_reason == "stop":
            assert b == a
    assert "rewound" not in [c.finish_reason for c in never[1]]
    fallback = [c for c in never[0] if c.finish_reason == "rewound"]
    assert len(fallback) >= 8 and all(MIN_LINE <= len(c.text) <= subject.max_chars for c in fallback)


@pytest.fixture()
def digit_loving_model(tiny_model):
    """The tiny model with every token made of digits (and the decimal point) strongly favoured."""
    model, tok = tiny_model
    ids = [i for t, i in tok.get_vocab().items() if t.lstrip("Ġ").isdigit()] + [tok.convert_tokens_to_ids(".")]

    def digits(module, inputs, output):
        output = output.clone()
        output[..., ids] += 8.0
        return output

    handle = model.get_output_embeddings().register_forward_hook(digits)
    yield model, tok
    handle.remove()


def test_ground_numbers_writes_only_the_records_numbers(digit_loving_model):
    """A model that wants to write digits everywhere writes only the brief's numbers, whole."""
    import re

    from promo_llm.prompting import grounded_numbers

    model, tok = digit_loving_model
    bs = briefs(6)
    prompts = [render_prompt(b, tok) for b in bs]
    specs = [channel_spec(b.channel, b.locale) for b in bs]
    gen = HFGenerator(model, tok, progress=False)
    free = gen.generate(prompts, specs, 3, 2, SamplingConfig(ground_numbers=False))
    held = gen.generate(prompts, specs, 3, 2, SamplingConfig())
    number = re.compile(r"\d[\d,]*(?:\.\d+)?")

    def strays(out, constrained):
        found = []
        for b, cs in zip(bs, out):
            for c in cs:
                nums = [n.replace(",", "") for n in number.findall(c.text)]
                if constrained and c.finish_reason in ("length", "overflow") and c.text[-1:].isdigit():
                    last = nums.pop()  # stopped (budget, overflow) while writing an allowed number
                    assert any(a.startswith(last) for a in grounded_numbers(b))
                found += [(n, b.brief_id) for n in nums if n not in grounded_numbers(b)]
        return found
    written = [n for cs in held for c in cs for n in number.findall(c.text)]
    assert len(strays(free, False)) > 10  # unconstrained, it invents numbers
    assert written and not strays(held, True)  # constrained, it still writes numbers: only allowed ones
    assert all(p.numbers == grounded_numbers(b) for p, b in zip(prompts, bs))
    assert "21" in grounded_numbers(bs[1])  # the record's price (20 + 1)


def test_early_stop_saves_tokens_never_changes_a_copy(tiny_model, monkeypatch):
    bs = briefs(6)
    early = texts(tiny_model, bs, n=3)
    monkeypatch.setattr("promo_llm.generation.backends.hf.copy_complete", lambda text, spec: False)
    full = texts(tiny_model, bs, n=3)
    assert {k: [t for t, _ in v] for k, v in early.items()} == {k: [t for t, _ in v] for k, v in full.items()}
    assert all(e[1] <= f[1] for k in early for e, f in zip(early[k], full[k]))


@pytest.mark.parametrize("top_k", [0, 12])
def test_top_k_then_top_p_keeps_what_transformers_keeps(top_k):
    from transformers.generation.logits_process import TopKLogitsWarper, TopPLogitsWarper

    torch.manual_seed(0)
    logits = torch.randn(3, 50) * 2
    hf = logits.clone()
    if top_k:
        hf = TopKLogitsWarper(top_k)(None, hf)
    hf_kept = TopPLogitsWarper(0.9)(None, hf) > -float("inf")
    vals, idx = logits.topk(top_k) if top_k else logits.sort(descending=True)
    probs = torch.softmax(vals, -1)
    grid = torch.linspace(0, 0.99999, 4000)
    for row in range(3):
        picked = {int(nucleus_pick(probs[row:row + 1], idx[row:row + 1], 0.9, u[None])[0])
                  for u in grid}
        assert picked == set(hf_kept[row].nonzero().flatten().tolist())


def test_sampling_matches_generate_in_distribution(tiny_model):
    """Same settings, many draws: the engine's first-token frequencies follow generate's."""
    model, tok = tiny_model
    sampling = SamplingConfig(temperature=0.7, top_p=0.8, top_k=20, repetition_penalty=1.3,
                              ground_numbers=False)
    b = briefs(1)[0]
    prompt = render_prompt(b, tok)
    spec = dataclasses.replace(channel_spec(b.channel, b.locale), max_new_tokens=1)
    gen = HFGenerator(model, tok, progress=False)
    ours = [c.text for c in gen.generate([prompt], [spec], 16, 0, sampling)[0]]
    ours += [c.text for s in range(1, 25) for c in gen.generate([prompt], [spec], 16, s, sampling)[0]]
    ids = tok(prompt.text, add_special_tokens=False, return_tensors="pt")
    torch.manual_seed(0)
    with torch.inference_mode():
        out = model.generate(**ids, max_new_tokens=1, do_sample=True, temperature=0.7, top_p=0.8,
                             top_k=20, repetition_penalty=1.3, num_return_sequences=400,
                             pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
    theirs = [clean_copy(tok.decode(o[-1:], skip_special_tokens=True), spec) for o in out]
    common = set(ours) | set(theirs)
    # total variation distance between the two empirical distributions (400 draws each)
    tv = sum(abs(ours.count(t) / len(ours) - theirs.count(t) / len(theirs)) for t in common) / 2
    assert len(ours) == 400 and tv < 0.2


def test_row_seeds_depend_on_seed_brief_and_index_only():
    assert row_seed(1, "b", 0) == row_seed(1, "b", 0)
    assert len({row_seed(1, "b", 0), row_seed(2, "b", 0), row_seed(1, "c", 0), row_seed(1, "b", 1)}) == 4


@pytest.mark.parametrize("asked,bf16_cpu,expected", [
    ("auto", True, "bfloat16"), ("auto", False, "float32"),
    ("float32", True, "float32"), ("bfloat16", False, "bfloat16"),
])
def test_resolve_dtype(monkeypatch, asked, bf16_cpu, expected):
    monkeypatch.setattr("promo_llm.generation.runtime.cpu_supports_bf16", lambda: bf16_cpu)
    assert resolve_dtype(asked) == expected


def test_empty_input_and_n_wider_than_the_batch(tiny_model):
    model, tok = tiny_model
    gen = HFGenerator(model, tok, max_rows=2, progress=False)
    assert gen.generate([], [], 3, 0) == []
    b = briefs(1)
    out = gen.generate([render_prompt(b[0], tok)], [channel_spec(b[0].channel, "en-US")], 5, 0)
    assert [c.index for c in out[0]] == [0, 1, 2, 3, 4]


def test_unknown_backend_is_a_user_error():
    with pytest.raises(UserError, match="unknown backend"):
        make_generator("tgi", "smollm2-135m", None)


# --- vLLM backend, against a fake module -------------------------------------------------------

class _FakeLLM:
    instances: list = []

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.calls = []
        _FakeLLM.instances.append(self)

    def get_tokenizer(self):
        return self.tok

    def generate(self, requests, params, use_tqdm=True, lora_request=None):
        self.calls.append((requests, params, lora_request))
        outs = []
        for r, p in zip(requests, params):
            comps = [types.SimpleNamespace(index=k, text=f' "copy {len(r["prompt_token_ids"])}-{k}"\nextra',
                                           token_ids=[1] * (k + 2), finish_reason="length" if k else "stop")
                     for k in reversed(range(p.n))]  # out of order on purpose
            outs.append(types.SimpleNamespace(outputs=comps))
        return outs


@pytest.fixture
def fake_vllm(monkeypatch, tiny_model):
    _, tok = tiny_model
    _FakeLLM.instances = []
    _FakeLLM.tok = tok
    vllm = types.ModuleType("vllm")
    vllm.LLM = _FakeLLM
    vllm.SamplingParams = lambda **kw: types.SimpleNamespace(**kw)
    lora = types.ModuleType("vllm.lora")
    request = types.ModuleType("vllm.lora.request")
    request.LoRARequest = lambda name, id_, path: ("lora", name, id_, path)
    for name, mod in (("vllm", vllm), ("vllm.lora", lora), ("vllm.lora.request", request)):
        monkeypatch.setitem(sys.modules, name, mod)
    return vllm


def test_vllm_backend_wiring(fake_vllm, tiny_model_dir, tmp_path):
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text('{"r": 32}')
    gen = make_generator("vllm", str(tiny_model_dir), str(adapter), dtype="bfloat16", progress=False)
    llm = _FakeLLM.instances[-1]
    assert llm.kwargs["enable_lora"] is True and llm.kwargs["max_lora_rank"] == 32
    assert llm.kwargs["dtype"] == "bfloat16" and llm.kwargs["model"] == str(tiny_model_dir)

    bs = briefs(3)
    prompts = [render_prompt(b, gen.tokenizer) for b in bs]
    specs = [channel_spec(b.channel, b.locale) for b in bs]
    out = gen.generate(prompts, specs, 2, seed=5)
    requests, params, lora = llm.calls[-1]
    assert lora == ("lora", "promo-adapter", 1, str(adapter))
    assert [p.n for p in params] == [2, 2, 2]
    assert [p.max_tokens for p in params] == [s.max_new_tokens for s in specs]
    assert len({p.seed for p in params}) == 3  # one seed per brief ...
    again = gen.generate(prompts[::-1], specs[::-1], 2, seed=5)
    assert [p.seed for p in llm.calls[-1][1]] == [p.seed for p in params][::-1]  # ... whatever the order
    assert [[c.index for c in cs] for cs in out] == [[0, 1]] * 3
    assert [cs[0].brief_id for cs in out] == [b.brief_id for b in bs]
    assert out[0][0].text.startswith("copy ") and out[0][1].finish_reason == "length"
    assert [[c.text for c in cs] for cs in again] == [[c.text for c in cs] for cs in out][::-1]
    greedy = gen.generate(prompts[:1], specs[:1], 1, seed=5, sampling=SamplingConfig(do_sample=False))
    assert llm.calls[-1][1][0].temperature == 0.0 and len(greedy[0]) == 1


def test_vllm_names_the_decoding_controls_it_drops():
    """The HF engine's decoding controls are logits processors vLLM's sampler does not run: the
    backend names those a run would use (only those that constrain one of its prompts)."""
    from promo_llm.generation.backends.vllm import dropped_controls, dropped_line
    from promo_llm.records import Prompt

    push, social, body = (channel_spec(c, "en-US") for c in ("push", "social", "email_body"))
    grounded = Prompt("b1", (), "text", "t", "h", numbers=("20",), names=("Alpina",), avoid_words=("steel",))
    plain = Prompt("b2", (), "text", "t", "h")
    every = ["hold_eos", "ground_numbers", "ground_names", "ground_attributes", "no_hashtags", "rewind",
             "length_pressure"]
    assert dropped_controls(SamplingConfig()) == every  # no prompts: whatever the settings turn on
    assert dropped_controls(SamplingConfig(), [grounded], [push]) == every
    # a prompt without numbers, names or avoided words, in a channel with no line limit (an email
    # body) or one with hashtags (a social post)
    # (ground_numbers also masks currency signs a prompt does not use: it applies to every prompt)
    assert dropped_controls(SamplingConfig(), [plain], [body]) == ["ground_numbers", "no_hashtags"]
    assert dropped_controls(SamplingConfig(), [plain], [social]) == ["hold_eos", "ground_numbers", "rewind",
                                                                     "length_pressure"]
    off = SamplingConfig(hold_eos=False, ground_numbers=False, ground_names=False, ground_attributes=False,
                         no_hashtags=False, rewind=0.0, length_pressure=0.0)
    assert dropped_controls(off, [grounded], [push]) == []
    # vLLM's penalty counts the prompt: an output-only penalty is one it cannot give
    assert dropped_controls(dataclasses.replace(off, penalize_prompt=False)) == ["repetition_penalty"]
    assert dropped_controls(dataclasses.replace(off, penalize_prompt=False, repetition_penalty=1.0)) == []
    # nor a penalty across a brief's candidates (vLLM samples a request's n sequences apart)
    assert dropped_controls(dataclasses.replace(off, sibling_penalty=1.1)) == ["sibling_penalty"]
    assert dropped_controls(dataclasses.replace(off, dedupe_siblings=True)) == ["dedupe_siblings"]
    line = dropped_line(dropped_controls(SamplingConfig(penalize_prompt=False)))
    assert "\n" not in line and all(name in line for name in every + ["repetition_penalty"])


def test_rows_never_write_a_currency_sign_their_prompt_does_not_use(tiny_model):
    """A prompt priced in pounds masks the tokens that write '$' (and other signs it does not use),
    never its own sign nor a token that only shares a byte with a sign; without ground_numbers
    nothing is masked for currency."""
    from promo_llm.generation.engine.vocab import TokenFacts
    from promo_llm.records import Prompt

    _, tok = tiny_model

    class Facts(TokenFacts):
        tokenizer = tok

    facts = Facts()
    facts._init_token_facts()
    dollar = [i for t, i in tok.get_vocab().items() if "$" in tok.decode([i])]
    assert dollar, "the tiny tokenizer has tokens that write '$'"
    pounds = facts._foreign_currency_tokens("Price: £1.65")
    assert set(dollar) <= set(pounds)
    assert not any("£" in tok.decode([i]) for i in pounds)
    assert all(any(unicodedata.category(ch) == "Sc" for ch in tok.decode([i])) for i in pounds)
    assert not set(dollar) & set(facts._foreign_currency_tokens("Price: $1.65"))
    spec = channel_spec("push", "en-GB")
    p = Prompt("b1", (), "Price: £1.65", "t", "h")
    assert set(dollar) <= set(facts._avoid_ids(p, spec, SamplingConfig()) or [])
    off = SamplingConfig(ground_numbers=False, no_hashtags=False)
    assert not set(dollar) & set(facts._avoid_ids(p, spec, off) or [])


def test_vllm_prints_the_dropped_controls_once(fake_vllm, tiny_model_dir, capsys):
    gen = make_generator("vllm", str(tiny_model_dir), None, progress=False)
    bs = briefs(2)
    prompts = [render_prompt(b, gen.tokenizer) for b in bs]
    specs = [channel_spec(b.channel, b.locale) for b in bs]
    gen.generate(prompts, specs, 1, seed=5)
    gen.generate(prompts, specs, 1, seed=6)  # a retry round: not said again
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("vllm backend drops these decoding controls")
    assert "hold_eos" in err[0]


def test_vllm_missing_is_one_clear_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # import vllm -> ImportError
    with pytest.raises(UserError) as err:
        make_generator("vllm", "smollm2-135m", None)
    assert "pip install 'promo-llm[gpu]'" in str(err.value) and "\n" not in str(err.value)


def test_candidate_logprob_is_the_models_mean_token_log_probability(tiny_model):
    """Greedy, no forced tokens: the engine's logprob equals a teacher-forced recomputation."""
    model, tok = tiny_model
    bs = briefs(4)
    gen = HFGenerator(model, tok, progress=False)
    out = gen.generate([render_prompt(b, tok) for b in bs], [channel_spec(b.channel, b.locale) for b in bs],
                       1, 0, SamplingConfig(do_sample=False, repetition_penalty=1.3, hold_eos=False,
                                            ground_numbers=False))
    for b, (cand,) in zip(bs, out):
        spec = channel_spec(b.channel, b.locale)
        prompt = tok(render_prompt(b, tok).text, add_special_tokens=False)["input_ids"]
        with torch.inference_mode():
            full = model.generate(torch.tensor([prompt]), max_new_tokens=spec.max_new_tokens, do_sample=False,
                                  repetition_penalty=1.3, pad_token_id=tok.pad_token_id,
                                  eos_token_id=tok.eos_token_id)[0].tolist()
            new = full[len(prompt):][:cand.n_tokens + 1]  # the row's tokens (and the EOS, if it ended so)
            if cand.finish_reason != "stop" or tok.eos_token_id not in new:
                new = new[:cand.n_tokens]
            logits = model(torch.tensor([prompt + new])).logits[0, len(prompt) - 1:-1].float()
        lp = torch.log_softmax(logits, -1).gather(1, torch.tensor(new)[:, None]).mean().item()
        assert cand.logprob is not None and cand.logprob <= 0
        assert cand.logprob == pytest.approx(lp, abs=1e-3)


def test_retries_queued_into_the_running_batch_equal_retry_rounds(tiny_model):
    """The engine queues a rejected brief's next round into its running batch; a backend without
    that runs rounds. Same candidates either way (each brief, round and index has its own seed),
    in round order, indexed round * n + k, and only for briefs still unserved."""
    from promo_llm.generation import Retry, generate_with_retries

    model, tok = tiny_model
    bs = briefs(6)
    prompts = [render_prompt(b, tok) for b in bs]
    specs = [channel_spec(b.channel, b.locale) for b in bs]
    gen = HFGenerator(model, tok, max_rows=16, progress=False)

    class Rounds:  # the same engine, seen as a backend that cannot queue retries
        name = "rounds"

        def generate(self, *a, **k):
            return gen.generate(*a, **k)

    def run(backend):
        seen = []

        def accept(i, cands):
            seen.append((i, cands[0].index))
            # brief 0 is never served (every round runs), even briefs fail round 0
            return i != 0 and (i % 2 == 1 or cands[0].index > 0)

        out = generate_with_retries(backend, prompts, specs, 2, 5, SamplingConfig(), Retry(2, accept))
        return [[(c.index, c.text, c.n_tokens) for c in cs] for cs in out], sorted(seen)

    queued, seen_q = run(gen)
    rounds, seen_r = run(Rounds())
    assert queued == rounds
    assert seen_q == seen_r
    assert [len(cs) for cs in queued] == [6, 2, 4, 2, 4, 2]
    assert [c[0] for c in queued[0]] == [0, 1, 2, 3, 4, 5]
    # round 0 of the queued run is the plain run
    plain = gen.generate(prompts, specs, 2, 5, SamplingConfig())
    assert [[(c.index, c.text, c.n_tokens) for c in cs] for cs in plain] == [cs[:2] for cs in queued]


def test_avoided_attribute_words_are_never_written(tiny_model):
    """`ground_attributes`: a word the prompt must avoid is masked, so even a model that would
    pick it (here: made to prefer it by its output weights) writes something else."""
    model, tok = tiny_model
    b = briefs(1)[0]
    gen = HFGenerator(model, tok, max_rows=16, progress=False)
    # the tiny tokenizer has few whole-word tokens: take two it has
    words = [w for w in ("off", "the", "for", "product", "price", "line", "write", "most")
             if gen._word_tokens([w])][:2]
    assert len(words) == 2
    banned = gen._word_tokens(words)
    assert all(tok.decode([t]).strip().lower() in words for t in banned)
    head = model.get_output_embeddings()
    with torch.no_grad():
        saved = head.weight[banned].clone()
        head.weight[banned] = head.weight[banned] * 50
    try:
        p = dataclasses.replace(render_prompt(b, tok), avoid_words=tuple(words))
        spec = channel_spec(b.channel, b.locale)
        out = gen.generate([p], [spec], 4, 1, SamplingConfig(temperature=1.0))
        free = gen.generate([p], [spec], 4, 1, SamplingConfig(temperature=1.0, ground_attributes=False))
    finally:
        with torch.no_grad():
            head.weight[banned] = saved
    written = [tok(c.text, add_special_tokens=False)["input_ids"] for c in out[0]]
    assert not any(set(banned) & set(x) for x in written), [c.text for c in out[0]]
    assert any(set(banned) & set(tok(c.text, add_special_tokens=False)["input_ids"]) for c in free[0])


def test_no_hashtag_is_written_outside_social_posts(tiny_model):
    """`no_hashtags`: a push row never writes a token containing '#', even from a model made to
    prefer them; a social post may."""
    model, tok = tiny_model
    b = briefs(1)[0]
    gen = HFGenerator(model, tok, max_rows=16, progress=False)
    hashes = gen._hash_tokens()
    assert hashes and all("#" in tok.convert_ids_to_tokens(t) for t in hashes)
    head = model.get_output_embeddings()
    with torch.no_grad():
        saved = head.weight[hashes].clone()
        head.weight[hashes] = head.weight[hashes] * 50
    try:
        out = {}
        for channel in ("push", "social"):
            brief = dataclasses.replace(b, channel=channel)
            p = render_prompt(brief, tok)
            got = gen.generate([p], [channel_spec(channel, brief.locale)], 4, 1, SamplingConfig(temperature=1.0))
            out[channel] = [c.text for c in got[0]]
    finally:
        with torch.no_grad():
            head.weight[hashes] = saved
    assert not any("#" in t for t in out["push"]), out["push"]
    assert any("#" in t for t in out["social"]), out["social"]


def test_proper_nouns_that_begin_like_the_brand_are_masked():
    """`ground_names`: ' Kent' (a capitalised token with no lower-case twin) is masked for the
    brand Kestrel; ' Keep' (an ordinary word), ' Kest' (a start of the name) and a proper noun the
    prompt itself writes are not."""
    vocab = {"ĠKent": 1, "Kent": 2, "ĠKeep": 3, "Ġkeep": 4, "ĠKest": 5, "ĠKenya": 6, "ĠKeller": 7,
             "ĠAlps": 8, "ĠKe": 9}
    gen = HFGenerator.__new__(HFGenerator)
    gen.tokenizer, gen._capwords = types.SimpleNamespace(get_vocab=lambda: vocab), None
    assert sorted(gen._lookalikes(["Kestrel"], "Write copy for Kestrel Fjord Shoes (Keller collection)")) == [1, 2, 6]


def test_the_cpu_engine_keeps_large_blocks_on_the_heap(tiny_model):
    """On glibc, the CPU engine sets malloc to serve the step's large tensors from the heap
    (no fresh page faults every step); elsewhere it leaves malloc alone."""
    import platform

    model, tok = tiny_model
    HFGenerator(model, tok, progress=False)
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert runtime._HEAP_TUNED is glibc
    assert runtime.keep_heap_memory() is glibc  # once per process: the second call is a no-op


def test_a_name_begun_is_finished_as_the_record_spells_it(tiny_model):
    """`ground_names`: a row whose word starts like the brand (capital first, 5+ letters) may
    only continue it as spelt; a finished name takes no more letters; a shorter start ('Aero',
    'Aer') may go on to any word whose next letter is not the name's, but not follow the name one
    more letter and then leave it; a lower-case start ('aerol': an ordinary word) is left alone."""
    model, tok = tiny_model
    gen = HFGenerator(model, tok, progress=False)
    sp = gen._spelling_tokens()
    assert len(sp.letters)
    loop = engine_loop.DecodeLoop(model, eos_ids=gen._eos_ids(), is_newline=gen._is_newline,
                                  decode=None, max_rows=16, sampling=SamplingConfig())
    loop.names, loop.spelling = [("Aerolux",)], sp
    rows = [engine_batch.Row(0, k, None, 10, [], word=w) for k, w in enumerate(("Aerol", "Aerolux", "Aero", "aerol"))]
    batch = engine_batch.Batch(None, None, None, None, None, rows)
    vocab = model.get_output_embeddings().weight.shape[0]
    logits = torch.zeros(len(rows), vocab)
    loop._spell_names(logits, batch)
    def spelt(t, rest):  # the token keeps the word on `rest`, or ends it exactly there
        lead = re.match(r"[A-Za-z]*", t).group(0)
        return lead == rest if len(lead) < len(t) else rest.startswith(t)

    allowed = logits[0].isfinite().nonzero().flatten().tolist()
    assert allowed and all(spelt(tok.convert_ids_to_tokens(i), "ux") for i in allowed)
    letters = set(sp.letters.tolist())
    assert not any(logits[1, i].isfinite() for i in letters)  # 'Aerolux' + more letters: masked
    assert logits[1].isfinite().sum() == vocab - len(letters)  # anything else is free
    assert logits[3].isfinite().all()  # lower case: free
    banned = {i for i in range(vocab) if not logits[2, i].isfinite()}
    texts = {i: tok.convert_ids_to_tokens(i) for i in letters}
    assert banned == {i for i, t in texts.items() if t.lower().startswith("l") and not spelt(t, "lux")}
    assert banned and len(banned) < vocab // 2
    # a shorter start may not go on with the name's next letter and then leave it ('K' + 'ent'
    # for Kestrel); another next letter is free
    rows = [engine_batch.Row(0, 0, None, 10, [], word="Aer")]
    logits = torch.zeros(1, vocab)
    loop._spell_names(logits, engine_batch.Batch(None, None, None, None, None, rows))
    banned = {i for i in range(vocab) if not logits[0, i].isfinite()}
    assert banned == {i for i, t in texts.items() if t.lower().startswith("o") and not spelt(t, "olux")}
    assert banned
