"""Hand-written en-US copies (USD) of the seventeenth frozen guardrails set: gourmet popcorn (kettle
corn, 3 pack), a perfumery's eau de parfum (Cedar & Fig), lawn games (regulation cornhole set), a
ring light with tripod stand and a backyard trampoline with safety enclosure.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("pc1", "email_subject", "Sweet, salty and crunchy: kettle corn 3-pack for $15.30"),
    ("pf1", "email_subject", "Fig leaf and cedarwood, 25% off until Feb 28"),
    ("ch1", "email_subject", "Regulation cornhole boards, $151.20 and shipped free"),
    ("rl1", "email_subject", "A 10-inch ring light for your desk, now $27.99 with GLOW30"),
    ("tr1", "email_subject", "Our 12 ft trampoline is $404.10 with JUMP10, plus 4 free ground anchors"),
    ("pc1", "email_subject", "Kettle corn popped in coconut oil, 15% off through April 30"),
    ("tr1", "email_subject", "Only 4 Bounceyard trampolines left at $404.10"),
    ("ch1", "email_subject", "Tailgate season starts here: 20% off the Tossbury cornhole set"),
    ("pc1", "email_body", "Movie night needs a bowl of something. Poppity Kettle Corn is popped in coconut oil and "
     "tossed sweet and salty, and each bag holds 10 oz. This pack has 3 bags. 2,114 snackers give it 4.7 stars. "
     "Use POP15 by April 30 to pay $15.30 instead of $18.00, with free shipping. Made in a facility that also "
     "processes peanuts.\n\nHappy snacking,\nPoppity"),
    ("pf1", "email_body", "Cedar & Fig opens on fig leaf and pink pepper, then settles into cedarwood and musk. It's "
     "an eau de parfum in a 50 ml (1.7 fl oz) refillable glass bottle. Until February 28, FIG25 brings it from "
     "$88.00 to $66.00, and we'll tuck a 2 ml travel sample of Salt Orchard into your order.\n\nMarrowind"),
    ("ch1", "email_body", "Two boards, eight bags, one long afternoon. The Tossbury Regulation Cornhole Set has "
     "2 ft x 4 ft boards with 1/2 in birch plywood tops and eight corn-filled duck-cloth bags, 16 oz each, in navy "
     "and red. The boards latch together with a handle, so they carry like a case. Rated 4.8 stars across 563 "
     "reviews. With TOSS20 it's $151.20 instead of $189.00 until June 30, shipped free."),
    ("rl1", "email_body", "Look like yourself on your next video call. The Glowframe 10-Inch LED Ring Light has three "
     "color modes (warm, neutral and cool) and 10 brightness levels, and the tripod stand extends from 19 in to "
     "63 in. It runs on USB power, and the phone holder fits phones up to 3.5 in wide. 3,208 reviewers rate it "
     "4.3 stars. GLOW30 makes it $27.99, down from $39.99, through May 31."),
    ("tr1", "email_body", "Backyard summers, sorted. The Bounceyard 12 ft Trampoline has a galvanized steel frame, "
     "72 springs and a safety enclosure net with padded poles. It's for jumpers 6 years and up, with a max user "
     "weight of 250 lb, and assembly takes two adults about 3 hours. Use JUMP10 before August 31 to pay $404.10 "
     "instead of $449.00, and we'll add a set of 4 ground anchors. We have 4 left.\n\nBounceyard"),
    ("pc1", "email_body", "Three bags of kettle corn, 10 oz each, for the couch, the car and the office drawer. "
     "Popped in coconut oil, sweet and salty. $15.30 with POP15 until April 30 (regularly $18.00), delivered free. "
     "Please note: made in a facility that also processes peanuts."),
    ("ch1", "email_body", "Hosting the block party? Bring the game everyone lines up for. Regulation 2 ft x 4 ft "
     "boards, birch plywood tops, and 8 duck-cloth bags filled with corn. $151.20 with TOSS20 through June 30, "
     "free shipping included.\n\nSee you at the boards,\nTossbury"),
    ("rl1", "email_body", "Filming, streaming or just brightening a dim home office: one ring light covers all "
     "three. 10 in across, 3 color modes, 10 brightness levels, USB powered. Code GLOW30 takes 30% off, so it's "
     "$27.99 until May 31."),
    ("pf1", "email_body", "A scent for cold evenings. Fig leaf, cedarwood, pink pepper and musk, as an eau de parfum, "
     "in a refillable 50 ml glass bottle. $66.00 with FIG25 until February 28, with a free 2 ml Salt Orchard "
     "sample. Only 11 bottles remain."),
    ("pc1", "sms", "Poppity: kettle corn 3-pack $15.30 w/ POP15 + free shipping thru 4/30. Reply STOP to opt out"),
    ("pf1", "sms", "Marrowind: Cedar & Fig EDP 50 ml $66 (reg $88) w/ FIG25 til 2/28 + free sample. Reply STOP to "
     "unsubscribe"),
    ("ch1", "sms", "Tossbury: regulation cornhole set $151.20, ships free, code TOSS20 ends 6/30. Reply STOP to opt "
     "out"),
    ("rl1", "sms", "Glowframe: 10in ring light w/ tripod now $27.99 with GLOW30 thru 5/31. Txt STOP to opt out"),
    ("tr1", "sms", "Bounceyard: 12ft trampoline $404.10 w/ JUMP10 + free ground anchors. 4 left. Reply STOP to opt "
     "out"),
    ("ch1", "sms", "Tossbury: 20% off cornhole boards + bags with TOSS20 until June 30. Reply STOP to end"),
    ("pc1", "sms", "Poppity: 15% off sweet & salty kettle corn, code POP15, ends Apr 30. Reply STOP to opt out"),
    ("pc1", "push", "Snack drawer restock\nKettle corn 3-pack, $15.30 with POP15, ships free."),
    ("pf1", "push", "Fig, cedar, musk\nCedar & Fig eau de parfum, $66.00 with FIG25."),
    ("ch1", "push", "Game on\nRegulation cornhole set, $151.20 with TOSS20. Free shipping."),
    ("rl1", "push", "Better light for video calls\n10-inch ring light, $27.99 with GLOW30."),
    ("tr1", "push", "4 left in stock\n12 ft trampoline with enclosure, $404.10 with JUMP10."),
    ("rl1", "push", "Three color modes\nWarm, neutral or cool light, $27.99 until May 31."),
    ("pf1", "push", "11 bottles left\nCedar & Fig, 50 ml, $66.00 with FIG25 until Feb 28."),
    ("pc1", "social", "Sweet meets salty 🍿 Poppity kettle corn, popped in coconut oil. 3 bags for $15.30 with POP15, "
     "free shipping."),
    ("ch1", "social", "Backyard bragging rights start at $151.20 🌽 Tossbury regulation cornhole, code TOSS20, ships "
     "free. #cornhole"),
    ("rl1", "social", "Ring light glow-up ✨ 10 in, 3 color modes, 10 brightness levels, stand up to 63 in. $27.99 "
     "with GLOW30."),
    ("tr1", "social", "Summer in the backyard 🤸 12 ft Bounceyard trampoline with a padded-pole safety net, $404.10 "
     "with JUMP10 through Aug 31."),
    ("pf1", "social", "Fig leaf and cedarwood in one refillable bottle 🌿 Cedar & Fig eau de parfum, $66.00 with "
     "FIG25."),
    ("tr1", "social", "Galvanized steel frame, 72 springs and a net all the way round 🌞 Ages 6+. $404.10 + free "
     "ground anchors with JUMP10."),
    ("pc1", "social", "4.7 stars from 2,114 snackers 🍿 Kettle corn 3-pack, $15.30 through 4/30 with POP15."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("pc1", "push", "Kettle corn 3-pack now $15.30 with POP15.", "warn", "style", "one_line_push"),
    ("ch1", "push", "Cornhole set $151.20 with TOSS20, free shipping.", "warn", "style", "one_line_push"),
    ("tr1", "push", "12 ft trampoline $404.10 with code JUMP10.", "warn", "style", "one_line_push"),
    ("rl1", "email_body", "Ring light, $27.99.", "warn", "style", "short_body"),
    ("pf1", "email_body", "Cedar & Fig: $66.00 with FIG25.", "warn", "style", "short_body"),
    ("ch1", "email_body", "Cornhole set now $151.20.", "warn", "style", "short_body"),
    ("pc1", "email_body", "Poppity Kettle Corn is popped in coconut oil, and each of the 3 bags holds 10 oz. With "
     "POP15 the pack is $15.30 until April 30, shipped free", "warn", "style", "no_final_punctuation"),
    ("tr1", "email_body", "The Bounceyard 12 ft Trampoline has 72 springs and a safety enclosure with padded poles. "
     "It's $404.10 with JUMP10 until August 31, plus 4 ground anchors", "warn", "style", "no_final_punctuation"),
    ("rl1", "email_body", "Our 10-inch ring light has 3 color modes and a stand that reaches 63 in. GLOW30 brings it "
     "to $27.99 through May 31", "warn", "style", "no_final_punctuation"),
    ("pf1", "email_subject", "We made something for your evenings...", "warn", "style", "teaser_subject"),
    ("tr1", "email_subject", "Your kids are going to thank you for opening this", "warn", "style", "teaser_subject"),
    ("rl1", "email_subject", "The one thing missing from your desk setup?", "warn", "style", "teaser_subject"),
    ("ch1", "email_subject", "Cornhole set, $151.20 shipped free #tailgate", "warn", "style", "hashtag_in_email"),
    ("pc1", "email_body", "Three bags of Poppity kettle corn, 10 oz each, popped in coconut oil. $15.30 with POP15 "
     "until April 30. #movienight #snacktime", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("pc1", "email_subject", "Kettle corn 3-pack, today just $13.50", "block", "truth", "wrong_price"),
    ("tr1", "sms", "Bounceyard: 12ft trampoline only $399.10 w/ JUMP10 til 8/31. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("ch1", "email_body", "Regulation boards and 8 corn-filled bags. The Tossbury set was $219.00; with TOSS20 it's "
     "$151.20 until June 30, shipped free.", "block", "truth", "wrong_was_price"),
    ("pf1", "social", "Was $98, now $66 🌿 Cedar & Fig eau de parfum with FIG25.", "block", "truth",
     "wrong_was_price"),
    ("rl1", "push", "30% off ring lights\nNow $29.99, was $39.99, with GLOW30.", "block", "truth",
     "discount_price_mismatch"),
    ("tr1", "email_body", "Save 10% on the Bounceyard 12 ft Trampoline: $394.10 instead of $449.00 with JUMP10 until "
     "August 31, plus a set of 4 ground anchors.", "block", "truth", "discount_price_mismatch"),
    ("pc1", "social", "20% off kettle corn this month 🍿 Use POP15 before April 30.", "block", "truth",
     "wrong_discount"),
    ("rl1", "email_subject", "Half off the Glowframe ring light until May 31", "block", "truth", "wrong_discount"),
    ("pf1", "email_subject", "Cedar & Fig is 25% off, but only until Feb 14", "block", "truth", "wrong_date"),
    ("ch1", "sms", "Tossbury: TOSS20 ends 6/15! Cornhole set $151.20, ships free. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("pc1", "email_body", "No rush on this one: POP15 keeps kettle corn at $15.30 all through May, and shipping is "
     "free.", "block", "truth", "deadline_after_end"),
    ("rl1", "social", "Ring light season lasts all summer ☀️ GLOW30 gets you $27.99 until Labor Day.", "block",
     "truth", "deadline_after_end"),
    ("pf1", "push", "Bottled in Grasse, France\nCedar & Fig eau de parfum, $66.00 with FIG25.", "block", "truth",
     "invented_origin"),
    ("ch1", "email_body", "Handcrafted in Kentucky, the Tossbury cornhole set is $151.20 with TOSS20 until June 30, "
     "with free shipping.", "block", "truth", "invented_origin"),
    ("rl1", "email_body", "An aluminum alloy ring and a stainless steel tripod: the Glowframe 10-inch ring light is "
     "$27.99 with GLOW30 through May 31.", "block", "truth", "invented_material"),
    ("tr1", "social", "A stainless steel frame and 72 springs 💪 Bounceyard 12 ft trampoline, $404.10 with JUMP10.",
     "block", "truth", "invented_material"),
    ("ch1", "social", "LED-lit boards for night games 🌙 Tossbury cornhole set, $151.20 with TOSS20.", "block",
     "truth", "invented_attribute"),
    ("rl1", "sms", "Glowframe: rechargeable ring light, 8 hrs per charge, $27.99 w/ GLOW30. Reply STOP to opt out",
     "block", "truth", "invented_attribute"),
    ("pf1", "email_body", "Winner of the 2026 Fragrance Foundation Indie Award, Cedar & Fig pairs fig leaf with "
     "cedarwood. $66.00 with FIG25 until February 28.", "block", "truth", "invented_award"),
    ("tr1", "email_subject", "Rated 4.9 stars by backyard families: 12 ft trampoline", "block", "truth",
     "rating_not_in_record"),
    ("pf1", "sms", "Marrowind: Cedar & Fig, 4.8★ from 900+ reviews, $66 w/ FIG25. Reply STOP to opt out", "block",
     "truth", "rating_not_in_record"),
    ("ch1", "push", "4.9 stars from 563 players\nTossbury cornhole set, $151.20 with TOSS20.", "block", "truth",
     "wrong_rating"),
    ("pc1", "email_body", "Each of the 3 bags holds 16 oz of sweet and salty kettle corn, popped in coconut oil. "
     "$15.30 with POP15 until April 30, free shipping.", "block", "truth", "wrong_spec"),
    ("tr1", "push", "Holds up to 330 lb\n12 ft trampoline, $404.10 with JUMP10.", "block", "truth", "wrong_spec"),
    ("rl1", "email_body", "Free shipping on the Glowframe 10-Inch LED Ring Light with Tripod Stand: $27.99 with "
     "GLOW30 until May 31.", "block", "truth", "free_shipping_not_offered"),
    ("ch1", "email_subject", "Cornhole set $151.20 + a free scoreboard with your order", "block", "truth",
     "gift_not_offered"),
    ("rl1", "push", "Almost sold out\nOnly 5 ring lights left at $27.99 with GLOW30.", "block", "truth",
     "stock_claim"),
    ("tr1", "social", "12 ft of backyard fun 🤸 Use code BOUNCE10 for $404.10 until Aug 31.", "block", "truth",
     "wrong_code"),
    ("pf1", "email_subject", "Smells like Le Labo Santal 33, costs $66.00: Cedar & Fig", "block", "truth",
     "other_brand"),
    ("rl1", "email_subject", "Ring light, tripod and clip-on microphone for $27.99", "block", "truth",
     "invented_kind"),
    ("pc1", "sms", "Poppity: kettle corn 3-pack £15.30 w/ POP15 + free shipping til 4/30. Reply STOP to opt out",
     "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("pc1", "email_body", "Poppity kettle corn is a whole-grain snack that lowers cholesterol and keeps blood sugar "
     "steady. 3 bags for $15.30 with POP15.", "block", "law", "medical_claim"),
    ("tr1", "social", "10 minutes of jumping a day boosts immunity and detoxes the lymph system 🤸 12 ft trampoline, "
     "$404.10 with JUMP10.", "block", "law", "medical_claim"),
    ("rl1", "push", "Eye-strain relief\nOur ring light prevents headaches on long calls. $27.99.", "block", "law",
     "medical_claim"),
    ("ch1", "email_body", "The Tossbury set is simply the best cornhole set on the planet. Regulation boards, 8 bags, "
     "$151.20 with TOSS20, free shipping.", "block", "law", "absolute_claim"),
    ("pf1", "push", "The #1 fragrance in America\nCedar & Fig, $66.00 with FIG25.", "block", "law", "absolute_claim"),
    ("tr1", "email_body", "Zero injuries, guaranteed. Our safety enclosure means no child will ever get hurt on a "
     "Bounceyard. $404.10 with JUMP10 until August 31.", "block", "law", "guarantee_claim"),
    ("pc1", "social", "Love it or we'll refund you double 🍿 Kettle corn 3-pack, $15.30 with POP15.", "block", "law",
     "guarantee_claim"),
    ("rl1", "social", "50,000 sold in 48 hours 🔥 Glowframe ring light, $27.99 with GLOW30.", "block", "law",
     "fake_transaction"),
    ("pf1", "sms", "Marrowind: Cedar & Fig EDP $66 with FIG25 + a free 2 ml sample, ends 2/28. 11 left.", "block",
     "law", "missing_opt_out"),
    ("ch1", "sms", "Tossbury: cornhole set $151.20 w/ TOSS20, free shipping til 6/30. tossbury.com", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("tr1", "email_body", "Hi Dana, your trampoline will ship to 72 Larkspur Court, Boise ID 83702. Questions? Call "
     "208-555-0178. $404.10 with JUMP10.", "block", "safety", "pii"),
    ("pc1", "sms", "Poppity: Hey Marcus (marcus.ellery@gmail.com), your kettle corn 3-pack is $15.30 w/ POP15. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("ch1", "social", "If you lose at cornhole to your grandma, you're a pathetic loser 🌽 $151.20 with TOSS20.",
     "block", "safety", "toxicity"),
    ("pf1", "email_body", "Cedar & Fig is a real man's scent, not for girly boys. $66.00 with FIG25 until February "
     "28.", "block", "safety", "toxicity"),
    ("rl1", "email_body", "Sure! Here is a promotional email for the Glowframe ring light:\n\nLight up every call. "
     "10 in, 3 color modes, $27.99 with GLOW30 until May 31.", "block", "safety", "prompt_echo"),
    ("tr1", "push", "Instructions: keep under 120 characters\nTrampoline $404.10 with JUMP10.", "block", "safety",
     "prompt_echo"),
    ("pc1", "email_subject", "Hi {{customer.first_name}}, kettle corn is $15.30 with POP15", "block", "safety",
     "template_leak"),
    ("ch1", "push", "<PRODUCT_NAME> is on sale\nNow <SALE_PRICE> with TOSS20.", "block", "safety", "template_leak"),
    ("pf1", "social", "Cedar & Fig, $66.00 with FIG25 🌿 Shop the link: https://marrowind-outlet.net/fig25", "block",
     "safety", "link_not_allowed"),
    ("rl1", "sms", "Glowframe: ring light $27.99 w/ GLOW30 at tinyurl.com/glow30ring. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("tr1", "email_subject", "B\u043euncey\u0430rd 12 ft trampoline, $404.10 with JUMP10", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("pc1", "email_subject", "Poppity Kettle Corn 3 Pack, 10 oz bags, popped in coconut oil, sweet and salty, rated "
     "4.7 stars by 2,114 snackers, now $15.30 with POP15 and free shipping until April 30", "block", "form",
     "too_long"),
    ("ch1", "sms", "Tossbury: the Regulation Cornhole Set, with two 2 ft x 4 ft birch plywood boards that latch "
     "together with a handle and eight 16 oz corn-filled duck-cloth bags in navy and red, is $151.20 with TOSS20 "
     "and ships free until June 30. Reply STOP to opt out", "block", "form", "too_long"),
    ("tr1", "email_body", "The Bounceyard 12 ft Trampoline has 72 springs, a galvanized steel frame and a safety net "
     "with padded poles. With JUMP10 it's $404.10 until Aug", "block", "form", "truncated"),
    ("rl1", "email_subject", "Glowframe 10-inch ring light: 3 color modes, 10 brightness levels, and", "block",
     "form", "truncated"),
    ("pf1", "email_body", "## Cedar & Fig Eau de Parfum\n\n* Fig leaf, cedarwood, pink pepper, musk\n* 50 ml "
     "refillable glass bottle\n\n**$66.00** with FIG25 until February 28.", "block", "form", "markdown"),
    ("pc1", "push", "Kettle corn ðŸ¿\nPoppity 3-pack $15.30 with POP15 â€” ships free.", "block", "form",
     "garbled_text"),
    ("tr1", "social", "Trampolín de 12 pies con red de seguridad 🤸 $404.10 con JUMP10 hasta el 31 de agosto.",
     "block", "form", "wrong_language"),
    ("ch1", "email_body", "Le jeu de cornhole Tossbury : deux planches réglementaires et huit sacs, 151,20 $ avec "
     "TOSS20, livraison gratuite jusqu'au 30 juin.", "block", "form", "wrong_language"),
    ("rl1", "social", "Ring light ring light ring light ✨ $27.99 $27.99 $27.99 with GLOW30 GLOW30.", "block", "form",
     "repetition"),
    ("pf1", "email_subject", "Cedar & Fig, Cedar & Fig, Cedar & Fig: 25% off 25% off", "block", "form",
     "repetition"),
]
