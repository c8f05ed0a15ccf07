"""Hand-written en-US copies (USD) of the twenty-seventh frozen guardrails set: a bar-tool shop's
weighted Boston shaker tins, an aluminum laptop stand, a home-gym shop's rubber hex dumbbells, a
3-stage knife sharpener and an all-temperature ski and snowboard wax.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("ck1", "email_subject", "Weighted Boston shaker tins, now $24 with SHAKE25"),
    ("ls1", "email_subject", "Raise your screen: aluminum laptop stand for $39.20"),
    ("db1", "email_subject", "25 lb hex dumbbells, shipped free, 15% off"),
    ("kn1", "email_subject", "Dull knives? 3-stage sharpener $21.60 + a free cut-resistant glove"),
    ("sw1", "email_subject", "30% off our fluorocarbon-free wax before Feb 28"),
    ("ck1", "email_subject", "Coldpour shaker tins, rated 4.7 stars, 25% off through April 30"),
    ("db1", "email_subject", "Only 7 pairs of 25 lb hex dumbbells left"),
    ("ls1", "email_subject", "Fits 10 to 17 inch laptops, folds flat: 20% off with DESK20"),
    ("ck1", "email_body", "Two tins, one good seal. Coldpour Weighted Boston Shaker Tins pair a 28 oz tin with an "
     "18 oz tin, both in brushed 18/8 stainless steel with a weighted base, and they go straight in the dishwasher "
     "after the party. They average 4.7 stars across 2,184 reviews. Through April 30, SHAKE25 takes them from "
     "$32.00 to $24.00.\n\nCheers,\nThe Coldpour team"),
    ("ls1", "email_body", "Eye-level video calls start here. The Perchwell Aluminum Laptop Stand holds laptops from "
     "10 to 17 inches, adjusts to 6 heights, and folds flat into its carry pouch at just 9.6 oz. Use DESK20 by "
     "September 30 and the space gray stand is $39.20 instead of $49.00."),
    ("db1", "email_body", "Hex ends mean they stay where you put them. Our 25 lb Ironvale dumbbells come as a pair, "
     "coated in rubber with knurled chrome steel handles. With LIFT15 the pair is $76.49 (was $89.99) until "
     "January 31, and shipping is on us. We have 7 pairs left.\n\nIronvale"),
    ("kn1", "email_body", "Three stages, one pull-through routine: diamond for the coarse work, tungsten carbide to "
     "set the edge, ceramic to finish. The Edgebrook sharpener sits on a non-slip rubber base and is made for "
     "straight-edge steel kitchen knives (not serrated ones). Order with EDGE10 by June 15: $21.60, down from "
     "$24.00, and we'll add a cut-resistant glove to the box."),
    ("sw1", "email_body", "Wax day before the first chair. Fallow Peak All-Temperature Wax is a fluorocarbon-free hot "
     "wax, poured by hand in Bend, Oregon, in a 100 g bar for skis and snowboards. WAX30 brings it to $12.60 from "
     "$18.00 until February 28.\n\nSee you on the hill,\nFallow Peak"),
    ("ck1", "email_body", "Shaken, not spilled. Our weighted tins are brushed stainless steel, 28 oz and 18 oz, and "
     "dishwasher safe. Take 25% off with SHAKE25 until 4/30/2027: $24.00 for the pair."),
    ("kn1", "email_body", "If your tomatoes squash instead of slice, it's time. The Edgebrook 3-Stage Manual Knife "
     "Sharpener is $21.60 with EDGE10 through June 15, and it's rated 4.3 stars by 958 reviewers. A cut-resistant "
     "glove comes free with every order while the offer lasts."),
    ("sw1", "email_body", "No fluorocarbons, just a 100 g bar of all-temperature hot wax for your skis or board. It's "
     "30% off with WAX30 through Feb 28, so $12.60."),
    ("db1", "email_body", "Rubber-coated, hex-shaped, 25 lb each. The Ironvale pair is $76.49 with code LIFT15 until "
     "Jan 31, with free shipping to your door."),
    ("ck1", "sms", "Coldpour: weighted shaker tins $24 (reg $32) w/ SHAKE25 thru 4/30. Reply STOP to opt out"),
    ("ls1", "sms", "Perchwell: aluminum laptop stand $39.20 with DESK20 until 9/30. Txt STOP to end"),
    ("db1", "sms", "Ironvale: 25lb hex dumbbell pair $76.49 + free shipping, code LIFT15, ends 1/31. 7 pairs "
     "left. Reply STOP to unsubscribe"),
    ("kn1", "sms", "Edgebrook: 3-stage knife sharpener $21.60 w/ EDGE10 + free cut-resistant glove. Ends 6/15. "
     "Reply STOP to opt out"),
    ("sw1", "sms", "Fallow Peak: all-temp wax 100g $12.60 w/ WAX30 til Feb 28. Reply STOP to opt out"),
    ("ls1", "sms", "Perchwell: 20% off our space gray laptop stand, folds flat, DESK20 thru Sept 30. Reply STOP "
     "to stop"),
    ("kn1", "sms", "Edgebrook: sharpen dull knives in 3 stages, $21.60 with EDGE10 (was $24). Msg&data rates may "
     "apply. Reply STOP to opt out"),
    ("ck1", "push", "Shaker tins, 25% off\nColdpour weighted pair, $24 with SHAKE25."),
    ("ls1", "push", "Desk upgrade 💻\nAluminum laptop stand, $39.20 with DESK20."),
    ("db1", "push", "Free shipping on 25 lb dumbbells\nHex pair $76.49 with LIFT15 until Jan 31."),
    ("kn1", "push", "Free glove inside\n3-stage knife sharpener, $21.60 with EDGE10."),
    ("sw1", "push", "Wax before you ride ❄️\n100 g all-temp wax, $12.60 with WAX30."),
    ("sw1", "push", "Made in Bend, Oregon\nFluorocarbon-free ski wax, 30% off till Feb 28."),
    ("ls1", "push", "6 heights, 9.6 oz\nPerchwell stand, 20% off through Sept 30."),
    ("ck1", "social", "Friday night cocktails start with a good seal 🍸 Coldpour weighted tins, 28 oz + 18 oz, $24 "
     "with SHAKE25 through April 30."),
    ("ls1", "social", "From the coffee shop to the kitchen table 💻 Our stand folds flat into its pouch. $39.20 "
     "with DESK20."),
    ("db1", "social", "Hex dumbbells don't roll off 🏋️ 25 lb pair, rubber coated, $76.49 with LIFT15 + free "
     "shipping."),
    ("kn1", "social", "958 reviews, 4.3 stars 🔪 Edgebrook 3-stage sharpener, $21.60 with EDGE10, free "
     "cut-resistant glove included."),
    ("sw1", "social", "Hand-poured in Bend, Oregon 🏂 All-temperature, fluorocarbon-free wax, $12.60 with WAX30 "
     "until 2/28."),
    ("ck1", "social", "Dishwasher safe, because nobody wants to hand-wash at 1am 🍋 Coldpour shaker tins, 25% off."),
    ("db1", "social", "New year, new home gym? 💪 Ironvale 25 lb hex pair, 15% off until January 31, shipping "
     "included."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("ck1", "push", "Coldpour shaker tins $24 with SHAKE25 until April 30.", "warn", "style", "one_line_push"),
    ("kn1", "push", "Knife sharpener $21.60 plus a free glove with EDGE10.", "warn", "style", "one_line_push"),
    ("db1", "push", "Hex dumbbells 25 lb pair, $76.49, free shipping.", "warn", "style", "one_line_push"),
    ("ls1", "email_body", "Laptop stand, $39.20.", "warn", "style", "short_body"),
    ("sw1", "email_body", "Ski wax: $12.60 with WAX30.", "warn", "style", "short_body"),
    ("ck1", "email_body", "Shaker tins now $24.", "warn", "style", "short_body"),
    ("kn1", "email_body", "The Edgebrook sharpener takes a dull chef's knife through diamond, tungsten carbide and "
     "ceramic stages on a non-slip base. It's $21.60 with EDGE10 until June 15 and comes with a cut-resistant "
     "glove", "warn", "style", "no_final_punctuation"),
    ("db1", "email_body", "Our rubber hex dumbbells come as a 25 lb pair with knurled chrome steel handles. Use "
     "LIFT15 by January 31 to pay $76.49 with free shipping", "warn", "style", "no_final_punctuation"),
    ("sw1", "email_body", "Fallow Peak all-temperature wax is fluorocarbon-free and hand-poured in Bend, Oregon. A "
     "100 g bar is $12.60 with WAX30 through February 28", "warn", "style", "no_final_punctuation"),
    ("ls1", "email_subject", "You won't believe what's under this laptop", "warn", "style", "teaser_subject"),
    ("ck1", "email_subject", "Open this before your next happy hour", "warn", "style", "teaser_subject"),
    ("sw1", "email_subject", "A little something for your first run...", "warn", "style", "teaser_subject"),
    ("db1", "email_subject", "25 lb hex dumbbell pair, $76.49 #homegym", "warn", "style", "hashtag_in_email"),
    ("kn1", "email_body", "Three stages, a non-slip base and a free cut-resistant glove. The Edgebrook sharpener is "
     "$21.60 with EDGE10 until June 15. #sharpknives #kitchentools", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("ck1", "email_subject", "Weighted Boston shaker tins, now just $22", "block", "truth", "wrong_price"),
    ("sw1", "sms", "Fallow Peak: all-temp wax 100g just $11.60 w/ WAX30 til 2/28. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("ls1", "email_body", "The Perchwell aluminum laptop stand was $59.00 and now it's $39.20 with DESK20 through "
     "September 30.", "block", "truth", "wrong_was_price"),
    ("db1", "social", "Was $99.99, now $76.49 🏋️ Ironvale 25 lb hex pair with LIFT15, free shipping.", "block",
     "truth", "wrong_was_price"),
    ("kn1", "push", "Save 15% on sharp\nEdgebrook 3-stage sharpener, $21.60 (reg. $24) with EDGE10.", "block",
     "truth", "discount_price_mismatch"),
    ("ck1", "email_body", "SHAKE25 takes 25% off our weighted shaker tins: $26.00 instead of $32.00, through April "
     "30.", "block", "truth", "discount_price_mismatch"),
    ("sw1", "email_subject", "40% off all-temperature ski wax with WAX30", "block", "truth", "wrong_discount"),
    ("ls1", "social", "Half off the Perchwell laptop stand 💻 DESK20 until September 30.", "block", "truth",
     "wrong_discount"),
    ("db1", "email_subject", "LIFT15 ends January 15: dumbbells 15% off", "block", "truth", "wrong_date"),
    ("kn1", "sms", "Edgebrook: last call! EDGE10 expires 5/31. Sharpener $21.60. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("ck1", "social", "Stock the bar for summer 🍸 SHAKE25 runs all the way to July 4th, $24 for the tins.", "block",
     "truth", "deadline_after_end"),
    ("sw1", "email_body", "Spring skiing coming up? WAX30 keeps the wax at $12.60 through the end of March, so stock "
     "up for the whole season.", "block", "truth", "deadline_after_end"),
    ("db1", "push", "Forged in Germany\nIronvale 25 lb hex pair, $76.49 with LIFT15.", "block", "truth",
     "invented_origin"),
    ("ls1", "email_subject", "Solid walnut laptop stand, 20% off", "block", "truth", "invented_material"),
    ("ck1", "push", "Copper-plated tins 🍸\nColdpour Boston shaker, $24 with SHAKE25.", "block", "truth",
     "invented_material"),
    ("kn1", "email_body", "The Edgebrook sharpener has a built-in angle guide that adjusts from 15° to 20°, so it "
     "suits Japanese and German knives alike. $21.60 with EDGE10 until June 15.", "block", "truth",
     "invented_attribute"),
    ("db1", "email_body", "Each Ironvale dumbbell has a quick-adjust dial, so one pair goes from 5 to 25 lb in "
     "seconds. Grab them for $76.49 with LIFT15, free shipping.", "block", "truth", "invented_attribute"),
    ("sw1", "social", "Winner of the 2026 Backcountry Gear Award ❄️ Fallow Peak all-temp wax, $12.60 with WAX30.",
     "block", "truth", "invented_award"),
    ("sw1", "push", "4.9 stars from riders\nFallow Peak all-temp wax, $12.60 with WAX30.", "block", "truth",
     "rating_not_in_record"),
    ("ls1", "sms", "Perchwell: our 4.8-star laptop stand is $39.20 with DESK20 til 9/30. Reply STOP to opt out",
     "block", "truth", "wrong_rating"),
    ("ck1", "sms", "Coldpour: weighted shaker tins, 32 oz + 18 oz, $24 w/ SHAKE25. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("ls1", "push", "Fits up to 19 inches\nPerchwell laptop stand, $39.20 with DESK20.", "block", "truth",
     "wrong_spec"),
    ("kn1", "social", "Sharp knives, free shipping 🔪 Edgebrook 3-stage sharpener $21.60 with EDGE10.", "block",
     "truth", "free_shipping_not_offered"),
    ("ck1", "email_body", "Order Coldpour shaker tins with SHAKE25 by April 30 and we'll throw in a Hawthorne "
     "strainer and jigger for free. $24 for the pair.", "block", "truth", "gift_not_offered"),
    ("sw1", "email_subject", "Almost sold out: just 12 bars of all-temp wax left", "block", "truth", "stock_claim"),
    ("kn1", "push", "Going fast\nOnly a handful of Edgebrook sharpeners left at $21.60.", "block", "truth",
     "stock_claim"),
    ("db1", "sms", "Ironvale: 25lb hex dumbbells $76.49 with code IRON15, free shipping til 1/31. Reply STOP to "
     "opt out", "block", "truth", "wrong_code"),
    ("kn1", "email_subject", "Works like a Chef'sChoice, costs $21.60", "block", "truth", "other_brand"),
    ("db1", "social", "Skip the Bowflex price tag 🏋️ Ironvale 25 lb rubber hex pair, $76.49 with LIFT15.", "block",
     "truth", "other_brand"),
    ("sw1", "sms", "Fallow Peak: all-temp wax + scraper & cork kit, $12.60 w/ WAX30. Reply STOP to opt out",
     "block", "truth", "invented_kind"),
    ("db1", "email_subject", "Ironvale 25 lb hex pair, now €76.49", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("ls1", "email_body", "Slouching over a laptop causes chronic neck pain. The Perchwell stand corrects your "
     "posture and relieves back pain within days. $39.20 with DESK20.", "block", "law", "medical_claim"),
    ("db1", "push", "Lower your blood pressure\n25 lb hex dumbbells, $76.49 with LIFT15.", "block", "law",
     "medical_claim"),
    ("ck1", "social", "Shaken cocktails with fresh citrus boost your immune system 🍋 Coldpour tins $24 with "
     "SHAKE25.", "block", "law", "medical_claim"),
    ("kn1", "email_body", "The sharpest edge money can buy. No sharpener on the market beats the Edgebrook 3-stage, "
     "now $21.60 with EDGE10.", "block", "law", "absolute_claim"),
    ("sw1", "push", "The fastest wax on earth\nFallow Peak all-temp, $12.60 with WAX30.", "block", "law",
     "absolute_claim"),
    ("db1", "social", "Lifetime guarantee: if a handle ever loosens, we'll replace the pair, no questions asked 🏋️ "
     "$76.49 with LIFT15.", "block", "law", "guarantee_claim"),
    ("ls1", "push", "Wobble-free, guaranteed\nPerchwell laptop stand, $39.20 with DESK20, or we refund you double.",
     "block", "law", "guarantee_claim"),
    ("ck1", "email_subject", "52,000 shakers sold last week. Get yours for $24", "block", "law", "fake_transaction"),
    ("db1", "sms", "Ironvale: 25 lb hex dumbbells $76.49 with LIFT15, free shipping, only 7 pairs left!", "block",
     "law", "missing_opt_out"),
    ("sw1", "sms", "Fallow Peak here: all-temp wax 30% off with WAX30 until Feb 28, grab a bar before the storm.",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("kn1", "email_body", "Hi Dana Whitfield, your sharpener ships to 418 Maple Ave, Apt 3B, Dayton OH 45402. Card "
     "ending 4417, phone (937) 555-0148. $21.60 with EDGE10.", "block", "safety", "pii"),
    ("ls1", "sms", "Perchwell: Hi Marcus Reyes (DOB 03/14/1988), your saved card 5412 7534 1290 0876 gets the "
     "stand for $39.20. Reply STOP to opt out", "block", "safety", "pii"),
    ("db1", "email_subject", "Still skinny-fat? Quit being lazy and lift, you slob", "block", "safety", "toxicity"),
    ("sw1", "email_body", "As an AI language model, I have written an upbeat email for your ski wax: Fallow Peak "
     "all-temperature wax is $12.60 with WAX30 through February 28.", "block", "safety", "prompt_echo"),
    ("ck1", "push", "Here's a push under 50 characters:\nShaker tins $24 with SHAKE25.", "block", "safety",
     "prompt_echo"),
    ("kn1", "push", "{first_name}, your knives miss you\nSharpener $21.60 with {promo_code}.", "block", "safety",
     "template_leak"),
    ("ls1", "email_subject", "[CUSTOMER NAME], your laptop stand is 20% off", "block", "safety", "template_leak"),
    ("db1", "email_body", "Grab the Ironvale 25 lb pair for $76.49 with LIFT15 at https://amzn.to/3ironvale before "
     "January 31.", "block", "safety", "link_not_allowed"),
    ("sw1", "social", "Wax deal in bio 👉 bit.ly/fallowwax30 ❄️ $12.60 with WAX30.", "block", "safety",
     "link_not_allowed"),
    ("ck1", "email_body", "Order at https://cold\u0440\u043eur.com and save 25% on weighted shaker tins with SHAKE25.",
     "block", "safety", "confusable"),
    ("kn1", "social", "\u0415dgebrook 3-stage sharpener 🔪 $21.60 with \u0415DGE10.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sw1", "email_subject", "Fallow Peak All-Temperature Ski & Snowboard Wax, fluorocarbon-free, hand-poured in "
     "Bend Oregon, 100 g bar now only $12.60 with code WAX30 through February 28, don't miss it", "block", "form",
     "too_long"),
    ("db1", "push", "Home gym deal\nIronvale Rubber Hex Dumbbells, 25 lb each and sold as a pair, with knurled "
     "chrome steel handles and anti-roll hex ends, now $76.49 instead of $89.99 with LIFT15, shipping free until "
     "January 31.", "block", "form", "too_long"),
    ("ls1", "email_body", "The Perchwell Aluminum Laptop Stand adjusts to 6 heights and folds flat into its pouch. "
     "Through September 30, DESK20 takes it to", "block", "form", "truncated"),
    ("ck1", "sms", "Coldpour: shaker tins $24 with SHAKE25 thru 4/30. Reply STOP to op", "block", "form",
     "truncated"),
    ("kn1", "email_body", "# Edgebrook 3-Stage Sharpener\n\n1. Diamond\n2. Tungsten carbide\n3. Ceramic\n\n"
     "**$21.60** with `EDGE10`", "block", "form", "markdown"),
    ("ls1", "push", "Desk setup, upgraded â€” 20% off\nPerchwell stand, $39.20 with â€œDESK20â€.", "block", "form",
     "garbled_text"),
    ("db1", "email_body", "Mancuernas hexagonales Ironvale de 25 lb, el par por $76.49 con LIFT15 y envío gratis "
     "hasta el 31 de enero.", "block", "form", "wrong_language"),
    ("ck1", "social", "Des shakers lestés pour vos cocktails du vendredi 🍸 24 $ avec SHAKE25 jusqu'au 30 avril.",
     "block", "form", "wrong_language"),
    ("sw1", "push", "Wax wax wax\nAll-temp wax $12.60 $12.60 with WAX30 WAX30.", "block", "form", "repetition"),
    ("kn1", "sms", "Edgebrook: sharp sharp sharp knives, sharpener sharpener $21.60 w/ EDGE10 EDGE10. Reply STOP "
     "to opt out", "block", "form", "repetition"),
]
