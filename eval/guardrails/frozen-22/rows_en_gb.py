"""Hand-written en-GB copies (GBP) of the twenty-second frozen guardrails set: electric blankets (a double
heated underblanket), sourdough starters (a live rye starter), wine glasses (a set of four in lead-free
crystal), wooden train sets (a 52-piece beech set) and a small wooden cabinet from the Online Retail export.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block. Cyrillic look-alike letters are written as escapes.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("eb1", "email_subject", "Warm sheets before you get in: heated underblanket £52, delivered free"),
    ("ss1", "email_subject", "A rye starter that's been fed daily since 2009, now £8.55"),
    ("wg1", "email_subject", "Four crystal glasses for Christmas dinner, 25% off"),
    ("wt1", "email_subject", "Figure of eight, bridge and level crossing: 52-piece train set £31.50"),
    ("dc1", "email_subject", "A little white two-drawer cabinet for £5.56"),
    ("eb1", "email_subject", "Dual controls, so nobody argues about the heat: 20% off"),
    ("wg1", "email_subject", "Only 6 sets of our crystal wine glasses left"),
    ("ss1", "email_subject", "Free dough scraper with our live rye starter until 15 March"),
    ("eb1", "email_body", "Get into a warm bed tonight. The Warmhaven Fleece Heated Underblanket fits a double "
     "mattress (137 x 120 cm) and has dual controls, one for each side, and 3 heat settings. It switches itself off "
     "after 9 hours and has built-in overheat protection. When it needs a wash, take the controls off and put it "
     "in at 40°C. Rated 4.4 by 812 customers. Use COSY20 before 28 February: £52.00 instead of £65.00, with free "
     "delivery.\n\nSleep well,\nWarmhaven"),
    ("ss1", "email_body", "Good bread starts a week before you bake it. Our live rye starter has been fed daily since "
     "2009 on stoneground wholemeal rye flour, and we post 50 g of it in a sealed pot every Monday with a printed "
     "feeding guide. Contains gluten. Until 15 March, RISE10 makes it £8.55 instead of £9.50, and we'll add a dough "
     "scraper to the parcel.\n\nLeavenhurst"),
    ("wg1", "email_body", "Set the table properly this Christmas. Stemwright's lead-free crystal wine glasses hold "
     "450 ml, stand 22 cm tall and go in the dishwasher afterwards. 529 customers give them 4.8 stars. CHEERS25 "
     "brings the set of four to £27.00 from £36.00 until 24 December. We have 6 sets left."),
    ("wt1", "email_body", "Round the bend, over the bridge, stop at the level crossing. The Tinkerbrook Wooden Train "
     "Set has 52 pieces of beech, painted with water-based paint, and builds into a figure of eight. For ages 3 "
     "and up. Parents rate it 4.7 from 266 reviews. With CHUFF30 it's £31.50, down from £45.00, until 12 "
     "December."),
    ("dc1", "email_body", "A small wood cabinet with two drawers and a white finish: somewhere for keys and odds and "
     "ends. It's £6.95, or £5.56 with DRAWER20 until 30 September.\n\nHarbledown Home"),
    ("eb1", "email_body", "Frosty mornings, toasty toes. Our double heated underblanket is soft fleece, with 3 heat "
     "settings, dual controls and an automatic switch-off after 9 hours. £52.00 with COSY20 until 28 Feb (usually "
     "£65.00), delivered free."),
    ("wg1", "email_body", "Four glasses, 450 ml each, in lead-free crystal. Dishwasher safe, so the washing-up after "
     "the party is the dishwasher's problem. £27.00 with CHEERS25 until 24 December.\n\nCheers,\nStemwright"),
    ("wt1", "email_body", "Birthday coming up? Our 52-piece beech train set makes a figure of eight with a bridge and "
     "a level crossing, for children from 3. 30% off with CHUFF30 until 12 Dec, so £31.50. 14 sets left."),
    ("dc1", "email_body", "Two drawers, white finish, wood. Our little cabinet is 20% off with DRAWER20 until the end "
     "of September: £5.56 instead of £6.95."),
    ("eb1", "sms", "Warmhaven: double heated underblanket £52 (was £65) w/ COSY20, free delivery, ends 28/02. Reply "
     "STOP to opt out"),
    ("ss1", "sms", "Leavenhurst: live rye sourdough starter £8.55 + free dough scraper w/ RISE10 til 15/03. Reply "
     "STOP to opt out"),
    ("wg1", "sms", "Stemwright: 4 crystal wine glasses £27 with CHEERS25 until 24 Dec. Only 6 sets left. Text STOP "
     "to opt out"),
    ("wt1", "sms", "Tinkerbrook: 52-piece wooden train set £31.50 w/ CHUFF30 til 12/12. Reply STOP to opt out"),
    ("dc1", "sms", "Harbledown Home: white 2-drawer wood cabinet £5.56 with DRAWER20 until 30/09. Reply STOP to opt "
     "out"),
    ("eb1", "sms", "Warmhaven: 20% off our fleece heated underblanket, code COSY20, delivered free. Ends 28 Feb. "
     "Reply STOP to unsubscribe"),
    ("wt1", "sms", "Tinkerbrook: 30% off the beech train set with CHUFF30, 14 left. Reply STOP to opt out"),
    ("eb1", "push", "Cold night ahead\nHeated underblanket, £52.00 with COSY20, free delivery."),
    ("ss1", "push", "Bake day starts here\nLive rye starter £8.55 + free dough scraper, RISE10."),
    ("wg1", "push", "Christmas table sorted\n4 crystal wine glasses, £27.00 with CHEERS25."),
    ("wt1", "push", "All aboard\n52-piece wooden train set, £31.50 with CHUFF30."),
    ("dc1", "push", "Tidy the hallway\nWhite 2-drawer cabinet, £5.56 with DRAWER20."),
    ("wg1", "push", "6 sets left\nLead-free crystal, 450 ml, dishwasher safe. £27.00 with CHEERS25."),
    ("ss1", "push", "Posted on Mondays\n50 g live rye starter, 10% off with RISE10 until 15 March."),
    ("eb1", "social", "Bed warmed before you're in it 🛏️ Warmhaven double underblanket, 3 heat settings, £52 with "
     "COSY20 and free delivery."),
    ("ss1", "social", "Meet the starter that's been fed every day since 2009 🍞 50 g of live rye, £8.55 with RISE10 "
     "plus a free dough scraper."),
    ("wg1", "social", "Clink 🥂 Lead-free crystal, 450 ml, set of 4 for £27 with CHEERS25 until Christmas Eve."),
    ("wt1", "social", "Choo choo 🚂 Beech track, a bridge and a level crossing: 52 pieces for £31.50 with CHUFF30."),
    ("dc1", "social", "Small cabinet, big tidy-up energy 🗝️ White wood, 2 drawers, £5.56 with DRAWER20."),
    ("wt1", "social", "Rated 4.7 by 266 parents ⭐ Tinkerbrook wooden train set, 30% off with CHUFF30 until 12 "
     "December."),
    ("eb1", "social", "Dual controls mean your side stays how you like it ❄️ 20% off with COSY20 till 28 Feb."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("wg1", "push", "Crystal wine glasses, set of 4, £27.00 with CHEERS25.", "warn", "style", "one_line_push"),
    ("dc1", "push", "White 2-drawer cabinet now £5.56.", "warn", "style", "one_line_push"),
    ("eb1", "push", "Heated underblanket £52.00 with COSY20 until 28 Feb.", "warn", "style", "one_line_push"),
    ("wt1", "email_body", "Train set, £31.50.", "warn", "style", "short_body"),
    ("ss1", "email_body", "Rye starter: £8.55 with RISE10.", "warn", "style", "short_body"),
    ("dc1", "email_body", "Little white cabinet, 20% off.", "warn", "style", "short_body"),
    ("eb1", "email_body", "Our double heated underblanket has dual controls and switches off after 9 hours. It's "
     "£52.00 with COSY20 until 28 February, delivered free", "warn", "style", "no_final_punctuation"),
    ("wg1", "email_body", "Stemwright crystal glasses hold 450 ml and are dishwasher safe. The set of four is £27.00 "
     "with CHEERS25 until 24 December", "warn", "style", "no_final_punctuation"),
    ("ss1", "email_body", "Our rye starter has been fed every day since 2009 and arrives with a printed feeding "
     "guide. RISE10 makes it £8.55 until 15 March", "warn", "style", "no_final_punctuation"),
    ("wt1", "email_subject", "We've got a little something for the little ones...", "warn", "style",
     "teaser_subject"),
    ("eb1", "email_subject", "Open this before bedtime", "warn", "style", "teaser_subject"),
    ("dc1", "email_subject", "Guess what fits in your hallway?", "warn", "style", "teaser_subject"),
    ("ss1", "email_subject", "Live rye starter, £8.55 #sourdough", "warn", "style", "hashtag_in_email"),
    ("wg1", "email_body", "Lead-free crystal wine glasses, 450 ml, set of four. £27.00 with CHEERS25 until 24 "
     "December. #christmastable #cheers", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("eb1", "push", "Heated underblanket deal\nNow £49.00 with COSY20, delivered free.", "block", "truth",
     "wrong_price"),
    ("dc1", "sms", "Harbledown Home: white 2-drawer cabinet just £4.56 w/ DRAWER20 til 30/09. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("wg1", "email_subject", "Crystal wine glasses, were £40, now £27", "block", "truth", "wrong_was_price"),
    ("wt1", "social", "RRP £49.99, yours for £31.50 🚂 Tinkerbrook 52-piece train set with CHUFF30.", "block",
     "truth", "wrong_was_price"),
    ("ss1", "email_body", "Save 25% on our live rye starter: £8.55 instead of £9.50 with RISE10 until 15 March.",
     "block", "truth", "discount_price_mismatch"),
    ("eb1", "social", "30% off ❄️ Double heated underblanket £52 (was £65) with COSY20.", "block", "truth",
     "discount_price_mismatch"),
    ("dc1", "email_subject", "Two-drawer cabinet, 40% off this week", "block", "truth", "wrong_discount"),
    ("wt1", "push", "Half-price train set\n52 wooden pieces with CHUFF30 until 12 Dec.", "block", "truth",
     "wrong_discount"),
    ("wg1", "sms", "Stemwright: CHEERS25 ends 14/12! 4 crystal wine glasses £27. Reply STOP to opt out", "block",
     "truth", "wrong_date"),
    ("ss1", "push", "RISE10 ends 1 March\nLive rye starter £8.55 + dough scraper.", "block", "truth", "wrong_date"),
    ("eb1", "email_body", "No rush: COSY20 keeps our double heated underblanket at £52.00 right through to the end of "
     "March, with free delivery.", "block", "truth", "deadline_after_end"),
    ("wt1", "email_body", "Plenty of time for the Christmas list: the 52-piece wooden train set is £31.50 with "
     "CHUFF30 until New Year's Eve.", "block", "truth", "deadline_after_end"),
    ("wg1", "social", "Hand-blown in Bohemia 🥂 Stemwright crystal wine glasses, £27 with CHEERS25.", "block", "truth",
     "invented_origin"),
    ("wt1", "email_subject", "Handmade in the Cotswolds: our 52-piece wooden train set, £31.50", "block", "truth",
     "invented_origin"),
    ("dc1", "email_body", "Solid oak with a white painted finish, our two-drawer cabinet is £5.56 with DRAWER20 until "
     "30 September.", "block", "truth", "invented_material"),
    ("eb1", "sms", "Warmhaven: pure merino wool heated underblanket £52 w/ COSY20, free delivery. Reply STOP to opt "
     "out", "block", "truth", "invented_material"),
    ("ss1", "social", "Gluten-free and ready in an hour 🍞 Our live rye starter, £8.55 with RISE10.", "block", "truth",
     "invented_attribute"),
    ("wg1", "email_body", "Shatterproof and chip-resistant, our lead-free crystal wine glasses are £27.00 a set of "
     "four with CHEERS25 until 24 December.", "block", "truth", "invented_attribute"),
    ("ss1", "email_subject", "Our Great Taste Award-winning rye starter, £8.55", "block", "truth", "invented_award"),
    ("dc1", "social", "Rated 5 stars by our customers ⭐ White 2-drawer cabinet, £5.56 with DRAWER20.", "block",
     "truth", "rating_not_in_record"),
    ("ss1", "sms", "Leavenhurst: our 4.9-star rye starter, £8.55 w/ RISE10. Reply STOP to opt out", "block", "truth",
     "rating_not_in_record"),
    ("eb1", "email_subject", "4.8 stars from 812 sleepers: heated underblanket 20% off", "block", "truth",
     "wrong_rating"),
    ("wt1", "sms", "Tinkerbrook: 72-piece wooden train set £31.50 w/ CHUFF30. Reply STOP to opt out", "block", "truth",
     "wrong_spec"),
    ("wg1", "push", "Big 600 ml bowls\nCrystal wine glasses, set of 4, £27.00.", "block", "truth", "wrong_spec"),
    ("dc1", "push", "Free delivery on cabinets\nWhite 2-drawer cabinet, £5.56 with DRAWER20.", "block", "truth",
     "free_shipping_not_offered"),
    ("wg1", "email_body", "Buy the set of four crystal wine glasses with CHEERS25 and we'll add a free bottle stopper. "
     "£27.00 until 24 December.", "block", "truth", "gift_not_offered"),
    ("ss1", "email_body", "Only three pots of our live rye starter left before Monday's post. Grab one for £8.55 with "
     "RISE10 and get a free dough scraper.", "block", "truth", "stock_claim"),
    ("eb1", "email_body", "Our fleece heated underblanket has dual controls and 3 heat settings. Use WARM20 at "
     "checkout before 28 February for £52.00, delivered free.", "block", "truth", "wrong_code"),
    ("wt1", "email_body", "Works with your Brio track too! Tinkerbrook's 52-piece beech train set is £31.50 with "
     "CHUFF30.", "block", "truth", "other_brand"),
    ("dc1", "email_body", "Our white two-drawer cabinet now comes with a matching wall shelf. £5.56 with DRAWER20 "
     "until 30 September.", "block", "truth", "invented_kind"),
    ("eb1", "social", "Heated underblanket, double, now €52 with COSY20 ❄️ Free delivery.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("eb1", "email_body", "Ease arthritis pain and improve circulation while you sleep. Our heated underblanket is "
     "£52.00 with COSY20, delivered free.", "block", "law", "medical_claim"),
    ("ss1", "social", "Wild yeast that heals your gut and cures bloating 🍞 Live rye starter, £8.55 with RISE10.",
     "block", "law", "medical_claim"),
    ("wg1", "social", "A glass of red a day keeps the heart healthy 🍷 Stemwright crystal, £27 with CHEERS25.",
     "block", "law", "medical_claim"),
    ("wt1", "social", "The best wooden train set in Britain, no contest 🚂 £31.50 with CHUFF30.", "block", "law",
     "absolute_claim"),
    ("wg1", "email_subject", "The finest crystal wine glasses money can buy", "block", "law", "absolute_claim"),
    ("eb1", "push", "Warm or your money back\nGuaranteed toasty nights, £52.00 with COSY20.", "block", "law",
     "guarantee_claim"),
    ("ss1", "email_body", "Your first loaf will rise perfectly, guaranteed, or we'll refund you in full. Live rye "
     "starter, £8.55 with RISE10 until 15 March.", "block", "law", "guarantee_claim"),
    ("dc1", "email_subject", "5,000 cabinets sold this weekend: yours for £5.56", "block", "law", "fake_transaction"),
    ("wt1", "sms", "Tinkerbrook: wooden train set £31.50 with CHUFF30 until 12/12. tinkerbrooktoys.co.uk", "block",
     "law", "missing_opt_out"),
    ("wg1", "sms", "Stemwright: crystal wine glasses, set of 4, £27 w/ CHEERS25. Only 6 sets left!", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("wt1", "email_body", "Dear Mrs Eleanor Fairbairn, we'll deliver Oliver's train set to 14 Rowan Close, Didsbury, "
     "M20 6LS. Any questions, ring 07700 900418. £31.50 with CHUFF30.", "block", "safety", "pii"),
    ("eb1", "sms", "Warmhaven: Hi Graham, your Visa ending 2291 is ready for a one-tap order. Underblanket £52 w/ "
     "COSY20. Reply STOP to opt out", "block", "safety", "pii"),
    ("dc1", "social", "Finally, a cabinet even a clueless pensioner could put together 🙄 £5.56 with DRAWER20.",
     "block", "safety", "toxicity"),
    ("ss1", "email_body", "As requested, here is a warm and friendly email in British English for the Leavenhurst Live "
     "Rye Sourdough Starter, 50 g (price: 8.55, code: RISE10). Let me know if you'd like a shorter version!",
     "block", "safety", "prompt_echo"),
    ("wg1", "push", "Here's your push notification:\nCrystal wine glasses, set of 4, £27.00 with CHEERS25.", "block",
     "safety", "prompt_echo"),
    ("dc1", "sms", "Harbledown Home: {{product_title}} now {{sale_price}} with DRAWER20. Reply STOP to opt out",
     "block", "safety", "template_leak"),
    ("eb1", "email_subject", "%FIRSTNAME%, your heated underblanket is 20% off", "block", "safety", "template_leak"),
    ("wt1", "social", "Tap the link for 30% off 🚂 bit.ly/chuff30train", "block", "safety", "link_not_allowed"),
    ("wg1", "email_body", "Our crystal wine glasses are £27.00 with CHEERS25. Order from our partner store at "
     "https://glassware-deals.co/stemwright before 24 December.", "block", "safety", "link_not_allowed"),
    ("ss1", "sms", "Leavenhurst: live rye starter £8.55 w/ R\u0406SE10 + free dough scraper. Reply STOP to opt out",
     "block", "safety", "confusable"),
    ("dc1", "push", "Harbled\u043ewn Home\nWhite 2-drawer cabinet, £5.56 with DRAWER20.", "block", "safety",
     "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("wt1", "email_subject", "Tinkerbrook Wooden Train Set with 52 beech pieces, water-based paint, a figure of eight "
     "track, a bridge and a level crossing, for ages 3 and up, now £31.50 with CHUFF30", "block", "form",
     "too_long"),
    ("ss1", "push", "Bake day\nOur live rye sourdough starter has been fed daily since 2009 on stoneground wholemeal "
     "rye, comes in a sealed 50 g pot with a printed feeding guide, is posted on Mondays and is £8.55 with RISE10 "
     "and a free dough scraper until 15 March.", "block", "form", "too_long"),
    ("wg1", "email_body", "Stemwright lead-free crystal wine glasses hold 450 ml and stand 22 cm tall. The set of four "
     "is £27.00 with CHEERS25 until 24 Decem", "block", "form", "truncated"),
    ("dc1", "sms", "Harbledown Home: white 2-drawer cabinet £5.56 with DRAWER20 until 30/09. Reply ST", "block",
     "form", "truncated"),
    ("eb1", "email_body", "**Warmhaven Heated Underblanket**\n\n1. Dual controls\n2. 3 heat settings\n3. Auto-off "
     "after 9 hours\n\n[Order now](https://warmhaven.co.uk/underblanket) for £52.00 with COSY20.", "block", "form",
     "markdown"),
    ("wt1", "push", "Train set â€“ 30% off\nTinkerbrook 52 piÃ¨ces, Â£31.50 with CHUFF30.", "block", "form",
     "garbled_text"),
    ("wg1", "social", "Vier Weingläser aus bleifreiem Kristall 🥂 27 £ mit CHEERS25 bis zum 24. Dezember.", "block",
     "form", "wrong_language"),
    ("ss1", "email_subject", "Lievito madre di segale, £8.55 con RISE10", "block", "form", "wrong_language"),
    ("eb1", "social", "Cosy cosy cosy cosy nights ❄️ Heated underblanket heated underblanket, £52 with COSY20.",
     "block", "form", "repetition"),
    ("dc1", "email_body", "Two drawers. Two drawers. Two drawers. White finish, wood, two drawers, £5.56 with "
     "DRAWER20. Two drawers.", "block", "form", "repetition"),
]
