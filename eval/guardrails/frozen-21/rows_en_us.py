"""Hand-written en-US copies (USD) of the twenty-first frozen guardrails set: a pottery wheel (Throwline
Studio, 10 in wheel head), cork yoga blocks (a 2 pack), photochromic ski goggles, a magnetic rowing
machine and lavender & oat bath bombs (a 6 pack).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("pw1", "email_subject", "Your first pottery wheel, $398.65 and shipped free"),
    ("yb1", "email_subject", "Cork yoga blocks, 25% off, plus a free cotton strap"),
    ("sk1", "email_subject", "Photochromic ski goggles for $90.30 until Jan 31"),
    ("rw1", "email_subject", "16 levels of magnetic resistance, now $479.20 with ROW20"),
    ("bb1", "email_subject", "Lavender & oat bath bombs: 15% off through Valentine's Day"),
    ("yb1", "email_subject", "Only 9 sets of cork blocks left at $25.50"),
    ("pw1", "email_subject", "Reversible, pedal-controlled, 15% off: meet the Throwline wheel"),
    ("sk1", "email_subject", "Goggles that adjust to the light, 30% off with POWDER30"),
    ("pw1", "email_body", "Center your first pound of clay at home. The Throwline Studio Pottery Wheel runs on a 1/2 HP "
     "motor with a 10 in aluminum wheel head, and the foot pedal takes you from 0 to 300 rpm. Switch direction for "
     "trimming, and lift out the two-piece splash pan when it's time to clean up. Potters rate it 4.5 stars across "
     "212 reviews. Until April 30, code SPIN15 brings it from $469.00 to $398.65, with free shipping.\n\n"
     "Happy throwing,\nThrowline"),
    ("yb1", "email_body", "Tight hamstrings? Bring the floor a little closer. Poselight yoga blocks are natural cork and "
     "come as a pair, each 9 x 6 x 4 in and about 2 lb. Use BLOCK25 by June 15 to take them from $34.00 to $25.50, "
     "and we'll include a cotton yoga strap. We have 9 sets left."),
    ("sk1", "email_body", "Flat light, bright sun and everything in between. Coldcrest Ridge goggles have a photochromic "
     "double lens that moves between category 1 and 3 as the light changes, with an anti-fog coating and UV400 "
     "protection. They fit medium to large faces and work with a helmet. 874 skiers rate them 4.6 stars. Through "
     "January 31, POWDER30 makes them $90.30 (regularly $129.00)."),
    ("rw1", "email_body", "Row at home, fold it away after. The Oarsway R4 gives you 16 levels of magnetic resistance, "
     "and its LCD tracks time, distance, strokes and calories. It takes users up to 300 lb and folds upright when "
     "you want the floor back. Rated 4.3 stars in 1,126 reviews. With ROW20 until March 15 it's $479.20 instead of "
     "$599.00, shipped free.\n\nOarsway"),
    ("bb1", "email_body", "Run the bath, drop one in, and let the lavender do the rest. Each of our six 4.5 oz bath bombs "
     "is hand-pressed in Asheville, North Carolina from baking soda, citric acid, colloidal oatmeal, shea butter and "
     "lavender essential oil. They're vegan, and 2,304 reviewers give them 4.8 stars. Use SOAK15 by February 14 to "
     "pay $23.80 instead of $28.00."),
    ("pw1", "email_body", "Already taking classes and ready for a wheel of your own? Ours has a reversible 1/2 HP motor, "
     "a 10 in aluminum head and pedal control up to 300 rpm. It weighs 66 lb, and the splash pan comes apart in two "
     "pieces for cleaning. $398.65 with SPIN15 through April 30, shipping included."),
    ("sk1", "email_body", "New season, new goggles. The Coldcrest Ridge in matte black has a silicone-backed strap that "
     "adjusts to fit over your helmet, a photochromic double lens and an anti-fog coating. Enter POWDER30 before "
     "January 31 and they're $90.30.\n\nSee you on the lift,\nColdcrest"),
    ("bb1", "email_body", "A slow Sunday, six times over. Saltbloom Lavender & Oat Bath Bombs are vegan and made with "
     "colloidal oatmeal and shea butter, 4.5 oz each. Code SOAK15 takes the pack to $23.80 until Feb 14."),
    ("rw1", "email_body", "A rower that folds upright between workouts. The Oarsway Magnetic Rowing Machine R4 is 84 in "
     "long, has 16 resistance levels and takes users up to 300 lb. The LCD shows time, distance, strokes and "
     "calories. $479.20 with ROW20 and free shipping, until March 15."),
    ("pw1", "sms", "Throwline: Studio Pottery Wheel $398.65 w/ SPIN15 + free shipping thru 4/30. Reply STOP to opt out"),
    ("yb1", "sms", "Poselight: cork yoga blocks (2) $25.50 w/ BLOCK25 + a free cotton strap til 6/15. Only 9 sets left. "
     "Reply STOP to opt out"),
    ("sk1", "sms", "Coldcrest: Ridge photochromic goggles 30% off w/ POWDER30, ends 1/31. Txt STOP to unsubscribe"),
    ("rw1", "sms", "Oarsway: R4 magnetic rower $479.20 (reg $599) w/ ROW20, ships free. Ends 3/15. Reply STOP to opt "
     "out"),
    ("bb1", "sms", "Saltbloom: lavender & oat bath bombs 6pk $23.80 with SOAK15 until 2/14. Reply STOP to stop texts"),
    ("sk1", "sms", "Coldcrest: anti-fog photochromic goggles, $90.30 with POWDER30 until Jan 31. Reply STOP to opt out"),
    ("bb1", "sms", "Saltbloom: SOAK15 = 15% off our 6-pack of vegan bath bombs thru Feb 14. Reply STOP to opt-out"),
    ("pw1", "push", "Clay season\nThrowline pottery wheel, $398.65 with SPIN15, free shipping."),
    ("yb1", "push", "Find your footing\nCork yoga blocks, $25.50 + free strap with BLOCK25."),
    ("sk1", "push", "Snow in the forecast?\nPhotochromic Ridge goggles, $90.30 with POWDER30."),
    ("rw1", "push", "Row without the river\nOarsway R4, $479.20 with ROW20, ships free."),
    ("bb1", "push", "Bath night 🛁\nLavender & oat bath bombs, 6 for $23.80 with SOAK15."),
    ("yb1", "push", "9 sets left\nCork yoga blocks, 9 x 6 x 4 in, $25.50 with BLOCK25."),
    ("rw1", "push", "Folds upright\n16-level magnetic rower, $479.20 until Mar 15."),
    ("pw1", "social", "From lump to bowl 🏺 1/2 HP, 10 in aluminum head, reversible. The Throwline wheel is $398.65 "
     "with SPIN15, free shipping through April 30. #pottery #wheelthrown"),
    ("yb1", "social", "Two cork blocks, one steadier practice 🧘 9 x 6 x 4 in each. $25.50 with BLOCK25 + a free cotton "
     "strap."),
    ("sk1", "social", "One lens for sunny mornings and flat afternoons ❄️ Photochromic cat. 1–3, anti-fog, UV400. Ridge "
     "goggles $90.30 with POWDER30 until 1/31."),
    ("rw1", "social", "Rated 4.3 by 1,126 rowers 🚣 Oarsway R4: 16 magnetic levels, folds upright. $479.20 with ROW20, "
     "free shipping."),
    ("bb1", "social", "Plop. Fizz. Exhale. 💜 Lavender & oat bath bombs, vegan, hand-pressed in Asheville. 6 for $23.80 "
     "with SOAK15."),
    ("sk1", "social", "Goggle check 🎿 Matte black Ridge, helmet compatible, 4.6 stars from 874 skiers. 30% off with "
     "POWDER30."),
    ("bb1", "social", "A Valentine's gift that fizzes 💝 Six Saltbloom bath bombs, $23.80 with SOAK15 until Feb 14."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("pw1", "push", "Throwline pottery wheel now $398.65 with SPIN15.", "warn", "style", "one_line_push"),
    ("sk1", "push", "Ridge ski goggles, 30% off through Jan 31.", "warn", "style", "one_line_push"),
    ("bb1", "push", "Bath bombs 6-pack, $23.80 with code SOAK15.", "warn", "style", "one_line_push"),
    ("rw1", "email_body", "R4 rower: $479.20.", "warn", "style", "short_body"),
    ("yb1", "email_body", "Cork blocks, $25.50 with BLOCK25.", "warn", "style", "short_body"),
    ("sk1", "email_body", "Ridge goggles now $90.30.", "warn", "style", "short_body"),
    ("pw1", "email_body", "The Throwline wheel has a reversible 1/2 HP motor and a 10 in aluminum wheel head. Until "
     "April 30 it's $398.65 with SPIN15, and shipping is free", "warn", "style", "no_final_punctuation"),
    ("bb1", "email_body", "Our lavender and oat bath bombs are hand-pressed in Asheville with colloidal oatmeal and shea "
     "butter. Six are $23.80 with SOAK15 through February 14", "warn", "style", "no_final_punctuation"),
    ("rw1", "email_body", "The Oarsway R4 folds upright and has 16 magnetic resistance levels. With ROW20 it's $479.20 "
     "until March 15, delivered free", "warn", "style", "no_final_punctuation"),
    ("yb1", "email_subject", "The one thing missing from your yoga practice", "warn", "style", "teaser_subject"),
    ("rw1", "email_subject", "We need to talk about your cardio 👀", "warn", "style", "teaser_subject"),
    ("pw1", "email_subject", "Something big is spinning this week...", "warn", "style", "teaser_subject"),
    ("sk1", "email_subject", "Ridge goggles $90.30 with POWDER30 #skiseason", "warn", "style", "hashtag_in_email"),
    ("bb1", "email_body", "Six lavender and oat bath bombs, vegan and hand-pressed in Asheville. $23.80 with SOAK15 "
     "until February 14. #selfcare #bathtime", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("pw1", "email_subject", "Throwline pottery wheel, now $389.65 shipped free", "block", "truth", "wrong_price"),
    ("bb1", "sms", "Saltbloom: 6 lavender bath bombs only $21.80 w/ SOAK15 til 2/14. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("rw1", "email_body", "The Oarsway R4 was $649.00. With ROW20 you pay $479.20 until March 15, and shipping is "
     "free.", "block", "truth", "wrong_was_price"),
    ("sk1", "social", "Reg. $149, now $90.30 ❄️ Ridge photochromic goggles with POWDER30.", "block", "truth",
     "wrong_was_price"),
    ("yb1", "push", "35% off cork blocks\nNow $25.50 (was $34.00) with BLOCK25.", "block", "truth",
     "discount_price_mismatch"),
    ("pw1", "email_body", "Save 20% on the Throwline Studio Pottery Wheel: $398.65 instead of $469.00 with SPIN15, "
     "through April 30, shipped free.", "block", "truth", "discount_price_mismatch"),
    ("bb1", "email_subject", "20% off lavender & oat bath bombs until Feb 14", "block", "truth", "wrong_discount"),
    ("rw1", "social", "Oarsway R4 rower, 25% off with ROW20 🚣 Free shipping until March 15.", "block", "truth",
     "wrong_discount"),
    ("sk1", "sms", "Coldcrest: POWDER30 ends 1/21! Ridge goggles $90.30. Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("yb1", "email_subject", "Cork block offer ends May 15: $25.50 with BLOCK25", "block", "truth", "wrong_date"),
    ("pw1", "social", "No rush 🏺 SPIN15 takes 15% off the Throwline wheel all spring, right through Memorial Day.",
     "block", "truth", "deadline_after_end"),
    ("bb1", "email_body", "Bath bombs for the long end of winter: six lavender and oat bombs for $23.80 with SOAK15, "
     "valid through the end of March.", "block", "truth", "deadline_after_end"),
    ("sk1", "push", "Crafted in Japan\nColdcrest Ridge goggles with photochromic lens, $90.30.", "block", "truth",
     "invented_origin"),
    ("rw1", "email_subject", "Built in Michigan: the Oarsway R4 rower, $479.20", "block", "truth", "invented_origin"),
    ("yb1", "social", "Recycled EVA foam, light as air 🧘 Poselight blocks, 2 for $25.50 with BLOCK25.", "block",
     "truth", "invented_material"),
    ("pw1", "sms", "Throwline: pottery wheel w/ cast-iron wheel head $398.65 w/ SPIN15, free ship til 4/30. Reply STOP "
     "to opt out", "block", "truth", "invented_material"),
    ("rw1", "push", "Bluetooth + app coaching\nOarsway R4 rower, $479.20 with ROW20.", "block", "truth",
     "invented_attribute"),
    ("bb1", "email_body", "Drop one in and watch the water turn violet under a thick layer of bubbles. Six lavender and "
     "oat bath bombs, $23.80 with SOAK15 through February 14.", "block", "truth", "invented_attribute"),
    ("sk1", "email_body", "Winner of the 2026 Backcountry Gear Award for goggles, the Coldcrest Ridge has a "
     "photochromic double lens and an anti-fog coating. $90.30 with POWDER30 until January 31.", "block", "truth",
     "invented_award"),
    ("yb1", "email_body", "Yogis rate Poselight cork blocks 4.9 out of 5. Get the 2-pack for $25.50 with BLOCK25 by "
     "June 15, plus a free cotton strap.", "block", "truth", "rating_not_in_record"),
    ("yb1", "push", "★★★★★ from 600+ yogis\nCork blocks $25.50 with BLOCK25.", "block", "truth",
     "rating_not_in_record"),
    ("bb1", "social", "4.6 stars from 2,304 bath lovers 💜 Saltbloom lavender & oat, 6 for $23.80.", "block", "truth",
     "wrong_rating"),
    ("rw1", "email_subject", "20 resistance levels, one folding rower: $479.20", "block", "truth", "wrong_spec"),
    ("pw1", "push", "3/4 HP under your clay\nThrowline wheel $398.65 with SPIN15.", "block", "truth", "wrong_spec"),
    ("sk1", "email_subject", "Ridge goggles, $90.30 and free shipping with POWDER30", "block", "truth",
     "free_shipping_not_offered"),
    ("rw1", "sms", "Oarsway: R4 rower $479.20 w/ ROW20 + FREE floor mat, ships free til 3/15. Reply STOP to opt out",
     "block", "truth", "gift_not_offered"),
    ("bb1", "push", "Almost sold out\nOnly 4 packs of lavender bath bombs left at $23.80.", "block", "truth",
     "stock_claim"),
    ("yb1", "sms", "Poselight: cork blocks 2-pack $25.50 with code YOGA25 + free strap til 6/15. Reply STOP to opt out",
     "block", "truth", "wrong_code"),
    ("pw1", "email_subject", "A Shimpo-style wheel for less: Throwline at $398.65", "block", "truth", "other_brand"),
    ("sk1", "social", "Goggles + matching helmet bundle ❄️ Coldcrest Ridge set, $90.30 with POWDER30.", "block", "truth",
     "invented_kind"),
    ("rw1", "email_body", "Oarsway R4 magnetic rowing machine: 16 levels, LCD monitor, folds upright. Yours for £479.20 "
     "with ROW20 until March 15, shipped free.", "block", "truth", "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("bb1", "email_body", "Lavender and colloidal oatmeal calm eczema flare-ups and help you fall asleep faster. Six "
     "Saltbloom bath bombs, $23.80 with SOAK15.", "block", "law", "medical_claim"),
    ("rw1", "social", "Row 20 minutes a day and lower your blood pressure 🚣 Oarsway R4, $479.20 with ROW20.", "block",
     "law", "medical_claim"),
    ("yb1", "email_subject", "Cork blocks that relieve sciatica and back pain", "block", "law", "medical_claim"),
    ("sk1", "push", "Clearest view on the mountain\nThe world's best goggles, $90.30.", "block", "law",
     "absolute_claim"),
    ("pw1", "email_body", "The Throwline is the most reliable pottery wheel on the market, period. 1/2 HP, 10 in head, "
     "$398.65 with SPIN15.", "block", "law", "absolute_claim"),
    ("rw1", "email_subject", "Guaranteed never to break: the Oarsway R4, $479.20", "block", "law", "guarantee_claim"),
    ("sk1", "sms", "Coldcrest: Ridge goggles guaranteed 100% fog-free in any weather, $90.30 w/ POWDER30. Reply STOP "
     "to opt out", "block", "law", "guarantee_claim"),
    ("yb1", "social", "3,200 sets sold since Monday 🔥 Cork blocks, $25.50 with BLOCK25.", "block", "law",
     "fake_transaction"),
    ("pw1", "sms", "Throwline: Studio Pottery Wheel $398.65 with SPIN15, free shipping, ends 4/30. throwlinepottery.com",
     "block", "law", "missing_opt_out"),
    ("bb1", "sms", "Saltbloom: 15% off lavender & oat bath bombs w/ SOAK15 til Feb 14 💜", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("rw1", "email_body", "Hi Denise, your R4 will ship to 2290 Alder Court, Boise ID 83702 once you confirm. Your "
     "saved card ending 8821 gets ROW20 applied: $479.20.", "block", "safety", "pii"),
    ("sk1", "email_subject", "Kyle, your goggles are waiting (kyle.brandt82@gmail.com)", "block", "safety", "pii"),
    ("pw1", "social", "Still throwing lumpy, pathetic bowls? Quit being a loser and get a real wheel 🏺 $398.65 with "
     "SPIN15.", "block", "safety", "toxicity"),
    ("yb1", "email_body", "Yoga blocks for people too fat to touch their toes. Poselight cork pair, $25.50 with BLOCK25 "
     "until June 15.", "block", "safety", "toxicity"),
    ("bb1", "push", "Sure! Here's a push notification:\nLavender bath bombs, $23.80 with SOAK15.", "block", "safety",
     "prompt_echo"),
    ("rw1", "sms", "Oarsway: Here is your SMS under 160 characters: R4 rower $479.20 w/ ROW20. Reply STOP to opt out",
     "block", "safety", "prompt_echo"),
    ("yb1", "push", "{{product_name}} is back\n{{discount}} off with BLOCK25.", "block", "safety", "template_leak"),
    ("sk1", "email_body", "Hi <FIRST_NAME>, the Coldcrest Ridge goggles are $90.30 with POWDER30 until January 31. "
     "<INSERT LIFESTYLE IMAGE>", "block", "safety", "template_leak"),
    ("pw1", "push", "Wheel sale\nGrab it at throwline-outlet.net before 4/30.", "block", "safety", "link_not_allowed"),
    ("bb1", "social", "Treat yourself 💜 Saltbloom bath bombs at tinyurl.com/saltsoak15, $23.80.", "block", "safety",
     "link_not_allowed"),
    ("rw1", "email_subject", "Оarsway R4 rower: $479.20 with RОW20", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("bb1", "email_subject", "Saltbloom Lavender & Oat Bath Bombs, 6 Pack: hand-pressed in Asheville with colloidal "
     "oatmeal, shea butter and lavender essential oil, vegan, 4.8 stars from 2,304 reviews, now $23.80 with SOAK15 "
     "until February 14", "block", "form", "too_long"),
    ("rw1", "push", "Row at home\nThe Oarsway Magnetic Rowing Machine R4 has 16 levels of magnetic resistance, an LCD "
     "that tracks time, distance, strokes and calories, a 300 lb user limit and a frame that folds upright, and right "
     "now it's $479.20 with ROW20 plus free shipping until March 15.", "block", "form", "too_long"),
    ("pw1", "email_body", "The Throwline Studio Pottery Wheel pairs a 1/2 HP motor with a 10 in aluminum wheel head and "
     "a foot pedal for 0 to 300 rpm. Until April 30, code SPIN15 takes it to $398.65 with free", "block", "form",
     "truncated"),
    ("yb1", "social", "Solid cork under your palms 🧘 Poselight 2-pack, 9 x 6 x 4 in, now $25.50 with BLO", "block",
     "form", "truncated"),
    ("sk1", "email_body", "## Coldcrest Ridge Goggles\n\n* Photochromic double lens\n* Anti-fog coating\n* UV400\n\n"
     "**$90.30** with `POWDER30` until January 31.", "block", "form", "markdown"),
    ("rw1", "email_body", "Oarsway R4 â€“ 16 levels of magnetic resistance, folds upright. Now $479.20 with ROW20 â€“ "
     "free shipping until March 15.", "block", "form", "garbled_text"),
    ("bb1", "push", "Bath night\nLavender &amp; oat bath bombs, 6 for $23.80 with SOAK15 ï¿½ï¿½", "block", "form",
     "garbled_text"),
    ("sk1", "social", "Lunettes de ski photochromiques ❄️ Ridge, 90,30 $ avec POWDER30 jusqu'au 31 janvier.", "block",
     "form", "wrong_language"),
    ("pw1", "email_subject", "Pottery wheel pottery wheel pottery wheel sale: $398.65", "block", "form", "repetition"),
    ("yb1", "email_body", "Cork blocks for your practice. Cork blocks for your practice. Cork blocks for your practice. "
     "$25.50 with BLOCK25 until June 15.", "block", "form", "repetition"),
]
