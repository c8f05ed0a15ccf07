"""Backends behind the `Generator` protocol, and the factory the CLI and pipeline use.

`hf.py`: transformers on CPU or one GPU, the hand-written decode loop of `engine/` with every
decoding control of `SamplingConfig`. `vllm.py`: vLLM on CUDA GPUs, LoRA served at runtime; it
honours the sampling processors but not the engine's decoding controls (`dropped_controls`).
Each backend is imported only when it is built, so neither vllm nor the engine loads otherwise.
"""

from __future__ import annotations

from typing import Any

from ..protocol import Generator


def make_generator(backend: str, model: str, adapter: str | None, *, dtype: str = "auto",
                   progress: bool = True, **kwargs: Any) -> Generator:
    """The generator for `backend` ('hf' or 'vllm') with `model` and an optional LoRA `adapter`."""
    if backend == "vllm":
        from .vllm import VLLMGenerator

        return VLLMGenerator(model, adapter, dtype=dtype, progress=progress, **kwargs)
    if backend != "hf":
        from ...errors import UserError

        raise UserError(f"unknown backend {backend!r}; expected 'hf' or 'vllm'")
    from ...models import load_model
    from ..runtime import resolve_dtype
    from .hf import HFGenerator

    model_obj, tok = load_model(model, adapter, dtype=resolve_dtype(dtype))
    return HFGenerator(model_obj, tok, progress=progress, **kwargs)
