"""Channel format: what each channel accepts. Lengths and SMS segments, push title and body
lines, hashtags only where the channel has them, no Markdown or other markup (every channel is
plain text, so "**Product: ...**" would reach the customer as asterisks), a copy cut short
(unclosed brackets, a dangling word, a line that stops after an article and an adjective, "15%
off the Comfortable", an opt-out phrase cut off) and the email-subject repairs
(a fake "RE:" prefix dropped, a subject on several lines joined). Limits come from
`promo_llm.channels`. Copy in the locale's language is `language.py`'s check.
"""

from __future__ import annotations

import re

from ..channels import ChannelSpec, sms_segments
from ..facts import EN_STOP
from .context import Context, Hit
from .packs import RulePack, load_common
from .text import EN_TOKEN, HASHTAG_RE, UNITS, URL_RE, cjk_count, fold, wh_stranded
from .vocab import word_list, word_set

SIGNATURE_RE = re.compile(r"【[^【】]{1,20}】")
_END_PUNCT = set(".!?。！？…~～)）\"”’'」』】》")
_SEPARATORS = "-—–|:：·,，、/;；"
_EMOJI_RE = re.compile(r"[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+$")
# a hashtag or a link (with or without its scheme) ending the copy
# (Chinese copy writes a link right after its characters: 详情见https://...)
_TAIL_TAG_URL = re.compile(r"(?:\s#[^\s#]+#?|(?:^|(?<=\s)|(?<=[:：])|(?<=[\u3000-\u9fff\uff00-\uffef]))(?:"
                           + URL_RE.pattern + r")[.!]?)$", re.I)
_LOW_WORD = re.compile(r"[a-z][a-z'\-]*")
_NAME_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")
# an abbreviated month with no day at the end of a line: "20% off until Dec" (a full month name,
# "until December", is a complete date), or a day with no month: "20% off until 14"
_EN_DATE_CUT = re.compile(r"\b(?:until|till|by|through|thru|ends?|ending|before|on)\s+"
                          r"(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|\d{1,2}(?:st|nd|rd|th)?)$", re.I)
# a month's name cut inside its word after a day or 'until': "until 31 Ja" ("ends 1st Sept" is whole;
# `month_names`, less the abbreviations and `month_starts_whole` of packs/common.yaml)
_MONTH_STARTS = sorted({m[:k] for m in word_list("month_names") for k in range(2, len(m))}
                       - word_set("months") - word_set("month_starts_whole"), key=len, reverse=True)
_EN_MONTH_CUT = re.compile(r"(?:\b(?:until|till|through|thru)\s+|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)("
                           + "|".join(_MONTH_STARTS) + r")$", re.I)


def check_channel(ctx: Context) -> None:
    spec, text = ctx.spec, ctx.copy
    if spec.name == "sms":
        n = sms_segments(text)
        if n > spec.max_sms_segments:
            ctx.hit("sms_segments", (0, len(text)), f"{n} segments; at most {spec.max_sms_segments}")
    elif spec.display_cut_chars and spec.max_chars < len(text) <= spec.display_cut_chars:
        # a subject a little over its limit is cut short in display by the mail client, not broken
        ctx.hit("subject_cut", (spec.max_chars, len(text)),
                f"{len(text)} characters; clients show about {spec.max_chars}")
    elif len(text) > spec.max_chars:
        ctx.hit("too_long", (spec.max_chars, len(text)), f"{len(text)} characters; at most {spec.max_chars}")
    if spec.name == "push":
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if len(lines) == 1 and spec.body_max and len(lines[0]) > spec.body_max:
            # a push with no title is its body alone: the body's limit applies to it
            ctx.hit("push_body_length", (spec.body_max, len(text)), f"body {len(lines[0])} > {spec.body_max}")
        if len(lines) != 2 or text.count("\n") != 1:
            ctx.hit("push_format", None, f"{len(lines)} line(s); the house style is 'title\\nbody'")
        else:
            title, body = lines
            if spec.title_max and len(title) > spec.title_max:
                ctx.hit("push_title_length", (spec.title_max, len(title)), f"title {len(title)} > {spec.title_max}")
            if spec.body_max and len(body) > spec.body_max:
                s = len(title) + 1
                ctx.hit("push_body_length", (s + spec.body_max, len(text)), f"body {len(body)} > {spec.body_max}")
    elif spec.name == "email_subject" and "\n" in text.strip():
        ctx.hit("subject_one_line", (0, len(text)), "subject must be one line", severity="block")
    if spec.hashtags:
        tags = HASHTAG_RE.findall(text)
        limit = int(ctx.pack.rules["social_hashtags"].params.get("max_hashtags", 3))
        if len(tags) > limit:
            ctx.hit("social_hashtags", None, f"{len(tags)} hashtags; at most {limit}")
    elif "#" in text:
        for m in HASHTAG_RE.finditer(text):
            ctx.hit("channel_hashtags", m.span(), f"{m.group(0)!r} in {spec.name.replace('_', ' ')}")
            break
    if len(ctx.pre_append.strip()) < spec.min_chars:
        ctx.hit("too_short", None, f"{len(ctx.pre_append.strip())} characters; at least {spec.min_chars}")


