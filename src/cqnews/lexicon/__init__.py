"""Word and pattern tables, one place for each, at the bottom of the import graph.

``lexicon.en`` holds English tables (name particles, titles, organisation words, places that are not
speakers), ``lexicon.zh`` Chinese ones. Stages import tables from here and never keep copies.
"""
