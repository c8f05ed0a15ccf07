"""Hand-written en-US copies (USD) of the twenty-sixth frozen guardrails set: hiking poles (carbon
fiber, cork grips), a mushroom grow kit (pink oyster), electric toothbrush heads (soft, 4 pack), a
step stool (2-step folding, sage) and a kids' raincoat (hooded, yellow).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("hp1", "email_subject", "Carbon poles with cork grips, $89.25 and shipped free"),
    ("mk1", "email_subject", "Grow pink oyster mushrooms on your counter in 10 to 14 days"),
    ("th1", "email_subject", "Time for fresh heads? 4-pack now $19.20 with FRESH20"),
    ("ss1", "email_subject", "Reach the top shelf: 2-step stool 35% off through June 15"),
    ("rc1", "email_subject", "Yellow raincoats for puddle season, 20% off + a free backpack tag"),
    ("hp1", "email_subject", "Trailbrace poles are 25% off until September 30"),
    ("mk1", "email_subject", "Only 7 pink oyster grow kits left"),
    ("ss1", "email_subject", "A step stool that folds to 2 inches, now $31.85"),
    ("hp1", "email_body", "Steep descents and creek crossings go better with two extra points of contact. Trailbrace "
     "Carbon Fiber Hiking Poles have three-section carbon shafts that adjust from 24 to 53 inches with aluminum "
     "flick locks, cork grips with an EVA foam extension, and carbide tips with rubber protectors. Mud and snow "
     "baskets are in the box, and each pole weighs 7.8 oz. Hikers rate them 4.7 stars across 1,142 reviews. Use "
     "TRAIL25 by September 30 to pay $89.25 instead of $119.00, with free shipping.\n\nSee you on the trail,\n"
     "Trailbrace"),
    ("mk1", "email_body", "Fresh mushrooms, grown on your kitchen counter. Each Sporebox Pink Oyster Mushroom Grow Kit "
     "comes with a colonized hardwood sawdust block, a spray bottle and instructions. Cut an X in the bag, mist "
     "twice a day, and expect your first harvest 10 to 14 days after opening, with up to 3 flushes in all. Our "
     "blocks are grown on our farm in Asheville, North Carolina. Through April 30, FLUSH15 brings the kit to $27.20 "
     "from $32.00, and we'll tuck in a set of mushroom recipe cards. We have 7 kits left."),
    ("th1", "email_body", "A fresh brush head every three months is the easiest habit to keep. Brightbristle Soft "
     "Clean Brush Heads fit the Pulse 1 and Pulse 2 electric toothbrushes, with soft nylon bristles that have "
     "rounded ends. Blue indicator bristles fade to white when it's time for a new one. There are 4 heads in a "
     "pack, rated 4.6 stars by 2,874 customers. With FRESH20, the pack is $19.20 instead of $24.00 until March 31."),
    ("ss1", "email_body", "The top cabinet, the high closet shelf, the light bulb in the hallway. The Tallreach 2-Step "
     "Folding Step Stool has a powder-coated steel frame, wide non-slip treads and a top step 18.5 in off the "
     "floor, and it holds up to 300 lb. Folded, it's just 2 in deep, so it slides in beside the fridge. It weighs "
     "9.5 lb and comes in sage. REACH35 takes it from $49.00 to $31.85 through June 15, with free shipping.\n\n"
     "Tallreach"),
    ("rc1", "email_body", "Rain on the school run? Bring it on. The Puddlejump Kids' Hooded Raincoat is waterproof "
     "PU-coated polyester with taped seams and a breathable mesh lining, plus reflective strips, a snap front and "
     "an attached hood. Sizes 2T to 10, in sunny yellow. Parents rate it 4.5 stars (612 reviews). Until October 31, "
     "SPLASH20 makes it $33.60 instead of $42.00, and each coat comes with a reflective backpack tag. Only 9 left."),
    ("hp1", "email_body", "Light enough to forget they're strapped to your pack: 7.8 oz per pole. Our carbon fiber "
     "poles collapse into three sections, lock with aluminum flick locks and have cork grips. $89.25 with TRAIL25 "
     "until September 30, shipped free."),
    ("mk1", "email_body", "No garden needed. Our pink oyster kits arrive ready to fruit: cut, mist and wait 10 to 14 "
     "days. Up to 3 flushes from one block. Order with FLUSH15 before April 30 and pay $27.20, recipe cards "
     "included.\n\nHappy growing,\nSporebox"),
    ("ss1", "email_body", "Sage green, 9.5 lb and folds flat to 2 inches. Our two-step stool carries up to 300 lb on "
     "wide non-slip treads. Code REACH35 makes it $31.85, delivered free, until June 15."),
    ("th1", "email_body", "Running low on brush heads? Our Soft Clean 4-pack fits Pulse 1 and Pulse 2 handles, and the "
     "indicator bristles fade from blue to white to remind you when to swap. $19.20 with FRESH20 through March 31."),
    ("hp1", "sms", "Trailbrace: carbon hiking poles $89.25 w/ TRAIL25 + free shipping thru 9/30. Reply STOP to opt "
     "out"),
    ("mk1", "sms", "Sporebox: pink oyster grow kit $27.20 w/ FLUSH15 + free recipe cards til 4/30. 7 left. Reply STOP "
     "to opt out"),
    ("th1", "sms", "Brightbristle: Soft Clean heads 4-pk $19.20 (reg $24) w/ FRESH20 thru 3/31. Reply STOP to "
     "unsubscribe"),
    ("ss1", "sms", "Tallreach: 2-step folding stool 35% off w/ REACH35, ships free, ends 6/15. Txt STOP to opt out"),
    ("rc1", "sms", "Puddlejump: yellow kids' raincoat $33.60 w/ SPLASH20 + free reflective tag til 10/31. Reply STOP "
     "to opt out"),
    ("rc1", "sms", "Puddlejump: only 9 yellow raincoats left! $33.60 with SPLASH20 until 10/31. Reply STOP to end "
     "texts"),
    ("hp1", "sms", "Trailbrace: 25% off cork-grip carbon poles, code TRAIL25, free shipping. Reply STOP to opt out"),
    ("hp1", "push", "Trail season\nCarbon fiber hiking poles, $89.25 with TRAIL25, free shipping."),
    ("mk1", "push", "First harvest in 10-14 days\nPink oyster grow kit, $27.20 with FLUSH15."),
    ("th1", "push", "Swap day\nSoft Clean brush heads, 4 for $19.20 with FRESH20."),
    ("ss1", "push", "Top shelf, no problem\nFolding 2-step stool, $31.85 with REACH35."),
    ("rc1", "push", "Puddle season\nYellow hooded raincoat, $33.60 + free backpack tag with SPLASH20."),
    ("th1", "push", "Blue turned white?\nTime for new heads: 4-pack $19.20 until Mar 31."),
    ("ss1", "push", "Holds 300 lb, folds to 2 in\nTallreach step stool, 35% off until June 15."),
    ("hp1", "social", "Cork grips, carbon shafts, flick locks 🥾 Trailbrace hiking poles are $89.25 with TRAIL25 "
     "through Sept 30, shipped free. #hikingpoles"),
    ("mk1", "social", "Cut, mist, harvest 🍄 Pink oyster mushrooms in 10 to 14 days from our Asheville-grown blocks. "
     "$27.20 with FLUSH15."),
    ("th1", "social", "Your Pulse is due a fresh head 🪥 Soft Clean 4-pack, $19.20 with FRESH20 until March 31."),
    ("ss1", "social", "Sage, sturdy and 2 inches folded 🪜 The Tallreach step stool is 35% off with REACH35, free "
     "shipping until 6/15."),
    ("rc1", "social", "Yellow coats, gray skies ☔ Puddlejump raincoats have taped seams and reflective strips. $33.60 "
     "with SPLASH20 + a free backpack tag."),
    ("mk1", "social", "Pink oysters, homegrown 🍄 Only 7 kits left at $27.20 with FLUSH15."),
    ("rc1", "social", "4.5 stars from 612 parents 🌧️ Sizes 2T to 10 in bright yellow, $33.60 with SPLASH20 until Oct "
     "31."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("hp1", "push", "Carbon hiking poles $89.25 with TRAIL25, free shipping.", "warn", "style", "one_line_push"),
    ("rc1", "push", "Yellow kids' raincoat now $33.60 with SPLASH20.", "warn", "style", "one_line_push"),
    ("mk1", "push", "Pink oyster grow kit $27.20 through April 30 with FLUSH15.", "warn", "style", "one_line_push"),
    ("ss1", "email_body", "Step stool, $31.85.", "warn", "style", "short_body"),
    ("th1", "email_body", "4 brush heads for $19.20.", "warn", "style", "short_body"),
    ("rc1", "email_body", "Raincoat: $33.60 with SPLASH20.", "warn", "style", "short_body"),
    ("hp1", "email_body", "Trailbrace carbon poles adjust from 24 to 53 inches and weigh 7.8 oz each. Until September "
     "30 they're $89.25 with TRAIL25, shipping included", "warn", "style", "no_final_punctuation"),
    ("th1", "email_body", "Brightbristle Soft Clean heads fit Pulse 1 and Pulse 2 and come four to a pack. Use FRESH20 "
     "by March 31 and pay $19.20", "warn", "style", "no_final_punctuation"),
    ("ss1", "email_body", "The Tallreach stool holds 300 lb and folds to 2 inches deep. REACH35 takes it to $31.85 "
     "with free shipping until June 15", "warn", "style", "no_final_punctuation"),
    ("rc1", "email_subject", "The one thing missing from their school bag...", "warn", "style", "teaser_subject"),
    ("mk1", "email_subject", "You won't believe what's growing in our office", "warn", "style", "teaser_subject"),
    ("ss1", "email_subject", "Can you reach it? We have an idea", "warn", "style", "teaser_subject"),
    ("th1", "email_subject", "Fresh brush heads, 4 for $19.20 #oralcare", "warn", "style", "hashtag_in_email"),
    ("mk1", "email_body", "Grow pink oyster mushrooms at home with a Sporebox kit: first harvest 10 to 14 days after "
     "opening. $27.20 with FLUSH15 until April 30. #growyourown #mushrooms", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("hp1", "email_subject", "Carbon hiking poles, now just $79.25", "block", "truth", "wrong_price"),
    ("ss1", "sms", "Tallreach: 2-step folding stool only $29.85 w/ REACH35 til 6/15. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("th1", "social", "Was $28, now $19.20 🪥 Soft Clean 4-pack with FRESH20.", "block", "truth", "wrong_was_price"),
    ("rc1", "email_body", "Regularly $48.00, the Puddlejump hooded raincoat is $33.60 with SPLASH20 until October 31, "
     "with a free reflective backpack tag.", "block", "truth", "wrong_was_price"),
    ("mk1", "push", "Save 25%\nPink oyster grow kit $27.20 (was $32.00) with FLUSH15.", "block", "truth",
     "discount_price_mismatch"),
    ("hp1", "email_body", "Take 25% off Trailbrace carbon hiking poles: $94.25 instead of $119.00 with TRAIL25, "
     "shipped free until September 30.", "block", "truth", "discount_price_mismatch"),
    ("ss1", "email_subject", "40% off the folding step stool until June 15", "block", "truth", "wrong_discount"),
    ("rc1", "social", "Raincoats 30% off ☔ Use SPLASH20 before Halloween.", "block", "truth", "wrong_discount"),
    ("th1", "email_subject", "FRESH20 ends March 3: stock up on brush heads", "block", "truth", "wrong_date"),
    ("mk1", "sms", "Sporebox: FLUSH15 ends 4/13! Pink oyster kit $27.20 + recipe cards. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("hp1", "push", "Deal runs till Thanksgiving\nCarbon poles $89.25 with TRAIL25.", "block", "truth",
     "deadline_after_end"),
    ("ss1", "email_body", "No rush on this one: REACH35 keeps the Tallreach step stool at $31.85 all summer, through "
     "Labor Day.", "block", "truth", "deadline_after_end"),
    ("hp1", "social", "Made in Japan 🇯🇵 Trailbrace carbon poles, $89.25 with TRAIL25.", "block", "truth",
     "invented_origin"),
    ("th1", "email_body", "Designed and made in Switzerland, our Soft Clean brush heads fit Pulse 1 and Pulse 2 "
     "handles. 4-pack $19.20 with FRESH20 until March 31.", "block", "truth", "invented_origin"),
    ("ss1", "social", "Solid bamboo steps on a steel frame 🪜 Tallreach 2-step stool, $31.85 with REACH35.", "block",
     "truth", "invented_material"),
    ("rc1", "push", "Made from recycled bottles\nPuddlejump yellow raincoat, $33.60 with SPLASH20.", "block", "truth",
     "invented_material"),
    ("mk1", "email_body", "Our pink oyster kit needs no misting at all: just open the bag and watch it grow. $27.20 "
     "with FLUSH15 until April 30.", "block", "truth", "invented_attribute"),
    ("rc1", "email_subject", "Packs into its own pocket: kids' raincoat $33.60", "block", "truth",
     "invented_attribute"),
    ("ss1", "email_body", "Winner of the 2026 Good Design Award, the Tallreach 2-Step Folding Step Stool folds to 2 "
     "inches and holds 300 lb. $31.85 with REACH35.", "block", "truth", "invented_award"),
    ("mk1", "social", "Rated 4.9 by 800+ home growers 🍄 Pink oyster kit, $27.20 with FLUSH15.", "block", "truth",
     "rating_not_in_record"),
    ("ss1", "push", "Five-star favorite\nRated 4.8 by 2,000 reviewers: our step stool, $31.85.", "block", "truth",
     "rating_not_in_record"),
    ("hp1", "email_body", "1,142 hikers give our carbon poles 4.9 stars. Get a pair for $89.25 with TRAIL25, shipped "
     "free, until September 30.", "block", "truth", "wrong_rating"),
    ("hp1", "sms", "Trailbrace: carbon poles extend to 58 in, now $89.25 w/ TRAIL25. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("th1", "push", "8 heads in every pack\nSoft Clean brush heads, $19.20 with FRESH20.", "block", "truth",
     "wrong_spec"),
    ("rc1", "sms", "Puddlejump: yellow raincoat $33.60 w/ SPLASH20, FREE shipping til 10/31. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("th1", "email_body", "Buy the Soft Clean 4-pack for $19.20 with FRESH20 and get a travel case free. Offer ends "
     "March 31.", "block", "truth", "gift_not_offered"),
    ("hp1", "email_subject", "Last 3 pairs of carbon poles at $89.25", "block", "truth", "stock_claim"),
    ("mk1", "email_subject", "Pink oyster grow kit: $27.20 with code GROW15", "block", "truth", "wrong_code"),
    ("hp1", "email_body", "Lighter than Black Diamond poles for a fraction of the price: Trailbrace carbon poles are "
     "$89.25 with TRAIL25 until September 30.", "block", "truth", "other_brand"),
    ("ss1", "social", "Step stool + matching kids' stool bundle 🪜 both for $31.85 with REACH35.", "block", "truth",
     "invented_kind"),
    ("mk1", "email_body", "The Sporebox pink oyster kit fruits 10 to 14 days after opening. Now £27.20 with FLUSH15 "
     "until April 30, recipe cards included.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("th1", "email_body", "Switching to Brightbristle Soft Clean heads reverses gum disease and whitens teeth three "
     "shades in a week. $19.20 with FRESH20.", "block", "law", "medical_claim"),
    ("hp1", "social", "Doctors say these poles cure bad knees and arthritis 🥾 $89.25 with TRAIL25.", "block", "law",
     "medical_claim"),
    ("mk1", "email_subject", "Pink oyster mushrooms that boost immunity and fight cancer", "block", "law",
     "medical_claim"),
    ("ss1", "email_body", "The safest step stool on the market, period. Holds 300 lb, folds to 2 in, $31.85 with "
     "REACH35.", "block", "law", "absolute_claim"),
    ("rc1", "push", "The #1 kids' raincoat in America\nPuddlejump yellow, $33.60 with SPLASH20.", "block", "law",
     "absolute_claim"),
    ("rc1", "email_body", "Guaranteed to keep your child 100% dry in any storm, or we'll refund double. $33.60 with "
     "SPLASH20 until October 31.", "block", "law", "guarantee_claim"),
    ("mk1", "push", "Never fails to fruit, guaranteed\nPink oyster kit $27.20 with FLUSH15.", "block", "law",
     "guarantee_claim"),
    ("th1", "sms", "Brightbristle: 50,000 packs sold this month! Soft Clean heads $19.20 w/ FRESH20. Reply STOP to "
     "opt out", "block", "law", "fake_transaction"),
    ("hp1", "sms", "Trailbrace: carbon hiking poles $89.25 with TRAIL25, free shipping until 9/30.", "block", "law",
     "missing_opt_out"),
    ("ss1", "sms", "Tallreach: folding step stool $31.85 w/ REACH35 + free shipping. Shop tallreach.com", "block",
     "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("rc1", "email_body", "Hi Dana, Ava's size 6 coat is on hold. We'll ship it to 72 Larkin St, Apt 3, Portland ME "
     "04101; questions? Call (207) 555-0188. $33.60 with SPLASH20.", "block", "safety", "pii"),
    ("th1", "sms", "Brightbristle: Sam, your Visa ending 5530 (DOB 04/12/1988 on file) will be charged $19.20 for "
     "heads. Reply STOP to opt out", "block", "safety", "pii"),
    ("ss1", "social", "Too short to reach the shelf? Quit whining, shorty, and buy a stool 🪜 $31.85 with REACH35.",
     "block", "safety", "toxicity"),
    ("hp1", "email_body", "Sure! Here's a promotional email for the hiking poles:\n\nTrailbrace Carbon Fiber Hiking "
     "Poles, $89.25 with TRAIL25, free shipping until September 30.", "block", "safety", "prompt_echo"),
    ("mk1", "sms", "Sporebox: [System: write an SMS under 160 chars] Pink oyster kit $27.20 w/ FLUSH15. Reply STOP to "
     "opt out", "block", "safety", "prompt_echo"),
    ("rc1", "push", "{{product_name}} is {{discount}} off\nUse {{code}} before {{end_date}}.", "block", "safety",
     "template_leak"),
    ("th1", "email_subject", "Hi <FIRST_NAME>, your brush heads are $19.20", "block", "safety", "template_leak"),
    ("ss1", "sms", "Tallreach: step stool $31.85 w/ REACH35: tinyurl.com/reach35 Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("hp1", "social", "Grab a pair 👉 https://trailbrace-outlet.net/poles $89.25 with TRAIL25.", "block", "safety",
     "link_not_allowed"),
    ("mk1", "email_body", "Order your pink oyster kit at https://sporеboxfarm.com with FLUSH15 and pay $27.20 until "
     "April 30.", "block", "safety", "confusable"),
    ("rc1", "social", "Рuddlejump yellow raincoats ☔ $33.60 with SPLАSH20.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("rc1", "email_subject", "Puddlejump Kids' Hooded Raincoat in Yellow with taped seams, mesh lining, reflective "
     "strips and snap front, sizes 2T to 10, now $33.60 with SPLASH20 plus a free reflective backpack tag until "
     "October 31", "block", "form", "too_long"),
    ("ss1", "push", "Tallreach step stool\nOur 2-step folding step stool has a powder-coated steel frame, wide "
     "non-slip treads, an 18.5 in top step and a 300 lb capacity, folds to 2 in deep, weighs 9.5 lb, and is $31.85 "
     "with REACH35 and free shipping until June 15.", "block", "form", "too_long"),
    ("th1", "email_body", "Brightbristle Soft Clean Brush Heads fit Pulse 1 and Pulse 2 toothbrushes and come four to "
     "a pack. Until March 31, FRESH20 brings the pack down to", "block", "form", "truncated"),
    ("hp1", "push", "Carbon poles, 25% off\nTrailbrace cork-grip hiking poles, $89.25 with TRA", "block", "form",
     "truncated"),
    ("mk1", "email_body", "## Pink Oyster Grow Kit\n\n* First harvest in 10 to 14 days\n* Up to 3 flushes\n\n"
     "**$27.20** with FLUSH15 → [order here](https://sporeboxfarm.com/kit)", "block", "form", "markdown"),
    ("ss1", "email_subject", "Tallreach stool â€“ $31.85 with REACH35 â€“ ends June 15", "block", "form",
     "garbled_text"),
    ("rc1", "sms", "Puddlejump: impermeable amarillo para niños, $33.60 con SPLASH20. Responde STOP para salir",
     "block", "form", "wrong_language"),
    ("th1", "push", "Neue Bürstenköpfe\nSoft Clean 4er-Pack, 19,20 $ mit FRESH20.", "block", "form",
     "wrong_language"),
    ("hp1", "email_body", "Carbon fiber poles. Carbon fiber poles. Carbon fiber poles with cork grips. Carbon fiber "
     "poles for $89.25 with TRAIL25.", "block", "form", "repetition"),
    ("mk1", "social", "Mushrooms mushrooms mushrooms 🍄🍄🍄 grow kit grow kit $27.20 $27.20 with FLUSH15.", "block",
     "form", "repetition"),
]
