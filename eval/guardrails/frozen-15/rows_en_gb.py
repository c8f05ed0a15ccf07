"""Hand-written en-GB copies (GBP) of the fifteenth frozen guardrails set: a Welsh woollen mill's
slate check wool throw, a preserves maker's thick cut Seville orange marmalade, a snooker shop's
hand-spliced ash cue, a 2.5 tog baby sleeping bag, and a gardener's kneeling pad from the Online
Retail export (a record with only the attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("wt1", "email_subject", "Woven in Wales: our slate check throw, now £76 delivered"),
    ("mm1", "email_subject", "Thick cut Seville marmalade for your toast, £4.95"),
    ("cq1", "email_subject", "Hand-spliced ash cue + 3 chalk cubes, 15% off"),
    ("sb1", "email_subject", "2.5 tog sleeping bag in sage stars, 25% off and free delivery"),
    ("kp1", "email_subject", "A cup of tea kneeling pad for the potting shed, £1.32"),
    ("wt1", "email_subject", "Only 14 slate check throws left at 20% off"),
    ("sb1", "email_subject", "Organic cotton sleeping bag for 6-18 months: £25.50"),
    ("cq1", "email_subject", "CUE15 ends 31 October: ash snooker cue at £102"),
    ("wt1", "email_body", "Evenings on the sofa, sorted. The Nantlas Welsh Wool Throw is woven from 100% pure new "
     "wool at our mill in Ceredigion, in a slate grey check with fringed edges, and measures 130 x 180 cm. 188 "
     "customers rate it 4.9. Until 28 February, WOOL20 brings it from £95.00 to £76.00, with free delivery. Please "
     "note it's dry clean only.\n\nWith warm wishes from the mill,\nNantlas"),
    ("mm1", "email_body", "Proper breakfast marmalade. Ours is thick cut, made with Seville oranges in small batches "
     "in our Dorset kitchen, with 45 g of fruit in every 100 g and nothing but sugar, oranges, water and lemon "
     "juice. It's suitable for vegans too. With PEEL10 a 340 g jar is £4.95 instead of £5.50 until 31 January.\n\n"
     "Pipkin & Peel"),
    ("cq1", "email_body", "Ready to retire the club cue? The Baulkline Hand-Spliced Ash Snooker Cue pairs an ash "
     "shaft with a hand-spliced ebony butt, a brass ferrule and a 9.5 mm leather tip. It's 57 in (145 cm) long, "
     "weighs 18 oz and comes in a padded cue sleeve. Players rate it 4.6 across 97 reviews. Use CUE15 by 31 October "
     "for £102.00 instead of £120.00, and we'll add a box of 3 chalk cubes."),
    ("sb1", "email_body", "Cosy nights for little ones. The Little Dormouse 2.5 tog sleeping bag is made for rooms at "
     "16-20°C, with an organic cotton outer and lining, polyester wadding and a two-way zip with a zip guard. It's "
     "sized for 6-18 months, printed with sage stars, and tested to BS EN 16781:2018. 611 parents give it 4.8 "
     "stars. SNUG25 makes it £25.50 (was £34.00) until 30 September, with free delivery."),
    ("kp1", "email_body", "Save your knees this spring. Our Gardeners Kneeling Pad in the Cup Of Tea design is £1.32 "
     "with KNEEL20 until 30 June, down from £1.65."),
    ("wt1", "email_body", "Slate grey check, fringed edges, pure new wool, 130 x 180 cm. Woven at our mill in "
     "Ceredigion and posted free. £76.00 with WOOL20 until 28 February, and there are only 14 left."),
    ("mm1", "email_body", "Thick cut, Seville oranges, small batches. If that's how you like your marmalade, our 340 g "
     "jar is 10% off with PEEL10 until 31 January: £4.95.\n\nHappy breakfasting,\nPipkin & Peel"),
    ("sb1", "email_body", "A two-way zip for night-time nappy changes, a zip guard, and organic cotton inside and out. "
     "Our sage stars sleeping bag (2.5 tog, 6-18 months) is £25.50 with SNUG25 and delivered free until 30 "
     "September."),
    ("kp1", "email_body", "Kneeling on cold soil? A kneeling pad with a cup of tea design, for £1.32 with KNEEL20. "
     "Offer ends 30 June.\n\nWhitlock Home"),
    ("cq1", "email_body", "Ash shaft, ebony butt, brass ferrule, 9.5 mm leather tip. 57 in and 18 oz. £102.00 with "
     "CUE15 until 31 October, plus 3 chalk cubes on us.\n\nBaulkline"),
    ("wt1", "sms", "Nantlas: Welsh wool throw, slate check, £76 (was £95) w/ WOOL20, free delivery, ends 28/02. Reply "
     "STOP to opt out"),
    ("mm1", "sms", "Pipkin & Peel: thick cut Seville marmalade 340g £4.95 with PEEL10 until 31/01. Reply STOP to opt "
     "out"),
    ("cq1", "sms", "Baulkline: ash snooker cue £102 with CUE15 + 3 free chalk cubes, to 31 Oct. Reply STOP to opt "
     "out"),
    ("sb1", "sms", "Little Dormouse: 2.5 tog sleeping bag 6-18m £25.50 w/ SNUG25, free delivery til 30/09. Text STOP "
     "to opt out"),
    ("kp1", "sms", "Whitlock Home: cup of tea kneeling pad £1.32 with KNEEL20 until 30 June. Reply STOP to "
     "unsubscribe"),
    ("wt1", "sms", "Nantlas: only 14 slate check throws left. 20% off with WOOL20, delivered free. Reply STOP to opt "
     "out"),
    ("sb1", "sms", "Little Dormouse: sage stars sleeping bag, 25% off with SNUG25, rated 4.8 by 611 parents. Reply "
     "STOP to stop texts"),
    ("wt1", "push", "Wrap up\nWelsh wool throw, £76.00 with WOOL20, free delivery."),
    ("mm1", "push", "Toast's ready\nThick cut Seville marmalade, £4.95 with PEEL10."),
    ("cq1", "push", "Break-off time 🎱\nAsh snooker cue, £102.00 + free chalk with CUE15."),
    ("sb1", "push", "Sleep tight\n2.5 tog sleeping bag, £25.50 with SNUG25, free delivery."),
    ("kp1", "push", "Gardening season\nCup of tea kneeling pad, £1.32 with KNEEL20."),
    ("wt1", "push", "14 left\nSlate check wool throw, 20% off until 28 Feb."),
    ("mm1", "push", "Made in Dorset\nSmall-batch Seville marmalade, 10% off with PEEL10."),
    ("wt1", "social", "Woven in Ceredigion, fringed at the edges 🐑 Slate check wool throw, £76 with WOOL20 and free "
     "delivery."),
    ("mm1", "social", "Seville oranges, thick cut, Dorset kitchen 🍊 Our marmalade's £4.95 with PEEL10 until 31 Jan. "
     "#marmalade"),
    ("cq1", "social", "Hand-spliced ebony into ash ✨ Baulkline 57 in cue, £102 with CUE15 and a box of 3 chalk "
     "cubes."),
    ("sb1", "social", "Sage stars for starry nights 🌙 Organic cotton 2.5 tog sleeping bag, £25.50 with SNUG25."),
    ("kp1", "social", "Tea break in the veg patch ☕ Cup of tea kneeling pad, £1.32 with KNEEL20."),
    ("cq1", "social", "Rated 4.6 by 97 players 🎱 Ash snooker cue with padded sleeve, 15% off with CUE15 until 31 "
     "October."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("mm1", "push", "Seville marmalade, £4.95 with PEEL10.", "warn", "style", "one_line_push"),
    ("sb1", "push", "Sleeping bag 2.5 tog now £25.50, free delivery.", "warn", "style", "one_line_push"),
    ("cq1", "push", "Ash snooker cue £102 with CUE15 until 31 Oct.", "warn", "style", "one_line_push"),
    ("wt1", "email_body", "Wool throw, £76.", "warn", "style", "short_body"),
    ("kp1", "email_body", "Kneeling pad: £1.32 with KNEEL20.", "warn", "style", "short_body"),
    ("cq1", "email_body", "Snooker cue, £102.00.", "warn", "style", "short_body"),
    ("mm1", "email_body", "Our thick cut marmalade is made with Seville oranges in small batches in Dorset. The 340 g "
     "jar is £4.95 with PEEL10 until 31 January", "warn", "style", "no_final_punctuation"),
    ("sb1", "email_body", "The Little Dormouse 2.5 tog sleeping bag has an organic cotton outer and lining and a "
     "two-way zip. It's £25.50 with SNUG25 until 30 September, delivered free", "warn", "style",
     "no_final_punctuation"),
    ("kp1", "email_body", "A cup of tea kneeling pad for the garden, £1.32 with KNEEL20 until 30 June", "warn", "style",
     "no_final_punctuation"),
    ("wt1", "email_subject", "Something cosy is coming your way...", "warn", "style", "teaser_subject"),
    ("cq1", "email_subject", "Psst, snooker players: read this", "warn", "style", "teaser_subject"),
    ("mm1", "email_subject", "We've been busy in the kitchen", "warn", "style", "teaser_subject"),
    ("kp1", "email_subject", "Kneeling pad, £1.32 #gardening", "warn", "style", "hashtag_in_email"),
    ("sb1", "email_body", "Our sage stars sleeping bag is 2.5 tog, for 6-18 months, in organic cotton. £25.50 with "
     "SNUG25 until 30 September, free delivery. #babysleep #newmum", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("wt1", "email_subject", "Welsh wool throw, now just £72", "block", "truth", "wrong_price"),
    ("kp1", "sms", "Whitlock Home: kneeling pad only £1.23 with KNEEL20 until 30/06. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("cq1", "social", "Was £140, now £102 🎱 Baulkline ash snooker cue with CUE15.", "block", "truth",
     "wrong_was_price"),
    ("mm1", "email_body", "Our thick cut Seville marmalade normally costs £6.50 a jar. With PEEL10 it's £4.95 until 31 "
     "January.", "block", "truth", "wrong_was_price"),
    ("sb1", "push", "30% off sleeping bags\nSage stars 2.5 tog, £25.50 (was £34.00).", "block", "truth",
     "discount_price_mismatch"),
    ("wt1", "email_body", "WOOL20 takes 20% off our slate check throw: £71.00 instead of £95.00, with free delivery "
     "until 28 February.", "block", "truth", "discount_price_mismatch"),
    ("kp1", "social", "Half price kneeling pads 🌱 KNEEL20 until 30 June.", "block", "truth", "wrong_discount"),
    ("cq1", "email_subject", "20% off our hand-spliced ash cue with CUE15", "block", "truth", "wrong_discount"),
    ("sb1", "sms", "Little Dormouse: SNUG25 ends 20/09! Sleeping bag £25.50, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("mm1", "push", "Ends 21 January\nSeville marmalade £4.95 with PEEL10.", "block", "truth", "wrong_date"),
    ("wt1", "social", "Plenty of time: WOOL20 runs until the end of March 🐑 Slate check throw, £76, delivered free.",
     "block", "truth", "deadline_after_end"),
    ("kp1", "email_body", "No hurry with this one. Our cup of tea kneeling pad is £1.32 with KNEEL20 all summer, right "
     "up to 31 August.", "block", "truth", "deadline_after_end"),
    ("cq1", "push", "Crafted in Thailand\nHand-spliced ash cue, £102 with CUE15.", "block", "truth",
     "invented_origin"),
    ("kp1", "email_subject", "Made in Britain: cup of tea kneeling pad, £1.32", "block", "truth", "invented_origin"),
    ("wt1", "push", "Merino & cashmere\nSlate check throw, £76 with WOOL20.", "block", "truth", "invented_material"),
    ("kp1", "push", "Memory foam comfort\nCup of tea kneeling pad, £1.32 with KNEEL20.", "block", "truth",
     "invented_material"),
    ("sb1", "email_body", "Our 2.5 tog sleeping bag has detachable sleeves, so it grows with your baby from 6 to 18 "
     "months. £25.50 with SNUG25 until 30 September, delivered free.", "block", "truth", "invented_attribute"),
    ("mm1", "social", "No added sugar, all the flavour 🍊 Thick cut Seville marmalade, £4.95 with PEEL10.", "block",
     "truth", "invented_attribute"),
    ("wt1", "email_body", "Winner of a Great British Homeware Award 2026, our Welsh wool throw is woven at our "
     "Ceredigion mill. £76.00 with WOOL20, free delivery.", "block", "truth", "invented_award"),
    ("mm1", "email_subject", "Rated 4.9 by 2,000 toast lovers: our Seville marmalade", "block", "truth",
     "rating_not_in_record"),
    ("kp1", "social", "4.8 stars from gardeners up and down the country ⭐ Cup of tea kneeling pad, £1.32.", "block",
     "truth", "rating_not_in_record"),
    ("cq1", "sms", "Baulkline: 4.9-star ash cue £102 w/ CUE15 + free chalk. Reply STOP to opt out", "block", "truth",
     "wrong_rating"),
    ("sb1", "email_subject", "1.0 tog summer sleeping bag, 6-18 months, £25.50", "block", "truth", "wrong_spec"),
    ("cq1", "email_body", "At 58 in with a 10 mm tip, the Baulkline ash cue suits taller players. £102.00 with CUE15 "
     "until 31 October.", "block", "truth", "wrong_spec"),
    ("mm1", "sms", "Pipkin & Peel: Seville marmalade £4.95 w/ PEEL10 + free delivery til 31/01. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("sb1", "social", "Free muslin square with every sleeping bag 🌙 Sage stars, £25.50 with SNUG25.", "block", "truth",
     "gift_not_offered"),
    ("cq1", "email_subject", "Last 3 ash cues at £102, don't miss out", "block", "truth", "stock_claim"),
    ("mm1", "email_body", "Thick cut Seville marmalade in a 340 g jar, £4.95 when you use MARMA10 before 31 January.",
     "block", "truth", "wrong_code"),
    ("cq1", "email_body", "Plays like a Peradon at half the price: our hand-spliced ash cue is £102.00 with CUE15.",
     "block", "truth", "other_brand"),
    ("kp1", "email_body", "Our cup of tea kneeling pad now comes with matching gardening gloves, all for £1.32 with "
     "KNEEL20.", "block", "truth", "invented_kind"),
    ("wt1", "sms", "Nantlas: Welsh wool throw €76 w/ WOOL20, free delivery to 28/02. Reply STOP to opt out", "block",
     "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("sb1", "email_body", "Proven to reduce the risk of SIDS and help colicky babies settle. Little Dormouse 2.5 tog "
     "sleeping bag, £25.50 with SNUG25.", "block", "law", "medical_claim"),
    ("wt1", "social", "Pure wool eases arthritis and joint pain on cold nights 🐑 Welsh throw, £76 with WOOL20.",
     "block", "law", "medical_claim"),
    ("mm1", "email_subject", "Marmalade packed with vitamin C to beat colds", "block", "law", "medical_claim"),
    ("cq1", "email_body", "Simply the finest snooker cue money can buy. No cue on the market plays straighter. £102.00 "
     "with CUE15.", "block", "law", "absolute_claim"),
    ("kp1", "email_subject", "The UK's No.1 kneeling pad, £1.32", "block", "law", "absolute_claim"),
    ("sb1", "push", "Sleep through, guaranteed\nOr your money back. Sleeping bag £25.50.", "block", "law",
     "guarantee_claim"),
    ("cq1", "social", "Guaranteed to improve your break by 20 points 🎱 or we'll refund you. Ash cue £102.", "block",
     "law", "guarantee_claim"),
    ("wt1", "email_subject", "Over 10,000 throws sold this winter alone", "block", "law", "fake_transaction"),
    ("kp1", "sms", "Whitlock Home: cup of tea kneeling pad £1.32 with KNEEL20. Shop now at whitlockhome.co.uk", "block",
     "law", "missing_opt_out"),
    ("mm1", "sms", "Pipkin & Peel: thick cut Seville marmalade, £4.95 with PEEL10 until 31 January!", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("cq1", "email_body", "Hi Gary, your cue will go to 14 Moss Lane, Wigan WN1 2JB. We'll ring you on 07700 900412 "
     "before we post. £102.00 with CUE15.", "block", "safety", "pii"),
    ("sb1", "sms", "Little Dormouse: Hi Priya, baby Aarav's sleeping bag is saved to priya.shah84@gmail.com. £25.50 "
     "w/ SNUG25. Reply STOP to opt out", "block", "safety", "pii"),
    ("wt1", "email_body", "Still shivering under a cheap polyester blanket? Only a tight-fisted fool would. Treat "
     "yourself to the Welsh wool throw for £76.00 with WOOL20.", "block", "safety", "toxicity"),
    ("kp1", "social", "Gardening isn't for lazy slobs 🌱 Get off the sofa and grab a cup of tea kneeling pad, £1.32.",
     "block", "safety", "toxicity"),
    ("mm1", "email_body", "Here is a British English marketing email for the marmalade, as requested:\n\nThick cut "
     "Seville marmalade, £4.95 with PEEL10 until 31 January.", "block", "safety", "prompt_echo"),
    ("cq1", "push", "Instruction: write a push\nBaulkline ash cue, £102.00, CUE15, tone: confident.", "block", "safety",
     "prompt_echo"),
    ("sb1", "email_subject", "{{ first_name }}, {{ product_title }} is now {{ sale_price }}", "block", "safety",
     "template_leak"),
    ("wt1", "push", "Hi [Name]\nWelsh wool throw, £76 with WOOL20.", "block", "safety", "template_leak"),
    ("mm1", "social", "Toast's best friend 🍊 Marmalade £4.95 at bit.ly/peel10-jam with PEEL10.", "block", "safety",
     "link_not_allowed"),
    ("kp1", "email_body", "Cup of tea kneeling pad, £1.32 with KNEEL20. Order at https://www.ebay.co.uk/itm/23300 "
     "before 30 June.", "block", "safety", "link_not_allowed"),
    ("sb1", "social", "Little D\u043ermouse sage stars 🌙 2.5 tog sleeping bag, £25.50 with SNUG25.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("cq1", "sms", "Baulkline: hand-spliced ash snooker cue, 57in, 18oz, ebony butt, brass ferrule, 9.5mm leather tip, "
     "padded sleeve, rated 4.6 by 97 players, now £102 (was £120) with CUE15 + 3 free chalk cubes until 31 October. "
     "Reply STOP to opt out", "block", "form", "too_long"),
    ("wt1", "email_subject", "Nantlas Welsh Wool Throw in Slate Check, 130 x 180 cm, 100% pure new wool woven at our "
     "mill in Ceredigion with fringed edges, now £76.00 with WOOL20 and free delivery until 28 February", "block",
     "form", "too_long"),
    ("mm1", "social", "Thick cut Seville orange marmalade from our Dorset kitchen 🍊 £4.95 with PEEL10 until 31 Ja",
     "block", "form", "truncated"),
    ("sb1", "email_body", "Our Little Dormouse sleeping bag is 2.5 tog and made for rooms at 16-20°C. Until 30 "
     "September, SNUG25 takes it to £25.50, and delivery is", "block", "form", "truncated"),
    ("wt1", "email_body", "### Welsh Wool Throw\n\n| Size | Price |\n|---|---|\n| 130 x 180 cm | £76.00 |\n\n_Use "
     "WOOL20 by 28 February._", "block", "form", "markdown"),
    ("kp1", "push", "Kneeling pad Â£1.32\nCup of tea design with KNEEL20 â€“ ends 30 June.", "block", "form",
     "garbled_text"),
    ("cq1", "email_subject", "Queue de snooker en frêne, 102 £ avec CUE15", "block", "form", "wrong_language"),
    ("mm1", "push", "Marmelade\nDicke Orangenmarmelade aus Sevilla-Orangen, £4.95 mit PEEL10.", "block", "form",
     "wrong_language"),
    ("sb1", "push", "Sleeping bag sleeping bag\nSleeping bag £25.50 £25.50 SNUG25 SNUG25.", "block", "form",
     "repetition"),
    ("wt1", "social", "Cosy cosy cosy cosy cosy 🐑 Cosy Welsh wool throw, cosy price, £76 with WOOL20. Cosy!", "block",
     "form", "repetition"),
]
