"""Hand-written en-GB copies (GBP) of the sixth frozen guardrails set: knitting yarn and needles,
bicycle lights and locks, candles and home fragrance, shoe care, and hand warmers from the Online
Retail export. A row is (product key, channel, copy) for a clean copy, or (product key, channel,
copy, expect, tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("kn1", "email_subject", "Heather merino DK, now £5.20 a ball"),
    ("bk1", "email_subject", "400 lumens for the dark commute, 25% off"),
    ("cd1", "email_subject", "Fig & Cassis: 9 candles left at £19.20"),
    ("sh2", "email_subject", "Cedar shoe trees, £18.20 delivered free"),
    ("wm4", "email_subject", "Half price: the Scotty Dog hand warmer is £1.05"),
    ("cd2", "email_subject", "Oud & Bergamot diffuser, £21 until 30 April"),
    ("bk2", "email_subject", "A Sold Secure Silver D-lock plus a free bracket"),
    ("wm3", "email_subject", "Only 6 bird hand warmers left"),
    ("kn1", "email_body", "Easy to look after and lovely to knit with: our Merino DK is 100% superwash "
     "merino wool, 113 m to each 50 g ball, and goes in the machine at 30°C. Knit it on 4 mm needles. Knitters rate "
     "it 4.8 out of 5 from 264 reviews. Until 28 February, code MERINO20 brings a ball of Heather from £6.50 to "
     "£5.20.\n\nHappy knitting,\nHeddle & Hank"),
    ("kn2", "email_body", "Warm bamboo tips and a nylon cable that doesn't fight you: our 4 mm circular needles have "
     "an 80 cm cable, long enough for jumpers and cardigans knitted in the round. With code NEEDLE25 "
     "they're £6.00 instead of £8.00, with free delivery, until 31 March. We have 11 pairs left."),
    ("bk1", "email_body", "The evenings are drawing in. Our 400 Lumen Rechargeable Front Light charges over USB-C, "
     "runs for up to 2.5 hours on its highest setting and has 5 modes, with IPX4 protection against rain and "
     "spray. Riders give it 4.6 stars across 502 reviews. Use BRIGHT25 by 31 January and it's £24.00 (was £32.00)."),
    ("bk2", "email_body", "Lock it properly. Our 13 mm D-Lock has a hardened steel shackle, is rated Sold Secure "
     "Silver and comes with a 1.2 m braided steel cable for the wheels and 3 keys. Until 28 February, code LOCK20 "
     "makes it £36.00 rather than £45.00, and we'll include a frame mounting bracket."),
    ("cd1", "email_body", "Ripe fig and blackcurrant for the darker evenings. The Stillwick Fig & Cassis candle is "
     "poured from a soy wax blend into an amber glass jar with a cotton wick, and burns for approximately 40 hours. "
     "It's rated 4.7 stars by 188 customers. £19.20 with FIG20 until 31 March; only 9 left."),
    ("sh2", "email_body", "Good shoes last longer with a tree inside. Ours are unvarnished red cedar, with a split "
     "toe and twin tube that hold the shape. This pair fits "
     "men's UK 9-10. With CEDAR30 they're £18.20 (were £26.00) until 14 February, with free delivery. Rated 4.8 "
     "stars from 133 reviews."),
    ("sh1", "email_body", "A tin of neutral wax polish is the one thing every shoe cupboard needs. Cordwain Wax Shoe "
     "Polish is made with beeswax and carnauba wax, in a 50 ml tin that suits any colour of leather. It's £4.80 "
     "with SHINE20 until 31 May, down from £6.00."),
    ("wm5", "email_body", "Cold hands on the walk to the station? Our Union Jack hand warmer (stock code 22633) is "
     "£1.47 with code FLAG30 until 28 February, down from £2.10, and delivery is free."),
    ("cd2", "sms", "Stillwick: Oud & Bergamot reed diffuser 100 ml £21 (was £28), free delivery w/ REED25 to 30 Apr. "
     "Reply STOP to opt out"),
    ("kn1", "sms", "Heddle & Hank: Merino DK 50 g in Heather £5.20 with MERINO20 until 28 Feb. Reply STOP to opt out"),
    ("bk1", "sms", "Cog & Lamp: 400 lumen USB-C front light £24 w/ BRIGHT25, ends 31 Jan. Reply STOP to unsubscribe"),
    ("wm2", "sms", "Pebblegate: Owl hand warmer £1.58 with OWL25 until 28 Feb. Reply STOP to opt out"),
    ("sh2", "sms", "Cordwain: red cedar shoe trees UK 9-10 £18.20 delivered free, code CEDAR30 to 14 Feb. Reply STOP "
     "to opt out"),
    ("wm4", "sms", "Pebblegate: 50% off the Scotty Dog hand warmer, now £1.05 with SCOTTY50 to 31 Mar. Reply STOP to "
     "opt out"),
    ("kn2", "sms", "Heddle & Hank: 4 mm bamboo circulars, 80 cm, £6 + free delivery w/ NEEDLE25. 11 left. Reply STOP "
     "to opt out"),
    ("sh1", "push", "Winter shine\nNeutral wax shoe polish, 50 ml, £4.80 with SHINE20."),
    ("wm1", "push", "Babushka hand warmer\n£1.68 with WARM20 until 31 January."),
    ("bk2", "push", "Lock up for less\n13 mm D-lock with cable, £36 with LOCK20 and a free frame bracket."),
    ("cd1", "push", "Fig & Cassis\nSoy candle, approx. 40 hours, £19.20 with FIG20. Just 9 left."),
    ("kn1", "push", "Cast on\nMerino DK in Heather, £5.20 a ball with MERINO20."),
    ("wm5", "push", "Union Jack hand warmer\n£1.47 with FLAG30 and free delivery until 28 February."),
    ("cd2", "push", "A room that smells of oud\n100 ml reed diffuser, £21 delivered free with REED25."),
    ("bk1", "push", "Be seen this winter\n400 lumen front light, £24 with BRIGHT25 until 31 January."),
    ("wm3", "social", "A little bird for cold pockets 🐦 Our Bird Design hand warmer is £1.89 with BIRD10 until 15 "
     "January. Only 6 left."),
    ("kn2", "social", "Sleeves in the round, no fuss 🧶 4 mm bamboo circular needles on an 80 cm cable, £6 with "
     "NEEDLE25 and free delivery. #knitting"),
    ("sh1", "social", "Sunday job: polishing the brogues. Cordwain neutral wax polish, beeswax and carnauba, £4.80 "
     "with SHINE20. #shoecare"),
    ("bk2", "social", "Sold Secure Silver, 13 mm hardened shackle and a 1.2 m cable for the wheels 🔒 £36 with LOCK20, "
     "frame bracket included. #cyclelife"),
    ("wm2", "social", "Owl be warm this winter 🦉 Owl Design hand warmer, £1.58 with OWL25 until 28 February."),
    ("cd1", "social", "Lights low, fig and blackcurrant in the air 🕯️ Fig & Cassis soy candle, £19.20 with FIG20. "
     "#candlelover"),
    ("wm4", "social", "Scotty dog, half price 🐕 Our hand warmer is £1.05 (was £2.10) with SCOTTY50 until 31 March."),
    # ---- style warnings -----------------------------------------------------------------------------------
    ("cd1", "push", "Fig & Cassis soy candle, £19.20 with FIG20, only 9 left.", "warn", "style", "one_line_push"),
    ("wm4", "push", "The Scotty Dog hand warmer is half price at £1.05.", "warn", "style", "one_line_push"),
    ("sh2", "push", "Red cedar shoe trees, 30% off with CEDAR30.", "warn", "style", "one_line_push"),
    ("wm3", "email_body", "Bird hand warmer, £1.89.", "warn", "style", "short_body"),
    ("bk2", "email_body", "D-lock, £36 with LOCK20.", "warn", "style", "short_body"),
    ("sh1", "email_body", "Neutral polish, £4.80.", "warn", "style", "short_body"),
    ("kn2", "email_body", "Our 4 mm bamboo circular needles on an 80 cm nylon cable are £6.00 with NEEDLE25 until "
     "31 March, delivered free", "warn", "style", "no_final_punctuation"),
    ("cd2", "email_body", "Eight rattan reeds, 100 ml of Oud & Bergamot and up to 10 weeks of scent. The Stillwick "
     "reed diffuser is £21.00 with REED25 and free delivery until 30 April", "warn", "style",
     "no_final_punctuation"),
    ("wm5", "email_body", "Pop one in each coat pocket: the Union Jack hand warmer is £1.47 with FLAG30 until 28 "
     "February and delivery is on us", "warn", "style", "no_final_punctuation"),
    ("bk1", "email_subject", "Don't ride home in the dark tonight", "warn", "style", "teaser_subject"),
    ("kn1", "email_subject", "Something soft is waiting for you", "warn", "style", "teaser_subject"),
    ("wm2", "email_subject", "Whoo's cold? We have an idea", "warn", "style", "teaser_subject"),
    ("cd1", "email_subject", "Fig & Cassis candle £19.20 #autumnevenings", "warn", "style", "hashtag_in_email"),
    ("wm1", "email_body", "Keep your hands toasty on the school run with our Babushka hand warmer, £1.68 with WARM20 "
     "until 31 January. #pebblegate #wintergifts", "warn", "style", "hashtag_in_email"),
    # ---- truth blocks -------------------------------------------------------------------------------------
    ("wm4", "push", "Scotty Dog hand warmer\nHalf price, just £1.25 with SCOTTY50.", "block", "truth", "wrong_price"),
    ("bk1", "sms", "Cog & Lamp: 400 lumen front light now £22 with BRIGHT25 until 31 Jan. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("cd2", "email_subject", "Oud & Bergamot reed diffuser, only £19 with free delivery", "block", "truth",
     "wrong_price"),
    ("sh2", "email_body", "Keep your best shoes in shape with our red cedar shoe trees for men's UK 9-10. They were "
     "£28.00; with CEDAR30 they're £18.20 and delivered free until 14 February.", "block", "truth",
     "wrong_was_price"),
    ("kn1", "social", "Heather merino DK, RRP £7.50, yours for £5.20 with MERINO20 🧶 #yarnlove", "block", "truth",
     "wrong_was_price"),
    ("wm2", "email_body", "Take 30% off our Owl Design hand warmer: it's £1.58 instead of £2.10 with code OWL25 "
     "until 28 February.", "block", "truth", "discount_price_mismatch"),
    ("bk2", "push", "Quarter off locks\n13 mm D-lock 25% off, £36 (was £45) with LOCK20.", "block", "truth",
     "discount_price_mismatch"),
    ("sh1", "email_subject", "30% off our neutral wax shoe polish", "block", "truth", "wrong_discount"),
    ("wm5", "sms", "Pebblegate: 40% off the Union Jack hand warmer with FLAG30, free delivery. Reply STOP to opt out",
     "block", "truth", "wrong_discount"),
    ("cd1", "push", "Fig & Cassis candle\n£19.20 with FIG20, until 13 March only.", "block", "truth", "wrong_date"),
    ("kn2", "email_body", "Knit in the round with our 4 mm bamboo circular needles on an 80 cm cable. £6.00 with "
     "NEEDLE25 and free delivery, but be quick: the offer ends on 3 March.", "block", "truth", "wrong_date"),
    ("bk1", "social", "Ride lit all winter 🚲 400 lumen USB-C front light, £24 with BRIGHT25 until 28 February. "
     "#commute", "block", "truth", "deadline_after_end"),
    ("kn1", "email_body", "Spun in the Yorkshire Dales from our own flock's fleece, Heddle & Hank Merino DK is soft, "
     "machine washable and 113 m to the ball. £5.20 with MERINO20 until 28 February.", "block", "truth",
     "invented_origin"),
    ("sh1", "social", "Made in Northampton, like the best brogues 👞 Cordwain neutral wax polish, £4.80 with SHINE20. "
     "#shoecare", "block", "truth", "invented_origin"),
    ("kn2", "push", "Rosewood circulars\n4 mm rosewood-tipped needles, 80 cm, £6 with NEEDLE25.", "block", "truth",
     "invented_material"),
    ("wm1", "email_body", "Our Babushka hand warmer comes in a knitted lambswool cover that's lovely to hold. It's "
     "£1.68 with code WARM20 until 31 January.", "block", "truth", "invented_material"),
    ("bk1", "email_body", "Our 400 lumen front light has a built-in brake sensor that flashes brighter as you slow "
     "down, 5 modes and USB-C charging. £24.00 with BRIGHT25 until 31 January.", "block", "truth",
     "invented_attribute"),
    ("cd2", "sms", "Stillwick: pet-safe Oud & Bergamot reed diffuser £21, free delivery w/ REED25. Reply STOP to opt "
     "out", "block", "truth", "invented_attribute"),
    ("bk2", "email_subject", "The Editor's Choice D-lock, now £36 with a free bracket", "block", "truth",
     "invented_award"),
    ("cd2", "social", "Rated 4.8 stars by our customers 🌿 Oud & Bergamot reed diffuser, £21 delivered free with "
     "REED25. #homefragrance", "block", "truth", "rating_not_in_record"),
    ("wm4", "email_body", "Our customers rate the Scotty Dog hand warmer 4.9 out of 5. This winter it's half price, "
     "just £1.05 with SCOTTY50 until 31 March.", "block", "truth", "rating_not_in_record"),
    ("sh2", "push", "4.9-star shoe trees\nRed cedar, men's UK 9-10, £18.20 delivered with CEDAR30.", "block", "truth",
     "wrong_rating"),
    ("bk2", "sms", "Cog & Lamp: 16 mm hardened steel D-lock £36 + free bracket w/ LOCK20 to 28 Feb. Reply STOP to opt "
     "out", "block", "truth", "wrong_spec"),
    ("cd1", "email_body", "Our Fig & Cassis soy candle burns for around 60 hours in its amber glass jar, with a "
     "cotton wick for a clean flame. £19.20 with FIG20 until 31 March.", "block", "truth", "wrong_spec"),
    ("bk2", "social", "Lock it, then forget it 🔒 13 mm D-lock with cable, £36 with LOCK20 and free delivery. "
     "#bikesecurity", "block", "truth", "free_shipping_not_offered"),
    ("kn1", "push", "Merino DK + free pattern\n£5.20 a ball with MERINO20, with a free hat pattern booklet.", "block",
     "truth", "gift_not_offered"),
    ("sh1", "sms", "Cordwain: last 10 tins of neutral wax polish at £4.80 w/ SHINE20. Reply STOP to opt out", "block",
     "truth", "stock_claim"),
    ("cd2", "push", "Oud & Bergamot\n100 ml reed diffuser, £21 delivered free with REED20.", "block", "truth",
     "wrong_code"),
    ("bk2", "email_body", "Tougher than a Kryptonite lock at half the price: our 13 mm hardened steel D-lock with "
     "cable is £36.00 with LOCK20 until 28 February, frame bracket included.", "block", "truth", "other_brand"),
    ("sh1", "push", "Shoe care kit\nNeutral wax polish with a horsehair brush, £4.80 with SHINE20.", "block", "truth",
     "invented_kind"),
    ("wm5", "social", "Flying the flag for warm hands 🇬🇧 Union Jack hand warmer, $1.47 with FLAG30, free delivery.",
     "block", "truth", "wrong_currency"),
    # ---- law blocks ---------------------------------------------------------------------------------------
    ("cd2", "email_body", "Aromatherapy that works: the Oud & Bergamot diffuser eases anxiety and helps you fall "
     "asleep faster, night after night. £21.00 with REED25 and free delivery until 30 April.", "block", "law",
     "medical_claim"),
    ("cd1", "social", "Lowers your stress hormones in one evening 🕯️ Fig & Cassis soy candle, £19.20 with FIG20. "
     "#selfcare", "block", "law", "medical_claim"),
    ("wm3", "push", "Arthritis relief\nThe bird hand warmer soothes stiff, painful joints. £1.89 with BIRD10.",
     "block", "law", "medical_claim"),
    ("kn1", "email_subject", "Merino DK that soothes eczema flare-ups, £5.20", "block", "law", "medical_claim"),
    ("bk1", "social", "The brightest bike light on the market, full stop 💡 £24 with BRIGHT25. #cycling", "block",
     "law", "absolute_claim"),
    ("sh2", "email_subject", "Britain's best shoe trees, £18.20", "block", "law", "absolute_claim"),
    ("bk2", "push", "Thief-proof, guaranteed\n13 mm D-lock, £36 with LOCK20.", "block", "law", "guarantee_claim"),
    ("sh1", "email_body", "One coat of Cordwain wax polish and your shoes are guaranteed waterproof for life. "
     "50 ml tin, £4.80 with SHINE20 until 31 May.", "block", "law", "guarantee_claim"),
    ("wm4", "email_subject", "Your Pebblegate refund of £12.60 is ready to claim", "block", "law",
     "fake_transaction"),
    ("kn2", "sms", "Heddle & Hank: 4 mm bamboo circular needles £6 with free delivery, code NEEDLE25 until 31 "
     "March.", "block", "law", "missing_opt_out"),
    # ---- safety blocks ------------------------------------------------------------------------------------
    ("bk1", "email_body", "Hi Priya, we tried you on 07700 900482 about your last order. Your new front light is "
     "£24.00 with BRIGHT25 until 31 January.", "block", "safety", "pii"),
    ("cd1", "sms", "Stillwick: hi tom.hartley82@gmail.com, Fig & Cassis candle £19.20 w/ FIG20. Reply STOP to opt "
     "out", "block", "safety", "pii"),
    ("sh1", "social", "Stop walking round in scruffy shoes like a slob. Cordwain neutral polish, £4.80 with SHINE20.",
     "block", "safety", "toxicity"),
    ("wm2", "push", "Don't be a tight git\nOwl hand warmer, £1.58 with OWL25.", "block", "safety", "toxicity"),
    ("wm5", "email_body", "Here is a cheerful British-English promotional email for the Union Jack hand warmer, as "
     "requested:\n\nStay warm this winter for just £1.47 with FLAG30!", "block", "safety", "prompt_echo"),
    ("kn2", "social", "Prompt: write an Instagram caption for bamboo needles. Caption: Knit in the round for £6 with "
     "NEEDLE25! #knitting", "block", "safety", "prompt_echo"),
    ("cd2", "email_subject", "{{first_name}}, your diffuser offer ends {{offer_end}}", "block", "safety",
     "template_leak"),
    ("sh2", "sms", "Cordwain: <product_name> now <sale_price> with CEDAR30. Reply STOP to opt out", "block", "safety",
     "template_leak"),
    ("kn1", "sms", "Heddle & Hank: merino DK £5.20, shop at heddle-hank-sale.com before 28 Feb. Reply STOP to opt "
     "out", "block", "safety", "link_not_allowed"),
    ("wm1", "social", "Babushka hand warmers, £1.68 🪆 Grab yours: tinyurl.com/pg-babushka", "block", "safety",
     "link_not_allowed"),
    ("cd1", "push", "Fig & Cassis candlе\nSoy wax, amber jar, £19.20 with FIG20.", "block", "safety", "confusable"),
    # ---- form blocks --------------------------------------------------------------------------------------
    ("bk2", "push", "Lock it properly this winter\nOur 13 mm hardened steel D-lock, rated Sold Secure Silver, comes "
     "with a 1.2 m braided steel cable for your wheels, 3 keys and, until 28 February, a free frame mounting bracket, "
     "and it costs just £36 with code LOCK20 instead of the usual £45, so there's no excuse to leave your bike on a "
     "flimsy cable lock outside the station again this year.", "block", "form", "too_long"),
    ("wm3", "sms", "Pebblegate: our Bird Design hand warmer (stock code 22867) is just £1.89 with code BIRD10 until "
     "15 January and we only have 6 left in the warehouse, so if you want one for your own coat pocket or as a "
     "stocking filler for a friend, a colleague, a neighbour or the whole family, now really is the time to order "
     "before they are gone for the season. Reply STOP to opt out", "block", "form", "too_long"),
    ("sh2", "email_subject", "Red cedar shoe trees, £18.20 and free deliv", "block", "form", "truncated"),
    ("cd2", "email_body", "Our Oud & Bergamot reed diffuser holds 100 ml and lasts up to 10 weeks with its 8 rattan "
     "reeds. Until 30 April it's £21.00 with REED25, and delivery is", "block", "form", "truncated"),
    ("kn1", "email_body", "### Merino DK, Heather\n\n* 100% superwash merino\n* 113 m per 50 g\n* **£5.20** with "
     "`MERINO20` until 28 February", "block", "form", "markdown"),
    ("wm2", "social", "**Owl Design hand warmer** 🦉 __£1.58__ with OWL25 until 28 February", "block", "form",
     "markdown"),
    ("bk1", "push", "Bright bright bright\nBright bright 400 lumen light, £24 with BRIGHT25.", "block", "form",
     "repetition"),
    ("wm1", "sms", "Pebblegate: Babushka hand warmer £1.68 £1.68 £1.68 £1.68 with WARM20. Reply STOP to opt out",
     "block", "form", "repetition"),
    ("sh1", "email_body", "Cordwain Wax Shoe Polish Neutral 50 ml \u00e2\u20ac\u201c Ã‚Â£4.80 wÃ¯Â¿Â½th SHINE20 "
     "\ufffd\ufffd beeswax \u00e2\u20ac\u0153and\u00e2\u20ac\u009d carnauba.", "block", "form", "garbled_text"),
    ("kn2", "push", "Rundstricknadeln\n4 mm Bambus, 80 cm, jetzt £6 mit NEEDLE25.", "block", "form",
     "wrong_language"),
]
