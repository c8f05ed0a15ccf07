"""Hand-written en-GB copies (GBP) of the twenty-seventh frozen guardrails set: a cordless tyre
inflator, an amber glass plant mister from a houseplant-care shop, muslin bandana baby bibs, a
geometric glass terrarium, and a set of heart cookie cutters from the Online Retail export (a record
with only the attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("ti1", "email_subject", "Top up your tyres at home: cordless inflator, £36 and free delivery"),
    ("pm1", "email_subject", "Only 6 amber glass misters left, 15% off"),
    ("bb1", "email_subject", "Muslin bandana bibs, 5 for £10.50 (and a free muslin square)"),
    ("tr1", "email_subject", "A hinged glass terrarium for your shelf, £34.20 until 31 August"),
    ("cc1", "email_subject", "Heart cookie cutters, 3 for £1 with HEART20"),
    ("ti1", "email_subject", "Set the pressure, walk away: 20% off the Kerbwise inflator"),
    ("bb1", "email_subject", "4.8 stars from 612 reviews: Wrenlet muslin bibs, 25% off"),
    ("tr1", "email_subject", "Build your own little jungle: Glasswick terrarium, 10% off"),
    ("ti1", "email_body", "No more queueing at the garage air machine. The Kerbwise Cordless Tyre Inflator charges "
     "over USB-C, reaches up to 150 psi and stops by itself once it hits the pressure you've set on the digital "
     "gauge. It comes with Presta and ball needle adaptors, and the Schrader connector is built in. With PUMP20 "
     "it's £36.00 instead of £45.00 until 31 October, delivered free.\n\nSafe travels,\nKerbwise"),
    ("pm1", "email_body", "Ferns, calatheas and orchids love a bit of humidity. Our amber glass mister holds 300 ml "
     "and its brass pump gives a fine mist rather than a drench. Use MIST15 by 31 May and it's £14.03 instead of "
     "£16.50. We've only 6 left."),
    ("bb1", "email_body", "Three layers of organic cotton muslin, two nickel-free poppers and five soft colours: "
     "sage, oat, clay, cream and dusk. Wrenlet Muslin Bandana Bibs fit from 3 to 24 months, and with BIBS25 the "
     "pack of five is £10.50 (usually £14.00) until 31 March. We'll pop a muslin square in with every order.\n\n"
     "Love, Wrenlet"),
    ("tr1", "email_body", "Bring a bit of green indoors. The Glasswick Geometric Glass Terrarium is made of glass "
     "panels in a brass-finish frame, measures 20 x 20 x 25 cm and opens with a hinged door, so planting and "
     "misting are easy. Please note plants aren't included. GLASS10 takes it to £34.20 from £38.00 until 31 "
     "August."),
    ("cc1", "email_body", "Bake a batch of hearts for someone you love. Our Set Of 3 Heart Cookie Cutters is £1.00 "
     "with HEART20 until 30 November, down from £1.25.\n\nHappy baking,\nHatherley Home"),
    ("ti1", "email_body", "Soft tyre on a Monday morning? Plug in the Kerbwise, set the pressure and let the auto "
     "shut-off do the rest. 4.4 stars across 1,126 reviews. £36.00 with PUMP20, free delivery, ends 31/10/2027."),
    ("bb1", "email_body", "Dribble season, meet your match. Our muslin bandana bibs are three layers of organic cotton "
     "and fasten with two nickel-free poppers. £10.50 for five with BIBS25 until 31 March, plus a free muslin "
     "square."),
    ("cc1", "email_body", "Three heart cutters, one rainy afternoon of biscuits. The set is 20% off with HEART20 until "
     "30 November, so it's just £1.00."),
    ("pm1", "email_body", "A 300 ml amber glass bottle with a brass pump, for a fine mist over your houseplants. It's "
     "15% off with MIST15 until 31 May: £14.03.\n\nFernhollow"),
    ("ti1", "sms", "Kerbwise: cordless tyre inflator £36 (was £45) w/ PUMP20, free delivery, ends 31/10. Reply STOP "
     "to opt out"),
    ("pm1", "sms", "Fernhollow: amber glass plant mister £14.03 with MIST15 til 31 May. 6 left. Reply STOP to opt "
     "out"),
    ("bb1", "sms", "Wrenlet: 5 muslin bibs £10.50 with BIBS25 + free muslin square, ends 31/03. Text STOP to opt "
     "out"),
    ("tr1", "sms", "Glasswick: geometric glass terrarium £34.20 w/ GLASS10 to 31 Aug. Reply STOP to unsubscribe"),
    ("cc1", "sms", "Hatherley Home: 3 heart cookie cutters £1 with HEART20 until 30/11. Reply STOP to opt out"),
    ("ti1", "sms", "Kerbwise: 20% off our USB-C tyre inflator with PUMP20, delivered free. Reply STOP to end texts"),
    ("tr1", "sms", "Glasswick: 10% off the hinged-door terrarium, 20x20x25cm, code GLASS10. Reply STOP to opt out"),
    ("ti1", "push", "Pump up, not queue up\nCordless tyre inflator, £36 with PUMP20."),
    ("pm1", "push", "Mist o'clock 🌿\nAmber glass plant mister, £14.03 with MIST15."),
    ("bb1", "push", "5 bibs + a free muslin\nWrenlet bandana bibs, £10.50 with BIBS25."),
    ("tr1", "push", "Hinged door, brass frame\nGlasswick terrarium, £34.20 until 31 August."),
    ("cc1", "push", "Hearts for the biscuit tin\nCookie cutters, 3 for £1.00 with HEART20."),
    ("bb1", "push", "Sage, oat, clay, cream, dusk\nOrganic muslin bibs, 25% off until 31 March."),
    ("ti1", "push", "Up to 150 psi\nKerbwise inflator, free delivery with PUMP20."),
    ("ti1", "social", "Car, bike or football, sorted 🚗🚲⚽ Kerbwise cordless inflator, £36 with PUMP20 and free "
     "delivery."),
    ("pm1", "social", "Your fern called, it wants a spritz 🌿 Amber glass mister, 300 ml, £14.03 with MIST15."),
    ("bb1", "social", "Three layers of muslin between drool and jumper 👶 Wrenlet bibs, 5 for £10.50 with BIBS25."),
    ("tr1", "social", "Plants not included, imagination is 🪴 Glasswick geometric terrarium, £34.20 with GLASS10."),
    ("cc1", "social", "Heart-shaped shortbread, anyone? 💕 Set of 3 heart cookie cutters, £1 with HEART20."),
    ("bb1", "social", "612 reviews, 4.8 stars ⭐ Wrenlet muslin bandana bibs for 3 to 24 months, 25% off till 31 "
     "March."),
    ("pm1", "social", "Brass pump, amber glass, fine mist ✨ Fernhollow plant mister, 15% off until 31 May."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("pm1", "push", "Amber glass plant mister £14.03 with MIST15.", "warn", "style", "one_line_push"),
    ("cc1", "push", "Heart cookie cutters, 3 for £1.00 with HEART20.", "warn", "style", "one_line_push"),
    ("tr1", "push", "Glass terrarium now £34.20 with GLASS10 until 31 August.", "warn", "style", "one_line_push"),
    ("ti1", "email_body", "Tyre inflator, £36.", "warn", "style", "short_body"),
    ("bb1", "email_body", "Bibs: 5 for £10.50.", "warn", "style", "short_body"),
    ("cc1", "email_body", "Cookie cutters £1 with HEART20.", "warn", "style", "short_body"),
    ("tr1", "email_body", "Our geometric terrarium has glass panels, a brass-finish frame and a hinged door. Use "
     "GLASS10 by 31 August and it's £34.20", "warn", "style", "no_final_punctuation"),
    ("pm1", "email_body", "The Fernhollow mister pairs an amber glass bottle with a brass pump for a fine, even mist. "
     "MIST15 brings it to £14.03 until 31 May", "warn", "style", "no_final_punctuation"),
    ("bb1", "email_body", "Wrenlet bibs are three layers of organic cotton muslin with nickel-free poppers. Five for "
     "£10.50 with BIBS25, and a muslin square comes free", "warn", "style", "no_final_punctuation"),
    ("ti1", "email_subject", "Guess what's hiding in your boot?", "warn", "style", "teaser_subject"),
    ("pm1", "email_subject", "Your plants have a secret wish", "warn", "style", "teaser_subject"),
    ("cc1", "email_subject", "We've baked up a little surprise for you", "warn", "style", "teaser_subject"),
    ("tr1", "email_subject", "Glasswick terrarium £34.20 #urbanjungle", "warn", "style", "hashtag_in_email"),
    ("ti1", "email_body", "The Kerbwise cordless inflator reaches 150 psi and switches itself off at your set "
     "pressure. £36.00 with PUMP20, delivered free until 31 October. #roadtrip #cartips", "warn", "style",
     "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("tr1", "email_subject", "Glasswick glass terrarium now £32.40", "block", "truth", "wrong_price"),
    ("bb1", "sms", "Wrenlet: 5 muslin bibs only £9.50 w/ BIBS25, ends 31/03. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("ti1", "push", "Was £59.99, now £36\nKerbwise cordless inflator with PUMP20.", "block", "truth",
     "wrong_was_price"),
    ("pm1", "email_body", "RRP £19.50, yours for £14.03 with MIST15: the Fernhollow amber glass plant mister, until "
     "31 May.", "block", "truth", "wrong_was_price"),
    ("bb1", "email_body", "Save 30% on Wrenlet muslin bibs with BIBS25: five for £10.50 instead of £14.00, until 31 "
     "March.", "block", "truth", "discount_price_mismatch"),
    ("cc1", "push", "20% off hearts\nCookie cutters now £0.90, were £1.25, with HEART20.", "block", "truth",
     "discount_price_mismatch"),
    ("tr1", "social", "A quarter off our geometric terrarium 🪴 Use GLASS10 before 31 August.", "block", "truth",
     "wrong_discount"),
    ("ti1", "email_subject", "35% off the Kerbwise cordless inflator this autumn", "block", "truth", "wrong_discount"),
    ("pm1", "sms", "Fernhollow: MIST15 ends Sunday 16 May! Amber glass mister £14.03. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("cc1", "email_subject", "Hearts offer ends 14 November: cookie cutters £1", "block", "truth", "wrong_date"),
    ("bb1", "push", "Bibs offer until summer\n5 muslin bibs, £10.50 with BIBS25 until the end of June.", "block",
     "truth", "deadline_after_end"),
    ("tr1", "email_body", "No hurry: GLASS10 stays live until the end of the year, so the Glasswick terrarium is "
     "£34.20 whenever you're ready.", "block", "truth", "deadline_after_end"),
    ("pm1", "social", "Blown by hand in Murano 🌿 Our amber glass mister, £14.03 with MIST15.", "block", "truth",
     "invented_origin"),
    ("bb1", "email_subject", "Bamboo muslin bibs, 5 for £10.50", "block", "truth", "invented_material"),
    ("tr1", "push", "Solid copper frame\nGlasswick geometric terrarium, £34.20 with GLASS10.", "block", "truth",
     "invented_material"),
    ("ti1", "email_body", "The Kerbwise inflator has a built-in LED torch and an SOS strobe for roadside stops at "
     "night. £36.00 with PUMP20, delivered free.", "block", "truth", "invented_attribute"),
    ("cc1", "social", "Each cutter has a soft-grip top and a plunger to push the dough out 💕 3 heart cutters, £1 "
     "with HEART20.", "block", "truth", "invented_attribute"),
    ("bb1", "social", "Winner, Mother&Baby Awards 2026 🏆 Wrenlet muslin bibs, 5 for £10.50 with BIBS25.", "block",
     "truth", "invented_award"),
    ("tr1", "sms", "Glasswick: our 5-star rated glass terrarium £34.20 w/ GLASS10. Reply STOP to opt out", "block",
     "truth", "rating_not_in_record"),
    ("ti1", "social", "4.9 stars from 1,126 drivers 🚗 Kerbwise cordless inflator, £36 with PUMP20.", "block",
     "truth", "wrong_rating"),
    ("pm1", "push", "500 ml of fine mist\nFernhollow amber glass mister, £14.03 with MIST15.", "block", "truth",
     "wrong_spec"),
    ("ti1", "sms", "Kerbwise: cordless inflator up to 200 psi, £36 w/ PUMP20. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("bb1", "email_body", "Wrenlet muslin bibs, five for £10.50 with BIBS25, and UK delivery is free on every pack "
     "until 31 March.", "block", "truth", "free_shipping_not_offered"),
    ("pm1", "email_subject", "Free bag of orchid feed with every plant mister", "block", "truth", "gift_not_offered"),
    ("cc1", "sms", "Hatherley Home: last 3 heart cookie cutter sets! £1 w/ HEART20. Reply STOP to opt out", "block",
     "truth", "stock_claim"),
    ("tr1", "email_subject", "Selling fast: only 4 Glasswick terrariums left", "block", "truth", "stock_claim"),
    ("ti1", "email_body", "Use code TYRE20 at checkout until 31 October and the Kerbwise cordless inflator is "
     "£36.00, delivered free.", "block", "truth", "wrong_code"),
    ("pm1", "email_body", "Same brass pump you'd find on a Haws, for £14.03 with MIST15: the Fernhollow amber glass "
     "mister.", "block", "truth", "other_brand"),
    ("cc1", "email_body", "Made to the same pattern as Lakeland's heart cutters, our set of 3 is £1.00 with HEART20.",
     "block", "truth", "other_brand"),
    ("tr1", "email_body", "The Glasswick terrarium arrives with a starter kit of moss, pebbles and two baby "
     "succulents, all for £34.20 with GLASS10.", "block", "truth", "invented_kind"),
    ("cc1", "email_subject", "3 heart cookie cutters for €1.00", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("bb1", "email_body", "Our organic muslin bibs prevent drool rash and soothe teething pain. Five for £10.50 with "
     "BIBS25.", "block", "law", "medical_claim"),
    ("pm1", "push", "Mist away hay fever\nFernhollow plant mister clears allergens from the air, £14.03.", "block",
     "law", "medical_claim"),
    ("tr1", "social", "Plants in a terrarium purify the air and cure headaches 🪴 £34.20 with GLASS10.", "block",
     "law", "medical_claim"),
    ("ti1", "push", "Britain's No.1 inflator\nKerbwise cordless, £36 with PUMP20.", "block", "law", "absolute_claim"),
    ("cc1", "email_body", "Quite simply the best cookie cutters ever made. Three hearts for £1.00 with HEART20 until "
     "30 November.", "block", "law", "absolute_claim"),
    ("tr1", "email_subject", "Guaranteed to keep any plant alive, or your money back", "block", "law",
     "guarantee_claim"),
    ("ti1", "email_body", "We guarantee the Kerbwise will never let you down, for life. £36.00 with PUMP20, free "
     "delivery.", "block", "law", "guarantee_claim"),
    ("bb1", "social", "Over 80,000 packs sold this week alone 👶 Wrenlet bibs, 5 for £10.50.", "block", "law",
     "fake_transaction"),
    ("pm1", "sms", "Fernhollow: amber glass plant mister £14.03 with MIST15 until 31 May. Only 6 left!", "block",
     "law", "missing_opt_out"),
    ("tr1", "sms", "Glasswick: glass terrarium, 10% off with GLASS10, ends 31 August. Order at glasswick.co.uk",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("bb1", "email_body", "Hi Sophie Turnbull, baby Alfie (born 2 March 2026) will love these bibs. We'll send them "
     "to 14 Wellfield Road, Bristol BS6 5LW; mobile 07700 900318. £10.50 with BIBS25.", "block", "safety", "pii"),
    ("ti1", "sms", "Kerbwise: Mr Patel, reg KX19 TRV, card 4929 1234 5678 9012 saved for your £36 inflator. Reply "
     "STOP to opt out", "block", "safety", "pii"),
    ("pm1", "social", "Can't keep a cactus alive? You're hopeless, mate 🌵 Buy a mister and stop embarrassing "
     "yourself.", "block", "safety", "toxicity"),
    ("cc1", "push", "Write a cheerful push about cookie cutters\nHeart cookie cutters, £1 with HEART20.", "block",
     "safety", "prompt_echo"),
    ("tr1", "email_body", "Certainly! Below is a friendly British email for the terrarium, under 80 words:\n\nThe "
     "Glasswick terrarium is £34.20 with GLASS10 until 31 August.", "block", "safety", "prompt_echo"),
    ("bb1", "sms", "Wrenlet: Hi {{baby_name}}'s parent, bibs £10.50 w/ {{code}}. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("ti1", "email_subject", "%FIRSTNAME%, your tyres are looking flat", "block", "safety", "template_leak"),
    ("cc1", "email_body", "Three heart cutters for £1.00 with HEART20. Order through our eBay shop: "
     "https://www.ebay.co.uk/usr/hatherley-home", "block", "safety", "link_not_allowed"),
    ("tr1", "push", "Glasswick sale\nTerrarium £34.20 at tinyurl.com/glasswick10.", "block", "safety",
     "link_not_allowed"),
    ("bb1", "push", "Wr\u0435nlet bibs\n5 for £10.50 with BIBS25.", "block", "safety", "confusable"),
    ("cc1", "social", "He\u0430rt cookie cutters 💕 £1 with HE\u0410RT20.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("bb1", "email_subject", "Wrenlet Muslin Bandana Bibs in sage, oat, clay, cream and dusk, three layers of organic "
     "cotton with nickel-free poppers, five for £10.50 with BIBS25 plus a free muslin square until 31 March",
     "block", "form", "too_long"),
    ("tr1", "push", "Terrarium time\nThe Glasswick Geometric Glass Terrarium has glass panels, a brass-finish frame "
     "and a hinged door, measures 20 x 20 x 25 cm and is now £34.20 instead of £38.00 with GLASS10 until the 31st "
     "of August.", "block", "form", "too_long"),
    ("pm1", "email_body", "Our amber glass plant mister holds 300 ml and has a brass pump for a fine mist. With "
     "MIST15 until 31 May it comes down to", "block", "form", "truncated"),
    ("ti1", "push", "Free delivery\nKerbwise cordless tyre inflator, £36 with PU", "block", "form", "truncated"),
    ("ti1", "email_body", "**Kerbwise Cordless Tyre Inflator**\n\n- 150 psi\n- USB-C\n\n[Shop now]"
     "(https://kerbwise.co.uk) £36.00 with PUMP20", "block", "form", "markdown"),
    ("cc1", "sms", "Hatherley Home: heart cookie cutters Â£1 with HEART20 â€“ ends 30/11. Reply STOP to opt out",
     "block", "form", "garbled_text"),
    ("pm1", "social", "Chwistrellwr planhigion gwydr ambr 🌿 £14.03 gyda MIST15 tan 31 Mai.", "block", "form",
     "wrong_language"),
    ("bb1", "email_body", "Muślinowe śliniaczki Wrenlet, 5 sztuk za £10.50 z kodem BIBS25 do 31 marca.", "block",
     "form", "wrong_language"),
    ("tr1", "social", "Terrarium terrarium terrarium 🪴🪴🪴 £34.20 £34.20 £34.20 with GLASS10.", "block", "form",
     "repetition"),
    ("cc1", "email_body", "Hearts, hearts, hearts, hearts, hearts, hearts. Heart cutters, heart cutters, heart "
     "cutters, £1.00 with HEART20.", "block", "form", "repetition"),
]
