"""The vLLM backend: generation on GPUs behind the same `Generator` protocol, LoRA at runtime.

Install with `pip install 'promo-llm[gpu]'` on a machine with a CUDA GPU, then
`promo-llm generate --backend vllm`. vllm is imported only when this backend is built, so the
package never needs it otherwise.

What is the same as the HF backend: prompts are the same token ids (the chat template is applied by
prompting.render_prompt, no BOS added), N candidates per brief come from one request
(`SamplingParams(n=N)`), the budget is the channel's `max_new_tokens`, and every brief has its own
seed derived from (run seed, brief id), so a brief's candidates do not depend on which other briefs
share the run or the shard. What differs: vLLM applies the LoRA adapter at runtime (no merge),
and its kernels and sampler differ from transformers', so the same seed gives different copies.

What it does not do: the HF engine's decoding controls (`SamplingConfig.hold_eos`,
`ground_numbers`, `ground_names`, `ground_attributes`, `no_hashtags`, `rewind`,
`length_pressure`, `sibling_penalty`, `dedupe_siblings`, and an output-only repetition penalty) are logits
processors over the engine's own row state, which vLLM's sampler does not run (it samples a
request's n sequences apart). `dropped_controls` names the ones a run would have used; the
backend prints them as one line on its first call, and the guardrails still check every copy. Candidates carry no log-probability, so the fluency gate (`min_fluency`) passes them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Sequence

from ...channels import ChannelSpec
from ...errors import UserError
from ...records import Candidate, Prompt
from ..sampling import SamplingConfig, row_seed
from ..shaping import clean_copy, soft_stop_chars


def dropped_controls(sampling: SamplingConfig, prompts: Sequence[Prompt] = (),
                     specs: Sequence[ChannelSpec] = ()) -> list[str]:
    """The decoding controls the HF engine would apply with `sampling` that this backend does not,
    as `SamplingConfig` field names in field order; given `prompts` and their `specs`, only those
    that would constrain at least one of them."""
    pairs = list(zip(prompts, specs))

    def applies(test: Any) -> bool:
        return not pairs or any(test(p, s) for p, s in pairs)

    # the engine's line handling (held lines, soft stops) runs only with hold_eos
    shaped = sampling.hold_eos and applies(lambda p, s: s.lines > 1 or soft_stop_chars(s) > 0)
    ends = sampling.hold_eos and applies(lambda p, s: soft_stop_chars(s) > 0)
    wanted = {
        "repetition_penalty": sampling.repetition_penalty != 1.0 and not sampling.penalize_prompt,
        # a penalty across a request's n sequences: vLLM samples them independently
        "sibling_penalty": sampling.sibling_penalty != 1.0,
        "dedupe_siblings": sampling.dedupe_siblings,
        "hold_eos": shaped,
        # with numbers, currency signs the prompt does not use are masked: that applies to every prompt
        "ground_numbers": sampling.ground_numbers,
        "ground_names": sampling.ground_names and applies(lambda p, s: bool(p.names)),
        "ground_attributes": sampling.ground_attributes and applies(lambda p, s: bool(p.avoid_words)),
        "no_hashtags": sampling.no_hashtags and applies(lambda p, s: not s.hashtags),
        "rewind": sampling.rewind > 0 and ends,
        "length_pressure": sampling.length_pressure > 0 and shaped,
    }
    return [name for name in wanted if wanted[name]]


def dropped_line(dropped: Sequence[str]) -> str:
    """The one line the backend prints about `dropped_controls`."""
    names = ", ".join("repetition_penalty (output-only: penalize_prompt off)" if d == "repetition_penalty"
                      else d for d in dropped)
    return (f"vllm backend drops these decoding controls (HF engine only): {names}; "
            "the sampling settings still apply and the guardrails check every copy")


def _import_vllm() -> Any:
    try:
        import vllm
    except ImportError:
        raise UserError("the vllm backend needs vLLM, which is not installed: "
                        "pip install 'promo-llm[gpu]' (Linux with a CUDA GPU)") from None
    return vllm


class VLLMGenerator:
    """Batched sampling with vLLM; `adapter` is a PEFT LoRA folder served with LoRARequest."""

    name = "vllm"

    def __init__(self, model: str, adapter: str | Path | None = None, *, dtype: str = "auto",
                 gpu_memory_utilization: float = 0.85, max_model_len: int = 2048,
                 progress: bool = True, **llm_kwargs: Any):
        vllm = _import_vllm()
        from ...models import resolve_model

        ref = resolve_model(model)
        self.adapter = Path(adapter) if adapter else None
        self.progress = progress
        kwargs: dict[str, Any] = dict(model=str(ref), tokenizer=str(ref), dtype=dtype,
                                      gpu_memory_utilization=gpu_memory_utilization,
                                      max_model_len=max_model_len, seed=0)
        self.lora = None
        if self.adapter is not None:
            cfg_file = self.adapter / "adapter_config.json"
            if not cfg_file.is_file():
                raise UserError(f"{self.adapter}: not a LoRA adapter folder (no adapter_config.json)")
            rank = int(json.loads(cfg_file.read_text()).get("r", 16))
            kwargs.update(enable_lora=True, max_loras=1, max_lora_rank=max(8, rank))
            from vllm.lora.request import LoRARequest

            self.lora = LoRARequest("promo-adapter", 1, str(self.adapter))
        kwargs.update(llm_kwargs)
        self.llm = vllm.LLM(**kwargs)
        self.tokenizer = self.llm.get_tokenizer()
        self._vllm = vllm
        self._told = False

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        if not prompts:
            return []
        dropped = dropped_controls(sampling, prompts, specs)
        if dropped and not self._told:  # once per generator: retry rounds call again
            print(dropped_line(dropped), file=sys.stderr)
            self._told = True
        requests, params = [], []
        for prompt, spec in zip(prompts, specs):
            ids = self.tokenizer(prompt.text, add_special_tokens=False)["input_ids"]
            requests.append({"prompt_token_ids": ids})
            sample: dict[str, Any] = dict(temperature=0.0)  # vLLM's greedy
            if sampling.do_sample:
                sample = dict(temperature=sampling.temperature, top_p=sampling.top_p)
                if sampling.top_k > 0:  # vLLM's default is the whole vocabulary
                    sample["top_k"] = sampling.top_k
            # vLLM's repetition penalty always counts the prompt's tokens; where the prompt should
            # not count (`penalize_prompt` off) it is left off rather than changed in meaning
            penalty = sampling.repetition_penalty if sampling.penalize_prompt else 1.0
            params.append(self._vllm.SamplingParams(
                n=n, max_tokens=spec.max_new_tokens, repetition_penalty=penalty,
                seed=row_seed(seed, prompt.brief_id, 0) % (2**31), **sample))
        outputs = self.llm.generate(requests, params, use_tqdm=self.progress,
                                    lora_request=self.lora)
        result = []
        for prompt, spec, out in zip(prompts, specs, outputs):
            comps = sorted(out.outputs, key=lambda c: c.index)
            result.append([Candidate(prompt.brief_id, k, clean_copy(c.text, spec), len(c.token_ids),
                                     "length" if c.finish_reason == "length" else "stop")
                           for k, c in enumerate(comps)])
        return result
