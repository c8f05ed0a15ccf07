"""A slow, deterministic generator for crash and concurrency tests, and a CLI entry point using it.

`python tests/crash_fixture.py <promo-llm args>` runs the real command line with the model swapped
for `SlowGrounded`: copy built from each prompt's facts (so it passes the guardrails), one brief at
a time with a pause, handing each brief to the pipeline as it is done, as the HF engine does. With
PROMO_TEST_KILL_AT=<file name>, the process kills itself (SIGKILL) just before that output file is
renamed into place: a crash in the middle of writing the outputs.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_pipeline import grounded_copy  # noqa: E402

from promo_llm.generation.shaping import clean_copy  # noqa: E402
from promo_llm.records import Candidate  # noqa: E402


class SlowGrounded:
    name = "slow-grounded"
    queues_retries = True
    tokenizer = None

    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def generate(self, prompts, specs, n, seed, sampling=None, retry=None):
        out = []
        for i, (prompt, spec) in enumerate(zip(prompts, specs)):
            got: list[Candidate] = []
            for r in range((retry.rounds if retry else 0) + 1):
                time.sleep(self.delay)
                cands = [Candidate(prompt.brief_id, r * n + k,
                                   clean_copy(grounded_copy(prompt, (seed + r * n + k) % 4), spec), 12)
                         for k in range(n)]
                got += cands
                if retry is None or retry.accept(i, cands):
                    break
            out.append(got)
        return out


def install(delay: float, setattr=setattr) -> None:
    """Make the pipeline's default generator a SlowGrounded (pass monkeypatch.setattr in tests)."""
    import promo_llm.pipeline as pipeline

    setattr(pipeline, "default_generator",
            lambda cfg, **kw: (SlowGrounded(delay), {"backend": "slow-grounded"}))


def _kill_at(name: str) -> None:
    real = os.replace

    def replace(src, dst, *a, **kw):
        if Path(dst).name == name:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, dst, *a, **kw)

    os.replace = replace


if __name__ == "__main__":
    install(float(os.environ.get("PROMO_TEST_DELAY", "0.2")))
    if os.environ.get("PROMO_TEST_KILL_AT"):
        _kill_at(os.environ["PROMO_TEST_KILL_AT"])
    from promo_llm.cli import app

    app(sys.argv[1:], prog_name="promo-llm")
