"""Classes of copy a fifth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Harm that passed: merge tags of the mailing tools left in the copy, a
word or a Chinese unit doubled at once, a line cut after a particle or a clause opener, materials
and technical features the lists lacked, medical claims, guarantees and insults of new kinds, a
"was" price in pence, a gift added "free", a code entered at checkout, an award before its winner,
another brand's standard "for less" and 同款, a bundled item "now ships with its ...", May as a
deadline. Correct copy that was blocked: a phrasal verb ending on its preposition, a hashtag that
runs short words together, music for an instrument, a hashtag naming whom the product serves.
Each with a near miss on the other side."""

from __future__ import annotations

import pytest

from guard_rows import blocking, check_row

KETTLE = {"item_id": "K1", "title": "Fernhill Gooseneck Kettle 1 L", "brand": "Fernhill", "category": "Kettles",
          "price": 48.0, "list_price": 60.0, "currency": "GBP",
          "attributes": {"material": "stainless steel", "capacity": "1 L", "finish": "matte black"}, "stock": 40}
PILLOW = {"item_id": "P1", "title": "Dovecote Feather Pillow", "brand": "Dovecote", "category": "Pillows",
          "price": 24.0, "list_price": 30.0, "currency": "USD",
          "attributes": {"fill": "duck feather", "cover": "cotton percale"}, "stock": 60}
CLIPS = {"item_id": "20713", "title": "Set Of 6 Bulldog Clips Retro", "brand": "Quillmore", "category": "Office",
         "price": 0.36, "list_price": 0.45, "currency": "GBP",
         "attributes": {"stock code": "20713", "pieces": "6", "design": "retro"}, "stock": 300}
HARNESS = {"item_id": "H1", "title": "Wagtail No-Pull Dog Harness", "brand": "Wagtail", "category": "Pet Supplies",
           "price": 28.0, "list_price": 35.0, "currency": "USD",
           "attributes": {"material": "padded nylon", "size": "medium"}, "stock": 50}
BANJO = {"item_id": "B1", "title": "Cobblestone Open-Back Banjo", "brand": "Cobblestone", "category": "Banjos",
         "price": 240.0, "list_price": 300.0, "currency": "USD",
         "attributes": {"strings": "5", "rim": "maple"}, "stock": 12}
WOK = {"item_id": "W1", "title": "灶旺铸铁炒锅32厘米", "brand": "灶旺", "category": "炒锅", "price": 159.2,
       "list_price": 199.0, "currency": "CNY", "attributes": {"材质": "铸铁", "直径": "32厘米"}, "stock": 80}
OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "SPRING20"}
CATALOG = [KETTLE, PILLOW, CLIPS, HARNESS, BANJO,
           {"item_id": "T1", "title": "Pebble Plush Dog", "brand": "Pebble", "category": "Toys", "price": 12.0,
            "list_price": 15.0, "currency": "USD", "attributes": {}, "stock": 10}]


def _verdict(copy: str, product: dict, locale: str, channel: str, offer: dict | None):
    return check_row(copy, product, locale, channel, offer or OFFER, CATALOG if locale != "zh-CN" else [WOK])


def _blocked(copy: str, product: dict = KETTLE, locale: str = "en-GB", channel: str = "email_body",
             offer: dict | None = None) -> set[str]:
    return blocking(_verdict(copy, product, locale, channel, offer))


# --- merge tags ------------------------------------------------------------------------------

@pytest.mark.parametrize("tag", ["%FIRST_NAME%", "*|FNAME|*", "[First Name]", "[firstname]", "<<given name>>",
                                 "#fname#", "$name$"])
def test_merge_tags_of_every_family_block(tag):
    assert "template_leak" in _blocked(f"Dear {tag}, the Fernhill Gooseneck Kettle is £48.00 with SPRING20.")


def test_merge_tag_in_chinese_blocks_and_percentages_do_not():
    assert "template_leak" in _blocked("%昵称%您好，灶旺铸铁炒锅到手¥159.2，4月30日前有效。", WOK, "zh-CN")
    assert "template_leak" not in _blocked("Fernhill Gooseneck Kettle: 20% off, then 20%more for members? "
                                           "No: 20% off with SPRING20, £48.00.")


# --- repetition ------------------------------------------------------------------------------

