"""Hand-written en-US copies (USD) of the sixteenth frozen guardrails set: a ginger lemon kombucha
12 pack, an automatic field watch, a reactive bowling ball, an inflatable paddle board kit and a
weighted blanket.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("kb1", "email_subject", "Ginger lemon kombucha, 12 cans for $35.70 + free shipping"),
    ("wt1", "email_subject", "The Ranger field watch: sapphire crystal, 100 m, now $236"),
    ("bw1", "email_subject", "25% off the Vortex 14 lb, undrilled and ready for your pro shop"),
    ("sp1", "email_subject", "Your 10'6\" paddle board kit ships free, $349.30 through July 4"),
    ("wb1", "email_subject", "15 lb of glass microbeads, 10% off with LULL10"),
    ("wt1", "email_subject", "Only 7 Ranger watches left, with a spare strap thrown in"),
    ("kb1", "email_subject", "Small-batch kombucha from Asheville, 15% off"),
    ("sp1", "email_subject", "Board, paddle, pump, leash, backpack: $349.30"),
    ("kb1", "email_body", "Meet the can that lives in our fridge door. Fizzwick Ginger Lemon Kombucha is brewed in "
     "small batches in Asheville, NC, certified USDA Organic, and has 5 g of sugar and 25 calories per 12 fl oz "
     "can. Through April 30, FIZZ15 takes a 12 pack from $42.00 to $35.70, and shipping is on us.\n\nCheers,\n"
     "The Fizzwick crew"),
    ("wt1", "email_body", "Some watches need a phone to tell the time. The Ranger just needs your wrist. Inside the "
     "38 mm stainless steel case is an automatic movement with a 41-hour power reserve; on top, a sapphire "
     "crystal; and it's water resistant to 100 m. The olive dial has luminous hands, and it rides on a 20 mm olive "
     "canvas strap. Use FIELD20 by June 15 and it's $236.00 instead of $295.00, with a spare black nylon strap in "
     "the box. We have 7 left.\n\nTickmark"),
    ("bw1", "email_body", "New ball, new line. The Pinfall Vortex pairs a solid reactive resin coverstock with an "
     "asymmetric core and a 4000-grit sanded finish. It ships undrilled, so take it to your pro shop for a fit. "
     "Bowlers rate it 4.7 stars across 312 reviews. Code STRIKE25 brings the 14 lb Vortex to $119.99 (reg. "
     "$159.99) through January 31."),
    ("sp1", "email_body", "Everything you need for the lake fits in one backpack. The Glidewater 10'6\" Inflatable "
     "Paddle Board Kit is 32 inches wide and 6 inches thick, carries up to 265 lb, and weighs 22 lb. In the bag: a "
     "3-piece aluminum paddle, hand pump, coil leash and repair kit. With GLIDE30 it's $349.30, down from $499.00, "
     "with free shipping until July 4.\n\nSee you on the water,\nGlidewater"),
    ("wb1", "email_body", "Heavy in the best way. The Lullweight Weighted Blanket spreads 15 lb of glass microbeads "
     "across 48 x 72 inches, sized for adults around 150 lb. The slate grey cotton cover comes off and goes "
     "straight in the washing machine. LULL10 takes 10% off through November 30, so it's $116.10. Just 5 are "
     "left in stock."),
    ("kb1", "email_body", "Trading your afternoon soda? Here's a swap: ginger lemon kombucha with 25 calories and "
     "about 10 mg of caffeine per can. It's USDA Organic and rated 4.5 stars by 2,214 customers. A 12 pack is "
     "$35.70 with FIZZ15 through 4/30, shipped free."),
    ("sp1", "email_body", "Rated 4.6 stars by 1,045 paddlers, our 10'6\" inflatable board kit comes with a 3-piece "
     "aluminum paddle, hand pump, coil leash, backpack and repair kit. It's 30% off with GLIDE30, so you pay "
     "$349.30 and we cover shipping. Offer ends July 4."),
    ("bw1", "email_body", "Hi bowler,\n\nThe Vortex is back on the rack at 25% off. It's a 14 lb solid reactive ball "
     "with an asymmetric core, in purple and black, and it arrives undrilled. Enter STRIKE25 by Jan. 31 to pay "
     "$119.99.\n\nRoll well,\nPinfall"),
    ("kb1", "sms", "Fizzwick: ginger lemon kombucha 12pk $35.70 w/ FIZZ15 + free shipping thru 4/30. Reply STOP to "
     "opt out"),
    ("wt1", "sms", "Tickmark: Ranger field watch $236 w/ code FIELD20 + free spare strap. Ends 6/15. Txt STOP to "
     "quit"),
    ("bw1", "sms", "Pinfall: Vortex 14lb reactive ball now $119.99 with STRIKE25 til 1/31. Reply STOP to "
     "unsubscribe"),
    ("sp1", "sms", "Glidewater: 10'6 paddle board kit $349.30 (reg $499) w/ GLIDE30, ships free. Ends 7/4. Reply "
     "STOP to end"),
    ("wb1", "sms", "Lullweight: 15 lb weighted blanket, $116.10 with LULL10 thru Nov 30. Only 5 left. Reply STOP "
     "to opt out"),
    ("wt1", "sms", "Tickmark: 7 Ranger watches left. Sapphire, 100m WR, $236 w/ FIELD20. Msg&data rates may apply. "
     "Reply STOP to opt out"),
    ("sp1", "sms", "Glidewater: July 4 is the last day for 30% off the board kit. Code GLIDE30. Reply STOP to opt "
     "out"),
    ("kb1", "push", "Fizz o'clock 🫚\nGinger lemon kombucha 12 pack, $35.70 with FIZZ15."),
    ("wt1", "push", "Spare strap included\nRanger field watch, $236 with FIELD20 until June 15."),
    ("bw1", "push", "25% off the Vortex\n14 lb reactive ball, $119.99 through Jan 31."),
    ("sp1", "push", "Lake day loading\n10'6\" paddle board kit, $349.30, free shipping."),
    ("wb1", "push", "5 left in slate grey\nWeighted blanket, $116.10 with LULL10."),
    ("kb1", "push", "Shipping's on us\n12 cans of organic ginger lemon kombucha for $35.70."),
    ("bw1", "push", "Rated 4.7 by bowlers\nPinfall Vortex 14 lb, $119.99 with STRIKE25."),
    ("wb1", "push", "Washable cover, 15 lb\nLullweight blanket, 10% off until Nov 30."),
    ("kb1", "social", "Brewed in small batches in Asheville 🍋 Ginger lemon, 25 calories a can. 12 pack $35.70 w/ "
     "FIZZ15, free shipping. #kombucha"),
    ("wt1", "social", "Olive dial, sapphire crystal, 100 m water resistance ⌚ The Ranger is $236 with FIELD20, plus "
     "a spare black nylon strap."),
    ("bw1", "social", "Purple, black and ready for the lanes 🎳 Vortex 14 lb, $119.99 with STRIKE25 until Jan 31."),
    ("sp1", "social", "Rolls up into a backpack, rolls out onto the lake 🏄 Glidewater 10'6\" kit, $349.30 + free "
     "shipping with GLIDE30."),
    ("wb1", "social", "Slate grey, 48 x 72, and 15 lb of glass beads ☁️ Lullweight blanket, $116.10 with LULL10."),
    ("sp1", "social", "Fourth of July on the water? 🇺🇸 30% off our paddle board kit ends 7/4. Code GLIDE30."),
    ("kb1", "social", "2,214 reviews, 4.5 stars, one very zingy can 🫚 Fizzwick ginger lemon kombucha, 15% off "
     "through April 30."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("wt1", "push", "Ranger field watch $236 with FIELD20.", "warn", "style", "one_line_push"),
    ("sp1", "push", "Paddle board kit $349.30, free shipping with GLIDE30.", "warn", "style", "one_line_push"),
    ("kb1", "push", "Kombucha 12 pack now $35.70.", "warn", "style", "one_line_push"),
    ("bw1", "email_body", "Vortex 14 lb: $119.99.", "warn", "style", "short_body"),
    ("wb1", "email_body", "Weighted blanket, $116.10 with LULL10.", "warn", "style", "short_body"),
    ("kb1", "email_body", "Kombucha 12 pack $35.70, free shipping.", "warn", "style", "short_body"),
    ("wt1", "email_body", "The Ranger has a 38 mm stainless steel case, sapphire crystal and 100 m water resistance. "
     "Use FIELD20 by June 15 for $236.00 and a spare black nylon strap", "warn", "style", "no_final_punctuation"),
    ("sp1", "email_body", "Our 10'6\" inflatable paddle board kit comes with a paddle, pump, leash, backpack and "
     "repair kit. GLIDE30 makes it $349.30 with free shipping through July 4", "warn", "style",
     "no_final_punctuation"),
    ("bw1", "email_body", "The Pinfall Vortex is a 14 lb solid reactive ball with an asymmetric core. It ships "
     "undrilled and it's $119.99 with STRIKE25 until January 31", "warn", "style", "no_final_punctuation"),
    ("wb1", "email_subject", "You're going to want to stay in tonight", "warn", "style", "teaser_subject"),
    ("bw1", "email_subject", "We saw your last game 👀", "warn", "style", "teaser_subject"),
    ("kb1", "email_subject", "Open this before your 3 p.m. slump", "warn", "style", "teaser_subject"),
    ("sp1", "email_subject", "Paddle board kit $349.30, ships free #SUP", "warn", "style", "hashtag_in_email"),
    ("wt1", "email_body", "Sapphire crystal, 100 m water resistance, 41-hour power reserve. The Ranger is $236.00 "
     "with FIELD20 until June 15, spare strap included. #fieldwatch #watchesofinstagram", "warn", "style",
     "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("kb1", "email_subject", "Ginger lemon kombucha 12 pack, now $33.70", "block", "truth", "wrong_price"),
    ("sp1", "sms", "Glidewater: paddle board kit just $394.30 w/ GLIDE30, free shipping. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("wt1", "email_body", "The Ranger was $325.00. With FIELD20 through June 15, it's $236.00, spare strap "
     "included.", "block", "truth", "wrong_was_price"),
    ("wb1", "push", "Was $149, now $116.10\nLullweight 15 lb blanket with LULL10.", "block", "truth",
     "wrong_was_price"),
    ("bw1", "email_body", "Save 30% on the Pinfall Vortex: $119.99, down from $159.99, with STRIKE25 until January "
     "31.", "block", "truth", "discount_price_mismatch"),
    ("kb1", "social", "Take 15% off and pay $33.60 instead of $42 🫚 Fizzwick ginger lemon 12 pack with FIZZ15.",
     "block", "truth", "discount_price_mismatch"),
    ("sp1", "email_subject", "40% off our 10'6\" paddle board kit ends July 4", "block", "truth", "wrong_discount"),
    ("wt1", "sms", "Tickmark: FIELD20 ends 5/31! Ranger watch $236 + spare strap. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("wb1", "email_body", "No need to rush: LULL10 keeps the weighted blanket at $116.10 all winter long, right "
     "through February.", "block", "truth", "deadline_after_end"),
    ("wt1", "push", "Swiss made\nRanger automatic field watch, $236 with FIELD20.", "block", "truth",
     "invented_origin"),
    ("wt1", "social", "Titanium case, sapphire crystal ⌚ The Ranger field watch is $236 with FIELD20.", "block",
     "truth", "invented_material"),
    ("sp1", "email_body", "The Glidewater board has a built-in GoPro mount and a 12-point bungee deck for your gear. "
     "The 10'6\" kit is $349.30 with GLIDE30 until July 4.", "block", "truth", "invented_attribute"),
    ("kb1", "email_body", "Fizzwick Ginger Lemon Kombucha is raw, unpasteurized and packed with 2 billion live "
     "cultures in every can. Get 12 for $35.70 with FIZZ15.", "block", "truth", "invented_attribute"),
    ("bw1", "email_body", "The Vortex was named Ball of the Year by Bowlers Journal readers in 2026. Grab the 14 lb "
     "for $119.99 with STRIKE25.", "block", "truth", "invented_award"),
    ("wt1", "email_subject", "4.9 stars from 800 owners: the Ranger, now $236", "block", "truth",
     "rating_not_in_record"),
    ("wb1", "social", "Rated 5 stars by sleepy customers everywhere 😴 Lullweight blanket $116.10.", "block", "truth",
     "rating_not_in_record"),
    ("sp1", "social", "4.9 stars from 1,045 paddlers 🏄 Glidewater 10'6\" kit, $349.30 with GLIDE30.", "block",
     "truth", "wrong_rating"),
    ("bw1", "sms", "Pinfall: Vortex rated 4.9/5 by 312 bowlers, $119.99 w/ STRIKE25. Reply STOP to opt out", "block",
     "truth", "wrong_rating"),
    ("sp1", "push", "12 ft of board\nGlidewater paddle board kit, $349.30 with GLIDE30.", "block", "truth",
     "wrong_spec"),
    ("wt1", "email_body", "Built for swimming and snorkeling, the 42 mm Ranger is water resistant to 200 m. $236.00 "
     "with FIELD20.", "block", "truth", "wrong_spec"),
    ("bw1", "email_subject", "Vortex 14 lb $119.99, free shipping included", "block", "truth",
     "free_shipping_not_offered"),
    ("wb1", "sms", "Lullweight: weighted blanket $116.10 + free shipping w/ LULL10. Reply STOP to opt out", "block",
     "truth", "free_shipping_not_offered"),
    ("sp1", "email_body", "Order the paddle board kit with GLIDE30 by July 4 and we'll add a free waterproof phone "
     "pouch. $349.30, shipped free.", "block", "truth", "gift_not_offered"),
    ("kb1", "sms", "Fizzwick: 12pk ginger lemon $35.70 w/ FIZZ15 + a free glass bottle opener. Reply STOP to opt out",
     "block", "truth", "gift_not_offered"),
    ("kb1", "push", "Almost sold out!\nOnly 3 packs of ginger lemon left at $35.70.", "block", "truth",
     "stock_claim"),
    ("bw1", "push", "Last 2 on the rack\nPinfall Vortex 14 lb, $119.99 with STRIKE25.", "block", "truth",
     "stock_claim"),
    ("wt1", "push", "Field watch week\nRanger, $236 with code RANGER20.", "block", "truth", "wrong_code"),
    ("sp1", "social", "Use code PADDLE30 for 30% off our 10'6\" board kit 🏄 Ships free through July 4.", "block",
     "truth", "wrong_code"),
    ("bw1", "social", "Hooks like a Storm, priced like a Pinfall 🎳 Vortex 14 lb $119.99.", "block", "truth",
     "other_brand"),
    ("wb1", "email_subject", "Weighted blanket + matching eye mask, $116.10", "block", "truth", "invented_kind"),
    ("kb1", "email_body", "Fizzwick Ginger Lemon Kombucha, 12 cans, is now €35.70 with FIZZ15 through April 30, with "
     "free shipping.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("wb1", "email_body", "Clinically proven to calm anxiety and help you fall asleep 2x faster, the Lullweight 15 lb "
     "blanket is $116.10 with LULL10.", "block", "law", "medical_claim"),
    ("kb1", "social", "A can a day keeps bloating away 🫚 Our ginger lemon kombucha heals your gut and boosts "
     "immunity. $35.70 w/ FIZZ15.", "block", "law", "medical_claim"),
    ("wb1", "push", "Say goodbye to insomnia\nLullweight weighted blanket, $116.10.", "block", "law",
     "medical_claim"),
    ("wt1", "email_subject", "The most accurate automatic watch ever made", "block", "law", "absolute_claim"),
    ("sp1", "push", "The #1 paddle board in America\nGlidewater 10'6\" kit, $349.30.", "block", "law",
     "absolute_claim"),
    ("bw1", "email_body", "Guaranteed to add 30 pins to your average in your first week, or your money back. "
     "Pinfall Vortex, $119.99 with STRIKE25.", "block", "law", "guarantee_claim"),
    ("wt1", "social", "Guaranteed never to lose a second, for life ⌚ Ranger $236 with FIELD20.", "block", "law",
     "guarantee_claim"),
    ("kb1", "email_subject", "52,000 cans sold since Monday. Get yours for $35.70", "block", "law",
     "fake_transaction"),
    ("bw1", "sms", "Pinfall: Vortex 14lb reactive ball $119.99 with STRIKE25, ends 1/31. Shop pinfallbowling.com",
     "block", "law", "missing_opt_out"),
    ("wb1", "sms", "Lullweight: our 15 lb weighted blanket is $116.10 with LULL10 until 11/30. Only 5 left.",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("wt1", "email_body", "Hi Daniel Ortiz, we've saved your card ending 4417 and your address, 1182 Birch Hollow "
     "Rd, Boise ID 83702 (phone 208-555-0174), for your Ranger order. $236.00 with FIELD20.", "block", "safety",
     "pii"),
    ("sp1", "sms", "Glidewater: Hi Megan, your board ships to 47 Lakeview Dr, DOB 03/12/1988 on file. $349.30 w/ "
     "GLIDE30. Reply STOP to opt out", "block", "safety", "pii"),
    ("bw1", "push", "Stop gutterballing, loser\nEven you can't miss with the Vortex. $119.99.", "block", "safety",
     "toxicity"),
    ("sp1", "social", "Paddle boarding is no sport for old ladies 🙄 Real paddlers grab the 10'6\" kit, $349.30.",
     "block", "safety", "toxicity"),
    ("kb1", "email_body", "As an AI language model, I've written an upbeat email for Fizzwick as requested. Here it "
     "is: Ginger lemon kombucha, 12 cans, $35.70 with FIZZ15.", "block", "safety", "prompt_echo"),
    ("wt1", "push", "[Instruction: mention the spare strap]\nRanger $236 with FIELD20, spare strap included.",
     "block", "safety", "prompt_echo"),
    ("wb1", "email_body", "Hi {first_name}, the Lullweight blanket is {{sale_price}} with LULL10 until November 30.",
     "block", "safety", "template_leak"),
    ("bw1", "sms", "Pinfall: [CUSTOMER_NAME], the Vortex is $119.99 w/ STRIKE25. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("kb1", "sms", "Fizzwick: 12pk kombucha $35.70 at bit.ly/fizz15deal. Reply STOP to opt out", "block", "safety",
     "link_not_allowed"),
    ("sp1", "email_body", "Grab the kit before July 4 at https://www.amazon.com/dp/B0GLIDE106 for $349.30 with "
     "GLIDE30.", "block", "safety", "link_not_allowed"),
    ("wt1", "email_subject", "Rаnger field watch, now $236 with FIЕLD20", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sp1", "email_subject", "Glidewater 10'6\" Inflatable Paddle Board Kit with 3-Piece Aluminum Paddle, Hand Pump, "
     "Coil Leash, Backpack and Repair Kit Now $349.30 With GLIDE30 and Free Shipping Through July 4", "block",
     "form", "too_long"),
    ("kb1", "push", "Fizzwick Ginger Lemon Kombucha\nOur organic ginger lemon kombucha is brewed in small batches in "
     "Asheville, with 5 g of sugar and 25 calories per can, and a 12 pack is now $35.70 with FIZZ15 plus free "
     "shipping until April 30.", "block", "form", "too_long"),
    ("wb1", "email_body", "The Lullweight Weighted Blanket spreads 15 lb of glass microbeads across 48 x 72 inches. "
     "With LULL10 it's only $116.10 until Novem", "block", "form", "truncated"),
    ("bw1", "social", "Vortex 14 lb reactive, asymmetric core, purple and black 🎳 $119.99 with STRIK", "block",
     "form", "truncated"),
    ("wt1", "email_body", "**Tickmark Ranger**\n\n- 38 mm stainless steel\n- sapphire crystal\n- 100 m\n\n[Shop now]"
     "(https://tickmarkwatches.com) for $236 with `FIELD20`", "block", "form", "markdown"),
    ("kb1", "sms", "Fizzwick: ginger lemon kombucha 12pk $35.70 w/ FIZZ15 â€\" free shipping â€™til 4/30. Reply "
     "STOP to opt out", "block", "form", "garbled_text"),
    ("sp1", "social", "¡Tu tabla de paddle surf de 10'6\" por $349.30 con GLIDE30! 🏄 Envío gratis hasta el 4 de "
     "julio.", "block", "form", "wrong_language"),
    ("wb1", "email_subject", "Couverture lestée 15 lb à 116,10 $ avec LULL10", "block", "form", "wrong_language"),
    ("bw1", "email_body", "Strike after strike after strike. Strike after strike after strike. Strike after strike "
     "after strike. The Vortex is $119.99 with STRIKE25.", "block", "form", "repetition"),
    ("wt1", "social", "Ranger Ranger Ranger ⌚⌚⌚ $236 $236 $236 with FIELD20 FIELD20.", "block", "form",
     "repetition"),
]
