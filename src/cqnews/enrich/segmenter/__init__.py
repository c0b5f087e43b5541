"""Chinese words and their parts of speech, for reading who speaks: 美国司法部长梅里克·加兰说 ->
美国/ns 司法部长/n 梅里克·加兰/nr 说/v.

>>> [(t.word, t.tag) for t in tag("付小姐只是说")]
[('付小姐', 'nr'), ('只是', 'c'), ('说', 'v')]

The words come from rjieba (a binding of the Rust port of jieba), whose dictionary is compiled into the
package: it is built once, on the first Chinese text or in :func:`load` (about 0.2–0.4 s and 30 MB;
``cqnews.warm_up`` calls it, so that worker processes forked afterwards share it), and no file is read.
Tags are jieba's (ICTCLAS-style: ``nr`` person, ``ns`` place, ``nt`` organisation, ``t`` time,
``c`` conjunction, ``d`` adverb, ``f`` localiser, ``m`` numeral …). Repairs are made on top, where jieba's
model cuts names badly (each one entry of :data:`.core.REPAIRS`, walked by :func:`.base.repair`):

- a transliterated name joined by an interpunct becomes one ``nr`` token (:mod:`.dotted`:
  梅里/克/·/加兰 -> 梅里克·加兰, 罗格/夫在 -> 罗格夫/在);
- a Tibetan, Mongolian or Uyghur name written without an interpunct becomes one ``nr`` token, read by its parts
  (:mod:`.minority`: 扎西/顿珠 -> 扎西顿珠, 买买提/n -> 买买提/nr, 洛/桑嘉措 -> 洛桑嘉措);
- a surname of no table that jieba reads alone, and the given name it reads as another word, are one name before a
  verb of saying (:mod:`.rare`: 总导演/夔/zg 立新/d 说 -> 总导演/夔立新/说), and so does a surname of the table jieba
  reads alone (赵/nr 立新/d 说 -> 赵立新/说);
- a lone surname with an honorific or a title too (付/小姐 -> 付小姐, 张/教授 -> 张教授, 老/赵对 -> 老赵/对);
- after a title, a surname and the characters jieba cut off it are one name (议员/谭/文豪 -> 谭文豪);
- a title glued to the surname after it, cut, or read as an adverb is a title again (:mod:`.titled`: 绿委王/n 定宇 ->
  绿委/王定宇, 立法/d 院长 -> 立法院长, 拿督鲁斯迪/nr -> 拿督/鲁斯迪);
- a two-character name and the localiser or adjective after it are one name (张大/中 -> 张大中, 蔡子/强);
- a pronoun glued to the adverb after it is two words (她续 -> 她/续), and so are an adverb and a verb jieba
  holds as one idiom (则声明 -> 则/声明);
- a function word glued to an unknown name is cut off again (李华则 -> 李华/则, 斯塔/默在 -> 斯塔默/在, 上官/志宏向 ->
  上官志宏/向),
  and a phrase of place or time read as one idiom is three words again (在会谈中 -> 在/会谈/中),
  and so is the 长 of a title (美国商务部/长雷蒙多 -> 美国商务部长/雷蒙多);
- after a single surname a given name has two characters at most: a four-character "name" gives its
  last character back to the word after it (张晓红问/李华 -> 张晓红/问/李华), a one-character "verb"
  between a two-character name and a time word or a verb of saying is the name's end (李家/超/今日 ->
  李家超/今日), and so is a lone name character (李俊/慧); an adverb or verb of manner before a verb of
  saying is no part of a name (李华笑/说 -> 李华/笑/说, 张建/明说 -> 张建明/说).

Text in traditional characters is read in simplified ones, character for character (陳先生表示 ->
陈先生/表示, :func:`to_simplified`): a token's ``word`` is simplified, its offsets are the text's own.

Results are tuples of named tuples (picklable), cached per text (2,048 texts); calls are thread-safe.

The package, one module a concern: :mod:`.core` (:func:`tag`, :func:`to_simplified`, :func:`is_word` and the
table of repairs), :mod:`.base` (the token, rjieba, the walk of the repairs), :mod:`.aspect` (a verb glued into a
name before its particle of aspect: one fix for the shapes of ``lexicon.segmenter_repairs_zh.VerbGluedToName``),
:mod:`.dotted`, :mod:`.given` (a surname and its given name read apart), :mod:`.glued`, :mod:`.married`,
:mod:`.minority`, :mod:`.rare`, :mod:`.repairs`, :mod:`.times` and :mod:`.titled` (repairs by the shape of the
name or word they mend).
"""

from __future__ import annotations

from .core import REPAIRS as REPAIRS
from .core import Token, is_word, load, tag, to_simplified

__all__ = ["Token", "is_word", "load", "tag", "to_simplified"]
