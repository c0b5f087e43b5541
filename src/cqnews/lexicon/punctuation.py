"""Quote marks and punctuation of Latin-script text (and of text that mixes scripts), one place for each set.

Each set is a ``str`` unless it says otherwise: its users test one character with ``in``, hand it to
``str.strip`` or build a regex character class from it (none of the marks is special inside a class). Where a
user tests a slice that may be empty, the set is a frozenset or a tuple (``""`` is in every string, in no
frozenset or tuple). The sets differ on purpose, and each says which marks it leaves out and why. The Chinese
sets are in :mod:`.punctuation_zh`; the pairs of opening and closing marks in :mod:`.quote_patterns`.
"""

from __future__ import annotations

# The apostrophe, straight and curly ("'’"): inside a word ("don't", "Lee’s") or a quote mark of its own.
APOSTROPHES = "'’"

# The marks that open an English quote: curly double, straight double, curly single ("“\"‘"); not the
# straight single mark, which is an apostrophe as often.
OPENING_QUOTE_MARKS = "“\"‘"

# The opening marks and the straight single mark too ("“\"‘'"), where an apostrophe cannot stand (right before a
# quote, right after a cue): any of them opens a quote there.
OPENING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE = OPENING_QUOTE_MARKS + "'"

# A space and the opening marks ("“\"‘' "), stripped from the end of the text before a quote.
SPACE_AND_OPENING_QUOTE_MARKS = " " + OPENING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE

# What may follow a cue of writing for it to report (":.,;“\"‘'", and the text's end): a colon, a stop, a comma,
# a semicolon or an opening mark ("wrote: …", "the letter said, …").
AFTER_WRITTEN_CUE_MARKS = ":.,;" + OPENING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE

# The marks that close an English quote: curly double, straight double, curly single ('”"’'); not the
# straight single mark, which is an apostrophe as often.
CLOSING_QUOTE_MARKS = '”"’'

# The closing marks and the straight single mark too ("”\"’'"), where an apostrophe cannot stand (right before
# a comma, or a few characters before a cue): any of them closes a quote there.
CLOSING_QUOTE_MARKS_WITH_STRAIGHT_SINGLE = CLOSING_QUOTE_MARKS + "'"

# The double marks that close a quote, curly and straight ('”"'): a comma before one is the quote's own.
DOUBLE_CLOSING_MARKS = '”"'

# The double quote marks of either direction: curly, straight and guillemets ("“”\"«»"); no single marks
# (apostrophes as often), no corner marks (Chinese and Japanese, read by their own rules).
DOUBLE_QUOTE_MARKS = "“”\"«»"

# The English quote marks of either direction, single and double, curly and straight ("‘’'\"“”"); not the German
# low mark „ nor guillemets, which the other Latin-script languages open with.
ENGLISH_QUOTE_MARKS = "‘’'\"“”"

# The marks that end a Latin-script sentence: full stop, exclamation mark, question mark (".!?"); not the
# ellipsis "…", which may run on. The full-width ones are :data:`.punctuation_zh.ZH_SENTENCE_ENDS`.
SENTENCE_ENDS = ".!?"

# The comma and the marks that end a sentence (",.!?"): the end of a quoted sentence or clause inside its
# closing mark ("“…,” he said", "“….”").
COMMA_AND_SENTENCE_ENDS = "," + SENTENCE_ENDS

# The marks stripped from a word before its letters are counted: the quote marks, the comma, the sentence
# ends and the colon.
WORD_EDGE_MARKS = ENGLISH_QUOTE_MARKS + COMMA_AND_SENTENCE_ENDS + ":"

# Spaces, tabs and line breaks (" \t\n"), stripped with the quote marks around a word or a clause.
SPACES = " \t\n"

# The spaces and the English quote marks (" \t\n\"'“”‘’"), stripped from a clause's edge to find the word before it.
SPACES_AND_ENGLISH_QUOTE_MARKS = SPACES + ENGLISH_QUOTE_MARKS

# The same with the corner marks of Chinese and Japanese ("「」『』"): only spaces and quote marks stand between
# a sentence's stop and a point, whatever the script.
SPACES_AND_QUOTE_MARKS = SPACES_AND_ENGLISH_QUOTE_MARKS + "「」『』"

# The English closing marks and a closing bracket ('"”’)'): where a glued sentence may end before a capital.
CLOSING_QUOTE_MARKS_OR_BRACKET = CLOSING_QUOTE_MARKS + ")"

# The single marks that open a quote, curly and straight ("‘'"): each opens only where it cannot be an
# apostrophe, so a finder checks it further.
SINGLE_OPENING_MARKS = "‘'"

