"""Shared fixtures: offline by construction, a tiny Llama + tokenizer built once per session.

The tiny tokenizer is a byte-level BPE trained here on English and Chinese promo text, so any text
encodes; the tiny model is a 2-layer Llama with random weights. Nothing is downloaded.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

# Fuzzing (tests/test_fuzz.py): bounded and derandomized in the default run, so `make test` tries
# the same examples every time; long and random with HYPOTHESIS_PROFILE=long (`make fuzz`). No
# deadline: examples share two busy CPU cores with whatever else runs.
try:
    from hypothesis import settings as _hyp

    _hyp.register_profile("default", max_examples=40, deadline=None, print_blob=True, derandomize=True)
    _hyp.register_profile("long", max_examples=3000, deadline=None, print_blob=True)
    _hyp.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    pass

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] "
    "+ '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}"
    "{% endif %}"
)


class _NoNetwork(socket.socket):
    def connect(self, address):  # type: ignore[override]
        if isinstance(address, tuple) and address and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise RuntimeError(f"tests are offline: attempted connection to {address}")
        return super().connect(address)


@pytest.fixture(autouse=True, scope="session")
def _offline():
    original = socket.socket
    socket.socket = _NoNetwork  # type: ignore[misc]
    yield
    socket.socket = original  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own workspace; the model cache is shared per session."""
    monkeypatch.setenv("PROMO_LLM_HOME", str(tmp_path / "workspace"))


def _corpus() -> list[str]:
    lines = []
    for p in sorted((REPO / "prompts").rglob("*.j2")):
        lines.append(p.read_text(encoding="utf-8"))
    lines += [
        "Alpina Trailrunner boots are now $79.99 (was $99.99). 20% off ends Dec 5. Reply STOP to opt out",
        "Warm up your winter walks with the Nordlys wool scarf, 15% off with code WINTER15.",
        "【山野】冬季徒步鞋限时8折，现价¥239，12月5日截止，快来选购！回T退订",
        "暖居纯棉四件套，柔软亲肤，到手价299元，包邮送收纳袋。",
        "<|im_start|>system\n<|im_end|>\n<|im_start|>user\n<|im_start|>assistant\n",
    ]
    return lines


def build_tiny_model(path: Path, *, vocab_size: int = 800, seed: int = 0) -> Path:
    """A 2-layer Llama and a byte-level BPE tokenizer, saved as a normal model folder."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tk.train_from_iterator(_corpus(), trainer)
    tok = PreTrainedTokenizerFast(tokenizer_object=tk, bos_token="<|im_start|>",
                                  eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                  unk_token="<|endoftext|>")
    tok.chat_template = CHATML
    torch.manual_seed(seed)
    config = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64,
                         num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                         max_position_embeddings=1024, tie_word_embeddings=True,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                         pad_token_id=tok.pad_token_id)
    model = LlamaForCausalLM(config)
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path, safe_serialization=True)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(scope="session")
def tiny_model(tiny_model_dir):
    from promo_llm.models import load_model

    return load_model(str(tiny_model_dir))


def require_shared_data(*parts: str) -> Path:
    """Path into ../shared/data; skip visibly when absent, but fail under CI."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"shared data missing under CI: {path}")
        pytest.skip(f"shared data not found at {path}")
    return path
