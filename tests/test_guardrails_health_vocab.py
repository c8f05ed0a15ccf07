"""Health and medical claims from one condition vocabulary composed with every claim frame
(`health_claims` in the en-US and zh-CN packs, `guardrails/health_claims.py`): a condition named to
one frame is caught under every other, in en-US, en-GB (which inherits the English vocabulary) and
zh-CN, for people and pets; comfort and cosmetic wording, everyday idioms and seasons pass. Every
example is written here, none taken from a labelled set."""

from __future__ import annotations

import re

import pytest

from promo_llm.errors import ConfigError
from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.health_claims import compose_patterns, expand
from promo_llm.guardrails.packs import PACK_DIR, _read_yaml, load_pack
from promo_llm.guardrails.rows import parse_row

PURIFIER = {"item_id": "AP1", "title": "Brightwell HEPA Air Purifier", "brand": "Brightwell",
            "category": "Air Purifiers", "price": 120.0, "list_price": 150.0, "currency": "USD",
            "attributes": {"filter": "H13 HEPA", "room size": "40 m²"}, "stock": 30}
TOPPER = {"item_id": "MT1", "title": "Larkspur Memory Foam Mattress Topper", "brand": "Larkspur",
          "category": "Bedding", "price": 64.0, "list_price": 80.0, "currency": "GBP",
          "attributes": {"depth": "5 cm", "cover": "bamboo viscose"}, "stock": 25}
CHEWS = {"item_id": "DC1", "title": "Barkley Salmon Dental Chews", "brand": "Barkley", "category": "Dog Treats",
         "price": 14.0, "list_price": 17.5, "currency": "USD", "attributes": {"count": "30"}, "stock": 90}
KIBBLE = {"item_id": "CK1", "title": "Pawsome Grain-Free Cat Food 2 kg", "brand": "Pawsome", "category": "Cat Food",
          "price": 22.0, "list_price": 27.5, "currency": "GBP", "attributes": {"weight": "2 kg"}, "stock": 40}
HUMIDIFIER = {"item_id": "H1", "title": "清屿加湿器4升", "brand": "清屿", "category": "加湿器", "price": 199.0,
              "list_price": 249.0, "currency": "CNY", "attributes": {"容量": "4升"}, "stock": 50}
CAT_LITTER = {"item_id": "CL1", "title": "喵栖豆腐猫砂6升", "brand": "喵栖", "category": "猫砂", "price": 39.0,
              "list_price": 49.0, "currency": "CNY", "attributes": {"容量": "6升"}, "stock": 200}
OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "WELL20"}


def _blocked(copy: str, product: dict, locale: str) -> set[str]:
    row = parse_row({"id": "t", "copy": copy, "channel": "email_body", "locale": locale, "product": product,
                     "offer": OFFER})
    guard = Guardrails.load(campaign=row.campaign, catalog=[row.brief.product])
    return {v.rule for v in guard.check(row.copy, row.brief).violations if v.severity == "block"}


# --- every frame with conditions of every kind -------------------------------------------------