def test_a_word_doubled_inside_its_sentence_blocks():
    assert "repetition" in _blocked("Pour slowly with the gooseneck gooseneck kettle, £48.00 with SPRING20.")
    assert "repetition" in _blocked("In matte black, black, the Fernhill Gooseneck Kettle is £48.00.")
    # a word doubled across a comma stays blocked even opening a line: generated copy writes
    # 'Kettles, kettles:' far more often than a writer's 'Mirror, mirror'
    assert "repetition" in _blocked("Kettles, kettles: the Fernhill Gooseneck Kettle is £48.00.")


@pytest.mark.parametrize("copy", [
    "Knock knock! The Fernhill Gooseneck Kettle is here, £48.00 with SPRING20.",
    "Pour pour? Yes: the Fernhill Gooseneck Kettle is £48.00 with SPRING20.",
    "The Fernhill Gooseneck Kettle is very very good at a slow pour, £48.00 with SPRING20.",
])
def test_doubled_words_as_figures_of_speech_pass(copy):
    assert "repetition" not in _blocked(copy)


def test_a_chinese_noun_doubled_blocks_a_reduplicated_verb_does_not():
    assert "repetition" in _blocked("【灶旺】铸铁锅铸铁锅，32厘米到手¥159.2。", WOK, "zh-CN")
    assert "repetition" not in _blocked("【灶旺】试试这口铸铁炒锅，32厘米到手¥159.2。", WOK, "zh-CN")


# --- truncation ------------------------------------------------------------------------------

def test_a_line_cut_after_a_particle_blocks():
    assert "truncated" in _blocked("The Fernhill Gooseneck Kettle is £48.00 with SPRING20 and it is available in")
    assert "truncated" not in _blocked("The Fernhill Gooseneck Kettle is £48.00 with SPRING20. Log in")


def test_a_preposition_closing_an_infinitive_after_a_pronoun_is_whole():
    assert "truncated" not in _blocked("Nothing to worry about", channel="email_subject")
    assert "truncated" not in _blocked("Something to look forward to", channel="email_subject")
    assert "truncated" in _blocked("Fernhill kettles, £48.00 with free delivery to", channel="email_subject")


@pytest.mark.parametrize("copy", ["灶旺铸铁炒锅到手¥159.2，4月30日前有效，开锅后",
                                  "灶旺铸铁炒锅到手¥159.2，4月30日前有效，可用于"])
def test_chinese_lines_cut_after_a_clause_opener_block(copy):
    assert "truncated" in _blocked(copy, WOK, "zh-CN")


def test_chinese_words_ending_in_hou_that_stand_alone_pass():
    assert "truncated" not in _blocked("灶旺铸铁炒锅到手¥159.2，4月30日前有效，放心售后", WOK, "zh-CN")


# --- materials and features -----------------------------------------------------------------

@pytest.mark.parametrize("copy, product", [
    ("Memory foam support: the Dovecote Feather Pillow is $24.00 with SPRING20.", PILLOW),
    ("A solid brass spout on the Fernhill Gooseneck Kettle, £48.00 with SPRING20.", KETTLE),
    ("The Fernhill Gooseneck Kettle with an LED display, £48.00 with SPRING20.", KETTLE),
    ("Wagtail's vet-recommended harness, $28.00 with SPRING20.", HARNESS),
])
def test_materials_and_features_the_record_lacks_block(copy, product):
    assert "grounding_attribute" in _blocked(copy, product, "en-US" if product["currency"] == "USD" else "en-GB")


def test_a_feature_the_record_states_passes():
    assert "grounding_attribute" not in _blocked("Stainless steel, matte black: the Fernhill Gooseneck Kettle "
                                                 "is £48.00 with SPRING20.")


# --- medical claims, guarantees, insults --------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "No more migraines: the Dovecote Feather Pillow is $24.00 with SPRING20.",
    "The Dovecote Feather Pillow traps the dust mites that trigger allergies. $24.00 with SPRING20.",
])
def test_medical_claims_of_new_kinds_block(copy):
    assert "medical_claim" in _blocked(copy, PILLOW, "en-US")


def test_relief_from_a_chore_is_no_medical_claim():
    assert "medical_claim" not in _blocked("No more soggy tea: the Fernhill Gooseneck Kettle is £48.00 with SPRING20.")


def test_chinese_cure_and_guarantee_constructions_block():
    assert "medical_claim" in _blocked("用灶旺铸铁锅做饭，根治宝宝的贫血！到手¥159.2", WOK, "zh-CN")
    assert "absolute_claim" in _blocked("灶旺铸铁炒锅保证用二十年，到手¥159.2", WOK, "zh-CN")
    assert "absolute_claim" in _blocked("灶旺铸铁炒锅用坏了包换新，到手¥159.2", WOK, "zh-CN")
    assert "absolute_claim" not in _blocked("灶旺铸铁炒锅，品质保证，到手¥159.2", WOK, "zh-CN")


