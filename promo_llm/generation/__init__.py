"""Generation stage: prompts -> N candidate copies per brief, batched and seeded.

One module per concern (docs/generation.md has the map and the figures):

- `sampling.py`: `SamplingConfig` (sampling processors and decoding controls), row and retry seeds;
- `protocol.py`: the `Generator` protocol, `Retry` / `generate_with_retries`, `FakeGenerator`;
- `shaping.py`: channel text shaping (`clean_copy`, `copy_complete`, `overflows`, ...);
- `constraints.py`: the token sets behind the decoding constraints (numbers, names);
- `runtime.py`: dtype, threads and heap tuning for the HF engine;
- `engine/`: the HF engine's decode loop (KV slab and prompt store, running batch, attention,
  picking, constraint application, row stopping, tokenizer facts);
- `backends/`: `hf.py` (`HFGenerator`), `vllm.py` (`VLLMGenerator`), `make_generator`.

This package never reads briefs or guardrails. The names below are its public interface.
"""

from __future__ import annotations

from .backends import make_generator
from .backends.hf import HFGenerator
from .protocol import FakeGenerator, Generator, Retry, generate_with_retries
from .runtime import default_threads, resolve_dtype
from .sampling import SamplingConfig, retry_seed, row_seed
from .shaping import MIN_LINE, clean_copy, copy_complete, lines_written, overflows, soft_stop_chars

__all__ = ["Generator", "SamplingConfig", "HFGenerator", "FakeGenerator", "Retry", "retry_seed",
           "generate_with_retries", "clean_copy", "copy_complete", "row_seed", "resolve_dtype",
           "default_threads", "make_generator", "lines_written", "overflows", "soft_stop_chars",
           "MIN_LINE"]