@pytest.mark.parametrize("copy, product, locale", [
    # treating, relieving, preventing
    ("The Brightwell purifier treats sinusitis while you sleep. $120 with WELL20.", PURIFIER, "en-US"),
    ("Breathe clean air that soothes bronchitis: Brightwell, $120 with WELL20.", PURIFIER, "en-US"),
    ("Brightwell filters the air to prevent pneumonia in older relatives. $120 with WELL20.", PURIFIER, "en-US"),
    ("The Larkspur topper relieves sciatica and lower back pain. £64 with WELL20.", TOPPER, "en-GB"),
    ("Sleep on Larkspur and ease fibromyalgia flare-ups. £64 with WELL20.", TOPPER, "en-GB"),
    ("Larkspur's topper wards off bed sores for anyone resting all day. £64 with WELL20.", TOPPER, "en-GB"),
    ("Barkley chews help prevent gum disease in dogs. $14 with WELL20.", CHEWS, "en-US"),
    ("Pawsome cat food reduces the risk of kidney stones. £22 with WELL20.", KIBBLE, "en-GB"),
    # idioms of being rid of something
    ("Say goodbye to sleep apnoea with the Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("No more tinnitus keeping you up: Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("Beat rosacea flare-ups with cleaner air from Brightwell, $120 with WELL20.", PURIFIER, "en-US"),
    ("Banish dust allergies for good: Brightwell, $120 with WELL20.", PURIFIER, "en-US"),
    ("Barkley chews fight bad breath and tooth decay. $14 with WELL20.", CHEWS, "en-US"),
    ("Pawsome: the end to hairballs and tear stains. £22 with WELL20.", KIBBLE, "en-GB"),
    ("Get rid of diarrhoea with Pawsome grain-free food, £22 with WELL20.", KIBBLE, "en-GB"),
    ("Pawsome is good for cats with hip dysplasia. £22 with WELL20.", KIBBLE, "en-GB"),
    # kept away, what triggers a condition, a condition named before its remedy
    ("Brightwell keeps hay fever and sniffles at bay. $120 with WELL20.", PURIFIER, "en-US"),
    ("Brightwell traps the pet dander that triggers eczema. $120 with WELL20.", PURIFIER, "en-US"),
    ("Gentle migraine relief, all night: the Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("A kennel cough remedy in every chew: Barkley, $14 with WELL20.", CHEWS, "en-US"),
    # a risk factor lowered
    ("Pawsome keeps your cat's blood sugar levels balanced, and lowers triglycerides. £22 with WELL20.",
     KIBBLE, "en-GB"),
    # complaints, and words with an everyday sense too, with the frames that treat or relieve
    ("Larkspur eases swelling and joint stiffness overnight. £64 with WELL20.", TOPPER, "en-GB"),
    ("Sleep well, wake without a headache: Larkspur relieves tension headaches. £64 with WELL20.", TOPPER,
     "en-GB"),
    ("Barkley chews treat worms in puppies. $14 with WELL20.", CHEWS, "en-US"),
    ("Pawsome helps prevent strokes in older cats. £22 with WELL20.", KIBBLE, "en-GB"),
])
def test_en_frames_with_conditions_block(copy, product, locale):
    assert "medical_claim" in _blocked(copy, product, locale)


@pytest.mark.parametrize("copy, product", [
    ("清屿加湿器，缓解宝宝的咳嗽和鼻塞，到手¥199。", HUMIDIFIER),
    ("清屿加湿器预防冬季流感，到手¥199。", HUMIDIFIER),
    ("告别换季的咽炎，清屿加湿器到手¥199。", HUMIDIFIER),
    ("清屿加湿器，抗过敏，到手¥199。", HUMIDIFIER),
    ("用清屿加湿器，老人的失眠一扫而光，到手¥199。", HUMIDIFIER),
    ("清屿加湿器对荨麻疹很有帮助，到手¥199。", HUMIDIFIER),
    ("清屿加湿器帮您摆脱三高困扰，到手¥199。", HUMIDIFIER),
    ("清屿加湿器，告别焦虑，夜夜好眠，到手¥199。", HUMIDIFIER),
    ("喵栖猫砂，远离猫咪的尿路结石，到手¥39。", CAT_LITTER),
    ("喵栖猫砂减少毛孩子的猫癣，到手¥39。", CAT_LITTER),
    ("喵栖猫砂，泪痕不再，到手¥39。", CAT_LITTER),
    ("喵栖猫砂，减轻瘙痒，到手¥39。", CAT_LITTER),
    ("喵栖猫砂治猫鼻支，到手¥39。", CAT_LITTER),
])
def test_zh_frames_with_conditions_block(copy, product):
    assert "medical_claim" in _blocked(copy, product, "zh-CN")


@pytest.mark.parametrize("copy", [
    "Larkspur's topper prevents haemorrhoids and tumours. £64 with WELL20.",
    "Say goodbye to anaemia: Pawsome, £22 with WELL20.",
    "Beat hot flushes at night on the Larkspur topper, £64 with WELL20.",
])
def test_en_gb_inherits_the_english_vocabulary_with_british_spellings(copy):
    product = KIBBLE if "Pawsome" in copy else TOPPER
    assert "medical_claim" in _blocked(copy, product, "en-GB")


def _composed_rule_regex(locale: str) -> re.Pattern:
    return load_pack(locale).rules["medical_claim"].pattern_regex


@pytest.mark.parametrize("locale, frames, conditions, template", [
    ("en-US", "cure", "conditions", "our mat {frame} {condition} in minutes"),
    ("en-US", "idiom", "conditions", "this pillow: {frame} {condition}, at last"),
    ("zh-CN", "cure", "conditions", "本品{frame}{condition}。"),
    ("zh-CN", "idiom", "conditions", "本品{frame}{condition}。"),
])
def test_every_frame_composes_with_every_condition(locale, frames, conditions, template):
    """Each frame of a group with each condition of the vocabulary (one mechanism, not per-frame lists)."""
    section = _read_yaml(PACK_DIR / f"{locale}.yaml")["health_claims"]
    rx = _composed_rule_regex(locale)
    stop = set(section.get("not_followed_by") or ())
    missed = []
    for frame in (w for x in section["frames"][frames] for w in expand(x)):
        for condition in (w for x in section["conditions"][conditions] for w in expand(x)):
            text = template.format(frame=frame, condition=condition)
            if not rx.search(text) and not stop & set(text.split()):
                missed.append(text)
    assert not missed, missed[:10]


# --- what must pass ---------------------------------------------------------------------------

@pytest.mark.parametrize("copy, product, locale", [
    # comfort and cosmetic wording: no condition named
    ("The Larkspur topper relieves tired feet and aching muscles after a long shift. £64 with WELL20.",
     TOPPER, "en-GB"),
    ("Soothes dry, itchy skin-feel sheets? No: a bamboo cover that stays cool. £64 with WELL20.", TOPPER, "en-GB"),
    ("Ease into the weekend on a Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    # everyday idioms with a complaint, and stress that is no complaint of the body
    ("No more stress over spare-room beds: Larkspur, £64 with WELL20.", TOPPER, "en-GB"),
    ("Takes the tension out of hosting: the Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("Eases the stress of moving house: Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    # weather, seasons and skin types named after a condition
    ("Brightwell is ready for hay fever season: $120 with WELL20.", PURIFIER, "en-US"),
    ("Beat the cold with a warm, clean room: Brightwell, $120 with WELL20.", PURIFIER, "en-US"),
    ("Cleans the air through cold and flu season. $120 with WELL20.", PURIFIER, "en-US"),
    ("A gentle bamboo cover for eczema-prone skin. £64 with WELL20.", TOPPER, "en-GB"),
    # words with an everyday sense: a stroke, piles, headaches of a chore, a cold drink, hot spots of a pan
    ("Swimmers: improve your stroke with Brightwell's clean air. $120 with WELL20.", PURIFIER, "en-US"),
    ("No more piles of laundry on the spare bed: Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("No more set-up headaches: Brightwell pairs in seconds. $120 with WELL20.", PURIFIER, "en-US"),
    ("Nothing beats a cold drink and a clean room: Brightwell, $120 with WELL20.", PURIFIER, "en-US"),
    ("Less stress on your hips and shoulders: the Larkspur topper, £64 with WELL20.", TOPPER, "en-GB"),
    ("Citronella-free and still keeps the bugs away from your bed: Larkspur, £64 with WELL20.", TOPPER,
     "en-GB"),
    ("The bamboo cover is treated against all weather conditions. £64 with WELL20.", TOPPER, "en-GB"),
    # germs fought by a cleaner are not kept away from the body
    ("Barkley chews: fights plaque and tartar, freshens breath. $14 with WELL20.", CHEWS, "en-US"),
    ("Pawsome keeps the mess away from your floors. £22 with WELL20.", KIBBLE, "en-GB"),
])
def test_en_comfort_and_idioms_pass(copy, product, locale):
    assert "medical_claim" not in _blocked(copy, product, locale)


@pytest.mark.parametrize("copy, product", [
    ("清屿加湿器，缓解疲劳，舒缓压力，到手¥199。", HUMIDIFIER),
    ("过敏季到了，清屿加湿器到手¥199。", HUMIDIFIER),
    ("清屿加湿器，静音防干燥，到手¥199。", HUMIDIFIER),
    ("喵栖猫砂，防水防臭，结团快，到手¥39。", CAT_LITTER),
    ("喵栖猫砂，告别满屋猫砂味，到手¥39。", CAT_LITTER),
    ("清屿加湿器，告别选择焦虑，一台就够，到手¥199。", HUMIDIFIER),
    ("发烧友都在用的清屿加湿器，不再是发烧友的专属，到手¥199。", HUMIDIFIER),
])
def test_zh_comfort_passes(copy, product):
    assert "medical_claim" not in _blocked(copy, product, "zh-CN")


# --- the mechanism ------------------------------------------------------------------------------

def test_word_forms_expand():
    assert expand("migraine(s)") == ["migraine", "migraines"]
    assert expand("treat(s|ed|ing)") == ["treat", "treats", "treated", "treating"]
    assert expand("Hay  Fever") == ["hay fever"]


def test_a_composition_naming_an_unknown_group_is_a_config_error():
    section = {"conditions": {"conditions": ["asthma"]}, "frames": {"cure": ["cures"]},
               "compose": [{"frames": ["cure", "idiom"], "conditions": ["conditions"]}]}
    with pytest.raises(ConfigError, match="idiom"):
        compose_patterns(section, "pack.yaml")
    with pytest.raises(ConfigError, match="unknown keys"):
        compose_patterns({**section, "compose": [{"frames": ["cure"], "conditions": ["conditions"],
                                                   "gapp": 2}]}, "pack.yaml")


def test_gap_and_then_words():
    section = {"conditions": {"c": ["asthma", "hay fever"]}, "frames": {"f": ["prevents"], "k": ["keeps"],
                                                                       "away": ["away"]},
               "compose": [{"frames": ["f"], "conditions": ["c"], "gap": 1},
                           {"frames": ["k"], "conditions": ["c"], "then": ["away"]}]}
    prevent, keep = (re.compile(p) for p in compose_patterns(section, "pack.yaml"))
    assert prevent.search("prevents seasonal asthma")
    assert not prevent.search("prevents the worst seasonal asthma")  # more words than the gap
    assert not prevent.search("prevents asthmatic")  # whole words only
    assert keep.search("keeps hay-fever and sniffles away")
    assert not keep.search("keeps hay fever")
