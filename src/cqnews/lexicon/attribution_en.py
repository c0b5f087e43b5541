"""English cue words of attributions that are not speech (see :class:`cqnews.models.Attribution`).

Each word form maps to its :class:`~cqnews.models.AttributionKind` value. Two families:

- :data:`HELD_CUES`: a holder stands before the verb ("Lee believes …", "the poll shows …"); the
  content is what follows the verb in its sentence;
- :data:`SEEMING_CUES`: nobody holds the view ("the plan seems to work", "she is expected to win",
  "he reportedly left"); the content is the clause around the cue and the source is None.

Forms are listed, not derived, so that a table reader sees exactly what matches.
"""

from __future__ import annotations

import re

from .alternation import trie_pattern
from .en import MONTH_NAMES, WEEKDAY_NAMES


def _forms(kind: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), kind)


HELD_CUES: dict[str, str] = {
    **_forms(
        "belief",
        "think thinks thought believe believes believed know knows knew feel feels felt doubt doubts doubted"
        " suspect suspects suspected assume assumes assumed expect expects expected consider considers"
        " considered fear fears feared worry worries worried realize realizes realized realise realises realised"
        " understand understands understood anticipate anticipates anticipated foresee foresees imagine imagines"
        " believing fearing worrying expecting doubting suspecting reckon reckons",
    ),
    **_forms(
        "intention",
        "want wants wanted hope hopes hoped hoping plan plans planned planning seek seeks sought seeking"
        " intend intends intended aim aims aimed wish wishes wished prefer prefers preferred decline declines"
        " declined refuse refuses refused decide decides decided refusing declining deciding intending aiming"
        " wishing preferring demanding demands longs yearns strives",
    ),
    **_forms(
        "stance",
        "support supports supported supporting oppose opposes opposed opposing endorse endorses endorsed"
        " endorsing backs backed backing favor favors favored favour favours favoured reject rejects rejected"
        " welcome welcomes welcomed praise praises praised defend defends defended attacked blasted slammed"
        " denounced dismissed mocked decried condemned assailed"
        " criticize criticizes criticized criticizing criticise criticises criticised criticising"
        " tout touts touted touting blasts blasting slams slamming mocks mocking dismisses dismissing attacking"
        " denounces denouncing decries decrying hailed hails hailing applauded applauds lauded lauds embraced"
        " embraces embracing championed champions championing derided derides ridiculed ridicules lambasted"
        " rebuked chided chiding disavowed repudiated welcoming praising defending rejecting favoring favouring"
        " questioned questioning challenged challenging",
    ),
    **_forms(
        "evidence",
        "show shows showed shown found finds indicate indicates indicated reveal reveals revealed cited citing"
        " suggest suggests",
    ),
    **_forms("belief", "see sees saw view views viewed"),
    **_forms("stance", "call calls called calling"),
    **_forms(
        "topic",
        "referring pointing pointed talking talked spoke speaking discussed discussing mentioned mentioning"
        " refers referred refer referenced referencing focused focuses focusing addressed addressing touched"
        " discuss discusses talks talk",
    ),
}

# A topic cue holds only with its particle ("referring to", "talked about"), else it is no cue.
PARTICLES = {
    **dict.fromkeys("referring pointing pointed".split(), ("to",)),
    **dict.fromkeys("talking talked spoke speaking talks talk".split(), ("about", "of")),
    **dict.fromkeys("refers referred refer".split(), ("to",)),
    **dict.fromkeys("focused focuses focusing touched".split(), ("on",)),
}

# "…, she said, referring to the audit": a participle after a comma is the sentence subject's.
PARTICIPLES = frozenset(
    "referring pointing talking speaking discussing mentioning citing calling referencing addressing focusing"
    " touting blasting slamming mocking dismissing attacking denouncing decrying hailing praising defending".split()
)

