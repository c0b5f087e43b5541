"""Chinese companies named by a place, a brand and a trade (上海大金空调, 北京金山软件有限公司), read whole: jieba
often tags the brand, or the brand and the trade, a person's name (上海/大/金空调/nr, 北京/金山/nr/软件), which would
make a person of a piece of the company (金空调, 金山 with the role 上海)."""

from __future__ import annotations

from ...lexicon import quotes_zh as QZ
from .. import segmenter

__all__ = ["industry_word", "place_brand_trade"]

# Tags of the words of a brand between the place and the trade: no verb, preposition, conjunction, adverb, particle,
# pronoun, numeral nor time word (上海发布|科技 is no company's name).
_NOT_BRAND_TAGS = frozenset("v vd p c d u uj ul r m t f".split())
# How many characters a brand has at least (大金, 金山).
_BRAND = 2


def industry_word(word: str) -> bool:
    """Is ``word`` (tagged a name by jieba: 金空调) a brand and a trade, no person's name?"""
    return len(word) > 2 and word.endswith(QZ.ZH_INDUSTRY_NOUNS)


def place_brand_trade(seg: str) -> bool:
    """Is ``seg`` a company's name: a place, a brand of two characters or more and a trade (上海大金空调, 北京金山软件,
    each with 有限公司 or 集团 after it or not)?"""
    core = next((seg[: -len(k)] for k in QZ.ZH_COMPANY_KINDS if seg.endswith(k)), seg)
    trade = next((n for n in QZ.ZH_INDUSTRY_NOUNS if core.endswith(n)), "")
    toks = segmenter.tag(core) if trade else ()
    if len(toks) < 2 or toks[0].tag != "ns":
        return False
    brand = len(core) - len(toks[0].word) - len(trade)
    return brand >= _BRAND and not any(t.tag in _NOT_BRAND_TAGS for t in toks[1:-1])