def check_markdown(ctx: Context) -> None:
    """Markdown marks in a plain-text channel: bold/italic markers, headings, links, code, the
    pack's `markdown` patterns. One hit per copy is enough to block it."""
    rx = ctx.pack.rules["markdown"].pattern_regex
    m = rx.search(ctx.copy) if rx is not None else None
    if m:
        ctx.hit("markdown", m.span(), f"{m.group(0).strip()!r} in a plain-text {ctx.spec.name.replace('_', ' ')}")


def _cut_after_adjective(ctx: Context, line: str) -> str | None:
    """'15% off the Comfortable': a line whose last two words are a determiner and a word with an
    adjective's ending (the pack's `truncated` params), unless those words end the product title."""
    params = ctx.pack.rules["truncated"].params
    words = _LOW_WORD.findall(line.lower())
    if len(words) < 2 or words[-2] not in params.get("determiners", ()):
        return None
    last = words[-1]
    if (len(last) < 5 or not last.endswith(tuple(params.get("adjective_endings", ())))
            or last in params.get("not_adjectives", ())):
        return None
    title = " ".join(_LOW_WORD.findall(fold(ctx.brief.product.title)))
    if title.endswith(" ".join(words[-2:])) or title.endswith(last) and last not in title.split()[:-1]:
        return None
    return " ".join(words[-2:])


def _cut_line(ctx: Context, line: str, open_end: bool) -> str | None:
    """Why an English line looks cut off, or None: it stops after a determiner and an adjective
    ("15% off the Comfortable") or a word that needs its noun ("for the whole"), inside the
    product's name ("15% off the Hydraulic" for the Hydraulic Disc Brake Set), or on a verb that
    needs its object right after its subject, with no final punctuation ("and it fits", but "see
    how it fits" is complete)."""
    cut = _cut_after_adjective(ctx, line)
    if cut:
        return cut
    params = ctx.pack.rules["truncated"].params
    words = _LOW_WORD.findall(line.lower())
    if not words:
        return None
    cut = _needs_its_noun(line, ctx.pack)
    if cut:
        return cut
    cut = _cut_in_name(ctx, words, re.findall(r"[A-Za-z][A-Za-z'\-]*", line), params)
    if cut:
        return cut
    cut = _count_then_material(line) if open_end else None
    if cut:
        return cut
    if open_end and _cut_word(ctx, line):
        return _cut_word(ctx, line)
    if open_end and _cut_in_phrase(ctx, words):
        return " ".join(words[-2:])
    if open_end and _cut_inside_word(ctx, words):
        return " ".join(words[-2:])
    if (open_end and len(words) >= 2 and words[-1] in params.get("needs_object", ())
            and words[-2] in params.get("subjects", ())
            and (len(words) < 3 or words[-3] not in params.get("clause_openers", ()))):
        return " ".join(words[-2:])
    return None


