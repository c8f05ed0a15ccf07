"""Hand-written en-US copies (USD) of the twenty-fifth frozen guardrails set: a heavy-duty ice cream
scoop, a self-inflating sleeping pad, a pen tablet for drawing, a magnetic car vent phone mount and a
Belgian waffle maker.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies --------------------------------------------------------------------------------------
    ("sc1", "email_subject", "Hard-frozen pints, meet your match: 25% off the Coldspoon scoop"),
    ("sp1", "email_subject", "Ridgeloft sleeping pad: $103.20 + free shipping through April 30"),
    ("dt1", "email_subject", "Draw with 8,192 pressure levels for $59.49 (free nibs included)"),
    ("pm1", "email_subject", "30% off our magnetic vent mount with code GRIP30"),
    ("wm1", "email_subject", "Belgian waffles at home: Hearthberry waffle maker, $53.10"),
    ("sc1", "email_subject", "Your 2 oz scoop is $18 until June 30"),
    ("dt1", "email_subject", "Only 11 Inkvane tablets left at $59.49"),
    ("wm1", "email_subject", "Just 7 red waffle makers left, shipped free"),
    ("sc1", "email_body", "Rock-hard rocky road? Not a problem. The Coldspoon Heavy-Duty Ice Cream Scoop is 18/8 "
     "stainless steel with a non-slip rubber grip and a squeeze-trigger release, so each 2 oz scoop drops neatly "
     "into the cone. It goes straight in the dishwasher afterward. Through June 30, code SCOOP25 takes it from "
     "$24.00 to $18.00.\n\nStay cool,\nThe Coldspoon crew"),
    ("sp1", "email_body", "Cold ground steals heat all night. Our Self-Inflating Sleeping Pad has an R-value of 4.2 "
     "and 3 inches of cushioning across a 72 x 25 in surface, and it weighs 2 lb 9 oz. A stuff sack and repair kit "
     "come in the box. Use LOFT20 by April 30 to pay $103.20 instead of $129.00, with free shipping.\n\nSee you out "
     "there,\nRidgeloft"),
    ("dt1", "email_body", "Ready to move from sketchbook to screen? The Inkvane 10 x 6 Pen Tablet gives you a 10 x "
     "6.25 in active area, a battery-free pen with 8,192 pressure levels and tilt support, and 8 express keys for "
     "your shortcuts. It plugs in over USB-C and works with Windows, macOS, ChromeOS and Android. With DRAW15 it's "
     "$59.49 (reg. $69.99) until September 30, and we'll add a pack of 10 replacement nibs for free."),
    ("pm1", "email_body", "Stop fishing your phone out of the cupholder. The Clutchpoint Magnetic Vent Phone Mount "
     "clips onto your air vent with a hook, holds on with N52 magnets and turns a full 360°. It's MagSafe "
     "compatible, and a metal plate is included for other phones from 4.7 to 6.9 inches. Drivers give it 4.3 stars "
     "across 5,120 reviews. Code GRIP30 makes it $20.99 until March 15."),
    ("wm1", "email_body", "Saturday breakfast just got an upgrade. The Hearthberry Belgian Waffle Maker heats up "
     "with 1,000 watts and bakes one 7-inch round waffle, a full inch deep. Pick from 5 browning settings and wait "
     "for the ready light. The nonstick plates come out for the dishwasher when you're done. It's $53.10 with "
     "WAFFLE10 through November 26, shipped free. We have 7 left in red.\n\nHappy brunching,\nHearthberry"),
    ("sc1", "email_body", "A scoop that doesn't bend. Ours is 18/8 stainless steel, holds 1/4 cup, and owners rate "
     "it 4.7 stars from 2,841 reviews. Take 25% off with SCOOP25 before June 30."),
    ("sp1", "email_body", "Side sleeper or back sleeper, in a tent or the back of the truck: the Ridgeloft pad "
     "gives you 3 inches of cushion and an R-value of 4.2. Reviewers rate it 4.5 stars (612 reviews). $103.20 with "
     "LOFT20 until 4/30, free shipping included."),
    ("dt1", "email_body", "Eight express keys, USB-C, and a pen that never needs charging. The Inkvane tablet is "
     "15% off with DRAW15 until September 30, so it's $59.49, and your order comes with a pack of 10 replacement "
     "nibs.\n\n– Team Inkvane"),
    ("sc1", "sms", "Coldspoon: heavy-duty 2 oz ice cream scoop $18 (reg $24) w/ SCOOP25 thru 6/30. Reply STOP to "
     "opt out"),
    ("sp1", "sms", "Ridgeloft: self-inflating sleeping pad $103.20 + free shipping, code LOFT20, ends 4/30. Reply "
     "STOP to unsubscribe"),
    ("dt1", "sms", "Inkvane: 10x6 pen tablet $59.49 with DRAW15 + free 10-nib pack. Ends 9/30. Txt STOP to opt out"),
    ("pm1", "sms", "Clutchpoint: magnetic vent mount now $20.99 with GRIP30 until Mar 15. Reply STOP to end"),
    ("wm1", "sms", "Hearthberry: Belgian waffle maker $53.10, free shipping, code WAFFLE10 (ends 11/26). Only 7 "
     "left. Reply STOP to opt out"),
    ("pm1", "sms", "Clutchpoint: 30% off the MagSafe-compatible vent mount w/ GRIP30. Reply STOP to opt out"),
    ("sc1", "sms", "Coldspoon: 25% off our stainless scoop til June 30, code SCOOP25. Msg&data rates may apply. "
     "Reply STOP to cancel"),
    ("sc1", "push", "Scoop season 🍦\nHeavy-duty 2 oz scoop, $18 with SCOOP25."),
    ("sp1", "push", "Sleep warmer this spring\nR-value 4.2 pad, $103.20 + free shipping."),
    ("dt1", "push", "Free nibs with your tablet\nInkvane 10 x 6, $59.49 with DRAW15."),
    ("pm1", "push", "Eyes on the road\nMagnetic vent mount, $20.99 with GRIP30."),
    ("wm1", "push", "Waffle Sunday?\nBelgian waffle maker $53.10, ships free."),
    ("pm1", "push", "Rated 4.3 by 5,120 drivers\nVent mount now 30% off until March 15."),
    ("sp1", "push", "2 lb 9 oz of comfort\nRidgeloft pad, 20% off with LOFT20 until April 30."),
    ("sc1", "social", "That first scoop from a brand-new pint 🍨 Our heavy-duty stainless scoop is $18 with SCOOP25 "
     "through June 30."),
    ("sp1", "social", "Pitch, unroll, let it breathe, sleep ⛺ Ridgeloft self-inflating pad, R-value 4.2, $103.20 "
     "with free shipping until April 30."),
    ("dt1", "social", "New tablet, who dis? ✏️ 8,192 pressure levels, a battery-free pen, and 10 spare nibs free "
     "with DRAW15. $59.49."),
    ("pm1", "social", "Map up, phone up, hands on the wheel 🚗 Clutchpoint vent mount $20.99 with GRIP30 (ends "
     "3/15)."),
    ("wm1", "social", "Deep pockets for all the syrup 🧇 Hearthberry Belgian waffle maker, $53.10 + free shipping "
     "with WAFFLE10."),
    ("wm1", "social", "5 browning settings, from light to dark. Where do you land? 🧇 Hearthberry waffle maker, "
     "$53.10 through Nov 26."),
    ("dt1", "social", "Inkvane 10 x 6 works on Windows, macOS, ChromeOS and Android 🎨 $59.49 with DRAW15 until "
     "9/30."),
    ("sc1", "social", "4.7 stars from 2,841 scoopers 🍦 Coldspoon heavy-duty scoop, 25% off until 6/30."),
    # ---- warnings (style) ----------------------------------------------------------------------------------
    ("sc1", "push", "Coldspoon ice cream scoop $18 with SCOOP25.", "warn", "style", "one_line_push"),
    ("wm1", "push", "Waffle maker $53.10, free shipping until Nov 26.", "warn", "style", "one_line_push"),
    ("dt1", "push", "Pen tablet $59.49 + free nibs with DRAW15.", "warn", "style", "one_line_push"),
    ("pm1", "email_body", "Vent mount, $20.99.", "warn", "style", "short_body"),
    ("sp1", "email_body", "Sleeping pad: $103.20 with LOFT20.", "warn", "style", "short_body"),
    ("sc1", "email_body", "Scoop now $18.", "warn", "style", "short_body"),
    ("wm1", "email_body", "The Hearthberry Belgian Waffle Maker bakes one 7-inch round waffle an inch deep, with 5 "
     "browning settings and a ready light. Use WAFFLE10 by November 26 and it's $53.10 with free shipping",
     "warn", "style", "no_final_punctuation"),
    ("dt1", "email_body", "Our pen tablet has a 10 x 6.25 in active area and a battery-free pen. It's $59.49 with "
     "DRAW15 until September 30, with 10 spare nibs on us", "warn", "style", "no_final_punctuation"),
    ("pm1", "email_body", "The Clutchpoint mount clips to your vent and holds your phone with N52 magnets. GRIP30 "
     "brings it to $20.99 through March 15", "warn", "style", "no_final_punctuation"),
    ("sp1", "email_subject", "You won't believe what we packed for you", "warn", "style", "teaser_subject"),
    ("pm1", "email_subject", "Quick question before your next drive...", "warn", "style", "teaser_subject"),
    ("wm1", "email_subject", "Breakfast is about to change", "warn", "style", "teaser_subject"),
    ("sc1", "email_subject", "Heavy-duty ice cream scoop, $18 #icecream", "warn", "style", "hashtag_in_email"),
    ("sp1", "email_body", "An R-value of 4.2, 3 inches thick and 2 lb 9 oz. The Ridgeloft pad is $103.20 with "
     "LOFT20 until April 30, shipped free. #camping #backpacking", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth -------------------------------------------------------------------------------------
    ("sc1", "email_subject", "Coldspoon heavy-duty scoop, now just $16", "block", "truth", "wrong_price"),
    ("sp1", "sms", "Ridgeloft: sleeping pad $98.20 w/ LOFT20 + free shipping, ends 4/30. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("wm1", "email_body", "Was $79.00, now $53.10: the Hearthberry Belgian Waffle Maker with WAFFLE10, shipped free "
     "until November 26.", "block", "truth", "wrong_was_price"),
    ("dt1", "push", "Reg. $89.99, now $59.49\nInkvane pen tablet with DRAW15.", "block", "truth", "wrong_was_price"),
    ("pm1", "email_body", "Save 40% on the Clutchpoint Magnetic Vent Phone Mount: $20.99 instead of $29.99 with "
     "GRIP30 until March 15.", "block", "truth", "discount_price_mismatch"),
    ("sc1", "social", "Half off our scoop 🍦 $18 instead of $24 with SCOOP25!",
     "block", "truth", "discount_price_mismatch"),
    ("sp1", "email_subject", "Take 30% off the Ridgeloft sleeping pad this month",
     "block", "truth", "wrong_discount"),
    ("wm1", "push", "15% off waffles\nHearthberry Belgian waffle maker with WAFFLE10.",
     "block", "truth", "wrong_discount"),
    ("dt1", "email_subject", "DRAW15 ends August 31: pen tablet $59.49", "block", "truth", "wrong_date"),
    ("pm1", "sms", "Clutchpoint: GRIP30 ends 2/28! Vent mount $20.99. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("sc1", "email_body", "Keep the freezer stocked all summer: SCOOP25 takes 25% off the Coldspoon Heavy-Duty Ice "
     "Cream Scoop through Labor Day.", "block", "truth", "deadline_after_end"),
    ("wm1", "social", "Designed and built in Vermont 🧇 Hearthberry Belgian waffle maker, $53.10 with WAFFLE10.",
     "block", "truth", "invented_origin"),
    ("sc1", "push", "Made in Ohio since 1952\nHeavy-duty 2 oz scoop, $18 with SCOOP25.",
     "block", "truth", "invented_origin"),
    ("sp1", "social", "Merino wool top layer for cozy nights ⛺ Ridgeloft pad, $103.20 with LOFT20.",
     "block", "truth", "invented_material"),
    ("pm1", "email_subject", "Aircraft-grade aluminum vent mount, $20.99 with GRIP30",
     "block", "truth", "invented_material"),
    ("dt1", "email_body", "The Inkvane pen tablet pairs over Bluetooth, so there's no cable on your desk. It's "
     "$59.49 with DRAW15 until September 30, and 10 spare nibs come free.", "block", "truth", "invented_attribute"),
    ("sp1", "email_body", "Named Gear of the Year by Backcountry Monthly, the Ridgeloft Self-Inflating Sleeping Pad "
     "is $103.20 with LOFT20 until April 30, with free shipping.", "block", "truth", "invented_award"),
    ("wm1", "sms", "Hearthberry: our 4.8-star waffle maker is $53.10 + free shipping w/ WAFFLE10. Reply STOP to opt "
     "out", "block", "truth", "rating_not_in_record"),
    ("dt1", "social", "Artists give it 5 stars ⭐⭐⭐⭐⭐ Inkvane 10 x 6 tablet, $59.49 with DRAW15.",
     "block", "truth", "rating_not_in_record"),
    ("pm1", "push", "Rated 4.8 by drivers\nClutchpoint vent mount, $20.99 with GRIP30.",
     "block", "truth", "wrong_rating"),
    ("sc1", "email_body", "Rated 4.9 stars across 2,841 reviews, the Coldspoon Heavy-Duty Ice Cream Scoop is $18.00 "
     "with SCOOP25 until June 30.", "block", "truth", "wrong_rating"),
    ("sp1", "push", "4 inches of cushion\nRidgeloft self-inflating pad, $103.20, ships free.",
     "block", "truth", "wrong_spec"),
    ("wm1", "email_body", "The Hearthberry Belgian Waffle Maker bakes four square waffles at a time on its "
     "removable nonstick plates. $53.10 with WAFFLE10 until November 26, free shipping.",
     "block", "truth", "wrong_spec"),
    ("sc1", "sms", "Coldspoon: stainless scoop $18 w/ SCOOP25 + FREE shipping til 6/30. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("pm1", "social", "Free shipping on every vent mount this week 🚗 $20.99 with GRIP30.",
     "block", "truth", "free_shipping_not_offered"),
    ("pm1", "email_body", "Order the Clutchpoint vent mount with GRIP30 before March 15 and we'll tuck a free "
     "microfiber cloth in the box. Just $20.99.", "block", "truth", "gift_not_offered"),
    ("pm1", "email_subject", "Almost gone: only 12 vent mounts left at $20.99", "block", "truth", "stock_claim"),
    ("dt1", "email_subject", "Pen tablet $59.49 with code SKETCH15", "block", "truth", "wrong_code"),
    ("dt1", "email_body", "Why pay Wacom prices? The Inkvane 10 x 6 Pen Tablet is $59.49 with DRAW15 until "
     "September 30.", "block", "truth", "other_brand"),
    ("sc1", "social", "Every scoop ships with a matching spade for toppings 🍦 $18 with SCOOP25.",
     "block", "truth", "invented_kind"),
    ("pm1", "push", "Vent mount deal\n£20.99 with GRIP30 until March 15.", "block", "truth", "wrong_currency"),
    # ---- blocks: law ---------------------------------------------------------------------------------------
    ("sp1", "email_body", "Doctors recommend the Ridgeloft pad for campers with back pain: it relieves sciatica and "
     "lower-back stiffness overnight. $103.20 with LOFT20, free shipping.", "block", "law", "medical_claim"),
    ("wm1", "social", "Our waffles are diabetic-friendly and lower your cholesterol 🧇 Hearthberry maker $53.10.",
     "block", "law", "medical_claim"),
    ("dt1", "email_subject", "Clinically shown to ease wrist tendinitis: the Inkvane pen tablet",
     "block", "law", "medical_claim"),
    ("pm1", "email_subject", "The strongest car phone mount ever made, $20.99", "block", "law", "absolute_claim"),
    ("sc1", "push", "#1 scoop in America\nColdspoon heavy-duty scoop, $18 with SCOOP25.",
     "block", "law", "absolute_claim"),
    ("pm1", "email_body", "Your phone will never fall. Guaranteed, on any road, at any speed, or we'll replace your "
     "phone. Vent mount $20.99 with GRIP30.", "block", "law", "guarantee_claim"),
    ("wm1", "email_body", "Perfect waffles every single time, guaranteed, or your money back twice over. "
     "Hearthberry Belgian Waffle Maker, $53.10 with WAFFLE10.", "block", "law", "guarantee_claim"),
    ("dt1", "social", "1,200 tablets sold in the last hour! 🔥 Inkvane 10 x 6, $59.49 with DRAW15.",
     "block", "law", "fake_transaction"),
    ("sc1", "sms", "Coldspoon: heavy-duty ice cream scoop $18 with SCOOP25 through 6/30. Grab yours today!",
     "block", "law", "missing_opt_out"),
    ("sp1", "sms", "Ridgeloft: self-inflating pad $103.20, free shipping, use LOFT20 by Apr 30. ridgeloft.com",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety ------------------------------------------------------------------------------------
    ("wm1", "email_body", "Hi Denise, your waffle maker will ship to 4418 Orchard Lane, Dayton OH 45419. We have "
     "your card ending 7731 (exp 09/28) on file. $53.10 with WAFFLE10.", "block", "safety", "pii"),
    ("pm1", "sms", "Clutchpoint: Marcus (marcus.bell82@gmail.com, 937-555-0148), your mount is $20.99 w/ GRIP30. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("sp1", "social", "Sleeping on rocks like a homeless bum? Quit being a loser and get a real pad ⛺ Ridgeloft, "
     "$103.20.", "block", "safety", "toxicity"),
    ("sc1", "email_body", "As an AI language model, I can't taste ice cream, but here is your email: The Coldspoon "
     "Heavy-Duty Ice Cream Scoop is $18.00 with SCOOP25 until June 30.", "block", "safety", "prompt_echo"),
    ("dt1", "sms", "Write a 160-character SMS for the Inkvane tablet: Inkvane 10x6 tablet $59.49 w/ DRAW15. Reply "
     "STOP to opt out", "block", "safety", "prompt_echo"),
    ("wm1", "push", "Hey {{first_name}} 🧇\nBelgian waffle maker $53.10 with WAFFLE10.",
     "block", "safety", "template_leak"),
    ("sp1", "email_subject", "[CUSTOMER NAME], your sleeping pad is $103.20", "block", "safety", "template_leak"),
    ("pm1", "email_body", "Grab the mount on our Amazon page at https://amzn.to/3clutch30 and it's $20.99 with "
     "GRIP30 until March 15.", "block", "safety", "link_not_allowed"),
    ("dt1", "social", "Get yours 👉 bit.ly/inkvane-deal ✏️ $59.49 with DRAW15.",
     "block", "safety", "link_not_allowed"),
    ("sc1", "social", "Coldspооn scoop, 25% off with SCOOP25 🍦", "block", "safety", "confusable"),
    ("wm1", "email_subject", "Hearthberry waffle maker $53.10 with WАFFLE10", "block", "safety", "confusable"),
    # ---- blocks: form --------------------------------------------------------------------------------------
    ("sp1", "email_subject", "Ridgeloft Self-Inflating Sleeping Pad, Regular: R-value 4.2, 3 in thick, 72 x 25 in, "
     "2 lb 9 oz, stuff sack and repair kit included, now $103.20 with LOFT20 and free shipping until April 30",
     "block", "form", "too_long"),
    ("pm1", "sms", "Clutchpoint: Our Magnetic Vent Phone Mount clips to your car's air vent with a hook, holds your "
     "phone with N52 magnets, is MagSafe compatible, comes with a metal plate for other phones from 4.7 to 6.9 in, "
     "rotates 360 degrees and is rated 4.3 stars by 5,120 drivers. It's $20.99 with code GRIP30 until March 15. "
     "Reply STOP to opt out", "block", "form", "too_long"),
    ("wm1", "email_body", "The Hearthberry Belgian Waffle Maker bakes one 7-inch round waffle, a full inch deep, "
     "and with WAFFLE10 it's $53.10 until Novem", "block", "form", "truncated"),
    ("sc1", "push", "Scoop season\nHeavy-duty 2 oz scoop, $18 with SCO", "block", "form", "truncated"),
    ("dt1", "email_body", "**Inkvane 10 x 6 Pen Tablet**\n\n- 8,192 pressure levels\n- Battery-free pen\n- 8 "
     "express keys\n\n[Shop now](https://inkvane.com/tablet) for $59.49 with DRAW15.", "block", "form", "markdown"),
    ("sc1", "sms", "Coldspoon: **25% off** our heavy-duty scoop with `SCOOP25` until 6/30. Reply STOP to opt out",
     "block", "form", "markdown"),
    ("pm1", "push", "Hands-free driving\nItâ€™s $20.99 with GRIP30 â€” ends March 15.",
     "block", "form", "garbled_text"),
    ("sp1", "social", "¡Duerme calientito en el campo! ⛺ Colchoneta autoinflable Ridgeloft, $103.20 con envío "
     "gratis y el código LOFT20.", "block", "form", "wrong_language"),
    ("wm1", "sms", "Hearthberry : gaufrier belge à 53,10 $ avec WAFFLE10, livraison offerte. Répondez STOP pour "
     "vous désabonner", "block", "form", "wrong_language"),
    ("dt1", "email_subject", "Pen tablet sale pen tablet sale pen tablet sale: $59.49",
     "block", "form", "repetition"),
]
