"""Channel formats: one table that prompting, generation and guardrails all read.

Limits come from common platform practice: email subjects are cut around 60 characters on mobile
clients (about 30 CJK characters); an SMS segment is 160 GSM-7 or 70 UCS-2 characters (153 / 67
when concatenated); iOS and Android show about 50 characters of a push title and 120 of its body
(about 20 / 50 CJK characters). A push copy is written as two lines: title, then body. A subject up
to a tenth over its limit (77 characters, 38 CJK) is still a subject that clients cut in display,
not a broken one; a longer one is copy written past the subject's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import CHANNELS, lang_of


@dataclass(frozen=True)
class ChannelSpec:
    name: str
    max_chars: int
    """Hard limit on the whole copy, in characters."""
    max_new_tokens: int
    """Generation budget; a little above what max_chars needs so the model can finish a sentence."""
    min_chars: int = 8
    lines: int = 1
    """Number of lines the copy has (push: title + body)."""
    title_max: int | None = None
    body_max: int | None = None
    max_sms_segments: int = 2
    opt_out: str | None = None
    """Text an SMS must carry (appended by the guardrails' repair when missing)."""
    needs_signature: bool = False
    """zh-CN SMS must carry a brand signature such as 【品牌】."""
    hashtags: bool = False
    """Hashtags belong to this channel (social posts); elsewhere they are noise the guardrails block."""
    display_cut_chars: int | None = None
    """Email subjects: the length up to which a subject past `max_chars` is only cut short in display
    (mail clients end a long subject with an ellipsis; the copy itself is whole). The guardrails warn
    between `max_chars` and this length (`subject_cut`) and block past it (`too_long`)."""
    description: str = ""


_SPECS: dict[tuple[str, str], ChannelSpec] = {
    ("email_subject", "en"): ChannelSpec("email_subject", 70, 28, min_chars=12, display_cut_chars=77,
                                         description="one subject line, at most 60-70 characters"),
    ("email_subject", "zh"): ChannelSpec("email_subject", 35, 32, min_chars=6, display_cut_chars=38,
                                         description="一行邮件标题，不超过30个字"),
    ("email_body", "en"): ChannelSpec("email_body", 700, 160, min_chars=80,
                                      description="a short email body of 2-4 sentences (40-110 words)"),
    ("email_body", "zh"): ChannelSpec("email_body", 300, 200, min_chars=40,
                                      description="2-4句的邮件正文，80-200字"),
    ("sms", "en"): ChannelSpec("sms", 306, 80, min_chars=30, opt_out="Reply STOP to opt out",
                               description="one SMS under 2 segments, ending with 'Reply STOP to opt out'"),
    ("sms", "zh"): ChannelSpec("sms", 134, 110, min_chars=15, opt_out="回T退订", needs_signature=True,
                               description="一条短信，以【品牌】开头，以“回T退订”结尾，不超过2条"),
    ("push", "en"): ChannelSpec("push", 172, 48, min_chars=20, lines=2, title_max=50, body_max=120,
                                description="two lines: a title (at most 50 characters) then a body (at most 120)"),
    ("push", "zh"): ChannelSpec("push", 72, 64, min_chars=10, lines=2, title_max=20, body_max=50,
                                description="两行：标题（不超过20字），正文（不超过50字）"),
    ("social", "en"): ChannelSpec("social", 280, 90, min_chars=40, hashtags=True,
                                  description="one social post up to 280 characters, at most 3 hashtags"),
    ("social", "zh"): ChannelSpec("social", 140, 150, min_chars=20, hashtags=True,
                                  description="一条社交媒体帖子，不超过140字，最多3个话题标签"),
}


def channel_spec(channel: str, locale: str) -> ChannelSpec:
    """The format rules for `channel` in `locale` ('en-US', 'zh-CN', ...)."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
    lang = lang_of(locale)
    return _SPECS.get((channel, lang)) or _SPECS[(channel, "en")]


def is_gsm7(text: str) -> bool:
    """True if every character is in the GSM 03.38 basic set or its extension table."""
    return all(ch in _GSM7 for ch in text)


def sms_segments(text: str) -> int:
    """Number of SMS segments `text` needs (GSM-7: 160/153, else UCS-2: 70/67 per segment)."""
    if is_gsm7(text):
        n = sum(2 if ch in _GSM7_EXT else 1 for ch in text)
        single, multi = 160, 153
    else:
        n = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    if n <= single:
        return 1 if n else 0
    return -(-n // multi)


_GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXT = set("^{}\\[~]|€")
_GSM7 = set(_GSM7_BASIC) | _GSM7_EXT
