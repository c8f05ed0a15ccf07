"""Hand-written en-GB copies (GBP) of the twenty-fourth frozen guardrails set: a beech embroidery hoop
set from a haberdasher, a Sheffield-made bread knife, a waterproof dog raincoat, a rosemary and mint hand
cream, and a cream enamel flower jug from the Online Retail export (a record with only the attributes its
description gives).
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies -------------------------------------------------------------------------------------
    ("eh1", "email_subject", "Five beech hoops for £10: from 10 cm to 20 cm"),
    ("kn1", "email_subject", "Sheffield-made bread knife, £38.25 and delivered free"),
    ("dc1", "email_subject", "Raincoat weather for dogs: 25% off, with a poo bag holder"),
    ("hc1", "email_subject", "Rosemary & mint hand cream, 10% off this January"),
    ("jg1", "email_subject", "A cream enamel jug with flowers, £4.76 with JUG20"),
    ("eh1", "email_subject", "Only 8 hoop sets left at £10.00"),
    ("dc1", "email_subject", "Mustard raincoat, size M: £21 until 28 February"),
    ("kn1", "email_subject", "For the crusty loaf: 15% off the Kerfield bread knife"),
    ("eh1", "email_body", "New project on the go? The Threadmere Embroidery Hoop Set gives you five beech hoops, at "
     "10, 13, 15, 18 and 20 cm, each with a brass tension screw to keep the fabric taut. With STITCH20 the set is "
     "£10.00 instead of £12.50 until 30 April. We have 8 sets left.\n\nHappy stitching,\nThreadmere"),
    ("kn1", "email_body", "A good bread knife saves the loaf. Ours has a 20 cm serrated stainless steel blade and a "
     "triple-riveted black POM handle, and it's made in Sheffield. Customers rate it 4.8 out of 5 across 603 "
     "reviews. Until 31 October, SLICE15 brings it to £38.25 from £45.00, delivered free. Please wash it by hand."
     "\n\nKerfield"),
    ("dc1", "email_body", "Wet walks are better in a coat. The Puddlehound Waterproof Dog Raincoat is waterproof "
     "polyester with taped seams and a mesh lining, fastened with an adjustable hook-and-loop belly strap. "
     "Reflective trim helps on dark evenings and there's an opening for the harness. Size M fits a 40 cm back "
     "length. Use DRIZZLE25 by 28 February to pay £21.00 rather than £28.00, and we'll add a matching poo bag "
     "holder."),
    ("hc1", "email_body", "Cold weather is hard on hands. Fernhallow Hand Cream blends shea butter and glycerin with "
     "rosemary and spearmint oils for dry hands. It's vegan, and it's blended and filled in Cornwall. The 75 ml "
     "size is £12.60 with HANDS10 until 31 January.\n\nWarmly,\nFernhallow"),
    ("jg1", "email_body", "A little jug for milk, gravy or a handful of garden flowers. Our Enamel Flower Jug in "
     "cream is £4.76 with JUG20 until 31 May (usually £5.95)."),
    ("kn1", "email_body", "A serrated 20 cm blade for crusty loaves and a riveted handle to hold it by. The Kerfield "
     "bread knife is £38.25 with SLICE15 until 31 October, delivered free."),
    ("dc1", "email_body", "Rated 4.5 by 318 owners, the mustard Puddlehound raincoat keeps the drizzle out with taped "
     "seams and adds reflective trim for the dark school run. £21.00 with DRIZZLE25, plus a free matching poo bag "
     "holder, until 28 February."),
    ("hc1", "email_body", "Shea butter, glycerin and a little rosemary and spearmint. That's our hand cream for dry "
     "hands, vegan and blended in Cornwall. 10% off with HANDS10 until 31 January, so 75 ml is £12.60."),
    ("eh1", "email_body", "Beech hoops in five sizes, 10 to 20 cm, with brass screws. £10.00 with STITCH20 until 30 "
     "April.\n\nThreadmere"),
    ("kn1", "sms", "Kerfield: Sheffield-made bread knife £38.25 with SLICE15, free delivery, ends 31/10. Reply STOP to "
     "opt out"),
    ("dc1", "sms", "Puddlehound: dog raincoat £21 + free poo bag holder w/ DRIZZLE25 til 28 Feb. Reply STOP to opt "
     "out"),
    ("hc1", "sms", "Fernhallow: rosemary & mint hand cream 75ml £12.60 with HANDS10 to 31/01. Text STOP to opt out"),
    ("jg1", "sms", "Tolland Home: cream enamel flower jug £4.76 with JUG20 until 31 May. Reply STOP to unsubscribe"),
    ("eh1", "sms", "Threadmere: 5 beech embroidery hoops £10 w/ STITCH20, just 8 sets left. Reply STOP to opt out"),
    ("dc1", "sms", "Puddlehound: reflective, waterproof, harness hole. Mustard coat M £21 w/ DRIZZLE25. STOP to opt "
     "out"),
    ("kn1", "sms", "Kerfield: 20cm serrated bread knife, 15% off w/ SLICE15, delivered free. Reply STOP to stop texts"),
    ("eh1", "push", "Five hoops, one set\nBeech embroidery hoops, £10.00 with STITCH20."),
    ("kn1", "push", "Crust, meet blade\nKerfield bread knife, £38.25 with SLICE15, free delivery."),
    ("dc1", "push", "Puddle season 🐕\nWaterproof dog raincoat, £21 with DRIZZLE25."),
    ("hc1", "push", "Dry hands?\nRosemary & mint hand cream, £12.60 with HANDS10."),
    ("jg1", "push", "Pour a little colour\nCream enamel flower jug, £4.76 with JUG20."),
    ("hc1", "push", "Vegan hand cream\nShea butter & spearmint, 10% off until 31 Jan."),
    ("jg1", "push", "20% off the flower jug\n£4.76 with JUG20 until 31 May."),
    ("eh1", "social", "A hoop for every size of project 🧵 10, 13, 15, 18 & 20 cm beech hoops, £10 with STITCH20."),
    ("kn1", "social", "Made in Sheffield 🍞 Our 20 cm serrated bread knife, £38.25 with SLICE15 + free delivery."),
    ("dc1", "social", "Walkies in the wet? Sorted 🌧️🐶 Mustard raincoat with reflective trim, £21 + a free poo bag "
     "holder."),
    ("hc1", "social", "Cornish-blended hand cream for dry hands 🌿 Rosemary & mint, £12.60 with HANDS10."),
    ("jg1", "social", "Flowers on the jug, flowers in the jug 🌼 Cream enamel jug, £4.76 with JUG20."),
    ("dc1", "social", "Rated 4.5 by 318 dog owners ⭐ Puddlehound raincoat £21 with DRIZZLE25 until 28 Feb."),
    ("kn1", "social", "4.8 stars from 603 reviews 🥖 Kerfield bread knife, 15% off till 31 October."),
    # ---- warnings (style) ---------------------------------------------------------------------------------
    ("kn1", "push", "Kerfield bread knife now £38.25 with SLICE15.", "warn", "style", "one_line_push"),
    ("eh1", "push", "Beech hoop set £10 with STITCH20, 8 left.", "warn", "style", "one_line_push"),
    ("jg1", "push", "Enamel flower jug £4.76 until 31 May.", "warn", "style", "one_line_push"),
    ("hc1", "email_body", "Hand cream, £12.60.", "warn", "style", "short_body"),
    ("dc1", "email_body", "Dog raincoat £21 with DRIZZLE25.", "warn", "style", "short_body"),
    ("jg1", "email_body", "Cream jug: £4.76.", "warn", "style", "short_body"),
    ("kn1", "email_body", "Our 20 cm serrated bread knife is made in Sheffield and rated 4.8 by 603 customers. It's "
     "£38.25 with SLICE15 until 31 October, delivered free", "warn", "style", "no_final_punctuation"),
    ("eh1", "email_body", "Five beech embroidery hoops from 10 to 20 cm, each with a brass tension screw. STITCH20 "
     "makes the set £10.00 until 30 April", "warn", "style", "no_final_punctuation"),
    ("hc1", "email_body", "Fernhallow hand cream has shea butter, glycerin, rosemary and spearmint for dry hands. It's "
     "£12.60 with HANDS10 until the end of January", "warn", "style", "no_final_punctuation"),
    ("dc1", "email_subject", "Your dog has a question for you", "warn", "style", "teaser_subject"),
    ("hc1", "email_subject", "Read this before you do the washing-up", "warn", "style", "teaser_subject"),
    ("jg1", "email_subject", "Guess what's on our kitchen shelf", "warn", "style", "teaser_subject"),
    ("dc1", "email_body", "Taped seams, reflective trim and a harness opening. Mustard dog raincoat £21.00 with "
     "DRIZZLE25, with a free poo bag holder. #rainydaywalks #dogsofuk", "warn", "style", "hashtag_in_email"),
    ("eh1", "email_subject", "Beech hoop set £10 #embroidery", "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth ------------------------------------------------------------------------------------
    ("kn1", "email_subject", "Kerfield bread knife, now £36.25 delivered", "block", "truth", "wrong_price"),
    ("jg1", "push", "Flower jug deal\nCream enamel jug, £4.50 with JUG20.", "block", "truth", "wrong_price"),
    ("hc1", "sms", "Fernhallow: hand cream £11.60 with HANDS10 until 31/01. Reply STOP to opt out", "block", "truth",
     "wrong_price"),
    ("dc1", "email_body", "Was £35, now just £21: the Puddlehound mustard raincoat with DRIZZLE25 until 28 February, "
     "poo bag holder included.", "block", "truth", "wrong_was_price"),
    ("eh1", "social", "RRP £15, yours for £10 🧵 Beech embroidery hoop set with STITCH20.", "block", "truth",
     "wrong_was_price"),
    ("kn1", "push", "20% off today\nBread knife £38.25 (was £45) with SLICE15.", "block", "truth",
     "discount_price_mismatch"),
    ("jg1", "email_body", "Save 25% on our Enamel Flower Jug in cream: £4.76 instead of £5.95 with JUG20 until 31 "
     "May.", "block", "truth", "discount_price_mismatch"),
    ("hc1", "email_subject", "15% off Fernhallow hand cream until 31 January", "block", "truth", "wrong_discount"),
    ("dc1", "social", "A third off dog raincoats this week 🌧️ code DRIZZLE25.", "block", "truth", "wrong_discount"),
    ("eh1", "email_body", "STITCH20 runs until 31 March, so there's time to plan your spring projects: five beech "
     "hoops for £10.00.", "block", "truth", "wrong_date"),
    ("jg1", "sms", "Tolland Home: flower jug £4.76 w/ JUG20, last day 15 May! Reply STOP to opt out", "block", "truth",
     "wrong_date"),
    ("hc1", "social", "Keep hands soft right through to spring 🌿 HANDS10 runs until the end of March.", "block",
     "truth", "deadline_after_end"),
    ("jg1", "email_subject", "Hand-painted in Portugal: our cream flower jug, £4.76", "block", "truth",
     "invented_origin"),
    ("dc1", "push", "Designed in Yorkshire\nWaterproof dog raincoat, £21 with DRIZZLE25.", "block", "truth",
     "invented_origin"),
    ("eh1", "email_subject", "Solid bamboo embroidery hoops, 5 sizes, £10", "block", "truth", "invented_material"),
    ("kn1", "email_body", "With a high-carbon Damascus steel blade and an olive wood handle, the Kerfield bread knife "
     "is £38.25 with SLICE15, delivered free.", "block", "truth", "invented_material"),
    ("hc1", "email_body", "Our hand cream now comes with SPF 15, so your hands are protected on winter walks. "
     "Rosemary & mint, 75 ml, £12.60 with HANDS10.", "block", "truth", "invented_attribute"),
    ("dc1", "email_subject", "Dog raincoat with a detachable fleece hood, £21", "block", "truth",
     "invented_attribute"),
    ("kn1", "social", "Winner of the 2026 Good Housekeeping Kitchen Award 🏆 Kerfield bread knife, £38.25 with "
     "SLICE15.", "block", "truth", "invented_award"),
    ("hc1", "push", "Loved by 2,000+ reviewers ★★★★★\nFernhallow hand cream, £12.60 with HANDS10.", "block", "truth",
     "rating_not_in_record"),
    ("jg1", "social", "Our 5-star jug 🌼 Cream enamel flower jug, £4.76 with JUG20.", "block", "truth",
     "rating_not_in_record"),
    ("dc1", "sms", "Puddlehound: our 4.9★ dog raincoat £21 w/ DRIZZLE25. Reply STOP to opt out", "block", "truth",
     "wrong_rating"),
    ("eh1", "push", "Six sizes, 8 to 25 cm\nBeech hoop set, £10 with STITCH20.", "block", "truth", "wrong_spec"),
    ("kn1", "sms", "Kerfield: 25cm serrated bread knife £38.25 w/ SLICE15, free delivery. Reply STOP to opt out", "block",
     "truth", "wrong_spec"),
    ("hc1", "email_body", "Order Fernhallow Hand Cream with HANDS10 by 31 January: £12.60 for 75 ml, and postage is "
     "on us.", "block", "truth", "free_shipping_not_offered"),
    ("kn1", "email_subject", "Free wooden bread board with every Kerfield knife", "block", "truth", "gift_not_offered"),
    ("dc1", "social", "Nearly sold out in size M! 🐶 Grab the mustard raincoat for £21.", "block", "truth",
     "stock_claim"),
    ("eh1", "sms", "Threadmere: 5 beech hoops £10 with HOOP20 until 30/04. Reply STOP to opt out", "block", "truth",
     "wrong_code"),
    ("hc1", "email_body", "If you love Neal's Yard or L'Occitane, you'll love ours: Fernhallow rosemary & mint hand "
     "cream, £12.60 with HANDS10.", "block", "truth", "other_brand"),
    ("dc1", "email_body", "Every Puddlehound raincoat now comes as a set with matching waterproof boots for all four "
     "paws. £21.00 with DRIZZLE25.", "block", "truth", "invented_kind"),
    ("jg1", "email_body", "The cream enamel flower jug is €4.76 with JUG20 until 31 May.", "block", "truth",
     "wrong_currency"),
    # ---- blocks: law --------------------------------------------------------------------------------------
    ("hc1", "email_body", "Fernhallow hand cream heals cracked skin and clears eczema and dermatitis within days. "
     "£12.60 with HANDS10.", "block", "law", "medical_claim"),
    ("dc1", "social", "Keeps your dog dry and stops arthritis flaring up on cold walks 🐾 £21 with DRIZZLE25.",
     "block", "law", "medical_claim"),
    ("hc1", "push", "Soothes psoriasis flare-ups\nRosemary & mint hand cream, £12.60.", "block", "law",
     "medical_claim"),
    ("kn1", "email_subject", "Britain's sharpest bread knife, bar none", "block", "law", "absolute_claim"),
    ("eh1", "social", "The only embroidery hoops you will ever need 🧵 £10 with STITCH20.", "block", "law",
     "absolute_claim"),
    ("kn1", "email_body", "We guarantee this blade will never need sharpening, not in a lifetime of loaves. £38.25 "
     "with SLICE15, delivered free.", "block", "law", "guarantee_claim"),
    ("dc1", "push", "Bone-dry, guaranteed\nOr your money back twice over. £21 with DRIZZLE25.", "block", "law",
     "guarantee_claim"),
    ("jg1", "social", "Over 9,000 flower jugs sold since Monday 🌼 Get yours for £4.76.", "block", "law",
     "fake_transaction"),
    ("eh1", "sms", "Threadmere: beech embroidery hoop set, 5 sizes, £10 with STITCH20 until 30 April.", "block", "law",
     "missing_opt_out"),
    ("dc1", "sms", "Puddlehound: mustard dog raincoat £21 with DRIZZLE25 + free poo bag holder. Shop "
     "puddlehound.co.uk", "block", "law", "missing_opt_out"),
    # ---- blocks: safety -----------------------------------------------------------------------------------
    ("kn1", "email_body", "Dear Mrs Pemberton, your knife will go to 14 Ecclesall Road, Sheffield S11 8PR, and we'll "
     "ring you on 07700 900318 before delivery. £38.25 with SLICE15.", "block", "safety", "pii"),
    ("hc1", "sms", "Fernhallow: Priya Shah, DOB 12/03/1984, your saved card 4929 **** 0072 is ready for £12.60. Reply "
     "STOP to opt out", "block", "safety", "pii"),
    ("dc1", "email_subject", "Only lazy owners let their dogs get soaked", "block", "safety", "toxicity"),
    ("jg1", "push", "Ugly jugs are for ugly kitchens\nGet ours, £4.76.", "block", "safety", "toxicity"),
    ("eh1", "email_body", "Here's a friendly email for crafters, as requested (tone: cosy, 60 words): Our five-piece "
     "beech embroidery hoop set is £10.00 with STITCH20.", "block", "safety", "prompt_echo"),
    ("hc1", "social", "Write an Instagram caption for Fernhallow hand cream with 1 emoji: 🌿 Rosemary & mint, £12.60.",
     "block", "safety", "prompt_echo"),
    ("kn1", "sms", "Kerfield: Hi %FIRSTNAME%, bread knife £38.25 w/ SLICE15. Reply STOP to opt out", "block", "safety",
     "template_leak"),
    ("jg1", "email_body", "Dear [Customer Name], our Enamel Flower Jug in cream is now [SALE_PRICE] with JUG20.",
     "block", "safety", "template_leak"),
    ("dc1", "email_body", "Shop the raincoat on eBay at https://www.ebay.co.uk/itm/puddlehound-coat and use DRIZZLE25 "
     "for £21.00.", "block", "safety", "link_not_allowed"),
    ("eh1", "push", "Hoops on Etsy\netsy.com/shop/threadmere, £10 with STITCH20.", "block", "safety",
     "link_not_allowed"),
    ("hc1", "email_subject", "Fеrnhallow hand cream £12.60 with HАNDS10", "block", "safety", "confusable"),
    # ---- blocks: form -------------------------------------------------------------------------------------
    ("dc1", "email_subject", "Puddlehound Waterproof Dog Raincoat in Mustard, Size M, with Taped Seams, Mesh Lining, "
     "Reflective Trim and Harness Opening, Now £21.00 with DRIZZLE25 and a Free Poo Bag Holder", "block", "form",
     "too_long"),
    ("jg1", "push", "Enamel flower jug\nOur Enamel Flower Jug in cream is a lovely little jug for milk at breakfast, "
     "gravy at Sunday lunch or a bunch of daffodils on the windowsill, and until the end of May it is just £4.76 "
     "with JUG20.", "block", "form", "too_long"),
    ("kn1", "social", "Made in Sheffield, rated 4.8 by 603 customers 🍞 Kerfield bread knife, £38.25 with SLICE15 and "
     "free deliv", "block", "form", "truncated"),
    ("hc1", "email_body", "Our rosemary & mint hand cream is made for dry hands with shea butter and glycerin. Until "
     "31 January you can use HANDS10 to", "block", "form", "truncated"),
    ("eh1", "email_body", "### Threadmere Hoop Set\n\n| Size | Wood |\n|---|---|\n| 10-20 cm | Beech |\n\n**£10.00** "
     "with STITCH20", "block", "form", "markdown"),
    ("dc1", "sms", "Puddlehound: dog raincoat Â£21 w/ DRIZZLE25 â€” free poo bag holder. Reply STOP to opt out",
     "block", "form", "garbled_text"),
    ("kn1", "push", "Brotmesser aus Sheffield\nJetzt 38,25 £ mit SLICE15.", "block", "form", "wrong_language"),
    ("jg1", "social", "Pichet émaillé crème à fleurs 🌼 4,76 £ avec JUG20 jusqu'au 31 mai.", "block", "form",
     "wrong_language"),
    ("dc1", "social", "Rain rain rain rain coat coat 🌧️🌧️ dog raincoat dog raincoat £21 £21", "block", "form",
     "repetition"),
    ("eh1", "email_subject", "Hoops hoops hoops: hoop set hoop set £10", "block", "form", "repetition"),
]