# a material of the attribute lexicon (packs/common.yaml), one word: after a count it describes the
# noun counted ("6 steel hoops", "2 oak mallets"), so a line that stops on it lost that noun
_MATERIAL_WORDS = frozenset(
    str(a).lower() for aliases in ((load_common().get("attributes") or {}).get("material") or {}).values()
    for a in aliases if str(a).isascii() and str(a).isalpha())
_COUNT_MATERIAL = re.compile(r"(?<![\w.,/])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+([a-z]+)$")
# what a number after them sizes or names rather than counts ("size 3 oak", "No. 5 cotton")
_NOT_A_COUNT = re.compile(r"\b(?:size|sizes|no|number|nr|model|type|grade|gauge|mark|mk|version|level|tog|ply|pack|step|stage|"
                          r"year|years|age|ages|kids|of|x)\.?\s*$", re.I)


def _count_then_material(line: str) -> str | None:
    """An English line that stops after a count and a material ("4 mallets, 4 balls and 6 steel"):
    the material described the things counted, and their name was cut. A number that sizes or
    names ("size 3 oak") is no count."""
    m = _COUNT_MATERIAL.search(line.lower())
    if not m or m.group(1) not in _MATERIAL_WORDS or _NOT_A_COUNT.search(line[:m.start()]):
        return None
    return m.group(0)


_LAST_SHORT = re.compile(r"(?<![\w'’\-.])([a-z]{1,2})$")
_SHORT_WORDS = word_set("hashtag_short_words") | word_set("line_end_short_words")


def _cut_word(ctx: Context, line: str) -> str | None:
    """A line that stops inside its last word ('... a free size 8 round br'): a last word of one or
    two small letters that is no English word of that length (`hashtag_short_words` and
    `line_end_short_words` of `packs/common.yaml`), no unit and no word of the record."""
    m = _LAST_SHORT.search(line)
    if not m:
        return None
    w = m.group(1)
    if w in _SHORT_WORDS or w in UNITS or w in ctx.facts.words:
        return None
    return line[max(0, m.start() - 12):].strip()


_OFFER_PHRASES = word_list("offer_phrases")
_PHRASE_OPENERS = word_set("common_openers") | EN_STOP


def _cut_in_phrase(ctx: Context, words: list[str]) -> bool:
    """Does the line stop inside the last word of a phrase the offer or the record writes whole
    ('... free deliv' for "free delivery", '... Rioja Res' for "Rioja Reserva"): its last two
    words are a phrase's first word and the start (2+ letters short) of its next one?"""
    if len(words) < 2 or len(words[-1]) < 2:
        return False
    prev, last = words[-2], words[-1]
    if prev in _PHRASE_OPENERS:
        return False  # 'for the win' where the record says 'the window': a whole phrase of its own
    rx = re.compile(r"\b" + re.escape(prev) + r"\s+(" + re.escape(last) + r"[a-z]{2,})\b")
    return any(rx.search(text) for text in (*_OFFER_PHRASES, ctx.facts.text))


def _cut_inside_word(ctx: Context, words: list[str]) -> bool:
    """Does the line stop inside a longer word that the record, the offer or `offer_phrases` writes
    ('... plus a free silic' for a gift of a silicone spatula, '... and deliv' for free delivery),
    whatever the word before it: its last word, of three letters or more, is no word of the record
    and none English writes (below Zipf 2, where 'choc', 'approx' and 'incl' are), and starts a
    word of theirs at least two letters longer?"""
    from .quality import english_words

    last = words[-1] if words else ""
    if len(last) < 3 or last in ctx.facts.words or english_words().get(last, 0.0) >= 1e-7:
        return False
    rx = re.compile(r"\b" + re.escape(last) + r"[a-z]{2,}")
    return any(rx.search(text) for text in (*_OFFER_PHRASES, ctx.facts.text))


# a line that stops on the word 'code' where the code should follow ('... 20% off with the code')
_CODE_WORD_END = re.compile(r"(?i:\b(?:with|use|using|enter|apply|redeem)\s+(?:the\s+|our\s+|this\s+|my\s+)?"
                            r"(?:promo\s+|discount\s+|coupon\s+|voucher\s+|offer\s+)?code)$"
                            r"|(?:使用|用|输入|填写|填|凭)(?:优惠|折扣|优惠券|券|兑换)?码$")


