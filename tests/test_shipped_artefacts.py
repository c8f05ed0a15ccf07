"""A user's run never writes over a shipped artefact (the bundled adapters, the committed eval
results) without --overwrite-shipped; the defaults write to the workspace."""

from pathlib import Path

import pytest

from promo_llm.errors import UserError
from promo_llm.finetune import load_recipe, run_finetune
from promo_llm.shipped import PROJECT_ROOT, is_shipped, refuse_shipped

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("recipe", ["lora_smollm2-135m_cpu.yaml", "lora_gemma3-270m_zh_cpu.yaml"])
def test_cpu_recipes_write_to_the_workspace_not_the_bundled_adapter(recipe):
    r = load_recipe(ROOT / "finetune/recipes" / recipe, [])
    out = r.path(r.output.dir)
    assert not is_shipped(out, r._root) and "promo-workspace" in out.parts


def test_finetune_into_a_bundled_adapter_is_refused_before_any_work():
    r = load_recipe(ROOT / "finetune/recipes/lora_smollm2-135m_cpu.yaml",
                    ["output.dir=finetune/adapters/smollm2-135m"])
    with pytest.raises(UserError, match="shipped artefact.*--overwrite-shipped"):
        run_finetune(r)


def test_eval_results_default_to_the_workspace_and_committed_results_need_the_flag(tmp_path, monkeypatch):
    from promo_llm.evaluation import default_out_dir, load_suite

    monkeypatch.setenv("PROMO_LLM_HOME", str(tmp_path / "ws"))
    suites = sorted((ROOT / "eval/suites").glob("*.yaml"))
    assert suites
    for path in suites:
        suite = load_suite(path, [])
        out = default_out_dir(suite)
        assert not is_shipped(out, suite._root), (path, out)
    shipped = next(p for p in (PROJECT_ROOT / "eval/results").iterdir() if p.is_dir() and any(p.iterdir()))
    with pytest.raises(UserError, match="shipped artefact"):
        refuse_shipped(shipped, ROOT, False, "eval results")
    refuse_shipped(shipped, ROOT, True, "eval results")  # the explicit flag allows it
    refuse_shipped(tmp_path / "fresh", ROOT, False, "eval results")  # anything else is fine
