"""Hand-written en-GB copies (GBP) of the twenty-sixth frozen guardrails set: a china maker's
three-tier cake stand (Blue Willow), a waterproof picnic blanket (green tartan), a double oven glove
(charcoal ticking), a sandalwood shaving soap in a beech bowl, and a retrospot memo board from the
Online Retail export (a record with only the attribute its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cs1", "email_subject", "Afternoon tea on three tiers: Blue Willow cake stand £28.50"),
    ("pb1", "email_subject", "A waterproof picnic blanket for the summer, delivered free"),
    ("og1", "email_subject", "Double oven glove, heat resistant to 200°C, now £12.80"),
    ("sp1", "email_subject", "Sandalwood shaving soap, hand-poured in Sheffield, 15% off"),
    ("mb1", "email_subject", "A retrospot memo board for the kitchen, £3.96 with MEMO20"),
    ("cs1", "email_subject", "Only 14 Blue Willow cake stands left"),
    ("pb1", "email_subject", "Green tartan, waterproof backing: 15% off until 31 August"),
    ("og1", "email_subject", "Free pot holder with our charcoal ticking oven glove"),
    ("cs1", "email_body", "Scones on the bottom, sandwiches in the middle, cakes on top. The Bramcote 3-Tier Bone "
     "China Cake Stand holds plates of 27 cm, 21 cm and 16 cm in fine bone china, decorated in Stoke-on-Trent in "
     "the Blue Willow pattern and joined by a gold-tone centre handle. Hand wash only, please. 219 customers rate "
     "it 4.8 stars. Until 31 May, TIERS25 takes it from £38.00 to £28.50.\n\nWarm regards,\nBramcote"),
    ("pb1", "email_body", "Damp grass, dry picnic. The Meadowmere Waterproof Picnic Blanket has a soft acrylic fleece "
     "top in green tartan and a waterproof PEVA backing, and at 200 x 150 cm there's room to spread out the "
     "sandwiches. It folds into a strap with a handle and goes in the washing machine at 30°C. With PICNIC15 it's "
     "£23.80 rather than £28.00 until 31 August, with free delivery."),
    ("og1", "email_body", "Roasting tins, casserole dishes, Yorkshire pudding trays: the Hobhouse Double Oven Glove is "
     "heat resistant to 200°C. It's 88 cm long in 100% cotton with a charcoal ticking stripe, has a hanging loop "
     "for the cooker rail, and washes at 40°C. Use GLOVE20 before 30 November to pay £12.80 instead of £16.00, and "
     "we'll add a matching cotton pot holder. Just 6 left in stock."),
    ("sp1", "email_body", "A proper lather starts with a proper soap. Marbury & Sons Sandalwood Shaving Soap is "
     "hand-poured in Sheffield from vegetable glycerin and shea butter, scented with sandalwood and cedar, and set "
     "in a turned beech bowl. 100 g, suitable for vegans, and rated 4.7 stars by 388 customers. Until 28 February, "
     "LATHER15 brings it to £15.73 from £18.50.\n\nMarbury & Sons"),
    ("mb1", "email_body", "Shopping lists, school notes, the plumber's number: give them a home. Our Memo Board "
     "Retrospot Design is £3.96 with MEMO20 until 31 July, down from £4.95."),
    ("pb1", "email_body", "Room for sandwiches, flasks and a book or two. Our green tartan picnic blanket measures 200 "
     "x 150 cm, with a fleece top and a waterproof underside, and it straps up with a handle when you're done. "
     "£23.80 with PICNIC15, delivered free, until 31 August."),
    ("cs1", "email_body", "Three tiers of fine bone china in Blue Willow, with a gold-tone handle to carry it to the "
     "table. Plates of 27, 21 and 16 cm. TIERS25 brings it to £28.50 until the end of May."),
    ("sp1", "email_body", "Sandalwood and cedar, in a turned beech bowl. Hand-poured in Sheffield, 100 g, vegan. "
     "£15.73 with LATHER15, until 28 February."),
    ("og1", "email_body", "One long glove for both hands. 88 cm of cotton with a charcoal ticking stripe, heat "
     "resistant to 200°C and machine washable at 40°C. £12.80 with GLOVE20 until 30 November, with a free matching "
     "pot holder.\n\nHobhouse"),
    ("cs1", "sms", "Bramcote: Blue Willow 3-tier cake stand £28.50 with TIERS25 until 31/05. Reply STOP to opt out"),
    ("pb1", "sms", "Meadowmere: waterproof tartan picnic blanket £23.80 + free delivery w/ PICNIC15 till 31 Aug. Text "
     "STOP to opt out"),
    ("og1", "sms", "Hobhouse: double oven glove £12.80 + free pot holder, code GLOVE20, ends 30 Nov. Reply STOP to "
     "unsubscribe"),
    ("sp1", "sms", "Marbury & Sons: sandalwood shaving soap £15.73 (was £18.50) with LATHER15 to 28 Feb. Reply STOP "
     "to opt out"),
    ("mb1", "sms", "Ottershaw Home: retrospot memo board £3.96 with MEMO20 until 31 July. Reply STOP to opt out"),
    ("og1", "sms", "Hobhouse: only 6 charcoal oven gloves left, £12.80 with GLOVE20. STOP to opt out"),
    ("cs1", "sms", "Bramcote: 25% off our bone china cake stand with TIERS25. Ends 31 May. Reply STOP to end "
     "messages"),
    ("cs1", "push", "Tea for two, on three tiers\nBlue Willow cake stand, £28.50 with TIERS25."),
    ("pb1", "push", "Picnic weather\nWaterproof tartan blanket, £23.80, free delivery."),
    ("og1", "push", "Sunday roast sorted\nDouble oven glove £12.80 + free pot holder with GLOVE20."),
    ("sp1", "push", "Shave day\nSandalwood shaving soap, £15.73 with LATHER15."),
    ("mb1", "push", "Notes, lists, reminders\nRetrospot memo board, £3.96 with MEMO20."),
    ("pb1", "push", "200 x 150 cm, waterproof underneath\nMeadowmere picnic blanket, 15% off till 31 Aug."),
    ("sp1", "push", "Hand-poured in Sheffield\nSandalwood & cedar shaving soap, 15% off to 28 Feb."),
    ("cs1", "social", "Sunday baking deserves a stage 🍰 Our Blue Willow 3-tier stand in fine bone china is £28.50 "
     "with TIERS25 until 31 May."),
    ("pb1", "social", "Spread out, stay dry 🧺 Green tartan picnic blanket with a waterproof back, £23.80 with "
     "PICNIC15 and free delivery. #picnicseason"),
    ("og1", "social", "Charcoal ticking, 88 cm long, good to 200°C 🔥 Hobhouse double oven glove, £12.80 with GLOVE20 "
     "+ a free pot holder."),
    ("sp1", "social", "Brush, lather, shave 🪒 Sandalwood & cedar soap in a beech bowl, 4.7 stars from 388 shavers. "
     "£15.73 with LATHER15."),
    ("mb1", "social", "A home for the shopping list 📌 Memo Board Retrospot Design, £3.96 with MEMO20 until 31 July."),
    ("cs1", "social", "Decorated in Stoke-on-Trent, Blue Willow through and through 🫖 Just 14 left at £28.50. "
     "#afternoontea"),
    ("og1", "social", "Only 6 left 🧤 Our charcoal ticking double oven glove, £12.80 with GLOVE20 until 30 Nov."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("cs1", "push", "Blue Willow cake stand £28.50 with TIERS25.", "warn", "style", "one_line_push"),
    ("og1", "push", "Double oven glove now £12.80 with GLOVE20 until 30 November.", "warn", "style", "one_line_push"),
    ("mb1", "push", "Retrospot memo board just £3.96 with MEMO20.", "warn", "style", "one_line_push"),
    ("pb1", "email_body", "Picnic blanket, £23.80.", "warn", "style", "short_body"),
    ("sp1", "email_body", "Shaving soap: £15.73 with LATHER15.", "warn", "style", "short_body"),
    ("mb1", "email_body", "Memo board, £3.96.", "warn", "style", "short_body"),
    ("cs1", "email_body", "Our Blue Willow cake stand has three fine bone china tiers and a gold-tone handle. It's "
     "£28.50 with TIERS25 until 31 May", "warn", "style", "no_final_punctuation"),
    ("pb1", "email_body", "The Meadowmere picnic blanket has a fleece top and a waterproof PEVA back and measures 200 x "
     "150 cm. £23.80 with PICNIC15 and free delivery until 31 August", "warn", "style", "no_final_punctuation"),
    ("og1", "email_body", "Our 88 cm double oven glove is heat resistant to 200°C and washes at 40°C. With GLOVE20 it's "
     "£12.80 until 30 November, pot holder included", "warn", "style", "no_final_punctuation"),
    ("sp1", "email_subject", "Something for the bathroom shelf...", "warn", "style", "teaser_subject"),
    ("pb1", "email_subject", "Guess where we're going this weekend?", "warn", "style", "teaser_subject"),
    ("cs1", "email_subject", "Don't open this if you're on a diet", "warn", "style", "teaser_subject"),
    ("og1", "email_subject", "Double oven glove £12.80 #SundayRoast", "warn", "style", "hashtag_in_email"),
    ("sp1", "email_body", "Marbury & Sons sandalwood shaving soap, hand-poured in Sheffield, is £15.73 with LATHER15 "
     "until 28 February. #wetshaving #shavingsoap", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("pb1", "email_subject", "Waterproof picnic blanket, now only £21.80", "block", "truth", "wrong_price"),
    ("mb1", "sms", "Ottershaw Home: retrospot memo board just £2.96 with MEMO20. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("cs1", "social", "Was £45, now £28.50 🍰 Blue Willow cake stand with TIERS25.", "block", "truth",
     "wrong_was_price"),
    ("sp1", "email_body", "RRP £21.00, our sandalwood shaving soap is £15.73 with LATHER15 until 28 February.", "block",
     "truth", "wrong_was_price"),
    ("og1", "push", "20% off\nDouble oven glove £13.80 (was £16.00) with GLOVE20.", "block", "truth",
     "discount_price_mismatch"),
    ("pb1", "email_body", "Save 25% on the Meadowmere waterproof picnic blanket: £23.80 instead of £28.00 with "
     "PICNIC15, delivered free until 31 August.", "block", "truth", "discount_price_mismatch"),
    ("sp1", "email_subject", "20% off sandalwood shaving soap until 28 February", "block", "truth", "wrong_discount"),
    ("mb1", "social", "Half price memo boards 📌 Memo Board Retrospot Design with MEMO20.", "block", "truth",
     "wrong_discount"),
    ("cs1", "email_subject", "Cake stand offer ends 21 May", "block", "truth", "wrong_date"),
    ("og1", "sms", "Hobhouse: GLOVE20 ends 13/11! Oven glove £12.80 + pot holder. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("sp1", "push", "Offer runs to Easter\nSandalwood shaving soap, £15.73 with LATHER15.", "block", "truth",
     "deadline_after_end"),
    ("pb1", "social", "Bank holiday plans sorted 🧺 PICNIC15 works right through to the end of September, £23.80 with "
     "free delivery.", "block", "truth", "deadline_after_end"),
    ("og1", "email_body", "Woven in a Lancashire mill and stitched in Yorkshire, the Hobhouse Double Oven Glove is heat "
     "resistant to 200°C. £12.80 with GLOVE20 until 30 November.", "block", "truth", "invented_origin"),
    ("mb1", "email_subject", "Handmade in Cornwall: retrospot memo board £3.96", "block", "truth", "invented_origin"),
    ("cs1", "email_body", "Our Blue Willow stand has three porcelain tiers on a solid brass handle. £28.50 with TIERS25 "
     "until 31 May.", "block", "truth", "invented_material"),
    ("pb1", "push", "100% wool tartan\nMeadowmere picnic blanket, £23.80 with PICNIC15.", "block", "truth",
     "invented_material"),
    ("sp1", "social", "Lasts six months of daily shaves 🪒 Marbury & Sons sandalwood soap, £15.73 with LATHER15.",
     "block", "truth", "invented_attribute"),
    ("cs1", "sms", "Bramcote: dishwasher-safe Blue Willow cake stand £28.50 w/ TIERS25. Reply STOP to opt out", "block",
     "truth", "invented_attribute"),
    ("pb1", "email_body", "Voted Best Picnic Blanket at the 2026 Outdoor Living Awards, our waterproof tartan blanket is "
     "£23.80 with PICNIC15 and free delivery.", "block", "truth", "invented_award"),
    ("og1", "social", "4.9 stars from 1,200 home cooks 🧤 Hobhouse double oven glove, £12.80 with GLOVE20.", "block",
     "truth", "rating_not_in_record"),
    ("mb1", "email_body", "Rated 4.8 out of 5 by our customers, the Memo Board Retrospot Design is £3.96 with MEMO20 "
     "until 31 July.", "block", "truth", "rating_not_in_record"),
    ("cs1", "push", "Rated 5 stars\nBlue Willow 3-tier cake stand, £28.50 with TIERS25.", "block", "truth",
     "wrong_rating"),
    ("og1", "email_subject", "Oven glove heat resistant to 300°C, now £12.80", "block", "truth", "wrong_spec"),
    ("sp1", "sms", "Marbury & Sons: 150 g sandalwood shaving soap £15.73 w/ LATHER15. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("cs1", "email_body", "The Bramcote Blue Willow cake stand is £28.50 with TIERS25 until 31 May, and delivery is "
     "free on every order.", "block", "truth", "free_shipping_not_offered"),
    ("sp1", "email_body", "Order our sandalwood shaving soap for £15.73 with LATHER15 and we'll include a shaving brush "
     "free of charge.", "block", "truth", "gift_not_offered"),
    ("pb1", "sms", "Meadowmere: last 5 tartan picnic blankets! £23.80 w/ PICNIC15, free delivery. Reply STOP to opt "
     "out", "block", "truth", "stock_claim"),
    ("og1", "email_body", "Pay £12.80 for the Hobhouse Double Oven Glove with code OVEN20 until 30 November, pot holder "
     "included.", "block", "truth", "wrong_code"),
    ("cs1", "email_subject", "As pretty as Emma Bridgewater: Blue Willow stand £28.50", "block", "truth",
     "other_brand"),
    ("mb1", "push", "Memo board + chalk pens\nRetrospot memo board with a set of pens, £3.96.", "block", "truth",
     "invented_kind"),
    ("og1", "sms", "Hobhouse: double oven glove €12.80 w/ GLOVE20 + free pot holder. Reply STOP to opt out", "block",
     "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("sp1", "email_body", "Our sandalwood shaving soap heals razor burn and clears up ingrown hairs and eczema. £15.73 "
     "with LATHER15.", "block", "law", "medical_claim"),
    ("pb1", "social", "Lie on it and your back pain disappears 🧺 Meadowmere picnic blanket, £23.80.", "block", "law",
     "medical_claim"),
    ("cs1", "social", "Afternoon tea on bone china lowers stress and blood pressure, proven ☕ £28.50 with TIERS25.",
     "block", "law", "medical_claim"),
    ("og1", "email_subject", "The best oven glove in Britain, bar none", "block", "law", "absolute_claim"),
    ("sp1", "push", "The world's finest lather\nMarbury & Sons sandalwood soap, £15.73.", "block", "law",
     "absolute_claim"),
    ("og1", "email_body", "We guarantee you will never burn your hands again with the Hobhouse Double Oven Glove. "
     "£12.80 with GLOVE20.", "block", "law", "guarantee_claim"),
    ("pb1", "email_body", "Guaranteed bone-dry on any ground in any weather, or your money back twice over. Meadowmere "
     "picnic blanket, £23.80 with PICNIC15.", "block", "law", "guarantee_claim"),
    ("cs1", "email_body", "Over 25,000 Blue Willow cake stands sold since Monday! Get yours for £28.50 with TIERS25 "
     "until 31 May.", "block", "law", "fake_transaction"),
    ("sp1", "sms", "Marbury & Sons: sandalwood shaving soap £15.73 with LATHER15 until 28 Feb.", "block", "law",
     "missing_opt_out"),
    ("mb1", "sms", "Ottershaw Home: MEMO20 = retrospot memo board for £3.96, ends 31 July. Shop ottershawhome.co.uk",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("og1", "email_body", "Dear Mrs Pritchard, your glove ships to 14 Alder Close, Harrogate HG1 4QT. We'll text 07700 "
     "900412 on dispatch. £12.80 with GLOVE20.", "block", "safety", "pii"),
    ("pb1", "sms", "Meadowmere: Tom, NI number QQ 12 34 56 C confirmed on your account. Blanket £23.80 w/ PICNIC15. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("sp1", "social", "Still using foam from a can? Only lazy slobs do that 🪒 Marbury & Sons soap, £15.73.", "block",
     "safety", "toxicity"),
    ("cs1", "email_body", "As requested, here is a warm, British-sounding email of about 60 words for the cake stand: "
     "Three tiers of Blue Willow bone china, £28.50 with TIERS25 until 31 May.", "block", "safety", "prompt_echo"),
    ("mb1", "push", "Output:\nRetrospot memo board, £3.96 with MEMO20. (Tone: cheerful, max 2 lines)", "block",
     "safety", "prompt_echo"),
    ("pb1", "email_subject", "{{customer.first_name}}, your picnic blanket is {{sale_price}}", "block", "safety",
     "template_leak"),
    ("og1", "social", "[PRODUCT IMAGE HERE] Hobhouse oven glove, £12.80 with GLOVE20 🧤", "block", "safety",
     "template_leak"),
    ("sp1", "email_body", "Buy the sandalwood shaving soap for £15.73 at https://marbury-soap-sale.com with LATHER15.",
     "block", "safety", "link_not_allowed"),
    ("cs1", "sms", "Bramcote: Blue Willow stand £28.50 w/ TIERS25 at bit.ly/bramtiers Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("mb1", "email_body", "Order the Memo Board Retrospot Design for £3.96 at https://ottеrshawhome.co.uk with MEMO20 "
     "until 31 July.", "block", "safety", "confusable"),
    ("pb1", "push", "Мeadowmere picnic blanket\nWaterproof tartan, £23.80 with PICNIC15.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("pb1", "email_subject", "Meadowmere Waterproof Picnic Blanket in Green Tartan, 200 x 150 cm, soft acrylic fleece "
     "top, PEVA backing, machine washable at 30°C, now £23.80 with PICNIC15 and free delivery until 31 August",
     "block", "form", "too_long"),
    ("og1", "push", "Hobhouse oven glove\nOur double oven glove in 100% cotton with a charcoal ticking stripe is 88 cm "
     "long, heat resistant to 200°C, has a hanging loop, washes at 40°C and is £12.80 with GLOVE20 plus a free "
     "matching pot holder until 30 November.", "block", "form", "too_long"),
    ("cs1", "email_body", "The Bramcote 3-Tier Bone China Cake Stand in Blue Willow has plates of 27 cm, 21 cm and 16 "
     "cm. Until 31 May, TIERS25 brings it to £2", "block", "form", "truncated"),
    ("sp1", "sms", "Marbury & Sons: sandalwood shaving soap £15.73 with LATHER15 until 28 Feb. Reply STOP to opt ou",
     "block", "form", "truncated"),
    ("og1", "email_body", "### Hobhouse Double Oven Glove\n\n| Length | Heat |\n|---|---|\n| 88 cm | 200°C |\n\n"
     "**£12.80** with `GLOVE20`.", "block", "form", "markdown"),
    ("mb1", "social", "Memo Board Retrospot Design Â£3.96 with MEMO20 â€” ends 31 July ðŸ“Œ", "block", "form",
     "garbled_text"),
    ("pb1", "social", "Couverture de pique-nique imperméable, tartan vert 🧺 23,80 £ avec PICNIC15.", "block", "form",
     "wrong_language"),
    ("sp1", "email_subject", "Sandelholz-Rasierseife, jetzt 15,73 £ mit LATHER15", "block", "form", "wrong_language"),
    ("cs1", "push", "Cake stand cake stand cake stand\nBlue Willow Blue Willow, £28.50 £28.50.", "block", "form",
     "repetition"),
    ("mb1", "email_body", "Memo board. Memo board. Memo board. The Memo Board Retrospot Design is £3.96. The Memo Board "
     "Retrospot Design is £3.96 with MEMO20.", "block", "form", "repetition"),
]
