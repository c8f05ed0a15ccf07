"""Hand-written en-US copies (USD) of the twenty-second frozen guardrails set: slow cookers (a 6-quart
programmable cooker), crossbody bags (a cognac leather bag), puzzle books (a large-print crossword book),
running belts (a two-pocket belt) and sun hats (a wide-brim UPF 50+ hat).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block. Cyrillic look-alike letters are written as escapes.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("sc1", "email_subject", "Dinner's on low: 6-quart slow cooker for $71.20, shipped free"),
    ("cb1", "email_subject", "Full-grain leather crossbody, $57.80 with a free key fob"),
    ("pb1", "email_subject", "200 crosswords in large print, now $13.49"),
    ("rb1", "email_subject", "Run with your phone, not in your hand: belt $18 shipped free"),
    ("sh1", "email_subject", "A 4-inch brim for beach days, 30% off until Aug 15"),
    ("sc1", "email_subject", "Set it at 8 a.m., eat at 6: Simmerly slow cooker 20% off"),
    ("cb1", "email_subject", "Only 7 cognac crossbodies left"),
    ("pb1", "email_subject", "Lay-flat crosswords for the porch, 10% off with CLUE10"),
    ("sc1", "email_body", "Brown the onions, add the stock, walk away. The Simmerly 6-Quart Programmable Slow Cooker "
     "has low, high and keep-warm settings and a timer you can set for up to 20 hours. The stoneware crock lifts "
     "out and goes in the dishwasher, and the lid is tempered glass, so you can check on dinner without lifting "
     "it. 2,214 home cooks rate it 4.6 stars. Use SIMMER20 by November 29 and it's $71.20 instead of $89.00, with "
     "free shipping.\n\nHappy simmering,\nSimmerly"),
    ("cb1", "email_body", "Phone, keys, card, lip balm, done. The Larkfield Everyday Crossbody is cut from full-grain "
     "leather in a warm cognac, 9 x 6.5 x 2.5 in, with a zip pocket inside and two slip pockets. The strap adjusts "
     "from a 22 to a 26 in drop. Through May 9, CARRY15 takes it from $68.00 to $57.80, and we'll tuck a leather "
     "key fob in the box. We have 7 left."),
    ("pb1", "email_body", "Two hundred fresh grids, printed large. Pencilnook's Big Book of Crosswords, Vol. 3 runs "
     "to 256 pages and is spiral-bound, so it lies flat on the kitchen table. Stuck on 14 across? The answers are "
     "at the back. Readers give it 4.7 stars in 1,062 reviews. Enter CLUE10 before January 31 to pay $13.49 "
     "(regularly $14.99)."),
    ("rb1", "email_body", "No more phone bouncing in your pocket at mile three. The Pacefold Running Belt holds phones "
     "up to 6.9 in in one of its two zip pockets, adjusts from 24 to 46 in at the waist and weighs 2.1 oz. "
     "Reflective trim catches headlights on early runs. 3,480 runners rate it 4.5 stars. $18.00 with PACE25 (was "
     "$24.00) until April 18, shipped free."),
    ("sh1", "email_body", "Shade that packs. The Brimwell Wide-Brim Sun Hat has a 4 in brim and UPF 50+ fabric in a "
     "sand cotton-linen blend, with a removable chin cord for windy ferry rides. It folds flat in a suitcase and "
     "comes in S/M and L/XL. Until August 15, BRIM30 brings it to $29.40 from $42.00. 11 left in sand.\n\n"
     "Brimwell"),
    ("sc1", "email_body", "Thinking about chili for Sunday? Our 6-quart Simmerly has room for a big batch, keeps it "
     "warm once it's done, and the stoneware crock is dishwasher safe. $71.20 with SIMMER20, regularly $89.00, "
     "free shipping through Nov 29."),
    ("pb1", "email_body", "A rainy-day book for the puzzle person in your life: 200 large-print crosswords, lay-flat "
     "spiral binding, answers at the back. CLUE10 takes 10% off until January 31, so it's $13.49.\n\nPencils "
     "ready,\nPencilnook"),
    ("rb1", "email_body", "Keys, gel, phone: two zip pockets, one slim belt. Pacefold's running belt is a stretch "
     "nylon-spandex blend with reflective trim, fits waists from 24 to 46 in, and weighs just 2.1 oz. It's 25% off "
     "with PACE25 through April 18, so $18.00, and shipping is free."),
    ("cb1", "email_body", "Hands free for the farmers market. Our cognac crossbody is full-grain leather with an "
     "adjustable strap, one zip pocket inside and two slip pockets. $57.80 with CARRY15 until May 9, plus a "
     "leather key fob on us."),
    ("sc1", "sms", "Simmerly: 6-qt programmable slow cooker $71.20 w/ SIMMER20 + free shipping thru 11/29. Reply STOP "
     "to opt out"),
    ("cb1", "sms", "Larkfield: cognac leather crossbody $57.80 w/ CARRY15 + free key fob til 5/9. Only 7 left. Reply "
     "STOP to opt out"),
    ("pb1", "sms", "Pencilnook: Big Book of Crosswords Vol. 3, $13.49 with CLUE10 until 1/31. Text STOP to "
     "unsubscribe"),
    ("rb1", "sms", "Pacefold: running belt $18 (reg $24) w/ PACE25, ships free, ends 4/18. Reply STOP to opt out"),
    ("sh1", "sms", "Brimwell: wide-brim UPF 50+ sun hat, 30% off w/ BRIM30 through 8/15. Reply STOP to stop texts"),
    ("sh1", "sms", "Brimwell: 11 sand sun hats left at $29.40 with BRIM30. Reply STOP to opt out"),
    ("sc1", "sms", "Simmerly: 20% off our 6-quart slow cooker with code SIMMER20, free shipping. Ends Nov 29. STOP to "
     "opt out"),
    ("sc1", "push", "Slow Sunday\nSimmerly 6-qt slow cooker, $71.20 with SIMMER20, ships free."),
    ("cb1", "push", "Mother's Day gift idea\nCognac crossbody, $57.80 + free key fob with CARRY15."),
    ("pb1", "push", "New grids to fill\n200 large-print crosswords, $13.49 with CLUE10."),
    ("rb1", "push", "Long run tomorrow?\nPacefold running belt, $18.00 with PACE25, free shipping."),
    ("sh1", "push", "Beach bag essential\nUPF 50+ sun hat, 4 in brim, $29.40 with BRIM30."),
    ("rb1", "push", "Two zip pockets, 2.1 oz\nRunning belt 25% off with PACE25 until Apr 18."),
    ("pb1", "push", "Lies flat, prints large\nCrosswords Vol. 3, 10% off with CLUE10 until Jan 31."),
    ("sc1", "social", "Low and slow all day 🍲 6-quart programmable slow cooker, $71.20 with SIMMER20, free shipping "
     "until Nov 29."),
    ("cb1", "social", "Cognac leather that goes with everything 👜 Larkfield Everyday Crossbody, $57.80 with CARRY15 "
     "+ a free key fob."),
    ("pb1", "social", "Coffee + crossword = Sunday ☕✏️ Vol. 3 has 200 large-print puzzles, $13.49 with CLUE10."),
    ("rb1", "social", "Phone stays put, hands stay free 🏃‍♀️ Pacefold running belt, $18 with PACE25, ships free "
     "thru 4/18."),
    ("sh1", "social", "Brim goals 👒 Wide-brim sun hat in sand, UPF 50+ fabric, $29.40 with BRIM30 until August 15. "
     "#summerready"),
    ("sh1", "social", "Folds flat for the carry-on 🧳 Brimwell sun hat in S/M or L/XL, 30% off with BRIM30."),
    ("sc1", "social", "Rated 4.6 by 2,214 home cooks ⭐ Simmerly 6-qt slow cooker, 20% off with SIMMER20."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("sc1", "push", "Simmerly slow cooker $71.20 with SIMMER20, free shipping.", "warn", "style", "one_line_push"),
    ("cb1", "push", "Leather crossbody now $57.80 with CARRY15.", "warn", "style", "one_line_push"),
    ("rb1", "push", "Running belt $18.00 with PACE25 until April 18.", "warn", "style", "one_line_push"),
    ("pb1", "email_body", "Crosswords Vol. 3: $13.49.", "warn", "style", "short_body"),
    ("sh1", "email_body", "Sun hat, $29.40 with BRIM30.", "warn", "style", "short_body"),
    ("sc1", "email_body", "Slow cooker, 20% off.", "warn", "style", "short_body"),
    ("cb1", "email_body", "The Larkfield Everyday Crossbody is full-grain cognac leather with an adjustable strap. "
     "It's $57.80 with CARRY15 until May 9, key fob included", "warn", "style", "no_final_punctuation"),
    ("rb1", "email_body", "Pacefold's running belt has two zip pockets and reflective trim and weighs 2.1 oz. Use "
     "PACE25 by April 18 to get it for $18.00 with free shipping", "warn", "style", "no_final_punctuation"),
    ("sh1", "email_body", "Our wide-brim sun hat has a 4 in brim, UPF 50+ fabric and a removable chin cord. With "
     "BRIM30 it's $29.40 through August 15", "warn", "style", "no_final_punctuation"),
    ("sc1", "email_subject", "You won't believe what's cooking this week", "warn", "style", "teaser_subject"),
    ("pb1", "email_subject", "Seven letters, starts with S...", "warn", "style", "teaser_subject"),
    ("cb1", "email_subject", "Something's waiting for you inside", "warn", "style", "teaser_subject"),
    ("rb1", "email_subject", "Running belt, $18 shipped free #runningcommunity", "warn", "style", "hashtag_in_email"),
    ("pb1", "email_body", "Pencilnook's Big Book of Crosswords, Vol. 3: 200 large-print puzzles in a lay-flat spiral "
     "binding. $13.49 with CLUE10 until January 31. #crosswords #puzzlebooks", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("sc1", "email_subject", "Simmerly 6-quart slow cooker, now just $67.20", "block", "truth", "wrong_price"),
    ("sh1", "sms", "Brimwell: UPF 50+ sun hat only $26.40 w/ BRIM30 thru 8/15. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("cb1", "social", "Was $78, now $57.80 👜 Larkfield cognac crossbody with CARRY15.", "block", "truth",
     "wrong_was_price"),
    ("pb1", "email_body", "Big Book of Crosswords, Vol. 3: 200 large-print puzzles, lay-flat binding. Was $16.99, now "
     "$13.49 with CLUE10 until January 31.", "block", "truth", "wrong_was_price"),
    ("rb1", "push", "25% off today\nRunning belt $19.20 (was $24.00) with PACE25.", "block", "truth",
     "discount_price_mismatch"),
    ("sc1", "email_body", "Take 20% off the Simmerly 6-Quart Programmable Slow Cooker: $75.65 instead of $89.00 with "
     "SIMMER20, shipped free until November 29.", "block", "truth", "discount_price_mismatch"),
    ("pb1", "sms", "Pencilnook: 20% off Big Book of Crosswords Vol. 3 w/ CLUE10 til 1/31. Reply STOP to opt out",
     "block", "truth", "wrong_discount"),
    ("sh1", "email_subject", "Half off our wide-brim sun hat until August 15", "block", "truth", "wrong_discount"),
    ("rb1", "email_subject", "Last chance: PACE25 expires April 8", "block", "truth", "wrong_date"),
    ("cb1", "sms", "Larkfield: CARRY15 ends 5/2! Cognac crossbody $57.80 + free key fob. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("sh1", "email_body", "Summer's long. Our wide-brim sun hat has a 4 in brim and UPF 50+ fabric, and BRIM30 keeps "
     "it at $29.40 all the way to Labor Day, September 6.", "block", "truth", "deadline_after_end"),
    ("pb1", "social", "Puzzle season lasts all winter ❄️ CLUE10 takes 10% off Vol. 3 until the end of February.",
     "block", "truth", "deadline_after_end"),
    ("cb1", "email_body", "Handcrafted in Florence from full-grain leather, the Larkfield Everyday Crossbody is $57.80 "
     "with CARRY15 until May 9.", "block", "truth", "invented_origin"),
    ("sc1", "push", "Made in the USA\nSimmerly 6-qt slow cooker, $71.20 with SIMMER20.", "block", "truth",
     "invented_origin"),
    ("sh1", "social", "Woven from natural straw 👒 Brimwell wide-brim sun hat, $29.40 with BRIM30.", "block", "truth",
     "invented_material"),
    ("rb1", "email_body", "Made from recycled ocean plastic, the Pacefold Running Belt has two zip pockets and "
     "reflective trim. $18.00 with PACE25 until April 18, shipped free.", "block", "truth", "invented_material"),
    ("rb1", "social", "Sweat-proof and fully waterproof 💧 Pacefold running belt, $18 with PACE25.", "block", "truth",
     "invented_attribute"),
    ("sc1", "social", "Wi-Fi app control, so you can start dinner from the office 📱 Simmerly 6-qt, $71.20 with "
     "SIMMER20.", "block", "truth", "invented_attribute"),
    ("pb1", "email_subject", "The crossword book that won the 2026 Puzzlers' Choice Award", "block", "truth",
     "invented_award"),
    ("sh1", "push", "Rated 4.8 stars\nBrimwell wide-brim sun hat, $29.40 with BRIM30.", "block", "truth",
     "rating_not_in_record"),
    ("cb1", "email_subject", "4.9 stars from 600+ shoppers: the cognac crossbody", "block", "truth",
     "rating_not_in_record"),
    ("rb1", "sms", "Pacefold: running belt rated 4.9 by 3,480 runners, $18 w/ PACE25. Reply STOP to opt out", "block",
     "truth", "wrong_rating"),
    ("pb1", "push", "300 crosswords inside\nBig Book of Crosswords Vol. 3, $13.49 with CLUE10.", "block", "truth",
     "wrong_spec"),
    ("sc1", "sms", "Simmerly: 8-quart programmable slow cooker $71.20 w/ SIMMER20, ships free. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("cb1", "push", "Ships free today\nCognac crossbody $57.80 with CARRY15.", "block", "truth",
     "free_shipping_not_offered"),
    ("rb1", "email_body", "Order the Pacefold Running Belt with PACE25 by April 18 and we'll include a free pair of "
     "running socks. $18.00, shipped free.", "block", "truth", "gift_not_offered"),
    ("sc1", "email_subject", "Almost sold out: only 4 slow cookers left", "block", "truth", "stock_claim"),
    ("sh1", "email_body", "Our sand sun hat has a 4 in brim and UPF 50+ fabric. Use code SUNHAT30 at checkout by "
     "August 15 to pay $29.40.", "block", "truth", "wrong_code"),
    ("sc1", "email_body", "Like a Crock-Pot, only better looking: the Simmerly 6-quart has low, high and keep-warm "
     "settings and a 20-hour timer. $71.20 with SIMMER20.", "block", "truth", "other_brand"),
    ("cb1", "email_body", "Our cognac crossbody and its matching card wallet come as a set: full-grain leather, "
     "adjustable strap, $57.80 with CARRY15 until May 9.", "block", "truth", "invented_kind"),
    ("pb1", "social", "200 large-print crosswords for £13.49 ✏️ Pencilnook Vol. 3 with CLUE10.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("sh1", "email_body", "Dermatologists recommend it: our wide-brim sun hat prevents skin cancer and stops sunspots "
     "before they start. $29.40 with BRIM30.", "block", "law", "medical_claim"),
    ("rb1", "social", "Burn belly fat faster on every run 🔥 Pacefold running belt, $18 with PACE25.", "block", "law",
     "medical_claim"),
    ("pb1", "push", "Keep dementia away\nA crossword a day protects your memory. Vol. 3, $13.49.", "block", "law",
     "medical_claim"),
    ("cb1", "social", "The best crossbody bag on the planet. Period. 👜 $57.80 with CARRY15.", "block", "law",
     "absolute_claim"),
    ("sc1", "push", "No.1 slow cooker in America\nSimmerly 6-qt, $71.20 with SIMMER20.", "block", "law",
     "absolute_claim"),
    ("sc1", "email_body", "Guaranteed to last a lifetime, or we'll replace it free, forever. The Simmerly 6-quart slow "
     "cooker is $71.20 with SIMMER20 until November 29.", "block", "law", "guarantee_claim"),
    ("rb1", "email_subject", "Zero bounce, guaranteed, or double your money back", "block", "law", "guarantee_claim"),
    ("sh1", "social", "3,000 sold since breakfast ☀️ Brimwell sun hat, $29.40 with BRIM30. Don't miss out.", "block",
     "law", "fake_transaction"),
    ("pb1", "sms", "Pencilnook: 200 large-print crosswords, $13.49 w/ CLUE10 until 1/31.", "block", "law",
     "missing_opt_out"),
    ("rb1", "sms", "Pacefold: running belt $18 + free shipping w/ PACE25 til 4/18. pacefold.com", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("cb1", "email_body", "Hi Dana Whitfield, your order to 2207 Larkspur Ct, Boise ID 83702 has room for the cognac "
     "crossbody. Questions? Call (208) 555-0178. $57.80 with CARRY15.", "block", "safety", "pii"),
    ("sc1", "sms", "Simmerly: Hi Rob, your card ending 8832 is saved. Slow cooker $71.20 w/ SIMMER20. Reply STOP to "
     "opt out", "block", "safety", "pii"),
    ("pb1", "social", "Crosswords for people who aren't complete morons 🧠 Vol. 3, $13.49 with CLUE10.", "block",
     "safety", "toxicity"),
    ("sh1", "email_body", "Sure! Here's a promotional email for the Brimwell Wide-Brim Sun Hat:\n\nShade that packs "
     "flat. UPF 50+ fabric, 4 in brim, $29.40 with BRIM30.", "block", "safety", "prompt_echo"),
    ("rb1", "push", "Prompt: write a push for the running belt\nPacefold belt $18.00 with PACE25.", "block", "safety",
     "prompt_echo"),
    ("pb1", "email_subject", "{{customer_first_name}}, your crosswords are 10% off", "block", "safety",
     "template_leak"),
    ("cb1", "push", "Hi <FIRST_NAME>\nYour cognac crossbody is $57.80 with CARRY15.", "block", "safety",
     "template_leak"),
    ("sc1", "social", "Dinner sorted 🍲 Grab the Simmerly 6-qt for $71.20 at tinyurl.com/simmer-deal with SIMMER20.",
     "block", "safety", "link_not_allowed"),
    ("sh1", "sms", "Brimwell: sun hat $29.40 w/ BRIM30 at brimwell-outlet.net/sale. Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("rb1", "email_subject", "Pacef\u043eld running belt, $18.00 with PACE25", "block", "safety", "confusable"),
    ("cb1", "sms", "Larkfield: cognac crossbody $57.80 w/ C\u0410RRY15 til 5/9. Reply STOP to opt out", "block",
     "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sh1", "email_subject", "Brimwell Wide-Brim Sun Hat in sand with UPF 50+ fabric, a 4 in brim, a removable chin "
     "cord and a cotton-linen blend, now $29.40 with BRIM30 until August 15", "block", "form", "too_long"),
    ("sc1", "push", "Dinner tonight\nThe Simmerly 6-Quart Programmable Slow Cooker has low, high and keep-warm "
     "settings, a 20-hour timer, a dishwasher-safe stoneware crock and a tempered glass lid, and it's $71.20 with "
     "SIMMER20 and free shipping until November 29.", "block", "form", "too_long"),
    ("cb1", "email_body", "The Larkfield Everyday Crossbody is full-grain leather in cognac with an adjustable strap "
     "and a zip pocket inside. Until May 9, CARRY15 brings the price down to", "block", "form", "truncated"),
    ("rb1", "sms", "Pacefold: running belt $18 w/ PACE25, free shipping til 4/18. Reply STO", "block", "form",
     "truncated"),
    ("pb1", "email_body", "## Big Book of Crosswords, Vol. 3\n\n* 200 puzzles\n* Large print\n* Lay-flat spiral\n\n"
     "**$13.49** with CLUE10 until January 31.", "block", "form", "markdown"),
    ("sh1", "push", "Sun hat sale â€“ 30% off\nBrimwell wide-brim hat Ã  $29.40 with BRIM30.", "block", "form",
     "garbled_text"),
    ("sc1", "email_body", "Olla de cocción lenta Simmerly de 6 cuartos: programable hasta 20 horas, $71.20 con "
     "SIMMER20 y envío gratis hasta el 29 de noviembre.", "block", "form", "wrong_language"),
    ("cb1", "social", "Le sac bandoulière en cuir cognac 👜 57,80 $ avec CARRY15 jusqu'au 9 mai.", "block", "form",
     "wrong_language"),
    ("pb1", "sms", "Pencilnook: crosswords crosswords crosswords, $13.49 $13.49 w/ CLUE10. Reply STOP to opt out",
     "block", "form", "repetition"),
    ("rb1", "social", "Run free. Run free. Run free. Run free with the Pacefold running belt, $18 with PACE25 🏃",
     "block", "form", "repetition"),
]
