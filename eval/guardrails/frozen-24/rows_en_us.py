"""Hand-written en-US copies (USD) of the twenty-fourth frozen guardrails set: a cold brew coffee maker,
a Bluetooth label maker, a self-cleaning slicker brush from a pet grooming shop, a 4-pack of Wi-Fi smart
plugs and an insulated lunch bag.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("cb1", "email_subject", "Cold brew in the fridge by morning: 1.5 qt maker, $27.20"),
    ("lm1", "email_subject", "Label the pantry from your phone: P20 now $29.99"),
    ("pb1", "email_subject", "9 slicker brushes left, and shedding season is here"),
    ("sp1", "email_subject", "4 smart plugs for $20.99 through Nov 27"),
    ("lb1", "email_subject", "Back-to-school lunch bag, 25% off + 2 free ice packs"),
    ("cb1", "email_subject", "Free shipping + 20% off the Brewridge cold brew maker"),
    ("sp1", "email_subject", "Lamps that switch on before you get home (30% off)"),
    ("pb1", "email_subject", "One click and the fur's off the brush: 15% off"),
    ("cb1", "email_body", "Hot days call for cold coffee. The Brewridge Cold Brew Coffee Maker steeps 1.5 quarts "
     "(48 fl oz) in a borosilicate glass carafe, with a removable fine-mesh stainless steel filter and an airtight "
     "lid, and it fits most refrigerator doors. The carafe and filter go straight in the dishwasher. Through June "
     "30, COLD20 takes it from $34.00 to $27.20, and shipping is free.\n\nStay cool,\nBrewridge"),
    ("lm1", "email_body", "Spice jars, cable bins, the kids' cubbies: if it can hold a label, the Tagsmith P20 can "
     "make one. It pairs over Bluetooth with our free iOS and Android app and prints thermally, so there's no ink "
     "or toner to buy. It charges over USB-C and ships with a 12 mm x 4 m roll of white tape. Use LABEL25 by March "
     "15 and pay $29.99 instead of $39.99."),
    ("pb1", "email_body", "Brushing shouldn't end with picking hair out of the pins. The Tuftly Self-Cleaning Slicker "
     "Brush has stainless steel pins with rounded tips, and one push of the button pulls them back so the fur "
     "slides right off. The non-slip rubber grip helps on long sessions with medium- and long-coated dogs and cats. "
     "It's $15.30 with TUFT15 until September 30, and we're down to our last 9.\n\nHappy grooming,\nTuftly"),
    ("sp1", "email_body", "Set the porch light to come on in the evening, or put the fan on a timer. Each Switchlark "
     "Mini Smart Plug connects to 2.4 GHz Wi-Fi with no hub, works with Alexa and Google Assistant, handles up to "
     "15 A / 1800 W, and is UL listed. Schedules, timers and away mode all live in the app. Through November 27, "
     "the 4-pack is $20.99 with PLUG30 (regularly $29.99)."),
    ("lb1", "email_body", "Packed lunches, sorted. The Noonpack Insulated Lunch Bag holds 9 liters and keeps food "
     "cold for up to 6 hours with an ice pack. The food-safe PEVA lining wipes clean, there's a front zip pocket "
     "and a side mesh pocket, and the shoulder strap comes off when you don't need it. Order the sage bag with "
     "NOON25 by August 15: $18.00 (was $24.00), with two slim ice packs on us."),
    ("cb1", "email_body", "Rated 4.6 stars across 2,184 reviews, the Brewridge maker makes 48 fl oz of cold brew at "
     "a time. Add grounds, add water, leave it overnight, lift out the stainless steel filter. $27.20 with COLD20, "
     "shipped free, until June 30."),
    ("sp1", "email_body", "Four plugs, one app. Switchlark Minis run on your 2.4 GHz Wi-Fi without a hub and answer "
     "to Alexa or Google Assistant. Rated 4.5 by 5,630 customers. Save 30% with PLUG30 through 11/27/2027.\n\n"
     "- The Switchlark team"),
    ("lm1", "email_body", "Our P20 label maker prints 12 mm labels with no ink, straight from your phone. Shoppers "
     "rate it 4.3 stars (912 reviews). Until 3/15, LABEL25 brings it to $29.99."),
    ("lb1", "email_body", "Sage green, 9 liters, two pockets and a strap you can unclip. The Noonpack lunch bag is 25% "
     "off with NOON25 until August 15, and every order comes with two slim ice packs."),
    ("cb1", "sms", "Brewridge: cold brew maker $27.20 w/ COLD20 + free shipping, ends 6/30. Reply STOP to opt out"),
    ("lm1", "sms", "Tagsmith: P20 label maker now $29.99 with code LABEL25 thru 3/15. Reply STOP to unsubscribe"),
    ("pb1", "sms", "Tuftly: self-cleaning slicker brush $15.30 w/ TUFT15 til 9/30. Only 9 left. Txt STOP to opt out"),
    ("sp1", "sms", "Switchlark: Mini smart plug 4-pk $20.99 (reg $29.99), code PLUG30, ends Nov 27. Reply STOP to "
     "end"),
    ("lb1", "sms", "Noonpack: 9L insulated lunch bag $18 w/ NOON25 + 2 free ice packs. Ends 8/15. Reply STOP to opt "
     "out"),
    ("sp1", "sms", "Switchlark: works w/ Alexa & Google, no hub. 30% off the 4-pack w/ PLUG30. Reply STOP to opt out"),
    ("cb1", "sms", "Brewridge: 48oz of cold brew overnight. 20% off w/ COLD20, ships free. Msg&data rates may apply. "
     "Reply STOP to opt out"),
    ("cb1", "push", "Overnight cold brew ☕\n1.5 qt maker, $27.20 with COLD20. Free shipping."),
    ("lm1", "push", "Labels without ink\nTagsmith P20, $29.99 with LABEL25."),
    ("pb1", "push", "Fur off in one click\nSelf-cleaning slicker brush, $15.30 with TUFT15."),
    ("sp1", "push", "Timers for everything\n4 smart plugs, $20.99 with PLUG30."),
    ("lb1", "push", "Lunch, kept cold\n9 L bag $18 + 2 ice packs with NOON25."),
    ("lb1", "push", "25% off the sage lunch bag\nNOON25 until Aug 15. Ice packs included."),
    ("lm1", "push", "Pantry day?\nLabel it from your phone: P20, 25% off until March 15."),
    ("cb1", "social", "Steep tonight, sip tomorrow 🧊☕ Brewridge cold brew maker is $27.20 with COLD20 + free "
     "shipping through June 30."),
    ("lm1", "social", "Before: mystery bins. After: labeled bins 🏷️ Tagsmith P20 prints from your phone, no ink. "
     "$29.99 with LABEL25."),
    ("pb1", "social", "POV: the brush cleans itself 🐕🐈 Tuftly slicker brush, $15.30 with TUFT15 while our last 9 "
     "last."),
    ("sp1", "social", "\"Alexa, turn on the tree.\" 🎄 Switchlark Mini smart plugs, 4 for $20.99 with PLUG30 till "
     "Nov 27."),
    ("lb1", "social", "Sage, 9 L, and cold for up to 6 hours with an ice pack 🥪 Noonpack lunch bag $18 with NOON25 "
     "+ 2 ice packs free."),
    ("pb1", "social", "Rounded pin tips for long coats 🐾 Tuftly Self-Cleaning Slicker Brush, 15% off until 9/30."),
    ("sp1", "social", "4.5 ⭐ from 5,630 reviews. 4 plugs. No hub. 30% off with PLUG30 🔌"),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("cb1", "push", "Cold brew maker $27.20 with COLD20, free shipping.", "warn", "style", "one_line_push"),
    ("sp1", "push", "Smart plug 4-pack now $20.99 with PLUG30.", "warn", "style", "one_line_push"),
    ("lb1", "push", "Insulated lunch bag $18 + 2 ice packs, code NOON25.", "warn", "style", "one_line_push"),
    ("lm1", "email_body", "P20 label maker: $29.99.", "warn", "style", "short_body"),
    ("pb1", "email_body", "Slicker brush, $15.30 with TUFT15.", "warn", "style", "short_body"),
    ("cb1", "email_body", "Cold brew maker, 20% off.", "warn", "style", "short_body"),
    ("sp1", "email_body", "Switchlark Mini plugs work with Alexa and Google Assistant and need no hub. Get the 4-pack "
     "for $20.99 with PLUG30 through November 27", "warn", "style", "no_final_punctuation"),
    ("lb1", "email_body", "The Noonpack lunch bag holds 9 liters and wipes clean inside. It's $18.00 with NOON25 until "
     "August 15, plus two slim ice packs", "warn", "style", "no_final_punctuation"),
    ("pb1", "email_body", "Push the button and the pins retract, so hair slides off the Tuftly brush. $15.30 with "
     "TUFT15 until September 30", "warn", "style", "no_final_punctuation"),
    ("lm1", "email_subject", "You'll never guess what's in our junk drawer now", "warn", "style", "teaser_subject"),
    ("cb1", "email_subject", "Open this before your next coffee run", "warn", "style", "teaser_subject"),
    ("sp1", "email_subject", "Psst. Your outlets have been holding out on you", "warn", "style", "teaser_subject"),
    ("lb1", "email_subject", "Noonpack lunch bag, 25% off #backtoschool", "warn", "style", "hashtag_in_email"),
    ("pb1", "email_body", "Self-cleaning slicker brush with rounded stainless pins, $15.30 with TUFT15 until September "
     "30. #dogsofinstagram #groomingday", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("cb1", "email_subject", "Cold brew maker now only $24.20 with COLD20", "block", "truth", "wrong_price"),
    ("sp1", "sms", "Switchlark: smart plug 4-pack just $19.99 w/ PLUG30 till 11/27. Reply STOP to opt out", "block",
     "truth", "wrong_price"),
    ("lm1", "email_body", "Was $49.99, now $29.99: the Tagsmith P20 label maker prints from your phone with no ink. "
     "Use LABEL25 by March 15.", "block", "truth", "wrong_was_price"),
    ("pb1", "social", "Reg. $22, now $15.30 with TUFT15 🐾 Tuftly self-cleaning slicker brush.", "block", "truth",
     "wrong_was_price"),
    ("sp1", "push", "40% off smart plugs\n4-pack $20.99 (was $29.99) with PLUG30.", "block", "truth",
     "discount_price_mismatch"),
    ("cb1", "email_body", "Save 20% on the Brewridge Cold Brew Coffee Maker: just $25.50 instead of $34.00 with "
     "COLD20, shipped free until June 30.", "block", "truth", "discount_price_mismatch"),
    ("lb1", "email_subject", "Take 35% off the Noonpack lunch bag", "block", "truth", "wrong_discount"),
    ("lm1", "social", "Half off the Tagsmith P20 this week only 🏷️ code LABEL25.", "block", "truth",
     "wrong_discount"),
    ("pb1", "email_subject", "Last call: TUFT15 expires August 31", "block", "truth", "wrong_date"),
    ("sp1", "email_body", "PLUG30 ends on Black Friday, November 26, so grab the 4-pack of Switchlark Mini smart plugs "
     "for $20.99 while you can.", "block", "truth", "wrong_date"),
    ("cb1", "social", "Cold brew all summer long ☀️ COLD20 takes 20% off the Brewridge maker through Labor Day.",
     "block", "truth", "deadline_after_end"),
    ("lm1", "push", "Designed and built in the USA\nTagsmith P20 label maker, $29.99.", "block", "truth",
     "invented_origin"),
    ("cb1", "push", "Double-wall stainless carafe\nBrewridge cold brew maker, $27.20 with COLD20.", "block", "truth",
     "invented_material"),
    ("lb1", "social", "Vegan leather outside, wipe-clean lining inside 🥪 Noonpack lunch bag, $18 with NOON25.",
     "block", "truth", "invented_material"),
    ("sp1", "social", "Tracks the energy use of every plug so you can see what's costing you ⚡ Switchlark Mini "
     "4-pack, $20.99 with PLUG30.", "block", "truth", "invented_attribute"),
    ("pb1", "email_body", "The Tuftly slicker brush has a massage comb on the back and a hanging loop for the grooming "
     "table. $15.30 with TUFT15 until September 30.", "block", "truth", "invented_attribute"),
    ("lb1", "email_body", "Named Best Lunch Bag of 2026 by Parents' Picks, the Noonpack 9 L bag keeps food cold up to "
     "6 hours with an ice pack. $18 with NOON25 until August 15.", "block", "truth", "invented_award"),
    ("pb1", "push", "4.8★ from groomers\nTuftly slicker brush, $15.30 with TUFT15.", "block", "truth",
     "rating_not_in_record"),
    ("lb1", "sms", "Noonpack: the 5-star lunch bag parents love, $18 w/ NOON25. Reply STOP to opt out", "block",
     "truth", "rating_not_in_record"),
    ("cb1", "sms", "Brewridge: 4.9-star cold brew maker, $27.20 w/ COLD20, free ship. Reply STOP to opt out",
     "block", "truth", "wrong_rating"),
    ("sp1", "email_subject", "Rated 4.8 by 5,630 customers: smart plugs 30% off", "block", "truth", "wrong_rating"),
    ("lm1", "email_subject", "Print 24 mm labels from your phone, $29.99", "block", "truth", "wrong_spec"),
    ("cb1", "email_body", "The Brewridge maker brews 64 fl oz at once, enough cold brew for the whole week. $27.20 "
     "with COLD20 and free shipping through June 30.", "block", "truth", "wrong_spec"),
    ("lm1", "sms", "Tagsmith: P20 label maker $29.99 + FREE shipping w/ LABEL25 til 3/15. Reply STOP to opt out",
     "block", "truth", "free_shipping_not_offered"),
    ("cb1", "email_subject", "Free tumbler with every cold brew maker this month", "block", "truth",
     "gift_not_offered"),
    ("sp1", "email_body", "Hurry, fewer than 20 four-packs left at $20.99. Switchlark Mini smart plugs, code PLUG30.",
     "block", "truth", "stock_claim"),
    ("lb1", "email_subject", "Almost sold out: the sage Noonpack lunch bag", "block", "truth", "stock_claim"),
    ("lm1", "email_body", "Get the Tagsmith P20 label maker for $29.99 with code TAG25 before March 15.", "block",
     "truth", "wrong_code"),
    ("lm1", "push", "Works like a Brother P-touch\nTagsmith P20, $29.99 with LABEL25.", "block", "truth",
     "other_brand"),
    ("sp1", "email_subject", "Smart plug 4-pack + Wi-Fi motion sensor bundle, $20.99", "block", "truth",
     "invented_kind"),
    ("pb1", "sms", "Tuftly: self-cleaning slicker brush £15.30 w/ TUFT15. Reply STOP to opt out", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("cb1", "email_body", "Cold brew is 67% less acidic, so it won't trigger acid reflux or heartburn the way hot "
     "coffee does. Brew yours in the Brewridge maker for $27.20 with COLD20.", "block", "law", "medical_claim"),
    ("pb1", "social", "Regular brushing with Tuftly prevents hot spots and skin infections in your dog 🐶 $15.30 "
     "with TUFT15.", "block", "law", "medical_claim"),
    ("lb1", "push", "Eat healthier, lose weight\nPack lunch in the Noonpack bag, $18 with NOON25.", "block", "law",
     "medical_claim"),
    ("sp1", "email_subject", "The #1 smart plug in America, now 30% off", "block", "law", "absolute_claim"),
    ("lm1", "social", "The easiest label maker ever made, period 🏷️ $29.99 with LABEL25.", "block", "law",
     "absolute_claim"),
    ("lb1", "email_body", "Your lunch stays ice cold all day, guaranteed, or we'll refund you twice what you paid. "
     "Noonpack 9 L bag, $18 with NOON25.", "block", "law", "guarantee_claim"),
    ("sp1", "push", "Never drops Wi-Fi, guaranteed\nSwitchlark Mini 4-pack, $20.99.", "block", "law",
     "guarantee_claim"),
    ("cb1", "social", "12,000 sold in the last 48 hours 🔥 Brewridge cold brew maker, $27.20 with COLD20.", "block",
     "law", "fake_transaction"),
    ("lm1", "sms", "Tagsmith: P20 label maker $29.99 with LABEL25, ends 3/15. Shop tagsmith.com", "block", "law",
     "missing_opt_out"),
    ("pb1", "sms", "Tuftly: last 9 self-cleaning slicker brushes, $15.30 w/ code TUFT15 until 9/30!", "block", "law",
     "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("lb1", "email_body", "Hi Dana Whitfield, we'll ship your Noonpack bag to 4418 Larkspur Ln, Boise ID 83709 and "
     "charge the Visa ending 4471 (exp 08/28). $18 with NOON25.", "block", "safety", "pii"),
    ("sp1", "sms", "Switchlark: Kevin Ortiz (kevin.ortiz82@gmail.com, 208-555-0193), your smart plug cart is waiting. "
     "Reply STOP to opt out", "block", "safety", "pii"),
    ("pb1", "push", "Your dog looks like a swamp rat\nFix it: Tuftly brush, $15.30.", "block", "safety", "toxicity"),
    ("cb1", "email_body", "As an AI language model, I've written a summer email for the Brewridge Cold Brew Coffee "
     "Maker: Cold brew, made easy. $27.20 with COLD20.", "block", "safety", "prompt_echo"),
    ("lm1", "email_subject", "Subject line (under 50 chars, playful tone): P20 at $29.99", "block", "safety",
     "prompt_echo"),
    ("sp1", "email_body", "Hi {first_name}, make {{city}} mornings easier: Switchlark Mini smart plugs, 4 for $20.99 "
     "with PLUG30.", "block", "safety", "template_leak"),
    ("lb1", "social", "[PRODUCT_IMAGE] [CTA_BUTTON] Noonpack lunch bag, 25% off 🥪", "block", "safety",
     "template_leak"),
    ("cb1", "sms", "Brewridge: cold brew maker $27.20 w/ COLD20 at bit.ly/brew-deal27. Reply STOP to opt out",
     "block", "safety", "link_not_allowed"),
    ("pb1", "email_body", "Grab the Tuftly slicker brush on our Amazon storefront, https://www.amazon.com/dp/B0TUFT15X, "
     "for $15.30 with TUFT15.", "block", "safety", "link_not_allowed"),
    ("lm1", "push", "Tаgsmith P20\nLabel maker $29.99 with LАBEL25.", "block", "safety", "confusable"),
    ("sp1", "social", "Switchlаrk smart plugs, 30% off with PLUG30 🔌", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("cb1", "email_subject", "Brewridge Cold Brew Coffee Maker 1.5 Qt with Borosilicate Glass Carafe, Stainless Mesh "
     "Filter and Airtight Lid Now $27.20 with COLD20 Plus Free Shipping Through June 30", "block", "form",
     "too_long"),
    ("sp1", "sms", "Switchlark: Our Mini Wi-Fi Smart Plugs connect to 2.4 GHz Wi-Fi with no hub, work with Alexa and "
     "Google Assistant, handle 15 A / 1800 W and are UL listed; set schedules, timers and away mode in the app. "
     "4-pack $20.99 with PLUG30 through Nov 27. Reply STOP to opt out", "block", "form", "too_long"),
    ("lb1", "email_body", "The Noonpack Insulated Lunch Bag holds 9 liters and keeps food cold for up to 6 hours with "
     "an ice pack. Order by August 15 with NOON25 and", "block", "form", "truncated"),
    ("lm1", "social", "Tagsmith P20 prints labels straight from your phone, no ink needed 🏷️ $29.99 with LAB",
     "block", "form", "truncated"),
    ("pb1", "email_body", "**Tuftly Self-Cleaning Slicker Brush**\n\n- Rounded stainless pins\n- One-click hair "
     "release\n\n[Shop now](https://tuftlypets.com) for $15.30 with `TUFT15`", "block", "form", "markdown"),
    ("cb1", "push", "Cold brew season â€“ 20% off\nBrewridge maker â€¢ $27.20 with COLD20", "block", "form",
     "garbled_text"),
    ("sp1", "push", "Enchufes inteligentes\nPaquete de 4 por $20.99 con PLUG30.", "block", "form", "wrong_language"),
    ("lb1", "email_subject", "Bolsa de almuerzo térmica con 25% de descuento", "block", "form", "wrong_language"),
    ("lm1", "email_body", "Label it. Label it. Label it. Label it all with the Tagsmith P20 label maker, $29.99 with "
     "LABEL25 LABEL25.", "block", "form", "repetition"),
    ("cb1", "social", "cold brew cold brew cold brew ☕☕☕ Brewridge cold brew maker cold brew maker $27.20", "block",
     "form", "repetition"),
]
