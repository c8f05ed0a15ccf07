"""Hand-written en-US copies (USD) of the fifteenth frozen guardrails set: a maple farm's pure maple
syrup (Grade A Amber Rich, 16 fl oz), a leather workshop's slim bifold wallet (chestnut), quad roller
skates (women's, mint), a 10-cup water filter pitcher and a small-pet shop's second cut timothy hay.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("ms1", "email_subject", "Vermont maple syrup, $20.40 and shipped free until March 20"),
    ("wl1", "email_subject", "Full-grain chestnut bifold + a free key fob with FOLD25"),
    ("rs1", "email_subject", "Mint quad skates for spring, 20% off with ROLL20"),
    ("wp1", "email_subject", "10-cup filter pitcher, now $23.80 (reg. $34.00)"),
    ("hy1", "email_subject", "Second cut timothy for your buns & piggies: $18.90"),
    ("ms1", "email_subject", "Grade A Amber Rich, tapped and boiled on our farm"),
    ("wl1", "email_subject", "Only 7 chestnut bifolds left at 25% off"),
    ("rs1", "email_subject", "Skates rated 4.5 by 742 skaters, now $103.20"),
    ("wp1", "email_subject", "Less chlorine taste, 30% off: CLEAR30 ends 4/22"),
    ("ms1", "email_body", "Pancake Sunday just got an upgrade. Our Pure Maple Syrup is Grade A Amber Color, Rich "
     "Taste: nothing in the glass jug but 100% pure maple syrup, tapped and boiled on our family farm in Vermont. "
     "1,264 customers give it 4.8 stars. Through March 20, SAP15 takes the 16 fl oz jug from $24.00 to $20.40, and "
     "we'll ship it free.\n\nFrom the farm,\nSugarbush Hollow"),
    ("wl1", "email_body", "Your back pocket will thank you. The Tanfield Slim Bifold is cut from full-grain cowhide "
     "in chestnut and stitched in our Portland, Oregon workshop. It holds 6 cards plus your bills, folds to 4.3 x "
     "3.4 in, and has an RFID-blocking lining. Use FOLD25 by June 15 to pay $43.50 instead of $58.00, and we'll "
     "tuck a leather key fob in the box. Just 7 are left.\n\nTanfield"),
    ("rs1", "email_body", "Rink nights, boardwalk mornings. The Rinkside Classic Quad has a vegan suede high-top boot, "
     "62 mm 82A polyurethane wheels, ABEC-7 bearings and adjustable toe stops. Women's sizes 5 to 11, in mint. "
     "Skaters rate it 4.5 across 742 reviews. ROLL20 brings it to $103.20 (regularly $129.00) through May 31."),
    ("wp1", "email_body", "Tap water that tastes like... water. The Clearbrook 10-Cup Water Filter Pitcher uses an "
     "activated carbon filter to reduce chlorine taste and odor, and each filter lasts about 40 gallons, or roughly "
     "2 months. The pitcher is BPA-free plastic and comes with 1 filter. Rated 4.3 by 2,051 customers. With CLEAR30 "
     "it's $23.80 instead of $34.00 until April 22, shipped free."),
    ("hy1", "email_body", "Fresh hay day for the small crowd. Burrowfield Second Cut Timothy Hay comes from the "
     "Kittitas Valley in Washington and is hand-packed in a recyclable box, 5 lb at a time. It's for rabbits, guinea "
     "pigs and chinchillas, and 389 pet parents rate it 4.7. HAY10 makes it $18.90 until August 31, with a free bag "
     "of apple wood chew sticks. We have 9 boxes left."),
    ("ms1", "email_body", "No corn syrup, no flavoring, nothing added: just 100% pure maple syrup from Vermont, Grade "
     "A Amber Rich, in a 16 fl oz glass jug. $20.40 with SAP15 through March 20, with free shipping."),
    ("rs1", "email_body", "Dust off your roller disco moves. Our mint Classic Quads roll on 62 mm wheels with ABEC-7 "
     "bearings, and the toe stops adjust to how you skate. $103.20 with ROLL20 until May 31.\n\nSee you on the "
     "rink,\nRinkside"),
    ("wl1", "email_body", "Six cards, your cash, nothing else. That's the whole idea behind the Tanfield Slim Bifold "
     "in chestnut full-grain cowhide, with an RFID-blocking lining. FOLD25 takes 25% off until June 15 and adds a "
     "free leather key fob."),
    ("wp1", "email_body", "Fill it at the tap and pour up to 10 cups with less chlorine taste. Clearbrook's pitcher "
     "is BPA-free and its carbon filter lasts about 2 months. $23.80 with CLEAR30, free shipping, ends April 22."),
    ("hy1", "email_body", "Second cut timothy hay, grown in Washington's Kittitas Valley and packed by hand. 5 lb box "
     "for $18.90 with HAY10 (was $21.00), plus free apple wood chew sticks until August 31.\n\nBurrowfield"),
    ("ms1", "sms", "Sugarbush Hollow: Vermont maple syrup 16oz $20.40 w/ SAP15 + free shipping thru 3/20. Reply STOP "
     "to opt out"),
    ("wl1", "sms", "Tanfield: chestnut slim bifold $43.50 w/ FOLD25 + free key fob til 6/15. Only 7 left. Reply STOP "
     "to opt out"),
    ("rs1", "sms", "Rinkside: mint Classic Quad skates now $103.20 with code ROLL20, ends 5/31. Reply STOP to "
     "unsubscribe"),
    ("wp1", "sms", "Clearbrook: 10-cup filter pitcher $23.80 (reg $34) w/ CLEAR30, ships free til 4/22. Txt STOP to "
     "opt out"),
    ("hy1", "sms", "Burrowfield: 5 lb second cut timothy $18.90 w/ HAY10 + free chew sticks thru 8/31. Reply STOP to "
     "opt out"),
    ("ms1", "sms", "Sugarbush Hollow: 15% off pure maple syrup with SAP15, rated 4.8 by 1,264 customers. Reply STOP "
     "to end"),
    ("rs1", "sms", "Rinkside: 20% off quad skates, women's 5-11, code ROLL20 until May 31. Reply STOP to stop msgs"),
    ("ms1", "push", "Syrup's on\nVermont maple syrup, $20.40 with SAP15, ships free."),
    ("wl1", "push", "7 left in chestnut\nSlim bifold, $43.50 + free key fob with FOLD25."),
    ("rs1", "push", "Lace up 🛼\nClassic Quad skates in mint, $103.20 with ROLL20."),
    ("wp1", "push", "Less chlorine taste\n10-cup filter pitcher, $23.80 with CLEAR30."),
    ("hy1", "push", "Hay day 🐇\nSecond cut timothy, 5 lb, $18.90 with HAY10."),
    ("ms1", "push", "Grade A Amber Rich\n16 fl oz pure maple syrup, 15% off with SAP15."),
    ("ms1", "social", "Tapped and boiled on our Vermont farm 🍁 Grade A Amber Rich, $20.40 with SAP15 and free "
     "shipping till March 20. #maplesyrup"),
    ("wl1", "social", "Slim in the pocket, full-grain in the hand 👝 Tanfield bifold, $43.50 with FOLD25 + a free "
     "key fob."),
    ("rs1", "social", "Mint skates, ABEC-7 bearings, vegan suede boots 🛼 Classic Quad is $103.20 with ROLL20 "
     "through May 31."),
    ("wp1", "social", "Ten cups, one carbon filter, less chlorine taste 💧 Clearbrook pitcher $23.80 with CLEAR30 + "
     "free shipping."),
    ("hy1", "social", "Chinchillas, bunnies and guinea pigs, this one's for you 🐹 5 lb second cut timothy hay, "
     "$18.90 with HAY10 + free chew sticks."),
    ("wl1", "social", "Stitched in Portland, Oregon 🧵 Full-grain chestnut bifold with RFID-blocking lining. 25% off "
     "with FOLD25 until June 15."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("rs1", "push", "Classic Quad skates, $103.20 with ROLL20.", "warn", "style", "one_line_push"),
    ("hy1", "push", "Timothy hay 5 lb now $18.90 + free chew sticks.", "warn", "style", "one_line_push"),
    ("wl1", "push", "Chestnut bifold wallet $43.50 w/ FOLD25 until June 15.", "warn", "style", "one_line_push"),
    ("ms1", "email_body", "Maple syrup, $20.40.", "warn", "style", "short_body"),
    ("wp1", "email_body", "Filter pitcher: $23.80 with CLEAR30.", "warn", "style", "short_body"),
    ("hy1", "email_body", "Timothy hay, $18.90 w/ HAY10.", "warn", "style", "short_body"),
    ("rs1", "email_body", "The Rinkside Classic Quad has a vegan suede boot, 62 mm wheels and ABEC-7 bearings. Use "
     "ROLL20 before May 31 and it's $103.20 instead of $129.00", "warn", "style", "no_final_punctuation"),
    ("wl1", "email_body", "Our chestnut bifold is full-grain cowhide with 6 card slots and an RFID-blocking lining. "
     "FOLD25 takes it to $43.50 until June 15, with a free key fob", "warn", "style", "no_final_punctuation"),
    ("ms1", "email_body", "Grade A Amber Rich maple syrup from our family farm in Vermont, 16 fl oz in a glass jug. "
     "It's $20.40 with SAP15 through March 20 and ships free", "warn", "style", "no_final_punctuation"),
    ("ms1", "email_subject", "Something sweet is waiting for you 🍁", "warn", "style", "teaser_subject"),
    ("wp1", "email_subject", "We need to talk about your tap water", "warn", "style", "teaser_subject"),
    ("rs1", "email_subject", "Open this before the weekend...", "warn", "style", "teaser_subject"),
    ("hy1", "email_subject", "Second cut timothy hay, $18.90 #bunnylife", "warn", "style", "hashtag_in_email"),
    ("wp1", "email_body", "The Clearbrook pitcher holds 10 cups and its carbon filter reduces chlorine taste and odor. "
     "$23.80 with CLEAR30 until April 22, free shipping. #hydrate #cleanwater", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("ms1", "email_subject", "Pure Vermont maple syrup, now just $19.40", "block", "truth", "wrong_price"),
    ("rs1", "sms", "Rinkside: Classic Quad skates only $93.20 w/ ROLL20 thru 5/31. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("wp1", "social", "Was $44, now $23.80 💧 Clearbrook 10-cup filter pitcher with CLEAR30.", "block", "truth",
     "wrong_was_price"),
    ("wl1", "email_body", "Full-grain chestnut cowhide, 6 card slots, RFID-blocking lining. Our slim bifold usually "
     "sells for $65.00; with FOLD25 it's $43.50 until June 15.", "block", "truth", "wrong_was_price"),
    ("hy1", "push", "Save 20% on hay\nSecond cut timothy $18.90 (reg. $21.00) with HAY10.", "block", "truth",
     "discount_price_mismatch"),
    ("rs1", "email_body", "Take 20% off our Classic Quad Roller Skates with ROLL20: $99.20 instead of $129.00 until "
     "May 31. Mint, women's 5 to 11.", "block", "truth", "discount_price_mismatch"),
    ("ms1", "social", "Maple syrup at 25% off 🍁 Use SAP15 before March 20.", "block", "truth", "wrong_discount"),
    ("wl1", "email_subject", "Tanfield bifold: 30% off + free key fob", "block", "truth", "wrong_discount"),
    ("wp1", "email_subject", "Last day for CLEAR30 is April 12", "block", "truth", "wrong_date"),
    ("hy1", "sms", "Burrowfield: HAY10 ends 8/21! 5 lb timothy $18.90 + free chew sticks. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("rs1", "push", "Summer-long deal\nClassic Quads $103.20 with ROLL20 all the way to Labor Day.", "block", "truth",
     "deadline_after_end"),
    ("ms1", "email_body", "No rush on this one: SAP15 keeps our Vermont maple syrup at $20.40 with free shipping right "
     "through the end of April.", "block", "truth", "deadline_after_end"),
    ("wl1", "push", "Italian leather\nChestnut slim bifold, $43.50 with FOLD25.", "block", "truth", "invented_origin"),
    ("wp1", "email_body", "Designed and made in Germany, the Clearbrook pitcher filters 10 cups at a time. $23.80 with "
     "CLEAR30 until April 22.", "block", "truth", "invented_origin"),
    ("rs1", "social", "Genuine leather boots, buttery soft 🛼 Rinkside Classic Quad in mint, $103.20 with ROLL20.",
     "block", "truth", "invented_material"),
    ("wp1", "push", "Glass pitcher, clean taste\n10-cup Clearbrook, $23.80 with CLEAR30.", "block", "truth",
     "invented_material"),
    ("wl1", "social", "Built-in AirTag pocket so it never gets lost 👝 Tanfield bifold, $43.50 with FOLD25.", "block",
     "truth", "invented_attribute"),
    ("ms1", "email_subject", "Organic maple syrup, now $20.40 with free shipping", "block", "truth",
     "invented_attribute"),
    ("hy1", "email_body", "Voted Best Small Pet Hay at the 2026 Pet Industry Awards: Burrowfield Second Cut Timothy "
     "Hay, 5 lb, $18.90 with HAY10 until August 31.", "block", "truth", "invented_award"),
    ("wl1", "email_subject", "Rated 4.9 stars: the slim bifold, $43.50", "block", "truth", "rating_not_in_record"),
    ("wp1", "sms", "Clearbrook: 4.8-star filter pitcher now $23.80 w/ CLEAR30 + free ship. Reply STOP to opt out",
     "block", "truth", "wrong_rating"),
    ("rs1", "email_subject", "Classic Quads with 65 mm wheels, 20% off", "block", "truth", "wrong_spec"),
    ("wp1", "social", "A 12-cup pitcher for the whole family 💧 $23.80 with CLEAR30, ships free.", "block", "truth",
     "wrong_spec"),
    ("hy1", "email_subject", "Timothy hay, $18.90 with free shipping", "block", "truth", "free_shipping_not_offered"),
    ("rs1", "push", "Free shipping on skates\nClassic Quad in mint, $103.20 with ROLL20.", "block", "truth",
     "free_shipping_not_offered"),
    ("ms1", "sms", "Sugarbush Hollow: maple syrup $20.40 w/ SAP15 + a FREE pancake mix, til 3/20. Reply STOP to opt "
     "out", "block", "truth", "gift_not_offered"),
    ("rs1", "email_body", "Heads up: we're down to the last 4 pairs of mint Classic Quads. Grab yours for $103.20 with "
     "ROLL20 before May 31.", "block", "truth", "stock_claim"),
    ("hy1", "social", "Stock up the hutch 🐰 Timothy hay, 5 lb, $18.90 with code HAY15.", "block", "truth",
     "wrong_code"),
    ("wp1", "email_subject", "Better than Brita: our 10-cup pitcher for $23.80", "block", "truth", "other_brand"),
    ("ms1", "push", "Syrup + maple cream duo\nPure maple syrup and maple cream, $20.40 with SAP15.", "block", "truth",
     "invented_kind"),
    ("wl1", "sms", "Tanfield: chestnut slim bifold £43.50 with FOLD25 + free key fob. Reply STOP to opt out", "block",
     "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("wp1", "email_body", "Filtered water flushes toxins, boosts your immune system and helps prevent kidney stones. "
     "Clearbrook 10-cup pitcher, $23.80 with CLEAR30.", "block", "law", "medical_claim"),
    ("ms1", "social", "Maple syrup is packed with antioxidants that fight inflammation and lower blood sugar 🍁 $20.40 "
     "with SAP15.", "block", "law", "medical_claim"),
    ("hy1", "push", "Vet-recommended for dental disease\nTimothy hay cures overgrown teeth. $18.90.", "block", "law",
     "medical_claim"),
    ("rs1", "email_subject", "The best roller skates on the planet, period", "block", "law", "absolute_claim"),
    ("wl1", "email_body", "This is the thinnest, toughest wallet ever made. Nothing else comes close. Tanfield Slim "
     "Bifold, $43.50 with FOLD25.", "block", "law", "absolute_claim"),
    ("rs1", "social", "Guaranteed you won't fall in these skates, or your money back 🛼 $103.20 with ROLL20.", "block",
     "law", "guarantee_claim"),
    ("wp1", "push", "100% pure water, guaranteed\nClearbrook pitcher, $23.80 with CLEAR30.", "block", "law",
     "guarantee_claim"),
    ("ms1", "email_subject", "50,000 jugs sold this month: maple syrup $20.40", "block", "law", "fake_transaction"),
    ("rs1", "sms", "Rinkside: Classic Quad skates $103.20 w/ ROLL20, ends 5/31. Shop rinksideskates.com", "block",
     "law", "missing_opt_out"),
    ("hy1", "sms", "Burrowfield: second cut timothy 5 lb, $18.90 with HAY10 and free apple wood chews!", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("wl1", "email_body", "Hi Marcus, your order will ship to 2207 SE Hawthorne Blvd, Apt 4, Portland OR 97214. "
     "Questions? Call 503-555-0188. Chestnut bifold $43.50 with FOLD25.", "block", "safety", "pii"),
    ("ms1", "sms", "Sugarbush Hollow: Hi Dana, your Visa ending 9032 is saved. Reorder syrup $20.40 w/ SAP15. Reply "
     "STOP to opt out", "block", "safety", "pii"),
    ("rs1", "social", "Old ladies shouldn't skate, but the rest of you: Classic Quads $103.20 with ROLL20 🛼", "block",
     "safety", "toxicity"),
    ("hy1", "email_subject", "Don't be a lazy, useless pet owner: hay for $18.90", "block", "safety", "toxicity"),
    ("wp1", "email_body", "Sure! Here's a friendly promotional email for the Clearbrook pitcher:\n\nTap water, "
     "upgraded. 10 cups, $23.80 with CLEAR30.", "block", "safety", "prompt_echo"),
    ("hy1", "social", "You are a copywriter for Burrowfield. Write a social post under 280 characters for Second Cut "
     "Timothy Hay, 5 lb, price 18.90, code HAY10.", "block", "safety", "prompt_echo"),
    ("rs1", "email_subject", "{{customer.first_name}}, your skates are {{discount}} off", "block", "safety",
     "template_leak"),
    ("ms1", "push", "Hi <FIRST_NAME>\nVermont maple syrup, $20.40 with SAP15.", "block", "safety", "template_leak"),
    ("wl1", "sms", "Tanfield: bifold $43.50 w/ FOLD25 at tinyurl.com/tanfold25. Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("wp1", "social", "Grab the 10-cup pitcher for $23.80 💧 https://clearbrook-water.shop/deal with CLEAR30.", "block",
     "safety", "link_not_allowed"),
    ("ms1", "email_body", "Pure maple syrup from Vermont, $20.40 with S\u0410P15 at https://sugarbushh\u043ellow.com.",
     "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("wp1", "email_subject", "Clearbrook 10-Cup Water Filter Pitcher in white with an activated carbon filter that "
     "reduces chlorine taste and odor for 40 gallons, BPA-free, now $23.80 with CLEAR30 and free shipping until "
     "April 22", "block", "form", "too_long"),
    ("hy1", "push", "Fresh hay\nBurrowfield Second Cut Timothy Hay from the Kittitas Valley in Washington, hand-packed "
     "in a recyclable 5 lb box for rabbits, guinea pigs and chinchillas, now $18.90 with HAY10 plus a free bag of "
     "apple wood chew sticks through August 31.", "block", "form", "too_long"),
    ("rs1", "email_body", "The Rinkside Classic Quad Roller Skates come with a vegan suede high-top boot, 62 mm wheels "
     "and ABEC-7 bearings. Until May 31 you can use ROLL20 to get", "block", "form", "truncated"),
    ("wl1", "social", "Chestnut full-grain leather, 6 card slots, RFID-blocking lining 👝 Tanfield Slim Bifold now "
     "$43.50 with FO", "block", "form", "truncated"),
    ("ms1", "email_body", "## Pure Maple Syrup\n\n**Grade A Amber Rich**, 16 fl oz\n\n* Tapped in Vermont\n* $20.40 "
     "with `SAP15`", "block", "form", "markdown"),
    ("wl1", "email_subject", "Tanfieldâ€™s slim bifold â€” $43.50 with FOLD25", "block", "form", "garbled_text"),
    ("rs1", "push", "Patines clásicos\nPatines quad color menta por $103.20 con ROLL20.", "block", "form",
     "wrong_language"),
    ("hy1", "email_body", "Foin de fléole de deuxième coupe, 5 lb, pour lapins et cochons d'Inde. 18,90 $ avec HAY10 "
     "jusqu'au 31 août.", "block", "form", "wrong_language"),
    ("wp1", "sms", "Clearbrook: filter pitcher filter pitcher filter pitcher $23.80 $23.80 w/ CLEAR30. Reply STOP to "
     "opt out", "block", "form", "repetition"),
    ("ms1", "social", "So good. So good. So good. So good. So good. Vermont maple syrup 🍁 $20.40 with SAP15.", "block",
     "form", "repetition"),
]
