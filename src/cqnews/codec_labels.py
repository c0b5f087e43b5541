"""An encoding label to the Python codec a browser would read it as (:func:`normalize_label`), and the codecs
Python has (:func:`codec_names`, every codec module imported once). Read by :mod:`cqnews.decoding`."""

from __future__ import annotations

import codecs
import encodings
import encodings.aliases
import importlib
import pkgutil
from functools import cache

from .encoding_labels import WEB_LABELS

__all__ = ["codec_names", "known_codec", "normalize_label"]

# Python codecs no web page is written in; some raise on any input ("undefined").
_NOT_PAGE_ENCODINGS = frozenset(
    {
        "undefined", "utf-7", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "unicode-internal",
        "charmap", "palmos",
    }
)


@cache
def codec_names() -> frozenset[str]:
    """Import every codec module and the charset sniffer (~80 ms, once per process): a parse then never
    reads a module file.

    Runs on the first decode of bytes, or in :func:`cqnews.warm_up` before workers fork.

    Python imports codec modules lazily, and charset_normalizer tries them all on its first run.
    Returns the names that resolve to a codec (module names and their aliases), so that an unknown
    label is rejected without asking the import system (which would search the file system).
    """
    importlib.import_module("charset_normalizer")  # the sniffer, imported here rather than with cqnews
    names = set(encodings.aliases.aliases)
    for module in pkgutil.iter_modules(encodings.__path__):
        try:
            importlib.import_module(f"encodings.{module.name}")
        except Exception:  # noqa: BLE001 - Windows-only codecs (mbcs, oem) fail to import elsewhere
            continue
        names.add(module.name)
    return frozenset(names)


def known_codec(label: str) -> bool:
    name = encodings.normalize_encoding(label).lower()
    names = codec_names()
    return name in names or name.replace(".", "_") in names


def normalize_label(label: str, *, from_meta: bool = False) -> str | None:
    """Return the Python codec for an encoding label, or None if it is unknown.

    Python codecs that are not text encodings a browser knows (``rot13``, ``base64``, ``undefined``,
    ``utf-7``, ``idna`` …) count as unknown. As in browsers, a ``<meta>`` that says UTF-16 or UTF-32
    means UTF-8: the page could not have been read that far otherwise.
    """
    label = label.strip().lower()
    label = WEB_LABELS.get(label, label)
    if label.startswith("iso8859") and label[7:].isdigit():  # "iso88592", a WHATWG label, is iso8859-2
        label = f"iso8859-{label[7:]}"
    elif label.startswith("x-cp") and label[4:].isdigit():  # "x-cp1253" is cp1253
        label = label[2:]
    if not known_codec(label):
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    if from_meta and info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return info.name