# "call" labels only with an object and what it is called ("called him divisive", "calls herself a
# socialist", "called the ruling “arbitrary”"): right after the cue, one of these object pronouns, or a
# quote mark within the content. Else it is another "call" ("called an emergency session", "a group
# called X", "called with an offer"). The label ends at a comma, or at "and" before another verb.
LABEL_CUES = frozenset("call calls called calling".split())
LABEL_OBJECTS = frozenset("him her it them himself herself itself themselves this".split())
LABEL_END_RE = re.compile(r",| and (?=[a-z]+(?:ed|s)\b)")


# These hold a view only with "as" after them ("she sees the deal as a trap"); else they are sight.
NEEDS_AS = frozenset("see sees saw view views viewed".split())

SEEMING_CUES: dict[str, str] = {
    **_forms("perception", "seem seems seemed appear appears appeared reportedly"),
}

# "is expected to", "are widely expected to", "was believed to": a passive view with nobody named.
PASSIVE_VIEW_RE = re.compile(
    r"\b(?:is|are|was|were|be|been)(?: (?:widely|generally|also|still|not|now))?"
    r" (expected|believed|thought|considered|seen|said) to\b",
    re.IGNORECASE,
)

CUE_RE = re.compile(r"\b(?:" + trie_pattern({*HELD_CUES, *SEEMING_CUES}) + r")\b", re.IGNORECASE)
"""Any cue form above, a whole word (one alternation with shared prefixes factored out)."""

# "Lee asked whether the bridge was safe", "Asked about the audit, she said …": what a question was
# about (a topic). The content is the question from its question word on, or the topic after "about", to
# the next comma; the asker is the subject before the cue, nobody for "Asked …", "when asked", "was asked".
# Up to six words may stand between the cue and the question, none a clause's or the question's own and no
# punctuation: when or where it was asked, by whom, and whom ("Asked on Monday whether …", "asked by a
# reporter why …", "asked the mayor about …").
_ASKED_GAP = r"(?:(?!(?:that|to|and|but|or|about|whether|if|what|who|how|why|where)\b)[\w’'.-]+ ){0,6}?"
ASKED_RE = re.compile(
    r"\b([Aa]sked|asks) (?:(?:specifically|directly|repeatedly|again|later) )?" + _ASKED_GAP
    + r"(?:about |(?=(?:whether|if|what|who|how|why|where)\b))"
)
ASKED_NO_HOLDER = frozenset("when once after if was were is are be been being".split())

# "In a Harbor Times poll released Monday, 40 percent backed Lee", "Lee leads in the polls": what a poll
# or survey found (evidence), its clause after the comma (a sentence opening "In …,") or before "in".
# The poll is up to eight words ending in its noun, then what says when or by whom it was taken.
POLL_RE = re.compile(
    r"\b([Ii]n) ((?:[\w’'./&-]+ ){0,8}?(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)"
    r"(?: (?:released|conducted|published|taken|out) [^,.;:()]{1,40}?| (?:by|from|of) (?:[A-Z][\w’'./&-]* ?)+)?)"
    r"(?=[,.;:]| —|$)"
)
# After its clause only a poll with an article and a name ("… in a CNN poll", "in the latest Gallup survey"):
# "plummeted in the polls", "a rival far behind him in the polls" tell a race, not a finding.
NAMED_POLL_RE = re.compile(r"(?:an?|the latest|the new|the most recent|the same) (?:[\w’'./&-]+ )*?[A-Z]")
# A clause before "in the polls" is what they found only when it has this many words ("Lee leads in …").
MIN_POLL_CLAUSE_WORDS = 2

# Words that may stand between a holder and its verb ("Lee has long supported", "they did not want"),
# contractions with a straight apostrophe (a curly one is read as straight).
AUXILIARIES = frozenset(
    "has have had does do did is are was were will would could should may might must can also still not never"
    " n't don't doesn't didn't won't wouldn't haven't hasn't hadn't isn't aren't wasn't weren't can't couldn't"
    " shouldn't long strongly openly publicly privately now already always"
    " reportedly clearly really apparently".split()
)

