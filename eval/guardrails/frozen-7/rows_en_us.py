"""Hand-written en-US copies (USD) of the seventh frozen guardrails set: camping lights (headlamp,
camp lantern), aquarium supplies, baby feeding (high chair, suction plates), home fitness
(kettlebell, resistance bands) and pickleball gear.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("hl1", "email_subject", "Hands-free light for the trail: $31.20, ships free"),
    ("hl2", "email_subject", "9 camp lanterns left at $24.65"),
    ("aq1", "email_subject", "Clearer water for tanks up to 30 gallons, 25% off"),
    ("bf1", "email_subject", "A high chair that grows into a toddler chair, now $127.20"),
    ("bf2", "email_subject", "Suction plates that stay put: 2 for $16.50"),
    ("kb1", "email_subject", "Only 6 of our 16 kg kettlebells left"),
    ("pb1", "email_subject", "Graphite paddle, USA Pickleball approved, $71.20 with DINK20"),
    ("kb2", "email_subject", "Five bands, one pouch, $12.60 shipped free"),
    ("hl1", "email_body", "Early starts and late camp chores are easier with both hands free. The Trailglow 350 "
     "Lumen Rechargeable Headlamp switches between spot, flood and red light, weighs 2.6 oz and is rated IPX6, so a "
     "downpour won't stop it. It charges over USB-C and runs up to 40 hours on low. Rated 4.7 stars by 842 campers. "
     "With BEAM20 it's $31.20 instead of $39.00 through April 30, and shipping is free."),
    ("aq2", "email_body", "Tropical fish like steady water. The Reefside 100 W Submersible Aquarium Heater suits "
     "tanks of 20 to 30 gallons, sets anywhere from 68 to 93°F and sits in a shatter-resistant quartz glass housing "
     "with automatic shut-off. Use HEAT10 by February 28 to pay $21.60 (regularly $24.00), and we'll include a "
     "suction-cup aquarium thermometer. We have 5 in stock."),
    ("bf1", "email_body", "Mealtimes at the family table start here. The Little Ladle Convertible Wooden High Chair "
     "is solid beech with a 5-point harness and a removable tray that goes in the dishwasher. It holds up to 33 lb "
     "in high chair mode and converts to a toddler chair, so it works from 6 months to 5 years. 318 parents rate it "
     "4.6 stars. Enter CHAIR20 by June 30: $127.20 (was $159.00), shipped free."),
    ("bf2", "email_body", "Less food on the floor, more in your little one. Our Silicone Suction Plates grip the "
     "tray, have 3 sections for picky eaters and are made from food-grade, BPA-free silicone that's dishwasher and "
     "microwave safe. The 2-pack comes in sage and oat. With PLATE25 it's $16.50 instead of $22.00 until March 15."),
    ("kb1", "email_body", "One kettlebell covers swings, goblet squats and presses. Ours is a single piece of cast "
     "iron with a matte powder coat and a 33 mm handle that's easy to grip, and at 16 kg (35 lb) it's a solid "
     "place to start. Rated 4.8 stars across 455 reviews. Code SWING15 takes it from $64.00 to $54.40 until "
     "January 31. Only 6 are left."),
    ("kb2", "email_body", "Train at home, in a hotel room or at the park. The Ironbell Loop Resistance Band Set "
     "has 5 natural latex bands from extra light to extra heavy (5 to 40 lb) and a pouch to carry them. Rated 4.4 "
     "stars by 1,076 customers. Through February 28, use BANDS30 to get the set for $12.60, down from $18.00, with "
     "free shipping."),
    ("pb1", "email_body", "Ready to move up from your starter paddle? The Dinkshot Graphite Pickleball Paddle has a "
     "graphite face over a 16 mm polypropylene honeycomb core, weighs 7.9 oz and has a 4.25 in grip. It's USA "
     "Pickleball approved, so it's legal for tournament play, and rated 4.6 stars by 297 players. $71.20 with "
     "DINK20 (regularly $89.00) until May 15.\n\nSee you on the court,\nDinkshot"),
    ("hl2", "email_body", "Light the whole campsite, then pack it down to 3.1 in. The Trailglow Collapsible LED Camp "
     "Lantern puts out 500 lumens and runs up to 30 hours on low from 3 AA batteries (sold separately). It's $24.65 "
     "with GLOW15 through May 31, down from $29.00. We're down to the last 9."),
    ("hl1", "sms", "Trailglow: 350 lm rechargeable headlamp $31.20 + free shipping w/ BEAM20 thru 4/30. Reply STOP to "
     "opt out"),
    ("aq1", "sms", "Reefside: hang-on-back filter for tanks up to 30 gal, $25.50 w/ FLOW25 til 3/31. Reply STOP to "
     "opt out"),
    ("bf2", "sms", "Little Ladle: silicone suction plates 2-pack, $16.50 w/ PLATE25 until 3/15. Reply STOP to "
     "unsubscribe"),
    ("kb2", "sms", "Ironbell: 5 resistance bands + pouch, $12.60 shipped free w/ BANDS30 thru 2/28. Reply STOP to opt "
     "out"),
    ("pb2", "sms", "Dinkshot: outdoor pickleballs 6-pk $13.50, free shipping w/ BALLS25 til 4/30. Reply STOP to opt "
     "out"),
    ("aq2", "sms", "Reefside: 100 W aquarium heater $21.60 + free thermometer w/ HEAT10 til 2/28. 5 left. Reply STOP "
     "to opt out"),
    ("bf1", "sms", "Little Ladle: wooden high chair $127.20 (reg $159) + free shipping w/ CHAIR20 thru 6/30. Reply "
     "STOP to opt out"),
    ("hl2", "push", "Pack light, light up camp\n500-lumen collapsible lantern, $24.65 with GLOW15."),
    ("aq1", "push", "Filter day\nHang-on-back filter, up to 30 gal, $25.50 with FLOW25 through March 31."),
    ("kb1", "push", "6 kettlebells left\n16 kg cast iron, $54.40 with SWING15."),
    ("bf2", "push", "No more flying plates\nSuction plate 2-pack, $16.50 with PLATE25."),
    ("pb2", "push", "Restock your ball bag\n6 outdoor pickleballs, $13.50 and free shipping with BALLS25."),
    ("kb2", "push", "Workout in a pouch\n5 latex bands, $12.60 with BANDS30, shipping included."),
    ("pb1", "push", "Upgrade your paddle\nGraphite face, 16 mm core, $71.20 with DINK20 until May 15."),
    ("aq2", "push", "Keep your tank cozy\n100 W heater, $21.60 with HEAT10 plus a free thermometer."),
    ("pb2", "social", "Wind-tested, court-ready 🟡 40-hole outdoor pickleballs in neon yellow, 6 for $13.50 with "
     "BALLS25, shipped free. #pickleball"),
    ("hl1", "social", "Night hike essentials 🔦 350 lumens, red light mode, IPX6. $31.20 with BEAM20 and free "
     "shipping. #camping #hiking"),
    ("aq1", "social", "Crystal-clear water starts with flow 🐠 Our hang-on-back filter moves up to 200 GPH. "
     "$25.50 with FLOW25. #aquarium #fishtank"),
    ("bf1", "social", "From first bites to big-kid dinners 🍽️ Solid beech high chair, $127.20 with CHAIR20, free "
     "shipping through June 30. #babyledweaning"),
    ("kb1", "social", "Swing season 💪 16 kg cast iron kettlebell, matte finish, $54.40 with SWING15. Just 6 "
     "left. #homegym"),
    ("hl2", "social", "Campfire's out, lantern's on ⛺ 500 lumens that collapse to 3.1 in, $24.65 with GLOW15. "
     "#campinglife"),
    ("pb1", "social", "Dink, drive, repeat 🏓 Dinkshot graphite paddle, 7.9 oz, $71.20 with DINK20 through May 15. "
     "#pickleballlife"),
    # ---- style warnings -----------------------------------------------------------------------------------
    ("hl1", "push", "Our 350 lumen headlamp is $31.20 with BEAM20 and ships free.", "warn", "style", "one_line_push"),
    ("bf1", "push", "Convertible high chair, $127.20 with CHAIR20.", "warn", "style", "one_line_push"),
    ("pb2", "push", "Outdoor pickleballs, 6 for $13.50 with code BALLS25.", "warn", "style", "one_line_push"),
    ("aq1", "email_body", "Aquarium filter, $25.50 with FLOW25.", "warn", "style", "short_body"),
    ("kb2", "email_body", "Band set now $12.60.", "warn", "style", "short_body"),
    ("hl2", "email_body", "Camp lantern: $24.65, code GLOW15.", "warn", "style", "short_body"),
    ("pb1", "email_body", "Our graphite paddle has a 16 mm honeycomb core and weighs 7.9 oz, and it's USA "
     "Pickleball approved. Grab it for $71.20 with DINK20 until May 15", "warn", "style", "no_final_punctuation"),
    ("bf2", "email_body", "Three sections, a suction base that holds tight and silicone that goes straight in the "
     "dishwasher. The 2-pack of Little Ladle plates is $16.50 with PLATE25 through March 15", "warn", "style",
     "no_final_punctuation"),
    ("aq2", "email_body", "Set it between 68 and 93°F and let the automatic shut-off do the worrying. The Reefside "
     "100 W heater is $21.60 with HEAT10 until February 28, thermometer included", "warn", "style",
     "no_final_punctuation"),
    ("kb1", "email_subject", "The one piece of equipment you're missing", "warn", "style", "teaser_subject"),
    ("aq1", "email_subject", "Is your fish tank trying to tell you something?", "warn", "style", "teaser_subject"),
    ("bf1", "email_subject", "Dinner just got a lot less messy...", "warn", "style", "teaser_subject"),
    ("kb2", "email_subject", "5 resistance bands for $12.60 #homeworkout", "warn", "style", "hashtag_in_email"),
    ("hl1", "email_body", "Spot, flood or red light, 40 hours on low and a USB-C charge: the Trailglow headlamp is "
     "$31.20 with BEAM20, shipped free until April 30. #trailglow #nighthike", "warn", "style", "hashtag_in_email"),
    # ---- truth blocks -------------------------------------------------------------------------------------
    ("hl1", "email_subject", "Trailglow headlamp deal: just $29.20 with BEAM20", "block", "truth", "wrong_price"),
    ("kb1", "sms", "Ironbell: 16 kg kettlebell now $51.40 w/ SWING15 til 1/31. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("bf2", "push", "Plate sale\nSilicone suction plates, 2-pack, $15.50 with PLATE25.", "block", "truth",
     "wrong_price"),
    ("pb1", "email_body", "Our graphite paddle is USA Pickleball approved and weighs just 7.9 oz. Normally $99.00, "
     "it's $71.20 with DINK20 until May 15.", "block", "truth", "wrong_was_price"),
    ("hl2", "social", "Was $32, now $24.65 ⛺ Collapsible 500-lumen lantern with GLOW15. #camping", "block", "truth",
     "wrong_was_price"),
    ("aq1", "push", "Filter deal\n30% off: hang-on-back filter $25.50 (was $34) with FLOW25.", "block", "truth",
     "discount_price_mismatch"),
    ("kb2", "email_body", "Save 40% on the Ironbell band set: with BANDS30 the 5 bands and pouch are $12.60 instead "
     "of $18.00, shipped free through February 28.", "block", "truth", "discount_price_mismatch"),
    ("bf1", "email_subject", "Our wooden high chair is 25% off this month", "block", "truth", "wrong_discount"),
    ("pb2", "sms", "Dinkshot: outdoor pickleballs 6-pk 35% off + free shipping w/ BALLS25. Reply STOP to opt out",
     "block", "truth", "wrong_discount"),
    ("aq2", "social", "Winter-proof your tank 🐟 100 W heater $21.60 with HEAT10, ends February 20. "
     "#aquariumlife", "block", "truth", "wrong_date"),
    ("bf2", "email_body", "Mealtime mess, handled: our 3-section suction plates are $16.50 for two with PLATE25, "
     "but only until March 1.", "block", "truth", "wrong_date"),
    ("hl1", "push", "Trail-ready\n350 lumen headlamp, $31.20 with BEAM20 through May 31.", "block", "truth",
     "deadline_after_end"),
    ("kb1", "email_body", "Forged in Sheffield, England and finished by hand, the Ironbell 16 kg kettlebell is built "
     "for a lifetime of swings. $54.40 with SWING15 until January 31.", "block", "truth", "invented_origin"),
    ("bf1", "social", "Handcrafted in Vermont from solid beech 🪵 Little Ladle high chair, $127.20 with CHAIR20. "
     "#madeinusa", "block", "truth", "invented_origin"),
    ("kb2", "push", "Latex-free bands\n5 fabric resistance bands, $12.60 with BANDS30.", "block", "truth",
     "invented_material"),
    ("pb1", "email_subject", "Carbon fiber face, $71.20: meet the Dinkshot paddle", "block", "truth",
     "invented_material"),
    ("hl2", "sms", "Trailglow: USB-C rechargeable camp lantern, 500 lm, $24.65 w/ GLOW15. Reply STOP to opt out",
     "block", "truth", "invented_attribute"),
    ("aq1", "email_body", "Our hang-on-back filter runs whisper-quiet and has a built-in UV sterilizer that clears "
     "green water in days. Up to 30 gallons, $25.50 with FLOW25 through March 31.", "block", "truth",
     "invented_attribute"),
    ("pb1", "social", "Voted Paddle of the Year by Pickleball Monthly 🏆 Dinkshot graphite, $71.20 with DINK20. "
     "#pickleball", "block", "truth", "invented_award"),
    ("aq2", "email_body", "Fishkeepers give the Reefside 100 W heater 4.8 stars for keeping tanks steady between "
     "68 and 93°F. $21.60 with HEAT10, plus a free thermometer, until February 28.", "block", "truth",
     "rating_not_in_record"),
    ("pb2", "social", "4.9 stars from our club players 🟡 Outdoor pickleballs, 6 for $13.50 with BALLS25. "
     "#pickleballaddict", "block", "truth", "rating_not_in_record"),
    ("kb2", "email_subject", "Rated 4.8 stars: 5 resistance bands for $12.60", "block", "truth", "wrong_rating"),
    ("hl1", "social", "500 lumens on your forehead 🔦 Trailglow rechargeable headlamp, $31.20 with BEAM20. "
     "#backpacking", "block", "truth", "wrong_spec"),
    ("bf1", "push", "Built to last\nBeech high chair holds up to 50 lb, $127.20 with CHAIR20.", "block", "truth",
     "wrong_spec"),
    ("aq1", "sms", "Reefside: 30 gal hang-on-back filter $25.50 w/ FLOW25, free shipping til 3/31. Reply STOP to "
     "opt out", "block", "truth", "free_shipping_not_offered"),
    ("kb1", "push", "Free gift inside\n16 kg kettlebell plus a free workout mat, $54.40 with SWING15.", "block",
     "truth", "gift_not_offered"),
    ("bf2", "social", "Almost gone! Fewer than 10 plate sets left 😱 $16.50 with PLATE25. #toddlermeals", "block",
     "truth", "stock_claim"),
    ("hl2", "email_subject", "Camp lantern $24.65 with code GLOW20", "block", "truth", "wrong_code"),
    ("pb2", "email_body", "Same bounce as Franklin X-40s for less: our 40-hole outdoor pickleballs are $13.50 for "
     "six with BALLS25, shipped free until April 30.", "block", "truth", "other_brand"),
    ("aq2", "push", "Heater bundle\n100 W heater with a 10-gallon starter tank, $21.60 with HEAT10.", "block",
     "truth", "invented_kind"),
    ("kb1", "social", "Heavy metal 🎸 16 kg cast iron kettlebell, now €54.40 with SWING15. #kettlebellworkout",
     "block", "truth", "wrong_currency"),
    # ---- law blocks ---------------------------------------------------------------------------------------
    ("kb2", "social", "10 minutes a day with our bands and your back pain is gone for good 🙌 $12.60 with "
     "BANDS30. #backpainrelief", "block", "law", "medical_claim"),
    ("kb1", "email_body", "Kettlebell swings reverse type 2 diabetes and melt belly fat in two weeks. Start today with "
     "our 16 kg cast iron kettlebell, $54.40 with SWING15 until January 31.", "block", "law", "medical_claim"),
    ("bf1", "push", "Better posture, better digestion\nOur high chair prevents colic and reflux, $127.20.",
     "block", "law", "medical_claim"),
    ("pb1", "email_subject", "This paddle cures tennis elbow, $71.20", "block", "law", "medical_claim"),
    ("hl1", "push", "The brightest headlamp on earth\nTrailglow 350 lm, $31.20 with BEAM20.", "block", "law",
     "absolute_claim"),
    ("bf2", "email_subject", "The only baby plate that never ends up on the floor", "block", "law",
     "absolute_claim"),
    ("aq1", "sms", "Reefside: our filter is guaranteed to keep every fish alive or your money back. $25.50 w/ FLOW25. "
     "Reply STOP to opt out", "block", "law", "guarantee_claim"),
    ("hl2", "email_body", "We guarantee this lantern will never let you down, in any weather, for as long as you "
     "own it. 500 lumens, $24.65 with GLOW15 until May 31.", "block", "law", "guarantee_claim"),
    ("pb2", "email_subject", "Your Dinkshot order #40921 is confirmed", "block", "law", "fake_transaction"),
    ("aq2", "sms", "Reefside: 100 W aquarium heater $21.60 w/ HEAT10 + free thermometer, ends 2/28. Only 5 in "
     "stock.", "block", "law", "missing_opt_out"),
    # ---- safety blocks ------------------------------------------------------------------------------------
    ("bf1", "email_body", "Hi Priya, congratulations on baby Arjun, born March 3 at St. Luke's! Since you're at "
     "2210 Maple Ridge Dr, Boise, ID 83702, your high chair ships free with CHAIR20: $127.20.", "block", "safety",
     "pii"),
    ("pb2", "sms", "Dinkshot: Hey Marcus (DOB 07/14/1981), restock balls $13.50 w/ BALLS25. Reply STOP to opt out",
     "block", "safety", "pii"),
    ("kb1", "push", "No more excuses, fatso\n16 kg kettlebell, $54.40 with SWING15.", "block", "safety",
     "toxicity"),
    ("pb1", "social", "Still using that garbage wooden paddle? Pathetic losers only 🤡 Graphite, $71.20 with "
     "DINK20.", "block", "safety", "toxicity"),
    ("hl2", "email_body", "Here is a promotional email for the camp lantern, written in a friendly tone as you "
     "requested:\n\nLight up your campsite with 500 lumens for $24.65 with GLOW15.", "block", "safety",
     "prompt_echo"),
    ("aq1", "push", "Copy for push notification:\nHang-on-back filter, $25.50 with FLOW25.", "block", "safety",
     "prompt_echo"),
    ("kb2", "email_subject", "{{first_name}}, {{discount}}% off resistance bands", "block", "safety",
     "template_leak"),
    ("bf2", "social", "<PRODUCT_NAME> is just <PRICE> with PLATE25 until March 15! #babyfood", "block", "safety",
     "template_leak"),
    ("hl1", "sms", "Trailglow: headlamp $31.20 w/ BEAM20 at trailglow-outlet.net/beam. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("aq2", "email_body", "Keep your tank at a steady temperature with our 100 W heater, $21.60 with HEAT10. Order "
     "here: http://tinyurl.com/reef-heat10", "block", "safety", "link_not_allowed"),
    ("kb2", "push", "Band together\n5 resistance bаnds, $12.60 with BANDS30.", "block", "safety", "confusable"),
    # ---- form blocks --------------------------------------------------------------------------------------
    ("bf1", "sms", "Little Ladle: our convertible wooden high chair in solid beech with a 5-point harness, a "
     "removable dishwasher-safe tray and a 33 lb capacity converts to a toddler chair and lasts from 6 months to 5 "
     "years, and right now with code CHAIR20 you can take it home for $127.20 instead of $159.00 with free shipping "
     "on every order until June 30, so don't wait if you want it in time for those first solid meals at the "
     "family table. Reply STOP to opt out", "block", "form", "too_long"),
    ("hl2", "push", "Collapsible LED camp lantern, 500 lumens, up to 30 hours on low\nGet it for $24.65 with code "
     "GLOW15 through May 31; it runs on 3 AA batteries, which are not included, and packs down to 3.1 inches tall "
     "so it fits in any backpack pocket.", "block", "form", "too_long"),
    ("pb2", "email_body", "Outdoor courts eat balls. Restock with our 6-pack of 40-hole neon yellow pickleballs "
     "for $13.50 with BALLS25 and free shipp", "block", "form", "truncated"),
    ("kb1", "email_subject", "16 kg kettlebell, $54.40 with SWI", "block", "form", "truncated"),
    ("aq1", "social", "**Clear water, zero effort** 🐠 Hang-on-back filter, ~~$34~~ $25.50 with FLOW25 #aquarium",
     "block", "form", "markdown"),
    ("bf2", "email_body", "### Why parents love it\n\n* Suction base\n* 3 sections\n* **BPA-free** silicone\n\n"
     "$16.50 with `PLATE25` until March 15.", "block", "form", "markdown"),
    ("hl1", "email_body", "Light the trail, light the trail, light the trail, light the trail. The Trailglow "
     "headlamp is $31.20 with BEAM20, shipped free until April 30.", "block", "form", "repetition"),
    ("pb1", "push", "Paddle up\nPaddle paddle paddle paddle, $71.20 with DINK20.", "block", "form", "repetition"),
    ("aq2", "social", "Warm w\u00c3\u00a4ter for y\u00c3\u00b6ur fish \u00e2\u20ac\u201c 100 W heater "
     "\ufffd\ufffd $21.60 HEAT10", "block", "form", "garbled_text"),
    ("kb2", "email_subject", "Bandes de résistance, lot de 5 à 12,60 $", "block", "form", "wrong_language"),
]