def _code_missing(ctx: Context, core: str) -> str | None:
    """A copy that stops where the offer's code should follow ('... take 20% off with the code',
    输入优惠码) and writes the code nowhere: the code was cut off."""
    code = (ctx.brief.offer.code or "").lower()
    m = _CODE_WORD_END.search(core) if code and code not in ctx.low else None
    return m.group(0) if m else None


def _cut_code(ctx: Context, core: str) -> str | None:
    """A copy that stops inside the offer's code ('... with SCO' for SCOOT25, 码DUO for DUOROU20): its
    last token, written in capitals, is the start of the code and not the code (nor a record word)."""
    code = (ctx.brief.offer.code or "").upper()
    m = _LAST_TOKEN.search(core) if code else None
    if not m:
        return None
    tok = m.group(1)
    if not (tok.isupper() and len(tok) < len(code) and code.startswith(tok)):
        return None
    if tok.lower() not in ctx.facts.words:
        return tok
    # a record word ('Drill Bits') in capitals the record does not write, where a code goes: 'with BITS'
    if tok not in ctx.facts.caps and _CODE_BEFORE.search(core, 0, m.start()):
        return tok
    return None


_CODE_BEFORE = re.compile(r"(?i:\b(?:with|code|use|using|enter|w/)\s*:?\s*|码\s*[:：]?\s*)$")


_LAST_TOKEN = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z0-9\-]{2,})$")
_ZH_GIFT_CUT = re.compile(r"(?:送|赠|赠送|加送|再送|附送|附赠|还送)([\u4e00-\u9fff]{1,3})$")
# a gift's count and a note in brackets at the end of its name (蒸笼一个, 咸鸭蛋4枚, 虾皮一袋（20克）): the measure
# words of `zh_count_measure_words` (packs/common.yaml) and the few it leaves out
_ZH_COUNT_TAIL = re.compile(r"(?:[一二两三四五六七八九十\d]+(?:" + "|".join(sorted(word_set("zh_count_measure_words")
                            | set("件把片台块"))) + r"))?\s*(?:[（(][^（()）]*[)）]\s*)?$")


def _cut_gift(ctx: Context, core: str) -> str | None:
    """A Chinese copy that stops inside the offer's gift (送蒸 for a gift of 蒸笼一个): what follows the
    gift verb at its end is the start of the gift's name, not the name, nor a word of the title. The
    name is the gift less its count (送咸鸭蛋 for 咸鸭蛋4枚 names the whole gift)."""
    gift = _ZH_COUNT_TAIL.sub("", fold(ctx.brief.offer.gift or "").strip())
    m = _ZH_GIFT_CUT.search(core) if gift else None
    if not m:
        return None
    obj = m.group(1)
    if len(obj) < len(gift) and gift.startswith(obj) and obj not in fold(ctx.brief.product.title):
        return m.group(0)
    return None


def _pronoun_object(pack: RulePack, words: list[str], func_words: tuple | list) -> bool:
    """A demonstrative that ends a line as the object of a verb ("We think you'll love this",
    "Don't miss this"), not as a determiner whose noun was cut ("20% off this", "and this")."""
    params = pack.rules["truncated"].params
    return (len(words) >= 2 and words[-1] in params.get("pronouns", ()) and words[-2] not in func_words
            and words[-2] not in params.get("prepositions", ()))


def _stranded(pack: RulePack, words: list[str]) -> bool:
    """A preposition left at the end of an infinitive that describes an indefinite pronoun, its
    object the pronoun itself ("Something to measure up to", "someone to share it with"), or of a
    clause its wh-word opens ("Guess what your garden's been waiting for", `wh_stranded`): whole."""
    params = pack.rules["truncated"].params
    heads = params.get("stranded_after", ())
    tail = words[-7:-1]
    for i, w in enumerate(tail[:-2]):
        if w in heads and tail[i + 1] == "to" and words[-1] in params.get("stranded_prepositions", ()):
            return True
    return wh_stranded(words, params)


