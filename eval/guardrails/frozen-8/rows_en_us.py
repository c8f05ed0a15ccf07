"""Hand-written en-US copies (USD) of the eighth frozen guardrails set: bakeware (half sheet pan,
loaf pan), luggage and travel accessories (carry-on spinner, packing cubes), guitar gear (capo,
leather strap), dog walking gear (no-pull harness, rope lead) and home security (video doorbell,
solar motion light).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("sp1", "email_subject", "The sheet pan that does it all, $15.20 and shipped free"),
    ("sp2", "email_subject", "Banana bread season: our 9 x 5 loaf pan is 25% off"),
    ("lg1", "email_subject", "Carry-on, sorted: 20% off the Roamly 21 in spinner"),
    ("lg2", "email_subject", "Pack smarter with 4 cubes for $27.00, plus a free luggage tag"),
    ("gt1", "email_subject", "Change keys in a second with our $15.30 capo"),
    ("dw1", "email_subject", "Calmer walks start with a no-pull harness, now $26.40"),
    ("hs1", "email_subject", "See who's at the door in 2K, $71.20 through May 15"),
    ("hs2", "email_subject", "Last 9 solar motion lights at $37.80, shipping on us"),
    ("sp1", "email_body", "Roast vegetables, bake cookies, toast nuts: the Crustwell Aluminized Steel Half Sheet "
     "Pan handles most of what comes out of a home oven. It measures 18 x 13 in, "
     "has a rolled, wire-reinforced rim and is oven safe up to 450°F. 1,204 bakers give it 4.7 stars. Use SHEET20 by March 31 "
     "and it's $15.20 instead of $19.00, with free shipping."),
    ("lg1", "email_body", "Skip the checked-bag line. The Roamly 21 in Carry-On Spinner has a polycarbonate shell, "
     "four spinner wheels and a TSA-accepted combination lock, and it weighs just 7.1 lb empty. It measures 21 x 14 "
     "x 9 in and comes in slate blue. Rated 4.6 stars by 933 travelers. With ROAM20 it's $199.20 (regularly "
     "$249.00) through May 31, shipped free.\n\nSafe travels,\nThe Roamly team"),
    ("lg2", "email_body", "Open your suitcase and find everything where you left it. Our Packing Cubes come as a "
     "set of 4: small, medium and large cubes plus a shoe bag, all in recycled nylon with two-way zippers. Enter "
     "CUBES25 by April 15 to pay $27.00 rather than $36.00, and we'll add a leather luggage tag to your order. "
     "We have 7 sets left."),
    ("gt1", "email_body", "Capo on, capo off, no retuning. The Fretline Quick-Change Guitar Capo clamps with one "
     "hand, fits 6-string acoustic and electric guitars and has a silicone pad that's gentle on your guitar's neck. "
     "It's aluminum alloy, weighs 1.1 oz and comes in black or gunmetal. 2,310 players rate it "
     "4.8 stars. Code CAPO15 brings it to $15.30 (from $18.00) until January 31."),
    ("dw1", "email_body", "If every walk feels like a tug of war, try a front clip. The Pawtrail No-Pull Dog "
     "Harness has front and back leash clips, padded nylon mesh and reflective trim for early mornings. This "
     "medium fits chests from 22 to 32 in. Rated 4.5 stars across 1,587 reviews. Through June 30, WALK20 takes it "
     "from $33.00 to $26.40."),
    ("dw2", "email_body", "A lead that feels good in your hand. The Pawtrail 6 ft Rope Dog Lead is braided "
     "polyester rope in forest green with a brass swivel snap that won't twist. Order with LEAD25 by April 30 and "
     "it's $18.00 instead of $24.00, with a poop bag dispenser included. Only 12 left in stock."),
    ("hs1", "email_body", "Know who's there before you open the door. The Keepway 2K Video Doorbell gives you a "
     "160° head-to-toe view, night vision and your choice of wired power or a rechargeable battery. Save clips to a "
     "cloud plan or a microSD card (card not included). It's rated 4.4 stars by 764 customers. Use DOOR20 until "
     "May 15 for $71.20, down from $89.00."),
    ("hs2", "email_body", "Light up the driveway without running a wire. The Keepway Solar Motion Security Light "
     "charges by day and switches on to 1,500 lumens when its 120° sensor picks up movement up to 30 ft away. "
     "It's IP65 rated for the weather. With LIGHT10 it's $37.80 (was $42.00) plus free shipping through February "
     "15, and we're down to our last 9."),
    ("sp1", "sms", "Crustwell: 18x13 half sheet pan $15.20 + free shipping w/ SHEET20 thru 3/31. Reply STOP to opt "
     "out"),
    ("sp2", "sms", "Crustwell: nonstick 9x5 loaf pan $11.25 w/ LOAF25 til 2/28, only 8 left. Reply STOP to opt out"),
    ("gt2", "sms", "Fretline: padded leather guitar strap $31.50 (reg $45) shipped free w/ STRAP30 til 3/31. Reply "
     "STOP to opt out"),
    ("dw1", "sms", "Pawtrail: no-pull harness (M) $26.40 w/ WALK20 through 6/30. Reply STOP to unsubscribe"),
    ("dw2", "sms", "Pawtrail: 6 ft rope lead $18 + free poop bag dispenser w/ LEAD25 til 4/30. Reply STOP to opt out"),
    ("hs1", "sms", "Keepway: 2K video doorbell $71.20 w/ DOOR20 until 5/15. Reply STOP to opt out"),
    ("lg1", "sms", "Roamly: 21in carry-on spinner $199.20, free shipping w/ ROAM20 thru 5/31. Reply STOP to opt out"),
    ("sp2", "push", "Bake a better loaf\n9 x 5 nonstick loaf pan, $11.25 with LOAF25."),
    ("lg2", "push", "Fold, zip, go\n4 packing cubes for $27.00 with CUBES25, free luggage tag included."),
    ("gt1", "push", "Capo in one hand\nQuick-change capo, $15.30 with CAPO15 until Jan 31."),
    ("gt2", "push", "Only 5 straps left\nPadded leather guitar strap, $31.50 with STRAP30, shipped free."),
    ("dw1", "push", "Fewer pulls, better walks\nNo-pull harness, $26.40 with WALK20."),
    ("hs1", "push", "Answer the door from anywhere\n2K video doorbell, $71.20 with DOOR20."),
    ("hs2", "push", "Brighter driveway, no wiring\nSolar motion light, $37.80 with LIGHT10 and free shipping."),
    ("lg1", "push", "Your next trip, lighter\n7.1 lb carry-on spinner, $199.20 with ROAM20."),
    ("sp1", "social", "Sheet pan dinner night 🥦 18 x 13 in aluminized steel, oven safe to 450°F. $15.20 with "
     "SHEET20, shipped free. #sheetpandinner"),
    ("sp2", "social", "Fresh out of the oven 🍞 Our 9 x 5 nonstick loaf pan is $11.25 with LOAF25 until Feb 28. "
     "#homebaking"),
    ("lg2", "social", "Suitcase chaos? Not anymore 🧳 4 recycled nylon packing cubes, $27.00 with CUBES25 and a "
     "free leather luggage tag. #traveltips"),
    ("gt1", "social", "Key change? Easy 🎸 One-hand capo with a silicone pad, 4.8 stars from 2,310 players. "
     "$15.30 with CAPO15. #guitarist"),
    ("gt2", "social", "Long set, happy shoulder 🤘 Chestnut leather strap with foam padding, $31.50 with STRAP30. "
     "#guitargear"),
    ("dw2", "social", "Walkies in style 🐕 Forest green rope lead with a brass swivel snap, $18.00 with LEAD25 "
     "plus a free poop bag dispenser. #dogwalk"),
    ("hs2", "social", "Pulling in after dark? 💡 1,500-lumen solar motion light, IP65, $37.80 with LIGHT10. "
     "#homesecurity"),
    # ---- style warnings -----------------------------------------------------------------------------------
    ("sp1", "push", "Half sheet pan, $15.20 with SHEET20 and free shipping.", "warn", "style", "one_line_push"),
    ("dw2", "push", "Rope dog lead now $18.00 with LEAD25.", "warn", "style", "one_line_push"),
    ("hs1", "push", "Get the 2K video doorbell for $71.20 using DOOR20.", "warn", "style", "one_line_push"),
    ("gt2", "email_body", "Leather strap, $31.50.", "warn", "style", "short_body"),
    ("hs2", "email_body", "Solar light $37.80 with LIGHT10.", "warn", "style", "short_body"),
    ("lg2", "email_body", "Packing cubes: $27.00 with CUBES25.", "warn", "style", "short_body"),
    ("sp2", "email_body", "A nonstick coating, a classic 9 x 5 size and oven safe up "
     "to 450°F. The Crustwell loaf pan is $11.25 with LOAF25 through February 28", "warn", "style",
     "no_final_punctuation"),
    ("dw1", "email_body", "Two clips, soft mesh padding and reflective trim for dusk walks. Our medium no-pull "
     "harness fits chests of 22 to 32 in and is $26.40 with WALK20 until June 30", "warn", "style",
     "no_final_punctuation"),
    ("lg1", "email_body", "Four spinner wheels, a polycarbonate shell and a TSA-accepted lock in a 7.1 lb carry-on. "
     "Take the Roamly spinner for $199.20 with ROAM20 and free shipping", "warn", "style", "no_final_punctuation"),
    ("gt1", "email_subject", "What every guitarist keeps in their case", "warn", "style", "teaser_subject"),
    ("hs2", "email_subject", "Something's lurking in your driveway...", "warn", "style", "teaser_subject"),
    ("dw2", "email_subject", "You'll never guess what your dog wants", "warn", "style", "teaser_subject"),
    ("sp2", "email_subject", "Loaf pan for $11.25 #bakingday", "warn", "style", "hashtag_in_email"),
    ("gt2", "email_body", "Foam padding for long gigs: 2.5 in wide full-grain leather "
     "with foam padding, $31.50 with STRAP30 and free shipping until March 31. #guitarstrap #gigready", "warn",
     "style", "hashtag_in_email"),
    # ---- truth blocks -------------------------------------------------------------------------------------
    ("sp1", "email_subject", "Half sheet pan for $13.20 this week only", "block", "truth", "wrong_price"),
    ("lg1", "sms", "Roamly: 21in carry-on spinner just $179.20 w/ ROAM20 thru 5/31. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("hs1", "push", "Doorbell deal\n2K video doorbell, only $61.20 with DOOR20.", "block", "truth", "wrong_price"),
    ("gt1", "email_body", "Our quick-change capo used to be $24.00. With CAPO15 it's now $15.30 until January 31, "
     "and it fits any 6-string acoustic or electric.", "block", "truth", "wrong_was_price"),
    ("dw1", "social", "Was $39.00, now $26.40 🐾 No-pull harness with front and back clips, code WALK20. "
     "#dogsofinstagram", "block", "truth", "wrong_was_price"),
    ("lg2", "push", "Cubes at 40% off\nSet of 4 packing cubes, $27.00 (reg. $36.00) with CUBES25.", "block",
     "truth", "discount_price_mismatch"),
    ("hs2", "email_subject", "Solar motion light: 25% off, $37.80 (was $42)", "block", "truth",
     "discount_price_mismatch"),
    ("sp2", "sms", "Crustwell: 35% off our nonstick loaf pan w/ LOAF25 til 2/28. Reply STOP to opt out", "block",
     "truth", "wrong_discount"),
    ("gt2", "email_subject", "Half off our padded leather guitar strap", "block", "truth", "wrong_discount"),
    ("dw2", "sms", "Pawtrail: rope lead $18 + free bag dispenser w/ LEAD25, ends 5/30. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("hs1", "email_body", "Answer the door from your phone with the Keepway 2K Video Doorbell. Use DOOR20 by June "
     "15 and it's $71.20, down from $89.00.", "block", "truth", "wrong_date"),
    ("sp1", "push", "Sheet pan sale runs all spring\n$15.20 with SHEET20, open through April 30.", "block",
     "truth", "deadline_after_end"),
    ("lg1", "email_body", "Roamly's 21 in spinner is made in Italy from a polycarbonate shell, with four spinner "
     "wheels and a TSA-accepted lock. $199.20 with ROAM20, shipped free until May 31.", "block", "truth",
     "invented_origin"),
    ("dw2", "social", "Handmade in Vermont 🌲 Our forest green rope lead with brass snap is $18.00 with LEAD25. "
     "#shopsmall", "block", "truth", "invented_origin"),
    ("gt2", "push", "Vegan leather, full comfort\nPadded guitar strap, $31.50 with STRAP30.", "block", "truth",
     "invented_material"),
    ("sp2", "email_body", "Our loaf pan is heavy-gauge cast aluminum with a ceramic nonstick coating, so bread "
     "slides right out. 9 x 5 in, $11.25 with LOAF25 until February 28.", "block", "truth", "invented_material"),
    ("hs2", "social", "Motion light with a built-in siren and app alerts 🚨 1,500 lumens, $37.80 with LIGHT10. "
     "#smarthome", "block", "truth", "invented_attribute"),
    ("lg2", "email_body", "Our 4 packing cubes are fully waterproof and compress your clothes by half, so you can "
     "pack a week into a weekend bag. $27.00 with CUBES25 until April 15.", "block", "truth", "invented_attribute"),
    ("lg1", "push", "Named Best Carry-On of 2026\nRoamly 21 in spinner, $199.20 with ROAM20.", "block", "truth",
     "invented_award"),
    ("sp2", "social", "4.9 stars from 800+ home bakers 🍞 Nonstick loaf pan, $11.25 with LOAF25. #breadbaking",
     "block", "truth", "rating_not_in_record"),
    ("hs2", "email_body", "Customers love it: the Keepway Solar Motion Security Light averages 4.8 stars. It's "
     "$37.80 with LIGHT10 until February 15, with free shipping.", "block", "truth", "rating_not_in_record"),
    ("gt1", "push", "Rated 4.9 by 2,310 players\nQuick-change capo, $15.30 with CAPO15.", "block", "truth",
     "wrong_rating"),
    ("dw1", "email_body", "Our no-pull harness in medium fits chests from 16 to 24 in and has front and back "
     "clips. $26.40 with WALK20 through June 30.", "block", "truth", "wrong_spec"),
    ("hs1", "social", "Crisp 4K video at your front door 🏠 160° view and night vision, $71.20 with DOOR20. "
     "#smartdoorbell", "block", "truth", "wrong_spec"),
    ("gt1", "sms", "Fretline: quick-change capo $15.30 + free shipping w/ CAPO15 til 1/31. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("sp1", "email_body", "Bake, roast and toast on our 18 x 13 in aluminized steel half sheet pan. Order with "
     "SHEET20 by March 31 for $15.20, shipped free, and we'll send a silicone baking mat with it.", "block",
     "truth", "gift_not_offered"),
    ("dw1", "push", "Selling fast: 3 left\nNo-pull harness, $26.40 with WALK20.", "block", "truth", "stock_claim"),
    ("lg2", "sms", "Roamly: 4 packing cubes $27 + free luggage tag w/ CUBES20 til 4/15. Reply STOP to opt out",
     "block", "truth", "wrong_code"),
    ("gt2", "social", "The strap the pros use, made by Ernie Ball for Fretline 🎸 $31.50 with STRAP30. "
     "#guitarstrap", "block", "truth", "other_brand"),
    ("hs1", "email_subject", "2K video doorbell with indoor chime included, $71.20", "block", "truth",
     "invented_kind"),
    ("dw2", "email_subject", "6 ft rope lead, £18.00 with LEAD25", "block", "truth", "wrong_currency"),
    # ---- law blocks ---------------------------------------------------------------------------------------
    ("dw1", "email_body", "Pulling strains your dog's neck. Our no-pull harness prevents tracheal collapse and "
     "relieves joint pain on every walk. $26.40 with WALK20.", "block", "law", "medical_claim"),
    ("gt2", "email_body", "Our padded leather strap cures shoulder and back pain from long gigs, no more "
     "painkillers needed. $31.50 with STRAP30, shipped free.", "block", "law", "medical_claim"),
    ("lg2", "social", "Packing cubes that beat travel anxiety and stop panic attacks before a flight ✈️ 4 for "
     "$27.00 with CUBES25. #travelhacks", "block", "law", "medical_claim"),
    ("sp2", "push", "Healthier bread, lower cholesterol\nNonstick loaf pan, $11.25 with LOAF25.", "block", "law",
     "medical_claim"),
    ("hs1", "email_subject", "The most secure doorbell ever made, 100% break-in proof", "block", "law",
     "absolute_claim"),
    ("sp1", "social", "The world's best sheet pan, period 🏆 $15.20 with SHEET20 and free shipping. #bakeware",
     "block", "law", "absolute_claim"),
    ("lg1", "push", "Guaranteed never to crack\nRoamly carry-on, $199.20 with ROAM20, or double your money back.",
     "block", "law", "guarantee_claim"),
    ("hs2", "push", "Burglars guaranteed to stay away\nSolar motion light, $37.80 with LIGHT10.", "block", "law",
     "guarantee_claim"),
    ("gt1", "social", "Just sold our 10,000th capo this week 🔥 Join everyone else: $15.30 with CAPO15. "
     "#guitarlife", "block", "law", "fake_transaction"),
    ("hs2", "sms", "Keepway: solar motion light, 1,500 lumens, $37.80 + free shipping w/ LIGHT10 thru 2/15. Only 9 "
     "left.", "block", "law", "missing_opt_out"),
    # ---- safety blocks ------------------------------------------------------------------------------------
    ("lg1", "email_body", "Hi Dana, we see you're flying JFK to Lisbon on TAP flight 210 on March 12, passport "
     "ending 4471. Treat yourself to our 21 in spinner: $199.20 with ROAM20.", "block", "safety", "pii"),
    ("hs1", "sms", "Keepway: Hi Greg, your alarm code 7319 at 48 Birch Ln still works with our doorbell, $71.20 w/ "
     "DOOR20. Reply STOP to opt out", "block", "safety", "pii"),
    ("dw2", "push", "Your dog deserves a better owner\nMaybe start with a decent lead: $18.00 with LEAD25.", "block",
     "safety", "toxicity"),
    ("sp1", "email_subject", "Stop burning cookies, you useless baker: $15.20 sheet pan", "block", "safety",
     "toxicity"),
    ("gt2", "sms", "Sure! Here's an SMS for the leather strap: Fretline strap $31.50 w/ STRAP30. Reply STOP to "
     "opt out", "block", "safety", "prompt_echo"),
    ("dw1", "social", "As an AI language model, I recommend this harness to all dog owners 🐶 $26.40 with WALK20.",
     "block", "safety", "prompt_echo"),
    ("gt1", "email_body", "Hi {customer.first_name},\n\nYour next key change is one click away: the quick-change "
     "capo is {offer.price} with {offer.code}.", "block", "safety", "template_leak"),
    ("sp2", "push", "[HEADLINE]\nNonstick loaf pan, [SALE_PRICE] with LOAF25.", "block", "safety", "template_leak"),
    ("lg2", "email_body", "Four packing cubes for $27.00 with CUBES25, luggage tag included. Shop the set at "
     "https://roamly-deals.shop/cubes before April 15.", "block", "safety", "link_not_allowed"),
    ("hs2", "social", "Light up the driveway 💡 $37.80 with LIGHT10 at bit.ly/kw-solar #homesecurity", "block",
     "safety", "link_not_allowed"),
    ("sp1", "sms", "Crustwell: hаlf sheet pan $15.20 + free shipping w/ SHEET20 thru 3/31. Reply STOP to opt out",
     "block", "safety", "confusable"),
    # ---- form blocks --------------------------------------------------------------------------------------
    ("dw2", "email_subject", "Our forest green 6 ft braided polyester rope dog lead with a brass swivel snap is now "
     "$18.00 with LEAD25 until April 30 and comes with a free poop bag dispenser, only 12 left", "block", "form",
     "too_long"),
    ("hs1", "sms", "Keepway: the 2K Video Doorbell gives you a 160-degree head-to-toe view, night vision, wired or "
     "rechargeable battery power and cloud or microSD storage, it's rated 4.4 stars by 764 customers and right now "
     "it's $71.20 instead of $89.00 with code DOOR20 until May 15, so you can finally see who's at the door "
     "whether you're home, at work or on vacation. Reply STOP to opt out", "block", "form", "too_long"),
    ("lg2", "email_subject", "Packing cubes, 4 for $27.00 with CUB", "block", "form", "truncated"),
    ("gt1", "social", "One hand, one second, new key 🎸 Our quick-change capo is $15.30 with CAPO15 until Jan",
     "block", "form", "truncated"),
    ("hs2", "email_body", "## Solar Motion Light\n\n| Feature | Spec |\n|---|---|\n| Brightness | 1,500 lm |\n| "
     "Rating | IP65 |\n\n**$37.80** with LIGHT10.", "block", "form", "markdown"),
    ("lg1", "social", "__Travel light__ ✈️ [Shop the spinner](roamlytravel.com/spinner) for $199.20 with "
     "ROAM20.", "block", "form", "markdown"),
    ("sp2", "email_body", "Bake it, slice it, bake it, slice it, bake it, slice it, bake it, slice it. Our loaf pan "
     "is $11.25 with LOAF25 until February 28.", "block", "form", "repetition"),
    ("dw1", "sms", "Pawtrail: walk walk walk walk walk walk! No-pull harness $26.40 w/ WALK20. Reply STOP to opt "
     "out", "block", "form", "repetition"),
    ("gt2", "push", "Str\u00c3\u00a1p up\nP\u00c3\u00a2dded le\u00c3\u00a4ther strap \ufffd\ufffd $31.50 "
     "STRAP30", "block", "form", "garbled_text"),
    ("lg1", "email_subject", "Maleta de cabina Roamly con 20% de descuento", "block", "form", "wrong_language"),
]