# "Lee began citing …", "they tried to defend …", "Lee instead decried …": verbs (besides past forms in -ed)
# and adverbs (besides those in -ly) between a holder and the cue, stepped over to find the holder.
VERBS_BEFORE_CUE = frozenset(
    "began begin begins continued continues went goes kept keeps tried tries seemed instead even then again"
    " later once first".split()
)

# A description read before a cue is a clause when a lower-case word after a name opens a predicate ("Lee
# devotes her speech to praising …", "Lee just starts talking about …"): besides auxiliaries, the verbs
# above, irregular past forms and words in -ed or -ly, these adverbs; a word in -s opens one only before
# these words of an object ("Lee holds little hope", not "Lee aides hope").
PREDICATE_ADVERBS = frozenset("just".split())
OBJECT_LEADS = frozenset("the a an his her their its our my this that these those much little no some".split())

# "he'll support", "they're backing": a subject pronoun with its auxiliary written on (apostrophe made straight).
CONTRACTED_SUBJECT_RE = re.compile(r"(i|you|he|she|we|they|it)'(?:ll|re|ve|d|m|s)")

# "Did most farmers support …?", "Will the council back …": a question's auxiliary before its subject.
QUESTION_LEAD_RE = re.compile(r"(?:Did|Does|Do|Will|Would|Could|Can|Should|Has|Have|Had) (?=\S)")

# After these a cue form is a noun ("the support", "his plans", "a backing"), not a verb.
NOUN_LEADS = frozenset(
    "the a an his her their its our my your of these those such this that with for in on by from no any some"
    " whose".split()
)

# A cue form other than an -ing form right after a preposition is a noun ("positioned her agenda around
# plans", "fulminated against plans"); "with", "for", "of" … are NOUN_LEADS already.
PREPOSITIONS = frozenset(
    "around against about over under into through toward towards among between amid despite".split()
)

# "appeared on television", "seemed like": the verb of presence or comparison, not of seeming.
NOT_SEEMING_AFTER = frozenset("on in at before with alongside for onstage live as like together briefly".split())

# A held cue right before one of these has no object ("with tepid support, faces …", "as he plans."): a
# noun, or a verb used without content, so no attribution (a colon opens one: "what voters wanted: a tax cut").
NO_OBJECT_MARKS = frozenset(",.;)")

# Base forms that are nouns as often as verbs: after "a"/"an" and a modifier they are nouns ("a bipartisan
# plan", "a rural support base"), a singular subject taking the -s form ("a voter supports"), unless the
# modifier is a quantity that takes a plural verb ("a majority support").
NOUN_LIKE_BASES = frozenset("plan support hope view fear wish aim favor favour call doubt".split())
QUANTITY_NOUNS = frozenset("majority minority plurality few lot number third quarter half couple dozen".split())

# A cue form followed by these is a noun subject ("support is growing", "the plans will …").
NOUN_AFTER = frozenset("is was are were has had will would".split())

_NOUN_OBJECTS = frozenset("for from among of in on within".split())
DECLINE_FORMS = frozenset("decline declines declined declining".split())
_FALL_AFTER = frozenset(
    "in by from since over during among across and of while as significantly sharply slightly steadily further"
    " dramatically substantially".split()
)

# "backed down", "support for": phrasal verbs and nouns that are no stance or intention.
NOT_AFTER = {
    **dict.fromkeys("support supporting backing plan plans".split(), _NOUN_OBJECTS),
    "backed": frozenset("down off away out up".split()),
    "backs": frozenset("down off away out up".split()),
    "backing": frozenset("down off away out up for from among of in on within".split()),
    "found": frozenset("in on at guilty dead himself herself itself themselves myself ourselves ways".split()),
    "finds": frozenset("himself herself itself themselves".split()),
    "planned": frozenset(["parenthood"]),
    "welcome": frozenset("to back".split()),
    "think": frozenset("tank tanks".split()),  # "a liberal think tank": a noun
    **dict.fromkeys("show shows showed shown".split(), frozenset(["up"])),  # "voters showed up": they came
    # "fees declined sharply", "trade declined in May", "a decline of 3 %": a fall, no refusal
    **dict.fromkeys(DECLINE_FORMS, _FALL_AFTER),
}

