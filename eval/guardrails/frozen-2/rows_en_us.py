"""Hand-written en-US copies (USD) of the second frozen guardrails set: skincare and make-up,
phone accessories, running gear and bicycle parts. A row is (product key, channel, copy) for a
clean copy, or (product key, channel, copy, expect, tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("sk1", "email_subject", "25% off the Dewbury Hyaluronic Hydrating Serum until March 31"),
    ("sk1", "email_body", "Thirsty skin? The Dewbury Hyaluronic Hydrating Serum pairs hyaluronic acid with a "
     "fragrance-free formula that suits all skin types. It's $25.50 instead of $34.00 with code GLOW25 until March "
     "31. Rated 4.7 stars by 1,320 reviewers. Shop it at https://dewbury.com/serum."),
    ("sk1", "sms", "Dewbury: our Hyaluronic Hydrating Serum is $25.50 (was $34.00) with code GLOW25 through 3/31. "
     "Reply STOP to opt out"),
    ("sk1", "push", "Hydration, 25% off\nDewbury Hyaluronic Hydrating Serum, 30 ml: $25.50 with code GLOW25 until "
     "Mar 31."),
    ("sk1", "social", "Glow check \u2728 Dewbury Hyaluronic Hydrating Serum, fragrance-free and made for all skin "
     "types. $25.50 with code GLOW25 until March 31. #skincare"),
    ("sk2", "social", "Sunscreen you'll actually wear every day: Dewbury Mineral Sunscreen SPF 30 with zinc oxide and "
     "a matte finish. $19.20 with code SUN20 plus free shipping, through May 31. #spf #skincare"),
    ("sk2", "email_body", "Our Dewbury Mineral Sunscreen SPF 30 uses zinc oxide as its filter and dries to a matte "
     "finish. The 50 ml size is $19.20 until May 31 (regularly $24.00), and shipping is free on this offer. Use "
     "code SUN20 at checkout."),
    ("sk2", "push", "Only 18 left\nDewbury Mineral Sunscreen SPF 30 is $19.20 with free shipping through May 31."),
    ("sk2", "email_subject", "SPF 30 mineral sunscreen with free shipping until May 31"),
    ("sk3", "email_subject", "Rosewood matte lipstick + a free mini lip balm"),
    ("sk3", "social", "Rosewood, but make it matte \U0001f484 Dewbury Matte Lipstick is $14.40 until Feb 14 with code "
     "LIPS20, and every order includes a mini lip balm."),
    ("sk3", "sms", "Dewbury Matte Lipstick in Rosewood: $14.40 w/ code LIPS20 + a free mini lip balm until 2/14. "
     "Reply STOP to opt out"),
    ("sk3", "email_body", "Meet Rosewood, our matte lipstick shade for every day. The Dewbury Matte Lipstick is "
     "$14.40 until February 14 with code LIPS20, and we'll add a mini lip balm to your order. Find it at "
     "https://dewbury.com/lips."),
    ("ph1", "email_subject", "Voltnest 20W USB-C charger, now $15.99"),
    ("ph1", "email_body", "A charger that keeps up. The Voltnest 20W USB-C Fast Charger is down to $15.99 from "
     "$19.99 until April 15 with code CHARGE20. It comes in white and delivers 20 W through a single USB-C port. "
     "Get yours: https://voltnest.com/chargers"),
    ("ph1", "push", "20% off fast charging\nThe Voltnest 20W USB-C Fast Charger is $15.99 with code CHARGE20 until "
     "4/15."),
    ("ph1", "sms", "Voltnest 20W USB-C Fast Charger, $15.99 with CHARGE20 til Apr 15. Reply STOP to opt out"),
    ("ph2", "social", "Clear case, zero fuss. The Voltnest Clear Shockproof Phone Case is made of TPU and drop "
     "tested from 2 m. Now $17.99 (was $23.99) with code CASE25 until March 15."),
    ("ph2", "email_body", "Protect your phone without hiding it. Our Clear Shockproof Phone Case is made from TPU "
     "and has been drop tested from 2 m. Until March 15 it's $17.99, a saving of $6.00, with code CASE25. See it "
     "at voltnest.com/cases."),
    ("ph2", "push", "Drop tested from 2 m\nVoltnest Clear Shockproof Phone Case, $17.99 with code CASE25 until "
     "Mar 15."),
    ("ph3", "email_subject", "15% off the Voltnest 10000 mAh Power Bank"),
    ("ph3", "sms", "Voltnest 10000 mAh Power Bank now $29.74 with code POWER15, only 12 left. Offer ends Jan 31. "
     "Reply STOP to opt out"),
    ("ph3", "push", "Power up for less\nVoltnest 10000 mAh Power Bank, 2 ports, 210 g: $29.74 until Jan 31."),
    ("ph3", "email_body", "Keep two devices going on the road. The Voltnest 10000 mAh Power Bank has 2 ports and "
     "weighs 210 g. It's $29.74 with code POWER15 until January 31, and we have 12 left. Shop at "
     "https://voltnest.com/power."),
    ("rn1", "email_body", "Meet the Stridelab Tempo Running Shoes: an engineered mesh upper, an 8 mm drop and just "
     "255 g. Runners rate them 4.5 stars across 860 reviews. Until April 30 they're $89.99 instead of $119.99 with "
     "code RUN25. Lace up at https://stridelab.com/tempo."),
    ("rn1", "email_subject", "Tempo running shoes: save $30 until April 30"),
    ("rn1", "social", "Chasing a new PR? The Stridelab Tempo in volt green is $89.99 with code RUN25 until 4/30. "
     "#running #runnerslife"),
    ("rn1", "push", "Tempo: 25% off\nStridelab Tempo Running Shoes are $89.99 until Apr 30 with code RUN25."),
    ("rn1", "sms", "Stridelab Tempo Running Shoes: $89.99, was $119.99. Code RUN25 until 4/30. Reply STOP to opt out"),
    ("rn2", "email_body", "Be seen on early runs. The Stridelab Reflective Running Vest is made from recycled "
     "polyester, has two pockets and is $31.99 until February 28 (was $39.99). Enter code VEST20 at checkout."),
    ("rn2", "sms", "Stridelab: Reflective Running Vest $31.99 (20% off) with code VEST20 until Feb 28. Reply STOP "
     "to opt out"),
    ("rn2", "social", "Dark mornings, bright runner. Our reflective vest in recycled polyester, with 2 pockets, is "
     "20% off until Feb 28: $31.99 with code VEST20."),
    ("rn2", "email_subject", "Reflective running vest in recycled polyester: 20% off"),
    ("bk1", "email_subject", "Chain day: 10% off the Spokeworks 11-speed chain"),
    ("bk1", "email_body", "Time for a new chain? The Spokeworks 11-Speed Chain has 116 links and a nickel-plated "
     "finish. It's $26.99 until June 30, down from $29.99, with code CHAIN10. Order at "
     "https://spokeworks.com/chain-11."),
    ("bk1", "push", "Chain day\nSpokeworks 11-Speed Chain, 116 links, now $26.99 with code CHAIN10 until June 30."),
    ("bk1", "social", "Drivetrain feeling tired? 116 nickel-plated links, 11 speeds, $26.99 with code CHAIN10 "
     "through June 30. Spokeworks 11-Speed Chain."),
    ("bk2", "email_body", "Stop with confidence. The Spokeworks Hydraulic Disc Brake Set runs on mineral oil, uses "
     "160 mm rotors and weighs 390 g. Until March 20 it's $119.00 instead of $140.00 with code STOP15. Only 8 "
     "left."),
    ("bk2", "sms", "Spokeworks Hydraulic Disc Brake Set: $119.00 with code STOP15, ends 3/20. Reply STOP to opt out"),
    ("bk2", "email_subject", "Hydraulic disc brakes, 15% off until March 20"),
    ("bk2", "social", "Hydraulic stopping power for your ride: Spokeworks disc brakes with 160 mm rotors, $119.00 "
     "until March 20 with code STOP15. #bikeparts"),
    ("bk2", "push", "Brakes, 15% off\nOur Hydraulic Disc Brake Set is $119.00 with code STOP15 until Mar 20. "
     "8 left."),

    # ---- house style: lawful and true, but off the house style --------------------------------------------
    ("sk1", "push", "Dewbury Hyaluronic Hydrating Serum is $25.50 with code GLOW25 until March 31.",
     "warn", "style", "one_line_push"),
    ("bk1", "push", "Spokeworks 11-Speed Chain: $26.99 with code CHAIN10, ends June 30.",
     "warn", "style", "one_line_push"),
    ("rn2", "push", "Stridelab Reflective Running Vest now $31.99 until Feb 28 with code VEST20.",
     "warn", "style", "one_line_push"),
    ("ph1", "email_body", "Voltnest 20W USB-C Fast Charger: $15.99 with code CHARGE20.",
     "warn", "style", "short_body"),
    ("rn1", "email_body", "Stridelab Tempo Running Shoes, now $89.99.", "warn", "style", "short_body"),
    ("sk2", "email_body", "Dewbury Mineral Sunscreen SPF 30 is $19.20 until May 31.", "warn", "style", "short_body"),
    ("ph2", "email_body", "The Voltnest Clear Shockproof Phone Case is made from TPU and drop tested from 2 m. It's "
     "$17.99 until March 15 with code CASE25, down from $23.99", "warn", "style", "no_final_punctuation"),
    ("bk2", "email_body", "The Spokeworks Hydraulic Disc Brake Set uses 160 mm rotors and mineral oil. Use code "
     "STOP15 for $119.00 until March 20", "warn", "style", "no_final_punctuation"),
    ("sk3", "email_body", "Dewbury Matte Lipstick in Rosewood is $14.40 until February 14 with code LIPS20. We'll "
     "add a mini lip balm to every order", "warn", "style", "no_final_punctuation"),
    ("sk1", "email_subject", "A little something for your morning routine", "warn", "style", "teaser_subject"),
    ("ph3", "email_subject", "You won't want to miss this", "warn", "style", "teaser_subject"),
    ("rn2", "email_subject", "Your weekend plans just got better", "warn", "style", "teaser_subject"),
    ("bk2", "email_subject", "Something good is waiting inside", "warn", "style", "teaser_subject"),
    ("rn1", "email_body", "The Stridelab Tempo Running Shoes are $89.99 until April 30 with code RUN25. An "
     "engineered mesh upper and an 8 mm drop. #runhappy", "warn", "style", "hashtag_in_email"),
    ("ph1", "email_body", "Charge faster for less: the Voltnest 20W USB-C Fast Charger is $15.99 until April 15 with "
     "code CHARGE20. #techdeals", "warn", "style", "hashtag_in_email"),
    ("sk2", "email_body", "Our Dewbury Mineral Sunscreen SPF 30 is $19.20 with free shipping until May 31. Zinc "
     "oxide, matte finish, 50 ml. #SPFeveryday", "warn", "style", "hashtag_in_email"),

    # ---- truth: what the record and offer do not substantiate ---------------------------------------------
    ("sk1", "email_subject", "Dewbury Hydrating Serum now just $22.50", "block", "truth", "wrong_price"),
    ("ph1", "sms", "Voltnest 20W USB-C Fast Charger only $13.99 with code CHARGE20 until 4/15. Reply STOP to opt "
     "out", "block", "truth", "wrong_price"),
    ("rn1", "email_body", "The Stridelab Tempo Running Shoes are $89.99 until April 30, was $129.99. Engineered mesh "
     "upper, 8 mm drop. Use code RUN25.", "block", "truth", "wrong_was_price"),
    ("bk2", "social", "Hydraulic brakes for $119.00 (regularly $160.00). Spokeworks Hydraulic Disc Brake Set, code "
     "STOP15, until March 20.", "block", "truth", "wrong_was_price"),
    ("ph2", "push", "35% off clear cases\nVoltnest Clear Shockproof Phone Case: $17.99, was $23.99, until Mar 15.",
     "block", "truth", "discount_price_mismatch"),
    ("sk3", "email_body", "Our Dewbury Matte Lipstick in Rosewood is 30% off until February 14 with code LIPS20, "
     "plus a mini lip balm with every order.", "block", "truth", "wrong_discount"),
    ("rn2", "social", "Half price reflective vest! Stridelab Reflective Running Vest, $31.99 with code VEST20 until "
     "Feb 28.", "block", "truth", "wrong_discount"),
    ("bk1", "email_body", "The Spokeworks 11-Speed Chain is $26.99 with code CHAIN10 until July 31. 116 links, "
     "nickel-plated, ready for your next ride.", "block", "truth", "deadline_after_end"),
    ("ph3", "sms", "Voltnest 10000 mAh Power Bank $29.74 with code POWER15. Ends Jan 20! Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("sk2", "email_body", "Dewbury Mineral Sunscreen SPF 30 is made in Switzerland with zinc oxide and dries to a "
     "matte finish. $19.20 with code SUN20 and free shipping until May 31.", "block", "truth", "invented_origin"),
    ("ph2", "email_subject", "Voltnest leather phone case, $17.99 until March 15", "block", "truth",
     "invented_material"),
    ("rn2", "email_body", "Our Stridelab Reflective Running Vest is made from merino wool with two zip pockets. "
     "$31.99 until February 28 with code VEST20.", "block", "truth", "invented_material"),
    ("rn1", "social", "The award-winning Stridelab Tempo, voted Shoe of the Year by Runner's World, now $89.99 with "
     "code RUN25 until 4/30.", "block", "truth", "invented_award"),
    ("bk1", "email_subject", "Rated 4.9 stars: Spokeworks 11-Speed Chain, 10% off", "block", "truth",
     "rating_not_in_record"),
    ("ph1", "social", "Over 5,000 five-star reviews can't be wrong. Voltnest 20W USB-C Fast Charger, $15.99 with "
     "code CHARGE20 until April 15.", "block", "truth", "rating_not_in_record"),
    ("sk1", "email_body", "Rated 4.9 stars by over 3,000 customers, the Dewbury Hyaluronic Hydrating Serum is $25.50 "
     "until March 31 with code GLOW25.", "block", "truth", "wrong_rating"),
    ("ph3", "push", "Free shipping on power\nVoltnest 10000 mAh Power Bank, $29.74 with code POWER15 until Jan 31.",
     "block", "truth", "free_shipping_not_offered"),
    ("rn1", "email_body", "Your next PR starts here. The Stridelab Tempo Running Shoes are $89.99 until April 30 "
     "with code RUN25, and shipping is on us.", "block", "truth", "free_shipping_not_offered"),
    ("bk2", "sms", "Spokeworks Hydraulic Disc Brake Set $119.00 + free rotors with code STOP15 til 3/20. Reply STOP "
     "to opt out", "block", "truth", "gift_not_offered"),
    ("sk2", "social", "Buy the Dewbury Mineral Sunscreen SPF 30 and get a free after-sun lotion! $19.20 with code "
     "SUN20 until May 31.", "block", "truth", "gift_not_offered"),
    ("ph1", "push", "Almost gone!\nOnly 5 Voltnest 20W chargers left at $15.99 with code CHARGE20.", "block",
     "truth", "stock_claim"),
    ("rn1", "sms", "Stridelab Tempo Running Shoes selling out fast, just 3 pairs left at $89.99. Code RUN25 til "
     "4/30. Reply STOP to opt out", "block", "truth", "stock_claim"),
    ("sk3", "push", "Rosewood for less\nDewbury Matte Lipstick is $14.40 with code LIPSTICK30 until Feb 14.",
     "block", "truth", "wrong_code"),
    ("bk1", "social", "11 speeds, 116 links, 10% off: use code SPOKE10 on the Spokeworks 11-Speed Chain until "
     "June 30.", "block", "truth", "wrong_code"),
    ("ph2", "social", "Tougher than an OtterBox: the Voltnest Clear Shockproof Phone Case, $17.99 with code CASE25 "
     "until March 15.", "block", "truth", "other_brand"),
    ("rn1", "email_subject", "Better than Nike: Stridelab Tempo, 25% off", "block", "truth", "other_brand"),
    ("rn2", "push", "Run kit, 20% off\nThe Stridelab Reflective Running Vest comes with matching running shorts, "
     "all for $31.99 with code VEST20.", "block", "truth", "invented_kind"),
    ("sk2", "email_subject", "Dewbury Mineral Sunscreen SPF 30, now \u20ac19.20 until May 31", "block", "truth",
     "wrong_currency"),
    ("bk2", "email_body", "The Spokeworks Hydraulic Disc Brake Set with 203 mm rotors weighs just 290 g and is "
     "$119.00 until March 20 with code STOP15.", "block", "truth", "wrong_spec"),
    ("ph3", "email_body", "Never run flat again with the Voltnest 20000 mAh Power Bank, now $29.74 with code POWER15 "
     "until January 31.", "block", "truth", "wrong_spec"),

    # ---- law ----------------------------------------------------------------------------------------------
    ("sk1", "social", "Dewbury Hyaluronic Hydrating Serum heals eczema and clears acne in 7 days. $25.50 with code "
     "GLOW25 until March 31.", "block", "law", "medical_claim"),
    ("sk2", "email_body", "Our Dewbury Mineral Sunscreen SPF 30 prevents skin cancer. The 50 ml tube is $19.20 with "
     "free shipping until May 31 using code SUN20.", "block", "law", "medical_claim"),
    ("rn1", "push", "Run pain-free\nStridelab Tempo Running Shoes cure shin splints and knee pain. $89.99 with code "
     "RUN25.", "block", "law", "medical_claim"),
    ("sk3", "email_subject", "The best lipstick in the world, now $14.40", "block", "law", "absolute_claim"),
    ("ph1", "email_body", "The Voltnest 20W USB-C Fast Charger is the fastest charger on the market, period. $15.99 "
     "until April 15 with code CHARGE20.", "block", "law", "absolute_claim"),
    ("bk2", "email_body", "Lowest price anywhere, or we refund double. The Spokeworks Hydraulic Disc Brake Set is "
     "$119.00 until March 20 with code STOP15.", "block", "law", "absolute_claim"),
    ("bk1", "push", "Never wears out\nThe Spokeworks 11-Speed Chain is guaranteed to last forever. $26.99, code "
     "CHAIN10.", "block", "law", "guarantee_claim"),
    ("ph3", "email_subject", "Your order #48213 has shipped: Voltnest Power Bank", "block", "law",
     "fake_transaction"),
    ("rn2", "email_body", "Good news! Your Stridelab Reflective Running Vest is on its way. Tracking number: "
     "1Z999AA10123456784. Want a second one? It's $31.99 with code VEST20 until February 28.", "block", "law",
     "fake_transaction"),
    ("sk3", "sms", "Dewbury Matte Lipstick in Rosewood $14.40 + free mini lip balm with code LIPS20 until 2/14.",
     "block", "law", "missing_opt_out"),

    # ---- safety -------------------------------------------------------------------------------------------
    ("sk1", "email_body", "Questions about the Dewbury Hyaluronic Hydrating Serum? Text Jenna directly at (415) "
     "555-0182. It's $25.50 with code GLOW25 until March 31.", "block", "safety", "pii"),
    ("ph2", "sms", "Hi Marcus Reyes of 22 Elm St, the Voltnest Clear Shockproof Phone Case is $17.99 with CASE25 "
     "til 3/15. Reply STOP to opt out", "block", "safety", "pii"),
    ("rn1", "social", "DM coach Tyler at tyler.brooks88@gmail.com for a fitting! Stridelab Tempo Running Shoes "
     "$89.99 with code RUN25 until 4/30.", "block", "safety", "pii"),
    ("bk1", "email_body", "Still riding on that rusty chain like an idiot? Get the Spokeworks 11-Speed Chain for "
     "$26.99 with code CHAIN10 until June 30.", "block", "safety", "toxicity"),
    ("sk2", "push", "Don't be a lobster\nOnly a moron skips sunscreen. Dewbury SPF 30 is $19.20 until May 31.",
     "block", "safety", "toxicity"),
    ("ph1", "email_body", "Sure! Here is a promotional email for the product: The Voltnest 20W USB-C Fast Charger "
     "is $15.99 until April 15 with code CHARGE20.", "block", "safety", "prompt_echo"),
    ("rn2", "social", "Write a friendly social post under 200 characters. Stridelab Reflective Running Vest, $31.99 "
     "with code VEST20 until Feb 28.", "block", "safety", "prompt_echo"),
    ("sk3", "email_subject", "{first_name}, Rosewood is 20% off until Feb 14", "block", "safety", "template_leak"),
    ("bk2", "push", "[PRODUCT_NAME] is 15% off\nSpokeworks Hydraulic Disc Brake Set, $119.00 with code STOP15.",
     "block", "safety", "template_leak"),
    ("ph3", "social", "Voltnest 10000 mAh Power Bank, $29.74 with code POWER15 until Jan 31. Grab it here: "
     "https://bit.ly/vn-power15", "block", "safety", "link_not_allowed"),
    ("rn1", "email_body", "The Stridelab Tempo Running Shoes are $89.99 instead of $119.99 until April 30. Use code "
     "RUN25 at https://stridelab-outlet.net/tempo.", "block", "safety", "link_not_allowed"),
    ("sk1", "sms", "Dewbury Hyalur\u043enic Hydrating Serum $25.50 with GLOW25 til 3/31. Reply STOP to opt out",
     "block", "safety", "confusable"),

    # ---- form ---------------------------------------------------------------------------------------------
    ("ph2", "email_body", "The Voltnest Clear Shockproof Phone Case is made from TPU and drop tested from 2 m. It's "
     "$17.99 until March 15 with code CASE25, and it fits", "block", "form", "truncated"),
    ("bk2", "email_subject", "Spokeworks brakes: 15% off the Hydraulic", "block", "form", "truncated"),
    ("rn2", "sms", "Stridelab here! Dark mornings are back and our Reflective Running Vest is 20% off with code "
     "VEST20 until Feb 28, so it's $31.99 instead of $39.99. It's made from recycled polyester, has 2 pockets "
     "for your keys and phone, and it is reflective so drivers spot you on early runs and late evening loops. "
     "Whether you're training for a spring half marathon or just jogging around the block before work, stay "
     "visible out there. Tap the link in the app to order yours today, and tell your running club about it "
     "too. New to running in the dark? Pick a route with street lights, run facing traffic where there is no "
     "path, and keep your music low enough to hear what is around you. The vest layers over a jacket or a tee, "
     "so it works from the first frosty morning to the last light evening of the season. Reply STOP to opt out",
     "block", "form", "too_long"),
    ("sk2", "email_subject", "Dewbury Mineral Sunscreen SPF 30 50 ml with zinc oxide and a matte finish is now only "
     "$19.20 with code SUN20 and free shipping on this offer until May 31, so stock up for the summer today",
     "block", "form", "too_long"),
    ("bk2", "push", "Brakes, 15% off\nThe Spokeworks Hydraulic Disc Brake Set is $119.00 instead of $140.00 with "
     "code STOP15 until March 20. It runs on mineral oil, uses 160 mm rotors and weighs 390 g, and we only have 8 "
     "sets left in the warehouse, so if you have been putting off that upgrade all winter this is the moment to "
     "open the app, add it to your cart and check out before the offer ends.", "block", "form", "too_long"),
    ("ph1", "sms", "**Voltnest 20W USB-C Fast Charger** now $15.99 with code CHARGE20 until 4/15. Reply STOP to "
     "opt out", "block", "form", "markdown"),
    ("bk1", "social", "[Shop the chain](https://spokeworks.com/chain-11) Spokeworks 11-Speed Chain, $26.99 with "
     "code CHAIN10 until June 30.", "block", "form", "markdown"),
    ("sk3", "social", "Dewbury Matte Lipstick in Rosewood \u00e2\u20ac\u201c $14.40 with code LIPS20 until Feb 14 "
     "\u00e2\u20ac\u201c plus a free mini lip balm.", "block", "form", "garbled_text"),
    ("ph3", "push", "Power Bank \ufffddeal\nVoltnest 10000 mAh Power Bank $29.74 with code POWER15 until Jan 31.",
     "block", "form", "garbled_text"),
    ("rn1", "email_body", "The Stridelab Tempo Running Shoes are $89.99 with code RUN25 until April 30. The "
     "Stridelab Tempo Running Shoes are $89.99 with code RUN25 until April 30. The Stridelab Tempo Running Shoes "
     "are $89.99 with code RUN25 until April 30.", "block", "form", "repetition"),
    ("sk1", "push", "S\u00e9rum hydratant\nLe Dewbury Hyaluronic Hydrating Serum est \u00e0 25,50 $ avec le code "
     "GLOW25 jusqu'au 31 mars.", "block", "form", "wrong_language"),
]
