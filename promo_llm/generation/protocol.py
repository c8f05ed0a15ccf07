"""The `Generator` protocol every backend meets, retry rounds over it, and a fake backend.

`Generator.generate(prompts, specs, n, seed, sampling)` returns one list of N candidates per
prompt, in prompt order. `generate_with_retries` gives briefs whose candidates were all rejected
more rounds, each with its own seed. `FakeGenerator` returns queued outputs, for tests of
everything downstream of the model.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol, Sequence

from ..channels import ChannelSpec
from ..records import Candidate, Prompt
from .sampling import SamplingConfig, retry_seed
from .shaping import clean_copy


class Generator(Protocol):
    name: str

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        """N candidates for each prompt, in prompt order."""
        ...


@dataclass(frozen=True)
class Retry:
    """More rounds for briefs whose candidates were all rejected.

    `accept(i, cands)` sees one round's candidates of prompt i and says whether the brief is
    served (the pipeline runs the guardrails there); a brief not served gets another round of n
    candidates, up to `rounds` more. Round r (1, 2, ...) samples with `retry_seed(seed, r)` and
    numbers its candidates r*n .. r*n + n-1, so a brief's rounds do not depend on the others."""

    rounds: int
    accept: Callable[[int, list[Candidate]], bool]


def generate_with_retries(generator: Generator, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec],
                          n: int, seed: int, sampling: SamplingConfig, retry: Retry,
                          log: Any = None) -> list[list[Candidate]]:
    """Every round's candidates per prompt (round 0 first). A backend that can queue a brief's
    next round into its running batch (`HFGenerator`) does so as soon as the brief's round is
    done; any other backend runs the rounds one after another, each over the briefs still
    unserved. Both give the same candidates: each (brief, round, index) has its own seed."""
    if getattr(generator, "queues_retries", False):
        return generator.generate(prompts, specs, n, seed, sampling, retry=retry)
    out = [list(c) for c in generator.generate(prompts, specs, n, seed, sampling)]
    todo = [i for i, cands in enumerate(out) if not retry.accept(i, cands)]
    for r in range(1, retry.rounds + 1):
        if not todo:
            break
        if log:
            log(f"retry {r}: {len(todo)} briefs had every candidate blocked; {n} more each")
        more = generator.generate([prompts[i] for i in todo], [specs[i] for i in todo], n,
                                  retry_seed(seed, r), sampling)
        still = []
        for i, cands in zip(todo, more):
            cands = [dataclasses.replace(c, index=c.index + r * n) for c in cands]
            out[i] += cands
            if not retry.accept(i, cands):
                still.append(i)
        todo = still
    return out


class FakeGenerator:
    """Returns queued outputs in order (cycling), so tests drive the real pipeline without a model."""

    name = "fake"

    def __init__(self, outputs: Iterable[str] | None = None, fn: Any = None):
        self.outputs = list(outputs or [])
        self.fn = fn
        self.calls = 0

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        result = []
        for prompt, spec in zip(prompts, specs):
            cands = []
            for i in range(n):
                if self.fn is not None:
                    text = self.fn(prompt, i)
                else:
                    text = self.outputs[self.calls % len(self.outputs)]
                self.calls += 1
                cands.append(Candidate(prompt.brief_id, i, clean_copy(text, spec), len(text.split())))
            result.append(cands)
        return result

