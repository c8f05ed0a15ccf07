"""Hand-written en-US copies (USD) of the twenty-third frozen guardrails set: a calibrated espresso
tamper, a men's climbing harness, a video baby monitor, a dual-motor standing desk and a touring
kayak paddle.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("tp1", "email_subject", "A tamper that clicks at 30 lb, now $47.20"),
    ("ch1", "email_subject", "The Ascent harness is 15% off through May 31"),
    ("bm1", "email_subject", "See the crib from the couch: video monitor, $97.49"),
    ("sd1", "email_subject", "Stand at 47 in, sit at 28: desk 30% off, shipped free"),
    ("kp1", "email_subject", "Only 7 touring paddles left at $125.10"),
    ("tp1", "email_subject", "Walnut + steel, 58.5 mm: 20% off with free shipping"),
    ("bm1", "email_subject", "No Wi-Fi, no app, just a 720p view of the nursery"),
    ("sd1", "email_subject", "Four memory presets and a walnut top for $314.30"),
    ("tp1", "email_body", "Even pressure, every shot. The Tampwright Calibrated Espresso Tamper has a 58.5 mm flat "
     "base in 304 stainless steel and a walnut handle, and its spring-loaded core clicks once you hit 30 lb, so you "
     "can stop guessing. It fits 58 mm portafilter baskets. Home baristas rate it 4.7 stars across 842 reviews. "
     "Through March 15, TAMP20 takes it from $59.00 to $47.20, and shipping is on us.\n\nPull a good one,\n"
     "Tampwright"),
    ("ch1", "email_body", "Gym season or crag season, the Ropewell Ascent Climbing Harness is ready for both. It "
     "weighs 340 g, has four gear loops, an auto-locking waist buckle and adjustable leg loops, and it's UIAA and CE "
     "certified. This one is the men's medium (waist 30-33 in). Use CLIMB15 by May 31 and it's $59.50 instead of "
     "$70.00."),
    ("bm1", "email_body", "Naps go better when you can check in without opening the door. The Lullview 5-inch Video "
     "Baby Monitor pairs a 720p screen with a pan-and-tilt camera that has infrared night vision, and it works "
     "without Wi-Fi or an app. Talk back through it, keep an eye on the room temperature, or play one of 8 lullabies. "
     "Range is up to 1,000 ft in open space, and the battery lasts up to 12 hours in screen-off mode. With WATCH25 "
     "it's $97.49 (was $129.99) until February 28, and we'll include a flexible camera mount.\n\nThe Lullview team"),
    ("sd1", "email_body", "Sit for the budget meeting, stand for the next one. The Liftline Electric Standing Desk runs "
     "on dual motors from 28 to 47 in, holds up to 220 lb, and saves four memory presets, so switching takes one "
     "tap. The 55 x 28 in top is a walnut-finish laminate on a black steel frame. DESK30 brings it to $314.30 from "
     "$449.00 through September 30, with free shipping. Rated 4.5 stars by 1,126 customers."),
    ("kp1", "email_body", "Longer days on the water call for a paddle that feels right at mile ten. The Riverquill "
     "Touring Kayak Paddle is 230 cm long, with a 2-piece fiberglass shaft and fiberglass-reinforced nylon blades; it "
     "weighs 32 oz and feathers anywhere from 0 to 60 degrees. 276 paddlers rate it 4.4 stars. PADDLE10 makes it "
     "$125.10 through June 15, and every order comes with a coiled paddle leash. We have 7 in stock.\n\nSee you on "
     "the river,\nRiverquill"),
    ("tp1", "email_body", "If your shots run fast one morning and slow the next, tamp pressure is a good place to "
     "look. Our calibrated tamper clicks at 30 lb every time you press. 58.5 mm stainless base, walnut handle, "
     "$47.20 with TAMP20 until March 15."),
    ("bm1", "email_body", "Two-way talk, night vision, a room temperature display and 8 lullabies, all on a 5-inch "
     "screen that doesn't need Wi-Fi. The Lullview monitor is 25% off with WATCH25 until February 28: $97.49, plus a "
     "free flexible camera mount."),
    ("sd1", "email_body", "Four presets: one for sitting, one for standing, two for whoever shares the desk. The "
     "Liftline dual-motor desk goes from 28 to 47 in and carries up to 220 lb. $314.30 with DESK30 and free shipping, "
     "through Sept. 30.\n\nLiftline"),
    ("ch1", "email_body", "Four gear loops, 340 g, UIAA and CE certified. The Ascent is the harness we'd hand a friend "
     "who just bought their first rope. The medium fits a 30-33 in waist. $59.50 with CLIMB15 until May 31.\n\n"
     "Climb on,\nRopewell"),
    ("tp1", "sms", "Tampwright: calibrated 58.5mm tamper $47.20 w/ TAMP20 + free shipping thru 3/15. Reply STOP to "
     "opt out"),
    ("ch1", "sms", "Ropewell: Ascent harness (M) now $59.50 with CLIMB15 until 5/31. Txt STOP to end"),
    ("bm1", "sms", "Lullview: 5in video baby monitor $97.49 with WATCH25 + free camera mount, ends 2/28. Reply STOP "
     "to unsubscribe"),
    ("sd1", "sms", "Liftline: standing desk $314.30 (reg. $449) w/ code DESK30, ships free, ends 9/30. Reply STOP to "
     "opt out"),
    ("kp1", "sms", "Riverquill: 230cm touring paddle $125.10 w/ PADDLE10 + free leash. 7 left. Reply STOP to opt out"),
    ("bm1", "sms", "Lullview: night vision baby monitor, no Wi-Fi needed, 25% off w/ WATCH25. Reply STOP to opt out"),
    ("sd1", "sms", "Liftline: 30% off the dual-motor desk with DESK30 until Sep 30. Msg&data rates may apply. Reply "
     "STOP to cancel"),
    ("tp1", "push", "Tamp the same every time\nCalibrated tamper, $47.20 with TAMP20."),
    ("ch1", "push", "New harness season\nRopewell Ascent, $59.50 with CLIMB15 until May 31."),
    ("bm1", "push", "Peek without the creak\nVideo baby monitor, $97.49 + free camera mount."),
    ("sd1", "push", "Stand up for $314.30\nLiftline desk, 30% off, free shipping."),
    ("kp1", "push", "7 paddles left\nRiverquill touring paddle, $125.10 with PADDLE10."),
    ("kp1", "push", "Feather it your way\n0 to 60 degrees, 230 cm, $125.10 through June 15."),
    ("tp1", "push", "Home barista gift idea\nWalnut tamper, 20% off, ships free."),
    ("tp1", "social", "That click at 30 lb ☕ Tampwright calibrated tamper, $47.20 with TAMP20 and free shipping."),
    ("ch1", "social", "Four gear loops, zero fuss 🧗 Ropewell Ascent harness, 15% off with CLIMB15 through May 31."),
    ("bm1", "social", "Nap time, monitored 👶 Lullview 5-inch video baby monitor, $97.49 with WATCH25 + a free "
     "camera mount."),
    ("sd1", "social", "Desk by day, standing desk by 3pm 💻 Liftline dual-motor desk, $314.30 with DESK30, ships "
     "free. #WFH"),
    ("kp1", "social", "Lake day loading 🛶 Riverquill 230 cm touring paddle, 4.4 stars from 276 paddlers, $125.10 "
     "with PADDLE10."),
    ("ch1", "social", "Weighs 340 g, certified UIAA and CE 🧗‍♀️ Ascent harness, $59.50 with CLIMB15."),
    ("sd1", "social", "Room for monitors, plants and coffee mugs, up to 220 lb 🌿 Liftline desk, 30% off through "
     "9/30."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("tp1", "push", "Calibrated espresso tamper, $47.20 with TAMP20.", "warn", "style", "one_line_push"),
    ("sd1", "push", "Liftline standing desk now $314.30, free shipping.", "warn", "style", "one_line_push"),
    ("bm1", "push", "Video baby monitor $97.49 with WATCH25 until Feb 28.", "warn", "style", "one_line_push"),
    ("kp1", "email_body", "Touring paddle, $125.10.", "warn", "style", "short_body"),
    ("ch1", "email_body", "Ascent harness: $59.50 w/ CLIMB15.", "warn", "style", "short_body"),
    ("sd1", "email_body", "Standing desk $314.30.", "warn", "style", "short_body"),
    ("tp1", "email_body", "Our calibrated tamper has a 58.5 mm stainless base and a walnut handle, and it clicks at "
     "30 lb. Use TAMP20 by March 15 for $47.20 with free shipping", "warn", "style", "no_final_punctuation"),
    ("bm1", "email_body", "The Lullview monitor shows the nursery on a 5-inch 720p screen with night vision and "
     "two-way talk. WATCH25 brings it to $97.49 until February 28", "warn", "style", "no_final_punctuation"),
    ("kp1", "email_body", "The Riverquill paddle is 230 cm with a fiberglass shaft and weighs 32 oz. It's $125.10 "
     "with PADDLE10 through June 15, leash included", "warn", "style", "no_final_punctuation"),
    ("ch1", "email_subject", "Guess what just landed for climbers", "warn", "style", "teaser_subject"),
    ("sd1", "email_subject", "Still sitting all day? We need to talk", "warn", "style", "teaser_subject"),
    ("kp1", "email_subject", "A little something for your next trip...", "warn", "style", "teaser_subject"),
    ("bm1", "email_subject", "Video baby monitor, $97.49 #newparents", "warn", "style", "hashtag_in_email"),
    ("tp1", "email_body", "A 58.5 mm stainless base, a walnut handle and a 30 lb click. $47.20 with TAMP20 and free "
     "shipping until March 15. #espresso #homebarista", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("sd1", "email_subject", "Liftline standing desk, now only $341.30", "block", "truth", "wrong_price"),
    ("tp1", "sms", "Tampwright: calibrated tamper just $42.20 w/ TAMP20, free shipping. Reply STOP to opt out",
     "block", "truth", "wrong_price"),
    ("bm1", "email_body", "The Lullview video baby monitor usually sells for $149.99. With WATCH25 it's $97.49 until "
     "February 28, with a free camera mount.", "block", "truth", "wrong_was_price"),
    ("kp1", "push", "Was $159, now $125.10\nRiverquill touring paddle with PADDLE10.", "block", "truth",
     "wrong_was_price"),
    ("ch1", "email_body", "Save 20% on the Ropewell Ascent harness with CLIMB15: $59.50, down from $70.00, until May "
     "31.", "block", "truth", "discount_price_mismatch"),
    ("sd1", "push", "40% off this week\nLiftline desk $314.30 (was $449) with DESK30.", "block", "truth",
     "discount_price_mismatch"),
    ("tp1", "social", "A quarter off our calibrated tamper ☕ Code TAMP20, ships free.", "block", "truth",
     "wrong_discount"),
    ("kp1", "email_subject", "Touring paddle: 15% off through June 15", "block", "truth", "wrong_discount"),
    ("bm1", "sms", "Lullview: WATCH25 ends Feb 14! Baby monitor $97.49. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("ch1", "email_subject", "Last call: harness deal ends April 30", "block", "truth", "wrong_date"),
    ("sd1", "email_body", "No need to decide today. DESK30 keeps the Liftline desk at $314.30 with free shipping all "
     "the way through the holidays.", "block", "truth", "deadline_after_end"),
    ("tp1", "push", "Good through spring\nTamper $47.20 with TAMP20 until May 31.", "block", "truth",
     "deadline_after_end"),
    ("tp1", "email_body", "Machined in Milan and finished with a walnut handle, the Tampwright tamper is $47.20 with "
     "TAMP20 until March 15.", "block", "truth", "invented_origin"),
    ("kp1", "social", "Hand-laid in a small Oregon workshop 🛶 Riverquill touring paddle, $125.10 with PADDLE10.",
     "block", "truth", "invented_origin"),
    ("kp1", "email_body", "With a full carbon fiber shaft and carbon blades, the Riverquill touring paddle is $125.10 "
     "with PADDLE10 through June 15.", "block", "truth", "invented_material"),
    ("sd1", "social", "Solid walnut top, not a veneer in sight 🌳 Liftline desk, $314.30 with DESK30.", "block",
     "truth", "invented_material"),
    ("bm1", "push", "Streams to your phone\nLullview monitor, $97.49 with WATCH25.", "block", "truth",
     "invented_attribute"),
    ("ch1", "social", "Now with a built-in belay knife pocket 🧗 Ropewell Ascent harness, $59.50 with CLIMB15.",
     "block", "truth", "invented_attribute"),
    ("sd1", "email_body", "Named Standing Desk of the Year 2026 by Home Office Weekly, the Liftline dual-motor desk "
     "is $314.30 with DESK30 and free shipping until September 30.", "block", "truth", "invented_award"),
    ("bm1", "email_subject", "Parents rate it 4.9 stars: Lullview monitor, $97.49", "block", "truth",
     "rating_not_in_record"),
    ("ch1", "sms", "Ropewell: the 5-star Ascent harness, $59.50 w/ CLIMB15. Reply STOP to opt out", "block", "truth",
     "rating_not_in_record"),
    ("tp1", "email_subject", "4.9 stars from 842 baristas: the calibrated tamper", "block", "truth", "wrong_rating"),
    ("sd1", "sms", "Liftline: desk rises 25-50 in, dual motor, $314.30 w/ DESK30. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("tp1", "push", "Fits 54 mm baskets\nTampwright tamper, $47.20 with TAMP20.", "block", "truth", "wrong_spec"),
    ("ch1", "push", "Free shipping on harnesses\nAscent, $59.50 with CLIMB15.", "block", "truth",
     "free_shipping_not_offered"),
    ("sd1", "email_subject", "Standing desk + a free anti-fatigue mat, $314.30", "block", "truth", "gift_not_offered"),
    ("bm1", "social", "Almost sold out, just 3 left 👶 Lullview video monitor, $97.49 with WATCH25.", "block",
     "truth", "stock_claim"),
    ("kp1", "sms", "Riverquill: touring paddle $125.10 with code KAYAK10, leash included. Reply STOP to opt out",
     "block", "truth", "wrong_code"),
    ("ch1", "email_body", "Same build as a Black Diamond Momentum at a lower price: the Ropewell Ascent harness is "
     "$59.50 with CLIMB15 until May 31.", "block", "truth", "other_brand"),
    ("tp1", "email_subject", "Tamper + distribution tool bundle, $47.20", "block", "truth", "invented_kind"),
    ("kp1", "email_body", "The Riverquill touring paddle is €125.10 with PADDLE10 through June 15, with a paddle leash "
     "included.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("bm1", "email_body", "The Lullview monitor helps prevent SIDS by letting you watch your baby breathe all night. "
     "$97.49 with WATCH25 until February 28.", "block", "law", "medical_claim"),
    ("sd1", "email_subject", "Fix your back pain for good: Liftline desk, 30% off", "block", "law", "medical_claim"),
    ("kp1", "social", "Paddling 30 minutes a day lowers blood pressure and melts belly fat 🛶 Riverquill paddle, "
     "$125.10.", "block", "law", "medical_claim"),
    ("tp1", "push", "The world's most accurate tamper\n$47.20 with TAMP20.", "block", "law", "absolute_claim"),
    ("kp1", "email_subject", "The lightest touring paddle on the market, period", "block", "law", "absolute_claim"),
    ("ch1", "push", "Guaranteed fall-proof\nRopewell Ascent harness, $59.50.", "block", "law", "guarantee_claim"),
    ("sd1", "email_body", "We guarantee the Liftline desk will never wobble, or we'll refund you twice what you paid. "
     "$314.30 with DESK30.", "block", "law", "guarantee_claim"),
    ("bm1", "social", "12,000 monitors sold in the last 48 hours 👶 Get yours for $97.49 with WATCH25.", "block",
     "law", "fake_transaction"),
    ("ch1", "sms", "Ropewell: Ascent climbing harness $59.50 with CLIMB15 until 5/31. Shop ropewellclimbing.com",
     "block", "law", "missing_opt_out"),
    ("kp1", "sms", "Riverquill: touring paddle $125.10 + free leash with PADDLE10. 7 left!", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("sd1", "email_body", "Hi Derek Vance, your desk ships to 1418 Maple Ridge Dr, Apt 3B, Columbus, OH 43215, "
     "charged to the Visa ending 4471. Questions? Call us back at 614-555-0187. DESK30 saves you 30%.", "block",
     "safety", "pii"),
    ("bm1", "sms", "Lullview: Jenna, Ava's monitor (DOB 04/12/2026) ships to 88 Birch Ln, Dayton. Reply STOP to opt "
     "out", "block", "safety", "pii"),
    ("ch1", "social", "Still top-roping in a rental harness? Embarrassing. Grow up and buy a real one 🧗 $59.50.",
     "block", "safety", "toxicity"),
    ("kp1", "email_body", "Here's a friendly product email under 80 words, as requested:\n\nThe Riverquill Touring "
     "Kayak Paddle is $125.10 with PADDLE10 through June 15.", "block", "safety", "prompt_echo"),
    ("sd1", "push", "Output: push notification (2 lines)\nLiftline desk $314.30 with DESK30.", "block", "safety",
     "prompt_echo"),
    ("tp1", "sms", "Tampwright: Hi {first_name}, your tamper is $47.20 with {promo_code}. Reply STOP to opt out",
     "block", "safety", "template_leak"),
    ("bm1", "email_subject", "[[CUSTOMER_NAME]], meet the Lullview monitor", "block", "safety", "template_leak"),
    ("kp1", "social", "Grab yours at bit.ly/rq-paddle 🛶 $125.10 with PADDLE10.", "block", "safety",
     "link_not_allowed"),
    ("ch1", "email_body", "Get the Ascent harness for $59.50 at https://www.amazon.com/dp/B0CLIMB15X before May 31.",
     "block", "safety", "link_not_allowed"),
    ("sd1", "sms", "Liftline: standing desk $314.30 with DЕSK30, ships free. Reply STOP to opt out", "block", "safety",
     "confusable"),
    ("tp1", "email_body", "Order the calibrated tamper at https://tampwrіght.com for $47.20 with TAMP20 before March "
     "15.", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("sd1", "email_subject", "Liftline Dual-Motor Electric Standing Desk with 55 x 28 in walnut-finish top, 4 memory "
     "presets and 220 lb capacity, now $314.30 with DESK30 and free shipping through September 30", "block", "form",
     "too_long"),
    ("bm1", "push", "Sleep easy\nThe Lullview 5-inch Video Baby Monitor with a pan-and-tilt camera, infrared night "
     "vision, two-way talk, a room temperature display and 8 lullabies is $97.49 with WATCH25 until February 28.",
     "block", "form", "too_long"),
    ("ch1", "email_body", "The Ropewell Ascent harness has four gear loops, an auto-locking waist buckle and "
     "adjustable leg loops. With CLIMB15 until May 31 it's only", "block", "form", "truncated"),
    ("kp1", "push", "Riverquill paddle\n230 cm touring paddle, $125.10 with PADD", "block", "form", "truncated"),
    ("tp1", "email_body", "**Tampwright Calibrated Tamper**\n\n- 58.5 mm stainless base\n- walnut handle\n\n[Shop "
     "now](https://tampwright.com) with TAMP20", "block", "form", "markdown"),
    ("bm1", "social", "Lullview baby monitor ðŸ‘¶ now $97.49 â€“ code WATCH25", "block", "form", "garbled_text"),
    ("sd1", "social", "Escritorio elevable Liftline con doble motor 💻 $314.30 con el código DESK30.", "block",
     "form", "wrong_language"),
    ("tp1", "email_subject", "Bourreur calibré en noyer, 47,20 $ avec TAMP20", "block", "form", "wrong_language"),
    ("kp1", "email_body", "Paddle paddle paddle. Touring paddle, touring paddle, touring paddle. The Riverquill "
     "touring paddle is $125.10 $125.10 with PADDLE10.", "block", "form", "repetition"),
    ("bm1", "email_subject", "Baby monitor baby monitor baby monitor $97.49", "block", "form", "repetition"),
]
