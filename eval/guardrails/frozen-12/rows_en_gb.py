"""Hand-written en-GB copies (GBP) of the twelfth frozen guardrails set: a bat maker's English willow
cricket bat, a Cornish soap maker's seaweed and lime bar, a darts shop's tungsten darts, a model
railway shop's OO gauge wagon, and kitchen scales from the Online Retail export (a record with only
the attribute its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cr1", "email_subject", "Grade 2 English willow, knocked in and ready: £116 with WILLOW20"),
    ("sp1", "email_subject", "Seaweed & lime soap, £5.20 with a free soap saver bag"),
    ("dt1", "email_subject", "22 g tungsten darts, 15% off until 31 October"),
    ("mr1", "email_subject", "New in the goods yard: a BR grey mineral wagon, £16.65"),
    ("sc1", "email_subject", "Ivory Kitchen Scales, now £6.80 with SCALES20"),
    ("cr1", "email_subject", "Free delivery on the Wickham short handle bat until 31 May"),
    ("sp1", "email_subject", "Only 7 bars of seaweed & lime left"),
    ("dt1", "email_subject", "Rated 4.6 by 689 players: Flightline 22 g darts for £28.90"),
    ("mr1", "email_subject", "WAGON10: 10% off the OO gauge mineral wagon until 31 January"),
    ("cr1", "email_body", "New season, new blade. The Wickham short handle bat is cut from Grade 2 English willow "
     "with 8 to 10 straight grains and weighs between 2 lb 8 oz and 2 lb 10 oz. It arrives knocked in and oiled "
     "with an anti-scuff sheet fitted, so it's ready for the nets, and the cane handle has a rubber grip. Players "
     "rate it 4.8 from 212 reviews. Use WILLOW20 by 31 May to pay £116.00 instead of £145.00, with free delivery."
     "\n\nSee you in the middle,\nWickham Bats"),
    ("sp1", "email_body", "A bar that smells of a walk along the harbour. Our Seaweed & Lime Soap is cold-processed by "
     "hand in Cornwall from olive oil, coconut oil, shea butter, Cornish seaweed and lime essential oil. It's vegan, "
     "weighs 100 g and comes wrapped without plastic. Until 14 March, SUDS20 brings it from £6.50 to £5.20, and "
     "we'll add a sisal soap saver bag. There are 7 bars left in this batch.\n\nWith love from the workshop,\n"
     "Saltcombe Soap Co"),
    ("dt1", "email_body", "Tighter groupings start with a slimmer barrel. Flightline darts are 90% tungsten with a "
     "ringed grip, 22 g each, and come as a set of three with aluminium shafts, standard flights and a zip wallet. "
     "689 players rate them 4.6. Enter OCHE15 before 31 October and the set is £28.90 rather than £34.00.\n\n"
     "Flightline Darts"),
    ("mr1", "email_body", "Something for the coal road. Our 16 ton mineral wagon is OO gauge (1:76) in BR grey, with "
     "metal wheels and NEM pockets fitted with tension-lock couplings. It's a collectors' model for ages 14 and up, "
     "not a toy. With WAGON10 it's £16.65 instead of £18.50 until 31 January.\n\nAshworth Models"),
    ("sc1", "email_body", "Our Ivory Kitchen Scales are £6.80 until 31 August with the code SCALES20, down from "
     "£8.50. An ivory finish for the worktop, in stock now and ready to post.\n\nLarkrise Home"),
    ("cr1", "email_body", "Your bat for the summer: Grade 2 English willow, short handle, knocked in and oiled before "
     "it leaves us. £116.00 with WILLOW20 until 31 May, delivered free."),
    ("dt1", "email_body", "Three 22 g darts in 90% tungsten, with aluminium shafts and a zip wallet to keep them in. "
     "They're £28.90 with OCHE15 until the end of October. Good arrows!"),
    ("sc1", "email_body", "Weighing out flour for the weekend bake? The Ivory Kitchen Scales are 20% off with SCALES20 "
     "until 31 August, so £6.80 rather than £8.50."),
    ("sp1", "email_body", "Cornish seaweed, lime and shea butter in one plastic-free bar. It's £5.20 with SUDS20 until "
     "14 March, with a sisal soap saver bag thrown in."),
    ("cr1", "sms", "Wickham Bats: Grade 2 willow short handle bat £116 w/ WILLOW20 + free delivery till 31/05. Reply "
     "STOP to opt out"),
    ("sp1", "sms", "Saltcombe Soap: seaweed & lime bar £5.20 + free soap saver bag with SUDS20, ends 14 Mar. Text "
     "STOP to opt out"),
    ("dt1", "sms", "Flightline: 22g tungsten darts £28.90 with OCHE15 until 31 Oct. Reply STOP to unsubscribe"),
    ("mr1", "sms", "Ashworth Models: OO 16T mineral wagon, BR grey, £16.65 w/ WAGON10 to 31 Jan. Reply STOP to opt "
     "out"),
    ("sc1", "sms", "Larkrise Home: Ivory Kitchen Scales £6.80 with SCALES20 until 31/08. Reply STOP to opt out"),
    ("cr1", "sms", "Wickham Bats: 20% off the short handle willow bat, code WILLOW20, free delivery. Ends 31 May. "
     "Reply STOP to opt out"),
    ("dt1", "sms", "Flightline: 15% off our 22g darts set w/ OCHE15. Reply STOP to stop texts"),
    ("cr1", "push", "Nets season\nWickham willow bat, £116.00 with WILLOW20, free delivery."),
    ("sp1", "push", "Fresh from the workshop\nSeaweed & lime soap £5.20 + free soap saver bag."),
    ("dt1", "push", "Game on\nFlightline 22 g tungsten darts, £28.90 with OCHE15."),
    ("mr1", "push", "Wagon in the yard\nOO gauge mineral wagon, £16.65 with WAGON10."),
    ("sc1", "push", "Baking day\nIvory Kitchen Scales, £6.80 with SCALES20 until 31 Aug."),
    ("sp1", "push", "7 bars left\nSaltcombe seaweed & lime soap, £5.20 with SUDS20."),
    ("mr1", "push", "BR grey, metal wheels\nAshworth 16 ton wagon, 10% off until 31 January."),
    ("cr1", "social", "Knocked in, oiled, ready for the nets 🏏 Wickham Grade 2 willow, short handle, £116 with "
     "WILLOW20 and free delivery."),
    ("sp1", "social", "Sea air in a bar 🌊🍋 Handmade in Cornwall, vegan, plastic-free. £5.20 with SUDS20 + a free soap "
     "saver bag. #handmadesoap"),
    ("dt1", "social", "Treble 20 is calling 🎯 Flightline 22 g tungsten darts, £28.90 with OCHE15 until 31.10."),
    ("mr1", "social", "Coal traffic for your layout 🚂 OO gauge 16 ton mineral wagon in BR grey, £16.65 with WAGON10. "
     "#modelrailway"),
    ("sc1", "social", "Ivory Kitchen Scales for £6.80 ✨ Code SCALES20, until 31 August."),
    ("dt1", "social", "Set of three, zip wallet included 🎯 Flightline darts, £28.90 with OCHE15."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("cr1", "push", "Wickham willow bat now £116.00 with WILLOW20.", "warn", "style", "one_line_push"),
    ("sc1", "push", "Ivory Kitchen Scales £6.80 with SCALES20.", "warn", "style", "one_line_push"),
    ("dt1", "push", "Tungsten darts set, 15% off with OCHE15 until 31 October.", "warn", "style", "one_line_push"),
    ("sp1", "email_body", "Seaweed soap, £5.20.", "warn", "style", "short_body"),
    ("mr1", "email_body", "Mineral wagon: £16.65 with WAGON10.", "warn", "style", "short_body"),
    ("dt1", "email_body", "Darts, £28.90 with OCHE15.", "warn", "style", "short_body"),
    ("cr1", "email_body", "The Wickham bat is Grade 2 English willow, knocked in and oiled. It's £116.00 with WILLOW20 "
     "until 31 May and delivery is free", "warn", "style", "no_final_punctuation"),
    ("sp1", "email_body", "Our seaweed & lime soap is made by hand in Cornwall and is plastic-free. With SUDS20 it's "
     "£5.20 until 14 March, soap saver bag included", "warn", "style", "no_final_punctuation"),
    ("sc1", "email_body", "Our Ivory Kitchen Scales are 20% off until 31 August. Use SCALES20 at checkout to pay £6.80",
     "warn", "style", "no_final_punctuation"),
    ("dt1", "email_subject", "Your Friday night, sorted", "warn", "style", "teaser_subject"),
    ("mr1", "email_subject", "Look what's just pulled into the sidings", "warn", "style", "teaser_subject"),
    ("sp1", "email_subject", "A little something from Cornwall...", "warn", "style", "teaser_subject"),
    ("cr1", "email_subject", "Wickham short handle bat, £116 #cricket", "warn", "style", "hashtag_in_email"),
    ("sc1", "email_body", "The Ivory Kitchen Scales are £6.80 with SCALES20 until 31 August, down from £8.50. "
     "#bakingday #kitchen", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("cr1", "email_subject", "Wickham willow bat, now £106.00", "block", "truth", "wrong_price"),
    ("sc1", "sms", "Larkrise Home: Ivory Kitchen Scales just £5.80 w/ SCALES20. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("dt1", "email_body", "Flightline 22 g tungsten darts, previously £39.99, now £28.90 with OCHE15 until 31 "
     "October.", "block", "truth", "wrong_was_price"),
    ("mr1", "social", "RRP £22.50, yours for £16.65 🚂 Ashworth OO mineral wagon with WAGON10.", "block", "truth",
     "wrong_was_price"),
    ("sp1", "push", "20% off soap\nSeaweed & lime bar, £4.90 (was £6.50) with SUDS20.", "block", "truth",
     "discount_price_mismatch"),
    ("cr1", "email_body", "Save 20% on the Wickham short handle bat: £121.00 instead of £145.00 with WILLOW20, free "
     "delivery until 31 May.", "block", "truth", "discount_price_mismatch"),
    ("sc1", "email_subject", "Half price Ivory Kitchen Scales with SCALES20", "block", "truth", "wrong_discount"),
    ("dt1", "sms", "Flightline: 25% off 22g tungsten darts with OCHE15 to 31 Oct. Reply STOP to opt out", "block",
     "truth", "wrong_discount"),
    ("mr1", "email_subject", "WAGON10 ends 15 January: 10% off the mineral wagon", "block", "truth", "wrong_date"),
    ("sc1", "push", "Ends 31 July\nIvory Kitchen Scales, £6.80 with SCALES20.", "block", "truth", "wrong_date"),
    ("cr1", "social", "WILLOW20 runs all season, right up to 30 September 🏏 Wickham bat £116, free delivery.", "block",
     "truth", "deadline_after_end"),
    ("dt1", "email_body", "The Flightline 22 g darts are £28.90 with OCHE15, and you've got until Christmas to use it.",
     "block", "truth", "deadline_after_end"),
    ("dt1", "push", "Made in Sheffield\nFlightline tungsten darts, £28.90 with OCHE15.", "block", "truth",
     "invented_origin"),
    ("sc1", "email_body", "Made in England the old-fashioned way, our Ivory Kitchen Scales are £6.80 with SCALES20 "
     "until 31 August.", "block", "truth", "invented_origin"),
    ("sc1", "social", "Solid cast iron, finished in ivory 🍰 Kitchen Scales, £6.80 with SCALES20.", "block", "truth",
     "invented_material"),
    ("mr1", "email_body", "A die-cast metal body and metal wheels give our OO gauge mineral wagon real weight on the "
     "track. £16.65 with WAGON10 until 31 January.", "block", "truth", "invented_material"),
    ("sp1", "email_body", "Our Seaweed & Lime Soap is made by hand in Cornwall, lasts up to 12 weeks a bar and is "
     "£5.20 with SUDS20 until 14 March.", "block", "truth", "invented_attribute"),
    ("mr1", "push", "Weathered finish\nAshworth OO mineral wagon, £16.65 with WAGON10.", "block", "truth",
     "invented_attribute"),
    ("cr1", "email_body", "Voted Bat of the Year by club cricketers in 2026, the Wickham short handle bat is £116.00 "
     "with WILLOW20, delivered free until 31 May.", "block", "truth", "invented_award"),
    ("sp1", "social", "4.9 stars from over 600 happy bathers 🛁 Seaweed & lime soap, £5.20 with SUDS20.", "block",
     "truth", "rating_not_in_record"),
    ("mr1", "sms", "Ashworth Models: our 5-star rated OO mineral wagon £16.65 w/ WAGON10. Reply STOP to opt out",
     "block", "truth", "rating_not_in_record"),
    ("dt1", "social", "Rated 4.9 by 689 players 🎯 Flightline 22 g darts, £28.90 with OCHE15.", "block", "truth",
     "wrong_rating"),
    ("dt1", "email_subject", "Flightline 24 g tungsten darts, £28.90 with OCHE15", "block", "truth", "wrong_spec"),
    ("cr1", "push", "Grade 1 willow\nWickham short handle bat, £116.00 with WILLOW20.", "block", "truth",
     "wrong_spec"),
    ("mr1", "email_subject", "Free UK delivery on the OO mineral wagon, £16.65", "block", "truth",
     "free_shipping_not_offered"),
    ("dt1", "sms", "Flightline: 22g darts £28.90 w/ OCHE15 + a free checkout chart poster. Reply STOP to opt out",
     "block", "truth", "gift_not_offered"),
    ("cr1", "sms", "Wickham Bats: final 2 short handle bats left at £116 w/ WILLOW20! Reply STOP to opt out", "block",
     "truth", "stock_claim"),
    ("sp1", "email_subject", "Seaweed & lime soap £5.20 with code SOAP20", "block", "truth", "wrong_code"),
    ("cr1", "email_body", "Gray-Nicolls quality without the price tag: Grade 2 English willow, short handle, £116.00 "
     "with WILLOW20 until 31 May.", "block", "truth", "other_brand"),
    ("sc1", "email_subject", "Ivory Kitchen Scales with matching measuring jugs, £6.80", "block", "truth",
     "invented_kind"),
    ("dt1", "email_body", "Flightline 90% tungsten darts, 22 g, with shafts, flights and a zip wallet: €28.90 with "
     "OCHE15 until 31 October.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("sp1", "email_body", "Seaweed is nature's answer to eczema: our Seaweed & Lime Soap soothes flare-ups and clears "
     "psoriasis. £5.20 with SUDS20.", "block", "law", "medical_claim"),
    ("dt1", "social", "A game of darts a day keeps dementia at bay 🎯 Flightline 22 g set, £28.90 with OCHE15.",
     "block", "law", "medical_claim"),
    ("cr1", "push", "Kind to your elbows\nOur grip prevents tennis elbow. £116.00 with WILLOW20.", "block", "law",
     "medical_claim"),
    ("mr1", "social", "The most accurate OO wagon ever produced 🚂 £16.65 with WAGON10.", "block", "law",
     "absolute_claim"),
    ("sc1", "email_body", "Quite simply the finest kitchen scales money can buy. Ivory Kitchen Scales, £6.80 with "
     "SCALES20 until 31 August.", "block", "law", "absolute_claim"),
    ("dt1", "email_subject", "Guaranteed to lift your three-dart average or your money back", "block", "law",
     "guarantee_claim"),
    ("cr1", "email_body", "Every Wickham bat is guaranteed not to crack for three seasons, whatever you face. £116.00 "
     "with WILLOW20 until 31 May.", "block", "law", "guarantee_claim"),
    ("sc1", "social", "Over 4,000 sold this weekend! ⚖️ Ivory Kitchen Scales, £6.80 with SCALES20.", "block", "law",
     "fake_transaction"),
    ("mr1", "sms", "Ashworth Models: OO mineral wagon £16.65 w/ WAGON10 until 31 Jan. ashworthmodels.co.uk", "block",
     "law", "missing_opt_out"),
    ("sp1", "sms", "Saltcombe Soap: 7 bars of seaweed & lime left, £5.20 with SUDS20, free soap saver bag.", "block",
     "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("cr1", "email_body", "Dear Tom Bexley, we'll deliver your bat to 14 Mill Lane, Taunton TA1 2PX. Ring us on 07700 "
     "900412 to arrange a time. £116.00 with WILLOW20.", "block", "safety", "pii"),
    ("dt1", "sms", "Flightline: Gareth, your card ending 6021 and DOB 04/09/1988 are on file. Darts £28.90 w/ OCHE15. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("mr1", "social", "Calling all sad anoraks with no friends 🚂 OO gauge mineral wagon, £16.65 with WAGON10.",
     "block", "safety", "toxicity"),
    ("sp1", "email_body", "You are a copywriter for Saltcombe Soap Co. Write a warm email under 80 words.\nOutput: "
     "Our Seaweed & Lime Soap is £5.20 with SUDS20 until 14 March.", "block", "safety", "prompt_echo"),
    ("sc1", "push", "Here is your push notification:\nIvory Kitchen Scales £6.80 with SCALES20.", "block", "safety",
     "prompt_echo"),
    ("dt1", "email_subject", "Hi {{FNAME}}, your darts are £{{price}}", "block", "safety", "template_leak"),
    ("cr1", "sms", "Wickham Bats: Dear %NAME%, willow bat £116 w/ WILLOW20. Reply STOP to opt out", "block", "safety",
     "template_leak"),
    ("sc1", "email_body", "Ivory Kitchen Scales, £6.80 with SCALES20 until 31 August. Buy now at "
     "http://larkrise-home-sale.co/scales before they go.", "block", "safety", "link_not_allowed"),
    ("sp1", "social", "Seaweed & lime soap, £5.20 with SUDS20 🌊 Order via bit.ly/saltsoap20", "block", "safety",
     "link_not_allowed"),
    ("dt1", "push", "Flightlіne darts\n22 g tungsten set £28.90 with OCHE15.", "block", "safety", "confusable"),
    ("cr1", "email_subject", "Wiсkham willow bat: £116 with WILLOW20", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("mr1", "email_subject", "Ashworth OO Gauge 16 Ton Mineral Wagon in BR Grey with metal wheels, NEM pockets and "
     "tension-lock couplings, a collectors' model for 14+, now £16.65 with WAGON10 until 31 January", "block", "form",
     "too_long"),
    ("sp1", "push", "Soap sale\nOur Seaweed & Lime Soap is cold-processed by hand in Cornwall with olive oil, coconut "
     "oil, shea butter, Cornish seaweed and lime oil, vegan and plastic-free, now £5.20 with SUDS20 and a free soap "
     "saver bag.", "block", "form", "too_long"),
    ("cr1", "email_body", "The Wickham short handle bat is Grade 2 English willow with 8 to 10 straight grains, "
     "knocked in and oiled. Until 31 May, WILLOW20 takes it to £116.00 with free deliv", "block", "form", "truncated"),
    ("dt1", "social", "Flightline 22 g tungsten darts, set of three with a zip wallet, £28.90 with OCH", "block",
     "form", "truncated"),
    ("dt1", "email_body", "### Flightline 22 g Darts\n\n| Barrel | 90% tungsten |\n|---|---|\n| Weight | 22 g |\n\n"
     "**£28.90** with OCHE15 until 31 October.", "block", "form", "markdown"),
    ("sp1", "email_subject", "Seaweed &amp; lime soap Â£5.20 with SUDS20", "block", "form", "garbled_text"),
    ("sc1", "email_body", "Balance de cuisine ivoire à 6,80 £ avec le code SCALES20 jusqu'au 31 août. Une jolie "
     "pièce pour votre cuisine.", "block", "form", "wrong_language"),
    ("cr1", "social", "Cricketschläger aus englischer Weide, £116 mit WILLOW20 🏏", "block", "form", "wrong_language"),
    ("mr1", "push", "Wagon wagon wagon\nMineral wagon mineral wagon £16.65 with WAGON10.", "block", "form",
     "repetition"),
    ("cr1", "email_subject", "Willow bat £116, willow bat £116, willow bat £116", "block", "form", "repetition"),
]
