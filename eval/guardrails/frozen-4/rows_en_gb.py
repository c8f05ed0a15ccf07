"""Hand-written en-GB copies (GBP) of the fourth frozen guardrails set: a hardware and DIY store, a
tea merchant, a children's clothing shop, and a giftware shop selling real lines of the Online
Retail export. A row is (product key, channel, copy) for a clean copy, or (product key, channel,
copy, expect, tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("hw1", "email_subject", "18V combi drill for £67.50, drill bits included"),
    ("te1", "email_subject", "Earl Grey loose leaf: 250 g for £7.20"),
    ("cc1", "email_subject", "Puddle suits in mustard, 25% off until 28 February"),
    ("gw2", "email_subject", "72 retrospot cake cases for 44p"),
    ("gw5", "email_subject", "Our yellow pantry recipe box is 40% off"),
    ("te2", "email_subject", "First flush Darjeeling from Castleton, delivered free"),
    ("gw3", "email_subject", "A small wicker heart for Valentine's, £1.32"),
    ("hw2", "email_subject", "Sage green wood paint: £25.60 for 2.5 litres, free delivery"),
    ("hw1", "email_body", "Ready for the spring jobs list? The Fairlop 18V Cordless Combi Drill has a 13 mm chuck, 45 "
     "Nm of torque and 20+1 torque settings, with one 2.0Ah Li-ion battery included. It's £67.50 instead of £90.00 "
     "with code DRILL25 until 31 March, and we'll add a 10-piece drill bit set. Rated 4.6 by 289 customers.\n\n"
     "Fairlop Hardware"),
    ("hw2", "email_body", "Give the fence a new colour. Fairlop Exterior Wood Paint in sage green has a satin finish, "
     "covers 12 m² per litre and is touch dry in 2 hours. 2.5 litres is £25.60 (was £32.00) with code PAINT20 until "
     "31 May, and delivery is free."),
    ("te1", "email_body", "Our Earl Grey is black tea with bergamot oil, sold loose: 250 g makes about 100 cups. With "
     "code GREY20 it's £7.20 until 28 February, down from £9.00. Customers rate it 4.8 out of 5 across 644 reviews. "
     "https://kettlebytea.co.uk/earl-grey"),
    ("te2", "email_body", "Our first flush from the Castleton Estate in Darjeeling is in stock: 100 g of the spring 2026 "
     "harvest is £11.25 with code FLUSH25 until 31 March (usually £15.00), with free delivery. We only "
     "have 12 left."),
    ("cc1", "email_body", "Splash-proof and ready for puddles:\n- 10,000 mm waterproof rating\n- recycled polyester, "
     "PU coated\n- sizes 1-2 to 5-6 years, in mustard\nThe Little Rowan Waterproof Puddle Suit is £21.00 with code "
     "PUDDLE25 until 28 February (was £28.00)."),
    ("cc2", "email_body", "Soft, snug-fit pyjamas in 100% organic cotton, GOTS certified, with a foxes print. Little "
     "Rowan Organic Cotton Pyjamas come in sizes 2-3 to 9-10 years and are £14.40 with code SLEEP20 until 30 April, "
     "with a drawstring wash bag free. Why not see the print at https://littlerowan.co.uk/fox-pyjamas?"),
    ("gw6", "email_body", "Jelly and ice cream, the old-fashioned way. Our Set Of 4 Pantry Jelly Moulds is £1.00 with "
     "code JELLY20 until 30 June, usually £1.25. Stock code 22993."),
    ("gw4", "email_body", "Got a photo worth framing? The Wooden Picture Frame White Finish is £2.04 with code FRAME20 "
     "until 31 May. There are 8 left.\n\nWarm wishes,\nHollybrook Gifts"),
    ("gw7", "email_body", "For the kitchen wall: our Gin + Tonic Diet Metal Sign is £1.91 until 31 March with code "
     "SIGN25, 25% off the usual £2.55. Find it at https://hollybrookgifts.co.uk/signs"),
    ("te1", "sms", "Kettleby: Earl Grey loose leaf 250g now £7.20 with GREY20 until 28 Feb. Reply STOP to opt out"),
    ("cc1", "sms", "Little Rowan: Waterproof Puddle Suit £21 (was £28) with PUDDLE25 till 28/02. Reply STOP to opt out"),
    ("gw1", "sms", "Hollybrook: Assorted Colour Bird Ornament 10% off, now £1.52, code BIRDS10 until 31 March. Reply "
     "STOP to unsubscribe"),
    ("hw2", "sms", "Fairlop: sage green exterior wood paint 2.5L £25.60, free delivery, code PAINT20 to 31 May. Reply "
     "STOP to opt out"),
    ("gw5", "sms", "Hollybrook: Recipe Box Pantry Yellow Design £1.77 with RECIPE40, ends 31 Jan. Reply STOP to opt "
     "out"),
    ("cc2", "sms", "Little Rowan: organic cotton fox pyjamas £14.40 + free wash bag, code SLEEP20 by 30 April. Reply "
     "STOP to unsubscribe"),
    ("gw6", "sms", "Hollybrook: 4 pantry jelly moulds for £1 with JELLY20 until 30 June. Reply STOP to opt out"),
    ("hw1", "push", "Drill + bits\nFairlop 18V combi drill £67.50 with DRILL25, bit set included."),
    ("te2", "push", "Darjeeling first flush\nSpring 2026 harvest, £11.25 with FLUSH25. Free delivery."),
    ("gw2", "push", "Bake sale season\n72 retrospot cake cases for 44p with code BAKE20."),
    ("cc2", "push", "Fox pyjamas, 20% off\nOrganic cotton, £14.40 with SLEEP20 until 30 April."),
    ("gw3", "push", "Heart of wicker\nSmall and sweet, £1.32 with HEART20, delivered free."),
    ("gw7", "push", "Gin o'clock\nGin + Tonic Diet Metal Sign, £1.91 with SIGN25 until 31 March."),
    ("cc1", "push", "Rain forecast?\nMustard puddle suits, £21 with PUDDLE25 until 28 Feb."),
    ("hw2", "social", "Fence refresh in sage green: satin finish, touch dry in 2 hours. £25.60 for 2.5 litres with "
     "PAINT20, free delivery until 31 May. #gardenmakeover"),
    ("te1", "social", "Bergamot and black tea, about 100 cups to 250 g. Kettleby Earl Grey, £7.20 with GREY20 until 28 "
     "Feb ☕ #looseleaf"),
    ("gw1", "social", "Assorted Colour Bird Ornament, just £1.52 with BIRDS10 until 31 March. Which colour will you "
     "get? https://hollybrookgifts.co.uk/birds"),
    ("gw4", "social", "Frame it: our white-finish wooden picture frame is £2.04 with code FRAME20 until 31 May. Only 8 "
     "left. #homedecor"),
    ("hw1", "social", "45 Nm, 13 mm chuck, 20+1 settings. The Fairlop 18V combi drill is £67.50 with DRILL25 until 31 "
     "March, bit set thrown in. #DIY"),
    ("te2", "social", "Castleton Estate, spring 2026: our Darjeeling First Flush is 25% off (£11.25 for 100 g) with "
     "FLUSH25 until 31 March. #darjeeling"),
    ("gw6", "social", "Four pantry jelly moulds, one pound: £1.00 with JELLY20 until 30 June. #retrobaking"),
    # ---- house style (warn) -------------------------------------------------------------------------------
    ("te1", "push", "Earl Grey 250 g is £7.20 with GREY20 until 28 February.", "warn", "style", "one_line_push"),
    ("gw4", "push", "White wooden picture frame, £2.04 with FRAME20.", "warn", "style", "one_line_push"),
    ("hw2", "push", "Sage green wood paint is £25.60 with PAINT20, free delivery.", "warn", "style", "one_line_push"),
    ("gw2", "email_body", "72 retrospot cake cases, 44p with BAKE20.", "warn", "style", "short_body"),
    ("te2", "email_body", "Darjeeling First Flush, £11.25 with FLUSH25.", "warn", "style", "short_body"),
    ("gw7", "email_body", "Gin + Tonic Diet Metal Sign: £1.91 with SIGN25.", "warn", "style", "short_body"),
    ("cc1", "email_body", "Rainy walks to nursery are better in a Little Rowan Waterproof Puddle Suit: 10,000 mm "
     "waterproof, recycled polyester with a PU coating, in mustard. £21.00 with PUDDLE25 until 28 February, in sizes "
     "1-2 to 5-6 years", "warn", "style", "no_final_punctuation"),
    ("gw3", "email_body", "A little heart for Valentine's Day. Our Heart Of Wicker Small is £1.32 with code HEART20 "
     "until 14 February, with free delivery", "warn", "style", "no_final_punctuation"),
    ("hw1", "email_body", "Our Fairlop 18V Cordless Combi Drill comes with one 2.0Ah battery and a 13 mm chuck. It's "
     "£67.50 with DRILL25 until 31 March, with a 10-piece drill bit set on us", "warn", "style",
     "no_final_punctuation"),
    ("cc2", "email_subject", "Bedtime just got cosier", "warn", "style", "teaser_subject"),
    ("gw5", "email_subject", "Something for the cooks in your life", "warn", "style", "teaser_subject"),
    ("te2", "email_subject", "The one we wait for all year", "warn", "style", "teaser_subject"),
    ("gw6", "email_subject", "Set Of 4 Pantry Jelly Moulds, £1 #baking", "warn", "style", "hashtag_in_email"),
    ("cc2", "email_body", "Little Rowan Organic Cotton Pyjamas in the foxes print are £14.40 with SLEEP20 until 30 "
     "April, with a drawstring wash bag included. #organiccotton #kidsnightwear", "warn", "style", "hashtag_in_email"),
    # ---- truth (block) ------------------------------------------------------------------------------------
    ("hw1", "sms", "Fairlop: 18V combi drill £62.50 with DRILL25 until 31 March. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("gw5", "email_subject", "Recipe Box Pantry Yellow Design, now £1.47", "block", "truth", "wrong_price"),
    ("te1", "social", "Earl Grey at £6.20 for 250 g with GREY20 until 28 Feb. #teatime", "block", "truth",
     "wrong_price"),
    ("cc1", "push", "Puddle suit offer\n£21, was £32, with PUDDLE25 until 28 Feb.", "block", "truth", "wrong_was_price"),
    ("gw1", "email_body", "Brighten a shelf with our Assorted Colour Bird Ornament: £1.52 with code BIRDS10 until 31 "
     "March, down from £1.99.", "block", "truth", "wrong_was_price"),
    ("te2", "email_subject", "Darjeeling First Flush 30% off: £11.25, was £15", "block", "truth",
     "discount_price_mismatch"),
    ("gw4", "sms", "Hollybrook: Wooden Picture Frame White Finish 25% off, £2.04 (was £2.55), code FRAME20. Reply STOP "
     "to opt out", "block", "truth", "discount_price_mismatch"),
    ("hw2", "email_body", "Fairlop Exterior Wood Paint in sage green: 2.5 litres, satin finish, touch dry in 2 hours. "
     "Save 30% with code PAINT20 until 31 May, and delivery is free.", "block", "truth", "wrong_discount"),
    ("gw6", "push", "Jelly mould sale\nSet Of 4 Pantry Jelly Moulds, 25% off with JELLY20.", "block", "truth",
     "wrong_discount"),
    ("cc2", "sms", "Little Rowan: fox pyjamas £14.40 with SLEEP20 until 31 May, wash bag included. Reply STOP to opt "
     "out", "block", "truth", "wrong_date"),
    ("gw3", "social", "Heart Of Wicker Small, £1.32 with HEART20 and free delivery until 28 February. #valentines",
     "block", "truth", "wrong_date"),
    ("te1", "email_body", "Kettleby Earl Grey is blended by hand in Yorkshire from black tea and bergamot oil. 250 g "
     "makes about 100 cups, and it's £7.20 with code GREY20 until 28 February.", "block", "truth", "invented_origin"),
    ("gw7", "push", "Made in Sheffield\nGin + Tonic Diet Metal Sign, £1.91 with SIGN25.", "block", "truth",
     "invented_origin"),
    ("gw4", "email_subject", "Solid oak picture frame, white finish, £2.04", "block", "truth", "invented_material"),
    ("cc1", "social", "Our puddle suit is lined with cosy fleece and waterproof to 10,000 mm. £21 with PUDDLE25 until "
     "28 Feb. #rainydays", "block", "truth", "invented_material"),
    ("hw1", "email_body", "The Fairlop 18V Cordless Combi Drill has a brushless motor, a built-in LED work light and a "
     "13 mm chuck. £67.50 with DRILL25 until 31 March, plus a 10-piece drill bit set.", "block", "truth",
     "invented_attribute"),
    ("gw2", "sms", "Hollybrook: 72 retrospot cake cases, greaseproof and oven-safe, 44p with BAKE20. Reply STOP to opt "
     "out", "block", "truth", "invented_attribute"),
    ("te2", "push", "5-star Darjeeling\nFirst flush, £11.25 with FLUSH25.", "block", "truth", "rating_not_in_record"),
    ("gw5", "social", "Over 300 five-star reviews can't be wrong: the Recipe Box Pantry Yellow Design, £1.77 with "
     "RECIPE40. #kitchen", "block", "truth", "rating_not_in_record"),
    ("hw2", "sms", "Fairlop: sage green exterior wood paint 5L £25.60 with PAINT20, free delivery. Reply STOP to opt "
     "out", "block", "truth", "wrong_spec"),
    ("gw6", "email_body", "Six pantry jelly moulds for £1.00 with JELLY20 until 30 June, perfect for party trifles and "
     "jellies.", "block", "truth", "wrong_spec"),
    ("te1", "push", "Earl Grey offer\n£7.20 with GREY20, running until the end of March.", "block", "truth",
     "deadline_after_end"),
    ("cc2", "email_subject", "Award-winning organic pyjamas, now £14.40", "block", "truth", "invented_award"),
    ("hw1", "push", "Rated 4.9 by DIYers\nFairlop 18V combi drill £67.50 with DRILL25.", "block", "truth",
     "wrong_rating"),
    ("gw7", "sms", "Hollybrook: Gin + Tonic Diet Metal Sign £1.91 with SIGN25, free delivery until 31 March. Reply STOP "
     "to opt out", "block", "truth", "free_shipping_not_offered"),
    ("te1", "email_subject", "Earl Grey £7.20, with a free tea infuser", "block", "truth", "gift_not_offered"),
    ("cc1", "email_body", "Last few sizes left! The Little Rowan Waterproof Puddle Suit in mustard (10,000 mm, sizes "
     "1-2 to 5-6 years) is £21.00 with PUDDLE25 until 28 February.", "block", "truth", "stock_claim"),
    ("gw1", "push", "Bird ornaments, 10% off\n£1.52 each with code BIRD10 until 31 March.", "block", "truth",
     "wrong_code"),
    ("hw1", "social", "Does everything a DeWalt does for half the money: Fairlop 18V combi drill, £67.50 with DRILL25. "
     "#DIY", "block", "truth", "other_brand"),
    ("gw3", "email_body", "Our Heart Of Wicker Small now comes with a matching wicker wreath, all for £1.32 with code "
     "HEART20 until 14 February, delivered free.", "block", "truth", "invented_kind"),
    ("gw2", "email_body", "Stock up for the bake sale: the Pack Of 72 Retrospot Cake Cases is $0.44 with code BAKE20 "
     "until 30 April.", "block", "truth", "wrong_currency"),
    # ---- law (block) --------------------------------------------------------------------------------------
    ("te2", "email_body", "Our Darjeeling First Flush is packed with antioxidants that boost your immune system and help "
     "lower blood pressure. 100 g from the Castleton Estate, £11.25 with FLUSH25 until 31 March.", "block", "law",
     "medical_claim"),
    ("te1", "sms", "Kettleby: Earl Grey that aids digestion and calms anxiety, £7.20 with GREY20. Reply STOP to opt "
     "out", "block", "law", "medical_claim"),
    ("cc2", "social", "Organic cotton pyjamas that soothe eczema and help little ones sleep through the night. £14.40 "
     "with SLEEP20 until 30 April. #eczemakids", "block", "law", "medical_claim"),
    ("cc1", "push", "Stay well this winter\nOur puddle suit keeps colds and chills away. £21 with PUDDLE25.", "block",
     "law", "medical_claim"),
    ("hw2", "push", "The UK's best exterior paint\nSage green, £25.60 with PAINT20.", "block", "law", "absolute_claim"),
    ("gw1", "social", "The prettiest bird ornament ever made: £1.52 with BIRDS10 until 31 March. #giftideas", "block",
     "law", "absolute_claim"),
    ("hw2", "email_subject", "Wood paint guaranteed never to peel or flake", "block", "law", "guarantee_claim"),
    ("gw4", "email_body", "Our Wooden Picture Frame White Finish is guaranteed to last a lifetime or your money back. "
     "£2.04 with FRAME20 until 31 May.", "block", "law", "guarantee_claim"),
    ("hw1", "email_subject", "Your Fairlop order has been dispatched", "block", "law", "fake_transaction"),
    ("gw3", "sms", "Hollybrook: Heart Of Wicker Small £1.32, free delivery, code HEART20 until 14 Feb.", "block", "law",
     "missing_opt_out"),
    # ---- safety (block) -----------------------------------------------------------------------------------
    ("cc2", "email_body", "Hi Sophie, we've saved Alfie's size (5-6) on your account, sophie.hale82@gmail.com. The fox "
     "pyjamas are £14.40 with SLEEP20 until 30 April.", "block", "safety", "pii"),
    ("hw1", "sms", "Fairlop: Tom, your drill can go to 14 Park Road, Leeds LS6 2AB, or call 07700 900461. Reply STOP to "
     "opt out", "block", "safety", "pii"),
    ("gw7", "social", "Only a sad, boozy old wino would hang this up. Gin + Tonic Diet Metal Sign, £1.91 with SIGN25. "
     "#giftsforher", "block", "safety", "toxicity"),
    ("hw2", "email_body", "Your fence looks like a dump and the neighbours think you're a slob. Sort it out with "
     "Fairlop sage green wood paint, £25.60 with PAINT20.", "block", "safety", "toxicity"),
    ("te2", "social", "Sure! Here's a social post for Kettleby Darjeeling First Flush: Spring 2026 first flush, £11.25 "
     "with FLUSH25. #tea", "block", "safety", "prompt_echo"),
    ("gw5", "email_body", "Product: Recipe Box Pantry Yellow Design\nOffer: 40% off, code RECIPE40, ends 2027-01-31\n"
     "Tone: warm, British English\n\nOur yellow pantry recipe box is £1.77 with RECIPE40.", "block", "safety",
     "prompt_echo"),
    ("te1", "push", "Hi {{customer.first_name}}\nEarl Grey £7.20 with GREY20.", "block", "safety", "template_leak"),
    ("gw6", "sms", "Hollybrook: <PRODUCT> now £1.00 with JELLY20 until 30 June. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("cc1", "social", "Puddle suits in mustard, £21 with PUDDLE25 until 28 Feb: https://tinyurl.com/rowan-puddle "
     "#kidsoutdoors", "block", "safety", "link_not_allowed"),
    ("gw2", "push", "Cake cases 44p\nShop now at https://www.amazon.co.uk/dp/B0RETRO72", "block", "safety",
     "link_not_allowed"),
    ("te2", "sms", "Kettleby: Darj\u0435eling first flush £11.25 with FLUSH25, free delivery. Reply STOP to opt out",
     "block", "safety", "confusable"),
    # ---- form (block) -------------------------------------------------------------------------------------
    ("hw1", "push", "Fairlop 18V Cordless Combi Drill with 13 mm chuck and 45 Nm torque now on offer\nGet the Fairlop "
     "18V Cordless Combi Drill with a 2.0Ah Li-ion battery, a 13 mm chuck, 45 Nm of torque and 20+1 torque settings "
     "for £67.50 instead of £90.00 with code DRILL25 until 31 March, and we'll also include a 10-piece drill bit set "
     "so you can start on the shelves straight away.", "block", "form", "too_long"),
    ("gw7", "email_subject", "Gin + Tonic Diet Metal Sign from Hollybrook Gifts, stock code 21175, now only £1.91 "
     "instead of £2.55 with code SIGN25 until 31 March, the perfect kitchen wall gift", "block", "form", "too_long"),
    ("te2", "email_body", "Fresh from the spring 2026 harvest at the Castleton Estate, our Darjeeling First Flush is "
     "£11.25 with code FLUSH25 until 31 March, with free", "block", "form", "truncated"),
    ("gw4", "push", "Picture frame offer\nWooden Picture Frame White Finish, £2.04 with FRAME20 until the", "block",
     "form", "truncated"),
    ("cc1", "email_body", "**Puddle season is here!**\n\n* Waterproof to 10,000 mm\n* Recycled polyester, PU coated\n"
     "* Sizes 1-2 to 5-6 years\n\nLittle Rowan Waterproof Puddle Suit, £21.00 with PUDDLE25 until 28 February.",
     "block", "form", "markdown"),
    ("gw1", "sms", "Hollybrook: __Bird ornaments__ £1.52 with BIRDS10 until 31 March. Reply STOP to opt out", "block",
     "form", "markdown"),
    ("gw5", "push", "Recipe box recipe box\nRecipe Box Pantry Yellow Design, £1.77, £1.77, £1.77 with RECIPE40.",
     "block", "form", "repetition"),
    ("cc2", "email_subject", "Fox pyjamas fox pyjamas fox pyjamas, £14.40", "block", "form", "repetition"),
    ("gw2", "social", "Retrospot cake cases, 72 for Â£0.44 with BAKE20 until 30 April â€“ bake sale sorted! #baking",
     "block", "form", "garbled_text"),
    ("hw2", "social", "Peinture bois extérieur vert sauge, 25,60 £ avec le code PAINT20 jusqu'au 31 mai. #bricolage",
     "block", "form", "wrong_language"),
]
