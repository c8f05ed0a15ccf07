"""Classes of clean copy the eighteenth and nineteenth frozen sets (new catalogues) blocked, each
tested on examples written here, never those sets' rows: a date the record itself gives; a total
the copy works out from two counts it states; an attribute the record splits between its name
and its value; a medical word said of the product's own self-healing material; the offer's
delivery, an equivalent word and a denied activity in a 'with' frame; a sound said three times as
a beat; a unit written once for several numbers in the record's own spelling; and a teaser that
ends on a preposition whose object is its wh-word. Each with a near miss that must still block."""

from __future__ import annotations

from guard_rows import blocking, check_row

SEEDS = {"item_id": "S1", "title": "Thornbury Heirloom Tomato Seeds, 4 Packets", "brand": "Thornbury",
         "category": "Seeds", "price": 9.0, "list_price": 12.0, "currency": "GBP",
         "attributes": {"packets": "4", "seeds": "25 per packet", "sow by": "June 2029", "variety": "heirloom"},
         "stock": 50}
SEEDS_OFFER = {"discount_pct": 25, "ends": "2027-04-30", "code": "SOW25"}

ZH_SEEDS = {"item_id": "S2", "title": "田园 番茄种子 4袋装", "brand": "田园", "category": "种子", "price": 16.0,
            "list_price": 20.0, "currency": "CNY", "attributes": {"袋数": "4", "每袋": "25粒"}, "stock": 300}
ZH_SEEDS_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "SEED20"}

SOAP = {"item_id": "P1", "title": "Marlow Lavender Soap Bar, 100 g", "brand": "Marlow", "category": "Soap",
        "price": 5.6, "list_price": 7.0, "currency": "GBP",
        "attributes": {"weight": "100 g", "cut": "by hand in our Devon studio", "scent": "lavender"}, "stock": 90}
SOAP_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SUDS20"}

ZH_TEA = {"item_id": "T1", "title": "山语 红茶 100克", "brand": "山语", "category": "茶叶", "price": 64.0,
          "list_price": 80.0, "currency": "CNY", "attributes": {"手工": "制作，武夷山茶园", "净含量": "100克"}, "stock": 80}
ZH_TEA_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "TEA20"}

MAT = {"item_id": "M1", "title": "Cutwell Self-Healing Cutting Mat, A2", "brand": "Cutwell", "category": "Craft Mats",
       "price": 18.0, "list_price": 24.0, "currency": "USD",
       "attributes": {"surface": "self-healing PVC", "size": "A2", "grid": "printed inch grid"}, "stock": 70}
MAT_OFFER = {"discount_pct": 25, "ends": "2027-09-30", "code": "CUT25"}

GRILL = {"item_id": "G1", "title": "Hearthline Gas Grill, 3 Burner", "brand": "Hearthline", "category": "Grills",
         "price": 240.0, "list_price": 300.0, "currency": "USD",
         "attributes": {"burners": "3 stainless burners", "manual": "illustrated assembly manual",
                        "lid": "cast aluminium lid"}, "stock": 20}
GRILL_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "GRILL20", "free_shipping": True}

TENT = {"item_id": "N1", "title": "Ridgeway Pop-Up Tent, 2 Person", "brand": "Ridgeway", "category": "Tents",
        "price": 72.0, "list_price": 90.0, "currency": "USD",
        "attributes": {"pitch": "pops up in 10 seconds", "size": "82 x 55 x 43 in", "weight": "6 lb"}, "stock": 40}
TENT_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "CAMP20"}

BELL = {"item_id": "B1", "title": "Chimehill Garden Wind Chime, Brass", "brand": "Chimehill", "category": "Wind Chimes",
        "price": 28.0, "list_price": 35.0, "currency": "GBP",
        "attributes": {"tubes": "5 brass tubes", "length": "60 cm"}, "stock": 30}
BELL_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "CHIME20"}


# --- a date the record itself gives ---------------------------------------------------------------

def test_a_date_the_record_gives_is_grounded():
    ok = check_row("Heirloom tomato seeds, four packets, £9 with SOW25 until 30 April. The packets are dated June 2029.",
                   SEEDS, "en-GB", offer=SEEDS_OFFER)
    assert "grounding_date" not in blocking(ok)
    # a month the record does not give, and the record's month said as the offer's deadline
    for copy in ("Heirloom tomato seeds, £9 with SOW25. The packets are dated June 2030.",
                 "Heirloom tomato seeds, £9 with SOW25 until June 2029."):
        assert "grounding_date" in blocking(check_row(copy, SEEDS, "en-GB", offer=SEEDS_OFFER)), copy


# --- a total worked out from two stated counts ----------------------------------------------------

def test_a_total_of_two_stated_counts_is_grounded():
    ok = check_row("Grow 100 plants\nFour packets of 25 heirloom tomato seeds, £9 with SOW25.", SEEDS, "en-GB",
                   channel="push", offer=SEEDS_OFFER)
    assert "grounding_number" not in blocking(ok)
    # a total whose factors the copy does not state, and a wrong total
    for copy in ("Grow 100 plants\nHeirloom tomato seeds, £9 with SOW25.",
                 "Grow 120 plants\nFour packets of 25 heirloom tomato seeds, £9 with SOW25."):
        bad = check_row(copy, SEEDS, "en-GB", channel="push", offer=SEEDS_OFFER)
        assert "grounding_number" in blocking(bad), copy