def test_readers_run_down_as_a_group_block():
    assert "toxicity" in _blocked("Kettles for clueless tea drinkers: Fernhill Gooseneck Kettle, £48.00.")
    assert "toxicity" in _blocked("手笨的蠢猪们看过来，灶旺铸铁炒锅到手¥159.2", WOK, "zh-CN")
    # a pet name is no insult; an adjective of contempt for a thing is no insult to a person
    assert "toxicity" not in _blocked("送给家里的小笨蛋一口好锅，灶旺铸铁炒锅到手¥159.2", WOK, "zh-CN")
    assert "toxicity" not in _blocked("Retire that useless old pan: the Fernhill Gooseneck Kettle is £48.00.")


# --- prices, gifts, codes, awards, comparisons, bundles, deadlines ------------------------------

def test_a_was_price_in_pence_must_be_the_list_price():
    assert "grounding_price" in _blocked("Six retro bulldog clips, 36p, was 60p. Code SPRING20.", CLIPS)
    assert "grounding_price" not in _blocked("Six retro bulldog clips, 36p, was 45p. Code SPRING20.", CLIPS)


def test_a_gift_added_free_needs_the_offer_s_gift():
    copy = "Order the Fernhill Gooseneck Kettle with SPRING20 and we'll add a tea caddy free. £48.00."
    assert "grounding_gift" in _blocked(copy)
    assert "grounding_gift" not in _blocked(copy, offer={**OFFER, "gift": "a tea caddy"})


def test_a_code_entered_at_checkout_must_be_the_offer_s():
    assert "grounding_code" in _blocked("Apply KETTLE15 at checkout: Fernhill Gooseneck Kettle, £48.00.")
    assert "grounding_code" not in _blocked("Apply SPRING20 at checkout: Fernhill Gooseneck Kettle, £48.00.")


def test_an_award_named_before_its_winner_blocks():
    assert "grounding_award" in _blocked("Medal for Design winner: the Fernhill Gooseneck Kettle, £48.00.")


def test_another_brand_s_standard_for_less_blocks_a_trade_s_does_not():
    assert "comparison" in _blocked("Smeg style without the price tag: the Fernhill Gooseneck Kettle, £48.00.")
    assert "comparison" not in _blocked("Barista quality for less: the Fernhill Gooseneck Kettle, £48.00.")
    assert "comparison" in _blocked("和德国双立人同款铸铁，灶旺炒锅到手¥159.2", WOK, "zh-CN")


def test_an_item_the_product_now_ships_with_must_be_in_the_record():
    assert "grounding_attribute" in _blocked("The Fernhill Gooseneck Kettle now ships with its pour-over "
                                             "stand, £48.00 with SPRING20.")


def test_may_written_as_a_month_is_a_deadline():
    assert "grounding_date" in _blocked("The Fernhill Gooseneck Kettle is £48.00 with SPRING20 through May.")
    assert "grounding_date" not in _blocked("The Fernhill Gooseneck Kettle is £48.00 with SPRING20: you may "
                                            "love it.")


# --- false blocks -----------------------------------------------------------------------------

def test_a_hashtag_of_short_words_run_together_is_english():
    assert "unknown_word" not in _blocked("Fernhill kettle, £48.00 #gooutside", channel="social")
    assert "unknown_word" in _blocked("Fernhill kettle, £48.00 #qworplin", channel="social")


def test_music_belongs_to_an_instrument():
    assert "off_topic" not in _blocked("The Cobblestone Open-Back Banjo, $240.00: make music on the porch.",
                                       BANJO, "en-US")
    assert "off_topic" in _blocked("The Dovecote Feather Pillow, $24.00: make music on the porch.", PILLOW, "en-US")


def test_a_hashtag_names_a_kind_by_its_head_and_whom_the_product_serves_is_no_kind():
    for tags in ("#DogWalks", "#DogsOfInstagram", "#Dog"):
        assert "grounding_attribute" not in _blocked(f"The Wagtail No-Pull Dog Harness, $28.00. {tags}",
                                                     HARNESS, "en-US", "social"), tags
    # a head that is another kind still blocks, and a dog is no audience of a kettle
    assert "grounding_attribute" in _blocked("The Wagtail No-Pull Dog Harness, $28.00. #CosyPillow",
                                             HARNESS, "en-US", "social")
    assert "grounding_attribute" in _blocked("The Fernhill Gooseneck Kettle, £48.00. #Dog", channel="social")