def _cut_in_name(ctx: Context, words: list[str], written: list[str], params: dict) -> str | None:
    """A line that ends on the first one or two words of the product's name (less its brand) right
    after a determiner: "15% off the Hydraulic" for the Hydraulic Disc Brake Set. The name's next
    word must be a word of its own (not a number or a describing word such as 'Set'), so the name
    was cut, and the words are written as a name, with capitals ("for your beard" is the beard,
    not a cut "Beard Oil"). "…from Assam" ends on a place (no determiner), and a short name written
    after the brand ("the Kestrel Run Tempo 3", "Lumenex Halo") is how people shorten a name."""
    p = ctx.brief.product
    brand = _NAME_TOKEN.findall(fold(p.brand or ""))
    title = _NAME_TOKEN.findall(fold(p.title))
    if brand and title[:len(brand)] == brand:
        title = title[len(brand):]
    skip = set(params.get("name_modifiers", ()))
    leads = set(params.get("determiners", ()))
    for k in range(min(len(title) - 1, len(words) - 1, 2), 0, -1):
        nxt = title[k]
        if (words[-k:] == title[:k] and words[-k - 1] in leads and nxt not in skip and len(nxt) > 2
                and nxt.isalpha() and all(w[:1].isupper() for w in written[-k:])):
            return " ".join(words[-k - 1:])
    return None


def _strip_tail(ctx: Context, text: str) -> tuple[str, str | None]:
    """The copy without opt-out text, signatures, trailing hashtags, links and emoji, and what
    stood right after what is left: 'link' (a link or hashtag, which completes a line such as
    'See it at' or 'Shop now:'), 'other' (emoji, opt-out text, a signature) or None. A copy that
    ends on any of them ends on purpose, not without its final punctuation."""
    opt = ctx.compiled["opt_out"]
    t = opt.sub(" ", text) if opt else text
    t = SIGNATURE_RE.sub(" ", t)
    tail = "other" if t != text else None
    while True:
        before = t
        t = t.rstrip()
        t = _EMOJI_RE.sub("", t)
        if t != before.rstrip():
            tail = "other"
        linked = _TAIL_TAG_URL.sub("", t)
        if linked != t:
            t, tail = linked, "link"
        if tail or t != before.rstrip():
            t = t.rstrip().rstrip(_SEPARATORS).rstrip()
        if t == before:
            return t, tail


def open_mark(core: str) -> str | None:
    """Why a line cannot end after `core` whatever its words: an unclosed bracket or quote, or a
    separator or opening bracket as its last character ("Lunch Bag Red:", "Welcome back,")."""
    for o, c in (("(", ")"), ("（", "）"), ("“", "”"), ("「", "」"), ("【", "】"), ("[", "]")):
        if core.count(o) > core.count(c):
            return f"unclosed {o!r}"
    if core[-1] in _SEPARATORS or core[-1] in "(（“「【[":
        return f"ends with {core[-1]!r}"
    return None


