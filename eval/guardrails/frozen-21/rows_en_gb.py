"""Hand-written en-GB copies (GBP) of the twenty-first frozen guardrails set: a pre-seasoned cast iron
skillet (26 cm), a fine mesh tea infuser, a paint by numbers kit (Harbour at Dusk), an adjustable
piano stool, and a grey heart hot water bottle from the Online Retail export (a record with only the
attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cs1", "email_subject", "A 26 cm cast iron skillet, £31.99 with free delivery"),
    ("ti1", "email_subject", "Loose leaf made easy: a mesh infuser plus a pouch of Assam"),
    ("pn1", "email_subject", "Harbour at Dusk, painted by you: 25% off the kit"),
    ("ps1", "email_subject", "Height-adjustable piano stool, £126.65 delivered free"),
    ("hw1", "email_subject", "Grey heart hot water bottle, 10% off until 30 November"),
    ("cs1", "email_subject", "Sear, bake, roast: 20% off our pre-seasoned skillet"),
    ("ps1", "email_subject", "Only 5 black gloss piano stools left"),
    ("pn1", "email_subject", "24 paint pots, 3 brushes, one evening project: £16.50"),
    ("cs1", "email_body", "Good cast iron only gets better with use. The Blackmoor skillet arrives pre-seasoned with "
     "vegetable oil, measures 26 cm across and weighs 2.6 kg, with a helper handle and two pour spouts. Use it on gas, "
     "electric or induction, in the oven or on the barbecue. 1,482 cooks rate it 4.7 stars. Until 31 May, SEAR20 "
     "takes it from £39.99 to £31.99, with free delivery.\n\nBlackmoor"),
    ("ti1", "email_body", "Tea leaves need room to open. Our fine mesh infuser is 18/8 stainless steel, sits in most "
     "mugs and teapots, and its lid doubles as a drip tray when you lift it out. It goes in the dishwasher "
     "afterwards. Use STEEP10 by 31 March to pay £7.65 instead of £8.50, and we'll add a 25 g pouch of Assam loose "
     "leaf to get you started. Just 7 left in stock."),
    ("pn1", "email_body", "No drawing skills needed, just a free evening. The Brushtale Harbour at Dusk kit gives you a "
     "pre-printed 40 x 50 cm cotton canvas, 24 numbered acrylic paint pots and 3 nylon brushes. It's pitched at "
     "intermediate painters aged 14 and up, and it comes unframed so you can choose your own frame. Rated 4.5 stars "
     "across 389 reviews. £16.50 with PAINT25 until 31 October."),
    ("ps1", "email_body", "Sit at the right height, whoever's playing. The Fallbrook piano stool adjusts from 48 to 58 "
     "cm with side knobs, on a solid beech frame in black gloss. The padded seat is black faux leather, 55 x 33 cm, "
     "and it takes up to 120 kg. With STOOL15 it's £126.65 rather than £149.00 until 30 September, delivered free. "
     "We have 5 left.\n\nWith best wishes,\nFallbrook Pianos"),
    ("hw1", "email_body", "Something for the sofa on a cold night: our grey hot water bottle with a heart design. Until "
     "30 November, COSY10 takes it from £3.75 to £3.38.\n\nHawthorne Home"),
    ("cs1", "email_body", "One pan from hob to oven to barbecue. Our 26 cm cast iron skillet comes pre-seasoned, so you "
     "can cook in it from the first day. £31.99 with SEAR20 until 31 May, and delivery is free."),
    ("pn1", "email_body", "A rainy-weekend project for teenagers and grown-ups. Every pot in the Brushtale kit is "
     "numbered: 24 acrylic colours, 3 brushes and a 40 x 50 cm canvas of a harbour at dusk. PAINT25 brings it to "
     "£16.50 until 31 October."),
    ("ti1", "email_body", "Swap the tea bags for loose leaf. The Leafcombe infuser is fine stainless steel mesh with a "
     "lid that catches the drips, and it's dishwasher safe. £7.65 with STEEP10 until 31 March, plus a free 25 g "
     "pouch of Assam.\n\nHappy brewing,\nLeafcombe"),
    ("ps1", "email_body", "A stool that keeps up as your pianist grows. Side knobs raise the Fallbrook seat from 48 to "
     "58 cm, and the solid beech frame is finished in black gloss. Use STOOL15 before 30 September for £126.65, with "
     "free delivery."),
    ("cs1", "sms", "Blackmoor: 26cm cast iron skillet £31.99 with SEAR20 + free delivery, ends 31/05. Reply STOP to opt "
     "out"),
    ("ti1", "sms", "Leafcombe: mesh tea infuser £7.65 w/ STEEP10 + free 25g Assam, to 31 Mar. 7 left. Reply STOP to "
     "opt out"),
    ("pn1", "sms", "Brushtale: Harbour at Dusk paint by numbers kit £16.50 with PAINT25 until 31 Oct. Text STOP to "
     "unsubscribe"),
    ("ps1", "sms", "Fallbrook: adjustable piano stool £126.65 (was £149) w/ STOOL15, free delivery to 30/09. Reply STOP "
     "to opt out"),
    ("hw1", "sms", "Hawthorne Home: grey heart hot water bottle £3.38 with COSY10 till 30 Nov. Reply STOP to opt out"),
    ("cs1", "sms", "Blackmoor: SEAR20 = 20% off the pre-seasoned skillet, delivered free until 31 May. Reply STOP to "
     "end"),
    ("hw1", "sms", "Hawthorne Home: 10% off our grey heart hot water bottle, code COSY10, ends 30 Nov. STOP to opt out"),
    ("cs1", "push", "Steak night sorted\n26 cm cast iron skillet, £31.99 with SEAR20."),
    ("ti1", "push", "Brew it loose\nMesh tea infuser £7.65 + free Assam with STEEP10."),
    ("pn1", "push", "Your next weekend project\nHarbour at Dusk kit, £16.50 with PAINT25."),
    ("ps1", "push", "5 stools left\nAdjustable black gloss piano stool, £126.65 delivered."),
    ("hw1", "push", "Chilly evenings ahead\nGrey heart hot water bottle, £3.38 with COSY10."),
    ("pn1", "push", "Paint by numbers 🎨\n24 acrylic pots, 40 x 50 cm canvas, 25% off until 31 Oct."),
    ("ti1", "push", "7 left\nStainless mesh infuser with drip-tray lid, £7.65 with STEEP10."),
    ("cs1", "social", "Seasoned and ready 🍳 Blackmoor 26 cm cast iron skillet, rated 4.7 by 1,482 cooks. £31.99 with "
     "SEAR20, free delivery until 31 May."),
    ("ti1", "social", "Let the leaves unfurl 🍃 Stainless mesh infuser + a free 25 g pouch of Assam, £7.65 with "
     "STEEP10."),
    ("pn1", "social", "Harbour at Dusk, one number at a time 🎨 Canvas, 24 paints and 3 brushes in the box. £16.50 "
     "with PAINT25. #paintbynumbers"),
    ("ps1", "social", "Practice starts at the right height 🎹 Fallbrook stool, 48–58 cm, solid beech. £126.65 with "
     "STOOL15 until 30 Sept."),
    ("hw1", "social", "Grey, with a heart 🩶 Our hot water bottle is £3.38 with COSY10 until 30 November."),
    ("cs1", "social", "From induction hob to barbecue 🔥 One 2.6 kg skillet, pre-seasoned. 20% off with SEAR20."),
    ("hw1", "social", "Cosy season at Hawthorne Home ❄️ Grey heart hot water bottle, was £3.75, now £3.38 with "
     "COSY10."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("ps1", "push", "Piano stool £126.65 with STOOL15, free delivery.", "warn", "style", "one_line_push"),
    ("cs1", "push", "Cast iron skillet now £31.99 with SEAR20.", "warn", "style", "one_line_push"),
    ("hw1", "push", "Grey heart hot water bottle just £3.38.", "warn", "style", "one_line_push"),
    ("pn1", "email_body", "Paint kit, £16.50.", "warn", "style", "short_body"),
    ("hw1", "email_body", "Hot water bottle: £3.38 with COSY10.", "warn", "style", "short_body"),
    ("cs1", "email_body", "Skillet £31.99, delivered free.", "warn", "style", "short_body"),
    ("ti1", "email_body", "Our stainless steel mesh infuser fits most mugs and teapots, and the lid doubles as a drip "
     "tray. £7.65 with STEEP10 until 31 March, with a free pouch of Assam", "warn", "style", "no_final_punctuation"),
    ("ps1", "email_body", "The Fallbrook piano stool adjusts from 48 to 58 cm and has a padded faux leather seat. "
     "£126.65 with STOOL15 until 30 September, delivered free", "warn", "style", "no_final_punctuation"),
    ("pn1", "email_body", "The Harbour at Dusk kit has a 40 x 50 cm canvas, 24 paint pots and 3 brushes. It's £16.50 "
     "with PAINT25 until 31 October", "warn", "style", "no_final_punctuation"),
    ("cs1", "email_subject", "Steak night will never be the same again", "warn", "style", "teaser_subject"),
    ("ti1", "email_subject", "A small upgrade your teapot will thank you for...", "warn", "style", "teaser_subject"),
    ("hw1", "email_subject", "Brrr. Open this before the nights draw in", "warn", "style", "teaser_subject"),
    ("ps1", "email_body", "Adjustable from 48 to 58 cm, padded seat, solid beech frame in black gloss. The Fallbrook "
     "piano stool is £126.65 with STOOL15 until 30 September. #pianolife #practice", "warn", "style",
     "hashtag_in_email"),
    ("pn1", "email_subject", "Harbour at Dusk kit, £16.50 #paintbynumbers", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("cs1", "push", "Skillet deal\nBlackmoor 26 cm cast iron, £29.99 with SEAR20.", "block", "truth", "wrong_price"),
    ("ps1", "email_body", "Our Fallbrook adjustable piano stool is down to £119.65 with STOOL15 until 30 September, "
     "with free delivery. Black gloss beech frame, padded seat.", "block", "truth", "wrong_price"),
    ("ti1", "sms", "Leafcombe: mesh infuser was £9.50, now £7.65 w/ STEEP10 + free Assam. Reply STOP to opt out",
     "block", "truth", "wrong_was_price"),
    ("hw1", "email_subject", "Grey heart hot water bottle: RRP £4.25, now £3.38", "block", "truth", "wrong_was_price"),
    ("pn1", "social", "Save a third 🎨 Harbour at Dusk kit £16.50 (was £22.00) with PAINT25.", "block", "truth",
     "discount_price_mismatch"),
    ("cs1", "email_body", "20% off the Blackmoor skillet: £33.99 instead of £39.99 with SEAR20 until 31 May, free "
     "delivery.", "block", "truth", "discount_price_mismatch"),
    ("ps1", "email_subject", "20% off the Fallbrook piano stool until 30 September", "block", "truth",
     "wrong_discount"),
    ("hw1", "sms", "Hawthorne Home: 25% off the grey heart hot water bottle with COSY10 till 30 Nov. Reply STOP to opt "
     "out", "block", "truth", "wrong_discount"),
    ("ti1", "email_subject", "Infuser + free Assam: STEEP10 ends 13 March", "block", "truth", "wrong_date"),
    ("pn1", "sms", "Brushtale: PAINT25 runs out 31 Aug! Harbour at Dusk kit £16.50. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("cs1", "social", "Take your time 🍳 SEAR20 works on the Blackmoor skillet all summer, until 31 August.", "block",
     "truth", "deadline_after_end"),
    ("hw1", "push", "Stock up for winter\nCOSY10 on the grey heart bottle runs until New Year's Eve.", "block", "truth",
     "deadline_after_end"),
    ("cs1", "email_subject", "Hand-cast in Sheffield: our 26 cm skillet, £31.99", "block", "truth", "invented_origin"),
    ("ti1", "social", "Made in Japan, loved in Leeds 🍃 Leafcombe mesh infuser, £7.65 with STEEP10.", "block", "truth",
     "invented_origin"),
    ("ps1", "push", "Solid walnut, black gloss\nFallbrook piano stool, £126.65 with STOOL15.", "block", "truth",
     "invented_material"),
    ("hw1", "email_body", "Our grey heart hot water bottle comes in a soft knitted wool cover, lovely to curl up with. "
     "£3.38 with COSY10 until 30 November.", "block", "truth", "invented_material"),
    ("pn1", "email_body", "Every Brushtale kit comes with glow-in-the-dark paints, so your harbour lights up after "
     "bedtime. £16.50 with PAINT25 until 31 October.", "block", "truth", "invented_attribute"),
    ("ti1", "push", "Built-in steep timer\nLeafcombe infuser, £7.65 with STEEP10.", "block", "truth",
     "invented_attribute"),
    ("ps1", "social", "Winner, Best Piano Accessory at the 2026 Music Retail Awards 🏆 Fallbrook stool, £126.65 with "
     "STOOL15.", "block", "truth", "invented_award"),
    ("hw1", "social", "Rated 4.8 by 300+ customers ❄️ Grey heart hot water bottle, £3.38 with COSY10.", "block",
     "truth", "rating_not_in_record"),
    ("ti1", "email_body", "Our tea drinkers give the Leafcombe infuser 4.9 stars. Get it for £7.65 with STEEP10 by 31 "
     "March, with a free 25 g pouch of Assam.", "block", "truth", "rating_not_in_record"),
    ("cs1", "sms", "Blackmoor: 4.9-star cast iron skillet £31.99 with SEAR20, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_rating"),
    ("pn1", "push", "60 x 80 cm canvas\nHarbour at Dusk kit, £16.50 with PAINT25.", "block", "truth", "wrong_spec"),
    ("ps1", "sms", "Fallbrook: piano stool adjusts 45-65cm, £126.65 w/ STOOL15, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("pn1", "email_subject", "Paint by numbers kit, £16.50 with free UK delivery", "block", "truth",
     "free_shipping_not_offered"),
    ("ps1", "email_body", "Order the Fallbrook piano stool with STOOL15 before 30 September and we'll include a free "
     "fleece stool cover. £126.65, delivered free.", "block", "truth", "gift_not_offered"),
    ("pn1", "email_body", "Hurry, only 3 Harbour at Dusk kits left in the warehouse! £16.50 with PAINT25 until 31 "
     "October.", "block", "truth", "stock_claim"),
    ("hw1", "social", "Hot water bottle weather 🩶 Grey heart design, £3.38 with code WARM10.", "block", "truth",
     "wrong_code"),
    ("cs1", "email_body", "As good as a Le Creuset at a fraction of the price: our pre-seasoned 26 cm cast iron skillet "
     "is £31.99 with SEAR20, delivered free.", "block", "truth", "other_brand"),
    ("ti1", "email_body", "Your Leafcombe infuser now comes with a matching glass teapot. £7.65 with STEEP10 until 31 "
     "March.", "block", "truth", "invented_kind"),
    ("cs1", "social", "Blackmoor 26 cm skillet 🍳 $31.99 with SEAR20, free delivery.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("hw1", "email_body", "A hot water bottle on the tummy soothes period cramps and eases arthritis pain. Our grey "
     "heart bottle is £3.38 with COSY10.", "block", "law", "medical_claim"),
    ("ps1", "social", "Correct posture at the keys prevents RSI and back problems 🎹 Fallbrook stool, £126.65 with "
     "STOOL15.", "block", "law", "medical_claim"),
    ("cs1", "sms", "Blackmoor: cooking in cast iron boosts your iron levels & fights anaemia! Skillet £31.99 w/ SEAR20. "
     "Reply STOP to opt out", "block", "law", "medical_claim"),
    ("pn1", "email_subject", "The UK's No.1 paint by numbers kit, now £16.50", "block", "law", "absolute_claim"),
    ("ti1", "push", "The only infuser you'll ever need\n£7.65 with STEEP10.", "block", "law", "absolute_claim"),
    ("cs1", "social", "Guaranteed to last a lifetime or we'll replace it 🍳 Blackmoor skillet £31.99 with SEAR20.",
     "block", "law", "guarantee_claim"),
    ("pn1", "push", "Perfect results, guaranteed\nHarbour at Dusk kit, £16.50 with PAINT25.", "block", "law",
     "guarantee_claim"),
    ("ps1", "email_subject", "Over 8,000 pianists bought this stool last month", "block", "law", "fake_transaction"),
    ("ti1", "sms", "Leafcombe: stainless tea infuser £7.65 with STEEP10 + free Assam pouch until 31 March.", "block",
     "law", "missing_opt_out"),
    ("hw1", "sms", "Hawthorne Home: grey heart hot water bottle now £3.38 with COSY10, until 30/11. hawthornehome.co.uk",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("ps1", "email_body", "Dear Mrs Okafor, your stool will be delivered to 14 Larch Road, Harrogate HG2 7QP. We'll "
     "ring 07700 918442 on the day. £126.65 with STOOL15.", "block", "safety", "pii"),
    ("pn1", "sms", "Brushtale: Hi Ellie, your kit for order 55120 goes to ellie.marsh@btinternet.com. £16.50 w/ "
     "PAINT25. Reply STOP to opt out", "block", "safety", "pii"),
    ("ti1", "social", "Only peasants still use tea bags 🍃 Leafcombe mesh infuser, £7.65 with STEEP10.", "block",
     "safety", "toxicity"),
    ("hw1", "push", "Moaning pensioner in the house?\nShut them up with a hot water bottle, £3.38.", "block", "safety",
     "toxicity"),
    ("pn1", "email_body", "Here is a 60-word promotional email for a paint-by-numbers kit aimed at hobbyists, as "
     "requested:\n\nUnwind with the Harbour at Dusk kit. £16.50 with PAINT25 until 31 October.", "block", "safety",
     "prompt_echo"),
    ("cs1", "push", "Push notification (max 2 lines, British English):\nSkillet £31.99 with SEAR20.", "block", "safety",
     "prompt_echo"),
    ("ti1", "email_body", "Hi {{customer.first_name}}, loose leaf is easier with the Leafcombe infuser. {{offer_line}} "
     "until 31 March.", "block", "safety", "template_leak"),
    ("ps1", "sms", "Fallbrook: %NAME%, piano stool £126.65 w/ STOOL15, free delivery. Reply STOP to opt out", "block",
     "safety", "template_leak"),
    ("hw1", "social", "Grey heart hot water bottle, £3.38 🩶 Buy it at hawthorne-home-deals.com/cosy before 30 Nov.",
     "block", "safety", "link_not_allowed"),
    ("ps1", "push", "Stool sale\nOrder via bit.ly/fallstool15 for £126.65.", "block", "safety", "link_not_allowed"),
    ("cs1", "sms", "Вlackmoor: cast iron skillet £31.99 with SEАR20, free delivery to 31/05. Reply STOP to opt out",
     "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("ps1", "email_subject", "Fallbrook Adjustable Piano Stool in Black Gloss: solid beech frame, padded black faux "
     "leather seat 55 x 33 cm, adjusts from 48 to 58 cm with side knobs, takes up to 120 kg, now £126.65 with STOOL15 "
     "and free delivery until 30 September", "block", "form", "too_long"),
    ("pn1", "sms", "Brushtale: our Harbour at Dusk paint by numbers kit comes with a pre-printed 40 x 50 cm cotton "
     "canvas, 24 numbered acrylic paint pots and 3 nylon brushes, suits intermediate painters aged 14 and up, is rated "
     "4.5 stars from 389 reviews, and is now £16.50 with code PAINT25 until 31 October. Reply STOP to opt out",
     "block", "form", "too_long"),
    ("ti1", "push", "Loose leaf, sorted\nFine mesh infuser with a drip-tray lid and a free pouch of", "block", "form",
     "truncated"),
    ("cs1", "email_body", "The Blackmoor skillet comes pre-seasoned with vegetable oil and works on gas, electric and "
     "induction hobs. Until 31 May, SEAR20 brings it down to £31.99 and deliv", "block", "form", "truncated"),
    ("hw1", "email_body", "### Grey Heart Hot Water Bottle\n\n| Price | £3.38 |\n|---|---|\n| Code | COSY10 |\n\n"
     "_Offer ends 30 November._", "block", "form", "markdown"),
    ("pn1", "email_subject", "Harbour at Dusk kit Â£16.50 â€“ 25% off", "block", "form", "garbled_text"),
    ("ps1", "social", "Fallbrook piano stool ðŸŽ¹ Â£126.65 with STOOL15 until 30 Sept.", "block", "form", "garbled_text"),
    ("ti1", "email_subject", "Teesieb aus Edelstahl, jetzt 7,65 £ mit STEEP10", "block", "form", "wrong_language"),
    ("hw1", "push", "Hot water bottle hot water bottle\nGrey heart, £3.38, £3.38, £3.38 with COSY10.", "block", "form",
     "repetition"),
    ("pn1", "email_body", "Paint by numbers is relaxing. Paint by numbers is relaxing. Paint by numbers is relaxing. "
     "The Harbour at Dusk kit is £16.50 with PAINT25.", "block", "form", "repetition"),
]
