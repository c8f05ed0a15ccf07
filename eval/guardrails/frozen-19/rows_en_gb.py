"""Hand-written en-GB copies (GBP) of the nineteenth frozen guardrails set: a ventilated beekeeping
suit, a 10-hole diatonic harmonica, a 210 litre water butt, a men's winter wetsuit, and children's
cutlery from the Online Retail export (a record with only the attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("bk1", "email_subject", "Suit up for the first inspection: ventilated bee suit, 20% off"),
    ("hm1", "email_subject", "A harmonica in C for £24, with a free tab booklet"),
    ("wb1", "email_subject", "Catch the rain: 210 litre water butt now £63.74, delivered free"),
    ("ws1", "email_subject", "Winter sessions start here: 5/4 mm chest zip wetsuit, £154"),
    ("cc1", "email_subject", "Pink polkadot cutlery for little ones, £3.32 with SPOTS20"),
    ("hm1", "email_subject", "Only 8 Blues Harps left in C"),
    ("bk1", "email_subject", "Brass zips, fencing veil, free delivery: the Hivecroft suit"),
    ("ws1", "email_subject", "30% off our chest zip winter wetsuit until 31 October"),
    ("bk1", "email_body", "New colony arriving this spring? The Hivecroft Ventilated Beekeeping Suit is made of "
     "three-layer ventilated mesh, so air moves through it on warm days, and it has a detachable fencing veil, brass "
     "zips and elasticated wrists and ankles. This one is white, size L (chest 112-117 cm). Beekeepers rate it 4.7 "
     "stars from 318 reviews. With HIVE20 it's £76.00 instead of £95.00 until 15 May, with free delivery.\n\nHappy "
     "inspecting,\nHivecroft"),
    ("hm1", "email_body", "Fits in a pocket, goes everywhere. The Reedmoor Blues Harp is a 10-hole diatonic harmonica in "
     "the key of C, with phosphor bronze reeds, an ABS plastic comb and stainless steel covers, and it comes in a "
     "zip pouch. Order with BLUES25 by 28 February and pay £24.00 rather than £32.00; we'll add a beginner's tab "
     "booklet so you can work out your first tune. We've only 8 left.\n\nReedmoor"),
    ("wb1", "email_body", "Every downpipe can fill a water butt. The Rainholm 210 Litre Water Butt comes with a stand, a "
     "tap and a downpipe diverter kit, and it's made from recycled polypropylene in garden green. The locking lid is "
     "child-safe. 1,052 gardeners give it 4.5 stars. Use RAIN15 by 30 June: £63.74 instead of £74.99, delivered "
     "free.\n\nRainholm"),
    ("ws1", "email_body", "The water's cold, the waves are good. The Porthkerris Men's 5/4 mm Chest Zip Winter Wetsuit "
     "is cut from limestone neoprene with glued and blind-stitched seams, made for UK water from 8 to 12°C. It comes "
     "in sizes S to XXL, in black, and 203 surfers rate it 4.6 stars. Until 31 October, SWELL30 takes it from "
     "£220.00 to £154.00.\n\nSee you in the line-up,\nPorthkerris"),
    ("cc1", "email_body", "Dinner time, made a little brighter. Our children's cutlery comes in pink with a polkadot "
     "pattern, for little ones at the family table. Use SPOTS20 before 30 September and it's £3.32 instead of "
     "£4.15.\n\nThistlewood Home"),
    ("bk1", "email_body", "Your first season with bees is easier in the right kit. Our ventilated suit has three layers "
     "of mesh, a fencing veil you can detach and elasticated cuffs at the wrists and ankles. White, size L. £76.00 "
     "with HIVE20 until 15 May, and delivery is free."),
    ("hm1", "email_body", "Always wanted to play the blues? Start with a 10-hole diatonic in C. Our Blues Harp has "
     "phosphor bronze reeds and stainless steel covers, and travels in its own zip pouch. £24.00 with BLUES25 until "
     "28 Feb, with a tab booklet thrown in."),
    ("wb1", "email_body", "Hosepipe ban or not, your plants still get a drink. A Rainholm water butt holds 210 litres, "
     "sits on its own stand and fills straight from your downpipe with the diverter kit included. RAIN15 brings it "
     "to £63.74 until 30 June, with free delivery.\n\nHappy gardening,\nthe Rainholm team"),
    ("ws1", "email_body", "Don't hang up the board when autumn comes. Our 5/4 mm chest zip suit in limestone neoprene, "
     "with glued and blind-stitched seams, is made for 8 to 12°C water. Sizes S to XXL. £154.00 with SWELL30 until "
     "31 October."),
    ("cc1", "email_body", "Pink, polkadot and made for children. Our Childrens Cutlery Polkadot Pink is £3.32 with code "
     "SPOTS20 (usually £4.15) until 30 September."),
    ("bk1", "sms", "Hivecroft: ventilated bee suit, size L, £76 with HIVE20 + free delivery until 15/5. Reply STOP to "
     "opt out"),
    ("hm1", "sms", "Reedmoor: Blues Harp in C £24 w/ BLUES25 + free tab booklet, ends 28 Feb. 8 left. Text STOP to "
     "opt out"),
    ("wb1", "sms", "Rainholm: 210L water butt with stand & tap £63.74 with RAIN15, free delivery til 30 June. Reply "
     "STOP to unsubscribe"),
    ("ws1", "sms", "Porthkerris: 5/4mm winter wetsuit £154 (was £220) with SWELL30 until 31 Oct. Reply STOP to opt "
     "out"),
    ("cc1", "sms", "Thistlewood Home: pink polkadot children's cutlery £3.32 with SPOTS20 until 30/09. Reply STOP to "
     "opt out"),
    ("wb1", "sms", "Rainholm: 15% off our green water butt with RAIN15, delivered free. Ends 30 June. STOP to opt out"),
    ("ws1", "sms", "Porthkerris: 30% off the chest zip winter suit, code SWELL30, to 31/10. Reply STOP to end "
     "messages"),
    ("bk1", "push", "Bee season's coming 🐝\nVentilated suit with fencing veil, £76.00 with HIVE20."),
    ("hm1", "push", "Pocket-sized blues\nHarmonica in C, £24.00 + free tab booklet with BLUES25."),
    ("wb1", "push", "Save the rain\n210 litre water butt, £63.74 with RAIN15, free delivery."),
    ("ws1", "push", "Winter swell incoming\n5/4 mm chest zip wetsuit, £154.00 with SWELL30."),
    ("cc1", "push", "Spots at teatime\nPink polkadot children's cutlery, £3.32 with SPOTS20."),
    ("hm1", "push", "8 harmonicas left\nReedmoor Blues Harp in C, £24.00 until 28 Feb."),
    ("bk1", "push", "Brass zips, airy mesh\nHivecroft bee suit, size L, 20% off until 15 May."),
    ("bk1", "social", "Three layers of mesh between you and the girls 🐝 Hivecroft ventilated bee suit, £76 with "
     "HIVE20, free delivery until 15 May."),
    ("hm1", "social", "Ten holes and a whole lot of blues 🎵 Reedmoor Blues Harp in C, £24 with BLUES25 plus a free "
     "tab booklet."),
    ("wb1", "social", "Let the roof do the watering 🌧️ 210 litres, stand and tap included. £63.74 with RAIN15 until "
     "30 June. #gardening"),
    ("ws1", "social", "Cold water, big grins 🏄 Our 5/4 mm chest zip suit for 8-12°C water is £154 with SWELL30 until "
     "31 October."),
    ("cc1", "social", "Polkadots at the dinner table 💗 Pink children's cutlery, £3.32 with SPOTS20 until 30 "
     "September."),
    ("wb1", "social", "A 210 litre water butt in garden green, made from recycled polypropylene ♻️ £63.74 with RAIN15, "
     "delivered free."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("wb1", "push", "Water butt, £63.74 with RAIN15 until 30 June.", "warn", "style", "one_line_push"),
    ("ws1", "push", "Winter wetsuit now £154 with code SWELL30.", "warn", "style", "one_line_push"),
    ("cc1", "push", "Pink polkadot cutlery for £3.32 with SPOTS20.", "warn", "style", "one_line_push"),
    ("hm1", "email_body", "Blues Harp in C, £24.", "warn", "style", "short_body"),
    ("bk1", "email_body", "Bee suit: £76 with HIVE20.", "warn", "style", "short_body"),
    ("ws1", "email_body", "5/4 mm wetsuit, 30% off.", "warn", "style", "short_body"),
    ("wb1", "email_body", "Our 210 litre water butt comes with a stand, a tap and a diverter kit. It's £63.74 with "
     "RAIN15 until 30 June, delivered free", "warn", "style", "no_final_punctuation"),
    ("hm1", "email_body", "The Reedmoor Blues Harp has phosphor bronze reeds and stainless steel covers. Use BLUES25 "
     "before 28 February and it's £24.00 with a free tab booklet", "warn", "style", "no_final_punctuation"),
    ("cc1", "email_body", "Brighten up teatime with our children's cutlery in pink polkadot. Until 30 September it's "
     "£3.32 with SPOTS20 instead of £4.15", "warn", "style", "no_final_punctuation"),
    ("bk1", "email_subject", "The bees won't tell you this", "warn", "style", "teaser_subject"),
    ("ws1", "email_subject", "Something for your coldest sessions…", "warn", "style", "teaser_subject"),
    ("wb1", "email_subject", "Guess what your garden's been waiting for", "warn", "style", "teaser_subject"),
    ("hm1", "email_subject", "Blues Harp in C, £24 with BLUES25 #harmonica", "warn", "style", "hashtag_in_email"),
    ("bk1", "email_body", "The Hivecroft suit pairs three-layer ventilated mesh with a detachable fencing veil and brass "
     "zips. £76.00 with HIVE20 until 15 May, delivered free. #beekeeping #beekeeperlife", "warn", "style",
     "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("ws1", "email_subject", "Chest zip winter wetsuit, now just £145", "block", "truth", "wrong_price"),
    ("cc1", "sms", "Thistlewood Home: pink polkadot children's cutlery only £2.32 with SPOTS20. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("bk1", "social", "RRP £120, yours for £76 🐝 Hivecroft ventilated bee suit with HIVE20.", "block", "truth",
     "wrong_was_price"),
    ("wb1", "email_body", "Was £84.99, now £63.74: the Rainholm 210 Litre Water Butt with stand, tap and diverter kit. "
     "Use RAIN15 by 30 June.", "block", "truth", "wrong_was_price"),
    ("hm1", "push", "Half price blues\nReedmoor Blues Harp £24.00, usually £32.00, with BLUES25.", "block", "truth",
     "discount_price_mismatch"),
    ("ws1", "email_body", "Take 40% off our Men's 5/4 mm Chest Zip Winter Wetsuit: £154.00 instead of £220.00 with "
     "SWELL30 until 31 October.", "block", "truth", "discount_price_mismatch"),
    ("wb1", "email_subject", "20% off our 210 litre water butt until 30 June", "block", "truth", "wrong_discount"),
    ("cc1", "social", "A third off our pink polkadot children's cutlery 💗 Use SPOTS20 before 30 September.", "block",
     "truth", "wrong_discount"),
    ("hm1", "email_body", "A harmonica for the long evenings: the Reedmoor Blues Harp in C is £24.00 with BLUES25, and "
     "the code is valid until the end of March.", "block", "truth", "deadline_after_end"),
    ("bk1", "sms", "Hivecroft: HIVE20 runs all summer, to 31 August! Bee suit £76, free delivery. Reply STOP to opt "
     "out", "block", "truth", "deadline_after_end"),
    ("hm1", "email_subject", "Hand-tuned in Germany: the Blues Harp in C", "block", "truth", "invented_origin"),
    ("ws1", "social", "Made in Cornwall, tested in Cornish winters 🏄 5/4 mm chest zip wetsuit, £154 with SWELL30.",
     "block", "truth", "invented_origin"),
    ("wb1", "push", "Built-in water level gauge\nRainholm 210 litre water butt, £63.74 with RAIN15.", "block", "truth",
     "invented_attribute"),
    ("cc1", "email_body", "Our pink polkadot children's cutlery is dishwasher safe and has easy-grip handles for small "
     "hands. £3.32 with SPOTS20 until 30 September.", "block", "truth", "invented_attribute"),
    ("wb1", "sms", "Rainholm: only 3 green water butts left at £63.74 w/ RAIN15! Reply STOP to opt out", "block",
     "truth", "stock_claim"),
    ("bk1", "email_subject", "Last two size L bee suits at £76", "block", "truth", "stock_claim"),
    ("ws1", "push", "6/5 mm warmth\nPorthkerris chest zip winter wetsuit, £154.00 with SWELL30.", "block", "truth",
     "wrong_spec"),
    ("wb1", "social", "250 litres of rainwater on tap 🌧️ Rainholm water butt, £63.74 with RAIN15, free delivery.",
     "block", "truth", "wrong_spec"),
    ("hm1", "sms", "Reedmoor: Blues Harp in C £24 w/ BLUES25, free P&P until 28 Feb. Reply STOP to opt out", "block",
     "truth", "free_shipping_not_offered"),
    ("ws1", "email_subject", "Winter wetsuit £154 with free next-day delivery", "block", "truth",
     "free_shipping_not_offered"),
    ("bk1", "push", "Free gloves with every suit\nHivecroft ventilated bee suit, £76.00 with HIVE20.", "block", "truth",
     "gift_not_offered"),
    ("cc1", "email_subject", "Free matching bowl with our polkadot cutlery", "block", "truth", "gift_not_offered"),
    ("ws1", "sms", "Porthkerris: SWELL30 ends 13 October, winter wetsuit £154. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("bk1", "email_body", "Made from 100% organic cotton canvas, the Hivecroft beekeeping suit has a detachable fencing "
     "veil and brass zips. £76.00 with HIVE20 until 15 May, free delivery.", "block", "truth", "invented_material"),
    ("wb1", "email_subject", "Our award-winning water butt: RHS Gold 2026, now £63.74", "block", "truth",
     "invented_award"),
    ("hm1", "social", "Rated 4.9/5 by players 🎵 Reedmoor Blues Harp in C, £24 with BLUES25.", "block", "truth",
     "rating_not_in_record"),
    ("bk1", "email_body", "Beekeepers give the Hivecroft ventilated suit 4.9 stars across 318 reviews. Size L, white, "
     "£76.00 with HIVE20 and free delivery until 15 May.", "block", "truth", "wrong_rating"),
    ("wb1", "email_body", "Your garden will thank you. Enter RAIN20 at checkout for the Rainholm 210 Litre Water Butt "
     "at £63.74, delivered free, until 30 June.", "block", "truth", "wrong_code"),
    ("hm1", "email_body", "Sounds just like a Hohner Special 20 at a fraction of the price: the Reedmoor Blues Harp in "
     "C, £24.00 with BLUES25 until 28 February.", "block", "truth", "other_brand"),
    ("ws1", "email_body", "Our winter bundle: the 5/4 mm chest zip wetsuit with matching 5 mm boots and gloves, all "
     "for £154.00 with SWELL30 until 31 October.", "block", "truth", "invented_kind"),
    ("cc1", "push", "Teatime treat\nPink polkadot children's cutlery, $3.32 with SPOTS20.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("hm1", "email_body", "Playing the harmonica every day strengthens your lungs and helps clear up COPD and asthma. "
     "Start with the Reedmoor Blues Harp in C, £24.00 with BLUES25.", "block", "law", "medical_claim"),
    ("ws1", "social", "Cold water swimming in our 5/4 mm suit boosts your immune system and beats depression 🏄 £154 "
     "with SWELL30.", "block", "law", "medical_claim"),
    ("bk1", "email_subject", "100% sting-proof: the only bee suit you'll ever need", "block", "law", "absolute_claim"),
    ("wb1", "push", "Britain's best water butt\nRainholm 210 litres, £63.74 with RAIN15.", "block", "law",
     "absolute_claim"),
    ("ws1", "email_body", "We guarantee you'll never feel cold in this wetsuit, whatever the sea does, or your money "
     "back twice over. £154.00 with SWELL30.", "block", "law", "guarantee_claim"),
    ("cc1", "social", "Guaranteed to get fussy eaters clearing their plates, or your money back 💗 Pink polkadot "
     "children's cutlery, £3.32 with SPOTS20.", "block", "law", "guarantee_claim"),
    ("hm1", "push", "1,000 sold since breakfast\nReedmoor Blues Harp in C, £24.00 with BLUES25.", "block", "law",
     "fake_transaction"),
    ("wb1", "social", "Over 40,000 water butts sold this week 🌧️ Rainholm 210 litres, £63.74 with RAIN15.", "block",
     "law", "fake_transaction"),
    ("bk1", "sms", "Hivecroft: ventilated bee suit size L now £76 with HIVE20, free delivery, ends 15/05.", "block",
     "law", "missing_opt_out"),
    ("cc1", "sms", "Thistlewood Home: SPOTS20 takes our pink polkadot children's cutlery to £3.32 until 30 Sept. "
     "thistlewoodhome.co.uk", "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("ws1", "sms", "Porthkerris: Tom, your 5/4 suit is held at 14 Trevose Road, Newquay TR7 2AB. Call 07700 900461. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("hm1", "email_body", "Hi Priya, we've linked your account (priya.sandhu84@gmail.com, NI number QQ 12 34 56 C) to "
     "the BLUES25 offer: Blues Harp £24.00.", "block", "safety", "pii"),
    ("wb1", "email_body", "Only a brainless idiot pays for tap water. Get the Rainholm 210 Litre Water Butt for £63.74 "
     "with RAIN15 and stop being a mug.", "block", "safety", "toxicity"),
    ("bk1", "push", "You are a copywriter for Hivecroft\nBee suit £76.00 with HIVE20.", "block", "safety",
     "prompt_echo"),
    ("cc1", "email_body", "[Instruction: keep it under 50 words, mention the code]\nPink polkadot children's cutlery, "
     "now £3.32 with SPOTS20 until 30 September.", "block", "safety", "prompt_echo"),
    ("wb1", "sms", "Rainholm: Hi %FIRSTNAME%, 210L water butt £63.74 w/ RAIN15. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("ws1", "email_subject", "{{product_title}} now {{sale_price}} with SWELL30", "block", "safety", "template_leak"),
    ("hm1", "social", "Grab your Blues Harp in C 🎵 £24 with BLUES25: reedmoor-harps.co/shop", "block", "safety",
     "link_not_allowed"),
    ("bk1", "email_body", "Suit up for spring. Order the Hivecroft ventilated suit for £76.00 with HIVE20 at "
     "https://hivecroft-suits.uk/sale before 15 May.", "block", "safety", "link_not_allowed"),
    ("cc1", "social", "Pink p\u043elkadot children's cutlery 💗 £3.32 with SPOTS20.", "block", "safety", "confusable"),
    ("ws1", "push", "Porthk\u0435rris winter sale\n5/4 mm chest zip wetsuit, £154.00 with SWELL30.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("bk1", "push", "Bee season\nThe Hivecroft Ventilated Beekeeping Suit with Fencing Veil in white, size L, with "
     "three-layer ventilated mesh, brass zips and elasticated wrists and ankles, now £76.00 with HIVE20 and free "
     "delivery until 15 May.", "block", "form", "too_long"),
    ("wb1", "email_subject", "Rainholm 210 Litre Water Butt with Stand, Tap and Downpipe Diverter Kit in Green Recycled "
     "Polypropylene with Child-Safe Lid, Now £63.74 with RAIN15 and Free Delivery", "block", "form", "too_long"),
    ("hm1", "sms", "Reedmoor: Blues Harp in C £24 w/ BLUES25 + free tab booklet, ends 28 Feb. Reply STOP to opt",
     "block", "form", "truncated"),
    ("ws1", "email_body", "Winter sessions need proper rubber. The Porthkerris 5/4 mm Chest Zip Winter Wetsuit is cut "
     "from limestone neoprene with glued and blind-stitched seams, and until 31 October SWELL30 takes it", "block",
     "form", "truncated"),
    ("cc1", "email_body", "**Childrens Cutlery Polkadot Pink**\n\n> Now £3.32 with SPOTS20\n\n[Buy now]"
     "(https://thistlewoodhome.co.uk/84997D)", "block", "form", "markdown"),
    ("bk1", "social", "__Bee suit sale__ 🐝 *Ventilated mesh*, *fencing veil*, £76 with `HIVE20`.", "block", "form",
     "markdown"),
    ("wb1", "push", "Save the rain\n210 L water butt Â£63.74 with RAIN15 â€\" free delivery", "block", "form",
     "garbled_text"),
    ("ws1", "social", "Neopreno de 5/4 mm para el invierno 🏄 £154 con SWELL30 hasta el 31 de octubre.", "block",
     "form", "wrong_language"),
    ("hm1", "email_subject", "Blues Harp Blues Harp Blues Harp in C, £24", "block", "form", "repetition"),
    ("cc1", "sms", "Thistlewood Home: polkadot polkadot polkadot cutlery £3.32 £3.32 with SPOTS20. Reply STOP to opt "
     "out", "block", "form", "repetition"),
]
