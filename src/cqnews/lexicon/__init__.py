"""Word and pattern tables, one place for each, at the bottom of the import graph.

``lexicon.en`` holds English tables (name particles, titles, organisation words, places that are not
speakers), ``given_names_en`` the English given names by sex; Chinese ones are split by what they hold:
``personal_names_zh`` (surnames, given names, transliterated names), ``titles_zh`` (titles and offices),
``people_nouns_zh`` (kin, groups, pronouns), ``bodies_zh`` (heads of bodies, places, outlets, accounts),
``time_words_zh``, ``cue_words_zh`` (verbs and nouns of saying, a cue's adverbs and manners), ``function_words_zh``
(prepositions, localisers, coordinators), ``pos_tags_zh`` (jieba's tags) and ``segmenter_repairs_zh`` (what jieba's
model glues to a name). Stages import tables from here and never keep copies.
"""
