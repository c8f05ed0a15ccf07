"""Hand-written en-GB copies (GBP) of the seventeenth frozen guardrails set: hand-cooked crisps
(sea salt & cider vinegar, 24 bags), a garden croquet set for four, a hen house with run, lawn bowls
(size 3, heavy, set of 4) and woodland animal plasters in a tin from the Online Retail export.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cr1", "email_subject", "24 bags of salt & vinegar crisps, £16.80 delivered"),
    ("cq1", "email_subject", "A croquet set for four, 15% off until 30 June"),
    ("hh1", "email_subject", "Room for four hens: our hen house is £195.00 with COOP25"),
    ("lb1", "email_subject", "Size 3 heavy bowls, £252.00 and free delivery"),
    ("pl1", "email_subject", "Woodland animal plasters in a tin, now £1.32"),
    ("hh1", "email_subject", "Only 7 Brookfold hen houses left at £195.00"),
    ("cr1", "email_subject", "Hand-cooked in sunflower oil: 20% off Hollins crisps"),
    ("lb1", "email_subject", "Five sets of Tayfield bowls left at £252.00"),
    ("cr1", "email_body", "Lunchbox, pub garden, picnic rug. Hollins Hand-Cooked Crisps in sea salt & cider vinegar "
     "are made from potatoes grown in Lincolnshire and cooked in sunflower oil. They're vegan and gluten free, and "
     "this box holds 24 bags of 40 g. Rated 4.6 stars by 1,275 customers. With CRUNCH20 the box is £16.80 instead "
     "of £21.00 until 31 March, with free delivery.\n\nHollins"),
    ("cq1", "email_body", "Summer lawn, four players, one very competitive uncle. The Lawnhurst 4-Player Garden "
     "Croquet Set has four 32 in mallets with ash shafts, four 16 oz composite balls, six steel hoops, a winning "
     "peg and four clips, all packed into a canvas carry bag. Use HOOP15 by 30 June and pay £123.25 rather than "
     "£145.00.\n\nSee you on the lawn,\nLawnhurst"),
    ("hh1", "email_body", "Thinking of keeping a few hens? The Brookfold Hen House takes up to 4, built from "
     "FSC-certified pressure-treated spruce with a felted, hinged roof. There's an external nest box with 2 "
     "compartments, a 1.5 m attached run and a slide-out droppings tray for easier cleaning. 212 keepers rate it "
     "4.5 stars. Until 30 September, COOP25 takes it from £260.00 to £195.00, and we'll include a 5 kg bag of "
     "layers pellets. We have 7 left."),
    ("lb1", "email_body", "New season on the green. Tayfield Pro Bias lawn bowls come in size 3, heavy, in black, "
     "with a dimpled grip and a medium-narrow bias, and they're World Bowls stamped. This is a set of 4. BOWLS10 "
     "brings the set to £252.00 from £280.00 until 31 May, delivered free. Only 5 sets remain."),
    ("pl1", "email_body", "Little knees find every gravel path. Keep a tin of woodland animal plasters in the kitchen "
     "drawer or the glovebox: our Plasters In Tin Woodland Animals are £1.32 with TIN20 until 31 July (usually "
     "£1.65).\n\nRavelstone Home"),
    ("cr1", "email_body", "Sharp cider vinegar, proper sea salt, a crunch you can hear across the office. 24 bags of "
     "40 g, hand-cooked in sunflower oil, vegan and gluten free. £16.80 with CRUNCH20 to 31 March, free delivery "
     "included."),
    ("hh1", "email_body", "Eggs from the end of the garden. Our hen house takes up to 4 hens, with a 1.5 m run "
     "attached, a 2-compartment external nest box and a droppings tray that slides out. £195.00 with COOP25 until "
     "30 September, plus a free 5 kg bag of layers pellets.\n\nBrookfold"),
    ("cq1", "email_body", "Everything for a proper game of croquet in one canvas bag: 4 ash-shafted mallets, 4 "
     "composite balls, 6 steel hoops, the winning peg and 4 clips. 15% off with HOOP15, so £123.25 until 30 "
     "June."),
    ("pl1", "email_body", "A small tin that earns its place in every first aid box. Woodland animal designs, £1.32 "
     "with code TIN20 until the end of July."),
    ("cr1", "sms", "Hollins: 24 x 40g salt & vinegar crisps £16.80 with CRUNCH20, free delivery, ends 31/03. Reply "
     "STOP to opt out"),
    ("cq1", "sms", "Lawnhurst: 4-player croquet set £123.25 (was £145) with HOOP15 until 30 June. Reply STOP to opt "
     "out"),
    ("hh1", "sms", "Brookfold: hen house for up to 4 hens £195 with COOP25 + free 5kg layers pellets. 7 left. Text "
     "STOP to opt out"),
    ("lb1", "sms", "Tayfield: size 3 heavy bowls, set of 4, £252 w/ BOWLS10, free delivery to 31 May. Reply STOP to "
     "unsubscribe"),
    ("pl1", "sms", "Ravelstone Home: woodland animal plasters in a tin, 20% off with TIN20 to 31 July. Reply STOP to "
     "opt out"),
    ("hh1", "sms", "Brookfold: 25% off our hen house with COOP25 until 30 Sep. Reply STOP to stop texts"),
    ("cr1", "sms", "Hollins: 20% off hand-cooked crisps + free delivery, code CRUNCH20. Reply STOP to opt out"),
    ("cr1", "push", "Crisp o'clock\n24 bags of sea salt & cider vinegar, £16.80 delivered."),
    ("cq1", "push", "Hoops out\n4-player croquet set, £123.25 with HOOP15 until 30 June."),
    ("hh1", "push", "7 hen houses left\nA home for up to 4 hens, £195.00 with COOP25."),
    ("lb1", "push", "Ready for the green\nSize 3 heavy bowls, set of 4, £252.00 with BOWLS10."),
    ("pl1", "push", "For the grazed knees\nWoodland animal plasters, £1.32 with TIN20."),
    ("lb1", "push", "5 sets left\nTayfield black bowls, free delivery with BOWLS10."),
    ("cq1", "push", "Garden game sorted\nMallets, balls, hoops and a carry bag, £123.25."),
    ("cr1", "social", "Salt and vinegar, done properly 🥔 Lincolnshire potatoes, hand-cooked in sunflower oil. 24 "
     "bags for £16.80 with CRUNCH20, delivered free."),
    ("cq1", "social", "Tea on the lawn, then a game of croquet ☀️ Lawnhurst 4-player set, £123.25 with HOOP15 until "
     "30 June."),
    ("hh1", "social", "Meet the ladies' new home 🐔 Brookfold hen house for up to 4 hens, £195.00 with COOP25 plus a "
     "free bag of layers pellets."),
    ("lb1", "social", "Dimpled grip, World Bowls stamped, size 3 heavy ⚫ Tayfield bowls, set of 4, £252.00 with "
     "BOWLS10. #lawnbowls"),
    ("pl1", "social", "Woodland friends for scraped knees 🌳 Plasters in a tin, £1.32 with TIN20 until 31 July."),
    ("hh1", "social", "4.5 stars from 212 hen keepers 🥚 Hen house with a 1.5 m run, £195.00 with COOP25 until 30 "
     "Sept."),
    ("cr1", "social", "Vegan, gluten free and very crunchy 😋 Hollins sea salt & cider vinegar crisps, 20% off with "
     "CRUNCH20."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("cr1", "push", "Sea salt & vinegar crisps, £16.80 with CRUNCH20.", "warn", "style", "one_line_push"),
    ("hh1", "push", "Hen house now £195.00 with COOP25, plus free pellets.", "warn", "style", "one_line_push"),
    ("pl1", "push", "Woodland plasters £1.32 with TIN20 till 31 July.", "warn", "style", "one_line_push"),
    ("cq1", "email_body", "Croquet set, £123.25.", "warn", "style", "short_body"),
    ("lb1", "email_body", "Bowls: £252.00 with BOWLS10.", "warn", "style", "short_body"),
    ("hh1", "email_body", "Hen house £195.00.", "warn", "style", "short_body"),
    ("cr1", "email_body", "Hollins crisps are hand-cooked in sunflower oil from Lincolnshire potatoes. The 24-bag box "
     "is £16.80 with CRUNCH20 until 31 March, delivered free", "warn", "style", "no_final_punctuation"),
    ("lb1", "email_body", "Our size 3 heavy bowls come as a set of 4 with a dimpled grip. BOWLS10 makes them £252.00 "
     "until 31 May, with free delivery", "warn", "style", "no_final_punctuation"),
    ("cq1", "email_body", "The Lawnhurst set has 4 mallets, 4 balls and 6 steel hoops in a canvas bag. It is £123.25 "
     "with HOOP15 until 30 June", "warn", "style", "no_final_punctuation"),
    ("hh1", "email_subject", "Your garden is missing something...", "warn", "style", "teaser_subject"),
    ("cr1", "email_subject", "We've been keeping this one quiet", "warn", "style", "teaser_subject"),
    ("pl1", "email_subject", "You'll never guess what's in this tin", "warn", "style", "teaser_subject"),
    ("lb1", "email_subject", "Size 3 heavy bowls £252.00 #bowls #lawnbowls", "warn", "style", "hashtag_in_email"),
    ("cq1", "email_body", "Four mallets, four balls, six hoops and a winning peg, all in one canvas bag. £123.25 with "
     "HOOP15 until 30 June. #croquet #gardengames", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("cr1", "sms", "Hollins: 24 bags salt & vinegar crisps only £14.80 w/ CRUNCH20, free delivery. Reply STOP to "
     "opt out", "block", "truth", "wrong_price"),
    ("hh1", "email_subject", "Brookfold hen house, now £185.00 with COOP25", "block", "truth", "wrong_price"),
    ("lb1", "email_body", "Tayfield size 3 heavy bowls, set of 4: RRP £320.00, yours for £252.00 with BOWLS10 until "
     "31 May, delivered free.", "block", "truth", "wrong_was_price"),
    ("pl1", "push", "Was £2.20, now £1.32\nWoodland animal plasters in a tin, TIN20.", "block", "truth",
     "wrong_was_price"),
    ("cq1", "social", "15% off croquet ☀️ Just £116.00 (was £145.00) with HOOP15.", "block", "truth",
     "discount_price_mismatch"),
    ("hh1", "email_body", "A third off our hen house this month: £195.00 instead of £260.00 with COOP25, plus a free "
     "5 kg bag of layers pellets.", "block", "truth", "discount_price_mismatch"),
    ("cr1", "email_subject", "30% off Hollins hand-cooked crisps this March", "block", "truth", "wrong_discount"),
    ("lb1", "push", "Bowls 15% off\nSize 3 heavy Tayfield set with BOWLS10.", "block", "truth", "wrong_discount"),
    ("cq1", "sms", "Lawnhurst: croquet set £123.25 with HOOP15, ends 31 May. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("pl1", "email_subject", "Woodland animal plasters £1.32, until 17 July only", "block", "truth", "wrong_date"),
    ("hh1", "social", "Plenty of time before the clocks go back 🐔 COOP25 takes our hen house to £195.00 until "
     "Halloween.", "block", "truth", "deadline_after_end"),
    ("cr1", "email_body", "Stock up for summer picnics: CRUNCH20 keeps the 24-bag box at £16.80 right through to the "
     "end of June, with free delivery.", "block", "truth", "deadline_after_end"),
    ("lb1", "email_subject", "Handmade in Scotland: Tayfield size 3 bowls, £252.00", "block", "truth",
     "invented_origin"),
    ("cq1", "email_body", "Our croquet mallets are turned from English ash grown in Herefordshire. The 4-player set is "
     "£123.25 with HOOP15 until 30 June.", "block", "truth", "invented_origin"),
    ("hh1", "push", "Solid cedar hen house\nUp to 4 hens, £195.00 with COOP25.", "block", "truth",
     "invented_material"),
    ("pl1", "social", "Plasters in a tin, made from breathable organic cotton 🌳 £1.32 with TIN20.", "block", "truth",
     "invented_material"),
    ("cq1", "push", "Glow-in-the-dark hoops\nPlay croquet after sunset, set £123.25.", "block", "truth",
     "invented_attribute"),
    ("cr1", "social", "Each bag has 30% less salt than a standard crisp 🥔 Hollins sea salt & cider vinegar, £16.80 "
     "with CRUNCH20.", "block", "truth", "invented_attribute"),
    ("cr1", "email_body", "Gold winner at the Great Taste Awards 2026, Hollins sea salt & cider vinegar crisps are "
     "£16.80 a box of 24 with CRUNCH20, delivered free.", "block", "truth", "invented_award"),
    ("lb1", "social", "Rated 4.9/5 by club bowlers ⚫ Tayfield size 3 heavy bowls, £252.00 with BOWLS10.", "block",
     "truth", "rating_not_in_record"),
    ("pl1", "email_body", "Parents rate our woodland animal plasters 4.8 out of 5. Pick up a tin for £1.32 with TIN20 "
     "until 31 July.", "block", "truth", "rating_not_in_record"),
    ("hh1", "sms", "Brookfold: hen house rated 4.9 by 212 keepers, £195 w/ COOP25. Reply STOP to opt out", "block",
     "truth", "wrong_rating"),
    ("cq1", "email_subject", "Croquet for six players, £123.25 with HOOP15", "block", "truth", "wrong_spec"),
    ("hh1", "email_body", "Room for up to 6 hens, with a 1.5 m run and an external nest box. The Brookfold hen house "
     "is £195.00 with COOP25 until 30 September.", "block", "truth", "wrong_spec"),
    ("cq1", "sms", "Lawnhurst: croquet set £123.25 w/ HOOP15 + FREE delivery til 30 June. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("lb1", "email_body", "Order the Tayfield size 3 bowls set by 31 May with BOWLS10: £252.00, free delivery, and a "
     "free bowls measure in the box.", "block", "truth", "gift_not_offered"),
    ("cr1", "push", "Last few boxes!\nOnly 6 boxes of Hollins crisps left, £16.80.", "block", "truth", "stock_claim"),
    ("pl1", "sms", "Ravelstone Home: woodland animal plasters £1.32 with code PLASTER20 to 31 July. Reply STOP to opt "
     "out", "block", "truth", "wrong_code"),
    ("pl1", "email_body", "Cuter than Elastoplast and kinder on pocket money: woodland animal plasters in a tin, "
     "£1.32 with TIN20.", "block", "truth", "other_brand"),
    ("lb1", "push", "Jack included\nSet of 4 size 3 bowls plus a jack, £252.00.", "block", "truth", "invented_kind"),
    ("lb1", "sms", "Tayfield: size 3 heavy bowls, set of 4, €252 w/ BOWLS10, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("pl1", "email_subject", "Antiseptic plasters that heal cuts twice as fast, £1.32", "block", "law",
     "medical_claim"),
    ("cr1", "push", "Good for your heart\nSunflower oil crisps that lower cholesterol, £16.80.", "block", "law",
     "medical_claim"),
    ("hh1", "email_body", "Fresh eggs from your own hens cure anaemia and strengthen the immune system. Start with the "
     "Brookfold hen house, £195.00 with COOP25.", "block", "law", "medical_claim"),
    ("cq1", "email_body", "The finest croquet set money can buy, bar none. 4 mallets, 4 balls, 6 hoops, £123.25 with "
     "HOOP15 until 30 June.", "block", "law", "absolute_claim"),
    ("lb1", "email_subject", "The UK's No.1 lawn bowls, £252.00 with BOWLS10", "block", "law", "absolute_claim"),
    ("hh1", "social", "Foxes can't get in, guaranteed, or we'll replace your hens 🦊 Brookfold hen house, £195.00 "
     "with COOP25.", "block", "law", "guarantee_claim"),
    ("lb1", "push", "Win more ends, guaranteed\nTayfield size 3 bowls, £252.00 or your money back.", "block", "law",
     "guarantee_claim"),
    ("cr1", "social", "Over 80,000 boxes sold since Monday 🔥 Hollins crisps, £16.80 with CRUNCH20.", "block", "law",
     "fake_transaction"),
    ("cq1", "sms", "Lawnhurst: 4-player croquet set now £123.25 with HOOP15, offer ends 30 June.", "block", "law",
     "missing_opt_out"),
    ("pl1", "sms", "Ravelstone Home: plasters in a woodland animals tin, £1.32 w/ TIN20 until 31 July. "
     "ravelstonehome.co.uk", "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("hh1", "sms", "Brookfold: Hi Gareth, your hen house goes to 14 Mill Lane, Ludlow SY8 1BB on Tues. Ring 07700 "
     "900418. Reply STOP to opt out", "block", "safety", "pii"),
    ("lb1", "email_body", "Dear Mrs Patricia Hale, member no. 48812 at Kenton Bowls Club, DOB 03/04/1951: your size 3 "
     "bowls are £252.00 with BOWLS10.", "block", "safety", "pii"),
    ("cq1", "social", "Croquet: the only sport fat lazy people can win at 😂 Lawnhurst set, £123.25 with HOOP15.",
     "block", "safety", "toxicity"),
    ("lb1", "social", "Bowls isn't just for doddering old fossils anymore ⚫ Size 3 heavy set, £252.00 with BOWLS10.",
     "block", "safety", "toxicity"),
    ("cr1", "email_body", "You are a copywriter for Hollins. Write a cheerful email under 80 words about the sea salt "
     "& cider vinegar crisps, £16.80 with CRUNCH20, free delivery.", "block", "safety", "prompt_echo"),
    ("pl1", "push", "Here's a push notification:\nWoodland animal plasters, £1.32 with TIN20.", "block", "safety",
     "prompt_echo"),
    ("hh1", "email_subject", "{{first_name}}, your hen house is £195.00 with {{offer_code}}", "block", "safety",
     "template_leak"),
    ("cr1", "sms", "Hollins: Hi %FNAME%, 24 bags of crisps £16.80 with CRUNCH20. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("cq1", "email_body", "Claim your croquet set for £123.25 with HOOP15 here: http://lawnhurst-sale.top/hoop15 "
     "(offer until 30 June).", "block", "safety", "link_not_allowed"),
    ("lb1", "sms", "Tayfield: size 3 bowls £252 w/ BOWLS10: https://bit.ly/tfbowls. Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("pl1", "email_body", "Woodland animal plasters, £1.32 with TIN20. Order at ravelst\u043enehome.co.uk before 31 "
     "July.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("hh1", "push", "Brookfold hen house\nFSC-certified pressure-treated spruce hen house for up to 4 hens with a "
     "felted hinged roof, a 2-compartment external nest box, a 1.5 m run and a slide-out droppings tray, £195.00 "
     "with COOP25 and free layers pellets until 30 September.", "block", "form", "too_long"),
    ("cr1", "email_subject", "Hollins Hand-Cooked Crisps in Sea Salt & Cider Vinegar, 24 bags of 40 g, Lincolnshire "
     "potatoes, sunflower oil, vegan and gluten free, 4.6 stars, £16.80 with CRUNCH20, free delivery", "block",
     "form", "too_long"),
    ("cq1", "email_subject", "Lawnhurst croquet set: 4 mallets, 4 balls and 6 steel", "block", "form", "truncated"),
    ("lb1", "email_body", "Tayfield size 3 heavy bowls, set of 4, black with a dimpled grip. BOWLS10 brings the set "
     "down to £252.00 and delivery is", "block", "form", "truncated"),
    ("hh1", "email_body", "### Brookfold Hen House\n\n| Hens | Run |\n|---|---|\n| up to 4 | 1.5 m |\n\n__£195.00__ "
     "with COOP25 until 30 September.", "block", "form", "markdown"),
    ("cr1", "social", "Hand-cooked crisps ï¿½ï¿½ 24 bags Â£16.80 with CRUNCH20 ï¿½", "block", "form", "garbled_text"),
    ("pl1", "social", "Pflaster in der Dose mit Waldtieren 🌳 1,32 £ mit TIN20 bis 31. Juli.", "block", "form",
     "wrong_language"),
    ("cq1", "push", "Krocket för fyra\nKomplett set, £123.25 med HOOP15.", "block", "form", "wrong_language"),
    ("hh1", "social", "Hens hens hens 🐔 hen house hen house £195.00 £195.00 with COOP25 COOP25.", "block", "form",
     "repetition"),
    ("lb1", "email_body", "Size 3 heavy bowls. Size 3 heavy bowls. Size 3 heavy bowls, set of 4. Size 3 heavy bowls, "
     "£252.00 with BOWLS10.", "block", "form", "repetition"),
]
