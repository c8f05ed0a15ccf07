"""Hand-written en-US copies (USD) of the nineteenth frozen guardrails set: an archery shop's
self-healing foam target, an electric pressure washer, a bamboo sushi making kit, a full-face snorkel
mask and a giant flamingo pool float.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("at1", "email_subject", "Backyard practice, sorted: 24 in foam target for $76.49, shipped free"),
    ("pw1", "email_subject", "Deck, driveway, patio: the 2000 PSI washer is 20% off"),
    ("su1", "email_subject", "Roll your own maki at home: 10-piece bamboo kit, now $21.75"),
    ("sn1", "email_subject", "See the whole reef: full-face snorkel mask, 30% off through July 31"),
    ("fl1", "email_subject", "Only 9 giant flamingos left for summer"),
    ("at1", "email_subject", "Arrows stop, foam heals: save 15% on our archery target"),
    ("sn1", "email_subject", "The aqua snorkel mask is $34.99 with REEF30"),
    ("pw1", "email_subject", "Spring cleaning with 2000 PSI, delivered free"),
    ("at1", "email_body", "Your backyard range starts here. The Fletchfield Self-Healing Foam Archery Target measures "
     "24 x 24 x 10 in and is built from layered foam that closes up behind each arrow. It stops field points from "
     "bows up to 70 lb (field points only, please, no broadheads), and both sides carry a printed target face, so "
     "you can flip it when one wears. At 18 lb it's easy to carry out and back. Archers rate it 4.6 stars across "
     "842 reviews. Use BULLSEYE15 by April 30 and pay $76.49 instead of $89.99, with free shipping.\n\nAim true,\n"
     "Fletchfield"),
    ("pw1", "email_body", "The patio has had a long winter. The Ridgeflow 2000 PSI Electric Pressure Washer puts out up "
     "to 2000 PSI at 1.2 GPM from an 1800 W motor, with a 25 ft high-pressure hose and a 35 ft power cord, so you're "
     "not hunting for an outlet. Four quick-connect nozzles (0°, 15°, 25° and 40°) and a 30 fl oz detergent tank "
     "cover everything from grimy siding to muddy bikes. 2,114 owners give it 4.5 stars. Through May 31, RINSE20 "
     "takes it from $179.00 to $143.20, and shipping is free.\n\nRidgeflow"),
    ("su1", "email_body", "Friday night, sushi night. The Makiya Bamboo Sushi Making Kit has all 10 pieces you need: 2 "
     "bamboo rolling mats, a rice paddle, a rice spreader, 5 pairs of chopsticks and a chopstick rest, plus an "
     "illustrated beginner's guide for your first rolls. Everything is natural bamboo, so wash it by hand. Order "
     "with ROLL25 by March 15 and it's $21.75 instead of $29.00, and we'll tuck in a pack of 10 nori sheets. We "
     "only have 7 kits left.\n\nItadakimasu,\nMakiya"),
    ("sn1", "email_body", "Float, look down, and take in the whole reef. The Brinewave Full-Face Snorkel Mask gives you "
     "a 180° panoramic view through anti-fog tempered glass, with a dry-top snorkel and a soft liquid silicone "
     "skirt. This one is aqua, sized adult S/M, and it has a detachable camera mount for your action cam. 1,276 "
     "snorkelers rate it 4.3 stars. With REEF30 it's $34.99 (regularly $49.99) through July 31."),
    ("fl1", "email_body", "Pool days need a flamingo. The Driftly Giant Flamingo Pool Float is 72 x 70 x 40 in of "
     "heavy-gauge PVC, holds up to 220 lb and fills through two rapid-inflate valves. A repair patch comes in the "
     "box. It's made for ages 12 and up, and it is not a life-saving device, so keep an eye on the water. FLOAT10 "
     "brings it to $30.60 from $34.00 until August 31. Only 9 left in stock."),
    ("at1", "email_body", "Thinking about a target for your new bow? Ours is 24 x 24 in of self-healing layered foam, 10 "
     "in deep, and rated for field points from bows up to 70 lb. Flip it over for a second printed face. $76.49 "
     "with BULLSEYE15 through April 30, delivered free."),
    ("pw1", "email_body", "Four nozzles, one afternoon, a cleaner house. Snap on the 40° for siding and fences, the 0° "
     "for stubborn stains on concrete. The Ridgeflow electric washer reaches 2000 PSI with an 1800 W motor and a 25 "
     "ft hose. Use RINSE20 before May 31: $143.20, free shipping.\n\nHappy cleaning,\nthe Ridgeflow team"),
    ("su1", "email_body", "You don't need a sushi bar, just a mat and some rice. Our 10-piece bamboo kit includes two "
     "rolling mats, a paddle, a spreader, five pairs of chopsticks and a rest, with a picture guide to walk you "
     "through it. $21.75 with ROLL25 until March 15, plus 10 nori sheets on us."),
    ("sn1", "email_body", "Snorkeling with a separate mask and mouthpiece isn't for everyone. The Brinewave Full-Face "
     "Snorkel Mask pairs a dry-top snorkel with a 180° panoramic view and a liquid silicone skirt. Adult S/M, aqua, "
     "camera mount included. REEF30 makes it $34.99 until July 31.\n\nSee you in the water,\nBrinewave"),
    ("fl1", "email_body", "The flamingo is back for summer. Blow it up through the two rapid-inflate valves, then float: "
     "it's 72 in long and holds up to 220 lb. For ages 12 and up. $30.60 with code FLOAT10 through August 31."),
    ("at1", "sms", "Fletchfield: 24x24 in foam archery target $76.49 w/ BULLSEYE15 + free shipping thru 4/30. Reply "
     "STOP to opt out"),
    ("pw1", "sms", "Ridgeflow: 2000 PSI electric pressure washer now $143.20 (reg $179) with RINSE20, ships free. Ends "
     "5/31. Reply STOP to unsubscribe"),
    ("su1", "sms", "Makiya: 10-pc bamboo sushi kit $21.75 w/ ROLL25 + free nori sheets til 3/15. 7 kits left. Reply "
     "STOP to opt out"),
    ("sn1", "sms", "Brinewave: full-face snorkel mask 30% off w/ REEF30, now $34.99 thru Jul 31. Txt STOP to opt out"),
    ("fl1", "sms", "Driftly: giant flamingo float $30.60 with FLOAT10 until 8/31. Only 9 left! Reply STOP to stop "
     "texts"),
    ("pw1", "sms", "Ridgeflow: clean the deck this weekend. 2000 PSI washer, $143.20 w/ code RINSE20. Free shipping. "
     "STOP to opt out"),
    ("sn1", "sms", "Brinewave: aqua full-face mask, adult S/M, $34.99 with REEF30 until July 31. Reply STOP to end"),
    ("at1", "push", "Range day at home\nSelf-healing foam target, $76.49 with BULLSEYE15."),
    ("pw1", "push", "Grime season is over\n2000 PSI electric washer, $143.20 with RINSE20, free shipping."),
    ("su1", "push", "Sushi night, solved\n10-piece bamboo kit, $21.75 + free nori with ROLL25."),
    ("sn1", "push", "Reef ready\nFull-face snorkel mask, $34.99 with REEF30 until Jul 31."),
    ("fl1", "push", "9 flamingos left 🦩\nGiant pool float, $30.60 with FLOAT10."),
    ("at1", "push", "Flip it, shoot again\nTwo printed faces, 24 x 24 in foam, 15% off with BULLSEYE15."),
    ("su1", "push", "Only 7 kits left\nMakiya bamboo sushi kit, $21.75 with ROLL25 through Mar 15."),
    ("at1", "social", "Thwack. Thwack. Thwack. 🎯 Our self-healing foam target takes field points from bows up to 70 "
     "lb. $76.49 with BULLSEYE15, ships free through April 30."),
    ("pw1", "social", "Before and after hits different 💦 2000 PSI, 1.2 GPM, four nozzles. $143.20 with RINSE20 until "
     "5/31."),
    ("su1", "social", "Sunday project: homemade maki 🍣 Our 10-piece bamboo sushi kit is $21.75 with ROLL25, and the "
     "nori's on us."),
    ("sn1", "social", "180° of reef in one look 🐠 Brinewave full-face snorkel mask, aqua, adult S/M. $34.99 with REEF30 "
     "through July 31."),
    ("fl1", "social", "Flamingo season 🦩☀️ 72 inches of float, 220 lb capacity, $30.60 with FLOAT10. #poolday"),
    ("pw1", "social", "Your driveway called. It wants the 0° nozzle 😅 Ridgeflow 2000 PSI electric washer, $143.20 "
     "shipped free with RINSE20."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("sn1", "push", "Full-face snorkel mask, now $34.99 with REEF30.", "warn", "style", "one_line_push"),
    ("pw1", "push", "Pressure washer deal: $143.20 with RINSE20 through May 31.", "warn", "style", "one_line_push"),
    ("fl1", "push", "Flamingo pool float, $30.60 using FLOAT10.", "warn", "style", "one_line_push"),
    ("at1", "email_body", "Foam target, $76.49.", "warn", "style", "short_body"),
    ("su1", "email_body", "Sushi kit: $21.75 with ROLL25.", "warn", "style", "short_body"),
    ("fl1", "email_body", "Flamingo float, 10% off.", "warn", "style", "short_body"),
    ("pw1", "email_body", "The Ridgeflow electric pressure washer reaches 2000 PSI and comes with four quick-connect "
     "nozzles. It's $143.20 with RINSE20 until May 31, and shipping is free", "warn", "style", "no_final_punctuation"),
    ("sn1", "email_body", "Our full-face snorkel mask has a 180° view and a dry-top snorkel. Use REEF30 by July 31 to "
     "get it for $34.99", "warn", "style", "no_final_punctuation"),
    ("at1", "email_body", "Fletchfield's foam target heals behind every field point and has a printed face on each "
     "side. With BULLSEYE15 it's $76.49 through April 30", "warn", "style", "no_final_punctuation"),
    ("su1", "email_subject", "Something's rolling your way this week", "warn", "style", "teaser_subject"),
    ("fl1", "email_subject", "You won't believe who's coming to your pool party", "warn", "style", "teaser_subject"),
    ("pw1", "email_subject", "Open this before you clean the deck", "warn", "style", "teaser_subject"),
    ("sn1", "email_subject", "Full-face snorkel mask, $34.99 #snorkeling", "warn", "style", "hashtag_in_email"),
    ("at1", "email_body", "Our 24 x 24 in self-healing foam target stops field points from bows up to 70 lb. $76.49 "
     "with BULLSEYE15, free shipping until April 30. #archery #backyardrange", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("pw1", "email_subject", "The 2000 PSI washer drops to $134.20 this month", "block", "truth", "wrong_price"),
    ("su1", "sms", "Makiya: bamboo sushi kit just $19.75 with ROLL25 til 3/15. Reply STOP to opt out", "block", "truth",
     "wrong_price"),
    ("at1", "social", "Was $109.99, now $76.49 🎯 Fletchfield foam target with BULLSEYE15.", "block", "truth",
     "wrong_was_price"),
    ("fl1", "email_body", "Make a splash for less. The Driftly Giant Flamingo Pool Float was $39.00 and is now $30.60 "
     "with FLOAT10 until August 31.", "block", "truth", "wrong_was_price"),
    ("sn1", "push", "35% off today\nFull-face snorkel mask, $34.99 (was $49.99) with REEF30.", "block", "truth",
     "discount_price_mismatch"),
    ("pw1", "email_body", "Save 20% on the Ridgeflow 2000 PSI Electric Pressure Washer: $149.20 instead of $179.00 "
     "with RINSE20, shipped free until May 31.", "block", "truth", "discount_price_mismatch"),
    ("su1", "email_subject", "Take 30% off our bamboo sushi kit until March 15", "block", "truth", "wrong_discount"),
    ("at1", "sms", "Fletchfield: 20% off the foam archery target w/ BULLSEYE15, ships free til 4/30. Reply STOP to opt "
     "out", "block", "truth", "wrong_discount"),
    ("sn1", "email_subject", "REEF30 ends July 13: grab the full-face mask", "block", "truth", "wrong_date"),
    ("fl1", "sms", "Driftly: FLOAT10 expires 8/21, flamingo float $30.60. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("pw1", "social", "No rush 😎 RINSE20 keeps the 2000 PSI washer at $143.20 all summer, right up to Labor Day.",
     "block", "truth", "deadline_after_end"),
    ("at1", "email_body", "Hunting season prep starts now. Our self-healing foam target is $76.49 with BULLSEYE15, and "
     "the code is good until June 30, so there's time to tune your bow first.", "block", "truth",
     "deadline_after_end"),
    ("su1", "push", "Handmade in Kyoto\nBamboo sushi kit, 10 pieces, $21.75 with ROLL25.", "block", "truth",
     "invented_origin"),
    ("at1", "email_subject", "American-made foam archery target, 15% off", "block", "truth", "invented_origin"),
    ("fl1", "social", "Soft-touch TPU that won't stick to your skin 🦩 Giant flamingo float, $30.60 with FLOAT10.",
     "block", "truth", "invented_material"),
    ("sn1", "email_body", "Light on your face: the Brinewave Full-Face Snorkel Mask has a polycarbonate lens and a soft "
     "silicone skirt, with a 180° view. $34.99 with REEF30 until July 31.", "block", "truth", "invented_material"),
    ("pw1", "push", "Hot water ready\nRidgeflow washer handles water up to 140°F. $143.20 with RINSE20.", "block",
     "truth", "invented_attribute"),
    ("su1", "email_body", "Every piece in our 10-piece bamboo kit is dishwasher safe, so cleanup takes seconds. $21.75 "
     "with ROLL25 until March 15, with 10 nori sheets free.", "block", "truth", "invented_attribute"),
    ("sn1", "social", "Winner of the 2026 Dive Gear Innovation Award 🏆 Brinewave full-face mask, $34.99 with REEF30.",
     "block", "truth", "invented_award"),
    ("fl1", "push", "Rated 4.8 by pool owners\nGiant flamingo float, $30.60 with FLOAT10.", "block", "truth",
     "rating_not_in_record"),
    ("su1", "social", "4.9 ⭐ from 600+ home cooks! Makiya bamboo sushi kit, $21.75 with ROLL25 🍣", "block", "truth",
     "rating_not_in_record"),
    ("pw1", "sms", "Ridgeflow: rated 4.8 stars by 2,114 owners! 2000 PSI washer $143.20 w/ RINSE20. Reply STOP to opt "
     "out", "block", "truth", "wrong_rating"),
    ("pw1", "email_subject", "3000 PSI of cleaning power for $143.20", "block", "truth", "wrong_spec"),
    ("at1", "push", "Stops bows up to 80 lb\nFletchfield foam target, $76.49 with BULLSEYE15.", "block", "truth",
     "wrong_spec"),
    ("sn1", "sms", "Brinewave: full-face snorkel mask $34.99 w/ REEF30, FREE shipping til 7/31. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("fl1", "email_subject", "Free hand pump with every flamingo float", "block", "truth", "gift_not_offered"),
    ("pw1", "push", "Last 5 units\n2000 PSI washer, $143.20 with RINSE20.", "block", "truth", "stock_claim"),
    ("su1", "push", "Sushi at home\n10-piece bamboo kit, $21.75 with SUSHI25.", "block", "truth", "wrong_code"),
    ("sn1", "email_subject", "Skip the Subea, get the full-face Brinewave for $34.99", "block", "truth",
     "other_brand"),
    ("at1", "social", "Target plus a 3-arrow starter set 🎯 $76.49 with BULLSEYE15, ships free.", "block", "truth",
     "invented_kind"),
    ("fl1", "email_body", "Giant Flamingo Pool Float, 72 x 70 x 40 in, holds 220 lb. Now €30.60 with FLOAT10 until "
     "August 31.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("sn1", "email_body", "Snorkeling in the Brinewave full-face mask opens your sinuses and eases asthma, because you "
     "breathe naturally the whole time. $34.99 with REEF30.", "block", "law", "medical_claim"),
    ("fl1", "social", "Floating on the flamingo melts away back pain and anxiety 🦩 $30.60 with FLOAT10.", "block",
     "law", "medical_claim"),
    ("at1", "email_body", "Archery is therapy: 20 minutes a day with our foam target lowers blood pressure and treats "
     "ADHD in kids. $76.49 with BULLSEYE15, free shipping.", "block", "law", "medical_claim"),
    ("pw1", "social", "The most powerful electric pressure washer on the planet 💪 $143.20 with RINSE20.", "block",
     "law", "absolute_claim"),
    ("su1", "email_subject", "The only sushi kit you will ever need, now $21.75", "block", "law", "absolute_claim"),
    ("at1", "push", "No pass-throughs, guaranteed for life\nFletchfield foam target, $76.49 with BULLSEYE15.", "block",
     "law", "guarantee_claim"),
    ("fl1", "email_body", "Our flamingo is 100% leak-proof, guaranteed, or we send you a new one free for the next five "
     "summers. $30.60 with FLOAT10 until August 31.", "block", "law", "guarantee_claim"),
    ("su1", "push", "3,200 kits sold this weekend\nMakiya bamboo sushi kit, $21.75 with ROLL25.", "block", "law",
     "fake_transaction"),
    ("pw1", "sms", "Ridgeflow: 2000 PSI electric washer $143.20 with RINSE20 + free shipping through 5/31.", "block",
     "law", "missing_opt_out"),
    ("sn1", "sms", "Brinewave: REEF30 = 30% off the full-face snorkel mask, $34.99 until Jul 31. Shop brinewave.com",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("fl1", "sms", "Driftly: Hi Carla, your order to 22 Palmetto Ct, Tampa FL 33611 qualifies for FLOAT10: flamingo "
     "$30.60. Reply STOP to opt out", "block", "safety", "pii"),
    ("at1", "email_body", "Dear Mr. Ostrowski, we have your card ending 5820 and date of birth 03/14/1979 on file. "
     "Reorder the foam target for $76.49 with BULLSEYE15.", "block", "safety", "pii"),
    ("pw1", "email_body", "Your neighbors will finally stop thinking you're a lazy slob. Blast that disgusting driveway "
     "with the Ridgeflow 2000 PSI washer, $143.20 with RINSE20.", "block", "safety", "toxicity"),
    ("sn1", "social", "Snorkeling isn't for fat people, but our full-face mask fits everyone else 🐠 $34.99 with "
     "REEF30.", "block", "safety", "toxicity"),
    ("su1", "email_body", "Sure! Here's a friendly promotional email for the Makiya sushi kit:\n\nRoll your own sushi "
     "with our 10-piece bamboo kit, $21.75 with ROLL25 until March 15.", "block", "safety", "prompt_echo"),
    ("fl1", "push", "Generate push notification (max 90 chars)\nFlamingo float $30.60 FLOAT10", "block", "safety",
     "prompt_echo"),
    ("pw1", "sms", "Ridgeflow: {{customer.first_name}}, the 2000 PSI washer is {{sale_price}} w/ RINSE20. Reply STOP "
     "to opt out", "block", "safety", "template_leak"),
    ("sn1", "push", "Hi <FIRST_NAME>\nFull-face snorkel mask, $34.99 with REEF30.", "block", "safety",
     "template_leak"),
    ("at1", "social", "Target practice, upgraded 🎯 $76.49 with BULLSEYE15 → tinyurl.com/ff-target15", "block",
     "safety", "link_not_allowed"),
    ("su1", "sms", "Makiya: sushi kit $21.75 w/ ROLL25, order at makiya-sushi-deals.net. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("pw1", "email_subject", "Ridg\u0435flow 2000 PSI washer, now $143.20 with RINSE20", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sn1", "email_subject", "Brinewave Full-Face Snorkel Mask in Aqua, Adult S/M: 180° Panoramic View, Anti-Fog "
     "Tempered Glass, Dry-Top Snorkel, Camera Mount, Now $34.99 With REEF30 Through July 31", "block", "form",
     "too_long"),
    ("at1", "sms", "Fletchfield: our Self-Healing Foam Archery Target (24 x 24 x 10 in, layered foam, two printed "
     "faces, 18 lb, stops field points from bows up to 70 lb) is now $76.49 instead of $89.99 with code BULLSEYE15, "
     "and shipping is free until April 30. Reply STOP to opt out", "block", "form", "too_long"),
    ("su1", "social", "Rolling mats, paddle, spreader and chopsticks, all in bamboo 🍣 $21.75 with ROLL25 and a free "
     "pack of", "block", "form", "truncated"),
    ("pw1", "email_body", "The Ridgeflow 2000 PSI Electric Pressure Washer comes with four quick-connect nozzles, a 25 "
     "ft hose and a 30 fl oz detergent tank. Through May 31, RINSE20 brings it down to $14", "block", "form",
     "truncated"),
    ("fl1", "email_body", "## Meet the Flamingo\n\n**Giant Flamingo Pool Float**\n* 72 x 70 x 40 in\n* holds 220 lb\n\n"
     "$30.60 with `FLOAT10` until August 31.", "block", "form", "markdown"),
    ("sn1", "push", "Reef ready\nFull-face mask â€“ $34.99 with REEF30 Ã¢â‚¬â€œ ends 7/31", "block", "form",
     "garbled_text"),
    ("at1", "email_subject", "Cible de tir à l'arc en mousse, 15 % de réduction", "block", "form", "wrong_language"),
    ("su1", "push", "寿司套装\n竹制寿司卷帘套装，使用ROLL25仅需$21.75。", "block", "form", "wrong_language"),
    ("fl1", "sms", "Driftly: flamingo float float float $30.60 $30.60 w/ FLOAT10 FLOAT10. Reply STOP to opt out",
     "block", "form", "repetition"),
    ("pw1", "social", "Clean it. Clean it. Clean it. Clean it. Clean it. 2000 PSI washer, $143.20 with RINSE20 💦",
     "block", "form", "repetition"),
]
