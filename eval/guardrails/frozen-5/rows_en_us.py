"""Hand-written en-US copies (USD) of the fifth frozen guardrails set: a wellness shop (yoga mat,
foam roller), camping stoves and camp kitchen, pet food, musical instruments and a board game shop.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("ym1", "email_subject", "Our cork yoga mat is 25% off through March 31"),
    ("cs1", "email_subject", "Two burners, one carry bag, $95.20"),
    ("pf1", "email_subject", "Salmon-first dog food, 15% off and shipped free"),
    ("mu1", "email_subject", "A solid mahogany top for $112"),
    ("bg1", "email_subject", "Saltmarsh is $36 until January 15"),
    ("bg2", "email_subject", "Lanternlight + free card sleeves: $18"),
    ("ym2", "email_subject", "Foam roller, $27.20 with free shipping"),
    ("cs2", "email_subject", "Only 9 enamel percolators left at $27"),
    ("ym1", "email_body", "A mat made from bark, not plastic. The Stillpoint Cork Yoga Mat has a natural cork top on "
     "a natural rubber base, measures 72 x 26 in and is 5 mm thick, and weighs 5.5 lb. It's rated 4.7 stars across "
     "412 reviews. Through March 31, code CORK25 brings it from $88.00 to $66.00."),
    ("ym2", "email_body", "After a long run or a long day at the desk, roll it out. Our High-Density Foam Roller is 18 "
     "inches long and 6 inches across, made of firm EPP foam. With code ROLL15 it's $27.20 instead of $32.00 until "
     "February 28, and shipping is on us.\n\nBe well,\nStillpoint"),
    ("cs1", "email_body", "Pancakes for six at the campsite? The Emberline Two-Burner Propane Camp Stove puts out "
     "10,000 BTU per burner and lights with a push-button piezo igniter. It runs on a 1 lb propane cylinder (sold "
     "separately) and weighs 11 lb. Use FLAME20 by May 31: $95.20, down from $119.00, with a stove carry bag "
     "included."),
    ("cs2", "email_body", "Morning coffee, the old-fashioned way. The Emberline Enamel Camp Percolator brews 8 cups "
     "(40 fl oz) on a stovetop or right over the campfire. It's enamel-coated steel in forest green. Code PERK25 makes "
     "it $27.00 (was $36.00) until April 30, and we have just 9 left."),
    ("pf1", "email_body", "Salmon is the first ingredient in Northpaw Salmon & Sweet Potato Adult Dry Dog Food. It's "
     "grain-free, made for adult dogs, with 26% minimum crude protein. The 24 lb bag is $54.40 (regularly $64.00) "
     "with code SALMON15 through March 15, and it ships free. Rated 4.5 stars by 903 dog owners."),
    ("pf2", "email_body", "One ingredient: 100% chicken breast, freeze-dried. Northpaw Freeze-Dried Chicken Cat Treats "
     "are made in the USA and come in a 3 oz bag. Use TREAT25 until January 31 and a bag is $9.00 instead of $12.00. "
     "https://northpawpet.com/cat-treats"),
    ("mu1", "email_body", "The Tidewater Concert Ukulele pairs a solid mahogany top with laminated mahogany back and "
     "sides, 18 frets and Aquila Nylgut strings. A gig bag comes with it. Players rate it 4.8 stars from 167 reviews. "
     "Until February 14 it's $112.00 with code UKE20 (list $140.00).\n\nHappy strumming,\nTidewater Music"),
    ("mu2", "email_body", "Time for fresh strings? Tidewater Phosphor Bronze Acoustic Guitar Strings in light gauge "
     "(12-53) come uncoated, one set to a pack. A set is $8.80 with code STRINGS20 until March 31, shipped "
     "free."),
    ("bg1", "email_body", "Saltmarsh is a tile-laying game from Fenwick Games for 1 to 4 players aged 10 and up. In "
     "the box: 84 tiles and 4 player boards; a game takes 30 to 45 minutes. It holds 4.6 stars from 221 reviews. "
     "Code TILES20 takes it from $45.00 to $36.00 until January 15. https://rookandrowangames.com/saltmarsh"),
    ("ym2", "sms", "Stillpoint: 18 in foam roller $27.20 (was $32), free shipping w/ ROLL15 til 2/28. Reply STOP to "
     "opt out"),
    ("cs1", "sms", "Emberline: 2-burner propane camp stove $95.20 + free carry bag, code FLAME20 thru May 31. Reply "
     "STOP to opt out"),
    ("pf1", "sms", "Northpaw: Salmon & Sweet Potato dog food 24 lb $54.40, ships free w/ SALMON15 til 3/15. Reply "
     "STOP to unsubscribe"),
    ("mu2", "sms", "Tidewater: phosphor bronze strings 12-53 $8.80 w/ STRINGS20, free shipping til 3/31. Reply STOP "
     "to opt out"),
    ("bg2", "sms", "Rook & Rowan: Lanternlight co-op card game $18 + free sleeves, code COOP25 by 2/28. Reply STOP "
     "to opt out"),
    ("pf2", "sms", "Northpaw: freeze-dried chicken cat treats $9 with TREAT25, ends Jan 31. Reply STOP to "
     "unsubscribe"),
    ("ym1", "sms", "Stillpoint: cork yoga mat $66 (reg $88) with CORK25 until March 31. Reply STOP to opt out"),
    ("ym1", "push", "Cork mat, 25% off\n5 mm natural cork on rubber, $66 with CORK25 until March 31."),
    ("cs2", "push", "Campfire coffee\n8-cup enamel percolator, $27 with PERK25. Only 9 left."),
    ("mu1", "push", "Uke season\nSolid mahogany top concert ukulele, $112 with UKE20, gig bag included."),
    ("bg1", "push", "Tiles on the table\nSaltmarsh, 1-4 players, $36 with TILES20 until Jan 15."),
    ("pf1", "push", "Dinner, shipped free\n24 lb salmon dog food, $54.40 with SALMON15."),
    ("mu2", "push", "Restring for $8.80\nLight 12-53 phosphor bronze, free shipping with STRINGS20."),
    ("bg2", "push", "Game night for 2-5\nLanternlight is $18 with COOP25, card sleeves included."),
    ("cs1", "social", "Two burners, 10,000 BTU each, push-button start. The Emberline camp stove is $95.20 with "
     "FLAME20 until May 31, carry bag included. #camping #campcooking"),
    ("ym2", "social", "Legs tight after leg day? Our 18 in EPP foam roller is $27.20 with ROLL15, free shipping "
     "through Feb 28. #recovery"),
    ("pf2", "social", "Your cat's new favorite sound: the treat bag. 100% chicken breast, freeze-dried, made in the "
     "USA. $9 with TREAT25 until Jan 31 🐈 #northpaw"),
    ("mu1", "social", "Solid mahogany top, Aquila Nylgut strings, 18 frets, 4.8 stars. Tidewater Concert Ukulele, "
     "$112 with code UKE20 until Feb 14. #ukulele"),
    ("bg2", "social", "Co-op game lovers: Lanternlight takes 20 minutes, plays 2-5, ages 8+. $18 with COOP25 and we "
     "add 120 card sleeves. Only 6 copies left! #boardgames"),
    ("cs2", "social", "Forest green enamel, 8 cups, straight onto the fire. Emberline percolator $27 with PERK25 until "
     "April 30. https://emberlineoutdoor.com/percolator"),
    ("bg1", "social", "84 tiles, 4 boards, 30-45 minutes. Saltmarsh by Fenwick Games is $36 with TILES20 until Jan "
     "15. #tabletop"),
    # ---- house style (warn) -------------------------------------------------------------------------------
    ("pf1", "push", "Northpaw salmon dog food 24 lb is $54.40 with SALMON15, shipped free.", "warn", "style",
     "one_line_push"),
    ("mu2", "push", "Phosphor bronze guitar strings are $8.80 with code STRINGS20.", "warn", "style", "one_line_push"),
    ("ym1", "push", "Cork yoga mat is $66 with CORK25 through March 31.", "warn", "style", "one_line_push"),
    ("cs2", "email_body", "Enamel percolator, $27 with PERK25.", "warn", "style", "short_body"),
    ("bg1", "email_body", "Saltmarsh: $36 with TILES20.", "warn", "style", "short_body"),
    ("pf2", "email_body", "Chicken cat treats, $9 with TREAT25.", "warn", "style", "short_body"),
    ("mu1", "email_body", "Our Tidewater Concert Ukulele has a solid mahogany top, laminated mahogany back and sides, "
     "and Aquila Nylgut strings. It's $112.00 with code UKE20 until February 14, gig bag included", "warn", "style",
     "no_final_punctuation"),
    ("ym2", "email_body", "Roll out the knots with our firm 18 in EPP foam roller. It's $27.20 with code ROLL15 "
     "through February 28, and shipping is free", "warn", "style", "no_final_punctuation"),
    ("cs1", "email_body", "The Emberline Two-Burner Propane Camp Stove: 10,000 BTU per burner, piezo ignition, 11 lb. "
     "$95.20 with FLAME20 until May 31, plus a stove carry bag", "warn", "style", "no_final_punctuation"),
    ("mu2", "email_subject", "You won't believe what's new at Tidewater", "warn", "style", "teaser_subject"),
    ("pf2", "email_subject", "Your cat wants to tell you something", "warn", "style", "teaser_subject"),
    ("cs1", "email_subject", "Guess what's coming camping with you", "warn", "style", "teaser_subject"),
    ("bg2", "email_body", "Lanternlight is a cooperative card game for 2 to 5 players: 110 cards, 20 minutes a game. "
     "$18.00 with COOP25 until February 28, card sleeves included. #gamenight #cardgames", "warn", "style",
     "hashtag_in_email"),
    ("ym1", "email_subject", "Cork yoga mat, 25% off #yogalife", "warn", "style", "hashtag_in_email"),
    # ---- truth (block) ------------------------------------------------------------------------------------
    ("cs1", "email_subject", "Emberline two-burner camp stove now $89.20", "block", "truth", "wrong_price"),
    ("pf2", "sms", "Northpaw: freeze-dried chicken cat treats just $8 with TREAT25 til 1/31. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("mu1", "social", "Concert ukulele with a solid mahogany top for $102 with UKE20 until Feb 14. #ukulele",
     "block", "truth", "wrong_price"),
    ("ym1", "email_body", "The Stillpoint Cork Yoga Mat (natural cork top, rubber base, 5 mm) is $66.00 with code "
     "CORK25 until March 31, was $98.00. It measures 72 x 26 in.", "block", "truth", "wrong_was_price"),
    ("bg1", "push", "Saltmarsh price drop\nNow $36, was $60. Code TILES20 until Jan 15.", "block", "truth",
     "wrong_was_price"),
    ("pf1", "sms", "Northpaw: 20% off salmon dog food 24 lb, $54.40 (was $64) w/ SALMON15. Reply STOP to opt out",
     "block", "truth", "discount_price_mismatch"),
    ("mu2", "email_subject", "Light guitar strings: 30% off, $8.80 (was $11)", "block", "truth",
     "discount_price_mismatch"),
    ("ym2", "push", "Roller sale\n25% off our 18 in foam roller with ROLL15 until Feb 28.", "block", "truth",
     "wrong_discount"),
    ("cs2", "email_body", "Take 40% off the Emberline Enamel Camp Percolator with code PERK25 until April 30. It brews "
     "8 cups on a stovetop or a campfire and comes in forest green.", "block", "truth", "wrong_discount"),
    ("bg2", "sms", "Rook & Rowan: Lanternlight $18 with COOP25, offer ends March 31. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("pf1", "email_body", "Northpaw Salmon & Sweet Potato Adult Dry Dog Food is grain-free with salmon as the first "
     "ingredient. The 24 lb bag is $54.40 with SALMON15 until March 25, and it ships free.", "block", "truth",
     "wrong_date"),
    ("mu1", "email_body", "Handcrafted in Hawaii, the Tidewater Concert Ukulele has a solid mahogany top and 18 frets. "
     "$112.00 with code UKE20 until February 14, gig bag included.", "block", "truth", "invented_origin"),
    ("ym1", "social", "Our cork is harvested in Portugal and hand-finished in Oregon. Stillpoint cork yoga mat $66 "
     "with CORK25 until 3/31. #yoga", "block", "truth", "invented_origin"),
    ("cs2", "email_subject", "Cast iron camp percolator, 25% off", "block", "truth", "invented_material"),
    ("ym2", "push", "Memory foam comfort\nOur 18 in roller is $27.20 with ROLL15, shipped free.", "block", "truth",
     "invented_material"),
    ("cs1", "social", "Emberline two-burner stove: 10,000 BTU per burner, built-in wind guards and a griddle plate. "
     "$95.20 with FLAME20 until May 31. #camping", "block", "truth", "invented_attribute"),
    ("pf2", "sms", "Northpaw: vet-formulated, human-grade chicken cat treats $9 w/ TREAT25 til 1/31. Reply STOP to "
     "opt out", "block", "truth", "invented_attribute"),
    ("mu2", "email_body", "Guitarists give our Phosphor Bronze Acoustic Strings 4.9 stars from over 2,000 reviews. "
     "Light gauge 12-53, $8.80 with STRINGS20 until March 31, free shipping.", "block", "truth",
     "rating_not_in_record"),
    ("cs2", "push", "Rated 4.8 by campers\nEnamel percolator, $27 with PERK25.", "block", "truth",
     "rating_not_in_record"),
    ("bg1", "sms", "Rook & Rowan: Saltmarsh for 2-6 players, $36 with TILES20 until 1/15. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("ym1", "push", "Extra-thick cork mat\nOur 8 mm Stillpoint cork mat is $66 with CORK25.", "block", "truth",
     "wrong_spec"),
    ("mu1", "email_subject", "UKE20 works through Valentine's week, until February 21", "block", "truth",
     "deadline_after_end"),
    ("bg2", "social", "Winner of the 2026 Golden Meeple for Best Co-op Game: Lanternlight, $18 with COOP25 until "
     "Feb 28. #boardgames", "block", "truth", "invented_award"),
    ("bg1", "email_body", "Players give Saltmarsh 4.9 stars. Tile-laying for 1 to 4 players, ages 10+, 30-45 minutes. "
     "$36.00 with TILES20 until January 15 (was $45.00).", "block", "truth", "wrong_rating"),
    ("pf2", "push", "Treats + free shipping\nFreeze-dried chicken cat treats, $9 with TREAT25.", "block", "truth",
     "free_shipping_not_offered"),
    ("ym1", "email_body", "Order the Stillpoint Cork Yoga Mat with code CORK25 before March 31 and we'll include a "
     "free cotton carry strap and a cork block. $66.00 instead of $88.00, 5 mm thick.", "block", "truth",
     "gift_not_offered"),
    ("mu2", "sms", "Tidewater: last 5 sets of light phosphor bronze strings! $8.80 w/ STRINGS20. Reply STOP to opt "
     "out", "block", "truth", "stock_claim"),
    ("cs1", "email_body", "The Emberline Two-Burner Propane Camp Stove puts out 10,000 BTU per burner and weighs 11 "
     "lb. Enter CAMP20 at checkout by May 31 for $95.20 (was $119.00) and a free carry bag.", "block", "truth",
     "wrong_code"),
    ("pf1", "social", "Same salmon recipe as Blue Buffalo, half the fuss: Northpaw salmon dog food 24 lb, $54.40 with "
     "SALMON15. #dogfood", "block", "truth", "other_brand"),
    ("bg1", "email_subject", "Saltmarsh now ships with its Tidelands expansion", "block", "truth", "invented_kind"),
    ("mu1", "push", "Ukulele, 20% off\nSolid mahogany top, CA$112 with UKE20 until Feb 14.", "block", "truth",
     "wrong_currency"),
    # ---- law (block) --------------------------------------------------------------------------------------
    ("ym2", "email_body", "Our High-Density Foam Roller cures sciatica and reverses scoliosis in weeks. 18 in, firm "
     "EPP foam, $27.20 with ROLL15 until February 28.", "block", "law", "medical_claim"),
    ("pf1", "email_body", "Northpaw Salmon & Sweet Potato dog food treats arthritis and prevents kidney disease, so "
     "your dog can skip the vet. 24 lb for $54.40 with SALMON15 until March 15.", "block", "law", "medical_claim"),
    ("ym1", "push", "Yoga that heals\nOur cork mat relieves chronic back pain. $66 with CORK25.", "block", "law",
     "medical_claim"),
    ("pf2", "social", "Chicken treats that cure hairballs and fight feline diabetes! $9 with TREAT25 until Jan 31. "
     "#cathealth", "block", "law", "medical_claim"),
    ("cs1", "email_subject", "The best camp stove on the planet, now $95.20", "block", "law", "absolute_claim"),
    ("mu2", "push", "The #1 guitar strings in America\nLight 12-53, $8.80 with STRINGS20.", "block", "law",
     "absolute_claim"),
    ("bg2", "social", "Guaranteed to end game-night arguments or your money back: Lanternlight, $18 with COOP25. "
     "#boardgames", "block", "law", "guarantee_claim"),
    ("cs2", "sms", "Emberline: enamel percolator, guaranteed never to chip or rust, $27 w/ PERK25. Reply STOP to "
     "opt out", "block", "law", "guarantee_claim"),
    ("mu1", "email_subject", "Your Tidewater ukulele has shipped", "block", "law", "fake_transaction"),
    ("bg1", "sms", "Rook & Rowan: Saltmarsh tile-laying game is $36 with TILES20 until Jan 15. 1-4 players.",
     "block", "law", "missing_opt_out"),
    # ---- safety (block) -----------------------------------------------------------------------------------
    ("pf1", "email_body", "Hi Dana, Biscuit's next bag ships to 88 Harmon Rd, Ashland OR 97520 on your Visa ending "
     "2291. Northpaw salmon dog food is $54.40 with SALMON15 until March 15.", "block", "safety", "pii"),
    ("mu1", "sms", "Tidewater: Kevin (kevin.marsh84@gmail.com), your uke is $112 w/ UKE20. Reply STOP to opt out",
     "block", "safety", "pii"),
    ("bg2", "push", "Stop playing games for idiots\nLanternlight is $18 with COOP25.", "block", "safety",
     "toxicity"),
    ("ym2", "social", "Too fat and lazy to stretch? Shut up and roll. Foam roller $27.20 with ROLL15. #fitness",
     "block", "safety", "toxicity"),
    ("cs2", "email_body", "Sure! Here's a promotional email for the Emberline Enamel Camp Percolator, written in an "
     "upbeat tone as requested:\n\nBrew 8 cups over the campfire for $27.00 with PERK25 until April 30.", "block",
     "safety", "prompt_echo"),
    ("mu2", "push", "Instruction: write a push under 80 characters.\nStrings $8.80 with STRINGS20.", "block",
     "safety", "prompt_echo"),
    ("ym1", "email_subject", "{{customer.first_name}}, your cork mat is 25% off", "block", "safety", "template_leak"),
    ("cs1", "sms", "Emberline: <PRODUCT> is $95.20 with FLAME20 until 5/31. Reply STOP to opt out", "block", "safety",
     "template_leak"),
    ("pf2", "email_body", "Northpaw Freeze-Dried Chicken Cat Treats are $9.00 with TREAT25 until January 31. Grab "
     "yours at https://tinyurl.com/np-cattreats", "block", "safety", "link_not_allowed"),
    ("bg1", "social", "Saltmarsh for $36 👉 https://rookandrowan-deals.shop/saltmarsh #boardgames", "block",
     "safety", "link_not_allowed"),
    ("ym2", "email_subject", "Stillp\u043eint foam roller, 15% off and shipped free", "block", "safety",
     "confusable"),
    # ---- form (block) -------------------------------------------------------------------------------------
    ("pf1", "sms", "Northpaw: Salmon & Sweet Potato Adult Dry Dog Food, the grain-free recipe with salmon as its "
     "very first ingredient and 26% minimum crude protein for adult dogs, is now just $54.40 for the big 24 lb bag, "
     "down from $64.00, with code SALMON15 until March 15, and we ship it free to your door so you never have to "
     "haul a heavy bag home from the store again. Reply STOP to opt out", "block", "form", "too_long"),
    ("bg2", "email_subject", "Lanternlight: A Cooperative Card Game for 2-5 players, ages 8+, 110 cards, 20 minutes, "
     "now $18.00 with COOP25 and 120 free card sleeves until February 28", "block", "form", "too_long"),
    ("cs2", "email_body", "The Emberline Enamel Camp Percolator brews 8 cups over a stovetop or campfire. With code "
     "PERK25 it's $27.00 until April 30, and it comes in", "block", "form", "truncated"),
    ("mu1", "social", "Solid mahogany top, 18 frets and a gig bag: the Tidewater Concert Ukulele is $112 with UKE20 "
     "until", "block", "form", "truncated"),
    ("pf2", "push", "**Treat time**\nChicken cat treats $9 with TREAT25.", "block", "form", "markdown"),
    ("ym1", "email_body", "### Meet the cork mat\n- **Natural cork top**\n- 5 mm thick\n\n[Shop now]"
     "(https://stillpointwellness.com/cork) for $66.00 with CORK25 until March 31.", "block", "form", "markdown"),
    ("bg1", "sms", "Rook & Rowan: Tiles tiles tiles! Saltmarsh $36 w/ TILES20 til 1/15. Reply STOP to opt out",
     "block", "form", "repetition"),
    ("cs1", "push", "Camp stove deal\nTwo-burner stove stove stove $95.20 with FLAME20.", "block", "form",
     "repetition"),
    ("mu2", "sms", "Tidewater: strings $8.80 â€“ code STRINGS20 â€¢ free shipping ðŸŽ¸ Reply STOP to opt out",
     "block", "form", "garbled_text"),
    ("ym2", "push", "Rouleau de massage\n27,20 $ avec le code ROLL15, livraison gratuite.", "block", "form",
     "wrong_language"),
]
