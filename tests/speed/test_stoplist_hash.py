"""jusText's stop words handed over hashed once: the same words, the same set, and a hash that costs nothing."""

from __future__ import annotations

import time

from justext.core import define_stoplist
from trafilatura import external

import cqnews
from cqnews.extract.generic import HashedOnce


def test_the_stoplist_trafilatura_reads_is_its_own_words_hashed_once() -> None:
    cqnews.warm_up()
    words = external.JT_STOPLIST
    assert isinstance(words, HashedOnce)
    plain = tuple(words)
    assert hash(words) == hash(plain) and words == plain  # (a tuple, equal to trafilatura's own, hashed the same)
    assert len(words) == len(set(words)) > 10_000
    assert define_stoplist(words) == frozenset(word.lower() for word in plain)


def test_a_lookup_no_longer_walks_every_word() -> None:
    cqnews.warm_up()
    words = external.JT_STOPLIST
    plain = tuple(words)
    # Far from any bar: a plain tuple's hash walks its ~150,000 words (milliseconds); the kept one is a read.
    start = time.process_time()
    for _ in range(20):
        hash(plain)
    walked = time.process_time() - start
    start = time.process_time()
    for _ in range(20):
        hash(words)
    kept = time.process_time() - start
    assert kept * 20 < walked