# The opening marks, the colon and the semicolon ("“\"‘:;"): after a cue that takes no object, none of them may
# stand before the sentence end for the words there to be adverbials only (they open a quote or a list).
OPENING_QUOTE_MARKS_AND_COLONS = OPENING_QUOTE_MARKS + ":;"

# The apostrophes as a tuple of one-character strings, for a slice that may be empty ("" is in no tuple).
APOSTROPHE_FORMS: tuple[str, ...] = tuple(APOSTROPHES)

# The marks that join two words into one with no space beside them: the hyphens (ASCII, U+2010, the non-breaking
# U+2011) and the apostrophes ("tip-off", "the council's vote").
IN_WORD_MARKS: frozenset[str] = frozenset(("-", "\u2010", "\u2011", *APOSTROPHE_FORMS))

# A sentence end or a closing double mark and the space after it (". ", "! ", "? ", '" ', "” "): a word right
# after one opens a sentence. A tuple, since its users test a two-character slice that may be shorter.
SENTENCE_GAPS: tuple[str, ...] = (". ", "! ", "? ", '" ', "” ")

# The possessive ending, curly and straight ("’s", "'s"): a tuple, for ``str.endswith``.
POSSESSIVE: tuple[str, ...] = ("’s", "'s")

# The possessive endings and a plural's bare mark ("s'", "s’"): an owner before a noun ("his plans", "voters' worries").
OWNER_ENDINGS: tuple[str, ...] = (*POSSESSIVE, "s'", "s’")

# The rest of a negated auxiliary after "\w+" has read "didn", "can", "won" ("'t", "’t"); a tuple, for ``startswith``.
NEGATION_CONTRACTIONS: tuple[str, ...] = ("'t", "’t")

# The punctuation the English speaker tokens keep as tokens of their own (",;:“”\"()—–'’"): the comma, semicolon,
# colon, quote marks (a lone ' or ’ is a quote mark), brackets and dashes.
TOKEN_PUNCTUATION = ",;:“”\"()—–'’"

# The marks that part an English clause from the words before it (",;:“\"—("): comma, semicolon, colon, an
# opening double mark (curly or straight), the em dash and an opening bracket. A cue and the words it governs
# (a listener, a clause, an adverbial) stand with none of them between.
CLAUSE_BREAK_MARKS = ",;:“\"—("

# The same without the bracket (",;:“\"—"), as the reader of an embedded question after its cue has always
# tested ("asked whether …").
CLAUSE_BREAK_MARKS_WITHOUT_BRACKET = ",;:“\"—"

# The clause breaks and the full stop (",;:.“\"—("): the words of a counted share after a joiner ("half of the
# delegates") are read only while none of them stands between.
CLAUSE_OR_SENTENCE_BREAK_MARKS = CLAUSE_BREAK_MARKS + "."

# The clause breaks and the curly single opener (",;:“‘\"—("): an adverbial after a cue runs to none of them.
ADVERBIAL_STOP_MARKS = CLAUSE_BREAK_MARKS + "‘"

# The clause breaks, the curly closing double mark, the curly single opener and the en dash (",;:“”\"‘(—–"): the
# words after a cue that closes a quote are a tail of adverbials only when none of them stands there.
TAIL_CLAUSE_MARKS = CLAUSE_BREAK_MARKS + "”‘–"

# The Arabic comma (U+060C): after a quote it leads the tag as "," does ("«…»، قال الوزير").
ARABIC_COMMA = "\u060c"

# The Hebrew letters (alef to tav). A straight double mark between two of them is gershayim typed in ASCII, marking
# an acronym (צה"ל, ד"ר), never a quote mark.
HEBREW_LETTERS = "\u05d0-\u05ea"

# The direction marks: Arabic letter mark, left-to-right and right-to-left marks (U+061C, U+200E, U+200F). They show
# nothing; the quote reading leaves them out (enrich.quotes.invisible), the Markdown isolates text holding them.
DIRECTION_MARKS = "\u061c\u200e\u200f"

# The bidi controls: the embeddings and overrides and their closer PDF (U+202A to U+202E), the isolates and their
# closer PDI (U+2066 to U+2069). They show nothing and turn the text after them: the quote reading leaves them out,
# the Markdown balances them inside an isolate (render.isolated).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# The characters that show nothing: white space and the controls, the format characters (soft hyphen, the zero
# widths, the direction marks and bidi controls, word joiner and invisible operators, the BOM, the tags), the
# variation selectors and the letters drawn blank (Hangul fillers, the braille blank, Khmer's inherent vowels).
# A body block made of them only is no text (body_head.drop_blank_blocks).
BLANK_CHARACTERS = (
    "\x00-\x20\x7f-\xa0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u1680\u2000-\u200f"
    "\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff"
)