def dangling_word(core: str, pack: RulePack, lang: str) -> str | None:
    """Why a line cannot end after `core` on its last word: a word a finished line rarely ends on
    (the pack's `truncated` terms: "... is", "... and the"), unless it is a demonstrative that is
    the object of the verb before it ("you'll love this"); in English, a month with no day ("20%
    off until Dec") or a day with no month ("until 14"), a month's name cut inside its word ("until
    31 Ja"), or an infinitive that needs its object with none after it ("use ROLL20 to get")."""
    func_words = pack.rules["truncated"].terms
    params = pack.rules["truncated"].params
    if lang != "en":
        ends = [w for w in func_words if core.endswith(w)  # (what a code gets ends after it: 码YUZU20立减)
                and not (w in params.get("code_results", ()) and _ZH_CODE_THEN.search(core))]
        if (core[-1] not in _END_PUNCT and ends  # (a measure word after a number ends its phrase: 仅剩7把, 一对)
                and not (len(core) >= 2 and core[-1] in params.get("measure_words", ()) and core[-2] in _ZH_DIGITS)):
            return f"ends with {max(ends, key=len)!r}"
        # '，到手' at the end: the price a new clause opened with 到手 ("yours for") is missing
        for w in params.get("price_clause_words", ()):
            if core.endswith(w) and len(core) > len(w) and core[-len(w) - 1] in "，,、；;：:":
                return f"ends with {w!r} and no price"
            # '，到' of 到手, '，券' of 券后: the price word itself cut after its first character
            if len(core) > 2 and core[-1] == w[0] and core[-2] in "，,、；;：:" and w[0] not in _END_PUNCT:
                return f"ends with {core[-1]!r}, the start of {w!r}, and no price"
            # the same right after a code (用ZONG15到, 码AIR20到手): what the code gets is cut
            m = _ZH_CODE_THEN.search(core)
            if m and (m.group(1) == w or m.group(1) == w[0]) and w[0] not in _END_PUNCT:
                return f"ends with {m.group(1)!r} after the code {m.group(0)[:-len(m.group(1))]!r} and no price"
        # a code then a word that opens what it gets (输入AIR20即可, 用码ZONG15可享), with no final
        # punctuation and no price or discount anywhere in the copy: what the code gets was cut
        m = _ZH_CODE_THEN.search(core)
        if (m and core[-1] not in _END_PUNCT and m.group(1) in params.get("result_openers", ())
                and not _ZH_PRICE_OR_DISCOUNT.search(core)):
            return f"ends with {m.group(1)!r} after the code, and no price or discount"
        # 每盒, 每袋: a price per unit with no price after it
        units = pack.rules["truncated"].params.get("per_unit_words", ())
        if len(core) >= 2 and core[-2] == "每" and core[-1] in units:
            return f"ends with {core[-2:]!r} and no price"
        cut = _zh_cut_phrase(core, params)
        if cut:
            return cut
        # a clause of time ("收纳后", "下单之后") opens a sentence whose main clause is missing;
        # words that end in 后 and stand alone (最后, 售后, 今后) are not such clauses
        params = pack.rules["truncated"].params
        if (len(core) >= 2 and core[-1] == "后" and core[-2] not in params.get("hou_words", ())
                and core[-2] not in _END_PUNCT):
            return f"ends with {core[-2:]!r} (a clause of time with no main clause)"
        return None
    words = EN_TOKEN.findall(core.lower().replace("’", "'"))  # "we’ll" read as "we'll"
    if (words and words[-1] in func_words and core[-1].isalpha()
            and not _pronoun_object(pack, words, func_words) and not _stranded(pack, words)
            and not (words[-1] in params.get("after_amount", ()) and _AMOUNT_BEFORE.search(core[:-len(words[-1])]))):
        # (a distributive after an amount or count ends its phrase: "now £16.50 each", "two each")
        return f"ends with {words[-1]!r}"
    after = (pack.rules["truncated"].params.get("needs_complement_after") or {})
    if (len(words) >= 2 and core[-1].isalpha() and words[-1] in after
            and words[-2] in after[words[-1]]):  # "it comes in", "available in": in what?
        return f"ends with {' '.join(words[-2:])!r}"
    dangling = _EN_DATE_CUT.search(core)
    if dangling:  # "20% off until Dec", "until 14": a date the line stopped writing
        return f"ends with a month and no day, or a day and no month: {dangling.group(0).strip()!r}"
    cut = _EN_MONTH_CUT.search(core)
    if cut and cut.group(1).lower() not in UNITS:  # "until 31 Ja"; "500 mA" is a unit
        return f"ends inside a month's name: {cut.group(0).strip()!r}"
    objs = params.get("needs_object_after_to", ())
    if (len(words) >= 2 and core[-1].isalpha() and words[-2] == "to" and words[-1] in objs
            and not (len(words) >= 3 and words[-3] in params.get("object_before_to", ()))
            and not any(w in params.get("stranded_after", ()) or w in ("what", "whatever", "which")
                        for w in words[-7:-2])):
        # "use ROLL20 to get": get what? ("something to get" has its object before it)
        return f"ends with {'to ' + words[-1]!r} and no object"
    return None


