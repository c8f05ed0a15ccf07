"""The decode loop's row scheduling: finished rows dropped the step they finish (float32), prompt
prefills split by length, and neither changes a candidate."""

import pytest
import torch

from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator, SamplingConfig
from promo_llm.generation.engine import batch as engine_batch
from promo_llm.generation.engine import loop as engine_loop
from promo_llm.generation.engine.batch import ROW_QUANTUM, row_quantum
from promo_llm.generation.engine.loop import length_chunks
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile

CHANNELS = ("push", "sms", "email_subject", "social")


def _briefs(n):
    return [Brief(brief_id=f"u{i}:p{i}:{CHANNELS[i % 4]}", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Item {i}" + " extra" * (i % 7), category="Gear",
                                  price=20 + i, brand="Alpina"),
                  channel=CHANNELS[i % 4], locale="en-US", offer=Offer())
            for i in range(n)]


def _run(tiny_model, bs, *, n=3, max_rows=16, seed=5, sampling=SamplingConfig(temperature=1.0)):
    model, tok = tiny_model
    gen = HFGenerator(model, tok, max_rows=max_rows, progress=False)
    out = gen.generate([render_prompt(b, tok) for b in bs], [channel_spec(b.channel, b.locale) for b in bs],
                       n, seed, sampling)
    return [[(c.text, c.n_tokens, c.finish_reason) for c in cs] for cs in out], gen.last_stats


def test_row_quantum_is_16_only_for_reduced_precision_on_cpu():
    cpu = torch.device("cpu")
    assert row_quantum(torch.bfloat16, cpu) == row_quantum(torch.float16, cpu) == ROW_QUANTUM
    assert row_quantum(torch.float32, cpu) == 1
    assert row_quantum(torch.bfloat16, torch.device("cuda")) == 1


@pytest.mark.parametrize("lengths,quantum", [([90, 91, 140, 142, 100, 95, 139], 1), ([5], 1),
                                             ([30, 31, 64, 65, 200, 17, 18, 19], 16)])
def test_length_chunks_cover_every_prompt_once_at_no_more_cost_than_one_forward(lengths, quantum):
    def cost(chunks, overhead):
        return sum(overhead + len(c) * -(-max(lengths[i] for i in c) // quantum) * quantum for c in chunks)

    chunks = length_chunks(lengths, quantum, overhead=64)
    assert sorted(i for c in chunks for i in c) == list(range(len(lengths)))
    for a, b in zip(chunks, chunks[1:]):  # runs of the length-sorted order
        assert max(lengths[i] for i in a) <= min(lengths[i] for i in b)
    assert cost(chunks, 64) <= cost([list(range(len(lengths)))], 64)
    assert len(length_chunks(lengths, quantum, overhead=10**9)) == 1  # forwards too dear: one
    if quantum == 1:  # forwards free: one per distinct length
        assert len(length_chunks(lengths, quantum, overhead=0)) == len(set(lengths))


def test_dropping_finished_rows_each_step_and_chunked_prefills_do_not_change_the_output(tiny_model,
                                                                                        monkeypatch):
    """float32: the draining batch drops each row the step it finishes (moving live rows into the
    places of finished ones, `Batch.compact`) and prompts are prefilled in length groups; the
    candidates equal those of a run in quanta of 16 rows and tokens (as bf16 runs) and the
    batch computes fewer finished rows."""
    bs = _briefs(12)
    widths = []
    real_compact = engine_batch.Batch.compact

    def compact(self, keep):
        real_compact(self, keep)
        widths.append(len(self))
    monkeypatch.setattr(engine_batch.Batch, "compact", compact)
    chunks = []
    real_chunks = engine_loop.length_chunks

    def spy_chunks(lengths, quantum):  # forwards made free: a prefill per distinct length
        got = real_chunks(lengths, quantum, overhead=0)
        chunks.append(len(got))
        return got
    monkeypatch.setattr(engine_loop, "length_chunks", spy_chunks)
    fine, fine_stats = _run(tiny_model, bs)
    assert any(w % ROW_QUANTUM for w in widths)  # rows dropped one at a time
    assert max(chunks) > 1  # some refill group was prefilled in several forwards

    monkeypatch.setattr(engine_loop, "row_quantum", lambda dtype, device: ROW_QUANTUM)
    widths.clear()
    coarse, coarse_stats = _run(tiny_model, bs)
    assert all(w % ROW_QUANTUM == 0 for w in widths)
    assert fine == coarse
    live_share = lambda s: s.decode_live / s.decode_rows
    assert fine_stats.decode_live == coarse_stats.decode_live
    assert live_share(fine_stats) > live_share(coarse_stats)


def test_retries_queued_after_the_batch_began_to_drain_join_it_unchanged(tiny_model, monkeypatch):
    """A retry round queued once rows are being dropped joins the compacted batch; two runs agree,
    and agree with a run in quanta of 16."""
    from promo_llm.generation import Retry

    model, tok = tiny_model
    bs = _briefs(6)
    prompts = [render_prompt(b, tok) for b in bs]
    specs = [channel_spec(b.channel, b.locale) for b in bs]

    def once():
        gen = HFGenerator(model, tok, max_rows=32, progress=False)
        retry = Retry(rounds=2, accept=lambda i, cands: i % 2 == 0)
        out = gen.generate(prompts, specs, 3, 11, SamplingConfig(temperature=1.0), retry=retry)
        return [[(c.index, c.text, c.n_tokens) for c in cs] for cs in out]

    first = once()
    assert first == once()
    assert [len(cs) for cs in first] == [3 if i % 2 == 0 else 9 for i in range(6)]
    monkeypatch.setattr(engine_loop, "row_quantum", lambda dtype, device: ROW_QUANTUM)
    assert once() == first
