"""Fine-tuning data: corpus rows -> token ids with loss only on the copy -> a `datasets` cache,
packed and padded batches. Prompts come from prompting.render_prompt, the code that serves them.

Used by the training loop (finetune.py), DP-SGD (dp.py) and validation-loss evaluation
(evaluation.py), so all three encode a row the same way.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Sequence

from .errors import UserError

ENCODING_VERSION = 1
"""Bumped when `encode_example` changes, so cached tokenised datasets are rebuilt."""


def read_rows(files: Sequence[Path]) -> list[dict[str, Any]]:
    """Corpus rows from JSONL files; a bad row is an error naming file and line."""
    from .records import brief_from_dict

    rows = []
    for f in files:
        if not f.is_file():
            raise UserError(f"{f}: corpus file not found")
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                brief_from_dict(row["brief"])  # validates early, with the location
                if not isinstance(row["copy"], str) or not row["copy"].strip():
                    raise ValueError("empty copy")
            except (ValueError, KeyError, TypeError) as exc:
                raise UserError(f"{f}:{n}: bad corpus row ({exc})") from None
            rows.append({"id": str(row.get("id", f"{f.stem}-{n}")), "brief": row["brief"],
                         "copy": row["copy"]})
    return rows


def data_hash(files: Sequence[Path]) -> dict[str, Any]:
    """sha256 of each file and one over all of them (names and contents, in order)."""
    from .manifest import file_sha256

    per_file = {f.name: file_sha256(f) for f in files}
    h = hashlib.sha256()
    for name, digest in per_file.items():
        h.update(f"{name}\0{digest}\n".encode())
    return {"sha256": h.hexdigest(), "files": per_file}


def encode_example(row: dict[str, Any], tokenizer: Any) -> dict[str, Any]:
    """Token ids for one row: the served prompt, then the copy and EOS; loss only on the copy.

    The prompt is tokenised on its own, exactly as HFGenerator tokenises it at serving, so the
    model learns to continue the very ids it will see.
    """
    from .prompting import render_prompt
    from .records import brief_from_dict

    brief = row["brief"] if isinstance(row["brief"], dict) else json.loads(row["brief"])
    prompt = render_prompt(brief_from_dict(brief, brief_id=row["id"]), tokenizer)
    prompt_ids = tokenizer(prompt.text, add_special_tokens=False)["input_ids"]
    copy_ids = tokenizer(row["copy"] + tokenizer.eos_token, add_special_tokens=False)["input_ids"]
    return {"input_ids": prompt_ids + copy_ids,
            "labels": [-100] * len(prompt_ids) + copy_ids,
            "length": len(prompt_ids) + len(copy_ids)}


def tokenizer_fingerprint(tokenizer: Any) -> str:
    backend = getattr(tokenizer, "backend_tokenizer", None)
    text = backend.to_str() if backend is not None else json.dumps(tokenizer.get_vocab(), sort_keys=True)
    extra = json.dumps([tokenizer.chat_template, tokenizer.eos_token])
    return hashlib.sha256((text + extra).encode()).hexdigest()[:16]


def tokenize_split(rows: list[dict[str, Any]], tokenizer: Any, max_length: int, cache_dir: Path,
                   key: str) -> tuple[Any, int]:
    """A `datasets.Dataset` of encoded rows, cached as Arrow under `cache_dir` by content `key`.

    Returns (dataset, rows dropped for being longer than max_length).
    """
    from datasets import Dataset

    cache_dir.mkdir(parents=True, exist_ok=True)
    cache_file = cache_dir / f"tokenized-{key}.arrow"
    # Briefs go in as JSON text: their attribute maps differ per product, which Arrow would widen
    # into one struct with nulls, and nulls would then reach the prompt.
    table = Dataset.from_list([{"id": r["id"], "brief": json.dumps(r["brief"], ensure_ascii=False),
                                "copy": r["copy"]} for r in rows])
    ds = table.map(encode_example, fn_kwargs={"tokenizer": tokenizer},
                   remove_columns=table.column_names, cache_file_name=str(cache_file),
                   load_from_cache_file=True, new_fingerprint=key, desc="tokenising")
    kept = ds.filter(lambda n: n <= max_length, input_columns="length",
                     cache_file_name=str(cache_dir / f"tokenized-{key}-le{max_length}.arrow"),
                     new_fingerprint=f"{key}-le{max_length}")
    return kept, len(ds) - len(kept)


def pack_examples(ds: Any, max_length: int) -> Any:
    """Concatenate examples into rows of at most `max_length` tokens (first-fit, longest first).

    Examples in a row see each other through attention; the loss still covers only copies, and
    each copy's prompt comes right before it. Packing removes padding, which matters on GPUs.
    """
    from datasets import Dataset

    order = sorted(range(len(ds)), key=lambda i: -ds[i]["length"])
    bins: list[list[int]] = []
    room: list[int] = []
    for i in order:
        n = ds[i]["length"]
        for b, free in enumerate(room):
            if n <= free:
                bins[b].append(i)
                room[b] -= n
                break
        else:
            bins.append([i])
            room.append(max_length - n)
    packed = []
    for b in bins:
        ids = [t for i in b for t in ds[i]["input_ids"]]
        labels = [t for i in b for t in ds[i]["labels"]]
        packed.append({"input_ids": ids, "labels": labels, "length": len(ids)})
    return Dataset.from_list(packed)


class PadCollator:
    """Right-pads a batch: pad id in input_ids, 0 in attention_mask, -100 in labels.

    With `trim_logits`, the batch also says which positions need logits: only those that predict a
    copy token. The prompt is most of every example (~80% of tokens for zh-CN), so skipping its
    vocabulary projection and softmax (49k entries per token for SmolLM2) makes each step cheaper;
    the loss is the same (tests/test_finetune.py checks it).
    """

    def __init__(self, pad_id: int, multiple_of: int = 8, trim_logits: bool = False):
        self.pad_id = pad_id
        self.multiple_of = multiple_of
        self.trim_logits = trim_logits

    def __call__(self, features: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        width = max(len(f["input_ids"]) for f in features)
        width = -(-width // self.multiple_of) * self.multiple_of
        ids = torch.full((len(features), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(features), width), dtype=torch.long)
        labels = torch.full((len(features), width), -100, dtype=torch.long)
        for r, f in enumerate(features):
            n = len(f["input_ids"])
            ids[r, :n] = torch.tensor(f["input_ids"])
            mask[r, :n] = 1
            labels[r, :n] = torch.tensor(f["labels"])
        batch = {"input_ids": ids, "attention_mask": mask, "labels": labels}
        if self.trim_logits:
            target = labels[:, 1:]  # the token each position predicts
            keep = (target != -100).any(0).nonzero().squeeze(1)
            batch["logits_to_keep"] = keep
            batch["shift_labels"] = target[:, keep]
        return batch
