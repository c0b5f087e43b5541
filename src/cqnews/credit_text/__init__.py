"""The grammar of credit lines, read from their text alone: people's and organisations' names
(:mod:`.names`), the patterns of bylines and photo credits (:mod:`.patterns`), and a picture's caption split from
its credit (:mod:`.photo`, with the Chinese and Korean forms in :mod:`.photo_zh` and :mod:`.photo_ko`).

Both the image extraction (a line under a picture that holds only a credit) and the enrichment (bylines, captions)
read credits, so these functions sit below both of them, beside :mod:`cqnews.text`; they depend on the word tables
of :mod:`cqnews.lexicon` and the models only. :mod:`cqnews.enrich.credits` is the façade users import.
"""
