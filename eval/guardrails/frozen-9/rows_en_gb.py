"""Hand-written en-GB copies (GBP) of the ninth frozen guardrails set: a garden centre's bulbs and
seeds (tulip 'Queen of Night', sweet pea 'Cupani'), wooden toys and puzzles (pull-along dachshund,
floor puzzle), outdoor clothing (waterproof shell jacket, merino beanie), a vinyl record shop (an LP,
a carbon fibre record brush) and five mini jigsaw lines of the Online Retail export.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("bl1", "email_subject", "Plant now, dark tulips in May: 20 bulbs for £6.80"),
    ("oc1", "email_subject", "Stay dry for £90: our waterproof shell is 25% off with free delivery"),
    ("vr1", "email_subject", "Marsh Lights on 180 g vinyl, £23.40 with TIDE10"),
    ("ty1", "email_subject", "A wooden dachshund to pull along, now £15.30"),
    ("jg3", "email_subject", "Circus Parade mini jigsaw, 30% off until 30 April"),
    ("bl2", "email_subject", "Sweet peas for scent all summer: Cupani seeds £2.24"),
    ("oc2", "email_subject", "Merino beanie, £19.20, and liner gloves on the house"),
    ("jg5", "email_subject", "A Bunnies mini jigsaw for the party bags, 32p"),
    ("bl1", "email_body", "Plant in autumn, look forward to May. Our Tulip 'Queen of Night' bulbs flower a deep "
     "maroon-black on stems of about 60 cm, and a pack of 20 goes a long way in borders or pots. Get them in "
     "the ground between October and December. With TULIP20 the pack is £6.80 rather than £8.50 until 31 "
     "October, with free delivery.\n\nHappy planting,\nHazelmere Garden Centre"),
    ("bl2", "email_body", "If you grow one sweet pea, make it Cupani. The flowers are maroon and violet, strongly "
     "scented, and the vines climb to about 2 m. Each packet holds approximately 25 seeds: sow in October, or "
     "from February to April. Use SWEET25 by 31 March and a packet is £2.24 instead of £2.99. We have 8 packets "
     "left."),
    ("ty1", "email_body", "Every toddler needs someone to take for a walk. Our Wooden Pull-Along Dachshund is made "
     "from FSC-certified beech, finished in water-based paint, and is UKCA and CE marked for little ones of 18 "
     "months and up. Families rate it 4.8 stars from 364 reviews. Until 30 June, PULL15 brings it to £15.30 "
     "from £18.00."),
    ("oc1", "email_body", "Built for proper British weather. The Scarrow Women's Waterproof Shell Jacket has a "
     "20,000 mm hydrostatic head, 15,000 g/m²/24h breathability and fully taped seams, with an adjustable hood. "
     "It weighs 380 g and comes in heather. Walkers give it 4.7 stars from 522 reviews. Use SHELL25 by 30 April "
     "to pay £90.00 instead of £120.00, with free delivery.\n\nSee you on the hill,\nScarrow"),
    ("vr1", "email_body", "Tidelines, the 2024 album from Marsh Lights, is in the racks on 12 in 180 g vinyl in a "
     "gatefold sleeve. Ten tracks, released on Fenland Sounds. With TIDE10 it's £23.40 (usually £26.00) until "
     "31 March, and we've only 7 copies left."),
    ("vr2", "email_body", "A quick sweep before every side. The Spindle Carbon Fibre Record Brush lifts dust and "
     "static from the grooves before play, on an aluminium handle. It's "
     "£9.00 instead of £12.00 with BRUSH25 until 31 May."),
    ("jg1", "email_body", "The Spaceboy mini jigsaw, stock code 22544, is 38p instead of 42p. Use SPACE10 by 28 "
     "February."),
    ("jg4", "email_body", "Our Dinosaur mini jigsaw is 40% off with DINO40: 25p rather than 42p, until 31 January. "
     "Only 6 left."),
    ("ty2", "sms", "Puddock: Under the Sea floor puzzle, 100 pieces, £12.60 with PUZZLE10 till 28 Feb. 5 left. "
     "Reply STOP to opt out"),
    ("oc2", "sms", "Scarrow: merino beanie £19.20 with BEANIE20 + free liner gloves, until 31 Jan. Reply STOP to "
     "unsubscribe"),
    ("vr2", "sms", "Spindle: carbon fibre record brush £9 (was £12) with BRUSH25, ends 31 May. Reply STOP to opt "
     "out"),
    ("bl1", "sms", "Hazelmere: 20 'Queen of Night' tulip bulbs £6.80, free delivery, code TULIP20. Reply STOP to "
     "opt out"),
    ("jg2", "sms", "Tillyard: Dolly Girl mini jigsaw 34p with DOLLY20 until 31 March. Reply STOP to opt out"),
    ("ty1", "sms", "Puddock: wooden pull-along dachshund now £15.30 with PULL15 (to 30 June). Reply STOP to opt "
     "out"),
    ("vr1", "sms", "Spindle: Marsh Lights - Tidelines LP £23.40 with TIDE10, 7 copies left. Reply STOP to "
     "unsubscribe"),
    ("bl2", "push", "Sow sweet peas this spring\nCupani seeds, £2.24 with SWEET25, 8 packets left."),
    ("ty2", "push", "100 pieces of sea\nUnder the Sea floor puzzle, £12.60 with PUZZLE10."),
    ("oc1", "push", "Rain? Bring it on\nWaterproof shell jacket, £90.00 with SHELL25, free delivery."),
    ("oc2", "push", "Warm ears, free gloves\nMerino beanie, £19.20 with BEANIE20."),
    ("vr1", "push", "New on 180 g vinyl\nMarsh Lights - Tidelines, £23.40 with TIDE10."),
    ("vr2", "push", "Dust off before you play\nCarbon fibre record brush, £9.00 with BRUSH25."),
    ("jg2", "push", "Dolly Girl in pieces\nMini jigsaw, 34p with DOLLY20."),
    ("jg5", "push", "Bunnies for the party bags\nMini jigsaw for 32p with BUNNY25."),
    ("bl1", "social", "Dark, glossy tulips next May 🌷 Plant 20 'Queen of Night' bulbs this autumn: £6.80 with "
     "TULIP20, delivered free."),
    ("bl2", "social", "The scent of an English summer, in a packet 🌸 Sweet pea 'Cupani' seeds, £2.24 with SWEET25."),
    ("ty1", "social", "Meet the newest member of the walking club 🐕 Wooden pull-along dachshund for 18 months+, "
     "£15.30 with PULL15."),
    ("oc1", "social", "20,000 mm, fully taped, 380 g 🌧️ Our women's shell jacket is £90.00 with SHELL25 until 30 "
     "April. #hillwalking"),
    ("vr2", "social", "Before the needle drops 🎶 Carbon fibre record brush, £9.00 with BRUSH25."),
    ("jg1", "social", "Spaceboy, one piece at a time 🚀 Mini jigsaw, 38p with SPACE10."),
    ("jg3", "social", "Circus Parade mini jigsaw, 29p with CIRCUS30 until 30 April."),
    # ---- style warnings -----------------------------------------------------------------------------------
    ("bl1", "push", "Tulip bulbs, £6.80 with TULIP20.", "warn", "style", "one_line_push"),
    ("ty1", "push", "Pull-along dachshund for £15.30 using PULL15.", "warn", "style", "one_line_push"),
    ("jg3", "push", "Circus Parade mini jigsaw now 29p with CIRCUS30.", "warn", "style", "one_line_push"),
    ("oc2", "email_body", "Merino beanie: £19.20.", "warn", "style", "short_body"),
    ("jg2", "email_body", "Dolly Girl mini jigsaw, 34p.", "warn", "style", "short_body"),
    ("ty2", "email_body", "Floor puzzle £12.60 with PUZZLE10.", "warn", "style", "short_body"),
    ("vr2", "email_body", "Carbon fibre bristles and an aluminium handle to lift dust and static before you "
     "play a record. The Spindle brush is £9.00 with BRUSH25 until 31 May", "warn", "style",
     "no_final_punctuation"),
    ("oc1", "email_body", "Fully taped seams, a 20,000 mm hydrostatic head and an adjustable hood in a 380 g "
     "jacket. Scarrow's women's shell is £90.00 with SHELL25, delivered free", "warn", "style",
     "no_final_punctuation"),
    ("bl2", "email_body", "Maroon and violet flowers, a strong scent and vines up to 2 m tall. A packet of "
     "Cupani sweet pea seeds is £2.24 with SWEET25 until 31 March", "warn", "style", "no_final_punctuation"),
    ("vr1", "email_subject", "The record everyone in the shop keeps playing", "warn", "style", "teaser_subject"),
    ("oc1", "email_subject", "Forecast for this weekend? Open to find out", "warn", "style", "teaser_subject"),
    ("ty2", "email_subject", "Something fishy is going on in the playroom...", "warn", "style", "teaser_subject"),
    ("jg4", "email_subject", "Dinosaur mini jigsaw, 25p #partybags", "warn", "style", "hashtag_in_email"),
    ("bl1", "email_body", "Twenty 'Queen of Night' bulbs for deep maroon-black tulips in May: plant them from "
     "October to December. £6.80 with TULIP20 and free delivery until 31 October. #bulbplanting "
     "#gardeninspo", "warn", "style", "hashtag_in_email"),
    # ---- truth blocks -------------------------------------------------------------------------------------
    ("oc1", "email_subject", "Our waterproof shell jacket, now only £80.00", "block", "truth", "wrong_price"),
    ("jg5", "sms", "Tillyard: Bunnies mini jigsaw 23p with BUNNY25 until 31 May. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("vr1", "push", "Tidelines on vinyl\nMarsh Lights LP, £21.40 with TIDE10.", "block", "truth", "wrong_price"),
    ("ty1", "email_body", "FSC-certified beech, water-based paint and a dachshund that follows wherever your "
     "toddler goes. RRP £20.00, yours for £15.30 with PULL15 until 30 June.", "block", "truth",
     "wrong_was_price"),
    ("jg2", "social", "Was 50p, now 34p 🧩 Dolly Girl mini jigsaw with DOLLY20.", "block", "truth",
     "wrong_was_price"),
    ("bl2", "push", "35% off sweet peas\nCupani seeds £2.24, down from £2.99, with SWEET25.", "block", "truth",
     "discount_price_mismatch"),
    ("oc2", "email_body", "A beanie in 100% merino wool, in charcoal or moss, one size. Save 15%: £19.20 instead "
     "of £24.00 with BEANIE20, plus a free pair of merino liner gloves.", "block", "truth",
     "discount_price_mismatch"),
    ("ty2", "email_subject", "25% off our Under the Sea floor puzzle", "block", "truth", "wrong_discount"),
    ("jg1", "push", "Spaceboy jigsaw sale\nA third off with SPACE10 this month.", "block", "truth",
     "wrong_discount"),
    ("bl1", "email_subject", "Tulip bulb offer ends 30 September: 20 for £6.80", "block", "truth", "wrong_date"),
    ("vr2", "sms", "Spindle: record brush £9.00 with BRUSH25, last day 15 May. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("oc2", "social", "Beanie weather isn't over 🧣 £19.20 with BEANIE20, offer runs until the end of February.",
     "block", "truth", "deadline_after_end"),
    ("ty1", "push", "Handmade in Bavaria\nWooden pull-along dachshund, £15.30 with PULL15.", "block", "truth",
     "invented_origin"),
    ("vr1", "email_body", "Pressed in Nashville on 180 g vinyl, Marsh Lights' Tidelines comes in a gatefold sleeve "
     "with ten tracks. £23.40 with TIDE10 until 31 March.", "block", "truth", "invented_origin"),
    ("oc1", "sms", "Scarrow: Gore-Tex waterproof shell jacket £90 with SHELL25 + free delivery. Reply STOP to opt "
     "out", "block", "truth", "invented_material"),
    ("vr2", "push", "Goat hair bristles\nRecord brush, £9.00 with BRUSH25.", "block", "truth",
     "invented_material"),
    ("ty2", "social", "Glow-in-the-dark sea creatures in a 100-piece floor puzzle 🐙 £12.60 with PUZZLE10.",
     "block", "truth", "invented_attribute"),
    ("jg3", "email_body", "A Circus Parade mini jigsaw with a gold foil finish and extra-thick pieces, 29p with "
     "CIRCUS30 until 30 April.", "block", "truth", "invented_attribute"),
    ("bl2", "social", "RHS Award of Garden Merit winner 🏅 Sweet pea 'Cupani' seeds, £2.24 with SWEET25.",
     "block", "truth", "invented_award"),
    ("vr1", "social", "Rated 5 stars by our customers 🎧 Marsh Lights - Tidelines LP, £23.40 with TIDE10.",
     "block", "truth", "rating_not_in_record"),
    ("jg4", "push", "4.9 stars from shoppers\nDinosaur mini jigsaw, 25p with DINO40.", "block", "truth",
     "rating_not_in_record"),
    ("oc1", "push", "Rated 4.9 by walkers\nWomen's shell jacket, £90.00 with SHELL25.", "block", "truth",
     "wrong_rating"),
    ("bl1", "push", "A pack of 50 bulbs\n'Queen of Night' tulips, £6.80 with TULIP20.", "block", "truth",
     "wrong_spec"),
    ("ty2", "email_body", "Under the Sea is a 200-piece floor puzzle for ages 4 and up, 90 x 60 cm when finished "
     "and printed on recycled card. £12.60 with PUZZLE10 until 28 February.", "block", "truth", "wrong_spec"),
    ("vr2", "social", "Record brush £9.00 with BRUSH25, and free delivery on it 🚚", "block", "truth",
     "free_shipping_not_offered"),
    ("ty1", "social", "Order the pull-along dachshund for £15.30 with PULL15 and we'll pop a free wooden ball "
     "in the box 🎁", "block", "truth", "gift_not_offered"),
    ("jg5", "email_subject", "Hurry, only 3 Bunnies mini jigsaws left at 32p", "block", "truth", "stock_claim"),
    ("jg3", "sms", "Tillyard: Circus Parade mini jigsaw 29p with CIRCUS25 until 30 April. Reply STOP to opt out",
     "block", "truth", "wrong_code"),
    ("oc2", "push", "Merino by Smartwool\nBeanie £19.20 with BEANIE20, liner gloves included.", "block", "truth",
     "other_brand"),
    ("bl2", "email_body", "Sow your Cupani sweet peas in October or from February to April. Every packet comes "
     "with a bag of peat-free seed compost and 25 seeds, £2.24 with SWEET25.", "block", "truth",
     "invented_kind"),
    ("jg1", "email_subject", "Spaceboy mini jigsaw, $0.38 with SPACE10", "block", "truth", "wrong_currency"),
    # ---- law blocks ---------------------------------------------------------------------------------------
    ("oc2", "email_subject", "The merino beanie that stops you catching colds", "block", "law", "medical_claim"),
    ("bl2", "push", "Sweet peas for calm\nTheir scent lowers blood pressure. £2.24 with SWEET25.", "block", "law",
     "medical_claim"),
    ("jg2", "social", "Jigsaws keep dementia at bay 🧠 Dolly Girl mini jigsaw, 34p with DOLLY20.", "block",
     "law", "medical_claim"),
    ("ty1", "email_body", "Pulling the dachshund along builds motor skills and is clinically shown to speed up "
     "speech development. £15.30 with PULL15 until 30 June.", "block", "law", "medical_claim"),
    ("oc1", "social", "The most waterproof jacket in Britain, full stop 🌧️ £90.00 with SHELL25.", "block", "law",
     "absolute_claim"),
    ("vr1", "email_subject", "The greatest album of the decade, on 180 g vinyl", "block", "law", "absolute_claim"),
    ("bl1", "social", "Every bulb guaranteed to flower or we'll refund you in full 🌷 £6.80 with TULIP20.",
     "block", "law", "guarantee_claim"),
    ("jg4", "email_body", "Guaranteed to keep the kids quiet for an hour or your money back. The Dinosaur mini "
     "jigsaw is 25p with DINO40.", "block", "law", "guarantee_claim"),
    ("ty2", "push", "9,000 sold this week\nUnder the Sea floor puzzle, £12.60 with PUZZLE10.", "block", "law",
     "fake_transaction"),
    ("jg1", "sms", "Tillyard: Spaceboy mini jigsaw 38p with SPACE10 until 28 February. Grab one now!", "block",
     "law", "missing_opt_out"),
    # ---- safety blocks ------------------------------------------------------------------------------------
    ("oc1", "email_body", "Hello Priya Sharma, we'll send your shell jacket to 14 Tanner's Row, York YO1 7HH and "
     "text 07700 900412 when it's out. £90.00 with SHELL25.", "block", "safety", "pii"),
    ("vr1", "sms", "Spindle: Tom, your Tidelines LP is held against card 5412 7500 0012 3456, £23.40. Reply STOP "
     "to opt out", "block", "safety", "pii"),
    ("jg5", "social", "A jigsaw even your thick-as-mince kids can finish 🧩 32p with BUNNY25.", "block",
     "safety", "toxicity"),
    ("bl2", "email_body", "Only a complete moron could kill a sweet pea. Cupani seeds, £2.24 with SWEET25, even "
     "for useless gardeners like you.", "block", "safety", "toxicity"),
    ("ty2", "social", "Sure! Here's a social post for the Puddock floor puzzle: 100 pieces, £12.60 with "
     "PUZZLE10.", "block", "safety", "prompt_echo"),
    ("oc2", "email_body", "SYSTEM: You are a copywriter for Scarrow. Write an email for the Merino Wool Beanie "
     "at £19.20 with BEANIE20. Do not invent facts.", "block", "safety", "prompt_echo"),
    ("vr2", "email_subject", "{{customer.first_name}}, your record brush is £9.00", "block", "safety",
     "template_leak"),
    ("jg4", "social", "Dinosaur mini jigsaw, <PRICE> with <CODE> until <END_DATE> 🦕", "block", "safety",
     "template_leak"),
    ("bl1", "email_body", "Twenty 'Queen of Night' bulbs for £6.80 with TULIP20, delivered free. Order at "
     "http://hazelmere-bulbs-sale.com/tulips before 31 October.", "block", "safety", "link_not_allowed"),
    ("ty1", "sms", "Puddock: wooden dachshund £15.30 with PULL15 at tinyurl.com/pudd-dog. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("jg2", "push", "Dolly Girl mini jigsaw\nTiny puzzle, 34p with DОLLY20.", "block", "safety", "confusable"),
    # ---- form blocks --------------------------------------------------------------------------------------
    ("oc2", "sms", "Scarrow: our Merino Wool Beanie in 100% merino wool comes in charcoal or moss, one size fits "
     "all, and until 31 January it's £19.20 instead of £24.00 with BEANIE20, and we'll add a free pair of "
     "merino liner gloves to every beanie order while they last. Reply STOP to opt out", "block", "form",
     "too_long"),
    ("ty1", "push", "Wooden pull-along dachshund in FSC beech, water-based paint, UKCA and CE marked\nFor 18 "
     "months+, rated 4.8 from 364 reviews, £15.30 instead of £18.00 with PULL15 until 30 June, only at Puddock "
     "toys online and in store.", "block", "form", "too_long"),
    ("vr1", "email_subject", "Marsh Lights - Tidelines on 180 g vinyl, £23", "block", "form", "truncated"),
    ("bl1", "sms", "Hazelmere: 20 Queen of Night tulip bulbs for £6.80 with free deliv", "block", "form",
     "truncated"),
    ("jg5", "email_body", "**Mini Jigsaw Bunnies**\n\n* Price: 32p\n* Code: BUNNY25\n* Ends: 31 May", "block",
     "form", "markdown"),
    ("ty2", "push", "# Floor puzzle\n__100 pieces__ for £12.60 with PUZZLE10.", "block", "form", "markdown"),
    ("vr2", "push", "Brush brush brush\nRecord brush £9.00, record brush £9.00, record brush £9.00.", "block",
     "form", "repetition"),
    ("jg3", "email_body", "Circus Parade mini jigsaw for 29p with CIRCUS30. Circus Parade mini jigsaw for 29p with "
     "CIRCUS30. Circus Parade mini jigsaw for 29p with CIRCUS30. Circus Parade mini jigsaw for 29p with "
     "CIRCUS30.", "block", "form", "repetition"),
    ("oc1", "email_subject", "Shell jÃ¤cket Â£90.00 wÃ¬th SHÃ‹LL25 ��", "block", "form", "garbled_text"),
    ("bl2", "sms", "Hazelmere: Wicken-Samen 'Cupani', jetzt £2.24 mit SWEET25. Antworte STOP zum Abmelden",
     "block", "form", "wrong_language"),
]
