import textwrap

import pytest

from promo_llm.config import CampaignConfig, load_config
from promo_llm.errors import ConfigError
from promo_llm.resources import asset_dir


def write(tmp_path, body):
    p = tmp_path / "c.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


@pytest.mark.parametrize("name", ["campaign.yaml", "campaign-zh.yaml"])
def test_shipped_campaigns_load(name):
    cfg = load_config(CampaignConfig, asset_dir("examples") / name)
    assert cfg.name and cfg.candidates >= 1


INVALID = [
    ("name: x\nbogus: 1\n", "bogus: unknown key"),
    ("name: x\nlocale: fr-FR\n", "locale: expected one of"),
    ("name: x\nchannels: [fax]\n", "channels: unknown channel 'fax'"),
    ("name: x\ncandidates: 0\n", "candidates: must be between 1 and 16"),
    ("name: x\ncandidates: two\n", "candidates: expected int, got 'two'"),
    ("name: x\ntone: angry\n", "tone: expected one of"),
    ("name: x\noffer: {discount_pct: 120}\n", "offer.discount_pct: must be in (0, 90]"),
    ("name: x\noffer: {colour: red}\n", "offer.colour: unknown key"),
    ("name: x\naudience: {segments: [whales]}\n", "unknown segment 'whales'"),
    ("name: x\nsend_date: tomorrow\n", "send_date: expected a date YYYY-MM-DD"),
    ("name: x\nrepetition_penalty: 0.8\n", "repetition_penalty: must be in [1, 2]"),
    ("name: x\nsibling_penalty: 3\n", "sibling_penalty: must be in [1, 2]"),
    ("name: x\nproducts: {skus: [1]}\n", "products: expected 'recommended'"),
    ("locale: en-US\n", "name: required key is missing"),
    ("name: [unclosed\n", "invalid YAML"),
]


@pytest.mark.parametrize("body,message", INVALID)
def test_invalid_campaigns_name_the_key(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as err:
        load_config(CampaignConfig, path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_overrides_apply_and_validate(tmp_path):
    path = write(tmp_path, "name: x\n")
    cfg = load_config(CampaignConfig, path, ["max_users=5", "offer.discount_pct=15"])
    assert cfg.max_users == 5 and cfg.offer.discount_pct == 15
    with pytest.raises(ConfigError, match="max_users: must be at least 1"):
        load_config(CampaignConfig, path, ["max_users=0"])