def _zh_cut_phrase(core: str, params: dict) -> str | None:
    """Why a Chinese line was cut inside a phrase: a last clause of one character that opens a word
    (，包 of 包邮; the pack's `lone_clause_words`), a date followed by the start of the word that
    goes with it (9月30日前有 of 有效; `after_date_words`), or a price after a price word with neither
    ¥ before it nor 元 after it (到手488.6; `bare_price_after`)."""
    if len(core) >= 2 and core[-2] in "，,、；;：:" and core[-1] in params.get("lone_clause_words", ()):
        return f"ends with a clause of one character: {core[-2:]!r}"
    starts = sorted({w[:k] for w in params.get("after_date_words", ()) for k in range(1, len(w))}, key=len, reverse=True)
    if starts:
        m = re.search(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:之前|以前|前|止)?(" +
                      "|".join(map(re.escape, starts)) + r")$", core)
        if m:
            return f"ends with a date and {m.group(1)!r}, the start of the word after it"
    words = params.get("bare_price_after", ())
    if words:
        m = re.search(r"(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) +
                      r")[:：]?\s*(\d+(?:\.\d+)?)$", core)
        if m:
            return f"ends with a price and no 元: {m.group(0)!r}"
    return None


# a code (letters, then digits) and one or two Chinese characters after it at the end of a line
_ZH_CODE_THEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}\d+[A-Za-z\d]*\s*([\u4e00-\u9fff]{1,2})$")
_ZH_PRICE_OR_DISCOUNT = re.compile(r"\d\s*(?:元|块|折|%|％)|[¥￥]\s*\d|(?:减|省|立减|直降)\s*\d")
_ZH_DIGITS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千几")
_AMOUNT_BEFORE = re.compile(r"(?:\d[\d.,]*[a-z%]{0,2}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"a\s+(?:dozen|pair|pound|quid|buck)))\s+$", re.I)


def _needs_its_noun(core: str, pack: RulePack) -> str | None:
    """An English line that stops after a determiner and a word that needs its noun ("for the
    whole"), as `_cut_line` reads it."""
    params = pack.rules["truncated"].params
    words = _LOW_WORD.findall(core.lower().rstrip(" .!?"))
    if len(words) >= 2 and words[-2] in params.get("determiners", ()) and words[-1] in params.get("needs_noun", ()):
        return " ".join(words[-2:])
    # an adjective that needs its noun after the word that introduces it: "..., with free"
    after = (params.get("needs_noun_after") or {}).get(words[-1]) if words else None
    if after and len(words) >= 2 and words[-2] in after:
        return " ".join(words[-2:])
    return None


def line_may_end(line: str, pack: RulePack, lang: str) -> bool:
    """Whether copy may end after `line` (its last line so far) as far as `check_truncated` can
    tell without the product record: no open bracket or trailing separator (`open_mark`), no
    dangling word (`dangling_word`), no determiner before a word that needs its noun. The decoding
    engine ends a row only where this holds (`Prompt.may_end`), so it does not write the copy this
    rule then blocks; the record's own cuts (inside the product's name) are still checked here."""
    core = line.strip()
    if not core:
        return True
    if open_mark(core) or dangling_word(core, pack, lang):
        return False
    return lang != "en" or _needs_its_noun(core, pack) is None


def _cut_opt_out(phrase: str, tail: str) -> str | None:
    """The start of the opt-out `phrase` that `tail` ends on, where the copy was cut inside it: after
    three words or more ('Reply STOP to'), inside a word after the first ('Reply STO'), or, for a
    phrase written without spaces, between two Chinese characters of it ('回T退' of 回T退订; '退订回T'
    ends on the whole of another form)."""
    spaced = " " in phrase
    for k in range(len(phrase) - 1, 1, -1):
        start = phrase[:k]
        if not tail.endswith(start) or (spaced and tail[-k - 1:-k].isalnum()):
            continue
        if not spaced:
            if cjk_count(phrase[k - 1:k + 1]) == 2:
                return start
            continue
        words = start.split()
        inside = phrase[k].isalnum() and phrase[k - 1].isalnum()
        if (inside and len(words) >= 2) or (not inside and phrase[k] == " " and len(words) >= 3):
            return start
    return None