# "declined to $4 million", "declined to the lowest level": after "to", a figure or a noun phrase is how far
# something fell; a refusal takes a verb ("declined to comment").
FALL_TO_WORDS = frozenset(
    "the a an its their his her about around nearly roughly just under below less more only".split()
)

# Where coordinated clauses meet ("…, and turnout is expected to rise"): a seeming cue's content is its own clause.
CLAUSE_JOIN_RE = re.compile(r", (?:and|but|while|whereas) |; | — | -- ")

# A dash or semicolon ends a held content ("Lee endorsed Chen – they toured together").
CLAUSE_BREAK_RE = re.compile(r"; | — | – | -- ")

# "was backed by", "is shown": a be-form right before a held cue (not an -ing form) makes it passive,
# its holder the agent after "by", not the subject.
BE_FORMS = frozenset("is are was were be been being".split())

# "Lee's support for the plan", "his opposition to the tax", "their decision to leave": a noun of view,
# stance or intention owned by its holder, then the particle before the content (one optional adjective
# between: "her strong support for").
OWNED_NOUNS: dict[str, str] = {
    **_forms("stance", "support backing endorsement opposition criticism attack attacks praise embrace rejection"),
    **_forms(
        "belief",
        "view views fear fears doubts belief claim claims assertion argument contention insistence assessment"
        " conclusion concern concerns suspicion skepticism scepticism confidence",
    ),
    **_forms("evidence", "finding findings"),
    **_forms(
        "intention",
        "plan plans decision hope hopes desire intention call calls promise promises pledge vow demand demands"
        " refusal push proposal goal wish",
    ),
}
# An owner written with 's: a name of up to four capitalised words ("Professor Hale's"). It starts no deeper than
# 40 characters inside a run of word characters, full stops and hyphens: each capital after a hyphen of one long
# "A-A-A-…" run (at a word boundary) read the run to its end again (20 KB: 2 s, searched over every block).
_OWNER_NAME = r"(?<![\w.-]{40})[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}"
OWNED_RE = re.compile(
    rf"\b(?:([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|({_OWNER_NAME}|[Tt]he (?:[a-z]+ ){{0,2}}[a-z]+)['’]s)"
    r" (?:[a-z]+ )?("
    + trie_pattern(OWNED_NOUNS)
    + r") (?:for|of|to|on|that|about)\b"
)

# "In his view, the plan failed", "the cost, in Professor Hale's opinion, is too high": a view owned by its
# holder (a pronoun or a name with 's) whose content is the clause around the phrase.
IN_VIEW_RE = re.compile(
    rf"\b[Ii]n (?:([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|({_OWNER_NAME})['’]s) (?:own )?"
    r"(view|views|opinion|estimation|judgment|judgement|eyes|mind)\b"
)

# A stance's content is its object, a noun phrase ("Lee endorsed Chen last week and has campaigned with her":
# "Chen"): it ends at a comma, at a time phrase, at a subordinate or adverbial clause's word, or at "and"
# before a verb of the subject's next predicate.
_MONTHS = "|".join(name.capitalize() for name in MONTH_NAMES)
_WEEKDAYS = "|".join(name.capitalize() for name in WEEKDAY_NAMES)
STANCE_OBJECT_END_RE = re.compile(
    r",| (?:(?:last|this|next) (?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
    r"|(?:on |last |this |next )?(?:" + _WEEKDAYS + r")"
    r"|in (?:early |late |mid-)?(?:" + _MONTHS + r"|\d{4})"
    r"|(?:earlier|later) (?:this|that|in)|yesterday|today"
    r"|when|because|after|before|while|since|until|if|though|although|but|during|amid|despite|so that"
    r"|and (?:has|have|had|is|was|are|were|will|would|then|later|also|[a-z]+ed|said|says))\b"
)