def test_a_total_of_two_stated_counts_is_grounded_zh():
    ok = check_row("田园番茄种子4袋，每袋25粒，共100粒，SEED20到手16元。", ZH_SEEDS, "zh-CN", offer=ZH_SEEDS_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("田园番茄种子4袋，每袋25粒，共120粒，SEED20到手16元。", ZH_SEEDS, "zh-CN", offer=ZH_SEEDS_OFFER)
    assert "grounding_number" in blocking(bad)


# --- an attribute split between its name and its value --------------------------------------------

def test_an_attribute_split_across_name_and_value_is_stated():
    ok = check_row("Marlow lavender soap, cut by hand: handmade bars for £5.60 with SUDS20.", SOAP, "en-GB",
                   offer=SOAP_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    ok = check_row("Handmade lavender soap from Marlow, £5.60 with SUDS20.", SOAP, "en-GB", offer=SOAP_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # the same words for a record that states no making by hand
    plain = {**SOAP, "attributes": {"weight": "100 g", "scent": "lavender"}}
    bad = check_row("Handmade lavender soap from Marlow, £5.60 with SUDS20.", plain, "en-GB", offer=SOAP_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_an_attribute_split_across_name_and_value_is_stated_zh():
    ok = check_row("山语红茶，手工制作，TEA20到手64元。", ZH_TEA, "zh-CN", offer=ZH_TEA_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    plain = {**ZH_TEA, "attributes": {"产地": "武夷山", "净含量": "100克"}}
    bad = check_row("山语红茶，手工制作，TEA20到手64元。", plain, "zh-CN", offer=ZH_TEA_OFFER)
    assert "grounding_attribute" in blocking(bad)


# --- a medical word said of the product's own material ---------------------------------------------

def test_the_records_self_healing_material_heals_no_claim():
    for copy in ("Blades glide, the mat heals: Cutwell A2 for $18 with CUT25.",
                 "The Cutwell PVC surface heals behind every cut line. $18 with CUT25."):
        ok = check_row(copy, MAT, "en-US", offer=MAT_OFFER)
        assert "medical_claim" not in blocking(ok), copy
    # said of the body, or for a record with no such material
    bad = check_row("The Cutwell mat heals your sore wrists. $18 with CUT25.", MAT, "en-US", offer=MAT_OFFER)
    assert "medical_claim" in blocking(bad)
    plain = {**MAT, "title": "Cutwell Cutting Mat, A2", "attributes": {"surface": "PVC", "size": "A2"}}
    bad = check_row("Blades glide, the mat heals: Cutwell A2 for $18 with CUT25.", plain, "en-US", offer=MAT_OFFER)
    assert "medical_claim" in blocking(bad)


# --- 'with' frames: the offer's delivery, an equivalent word, a denied activity --------------------

def test_a_with_list_stops_at_the_offers_delivery():
    ok = check_row("Summer grilling with 3 burners, delivered free", GRILL, "en-US", channel="email_subject",
                   offer=GRILL_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Summer grilling with 3 burners, a rotisserie kit", GRILL, "en-US", channel="email_subject",
                    offer=GRILL_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_an_equivalent_word_of_the_record_supports_a_with_claim():
    ok = check_row("Three stainless burners, with a picture manual for assembly. $240 with GRILL20.", GRILL, "en-US",
                   offer=GRILL_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Three stainless burners, with a video manual for assembly. $240 with GRILL20.", GRILL, "en-US",
                    offer=GRILL_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_with_in_a_denied_activity_names_what_the_product_replaces():
    ok = check_row("Camping with a separate groundsheet and poles isn't much fun. The Ridgeway pops up in 10 seconds, "
                   "$72 with CAMP20.", TENT, "en-US", offer=TENT_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # the product's own subject with a frame, and an activity that is not denied
    for copy in ("The Ridgeway tent with a separate groundsheet isn't hard to pitch. $72 with CAMP20.",
                 "Camping with a separate groundsheet is easy. The Ridgeway tent, $72 with CAMP20."):
        bad = check_row(copy, TENT, "en-US", offer=TENT_OFFER)
        assert "grounding_attribute" in blocking(bad), copy


# --- a beat: a sound said three times ---------------------------------------------------------------

def test_a_sound_said_three_times_as_sentences_is_a_beat():
    ok = check_row("Ting. Ting. Ting. 🎐 Five brass tubes, 60 cm, £28 with CHIME20.", BELL, "en-GB",
                   channel="social", offer=BELL_OFFER)
    assert "repetition" not in blocking(ok)
    for copy in ("Ting. Ting. Ting. Ting. Five brass tubes, 60 cm, £28 with CHIME20.",
                 "Five brass tubes ting ting ting, 60 cm, £28 with CHIME20.",
                 "Five brass tubes, 60 cm, £28 with CHIME20. Ting. Ting. Ting. Ting."):
        bad = check_row(copy, BELL, "en-GB", channel="social", offer=BELL_OFFER)
        assert "repetition" in blocking(bad), copy


# --- a unit written once for several numbers --------------------------------------------------------

def test_a_unit_written_once_after_several_numbers_is_each_ones():
    ok = check_row("82 inches of floor, 6 lb to carry: the Ridgeway, $72 with CAMP20.", TENT, "en-US",
                   channel="social", offer=TENT_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("82 lb of floor, 6 lb to carry: the Ridgeway, $72 with CAMP20.", TENT, "en-US",
                    channel="social", offer=TENT_OFFER)
    assert "grounding_number" in blocking(bad)


# --- a teaser ending on the preposition of its wh-word ----------------------------------------------

def test_a_teaser_ending_on_its_wh_words_preposition_is_whole():
    for copy in ("Guess what your patio has been waiting for", "See what we've been saving this chime for"):
        ok = check_row(copy, BELL, "en-GB", channel="email_subject", offer=BELL_OFFER)
        assert "truncated" not in blocking(ok), copy
    # a wh-word that is the clause's subject leaves the preposition without its object
    bad = check_row("Find out what makes a brass chime perfect for", BELL, "en-GB", channel="email_subject",
                    offer=BELL_OFFER)
    assert "truncated" in blocking(bad)
