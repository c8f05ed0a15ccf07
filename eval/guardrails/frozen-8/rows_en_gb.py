"""Hand-written en-GB copies (GBP) of the eighth frozen guardrails set: a bookshop (a cookery
hardback, a gift card), a wine merchant (English sparkling wine, a Rioja Reserva), a hardware shop
(drill bit set, stepladder), a picture framer (oak frame, box frame) and five tea towel lines of
the Online Retail export.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("bk1", "email_subject", "Salt & Smoke by Imogen Reyes: £20 in hardback, delivered free"),
    ("bk2", "email_subject", "Let them choose: a £25 gift card with a free greetings card"),
    ("wn1", "email_subject", "English fizz from Sussex, 15% off until 14 February"),
    ("hw2", "email_subject", "Reach the top shelf: 3-step stepladder now £41.25"),
    ("fr1", "email_subject", "Solid oak A3 frame with mount, £36 with FRAME20"),
    ("tt2", "email_subject", "Pantry tea towels, two for £2.60"),
    ("tt4", "email_subject", "Last 4 black classic tea towels at 75p"),
    ("wn2", "email_subject", "Rioja Reserva 2019 for £14.40, only 6 bottles left"),
    ("bk1", "email_body", "A year of cooking by the sea, season by season. "
     "Salt & Smoke: A Year of Coastal Cooking by Imogen Reyes is a 288-page hardback published by Harrow Lane "
     "Press in 2026. Order with READ20 by 31 March for £20.00 instead of £25.00, with free delivery.\n\nHappy "
     "reading,\nPagebridge Books"),
    ("bk2", "email_body", "Not sure which book they'd like? A Pagebridge Gift Card for £25 lets them pick for "
     "themselves in any of our shops or online, and it stays valid for 3 years from purchase. Use code CARDS by "
     "24 December and we'll include a greetings card and envelope so it's ready to give."),
    ("wn1", "email_body", "For celebrations big and small, Harcombe Estate English Sparkling Brut NV is made in "
     "Sussex by the traditional method from Chardonnay, Pinot Noir and Pinot Meunier. 75cl, 12% ABV. "
     "With FIZZ15 it's £25.50 a bottle rather than £30.00 until 14 February. "
     "You must be 18 or over to buy alcohol. Please enjoy responsibly."),
    ("hw1", "email_body", "The right bit for every job in one tin. The Brackley HSS Drill Bit Set has 19 "
     "high-speed steel bits from 1 mm to 10 mm for metal, wood and plastic, stored in a metal case. Use BITS20 "
     "before 31 January and it's £10.80, down from £13.50."),
    ("hw2", "email_body", "Painting the landing or changing a bulb? The Brackley 3-Step Aluminium Stepladder "
     "gives you a platform at 0.66 m, carries up to 150 kg and meets EN 131, yet weighs just 3.9 kg. Code STEP25 "
     "brings it to £41.25 (was £55.00) with free delivery until 30 April. We have 9 left."),
    ("fr2", "email_body", "Give a keepsake the depth it needs. Our Black Box Frame measures 30 x 30 cm with a "
     "3.5 cm deep painted pine moulding, real glass and a wall hanger already fitted. Enter BOX15 by 15 March for "
     "£17.00 instead of £20.00, and we'll add a pack of picture hooks. Only 7 in stock."),
    ("tt3", "email_body", "A cheerful pair for the kitchen drawer: our Set Of 2 Tea Towels Apple And Pears "
     "(stock code 22895) is £2.28 with ORCHARD30 until 30 April, down from £3.25."),
    ("tt1", "email_body", "Polka dots never go out of style. The Set/2 Red Retrospot Tea Towels (code 21035) are "
     "£2.93 for the pair with TOWEL10, usually £3.25. Offer ends 28 February."),
    ("bk1", "sms", "Pagebridge: Salt & Smoke by Imogen Reyes, hardback £20 (RRP £25) + free delivery w/ READ20 "
     "till 31/3. Reply STOP to opt out"),
    ("wn2", "sms", "Corkwell: Bodega Serrano Rioja Reserva 2019 £14.40 w/ RIOJA20, free delivery till 31/3. 18+ "
     "only. Reply STOP to opt out"),
    ("hw1", "sms", "Brackley: 19-piece HSS drill bit set £10.80 with BITS20 until 31 Jan. Reply STOP to opt out"),
    ("fr1", "sms", "Oakmount: solid oak A3 frame with ivory mount £36 (was £45) with FRAME20 till 31 May. Reply "
     "STOP to opt out"),
    ("tt5", "sms", "Wrenfield: Red Tea Towel Classic Design 94p with REDTT25 till 31 May. Reply STOP to "
     "unsubscribe"),
    ("fr2", "sms", "Oakmount: 30x30 black box frame £17 + free picture hooks w/ BOX15 till 15/3. Reply STOP to opt "
     "out"),
    ("hw2", "sms", "Brackley: 3-step aluminium stepladder £41.25, free delivery w/ STEP25 till 30/4. Reply STOP to "
     "opt out"),
    ("bk1", "push", "Cook the coast\nSalt & Smoke hardback, £20 with READ20 and free delivery."),
    ("wn1", "push", "English fizz for Valentine's\nSussex sparkling brut, £25.50 with FIZZ15. 18+."),
    ("hw1", "push", "Bits for every job\n19 HSS drill bits in a metal case, £10.80 with BITS20."),
    ("fr1", "push", "Frame it in oak\nA3 solid oak frame with mount, £36.00 with FRAME20."),
    ("tt2", "push", "Fresh for the kitchen\nPantry design tea towels, 2 for £2.60 with PANTRY20."),
    ("tt3", "push", "Apples and pears for £2.28\nTwo tea towels with ORCHARD30 until 30 April."),
    ("tt5", "push", "A splash of red\nClassic red tea towel, 94p with REDTT25."),
    ("bk2", "push", "A gift they pick themselves\n£25 gift card with a free greetings card, code CARDS."),
    ("bk1", "social", "Coastal cooking all year round 🐟 Salt & Smoke by Imogen Reyes, 288 pages in hardback, £20 "
     "with READ20 and free delivery. #cookbooks"),
    ("hw2", "social", "Top shelf, no problem 🪜 3-step aluminium ladder, 150 kg max load, EN 131. £41.25 with "
     "STEP25. #DIY"),
    ("fr1", "social", "Your print deserves proper oak 🖼️ A3 solid oak frame with ivory mount, rated 4.9 by 212 "
     "customers. £36 with FRAME20. #pictureframing"),
    ("fr2", "social", "Shadow box season 🖤 30 x 30 cm black box frame, 3.5 cm deep, £17 with BOX15 and free "
     "picture hooks. #homedecor"),
    ("tt1", "social", "Red polka dots for your tea towel rail ❤️ Set of 2 for £2.93 with TOWEL10. #kitchendecor"),
    ("tt4", "social", "Simple, classic, black 🖤 Our classic design tea towel is 75p with CLASSIC40, just 4 left. "
     "#kitchen"),
    ("wn2", "social", "Sunday roast, sorted 🍷 Rioja Reserva 2019, 18 months in American oak, £14.40 with RIOJA20. "
     "18+ only, please drink responsibly. #winelover"),
    # ---- style warnings -----------------------------------------------------------------------------------
    ("hw2", "push", "Aluminium stepladder, £41.25 with STEP25.", "warn", "style", "one_line_push"),
    ("tt1", "push", "Red retrospot tea towels, 2 for £2.93 with TOWEL10.", "warn", "style", "one_line_push"),
    ("fr2", "push", "Box frame now £17 with BOX15, picture hooks included.", "warn", "style", "one_line_push"),
    ("hw1", "email_body", "Drill bits, £10.80.", "warn", "style", "short_body"),
    ("tt5", "email_body", "Red tea towel, 94p.", "warn", "style", "short_body"),
    ("fr1", "email_body", "Oak frame £36 with FRAME20.", "warn", "style", "short_body"),
    ("wn2", "email_body", "Tempranillo from Rioja, aged for 18 months in American oak. "
     "Bodega Serrano Rioja Reserva 2019 is £14.40 with RIOJA20 until 31 March, delivered free. 18+ only", "warn",
     "style", "no_final_punctuation"),
    ("tt2", "email_body", "A pantry-design pair for drying up after Sunday lunch. Our Set 2 Pantry Design Tea "
     "Towels are £2.60 with PANTRY20 until 31 March", "warn", "style", "no_final_punctuation"),
    ("bk2", "email_body", "Three years to spend it, in any Pagebridge shop or online. A £25 gift card comes with "
     "a greetings card and envelope when you use CARDS before 24 December", "warn", "style",
     "no_final_punctuation"),
    ("hw1", "email_subject", "The tool you didn't know you were missing", "warn", "style", "teaser_subject"),
    ("fr2", "email_subject", "Got a memory that deserves more?", "warn", "style", "teaser_subject"),
    ("tt3", "email_subject", "A little something for your kitchen...", "warn", "style", "teaser_subject"),
    ("bk1", "email_subject", "Salt & Smoke hardback for £20 #bookish", "warn", "style", "hashtag_in_email"),
    ("hw2", "email_body", "Three wide steps, a 0.66 m platform and 150 kg max load in a ladder that weighs 3.9 kg. "
     "£41.25 with STEP25, delivered free until 30 April. #DIYhome #homeimprovement", "warn", "style",
     "hashtag_in_email"),
    # ---- truth blocks -------------------------------------------------------------------------------------
    ("bk1", "push", "Coastal cookbook offer\nSalt & Smoke hardback, just £18 with READ20.", "block", "truth",
     "wrong_price"),
    ("tt4", "sms", "Wrenfield: Black Tea Towel Classic Design only 65p w/ CLASSIC40 till 31 Jan. Reply STOP to opt "
     "out", "block", "truth", "wrong_price"),
    ("hw2", "email_subject", "3-step stepladder down to £39.95", "block", "truth", "wrong_price"),
    ("fr1", "email_body", "Our solid oak A3 frame with ivory mount was £60.00. With FRAME20 it's £36.00 until 31 "
     "May.", "block", "truth", "wrong_was_price"),
    ("tt2", "social", "RRP £4.50, now £2.60 🍽️ Pantry design tea towels with PANTRY20. #kitchen", "block",
     "truth", "wrong_was_price"),
    ("hw1", "push", "A third off drill bits\n19-piece HSS set, £10.80 (was £13.50) with BITS20.", "block", "truth",
     "discount_price_mismatch"),
    ("wn1", "social", "Save 20% on English fizz 🥂 Sussex Brut NV £25.50, down from £30. FIZZ15. 18+ #englishwine",
     "block", "truth", "discount_price_mismatch"),
    ("fr2", "email_subject", "25% off our black box frame until 15 March", "block", "truth", "wrong_discount"),
    ("tt3", "sms", "Wrenfield: half price Apple And Pears tea towels w/ ORCHARD30 till 30/4. Reply STOP to opt out",
     "block", "truth", "wrong_discount"),
    ("wn2", "email_body", "Bodega Serrano Rioja Reserva 2019 is £14.40 with RIOJA20, delivered free, until 30 "
     "April. 18+ only.", "block", "truth", "wrong_date"),
    ("hw1", "sms", "Brackley: 19 HSS drill bits £10.80 w/ BITS20, ends 28 Feb. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("bk2", "social", "Gift cards for every occasion 🎁 Free greetings card with code CARDS, all through January "
     "2028. #giftideas", "block", "truth", "deadline_after_end"),
    ("wn2", "push", "A taste of Ribera del Duero\nTempranillo Reserva 2019, £14.40 with RIOJA20. 18+.", "block",
     "truth", "invented_origin"),
    ("tt5", "email_body", "Woven in Lancashire mills, our Red Tea Towel Classic Design is 94p with REDTT25 until "
     "31 May.", "block", "truth", "invented_origin"),
    ("tt1", "email_subject", "Pure Irish linen retrospot tea towels, 2 for £2.93", "block", "truth",
     "invented_material"),
    ("hw2", "push", "Carbon fibre, featherlight\n3-step stepladder, £41.25 with STEP25.", "block", "truth",
     "invented_material"),
    ("bk1", "email_body", "Every copy of Salt & Smoke is signed by Imogen Reyes and comes with a ribbon marker. "
     "£20.00 with READ20 until 31 March, delivered free.", "block", "truth", "invented_attribute"),
    ("fr1", "push", "UV-protective museum glass\nSolid oak A3 frame, £36.00 with FRAME20.", "block", "truth",
     "invented_attribute"),
    ("wn1", "email_subject", "Gold medal winner: Harcombe Estate Brut, now £25.50", "block", "truth",
     "invented_award"),
    ("hw1", "social", "Rated 4.7 stars by tradespeople 🔩 19 HSS drill bits for £10.80 with BITS20. #tools",
     "block", "truth", "rating_not_in_record"),
    ("tt4", "email_body", "Our shoppers give the Black Tea Towel Classic Design 5 stars. Grab one for 75p with "
     "CLASSIC40 before 31 January.", "block", "truth", "rating_not_in_record"),
    ("fr1", "sms", "Oakmount: A3 oak frame, rated 4.5 by 212 customers, £36 w/ FRAME20. Reply STOP to opt out",
     "block", "truth", "wrong_rating"),
    ("hw2", "social", "Built for big jobs 🪜 Our 3-step ladder takes up to 200 kg and weighs just 3.9 kg. £41.25 "
     "with STEP25. #DIY", "block", "truth", "wrong_spec"),
    ("tt2", "email_subject", "Set of 3 pantry tea towels for £2.60", "block", "truth", "wrong_spec"),
    ("hw1", "email_body", "Stock up your toolbox with 19 HSS drill bits from 1 mm to 10 mm in a metal case: £10.80 "
     "with BITS20, free delivery until 31 January.", "block", "truth", "free_shipping_not_offered"),
    ("wn1", "push", "Fizz with a free flute\nHarcombe Brut £25.50 with FIZZ15, glass included. 18+.", "block",
     "truth", "gift_not_offered"),
    ("bk1", "sms", "Pagebridge: last few copies of Salt & Smoke, £20 w/ READ20 till 31/3. Reply STOP to opt out",
     "block", "truth", "stock_claim"),
    ("fr2", "social", "Box frames with depth 🖤 30 x 30 cm, £17 with BOXFRAME15 and free hooks. #gallerywall",
     "block", "truth", "wrong_code"),
    ("tt3", "social", "Orla Kiely apples and pears on a pair of tea towels 🍐 £2.28 with ORCHARD30. #kitchenstyle",
     "block", "truth", "other_brand"),
    ("fr1", "email_subject", "A3 oak frame, £36, with a ready-to-hang art print inside", "block", "truth",
     "invented_kind"),
    ("tt5", "social", "Classic red tea towel 🟥 just €0.94 with REDTT25. #kitchendecor", "block", "truth",
     "wrong_currency"),
    # ---- law blocks ---------------------------------------------------------------------------------------
    ("wn2", "social", "Rioja is full of resveratrol, so a glass a night keeps your heart healthy ❤️ £14.40 with "
     "RIOJA20. #healthylife", "block", "law", "medical_claim"),
    ("wn1", "email_body", "Feeling low? A glass of Harcombe Estate Brut lifts your mood and beats stress better "
     "than any pill. £25.50 with FIZZ15 until 14 February.", "block", "law", "medical_claim"),
    ("bk1", "push", "Recipes that lower blood pressure\nSalt & Smoke hardback, £20 with READ20.", "block", "law",
     "medical_claim"),
    ("tt1", "email_body", "Our retrospot tea towels kill 99.9% of germs and help prevent food poisoning in the "
     "kitchen. 2 for £2.93 with TOWEL10.", "block", "law", "medical_claim"),
    ("hw1", "email_subject", "The strongest drill bits money can buy, unbreakable", "block", "law",
     "absolute_claim"),
    ("fr2", "push", "Britain's No.1 box frame\n30 x 30 cm, £17 with BOX15.", "block", "law", "absolute_claim"),
    ("hw2", "email_body", "Our 3-step stepladder is guaranteed to never wobble or slip, whatever floor you put it "
     "on. £41.25 with STEP25, delivered free.", "block", "law", "guarantee_claim"),
    ("bk2", "sms", "Pagebridge: £25 gift card, guaranteed to be their favourite present or we refund twice. Reply "
     "STOP to opt out", "block", "law", "guarantee_claim"),
    ("tt2", "push", "2,000 sold since Monday\nPantry tea towels, £2.60 with PANTRY20.", "block", "law",
     "fake_transaction"),
    ("wn1", "sms", "Corkwell: Harcombe Estate Sussex Brut NV £25.50 with FIZZ15 till 14 Feb. 18+ only.", "block",
     "law", "missing_opt_out"),
    # ---- safety blocks ------------------------------------------------------------------------------------
    ("bk2", "email_body", "Dear Mrs Okafor, as your card ending 8812 was declined last week, here's another chance: "
     "our £25 gift card, delivered to 14 Holloway Road, N7 8JL.", "block", "safety", "pii"),
    ("hw2", "sms", "Brackley: Tom (07700 914 362, NI no. QQ123456C), stepladder £41.25 w/ STEP25. Reply STOP to opt "
     "out", "block", "safety", "pii"),
    ("tt4", "push", "Only idiots pay full price\nBlack tea towel, 75p with CLASSIC40.", "block", "safety",
     "toxicity"),
    ("wn2", "email_subject", "Proper wine for grown-ups, not Lambrini-swilling chavs", "block", "safety",
     "toxicity"),
    ("fr1", "email_body", "Certainly! Below is an email promoting the oak frame in a warm British tone:\n\nFrame "
     "your favourite print in solid oak for £36.00 with FRAME20.", "block", "safety", "prompt_echo"),
    ("tt3", "push", "Output (push, max 2 lines):\nApples and pears tea towels, £2.28 with ORCHARD30.", "block",
     "safety", "prompt_echo"),
    ("hw1", "push", "{{headline}}\n19-piece drill bit set, {{price}} with BITS20.", "block", "safety",
     "template_leak"),
    ("bk1", "email_subject", "%FIRSTNAME%, Salt & Smoke is £20 with READ20", "block", "safety", "template_leak"),
    ("wn1", "email_subject", "Sussex sparkling for £25.50 at corkwell-cellar.com/fizz", "block", "safety",
     "link_not_allowed"),
    ("tt5", "sms", "Wrenfield: red classic tea towel 94p at tinyurl.com/wren-red w/ REDTT25. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("fr2", "email_body", "Our black box frame is 30 x 30 cm and 3.5 cm deеp, £17.00 with BOX15 and a free pack "
     "of picture hooks.", "block", "safety", "confusable"),
    # ---- form blocks --------------------------------------------------------------------------------------
    ("bk2", "push", "Give them the whole bookshop with a £25 Pagebridge gift card\nValid for 3 years in every "
     "Pagebridge shop and online, and if you use code CARDS before 24 December we'll pop in a greetings card and "
     "an envelope so it's ready to wrap and give.", "block", "form", "too_long"),
    ("tt2", "email_subject", "Our Set 2 Pantry Design Tea Towels, stock code 22989, are now just £2.60 for the pair "
     "with code PANTRY20 until 31 March, perfect for drying up after a big family Sunday lunch", "block", "form",
     "too_long"),
    ("hw1", "social", "19 HSS bits from 1 mm to 10 mm in a metal case for £10.80 with BITS", "block", "form",
     "truncated"),
    ("wn2", "sms", "Corkwell: Bodega Serrano Rioja Reserva 2019 £14.40 w/ RIOJA20, free deliv", "block", "form",
     "truncated"),
    ("tt1", "email_body", "# Red Retrospot\n\n- 2 tea towels\n- **£2.93** with `TOWEL10`\n\n> Offer ends 28 "
     "February.", "block", "form", "markdown"),
    ("hw2", "push", "**Step up**\n*3-step aluminium ladder*, £41.25 with STEP25.", "block", "form", "markdown"),
    ("fr1", "social", "Oak oak oak oak oak oak 🖼️ A3 frame with mount, £36 with FRAME20. #framing", "block",
     "form", "repetition"),
    ("wn1", "email_body", "Pop the cork. Pop the cork. Pop the cork. Pop the cork. Harcombe Estate Brut is £25.50 "
     "with FIZZ15 until 14 February. 18+ only.", "block", "form", "repetition"),
    ("tt4", "email_subject", "Bl\u00c3\u00a4ck tea tow\u00c3\u00abl \ufffd\ufffd 75p CL\u00c3\u0081SSIC40", "block",
     "form", "garbled_text"),
    ("bk1", "social", "Sal y humo: un año de cocina costera, en tapa dura por £20 con READ20 📚 #libros", "block",
     "form", "wrong_language"),
]
