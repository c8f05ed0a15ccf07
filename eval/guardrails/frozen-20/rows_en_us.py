"""Hand-written en-US copies (USD) of the twentieth frozen guardrails set: nut butters (creamy almond
butter), reptile supplies (a 100 W ceramic heat emitter), percussion (a birch cajón), baby gear (a
compact travel stroller) and sewing machines (a 60-stitch computerized machine).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("nb1", "email_subject", "Creamy almond butter, just almonds and sea salt, now $11.04"),
    ("rp1", "email_subject", "Heat without light for your reptile: 25% off through Feb 28"),
    ("cj1", "email_subject", "A birch cajón with a snare you can tune, plus free wire brushes"),
    ("st1", "email_subject", "The one-hand-fold stroller is 10% off, and it ships free"),
    ("sw1", "email_subject", "60 stitches, one machine: $195.99 with STITCH30"),
    ("nb1", "email_subject", "Your 16 oz jar of almond butter ships free until April 30"),
    ("cj1", "email_subject", "Only 9 birch cajóns left in the shop"),
    ("st1", "email_subject", "14.3 lb of stroller, $206.10 until May 31"),
    ("nb1", "email_body", "Toast, oatmeal, a spoon straight from the jar: we don't judge. Hollowmill Creamy Almond "
     "Butter is made from dry-roasted California almonds and a pinch of sea salt, with no added sugar and no palm "
     "oil. Each jar holds 16 oz, and 2,184 reviewers rate it 4.7 stars. Through April 30, SPREAD15 takes it from "
     "$12.99 to $11.04, and shipping is free.\n\nAllergen note: made in a facility that also processes peanuts.\n\n"
     "Hollowmill"),
    ("rp1", "email_body", "Night-time heat for your enclosure, with no glow to keep anyone awake. The Scalewick "
     "Ceramic Heat Emitter puts out 100 W of heat and screws into a standard E26 socket; run it in a ceramic lamp "
     "fixture with a thermostat. Keepers give it 4.5 stars across 963 reviews. WARM25 brings it to $18.00 from "
     "$24.00 until February 28."),
    ("cj1", "email_body", "Sit down, lean in, and play. The Knockwood cajón has a birch plywood body, a beech tapa "
     "(the face you strike) and adjustable internal snare wires, so you can dial the buzz up or down. It measures "
     "19.7 x 11.8 x 11.8 in and comes with a padded gig bag. Until September 30, BEAT20 makes it $111.20 instead of "
     "$139.00, and we'll add a pair of wire brushes. We have 9 in stock.\n\nKeep the beat,\nKnockwood"),
    ("st1", "email_body", "Airport gate, city bus, narrow café: the Amblewood Lite folds with one hand and weighs "
     "14.3 lb. It carries kids from 6 months up to 50 lb, reclines to 3 positions and has a UPF 50+ canopy. 1,052 "
     "parents rate it 4.6 stars. With ROLL10 the charcoal Lite is $206.10 instead of $229.00 through May 31, and "
     "shipping is free."),
    ("sw1", "email_body", "From hems to quilts. The Bobbinry Computerized Sewing Machine has 60 built-in stitches, "
     "7 one-step buttonholes, an automatic needle threader and an LCD screen that shows what you've picked. Eight "
     "presser feet come in the box. Rated 4.4 stars in 517 reviews. Use STITCH30 by November 15 and pay $195.99, "
     "down from $279.99.\n\nHappy sewing,\nBobbinry"),
    ("nb1", "email_body", "Almond butter should taste like almonds. Ours is dry-roasted California almonds and sea "
     "salt, ground creamy, with no sugar or palm oil added. $11.04 a jar with SPREAD15 (regularly $12.99) until "
     "April 30, shipped free. Made in a facility that also processes peanuts."),
    ("rp1", "email_body", "A heat source that stays dark. This 100 W ceramic emitter gives heat only, no light, and "
     "fits an E26 socket. Pair it with a ceramic lamp fixture and a thermostat. $18.00 with WARM25 through the end "
     "of February."),
    ("sw1", "email_body", "Sewing your first skirt or your fiftieth? The automatic needle threader saves your eyes, "
     "7 one-step buttonholes save your patience, and 60 stitches cover the rest. STITCH30 takes 30% off until "
     "November 15, so the machine is $195.99."),
    ("st1", "email_body", "Three recline positions for naps on the go, a UPF 50+ canopy for sunny walks and a "
     "one-hand fold for when your other arm is full. The Amblewood Lite Compact Travel Stroller in charcoal is "
     "$206.10 with ROLL10 until May 31. Free shipping.\n\nAmblewood"),
    ("cj1", "email_body", "A drum kit that fits under a chair. Our birch cajón has a beech tapa and snare wires you "
     "adjust to taste, plus a padded gig bag for the ride to rehearsal. $111.20 with BEAT20 until September 30, "
     "and a pair of wire brushes comes free."),
    ("nb1", "sms", "Hollowmill: creamy almond butter $11.04 w/ SPREAD15 + free shipping til 4/30. Reply STOP to opt "
     "out"),
    ("rp1", "sms", "Scalewick: 100W ceramic heat emitter $18 (reg $24) w/ WARM25 thru 2/28. Reply STOP to opt out"),
    ("cj1", "sms", "Knockwood: birch cajon $111.20 + free wire brushes w/ BEAT20, ends 9/30. Only 9 left. Reply STOP "
     "to opt out"),
    ("st1", "sms", "Amblewood: Lite travel stroller $206.10 w/ ROLL10, free shipping thru 5/31. Text STOP to "
     "unsubscribe"),
    ("sw1", "sms", "Bobbinry: 60-stitch sewing machine 30% off w/ STITCH30 until 11/15. Reply STOP to opt out"),
    ("nb1", "sms", "Hollowmill: 16oz almond butter, no added sugar, $11.04 shipped free. Code SPREAD15. Reply STOP "
     "to end"),
    ("sw1", "sms", "Bobbinry: computerized sewing machine now $195.99 with STITCH30. Ends Nov 15. Reply STOP to stop "
     "texts"),
    ("nb1", "push", "Spread the savings\nCreamy almond butter, $11.04 with SPREAD15, ships free."),
    ("rp1", "push", "Warm nights, dark tank\n100 W ceramic heat emitter, $18.00 with WARM25."),
    ("cj1", "push", "Your portable drum kit\nBirch cajón, $111.20 + free brushes with BEAT20."),
    ("st1", "push", "Fold it with one hand\nAmblewood Lite stroller, $206.10 with ROLL10."),
    ("sw1", "push", "It threads the needle for you\n60-stitch sewing machine, $195.99 with STITCH30 until Nov 15."),
    ("st1", "push", "Travel light\n14.3 lb stroller, free shipping + 10% off with ROLL10."),
    ("cj1", "push", "9 cajóns left\nBirch body, adjustable snare, $111.20 with BEAT20."),
    ("nb1", "social", "Almonds + sea salt. That's the list 🥄 Creamy almond butter, $11.04 with SPREAD15 until "
     "April 30, free shipping."),
    ("rp1", "social", "Lights out, heat on 🦎 Scalewick 100 W ceramic heat emitter, $18.00 with WARM25 until Feb "
     "28."),
    ("cj1", "social", "Birch body, beech tapa, buzz on demand 🥁 $111.20 with BEAT20 + free wire brushes. #cajon "
     "#percussion"),
    ("st1", "social", "Gate-check ready ✈️ The Amblewood Lite folds one-handed and weighs 14.3 lb. $206.10 with "
     "ROLL10, ships free."),
    ("sw1", "social", "60 stitches and an LCD to pick them 🧵 Bobbinry sewing machine, $195.99 with STITCH30 until "
     "11/15."),
    ("rp1", "social", "Rated 4.5 by 963 keepers 🔥 Ceramic heat emitter, 100 W, E26 base, $18.00 with WARM25."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("nb1", "push", "Almond butter $11.04 with SPREAD15, free shipping.", "warn", "style", "one_line_push"),
    ("sw1", "push", "Sewing machine, 30% off with STITCH30 until Nov 15.", "warn", "style", "one_line_push"),
    ("rp1", "push", "Ceramic heat emitter now $18.00 with WARM25.", "warn", "style", "one_line_push"),
    ("cj1", "email_body", "Birch cajón, $111.20.", "warn", "style", "short_body"),
    ("st1", "email_body", "Lite stroller: $206.10 with ROLL10.", "warn", "style", "short_body"),
    ("nb1", "email_body", "Almond butter, 15% off.", "warn", "style", "short_body"),
    ("rp1", "email_body", "The Scalewick Ceramic Heat Emitter gives 100 W of heat and no light, and fits an E26 "
     "socket. It's $18.00 with WARM25 until February 28", "warn", "style", "no_final_punctuation"),
    ("sw1", "email_body", "The Bobbinry machine has 60 built-in stitches, 7 one-step buttonholes and an automatic "
     "needle threader. STITCH30 brings it to $195.99 through November 15", "warn", "style", "no_final_punctuation"),
    ("st1", "email_body", "The Amblewood Lite weighs 14.3 lb and folds with one hand. With ROLL10 it's $206.10 "
     "until May 31, and shipping is free", "warn", "style", "no_final_punctuation"),
    ("cj1", "email_subject", "Something new just landed in the drum room...", "warn", "style", "teaser_subject"),
    ("nb1", "email_subject", "You won't believe what's in this jar", "warn", "style", "teaser_subject"),
    ("st1", "email_subject", "Open this before your next trip", "warn", "style", "teaser_subject"),
    ("sw1", "email_subject", "60-stitch sewing machine, $195.99 #sewing", "warn", "style", "hashtag_in_email"),
    ("rp1", "email_body", "The Scalewick 100 W ceramic heat emitter gives heat without light for your enclosure. "
     "$18.00 with WARM25 until February 28. #reptiles #herpkeeping", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("nb1", "email_subject", "Creamy almond butter, this week only $10.04", "block", "truth", "wrong_price"),
    ("st1", "sms", "Amblewood: Lite stroller just $196.10 w/ ROLL10, ships free til 5/31. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("cj1", "social", "Was $159, now $111.20 🥁 Knockwood birch cajón with BEAT20.", "block", "truth",
     "wrong_was_price"),
    ("rp1", "email_body", "Our 100 W ceramic heat emitter fits E26 sockets and gives heat without light. Regularly "
     "$29.00, it's $18.00 with WARM25 until February 28.", "block", "truth", "wrong_was_price"),
    ("sw1", "email_body", "Save 35% on the Bobbinry Computerized Sewing Machine: $195.99 instead of $279.99 with "
     "STITCH30 until November 15.", "block", "truth", "discount_price_mismatch"),
    ("nb1", "push", "Take 25% off\nAlmond butter $11.04, down from $12.99, with SPREAD15.", "block", "truth",
     "discount_price_mismatch"),
    ("st1", "email_subject", "Our travel stroller is 20% off through May", "block", "truth", "wrong_discount"),
    ("rp1", "social", "Half off heat 🔥 Scalewick ceramic heat emitter with WARM25 before Feb 28.", "block", "truth",
     "wrong_discount"),
    ("cj1", "sms", "Knockwood: BEAT20 ends 9/15! Birch cajon $111.20 + free brushes. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("nb1", "email_body", "Stock the pantry before SPREAD15 expires on April 15: creamy almond butter for $11.04 a "
     "jar, shipped free.", "block", "truth", "wrong_date"),
    ("sw1", "email_subject", "STITCH30 runs through the holidays: $195.99 until New Year's", "block", "truth",
     "deadline_after_end"),
    ("rp1", "email_body", "Winter's long, and so is this deal: the 100 W ceramic heat emitter stays $18.00 with "
     "WARM25 all the way to the end of March.", "block", "truth", "deadline_after_end"),
    ("st1", "social", "Designed in Sweden, built for sidewalks 🇸🇪 Amblewood Lite stroller, $206.10 with ROLL10.",
     "block", "truth", "invented_origin"),
    ("cj1", "email_body", "Handcrafted in Seville by flamenco drum makers, our birch cajón has a beech tapa and "
     "adjustable snare wires. $111.20 with BEAT20 until September 30.", "block", "truth", "invented_origin"),
    ("sw1", "email_body", "Built on an all-metal frame, the Bobbinry sewing machine won't shake at full speed. 60 "
     "stitches, $195.99 with STITCH30.", "block", "truth", "invented_material"),
    ("cj1", "push", "Solid mahogany cajón\nAdjustable snare, $111.20 with BEAT20.", "block", "truth",
     "invented_material"),
    ("st1", "email_body", "The Amblewood Lite folds with one hand, weighs 14.3 lb and has a reversible seat so baby "
     "can face you, plus a cup holder for you. $206.10 with ROLL10 until May 31.", "block", "truth",
     "invented_attribute"),
    ("rp1", "push", "Built-in thermostat\n100 W ceramic heat emitter, $18.00 with WARM25.", "block", "truth",
     "invented_attribute"),
    ("nb1", "social", "Organic almonds, stone-ground 🥄 Hollowmill creamy almond butter, $11.04 with SPREAD15.",
     "block", "truth", "invented_attribute"),
    ("cj1", "email_subject", "The cajón that took Percussion Product of the Year", "block", "truth",
     "invented_award"),
    ("cj1", "email_body", "Drummers rate the Knockwood cajón 4.8 out of 5. Birch body, beech tapa, adjustable snare, "
     "$111.20 with BEAT20.", "block", "truth", "rating_not_in_record"),
    ("sw1", "social", "4.9 stars from 517 sewists 🧵 Bobbinry 60-stitch machine, $195.99 with STITCH30.", "block",
     "truth", "wrong_rating"),
    ("st1", "push", "Just 11 lb\nAmblewood Lite travel stroller, $206.10 with ROLL10.", "block", "truth",
     "wrong_spec"),
    ("rp1", "email_subject", "150 W ceramic heat emitter, now $18.00", "block", "truth", "wrong_spec"),
    ("cj1", "email_subject", "Birch cajón for $111.20 with free shipping and free brushes", "block", "truth",
     "free_shipping_not_offered"),
    ("st1", "email_body", "Order the Lite stroller with ROLL10 by May 31 and we'll include a free rain cover. "
     "$206.10, shipped free.", "block", "truth", "gift_not_offered"),
    ("sw1", "push", "Last 2 machines\nBobbinry 60-stitch, $195.99 with STITCH30.", "block", "truth", "stock_claim"),
    ("nb1", "sms", "Hollowmill: almond butter $11.04 w/ code ALMOND15 + free shipping til 4/30. Reply STOP to opt "
     "out", "block", "truth", "wrong_code"),
    ("rp1", "email_body", "Same ceramic heat as the Zoo Med emitter, for less: Scalewick 100 W, $18.00 with WARM25 "
     "until February 28.", "block", "truth", "other_brand"),
    ("st1", "email_subject", "Travel stroller + car seat bundle, $206.10 with ROLL10", "block", "truth",
     "invented_kind"),
    ("sw1", "email_body", "Bobbinry's 60-stitch computerized machine threads its own needle. Yours for £195.99 with "
     "STITCH30 until November 15.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("nb1", "email_body", "A spoonful a day of Hollowmill almond butter lowers bad cholesterol and keeps your heart "
     "healthy. $11.04 with SPREAD15.", "block", "law", "medical_claim"),
    ("st1", "social", "Pediatric chiropractors recommend the Lite for healthy spine development 👶 $206.10 with "
     "ROLL10.", "block", "law", "medical_claim"),
    ("rp1", "sms", "Scalewick: our heat emitter cures respiratory infections in snakes & lizards. $18 w/ WARM25. "
     "Reply STOP to opt out", "block", "law", "medical_claim"),
    ("cj1", "email_subject", "The best-sounding cajón money can buy", "block", "law", "absolute_claim"),
    ("sw1", "push", "America's #1 sewing machine\n60 stitches, $195.99 with STITCH30.", "block", "law",
     "absolute_claim"),
    ("st1", "email_body", "We guarantee the Lite will never tip, never jam and never wear out, or we'll replace it "
     "free for life. $206.10 with ROLL10.", "block", "law", "guarantee_claim"),
    ("sw1", "email_body", "Sew like a pro in one weekend, guaranteed, or your money back. The Bobbinry 60-stitch "
     "machine is $195.99 with STITCH30 until November 15.", "block", "law", "guarantee_claim"),
    ("nb1", "social", "9,412 jars sold since breakfast 🥄 Creamy almond butter, $11.04 with SPREAD15.", "block",
     "law", "fake_transaction"),
    ("cj1", "sms", "Knockwood: birch cajon $111.20 + free wire brushes w/ BEAT20 until 9/30. 9 left.", "block", "law",
     "missing_opt_out"),
    ("st1", "sms", "Amblewood: Lite stroller 10% off + free shipping with ROLL10 til 5/31. Shop amblewoodbaby.com",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("nb1", "email_body", "Hi Denise, your last order went to 2207 Larkin St, Apt 4, San Francisco. Reorder your "
     "almond butter for $11.04 with SPREAD15, or call us at (415) 555-0187.", "block", "safety", "pii"),
    ("sw1", "sms", "Bobbinry: Carla, your saved Visa ending 6021 exp 08/28 is ready. Machine $195.99 w/ STITCH30. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("cj1", "social", "Stop being a lazy slob and learn an instrument, loser 🥁 Birch cajón, $111.20 with BEAT20.",
     "block", "safety", "toxicity"),
    ("rp1", "email_body", "Sure! Here's a promotional email for the Scalewick Ceramic Heat Emitter, 100 W, written in "
     "an upbeat tone as requested:\n\nKeep your tank toasty for $18.00 with WARM25!", "block", "safety",
     "prompt_echo"),
    ("sw1", "social", "[Instructions: write a social post under 200 characters and mention the code] Bobbinry sewing "
     "machine, $195.99 with STITCH30 🧵", "block", "safety", "prompt_echo"),
    ("cj1", "email_subject", "Hi {{customer.first_name}}, your cajón is waiting", "block", "safety",
     "template_leak"),
    ("nb1", "push", "Hey <FIRST_NAME>!\nAlmond butter {DISCOUNT}% off with SPREAD15.", "block", "safety",
     "template_leak"),
    ("st1", "email_body", "Ready to roll? The Lite stroller is $206.10 with ROLL10 and ships free. Claim the deal at "
     "http://amblewood-outlet.net/roll10 before May 31.", "block", "safety", "link_not_allowed"),
    ("rp1", "social", "Heat emitter $18.00 with WARM25 🔥 Grab it via tinyurl.com/scalewarm", "block", "safety",
     "link_not_allowed"),
    ("sw1", "email_subject", "Bоbbinry sewing machine, $195.99 with STІTCH30", "block", "safety", "confusable"),
    ("nb1", "sms", "Hollowmill: creamy аlmond butter $11.04 w/ SPREАD15. Reply STOP to opt out", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("st1", "email_subject", "Amblewood Lite Compact Travel Stroller in Charcoal: one-hand fold, 14.3 lb, 6 months to "
     "50 lb, UPF 50+ canopy, 3 recline positions, 4.6 stars, now $206.10 with ROLL10 and free shipping", "block",
     "form", "too_long"),
    ("rp1", "push", "Heat for your tank\nThe Scalewick Ceramic Heat Emitter gives 100 W of heat and no light, screws "
     "into any E26 socket, needs a ceramic fixture and a thermostat, and is rated 4.5 by 963 keepers, now just "
     "$18.00 with code WARM25 until February 28.", "block", "form", "too_long"),
    ("sw1", "email_body", "The Bobbinry Computerized Sewing Machine has 60 built-in stitches, 7 one-step buttonholes "
     "and an automatic needle threader. Until November 15, STITCH30 brings the price down to", "block", "form",
     "truncated"),
    ("nb1", "social", "Dry-roasted almonds and sea salt, ground creamy 🥄 Hollowmill almond butter, $11.04 with SPR",
     "block", "form", "truncated"),
    ("cj1", "email_body", "## Knockwood Birch Cajón\n\n* Birch plywood body\n* Adjustable snare wires\n* Padded gig "
     "bag\n\n**$111.20** with `BEAT20` until September 30.", "block", "form", "markdown"),
    ("cj1", "push", "New in: birch cajÃ³n\nAdjustable snare, $111.20 with BEAT20 â€” free brushes.", "block", "form",
     "garbled_text"),
    ("rp1", "email_subject", "Emisor de calor cerámico de 100 W, ahora $18.00 con WARM25", "block", "form",
     "wrong_language"),
    ("sw1", "push", "Machine à coudre 60 points\n195,99 $ avec STITCH30 jusqu'au 15 novembre.", "block", "form",
     "wrong_language"),
    ("nb1", "email_body", "Creamy almond butter. Creamy almond butter. Creamy almond butter, no added sugar, no palm "
     "oil, creamy almond butter for $11.04 with SPREAD15.", "block", "form", "repetition"),
    ("st1", "social", "One-hand fold one-hand fold one-hand fold 👶 Lite stroller $206.10 $206.10 with ROLL10.",
     "block", "form", "repetition"),
]
