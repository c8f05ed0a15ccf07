"""Smoke test on the real default model (smollm2-135m + its bundled adapter): `make test-all`.

Marked slow: it converts the packaged GGUF once (about 30 s) and generates for a few users on the
CPU. It checks what the tiny test model cannot: that the real model, adapter and decoding
constraints write copy that passes the guardrails for most briefs of the demo campaign.
"""

import json

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app

pytestmark = pytest.mark.slow


def test_demo_campaign_on_the_real_default_model(tmp_path):
    from promo_llm.models import list_models

    default = next(m for m in list_models() if m["default"])
    assert default["installed"], "the default model's wheel is missing: run make setup"
    out = tmp_path / "demo"
    result = CliRunner().invoke(app, ["generate", "--out", str(out), "--set", "max_users=6",
                                      "--set", "candidates=4"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "copies.jsonl").read_text().splitlines()]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["model"]["adapter"] and manifest["counts"]["briefs"] == 6
    # the real model writes passing copy for most briefs, each naming something of its product
    assert len(rows) >= 4
    for r in rows:
        assert r["verdict"]["passed"] and r["copy"].strip()
        assert r["features"]["copy_names_product"] > 0 or r["features"]["copy_grounded_lines"] > 0
