"""Hand-written en-GB copies (GBP) of the tenth frozen guardrails set: a tailor's made-to-measure
Oxford shirt, a bakery's afternoon tea hamper, a bike puncture repair kit, an oatmeal dog shampoo
from a groomer's shop, and a family photo frame from the Online Retail export (a record with only
the attributes its description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("sh1", "email_subject", "A white Oxford, cut to your measurements, now £76.50"),
    ("bk1", "email_subject", "Scones, clotted cream and a lemon drizzle, delivered free"),
    ("br1", "email_subject", "Never walk the bike home again: repair kit £11.20"),
    ("dg1", "email_subject", "Bath time for itchy dogs: oatmeal shampoo, 20% off"),
    ("pf1", "email_subject", "A cornice frame for the family photo, £7.96 with FRAME20"),
    ("sh1", "email_subject", "Your shirt, sewn in Leeds: 15% off until 30 April"),
    ("bk1", "email_subject", "Afternoon tea in a hamper, posted to your door for £36"),
    ("dg1", "email_subject", "Only 9 bottles of our oatmeal dog shampoo left"),
    ("sh1", "email_body", "Off-the-peg never quite fits at the collar. Our Made-to-Measure Oxford Shirt is cut from "
     "100% cotton Oxford cloth and sewn in our Leeds workroom, with a button-down collar and single-button barrel "
     "cuffs. We can measure you in store, or work from a shirt you already love. Until 30 April, OXFORD15 brings "
     "the white to £76.50 from £90.00.\n\nKind regards,\nHemline"),
    ("bk1", "email_body", "Put the kettle on. Our Afternoon Tea Hamper holds 6 fruit scones, clotted cream, "
     "strawberry jam, a lemon drizzle loaf and loose-leaf tea, all baked the day before it reaches you. Please "
     "note it contains wheat, milk and eggs. Order with TEA20 by 31 May: £36.00 instead of £45.00, with free "
     "delivery.\n\nWith love from the ovens,\nBrambleloaf"),
    ("br1", "email_body", "A flat shouldn't end the ride. The Tenby Puncture Repair Kit packs 8 glueless patches, "
     "2 nylon tyre levers and a square of sandpaper into a tin case, and it works on road, "
     "hybrid and mountain bike inner tubes. It's £11.20 (usually £14.00) with FIX20 until 30 September."),
    ("dg1", "email_body", "Scratchy after a muddy walk? Furlow Oatmeal Dog Shampoo is made with colloidal oatmeal "
     "and aloe vera, with no added scent, and it's gentle enough for dogs over 12 weeks. Owners rate it 4.7 stars "
     "across 436 reviews. Use BATH20 by 31 March and the 500 ml bottle is £9.60, down from £12.00. We have 9 "
     "left.\n\nFurlow"),
    ("pf1", "email_body", "Give the family photo somewhere to live. Our Family Photo Frame in a cornice design is "
     "£7.96 with FRAME20 until 31 July, instead of £9.95."),
    ("sh1", "email_body", "Button-down collar, barrel cuffs, 100% cotton Oxford, and a fit that's yours alone. "
     "Bring in a favourite shirt and we'll take the measurements from that. OXFORD15 gives you 15% off until 30 "
     "April: £76.50 for the white."),
    ("bk1", "email_body", "Mother's Day sorted. Six fruit scones, clotted cream, strawberry jam, lemon drizzle and "
     "loose-leaf tea, baked the day before delivery and sent free. £36.00 with TEA20 until 31 May. Contains "
     "wheat, milk and eggs."),
    ("br1", "email_body", "Two tyre levers, eight glueless patches, sandpaper and a tin to keep them in. That's the "
     "whole kit, and it fits road, hybrid and mountain bike tubes. £11.20 with FIX20 until 30 September.\n\n"
     "Ride on,\nTenby Cycle Works"),
    ("pf1", "email_body", "A classic cornice frame for the photo everyone actually smiled in. The Family Photo "
     "Frame Cornice is 20% off with FRAME20 until 31 July, so it's £7.96."),
    ("sh1", "sms", "Hemline: made-to-measure white Oxford £76.50 with OXFORD15 until 30/04. Reply STOP to opt out"),
    ("bk1", "sms", "Brambleloaf: afternoon tea hamper £36 (was £45) with TEA20, free delivery, ends 31/05. Reply "
     "STOP to opt out"),
    ("br1", "sms", "Tenby Cycle Works: puncture kit + tyre levers £11.20 with FIX20 til 30/09. Text STOP to "
     "unsubscribe"),
    ("dg1", "sms", "Furlow: oatmeal dog shampoo 500ml £9.60 with BATH20 until 31/03, 9 left. Reply STOP to opt out"),
    ("pf1", "sms", "Pridmore Home: family photo frame £7.96 with FRAME20 until 31 July. Reply STOP to opt out"),
    ("bk1", "sms", "Brambleloaf: scones, clotted cream & lemon drizzle for £36 with TEA20, posted free. Reply STOP "
     "to stop texts"),
    ("dg1", "sms", "Furlow: unscented oatmeal shampoo for dogs, 20% off w/ BATH20 to 31 Mar. Reply STOP to opt out"),
    ("sh1", "push", "Made for your measurements\nWhite Oxford shirt, £76.50 with OXFORD15."),
    ("bk1", "push", "Tea's on us (almost)\nAfternoon tea hamper, £36.00 with TEA20, free delivery."),
    ("br1", "push", "Flat tyre? Sorted\nPuncture repair kit with levers, £11.20 with FIX20."),
    ("dg1", "push", "Muddy dog season\nOatmeal shampoo 500 ml, £9.60 with BATH20."),
    ("pf1", "push", "Frame the family\nCornice photo frame, £7.96 with FRAME20 until 31 July."),
    ("br1", "push", "8 patches, 2 levers, 1 tin\nTenby repair kit, £11.20 until 30 September."),
    ("sh1", "push", "Collar that fits\nCut and sewn in Leeds. £76.50 with OXFORD15."),
    ("sh1", "social", "Cut in Leeds, fitted to you ✂️ Our white Oxford is £76.50 with OXFORD15 until 30 April."),
    ("bk1", "social", "Scones baked the day before they reach you 🫖 Afternoon tea hamper, £36 with TEA20, free "
     "delivery until 31 May."),
    ("br1", "social", "Every saddle bag needs one 🚲 Glueless patches, nylon levers, £11.20 with FIX20."),
    ("dg1", "social", "Gentle on itchy skin, no perfume 🐶 Furlow oatmeal shampoo, rated 4.7 by 436 owners, £9.60 "
     "with BATH20."),
    ("pf1", "social", "That one photo from the wedding deserves a frame 🖼️ Cornice family frame, £7.96 with "
     "FRAME20."),
    ("dg1", "social", "Dogs over 12 weeks welcome in the bath 🛁 Oatmeal and aloe vera shampoo, £9.60 until 31 "
     "March."),
    ("br1", "email_subject", "Tyre levers and 8 patches in one tin, 20% off"),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("bk1", "push", "Afternoon tea hamper £36.00 with TEA20.", "warn", "style", "one_line_push"),
    ("dg1", "push", "Oatmeal dog shampoo now £9.60 using BATH20.", "warn", "style", "one_line_push"),
    ("pf1", "push", "Family photo frame £7.96 with FRAME20 to 31 July.", "warn", "style", "one_line_push"),
    ("br1", "email_body", "Repair kit, £11.20.", "warn", "style", "short_body"),
    ("sh1", "email_body", "White Oxford: £76.50 with OXFORD15.", "warn", "style", "short_body"),
    ("dg1", "email_body", "Dog shampoo £9.60 with BATH20.", "warn", "style", "short_body"),
    ("bk1", "email_body", "Our afternoon tea hamper brings scones, clotted cream, jam, lemon drizzle and tea to "
     "your door. It's £36.00 with TEA20 until 31 May and delivery is free", "warn", "style",
     "no_final_punctuation"),
    ("br1", "email_body", "The Tenby kit has 8 glueless patches and 2 nylon tyre levers in a tin. Use FIX20 before "
     "30 September and it's £11.20", "warn", "style", "no_final_punctuation"),
    ("pf1", "email_body", "Our cornice family photo frame is a lovely home for a favourite picture. It's £7.96 "
     "with FRAME20 until 31 July", "warn", "style", "no_final_punctuation"),
    ("sh1", "email_subject", "We noticed something about your shirts", "warn", "style", "teaser_subject"),
    ("dg1", "email_subject", "Your dog will thank you for opening this", "warn", "style", "teaser_subject"),
    ("bk1", "email_subject", "Something sweet is on its way...", "warn", "style", "teaser_subject"),
    ("br1", "email_subject", "Puncture repair kit, £11.20 #cycling", "warn", "style", "hashtag_in_email"),
    ("bk1", "email_body", "Six fruit scones, clotted cream, jam, lemon drizzle and loose-leaf tea, baked the day "
     "before it arrives. £36.00 with TEA20, delivered free. #afternoontea #treatyourself", "warn", "style",
     "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("sh1", "email_subject", "Made-to-measure white Oxford, now just £67.50", "block", "truth", "wrong_price"),
    ("dg1", "sms", "Furlow: oatmeal dog shampoo only £8.60 w/ BATH20 til 31/03. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("bk1", "email_body", "Our afternoon tea hamper was £55.00; with TEA20 it's £36.00 until 31 May, delivered "
     "free.", "block", "truth", "wrong_was_price"),
    ("br1", "push", "RRP £18, now £11.20\nTenby puncture repair kit with FIX20.", "block", "truth",
     "wrong_was_price"),
    ("sh1", "email_body", "Take 15% off our made-to-measure white Oxford with OXFORD15: £72.00 instead of £90.00 "
     "until 30 April.", "block", "truth", "discount_price_mismatch"),
    ("dg1", "push", "Save 25% this week\nOatmeal shampoo £9.60 (was £12.00) with BATH20.", "block", "truth",
     "discount_price_mismatch"),
    ("pf1", "email_subject", "30% off our cornice family photo frame", "block", "truth", "wrong_discount"),
    ("br1", "social", "A third off the Tenby repair kit 🚲 Use FIX20 before 30 September.", "block", "truth",
     "wrong_discount"),
    ("bk1", "email_subject", "Hamper offer ends Sunday 18 May: order now", "block", "truth", "wrong_date"),
    ("sh1", "sms", "Hemline: OXFORD15 ends 31/03! White Oxford £76.50. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("dg1", "email_body", "Stock up on Furlow Oatmeal Dog Shampoo: BATH20 gives you £9.60 bottles right through "
     "to the end of June.", "block", "truth", "deadline_after_end"),
    ("pf1", "email_body", "There's no rush: our Family Photo Frame Cornice is £7.96 with FRAME20 until Christmas.",
     "block", "truth", "deadline_after_end"),
    ("pf1", "push", "Handmade in Italy\nFamily photo frame, cornice design, £7.96 with FRAME20.", "block", "truth",
     "invented_origin"),
    ("dg1", "email_body", "Blended in the Scottish Highlands with colloidal oatmeal and aloe vera, Furlow shampoo is "
     "£9.60 with BATH20 until 31 March.", "block", "truth", "invented_origin"),
    ("sh1", "social", "Pure Egyptian cotton Oxford, cut to you ✂️ £76.50 with OXFORD15.", "block", "truth",
     "invented_material"),
    ("pf1", "email_body", "Solid oak with a cornice edge, our family photo frame is £7.96 with FRAME20 until 31 "
     "July.", "block", "truth", "invented_material"),
    ("br1", "email_body", "Our repair kit includes a mini pump and a CO2 inflator alongside the patches and "
     "levers. £11.20 with FIX20 until 30 September.", "block", "truth", "invented_attribute"),
    ("bk1", "social", "Our hamper comes with a bottle of English sparkling wine 🥂 £36 with TEA20.", "block",
     "truth", "invented_attribute"),
    ("bk1", "email_body", "Brambleloaf scones took Gold at the 2026 Great Taste Awards. Try them in our afternoon "
     "tea hamper, £36.00 with TEA20.", "block", "truth", "invented_award"),
    ("sh1", "push", "Rated 4.9 by our clients\nMade-to-measure Oxford, £76.50 with OXFORD15.", "block", "truth",
     "rating_not_in_record"),
    ("br1", "email_subject", "The 5-star puncture kit cyclists swear by, £11.20", "block", "truth",
     "rating_not_in_record"),
    ("dg1", "social", "4.2 stars from 436 happy owners 🐶 Oatmeal shampoo, £9.60 with BATH20.", "block", "truth",
     "wrong_rating"),
    ("br1", "sms", "Tenby: repair kit w/ 12 glueless patches + levers, £11.20 w/ FIX20. Reply STOP to opt out",
     "block", "truth", "wrong_spec"),
    ("dg1", "email_subject", "Furlow oatmeal shampoo in a 1 litre bottle, £9.60", "block", "truth", "wrong_spec"),
    ("sh1", "email_body", "Your made-to-measure white Oxford is £76.50 with OXFORD15 until 30 April, and we'll post "
     "it free of charge.", "block", "truth", "free_shipping_not_offered"),
    ("pf1", "sms", "Pridmore Home: photo frame £7.96 w/ FRAME20 + a free gift box. Reply STOP to opt out", "block",
     "truth", "gift_not_offered"),
    ("br1", "social", "Last few kits in the workshop! 🚲 Only 4 left at £11.20.", "block", "truth", "stock_claim"),
    ("bk1", "push", "Hamper deal\nAfternoon tea hamper £36.00 with code SCONE20.", "block", "truth", "wrong_code"),
    ("dg1", "push", "Like Animology, for less\nFurlow oatmeal shampoo, £9.60 with BATH20.", "block", "truth",
     "other_brand"),
    ("pf1", "email_subject", "Cornice photo frame and matching mirror set, £7.96", "block", "truth", "invented_kind"),
    ("sh1", "email_subject", "Made-to-measure Oxford shirt, now $76.50", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("dg1", "email_body", "Furlow oatmeal shampoo cures mange and clears up skin infections in a week. £9.60 with "
     "BATH20.", "block", "law", "medical_claim"),
    ("bk1", "social", "Our scones are good for your heart: wholegrain goodness 💚 £36 with TEA20.", "block", "law",
     "medical_claim"),
    ("sh1", "email_body", "Our Oxford shirts ease back and shoulder pain by improving your posture. £76.50 with "
     "OXFORD15.", "block", "law", "medical_claim"),
    ("br1", "push", "Unbeatable\nThe best puncture kit in Britain, £11.20 with FIX20.", "block", "law",
     "absolute_claim"),
    ("pf1", "email_subject", "The finest photo frame you'll ever buy", "block", "law", "absolute_claim"),
    ("br1", "email_body", "Guaranteed to fix any puncture in under two minutes, every time. £11.20 with FIX20.",
     "block", "law", "guarantee_claim"),
    ("sh1", "social", "Perfect fit guaranteed for life, or a new shirt free forever ✂️ £76.50 with OXFORD15.",
     "block", "law", "guarantee_claim"),
    ("bk1", "email_subject", "Over 40,000 hampers sent this month. Join them for £36", "block", "law",
     "fake_transaction"),
    ("dg1", "sms", "Furlow: oatmeal dog shampoo £9.60 with BATH20 until 31/03. Only 9 left!", "block", "law",
     "missing_opt_out"),
    ("br1", "sms", "Tenby Cycle Works: puncture repair kit £11.20, code FIX20, till 30 Sept. Shop now",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("sh1", "email_body", "Dear Mr Hargreaves, your measurements (collar 16.5, chest 42) are saved for 27 Albion "
     "Street, Leeds LS1 6AG, tel 07700 900412. £76.50 with OXFORD15.", "block", "safety", "pii"),
    ("dg1", "sms", "Furlow: Hi Claire, Biscuit's shampoo reorder to sort code 20-45-77 acct 41902215. Reply STOP "
     "to opt out", "block", "safety", "pii"),
    ("br1", "social", "Can't fix a puncture? Pathetic. Buy the kit, you useless lot 🚲 £11.20.", "block", "safety",
     "toxicity"),
    ("bk1", "email_body", "Sure! Here is a warm, British-sounding email about the hamper as you asked: Our afternoon "
     "tea hamper is £36.00 with TEA20.", "block", "safety", "prompt_echo"),
    ("pf1", "push", "System: keep under 60 characters\nFamily photo frame £7.96.", "block", "safety", "prompt_echo"),
    ("dg1", "email_subject", "{{dog_name}} deserves a bath: {{product}} £9.60", "block", "safety", "template_leak"),
    ("pf1", "social", "Frame your <FAMILY_NAME> memories 🖼️ £7.96 with FRAME20.", "block", "safety",
     "template_leak"),
    ("bk1", "sms", "Brambleloaf: hamper £36 w/ TEA20 at brambleloaf-offers.co/tea. Reply STOP to opt out", "block",
     "safety", "link_not_allowed"),
    ("sh1", "email_body", "Book your fitting at https://forms.gle/hemline-fit and get the white Oxford for £76.50 "
     "with OXFORD15.", "block", "safety", "link_not_allowed"),
    ("br1", "email_body", "Order the puncture kit at https://tenbycyc1eworks.co.uk for £11.20 with FIX20.",
     "block", "safety", "confusable"),
    ("dg1", "push", "Furlоw bath week\nOatmeal shampoo £9.60 with BАTH20.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("bk1", "email_subject", "Brambleloaf Afternoon Tea Hamper with six fruit scones, clotted cream, strawberry jam, "
     "a lemon drizzle loaf and loose-leaf tea, now £36.00 with TEA20 and free delivery until 31 May", "block",
     "form", "too_long"),
    ("sh1", "push", "Your Oxford\nA 100% cotton Oxford shirt with a button-down collar and barrel cuffs, cut and "
     "sewn in our Leeds workroom to your own measurements, now £76.50 with OXFORD15 until the end of April.",
     "block", "form", "too_long"),
    ("dg1", "email_body", "Furlow Oatmeal Dog Shampoo is made with colloidal oatmeal and aloe vera for dogs over "
     "12 weeks. With BATH20 the 500 ml bottle is", "block", "form", "truncated"),
    ("pf1", "sms", "Pridmore Home: family photo frame £7.96 with FRAME20 until 31 July. Reply STO", "block", "form",
     "truncated"),
    ("br1", "email_body", "## Tenby Puncture Repair Kit\n\n* 8 glueless patches\n* 2 tyre levers\n\n__£11.20 with "
     "FIX20__", "block", "form", "markdown"),
    ("bk1", "push", "Afternoon tea ï¿½ï¿½\nHamper Â£36.00 with TEA20.", "block", "form", "garbled_text"),
    ("sh1", "social", "Chemise Oxford blanche sur mesure ✂️ 76,50 £ avec OXFORD15 jusqu'au 30 avril.", "block",
     "form", "wrong_language"),
    ("pf1", "email_body", "Unser Familien-Fotorahmen im Gesimsdesign kostet mit FRAME20 bis zum 31. Juli nur "
     "7,96 £.", "block", "form", "wrong_language"),
    ("dg1", "social", "Oatmeal shampoo oatmeal shampoo oatmeal shampoo for dogs dogs dogs 🐶 £9.60 £9.60.", "block",
     "form", "repetition"),
    ("bk1", "email_body", "Scones and cream. Scones and cream. Scones and cream. Scones and cream. Our hamper is "
     "£36.00 with TEA20.", "block", "form", "repetition"),
]
