"""Hand-written en-GB copies (GBP) of the fourteenth frozen guardrails set: a chess shop's Staunton set
with a folding board, a cat furniture maker's sisal scratching post, a wet-shave shop's double edge
safety razor, a rugby shop's size 5 match ball, and a watering can from the Online Retail export (a
record with only the attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cs1", "email_subject", "A Staunton set that folds away: £44.00 and delivered free"),
    ("sp1", "email_subject", "25% off the 80 cm sisal scratching post until 31 January"),
    ("rz1", "email_subject", "Your first safety razor, £23.80 with a free travel blade case"),
    ("rb1", "email_subject", "Match-ready size 5 rugby ball, now £21.60"),
    ("wc1", "email_subject", "Blue elephant watering can, £1.56 until 30 April"),
    ("cs1", "email_subject", "Weighted boxwood pieces, 20% off with CHECK20"),
    ("sp1", "email_subject", "Only 6 grey scratching posts left"),
    ("rb1", "email_subject", "TRY10: 10% off the Tryline match ball until 30 Sept"),
    ("cs1", "email_body", "Long winter evenings, sorted. The Kingsmead Staunton Chess Set pairs weighted pieces in "
     "boxwood and ebonised boxwood (the king stands 8.9 cm tall) with a 40 cm folding board in walnut and maple "
     "veneer. The pieces store inside the board when the game's done. Rated 4.8 by 219 players. Until 30 November, "
     "CHECK20 brings it from £55.00 to £44.00, with free delivery.\n\nYour move,\nKingsmead"),
    ("sp1", "email_body", "Save the sofa. The Tabby & Twine scratching post stands 80 cm tall, wrapped in natural "
     "sisal rope, on a 45 x 45 cm grey plush base, with a dangling pom-pom toy to bat at. Use SCRATCH25 before 31 "
     "January and it's £24.00 instead of £32.00. We've only 6 left in grey."),
    ("rz1", "email_body", "A closer look at a closer shave. The Harrowgate Double Edge Safety Razor has a closed comb "
     "head and a 10 cm chrome-plated brass handle, weighing 78 g in the hand. It takes standard double edge blades, "
     "and 5 are included to start you off. 1,032 customers rate it 4.6. With SHAVE15 it's £23.80, down from £28.00, "
     "until 15 June, and we'll add a travel blade case.\n\nHarrowgate"),
    ("rb1", "email_body", "Pre-season starts here. The Tryline Club Match Rugby Ball is a size 5 (ages 14 and up), "
     "hand-stitched with a pimpled rubber grip and a four-ply bladder, made for match days and training alike. Rated "
     "4.5 from 388 reviews. TRY10 takes it to £21.60 from £24.00 until 30 September."),
    ("wc1", "email_body", "A cheerful one for the windowsill herbs. Our Watering Can Blue Elephant is £1.56 with "
     "SPROUT20, down from £1.95, until 30 April.\n\nGreyfriars Home"),
    ("cs1", "email_body", "Fancy a game? Our folding Staunton set keeps its weighted pieces inside the 40 cm board, so "
     "it's ready wherever you are. £44.00 with CHECK20, delivered free, until 30 November."),
    ("sp1", "email_body", "Cats scratch. Better it's this than the stair carpet: 80 cm of natural sisal on a grey plush "
     "base, plus a pom-pom to bat at. £24.00 with SCRATCH25 until 31 January."),
    ("rz1", "email_body", "New to wet shaving? Start with a closed comb head, a brass handle and five blades in the "
     "box. The Harrowgate razor is £23.80 with SHAVE15 until 15 June, travel blade case included.\n\nHappy shaving,\n"
     "Harrowgate"),
    ("rb1", "email_body", "Hand-stitched, grippy and a proper size 5. Whether it's Saturday's fixture or Tuesday "
     "training, the Tryline Club Match ball is £21.60 with TRY10 until 30 September.\n\nSee you at the club,\n"
     "Tryline"),
    ("wc1", "email_body", "Blue, with an elephant design, and just £1.56 with code SPROUT20 until 30 April (usually "
     "£1.95). A small thing for the garden shed or the windowsill."),
    ("cs1", "sms", "Kingsmead: folding Staunton chess set £44 with CHECK20, free delivery, ends 30/11. Reply STOP to "
     "opt out"),
    ("sp1", "sms", "Tabby & Twine: sisal scratching post £24 (was £32) with SCRATCH25 til 31 Jan. Only 6 left. Reply "
     "STOP to opt out"),
    ("rz1", "sms", "Harrowgate: DE safety razor £23.80 + free travel blade case, code SHAVE15, until 15/06. Text STOP "
     "to opt out"),
    ("rb1", "sms", "Tryline: size 5 club match ball £21.60 with TRY10 until 30 Sep. Reply STOP to unsubscribe"),
    ("wc1", "sms", "Greyfriars Home: blue elephant watering can £1.56 w/ SPROUT20 til 30/04. Reply STOP to opt out"),
    ("cs1", "sms", "Kingsmead: 20% off our Staunton set with folding board, delivered free. Code CHECK20, ends 30 Nov. "
     "STOP to opt out"),
    ("rz1", "sms", "Harrowgate: closed comb safety razor, 5 blades included, £23.80 with SHAVE15. Reply STOP to end "
     "messages"),
    ("cs1", "push", "Your move\nStaunton chess set with folding board, £44.00 with CHECK20."),
    ("sp1", "push", "Claws out?\nSisal scratching post, £24.00 with SCRATCH25 until 31 Jan."),
    ("rz1", "push", "Smoother mornings\nSafety razor £23.80 + free travel blade case with SHAVE15."),
    ("rb1", "push", "Kick-off soon\nSize 5 match ball, £21.60 with TRY10."),
    ("wc1", "push", "Watering time\nWatering Can Blue Elephant, £1.56 with SPROUT20."),
    ("sp1", "push", "6 left in grey\n80 cm sisal post with a pom-pom toy, £24.00."),
    ("cs1", "push", "Delivered free\nKingsmead chess set, 20% off until 30 November."),
    ("cs1", "social", "Checkmate in style ♟️ weighted boxwood Staunton pieces and a folding walnut & maple board, "
     "£44.00 with CHECK20 (free delivery)."),
    ("sp1", "social", "Spare the sofa 🐈 our 80 cm sisal post is £24.00 with SCRATCH25 until 31 January."),
    ("rz1", "social", "Brass handle, closed comb, five blades in the box 🪒 £23.80 with SHAVE15 + a free travel blade "
     "case."),
    ("rb1", "social", "Size 5, hand-stitched, pimpled grip 🏉 Tryline Club Match ball, 10% off with TRY10 until 30/09."),
    ("wc1", "social", "Meet the blue elephant 🐘💧 our watering can is £1.56 with SPROUT20 until the end of April."),
    ("rb1", "social", "Rated 4.5 by 388 players 🏉 grab the Tryline match ball for £21.60 with TRY10."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("rz1", "push", "Safety razor, £23.80 with SHAVE15.", "warn", "style", "one_line_push"),
    ("rb1", "push", "Tryline match ball now £21.60 with TRY10 until 30 September.", "warn", "style", "one_line_push"),
    ("wc1", "push", "Watering Can Blue Elephant: £1.56 with SPROUT20.", "warn", "style", "one_line_push"),
    ("cs1", "email_body", "Chess set, £44.00 with CHECK20.", "warn", "style", "short_body"),
    ("sp1", "email_body", "Scratching post: £24.00.", "warn", "style", "short_body"),
    ("rb1", "email_body", "Size 5 match ball, £21.60.", "warn", "style", "short_body"),
    ("rz1", "email_body", "The Harrowgate razor has a closed comb head and a chrome-plated brass handle. £23.80 with "
     "SHAVE15 until 15 June, with a free travel blade case", "warn", "style", "no_final_punctuation"),
    ("sp1", "email_body", "Our scratching post is 80 cm of natural sisal on a grey plush base. It's £24.00 with "
     "SCRATCH25 until 31 January", "warn", "style", "no_final_punctuation"),
    ("wc1", "email_body", "The blue elephant watering can is down from £1.95 to £1.56 with SPROUT20. The code runs "
     "until 30 April", "warn", "style", "no_final_punctuation"),
    ("cs1", "email_subject", "We've got a question for you...", "warn", "style", "teaser_subject"),
    ("rz1", "email_subject", "The one thing missing from your bathroom shelf", "warn", "style", "teaser_subject"),
    ("wc1", "email_subject", "Something small for the garden", "warn", "style", "teaser_subject"),
    ("rb1", "email_subject", "Tryline size 5 match ball, £21.60 #rugby", "warn", "style", "hashtag_in_email"),
    ("cs1", "email_body", "Weighted Staunton pieces in boxwood, a 40 cm folding board, and free delivery: £44.00 with "
     "CHECK20 until 30 November. #chess #boardgamenight", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("rz1", "email_subject", "Harrowgate safety razor, now just £21.80", "block", "truth", "wrong_price"),
    ("cs1", "sms", "Kingsmead: Staunton chess set £41.00 with CHECK20, free delivery til 30/11. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("wc1", "social", "Blue elephant watering can for only 99p with SPROUT20 🐘", "block", "truth", "wrong_price"),
    ("rb1", "email_body", "Was £29.00, now £21.60: the Tryline Club Match Rugby Ball, size 5, hand-stitched, with TRY10 "
     "until 30 September.", "block", "truth", "wrong_was_price"),
    ("sp1", "push", "RRP £36, now £24\nSisal scratching post with SCRATCH25.", "block", "truth", "wrong_was_price"),
    ("cs1", "email_body", "Save 25% on the Kingsmead Staunton set: £44.00 rather than £55.00, delivered free with "
     "CHECK20 until 30 November.", "block", "truth", "discount_price_mismatch"),
    ("rz1", "social", "15% off our DE safety razor 🪒 £28.00 → £22.40 with SHAVE15.", "block", "truth",
     "discount_price_mismatch"),
    ("wc1", "email_subject", "Half price watering cans until 30 April", "block", "truth", "wrong_discount"),
    ("rb1", "sms", "Tryline: 20% off the size 5 match ball with TRY10 til 30/09. Reply STOP to opt out", "block",
     "truth", "wrong_discount"),
    ("sp1", "email_subject", "SCRATCH25 ends 24 January: the sisal post for £24.00", "block", "truth", "wrong_date"),
    ("rz1", "sms", "Harrowgate: SHAVE15 ends 15/05! Safety razor £23.80 + free blade case. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("rb1", "social", "Season-long deal 🏉 size 5 match ball £21.60 with TRY10, right through to Christmas.", "block",
     "truth", "deadline_after_end"),
    ("cs1", "push", "Christmas sorted\nChess set £44.00 with CHECK20 until 24 December.", "block", "truth",
     "deadline_after_end"),
    ("cs1", "email_subject", "Made in Sheffield: the Kingsmead Staunton set, 20% off", "block", "truth",
     "invented_origin"),
    ("rz1", "email_body", "Forged in Solingen, Germany, the Harrowgate safety razor gives a close, even shave. £23.80 "
     "with SHAVE15 until 15 June.", "block", "truth", "invented_origin"),
    ("sp1", "social", "Solid oak base, natural sisal post 🐈 £24.00 with SCRATCH25.", "block", "truth",
     "invented_material"),
    ("wc1", "email_body", "Galvanised steel, so it will last for years in the garden. The Watering Can Blue Elephant is "
     "£1.56 with SPROUT20 until 30 April.", "block", "truth", "invented_material"),
    ("rb1", "push", "Waterproof grip\nTryline size 5 match ball, £21.60 with TRY10.", "block", "truth",
     "invented_attribute"),
    ("wc1", "sms", "Greyfriars Home: 2 litre blue elephant watering can £1.56 w/ SPROUT20. Reply STOP to opt out",
     "block", "truth", "invented_attribute"),
    ("rz1", "push", "Award-winning shave\nMen's Grooming Awards 2026 winner, £23.80 with SHAVE15.", "block", "truth",
     "invented_award"),
    ("sp1", "email_body", "Cat owners rate it 4.9 out of 5. Our 80 cm sisal scratching post is £24.00 with SCRATCH25 "
     "until 31 January.", "block", "truth", "rating_not_in_record"),
    ("wc1", "push", "5-star favourite\nBlue elephant watering can, £1.56 with SPROUT20.", "block", "truth",
     "rating_not_in_record"),
    ("cs1", "social", "4.9 stars from 219 players ♟️ the Kingsmead Staunton set, £44.00 with CHECK20.", "block",
     "truth", "wrong_rating"),
    ("sp1", "sms", "Tabby & Twine: 100cm sisal scratching post £24 w/ SCRATCH25 til 31/01. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("rb1", "email_subject", "Tryline match ball, £21.60 with free delivery", "block", "truth",
     "free_shipping_not_offered"),
    ("cs1", "email_body", "Order the Staunton set with CHECK20 by 30 November and we'll include a free chess clock. "
     "£44.00, delivered free.", "block", "truth", "gift_not_offered"),
    ("rb1", "email_body", "Hurry, we're down to the last 10 size 5 match balls. £21.60 with TRY10 until 30 September.",
     "block", "truth", "stock_claim"),
    ("sp1", "social", "£24.00 with code CATPOST25 🐈 our 80 cm sisal post, until 31 January.", "block", "truth",
     "wrong_code"),
    ("rz1", "email_body", "Everything you love about a Merkur 34C, at a fraction of the price. The Harrowgate closed "
     "comb razor is £23.80 with SHAVE15.", "block", "truth", "other_brand"),
    ("rb1", "social", "Match ball + pump + kit bag 🏉 all for £21.60 with TRY10.", "block", "truth", "invented_kind"),
    ("wc1", "email_body", "The Watering Can Blue Elephant, now €1.56 with SPROUT20 until 30 April.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("rz1", "email_body", "Say goodbye to razor bumps and ingrown hairs for good: the Harrowgate safety razor heals "
     "irritated skin as you shave. £23.80 with SHAVE15.", "block", "law", "medical_claim"),
    ("sp1", "push", "Eases arthritis in older cats\nSisal scratching post, £24.00 with SCRATCH25.", "block", "law",
     "medical_claim"),
    ("cs1", "social", "The finest chess set in Britain, full stop ♟️ £44.00 with CHECK20.", "block", "law",
     "absolute_claim"),
    ("rb1", "email_subject", "The best rugby ball money can buy, now £21.60", "block", "law", "absolute_claim"),
    ("rb1", "push", "Grip for life, guaranteed\nSize 5 match ball, £21.60 with TRY10.", "block", "law",
     "guarantee_claim"),
    ("wc1", "email_body", "We guarantee it won't leak, crack or fade, or your money back twice over. Watering Can Blue "
     "Elephant, £1.56 with SPROUT20.", "block", "law", "guarantee_claim"),
    ("rz1", "email_subject", "3,000 razors sold this morning. Yours is £23.80", "block", "law", "fake_transaction"),
    ("sp1", "social", "5,000 posts sold since Monday 🐈 get yours for £24.00 with SCRATCH25.", "block", "law",
     "fake_transaction"),
    ("rb1", "sms", "Tryline: size 5 club match ball £21.60 with TRY10, until 30 Sept. Order at trylinerugby.co.uk",
     "block", "law", "missing_opt_out"),
    ("wc1", "sms", "Greyfriars Home: Watering Can Blue Elephant now £1.56 with SPROUT20, ends 30 April.", "block",
     "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("cs1", "email_body", "Dear Mr Alistair Penrose, your Kingsmead order will go to 14 Bramley Close, Cheltenham GL52 "
     "3HT. Reach us on 01242 496812. £44.00 with CHECK20.", "block", "safety", "pii"),
    ("rb1", "sms", "Tryline: Hi Ollie, your card ending 5531 (exp 11/27) is on file for the £21.60 ball. Reply STOP to "
     "opt out", "block", "safety", "pii"),
    ("rz1", "social", "Still shaving with plastic rubbish like a student slob? Grow up 🪒 £23.80 with SHAVE15.",
     "block", "safety", "toxicity"),
    ("wc1", "push", "For gardeners too thick to remember\nBlue elephant can, £1.56 with SPROUT20.", "block", "safety",
     "toxicity"),
    ("sp1", "email_body", "You are a copywriter for a pet shop. Write a warm email about the Tabby & Twine Sisal "
     "Scratching Post, 80 cm, Grey. Mention SCRATCH25 and the price of £24.00.", "block", "safety", "prompt_echo"),
    ("rb1", "email_subject", "Here is a subject line under 60 characters for Tryline:", "block", "safety",
     "prompt_echo"),
    ("cs1", "sms", "Kingsmead: {customer_first_name}, the chess set is {discounted_price} with CHECK20. Reply STOP to "
     "opt out", "block", "safety", "template_leak"),
    ("rz1", "push", "[[HEADLINE]]\nHarrowgate safety razor, £23.80 with SHAVE15.", "block", "safety", "template_leak"),
    ("wc1", "social", "Blue elephant watering can, £1.56 🐘 order via greyfriars-bargains.com/elephant before 30 April.",
     "block", "safety", "link_not_allowed"),
    ("sp1", "sms", "Tabby & Twine: sisal post £24 w/ SCRATCH25: tinyurl.com/tabbypost. Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("rb1", "social", "Tryl\u0456ne Club Match ball 🏉 £21.60 with TRY10 until 30 S\u0435ptember.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sp1", "email_subject", "Tabby & Twine Sisal Scratching Post, 80 cm, Grey, with natural sisal rope, a 45 x 45 cm "
     "grey plush base and a dangling pom-pom toy, now £24.00 with SCRATCH25 until 31 January", "block", "form",
     "too_long"),
    ("cs1", "sms", "Kingsmead: Staunton chess set with weighted boxwood and ebonised boxwood pieces (king 8.9 cm), a "
     "40 cm folding walnut and maple veneer board that stores the pieces inside, rated 4.8 by 219 players, now £44.00 "
     "instead of £55.00 with CHECK20, free delivery, until 30 November. Reply STOP to opt out", "block", "form",
     "too_long"),
    ("rz1", "email_body", "The Harrowgate Double Edge Safety Razor pairs a closed comb head with a 10 cm chrome-plated "
     "brass handle. Until 15 June, SHAVE15 brings it to £23.80 and we'll add a", "block", "form", "truncated"),
    ("wc1", "push", "Watering time\nBlue elephant watering can, £1.56 with SPRO", "block", "form", "truncated"),
    ("rb1", "email_body", "### Tryline Club Match Rugby Ball\n\n- Size 5\n- Hand-stitched\n- Four-ply bladder\n\n"
     "**£21.60** with *TRY10* until 30 September.", "block", "form", "markdown"),
    ("cs1", "social", "__Staunton chess set__ ♟️ **£44.00** with CHECK20 · [order](https://kingsmeadchess.co.uk/staunton)",
     "block", "form", "markdown"),
    ("rz1", "sms", "Harrowgate: safety razor Â£23.80 with SHAVE15 â€“ free travel blade case. Reply STOP to opt out",
     "block", "form", "garbled_text"),
    ("wc1", "email_subject", "Arrosoir éléphant bleu à 1,56 £ avec SPROUT20", "block", "form", "wrong_language"),
    ("rb1", "push", "Balón de rugby\nTalla 5, £21.60 con TRY10.", "block", "form", "wrong_language"),
    ("cs1", "email_body", "Our chess set folds. Our chess set folds. Our chess set folds away neatly. Our chess set is "
     "£44.00 with CHECK20. Our chess set is £44.00 with CHECK20.", "block", "form", "repetition"),
]
