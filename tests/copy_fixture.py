"""A fake generator's copy that varies the way a model's candidates do: some state the offer, some
speak to the customer's interests, some repeat themselves, some run long. All of it is true to the
record (title, price and offer come from the prompt), so the guardrails pass it."""

import re

from promo_llm.feedback.simulator import INTEREST_WORDS


def varied_copy(prompt, i):
    text = prompt.text
    title = re.search(r"Product:\s*(.+)", text).group(1).strip()
    price = re.search(r"Price:\s*([^\s(]+)", text).group(1).strip()
    pct = re.search(r"Offer:\s*(\d+)% off", text)
    interests = re.search(r"interested in ([^;\n]+)", text)
    cats = [c.strip() for c in interests.group(1).split(",")] if interests else []
    word = next((INTEREST_WORDS[c][0] for c in cats if c in INTEREST_WORDS), "every")
    offer = f"{pct.group(1)}% off, " if pct else ""
    last = title.split()[-1]
    variants = [
        f"{title} for {price}. Take a look.",
        f"{title}: {offer}now {price}. Shop now.",
        f"{title} for {price}, made for {word} days.",
        f"{title} {last} {last} for {price} {last} {last}.",
        f"{title} for {price}. A fine choice for the season ahead, with the details you care about and more to see.",
        f"Grab the {title}: {offer}{price}, ready for {word}.",
    ]
    copy = variants[i % len(variants)]
    if "sms.j2" in prompt.template:
        copy += " Reply STOP to opt out"
    elif "push.j2" in prompt.template:
        copy = f"{title[:48]}\n{copy[:118]}" if len(copy) > 40 else copy
    return copy
