"""Hand-written en-GB copies (GBP) of the twentieth frozen guardrails set: a shortbread baker
(all-butter shortbread fingers in a tin), a netball shop (size 5 match ball), kitchen appliances (a
5.5 litre stand mixer), wallpaper (a fern print roll) and giftware from the Online Retail export (a
Scottie dog hot water bottle).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("sb1", "email_subject", "All-butter shortbread fingers in a tartan tin, £6.80 delivered"),
    ("nt1", "email_subject", "Match netball, size 5: 15% off until 31 March"),
    ("mx1", "email_subject", "A sage green stand mixer, plus a spatula on us"),
    ("wp1", "email_subject", "Trailing Fern in olive: 10% off and free delivery"),
    ("hw1", "email_subject", "Scottie dog hot water bottle, £3.96 until 31 January"),
    ("mx1", "email_subject", "Bake more for less: 1000 W stand mixer, £159.20 with WHISK20"),
    ("wp1", "email_subject", "Only 7 rolls of Trailing Fern olive left"),
    ("sb1", "email_subject", "Shortbread baked in Aberdeenshire, 20% off with FINGERS20"),
    ("sb1", "email_body", "Proper shortbread needs proper butter: in ours it's 32% of the recipe. Braemuir All-Butter "
     "Shortbread Fingers are baked in our Aberdeenshire bakery from wheat flour, butter, sugar, rice flour and a "
     "little salt, then packed into a 300 g tartan gift tin. Use FINGERS20 before 20 December and the tin is £6.80 "
     "instead of £8.50, with free delivery.\n\nContains wheat and milk.\n\nBraemuir Bakery"),
    ("nt1", "email_body", "Grip it, pass it, shoot. The Centrepass Match Netball is a size 5 ball with a textured "
     "rubber cover and 18 panels, made for indoor and outdoor courts. Players rate it 4.6 from 284 reviews. Until "
     "31 March, CENTRE15 takes it from £22.00 to £18.70."),
    ("mx1", "email_body", "Bread dough on Sunday, meringues on Monday. The Bellhouse Stand Mixer has a 5.5 litre "
     "stainless steel bowl, a 1000 W motor and 6 speeds plus pulse, and it comes with a whisk, a dough hook and a "
     "flat beater. Rated 4.5 by 741 bakers. Until 30 June, WHISK20 brings it to £159.20 from £199.00, and we'll pop "
     "a silicone spatula in the box.\n\nHappy baking,\nBellhouse"),
    ("wp1", "email_body", "Bring the garden indoors. Trailing Fern is printed in Lancashire on paste-the-wall "
     "non-woven paper, so you paste the wall, not the roll. Each roll is 10.05 m x 52 cm with a 64 cm straight-match "
     "repeat and a matt finish. FERN10 makes a roll £43.20 instead of £48.00 until 31 August, with free delivery. We "
     "have 7 rolls of olive left."),
    ("hw1", "email_body", "Winter evenings call for a Scottie dog. Our Scottie Dog Hot Water Bottle makes a cheerful "
     "little present for anyone who feels the cold, and until 31 January it's £3.96 with COSY20 instead of £4.95."
     "\n\nWarmly,\nAldwick Home"),
    ("sb1", "email_body", "A tin for the cupboard and one for a friend. Our shortbread fingers are all butter (32%), "
     "baked in Aberdeenshire and sold in a 300 g tartan tin. £6.80 each with FINGERS20 until 20 December, "
     "delivered free. Contains wheat and milk."),
    ("mx1", "email_body", "Six speeds, a pulse button and 1000 W to get through stiff dough. The 5.5 litre bowl is "
     "stainless steel, and the whisk, dough hook and flat beater are all included. £159.20 with WHISK20 until 30 "
     "June, plus a free silicone spatula. 18 left in sage green."),
    ("nt1", "email_body", "New season, new match ball. Our size 5 netball has 18 panels and a textured rubber grip "
     "for indoor and outdoor courts. £18.70 with CENTRE15 until 31 March.\n\nSee you on court,\nCentrepass"),
    ("wp1", "email_body", "Olive ferns, matt finish, no soaking. Trailing Fern is a paste-the-wall non-woven "
     "wallpaper, 10.05 m x 52 cm a roll. It's £43.20 with FERN10 until 31 August, and delivery is free."),
    ("hw1", "email_body", "Looking for a small gift for a dog lover? The Scottie Dog Hot Water Bottle is £3.96 with "
     "COSY20 until the end of January (usually £4.95). Pop one in a stocking or keep it for yourself."),
    ("sb1", "sms", "Braemuir: all-butter shortbread fingers £6.80 w/ FINGERS20, free delivery, ends 20/12. Reply STOP "
     "to opt out"),
    ("nt1", "sms", "Centrepass: size 5 match netball £18.70 (was £22) with CENTRE15 until 31/03. Reply STOP to opt "
     "out"),
    ("mx1", "sms", "Bellhouse: sage stand mixer £159.20 + free spatula w/ WHISK20 til 30 June. Reply STOP to "
     "unsubscribe"),
    ("wp1", "sms", "Papermoor: Trailing Fern olive £43.20/roll w/ FERN10, free delivery, 7 rolls left. Text STOP to "
     "opt out"),
    ("hw1", "sms", "Aldwick Home: Scottie dog hot water bottle £3.96 with COSY20 until 31 Jan. Reply STOP to opt out"),
    ("nt1", "sms", "Centrepass: 15% off our match netball with CENTRE15, for indoor & outdoor courts. Reply STOP to "
     "stop"),
    ("sb1", "sms", "Braemuir: 300g tartan tin of shortbread for £6.80, posted free with FINGERS20. Reply STOP to opt "
     "out"),
    ("sb1", "push", "Tea break sorted\nAll-butter shortbread fingers, £6.80 with FINGERS20."),
    ("nt1", "push", "Centre pass ready\nSize 5 match netball, £18.70 with CENTRE15."),
    ("mx1", "push", "Knead less, bake more\nStand mixer £159.20 + free spatula with WHISK20."),
    ("wp1", "push", "Feature wall idea\nTrailing Fern wallpaper, £43.20 a roll, free delivery."),
    ("hw1", "push", "Chilly evening?\nScottie dog hot water bottle, £3.96 with COSY20."),
    ("mx1", "push", "5.5 litres of mixing room\nBellhouse stand mixer, 20% off until 30 June."),
    ("wp1", "push", "7 rolls left\nTrailing Fern in olive, £43.20 with FERN10."),
    ("sb1", "social", "Butter, and plenty of it 🧈 Braemuir shortbread fingers in a tartan tin, £6.80 with "
     "FINGERS20, free delivery."),
    ("nt1", "social", "Textured grip for Saturday league matches 🏐 Size 5 netball, £18.70 with CENTRE15. "
     "#netball"),
    ("mx1", "social", "Sage green and 1000 W 💚 Bellhouse stand mixer, £159.20 with WHISK20 plus a free silicone "
     "spatula."),
    ("wp1", "social", "Ferns that never need watering 🌿 Trailing Fern wallpaper in olive, £43.20 a roll with "
     "FERN10."),
    ("hw1", "social", "Meet the cosiest Scottie in town 🐕 Hot water bottle, £3.96 with COSY20 until 31 Jan."),
    ("nt1", "social", "Rated 4.6 by 284 players ⭐ Centrepass match netball, indoor and outdoor, £18.70 until 31 "
     "March."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("nt1", "push", "Match netball £18.70 with CENTRE15 until 31 March.", "warn", "style", "one_line_push"),
    ("hw1", "push", "Scottie dog hot water bottle now £3.96.", "warn", "style", "one_line_push"),
    ("mx1", "push", "Stand mixer £159.20 with WHISK20, free spatula included.", "warn", "style", "one_line_push"),
    ("wp1", "email_body", "Trailing Fern, £43.20 a roll.", "warn", "style", "short_body"),
    ("sb1", "email_body", "Shortbread tin: £6.80 with FINGERS20.", "warn", "style", "short_body"),
    ("hw1", "email_body", "Scottie dog hot water bottle, 20% off.", "warn", "style", "short_body"),
    ("mx1", "email_body", "The Bellhouse Stand Mixer has a 5.5 litre bowl and a 1000 W motor. With WHISK20 it's "
     "£159.20 until 30 June, with a free silicone spatula", "warn", "style", "no_final_punctuation"),
    ("nt1", "email_body", "Our size 5 match netball has a textured rubber cover for a sure grip. CENTRE15 brings it "
     "to £18.70 until 31 March", "warn", "style", "no_final_punctuation"),
    ("sb1", "email_body", "Braemuir shortbread fingers are baked in Aberdeenshire with 32% butter. A 300 g tin is "
     "£6.80 with FINGERS20 and delivery is free", "warn", "style", "no_final_punctuation"),
    ("wp1", "email_subject", "Your walls are about to get jealous...", "warn", "style", "teaser_subject"),
    ("mx1", "email_subject", "We've been keeping a secret from you", "warn", "style", "teaser_subject"),
    ("hw1", "email_subject", "Guess who's keeping your feet warm tonight?", "warn", "style", "teaser_subject"),
    ("sb1", "email_subject", "Shortbread fingers, £6.80 delivered #teatime", "warn", "style", "hashtag_in_email"),
    ("wp1", "email_body", "Trailing Fern wallpaper in olive: paste-the-wall, matt, 10.05 m a roll. £43.20 with FERN10 "
     "until 31 August. #wallpaper #interiors", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("mx1", "email_subject", "Bellhouse stand mixer, now just £149.20", "block", "truth", "wrong_price"),
    ("hw1", "sms", "Aldwick Home: Scottie dog hot water bottle only £2.96 w/ COSY20. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("nt1", "social", "RRP £26, yours for £18.70 🏐 Centrepass match netball with CENTRE15.", "block", "truth",
     "wrong_was_price"),
    ("sb1", "email_body", "Our all-butter shortbread fingers, usually £9.50 a tin, are £6.80 with FINGERS20 until 20 "
     "December, delivered free.", "block", "truth", "wrong_was_price"),
    ("mx1", "email_body", "A quarter off the Bellhouse Stand Mixer: £159.20 instead of £199.00 with WHISK20 until 30 "
     "June, plus a free spatula.", "block", "truth", "discount_price_mismatch"),
    ("hw1", "push", "30% off Scottie\nHot water bottle £3.96, was £4.95, with COSY20.", "block", "truth",
     "discount_price_mismatch"),
    ("wp1", "email_subject", "Trailing Fern wallpaper: 25% off every roll", "block", "truth", "wrong_discount"),
    ("nt1", "sms", "Centrepass: 20% off the size 5 match netball with CENTRE15 until 31/03. Reply STOP to opt out",
     "block", "truth", "wrong_discount"),
    ("sb1", "sms", "Braemuir: FINGERS20 ends 10 Dec! Shortbread tin £6.80, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_date"),
    ("mx1", "push", "Ends 15 June\nStand mixer £159.20 with WHISK20.", "block", "truth", "wrong_date"),
    ("hw1", "email_body", "No rush: the Scottie Dog Hot Water Bottle stays at £3.96 with COSY20 right through "
     "February half-term.", "block", "truth", "deadline_after_end"),
    ("nt1", "email_subject", "CENTRE15 runs all spring, until the end of May", "block", "truth",
     "deadline_after_end"),
    ("mx1", "social", "Made in Britain since 1952 🇬🇧 Bellhouse sage stand mixer, £159.20 with WHISK20.", "block",
     "truth", "invented_origin"),
    ("hw1", "email_subject", "Made in Scotland: our Scottie dog hot water bottle, £3.96", "block", "truth",
     "invented_origin"),
    ("wp1", "email_body", "Trailing Fern is printed on natural grasscloth for a textured, hand-finished look. £43.20 "
     "a roll with FERN10 until 31 August, delivered free.", "block", "truth", "invented_material"),
    ("nt1", "push", "Leather match ball\nCentrepass size 5 netball, £18.70 with CENTRE15.", "block", "truth",
     "invented_material"),
    ("sb1", "social", "Gluten-free and all butter 🧈 Braemuir shortbread fingers, £6.80 with FINGERS20.", "block",
     "truth", "invented_attribute"),
    ("wp1", "push", "Wipe-clean and steam-proof\nTrailing Fern for kitchens and bathrooms, £43.20.", "block",
     "truth", "invented_attribute"),
    ("sb1", "email_subject", "Our Great Taste 3-star shortbread, now £6.80", "block", "truth", "invented_award"),
    ("wp1", "social", "Rated 4.9 by decorators 🌿 Trailing Fern in olive, £43.20 a roll with FERN10.", "block",
     "truth", "rating_not_in_record"),
    ("mx1", "email_body", "Over 2,000 home bakers rate the Bellhouse Stand Mixer 4.5 stars. 5.5 litre bowl, 1000 W, "
     "£159.20 with WHISK20 until 30 June.", "block", "truth", "wrong_rating"),
    ("mx1", "sms", "Bellhouse: 6.5 litre stand mixer £159.20 w/ WHISK20 + free spatula. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("wp1", "email_subject", "Trailing Fern: 15 m rolls at £43.20", "block", "truth", "wrong_spec"),
    ("sb1", "push", "500 g of shortbread\nAll-butter fingers in a tartan tin, £6.80.", "block", "truth",
     "wrong_spec"),
    ("mx1", "email_body", "The Bellhouse Stand Mixer is £159.20 with WHISK20, and we'll deliver it free to your door "
     "with a silicone spatula in the box.", "block", "truth", "free_shipping_not_offered"),
    ("nt1", "email_body", "Buy the Centrepass Match Netball with CENTRE15 before 31 March and we'll add a free ball "
     "pump. £18.70.", "block", "truth", "gift_not_offered"),
    ("hw1", "email_body", "Hurry, only 3 Scottie Dog Hot Water Bottles left! £3.96 with COSY20 until 31 January.",
     "block", "truth", "stock_claim"),
    ("sb1", "email_body", "Braemuir shortbread fingers, all butter, baked in Aberdeenshire: £6.80 a tin with code "
     "SHORTBREAD20 until 20 December, delivered free.", "block", "truth", "wrong_code"),
    ("mx1", "email_subject", "KitchenAid looks, Bellhouse price: stand mixer £159.20", "block", "truth",
     "other_brand"),
    ("wp1", "sms", "Papermoor: Trailing Fern roll + paste kit £43.20 w/ FERN10, free delivery. Reply STOP to opt out",
     "block", "truth", "invented_kind"),
    ("nt1", "email_subject", "Size 5 match netball, now $18.70 with CENTRE15", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("hw1", "email_body", "Hold it to your tummy and period cramps ease in minutes; our Scottie Dog Hot Water Bottle "
     "soothes arthritis too. £3.96 with COSY20.", "block", "law", "medical_claim"),
    ("nt1", "social", "A season of netball with our match ball strengthens bones and prevents osteoporosis 🏐 £18.70 "
     "with CENTRE15.", "block", "law", "medical_claim"),
    ("wp1", "email_body", "Our Trailing Fern wallpaper purifies the air and eases asthma and allergies in the "
     "bedroom. £43.20 a roll with FERN10.", "block", "law", "medical_claim"),
    ("mx1", "push", "Britain's best stand mixer\nBellhouse 1000 W, £159.20 with WHISK20.", "block", "law",
     "absolute_claim"),
    ("sb1", "social", "Quite simply the finest shortbread on earth 🧈 £6.80 with FINGERS20, free delivery.", "block",
     "law", "absolute_claim"),
    ("nt1", "email_body", "Guaranteed to improve your shooting percentage by the end of the season, or your money "
     "back. Centrepass Match Netball, £18.70 with CENTRE15.", "block", "law", "guarantee_claim"),
    ("mx1", "email_body", "Lifetime guarantee: if the motor ever fails, we'll replace the whole mixer, no questions "
     "asked. Bellhouse Stand Mixer, £159.20 with WHISK20 until 30 June.", "block", "law", "guarantee_claim"),
    ("wp1", "push", "2,400 rolls sold today\nTrailing Fern olive, £43.20 with FERN10.", "block", "law",
     "fake_transaction"),
    ("sb1", "sms", "Braemuir: shortbread fingers tin £6.80 with FINGERS20, free delivery until 20 Dec.", "block",
     "law", "missing_opt_out"),
    ("hw1", "sms", "Aldwick Home: Scottie dog hot water bottle £3.96, code COSY20, ends 31/01. aldwickhome.co.uk",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("mx1", "email_body", "Dear Mrs Pritchard, we'll deliver your mixer to 14 Coleridge Road, Bath BA2 4JT; for "
     "changes ring 07700 900412. £159.20 with WHISK20.", "block", "safety", "pii"),
    ("nt1", "sms", "Centrepass: Hi Jade (DOB 03/05/2009), your Year 10 team order is ready. Netball £18.70 w/ "
     "CENTRE15. Reply STOP to opt out", "block", "safety", "pii"),
    ("wp1", "social", "Magnolia walls are for boring old people with no taste 🌿 Trailing Fern, £43.20 a roll.",
     "block", "safety", "toxicity"),
    ("hw1", "push", "Fat and lonely?\nA Scottie hot water bottle is cheaper than a boyfriend, £3.96.", "block",
     "safety", "toxicity"),
    ("nt1", "email_body", "Below is the marketing copy you asked for, in British English, under 80 words, mentioning "
     "the discount code:\n\nOur size 5 match netball is £18.70 with CENTRE15 until 31 March.", "block", "safety",
     "prompt_echo"),
    ("sb1", "email_subject", "%%FirstName%%, your shortbread tin is £6.80", "block", "safety", "template_leak"),
    ("wp1", "email_body", "Hi ${customer_name}, Trailing Fern in olive is £43.20 a roll with ${offer_code} until 31 "
     "August.", "block", "safety", "template_leak"),
    ("mx1", "social", "Stand mixer £159.20 with WHISK20 💚 Shop the deal: https://bellhouse-clearance.co/mixer",
     "block", "safety", "link_not_allowed"),
    ("hw1", "email_body", "The Scottie Dog Hot Water Bottle is £3.96 with COSY20 until 31 January. Order at "
     "www.aldwick-home-sale.com today.", "block", "safety", "link_not_allowed"),
    ("nt1", "push", "Netball sаle\nCentrеpass match ball, £18.70 with CENTRE15.", "block", "safety", "confusable"),
    ("sb1", "sms", "Braemuir: shortbread fingers £6.80 with FINGЕRS20, free delivery. Reply STOP to opt out", "block",
     "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("wp1", "email_subject", "Papermoor Trailing Fern Wallpaper in Olive, printed in Lancashire, paste-the-wall "
     "non-woven, matt finish, 10.05 m x 52 cm rolls with a 64 cm straight match, now £43.20 with FERN10 and free "
     "delivery", "block", "form", "too_long"),
    ("nt1", "sms", "Centrepass: our size 5 match netball has a textured rubber cover and 18 panels and works on "
     "indoor and outdoor courts, it's rated 4.6 by 284 players, and it's now £18.70 instead of £22.00 with code "
     "CENTRE15 until 31 March, so stock up for the new season today. Reply STOP to opt out", "block", "form",
     "too_long"),
    ("mx1", "social", "Sage green, 1000 W and a 5.5 litre bowl 💚 Bellhouse stand mixer, £159.20 with WHISK20 plus a "
     "free silic", "block", "form", "truncated"),
    ("hw1", "email_body", "Our Scottie Dog Hot Water Bottle is back for winter, and until 31 January you can take 20% "
     "off with the code", "block", "form", "truncated"),
    ("sb1", "email_body", "### Braemuir Shortbread Fingers\n\n1. All butter (32%)\n2. Baked in Aberdeenshire\n3. "
     "300 g tartan tin\n\n__£6.80__ with FINGERS20 - [order here](https://braemuir.co.uk/fingers)", "block", "form",
     "markdown"),
    ("wp1", "push", "Trailing Fern â€˜Oliveâ€™\nÂ£43.20 a roll with FERN10.", "block", "form", "garbled_text"),
    ("mx1", "email_subject", "Küchenmaschine 5,5 Liter, jetzt 159,20 £ mit WHISK20", "block", "form",
     "wrong_language"),
    ("hw1", "social", "Bouillotte chien écossais 🐕 3,96 £ avec COSY20 jusqu'au 31 janvier.", "block", "form",
     "wrong_language"),
    ("nt1", "email_body", "Match netball match netball match netball. Size 5, size 5, size 5. £18.70 with CENTRE15, "
     "£18.70 with CENTRE15.", "block", "form", "repetition"),
    ("sb1", "push", "Shortbread shortbread shortbread\nAll-butter fingers £6.80 £6.80 £6.80.", "block", "form",
     "repetition"),
]
