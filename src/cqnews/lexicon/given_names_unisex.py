"""English given names borne by women and men alike ("Dana", "Casey", "Alex"): no prior for he or she, so the
gendered tables of :mod:`cqnews.lexicon.given_names_en` leave them out, but a name opening with one is a person's
all the same. The credit readers (:mod:`cqnews.credit_text`) read them as they read the gendered given names: a
photographer after a caption's bar or dash ("… on Monday. | Dana Reyes") or before a photo word ("(Casey Lin
photo)").

Written by hand for this library from general knowledge of common English given names given to both sexes; no
name was taken from a corpus page. Names that are also places or brands ("Paris", "Sydney", "Dakota", "Logan",
"Devon", "Harley") are left out: "(Paris Match photo)" names no person. Lower case, like every table of the lexicon.
"""

from __future__ import annotations

__all__ = ["UNISEX_GIVEN"]

UNISEX_GIVEN: frozenset[str] = frozenset(
    """alex alexis ali ari ash aubrey avery bailey blair bobbie brett cameron carey casey charlie corey dale dana
    drew elliot ellis emerson finley frankie gale hayden jaime jamie jody jordan kai kelsey kendall kerry kim kris
    lee leslie lindsay mackenzie morgan noel pat payton peyton quinn reagan reese riley robin rowan ryan sam sandy
    sasha shawn shay sidney skyler stacy taylor terry toby tony tracy whitney""".split()
)