def _opt_out_opened(phrase: str, tail: str) -> str | None:
    """The opt-out's first word (first character, for a phrase written without spaces) standing alone
    after the copy's last sentence with nothing after it: '... 3月21日止。回', '... ends 5/31. Reply'."""
    first = phrase.split()[0] if " " in phrase else phrase[0]
    rest = tail[:-len(first)].rstrip()
    return first if tail.endswith(first) and rest[-1:] in _END_PUNCT | {",", "，", ";", "；"} else None


def check_truncated(ctx: Context) -> None:
    spec = ctx.spec
    text = ctx.copy
    if spec.opt_out:  # "... Reply STOP to opt", "Reply STO", "回T退": the opt-out phrase itself was cut
        # (an SMS whose opt-out was cut gets one appended: the cut is at the end of the copy before)
        before = fold(ctx.pre_append) if ctx.pre_append.strip() else ctx.low
        cut = _cut_opt_out(spec.opt_out.lower(), before.rstrip(" .!")) or _opt_out_opened(spec.opt_out.lower(),
                                                                                         before.rstrip())
        if cut:
            ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), f"opt-out phrase cut short: {cut!r}")
            return
    if ctx.pre_append.strip():
        text = ctx.pre_append  # an SMS whose opt-out the repair appended ends where it was cut: 'free deliv'
    if spec.name == "push":
        text = text.split("\n")[-1]
    core, tail = _strip_tail(ctx, text)
    if not core:
        return
    why = open_mark(core)
    if why:
        ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), why)
        return
    cut = _cut_code(ctx, core.rstrip(" .!?。！？"))
    if cut:
        ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), f"ends inside the offer's code: {cut!r}")
        return
    cut = _code_missing(ctx, core.rstrip(" .!?。！？"))
    if cut:
        ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), f"ends on {cut!r} with no code")
        return
    cut = _cut_gift(ctx, core.rstrip(" .!?。！？")) if ctx.lang == "zh" else None
    if cut:
        ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), f"ends inside the offer's gift: {cut!r}")
        return
    if ctx.lang == "en":
        for line in [*text.split("\n")[:-1], core]:
            body = _strip_tail(ctx, line)[0]
            cut = _cut_line(ctx, body.rstrip(" .!?"), open_end=body[-1:].isalpha())
            if cut:
                ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), f"a line stops after {cut!r}")
                return
    why = dangling_word(core, ctx.pack, ctx.lang) if tail != "link" else None
    if why:
        ctx.hit("truncated", (len(ctx.copy) - 1, len(ctx.copy)), why)
        return
    if spec.name == "email_body" and not tail and core[-1] not in _END_PUNCT:
        # house style, not a cut: the line is complete (the checks above found no dangling word)
        ctx.hit("final_punctuation", (len(ctx.copy) - 1, len(ctx.copy)), f"ends with {core[-12:]!r}")


def repair_subject(text: str, pack: RulePack, spec: ChannelSpec, hits: list[Hit]) -> str:
    """An email subject: drop a fake reply or forward prefix ('RE:', '回复：') and join a subject
    written on several lines, where the pack repairs them and the result fits."""
    if spec.name != "email_subject":
        return text
    fake = pack.rules["subject_fake_reply"].regex
    m = fake.match(fold(text)) if fake else None
    if m:
        if pack.rules["subject_fake_reply"].severity == "repair":
            hits.append(Hit("subject_fake_reply", m.span(), f"removed {text[:m.end()].strip()!r}", "repair"))
            text = text[m.end():]
        else:
            hits.append(Hit("subject_fake_reply", m.span(), repr(text[:m.end()]), pack.rules["subject_fake_reply"].severity))
    if "\n" in text.strip():
        joined = re.sub(r"\s*\n+\s*", " ", text.strip())
        if pack.rules["subject_one_line"].severity == "repair" and len(joined) <= spec.max_chars:
            hits.append(Hit("subject_one_line", None, "joined the lines into one", "repair"))
            text = joined
        else:
            hits.append(Hit("subject_one_line", None, "subject must be one line", "block"))
            text = joined  # report the other checks on one line; the block stays
    return text
