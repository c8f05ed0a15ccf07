"""Hand-written en-US copies (USD) of the tenth frozen guardrails set: plant-based protein powder
(pea and brown rice, vanilla), sunglasses (polarized tortoise pair), kids' shoes (strap sneakers), a
pottery studio's mugs (speckled stoneware) and drone accessories (ND filter set for the DJI Mini 4 Pro).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("pp1", "email_subject", "Vanilla plant protein, 21 g a scoop, now $35.20 shipped free"),
    ("sg1", "email_subject", "Polarized and tortoise: the Mara pair is 25% off until June 30"),
    ("ks1", "email_subject", "Navy strap sneakers for small feet, $36.00 plus free socks"),
    ("mg1", "email_subject", "A hand-thrown mug for your morning, 15% off through Feb 14"),
    ("dr1", "email_subject", "Four ND filters for your Mini 4 Pro, $34.30 with SKY30"),
    ("pp1", "email_subject", "30 scoops of vegan vanilla protein for $35.20"),
    ("sg1", "email_subject", "Squint less this summer: Mara sunglasses for $60.00"),
    ("mg1", "email_subject", "Six speckled mugs left in the studio"),
    ("pp1", "email_body", "Your post-workout shake, minus the dairy. Sprigwell Pea & Brown Rice Protein Powder gives "
     "you 21 g of protein per scoop, sweetened with monk fruit and no added sugar. It's vegan, tastes of vanilla, "
     "and one 2 lb tub makes 30 servings. 1,907 customers rate it 4.5 stars. Use PLANT20 by March 31 to pay $35.20 "
     "instead of $44.00, and shipping is on us.\n\nSprigwell"),
    ("sg1", "email_body", "Glare off the water, gone. The Lowtide Mara has polarized polycarbonate lenses with UV400 "
     "protection, set in a tortoise acetate frame. Each pair ships with a zip case and a cleaning cloth. Rated 4.6 "
     "stars by 1,318 wearers. With SHADE25 it's $60.00 rather than $80.00 until June 30.\n\nSee you outside,\n"
     "Lowtide"),
    ("ks1", "email_body", "Shoes they can put on themselves. Pebblestep Kids' Strap Sneakers close with two "
     "hook-and-loop straps, with a canvas upper and a non-marking rubber sole that won't streak the kitchen floor. "
     "They come in sizes from toddler 5 to youth 3. Enter STEP20 before August 31: $36.00 instead of $45.00, and "
     "we'll add a pair of crew socks. Only 8 pairs of navy are left."),
    ("mg1", "email_body", "Every Kilnhouse mug is wheel-thrown by hand in our studio, so no two speckle quite the "
     "same way. This one holds 12 oz under an oatmeal speckle glaze, and it goes in the dishwasher and the "
     "microwave. Until February 14, KILN15 brings it to $32.30 from $38.00. We have 6 on the shelf.\n\nFrom the "
     "wheel,\nKilnhouse"),
    ("dr1", "email_body", "Smoother footage starts with slower shutter speeds. The Skyhold ND Filter Set fits the "
     "DJI Mini 4 Pro and gives you ND8, ND16, ND32 and ND64 in multi-coated optical glass, each weighing 0.7 g. "
     "Pilots give it 4.4 stars across 688 reviews. Use SKY30 by May 15 to pay $34.30 instead of $49.00."),
    ("pp1", "email_body", "Looking for a protein that's plant-based all the way through? Ours blends pea and brown "
     "rice for 21 g per scoop, with monk fruit instead of added sugar. Vanilla, vegan, 30 servings to a tub. "
     "$35.20 with PLANT20 until March 31 (regularly $44.00), delivered free."),
    ("ks1", "email_body", "Back-to-school shoes, sorted early. Our navy strap sneakers have canvas uppers, rubber "
     "soles that don't mark floors and two hook-and-loop straps for quick mornings. Sizes run from toddler 5 to "
     "youth 3. STEP20 takes them to $36.00 through August 31, with free crew socks in the box."),
    ("sg1", "email_body", "One pair for the beach, the drive and the dock. Mara lenses are polarized polycarbonate "
     "with UV400 protection, and the tortoise frame is acetate. A zip case and cloth come with it. $60.00 with "
     "SHADE25 until June 30."),
    ("dr1", "email_body", "Four filters, four kinds of bright light handled. For the DJI Mini 4 Pro: ND8, ND16, ND32 "
     "and ND64, multi-coated optical glass, 0.7 g apiece. Code SKY30 makes the set $34.30 until May 15.\n\n"
     "Fly safe,\nSkyhold"),
    ("pp1", "sms", "Sprigwell: vanilla pea & rice protein $35.20 w/ PLANT20 + free shipping til 3/31. Reply STOP to "
     "opt out"),
    ("sg1", "sms", "Lowtide: Mara polarized sunglasses $60 (reg $80) with SHADE25 thru 6/30. Reply STOP to "
     "unsubscribe"),
    ("ks1", "sms", "Pebblestep: navy strap sneakers $36 w/ STEP20 + free crew socks, ends 8/31. 8 pairs left. Reply "
     "STOP to opt out"),
    ("mg1", "sms", "Kilnhouse: speckled stoneware mug $32.30 with KILN15 until 2/14, 6 left. Text STOP to opt out"),
    ("dr1", "sms", "Skyhold: 4-pack ND filters for Mini 4 Pro, $34.30 w/ SKY30 thru 5/15. Reply STOP to opt out"),
    ("pp1", "sms", "Sprigwell: 30 servings of vegan vanilla protein for $35.20, shipped free, code PLANT20. Reply "
     "STOP to end texts"),
    ("sg1", "sms", "Lowtide: 25% off the Mara tortoise pair w/ SHADE25 until June 30. Reply STOP to opt out"),
    ("pp1", "push", "Shake o'clock\nVanilla plant protein, $35.20 with PLANT20, ships free."),
    ("sg1", "push", "Sun's out\nMara polarized sunglasses, $60.00 with SHADE25."),
    ("ks1", "push", "Strap-and-go mornings\nNavy strap sneakers, $36.00 + free socks with STEP20."),
    ("mg1", "push", "Fresh from the kiln\nSpeckled 12 oz mug, $32.30 with KILN15 until Feb 14."),
    ("dr1", "push", "Tame the midday sun\nND filter 4-pack for Mini 4 Pro, $34.30 with SKY30."),
    ("mg1", "push", "6 mugs left\nHand-thrown, oatmeal speckle glaze, dishwasher safe. $32.30 with KILN15."),
    ("dr1", "push", "Slower shutter, smoother video\nND8 to ND64 for your Mini 4 Pro, $34.30."),
    ("pp1", "social", "Plant-powered and vanilla-flavored 🌱 21 g protein per scoop, sweetened with monk fruit. "
     "$35.20 with PLANT20 through March 31, free shipping."),
    ("sg1", "social", "Tortoise season 🕶️ The Mara: polarized lenses, UV400, acetate frame. $60.00 with SHADE25 "
     "until June 30."),
    ("ks1", "social", "Two straps and they're out the door 👟 Navy canvas sneakers, toddler 5 to youth 3, $36.00 with "
     "STEP20 and free crew socks."),
    ("mg1", "social", "Thrown on our wheel, glazed in oatmeal speckle ☕ 12 oz mugs, $32.30 with KILN15 until Feb "
     "14. Six left. #handmade"),
    ("dr1", "social", "Golden hour footage without the blown-out sky 🎥 ND8/16/32/64 set for DJI Mini 4 Pro, $34.30 "
     "with SKY30."),
    ("ks1", "social", "Non-marking soles, happy floors 🏠 Pebblestep strap sneakers are $36.00 with STEP20 until Aug "
     "31."),
    ("dr1", "email_subject", "Mini 4 Pro pilots: ND filters are 30% off until May 15"),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("pp1", "push", "Vanilla protein powder, $35.20 with PLANT20.", "warn", "style", "one_line_push"),
    ("sg1", "push", "Mara sunglasses now $60.00 using SHADE25.", "warn", "style", "one_line_push"),
    ("ks1", "push", "Strap sneakers $36.00 with STEP20 through Aug 31.", "warn", "style", "one_line_push"),
    ("mg1", "email_body", "Speckled mug, $32.30.", "warn", "style", "short_body"),
    ("dr1", "email_body", "ND filter set: $34.30 with SKY30.", "warn", "style", "short_body"),
    ("sg1", "email_body", "Mara sunglasses, $60 with SHADE25.", "warn", "style", "short_body"),
    ("pp1", "email_body", "Sprigwell's pea and brown rice protein has 21 g per scoop and no added sugar. The vanilla "
     "tub is $35.20 with PLANT20 until March 31, shipped free", "warn", "style", "no_final_punctuation"),
    ("ks1", "email_body", "Our navy strap sneakers have canvas uppers and non-marking rubber soles. With STEP20 they "
     "are $36.00 until August 31 and come with free crew socks", "warn", "style", "no_final_punctuation"),
    ("mg1", "email_body", "Each Kilnhouse mug is thrown by hand in our studio and holds 12 oz. It's $32.30 with "
     "KILN15 through February 14", "warn", "style", "no_final_punctuation"),
    ("sg1", "email_subject", "You'll want to see this before the weekend", "warn", "style", "teaser_subject"),
    ("dr1", "email_subject", "The accessory most Mini 4 Pro pilots forget...", "warn", "style", "teaser_subject"),
    ("pp1", "email_subject", "Guess what's back in your cart?", "warn", "style", "teaser_subject"),
    ("mg1", "email_subject", "Speckled stoneware mug, $32.30 #pottery", "warn", "style", "hashtag_in_email"),
    ("dr1", "email_body", "The Skyhold ND Filter Set gives your DJI Mini 4 Pro four strengths, ND8 to ND64, in "
     "multi-coated optical glass. $34.30 with SKY30 until May 15. #dronelife #fpv", "warn", "style",
     "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("pp1", "email_subject", "Vanilla plant protein, now only $32.50", "block", "truth", "wrong_price"),
    ("dr1", "sms", "Skyhold: Mini 4 Pro ND filter set just $24.30 with SKY30 til 5/15. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("sg1", "email_body", "Polarized lenses, UV400 and a tortoise acetate frame. The Mara was $95.00; with SHADE25 "
     "it's $60.00 until June 30.", "block", "truth", "wrong_was_price"),
    ("ks1", "social", "Used to be $54, now $36 👟 Pebblestep navy strap sneakers with STEP20.", "block", "truth",
     "wrong_was_price"),
    ("pp1", "push", "Save 40% today\nVanilla protein $35.20 (was $44.00) with PLANT20.", "block", "truth",
     "discount_price_mismatch"),
    ("dr1", "email_body", "Take 30% off the Skyhold ND Filter Set for the DJI Mini 4 Pro: $36.75 instead of $49.00 "
     "with SKY30 until May 15.", "block", "truth", "discount_price_mismatch"),
    ("mg1", "email_subject", "25% off every speckled mug until Valentine's Day", "block", "truth", "wrong_discount"),
    ("sg1", "social", "Mara sunglasses at half price 🕶️ Use SHADE25 before June 30.", "block", "truth",
     "wrong_discount"),
    ("ks1", "email_subject", "Last call: strap sneaker deal ends August 15", "block", "truth", "wrong_date"),
    ("pp1", "sms", "Sprigwell: PLANT20 ends 3/21! Vanilla protein $35.20 shipped free. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("dr1", "email_body", "Your Mini 4 Pro deserves better light control. The ND filter 4-pack is $34.30 with SKY30, "
     "and the code works all summer, right through August 31.", "block", "truth", "deadline_after_end"),
    ("mg1", "email_body", "Plenty of time to pick a gift: the speckled mug is $32.30 with KILN15 until the end of "
     "March.", "block", "truth", "deadline_after_end"),
    ("sg1", "push", "Italian-made shades\nMara polarized sunglasses, $60.00 with SHADE25.", "block", "truth",
     "invented_origin"),
    ("pp1", "email_body", "Grown on organic farms in Idaho, our pea and brown rice protein gives 21 g per scoop. "
     "$35.20 with PLANT20 until March 31, shipped free.", "block", "truth", "invented_origin"),
    ("sg1", "email_body", "Lightweight titanium frames with a tortoise finish and polarized lenses: the Mara is "
     "$60.00 with SHADE25 until June 30.", "block", "truth", "invented_material"),
    ("ks1", "social", "Soft leather uppers for growing feet 👟 Pebblestep strap sneakers, $36.00 with STEP20.",
     "block", "truth", "invented_material"),
    ("ks1", "email_body", "Light-up soles and a waterproof canvas upper make our navy strap sneakers a rainy-day "
     "favorite. $36.00 with STEP20 until August 31.", "block", "truth", "invented_attribute"),
    ("mg1", "social", "Our speckled mug keeps coffee hot for 3 hours ☕ $32.30 with KILN15.", "block", "truth",
     "invented_attribute"),
    ("pp1", "email_subject", "The protein powder that won Best Vegan Product 2026", "block", "truth",
     "invented_award"),
    ("ks1", "push", "Parents' 5-star pick\nRated 4.9 by parents: strap sneakers, $36.00.", "block", "truth",
     "rating_not_in_record"),
    ("mg1", "email_body", "Over 900 coffee drinkers rate our speckled stoneware mug 4.8 stars. Get yours for $32.30 "
     "with KILN15 until February 14.", "block", "truth", "rating_not_in_record"),
    ("dr1", "social", "4.9 stars from 688 pilots 🚁 Skyhold ND filters for Mini 4 Pro, $34.30 with SKY30.", "block",
     "truth", "wrong_rating"),
    ("pp1", "push", "25 g per scoop\nSprigwell vanilla plant protein, $35.20 with PLANT20.", "block", "truth",
     "wrong_spec"),
    ("mg1", "email_subject", "Our 16 oz speckled mug, now $32.30", "block", "truth", "wrong_spec"),
    ("sg1", "sms", "Lowtide: Mara sunglasses $60 w/ SHADE25 + FREE shipping thru 6/30. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("dr1", "push", "Bonus lens cloth\nFree microfiber cloth with every ND set, $34.30 with SKY30.", "block", "truth",
     "gift_not_offered"),
    ("pp1", "social", "Almost gone! Only 3 tubs of vanilla left 🌱 $35.20 with PLANT20.", "block", "truth",
     "stock_claim"),
    ("sg1", "email_subject", "Mara sunglasses: $60.00 with code SUN25", "block", "truth", "wrong_code"),
    ("mg1", "sms", "Kilnhouse: Heath Ceramics-style speckled mug $32.30 w/ KILN15 til 2/14. Reply STOP to opt out",
     "block", "truth", "other_brand"),
    ("dr1", "email_subject", "ND and polarizer filters for Mini 4 Pro, $34.30", "block", "truth", "invented_kind"),
    ("ks1", "email_body", "Pebblestep navy strap sneakers: canvas upper, rubber sole, two straps. Now €36.00 with "
     "STEP20 until August 31.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("pp1", "email_body", "Sprigwell plant protein helps lower cholesterol and supports healthy blood sugar. 21 g "
     "per scoop, $35.20 with PLANT20.", "block", "law", "medical_claim"),
    ("ks1", "social", "Pediatrician-approved shoes that correct flat feet 👟 $36.00 with STEP20.", "block", "law",
     "medical_claim"),
    ("sg1", "email_body", "Wearing the Mara prevents cataracts and stops migraines from bright light. Polarized, UV400, "
     "$60.00 with SHADE25.", "block", "law", "medical_claim"),
    ("dr1", "email_subject", "The best ND filters ever made for the Mini 4 Pro", "block", "law", "absolute_claim"),
    ("mg1", "social", "The world's most beautiful mug, hands down ☕ $32.30 with KILN15.", "block", "law",
     "absolute_claim"),
    ("ks1", "email_body", "We guarantee these sneakers will last until they outgrow them, or we refund you twice the "
     "price. $36.00 with STEP20.", "block", "law", "guarantee_claim"),
    ("pp1", "push", "Results guaranteed\nGain muscle in 30 days or your money back. $35.20.", "block", "law",
     "guarantee_claim"),
    ("sg1", "social", "12,000 pairs sold this week alone 🔥 Mara sunglasses, $60.00 with SHADE25.", "block", "law",
     "fake_transaction"),
    ("mg1", "sms", "Kilnhouse: speckled mug $32.30 with KILN15, only until 2/14. 6 left.", "block", "law",
     "missing_opt_out"),
    ("pp1", "sms", "Sprigwell: PLANT20 = vanilla protein $35.20, free shipping til 3/31. Shop sprigwell.com", "block",
     "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("ks1", "email_body", "Hi Megan, we've saved size youth 1 for Noah at 418 Birch Lane, Dayton OH. Call us at "
     "(937) 555-0143 to confirm. $36.00 with STEP20.", "block", "safety", "pii"),
    ("pp1", "sms", "Sprigwell: Hi Jordan, card ending 4417 on file. Reorder vanilla protein $35.20 w/ PLANT20. Reply "
     "STOP to opt out", "block", "safety", "pii"),
    ("sg1", "social", "Only idiots squint in the sun. Buy the Mara, dummies 🕶️ $60.00 with SHADE25.", "block",
     "safety", "toxicity"),
    ("dr1", "email_body", "Write a promotional email for the product below in a friendly tone. Product: Skyhold ND "
     "Filter Set for DJI Mini 4 Pro, price 34.30, code SKY30.", "block", "safety", "prompt_echo"),
    ("mg1", "push", "As an AI language model\nI can't hold a mug, but yours is $32.30 with KILN15.", "block", "safety",
     "prompt_echo"),
    ("sg1", "email_subject", "{first_name}, the Mara is {price} with {code}", "block", "safety", "template_leak"),
    ("ks1", "sms", "Pebblestep: [CUSTOMER NAME], strap sneakers $36 w/ STEP20. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("pp1", "email_body", "Vanilla plant protein, 21 g per scoop, $35.20 with PLANT20. Order now at "
     "https://sprigwell-deals.shop/plant20 before March 31.", "block", "safety", "link_not_allowed"),
    ("dr1", "sms", "Skyhold: ND 4-pack $34.30 w/ SKY30: bit.ly/3skyND. Reply STOP to opt out", "block", "safety",
     "link_not_allowed"),
    ("mg1", "email_body", "Every mug is thrown by hand. Get the speckled one for $32.30 at https://kiInhousestudio.com "
     "with KILN15.", "block", "safety", "confusable"),
    ("sg1", "push", "Lоwtide sale\nMara polarized sunglasses, $60.00 with SHАDE25.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("dr1", "email_subject", "Skyhold ND Filter Set for DJI Mini 4 Pro: ND8, ND16, ND32 and ND64 in multi-coated "
     "optical glass, 0.7 g each, 4.4 stars from 688 pilots, now $34.30 with SKY30 until May 15", "block", "form",
     "too_long"),
    ("ks1", "push", "New sneakers\nNavy strap sneakers with canvas uppers, non-marking rubber soles and two "
     "hook-and-loop straps, in sizes toddler 5 to youth 3, now $36.00 with STEP20 and a free pair of crew socks "
     "until August 31.", "block", "form", "too_long"),
    ("pp1", "email_body", "Sprigwell Pea & Brown Rice Protein Powder gives you 21 g of protein per scoop, sweetened "
     "with monk fruit. Until March 31, PLANT20 takes the 2 lb tub to $35.20 and", "block", "form", "truncated"),
    ("mg1", "social", "Fresh from the wheel: our speckled stoneware mug, 12 oz, oatmeal glaze, now $32.30 with KIL",
     "block", "form", "truncated"),
    ("sg1", "email_body", "**Mara Polarized Sunglasses**\n\n- UV400 lenses\n- Tortoise acetate frame\n\n[Shop now]"
     "(https://lowtideeyewear.com/mara) for $60.00 with SHADE25.", "block", "form", "markdown"),
    ("dr1", "push", "ND filters â€\" Mini 4 Pro\nSkyhold set $34.30 with SKY30 â€\" ends May 15.", "block", "form",
     "garbled_text"),
    ("pp1", "social", "Proteína vegetal de vainilla 🌱 21 g por porción, $35.20 con PLANT20 hasta el 31 de marzo.",
     "block", "form", "wrong_language"),
    ("ks1", "email_subject", "儿童魔术贴运动鞋，STEP20 立减，仅需 $36.00", "block", "form", "wrong_language"),
    ("mg1", "email_body", "Our speckled mug is handmade. Our speckled mug is handmade. Our speckled mug is handmade. "
     "Our speckled mug is $32.30 with KILN15.", "block", "form", "repetition"),
    ("sg1", "sms", "Lowtide: Mara Mara Mara polarized sunglasses sunglasses $60 $60 w/ SHADE25. Reply STOP to opt out",
     "block", "form", "repetition"),
]
