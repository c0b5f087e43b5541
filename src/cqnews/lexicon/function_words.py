"""The commonest function words of Latin-script languages, lower-cased: a language detector's answer for
a text is confirmed when the text is full of its words (the detector names *some* language for any text:
isiXhosa and isiZulu, which it does not know, come out as Swahili with near certainty)."""

from __future__ import annotations

__all__ = ["FUNCTION_WORDS"]

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "de": "der die das und ist nicht mit den dem des sich auf für von ein eine einer auch wird wurde",
        "fr": "le la les des et est une pour dans que qui sur pas par au aux du sont avec ce cette",
        "es": "el la los las del que en una por con para es se su al lo como más pero sus",
        "it": "il la di che è per una con non del della sono gli le al da nel alla anche",
        "pt": "o a os as do da dos das que em um uma para com não por se na no mais",
        "nl": "de het een en van is dat op te voor niet met zijn ook er aan die",
        "sv": "och att det som en på är för med av den till inte har om ett",
        "da": "og at det som en på er for med af den til ikke har om et",
        "no": "og at det som en på er for med av den til ikke har om et",
        "pl": "i w na nie z że się do to jest o jak po ale",
        "id": "yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke",
    }.items()
}
"""Language code -> its commonest function words (those shared with English left out where they would
confirm English text: "in", "a", "is")."""
