"""No module imports against the pipeline's direction: decoding -> document tree -> extraction (generic path,
sites, platforms) -> enrichment -> the batch tools. The modules at the bottom (word tables, text helpers, the
models, the draft, credit_text) may be imported from anywhere and import only each other.

Every top-level module and package of ``cqnews`` has a place here, so a new one must be given one."""

from __future__ import annotations

import ast
from pathlib import Path

import cqnews

SRC = Path(cqnews.__file__).parent
BOTTOM = 0
TOOL = 5
PLACES = {
    # the bottom: tables, text helpers, the models and the draft every stage fills or reads
    **dict.fromkeys("lexicon credit_text models draft text errors options deadline timezones urls".split(), BOTTOM),
    # 1 bytes to text
    **dict.fromkeys(
        "decoding codec_labels binary_input encoding_labels wide_text compression content_coding input_text".split(), 1
    ),
    # 2 text to tree
    **dict.fromkeys("document tree_limits char_refs xhtml_prefix feed_input late_page".split(), 2),
    # 3 tree to draft
    **dict.fromkeys("extract sites not_article".split(), 3),
    # 4 draft to Article fields (body_head drops the body's date lines: it reads dates with enrich.dates)
    **dict.fromkeys("enrich body_head article_dates quote_stage".split(), 4),
    # 5 the entry points and batch tools, which may import any stage
    **dict.fromkeys(
        "__init__ __main__ pipeline arguments batch cli warc dask spark output render notebook responses sources table"
        " testing".split(),
        TOOL,
    ),
}
# Python and Jupyter look the display hooks up on the model itself: Article's __repr__ and _repr_html_ import the
# renderers when called.
ALLOWED = frozenset((("cqnews.models", "cqnews.notebook"), ("cqnews.models", "cqnews.render")))


def _stage(module: str) -> int | None:
    parts = module.split(".")
    return PLACES.get(parts[1]) if len(parts) > 1 else None


def _imports(source: str, module: str) -> list[tuple[str, int]]:
    """The modules ``source`` (the text of ``module``) imports, relative imports made absolute, with their lines."""
    package = module.removesuffix(".__init__") if module.endswith(".__init__") else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                if node.module:
                    found.append((".".join([*base, node.module]), node.lineno))
                else:  # "from . import options": each name may be a module
                    found.extend((".".join([*base, alias.name]), node.lineno) for alias in node.names)
            elif node.module:
                found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
    return found


def _wrong_imports(source: str, module: str) -> list[str]:
    own = _stage(module)
    if own is None or own == TOOL:
        return []
    return [
        f"{module}:{line} imports {target}"
        for target, line in _imports(source, module)
        if target.startswith("cqnews.") and (_stage(target) or BOTTOM) > own and (module, target) not in ALLOWED
    ]


def test_no_module_imports_a_later_stage() -> None:
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        wrong += _wrong_imports(path.read_text(encoding="utf-8"), module)
    assert wrong == []


def test_every_top_level_module_has_a_place() -> None:
    top = {path.stem for path in SRC.glob("*.py")} | {path.parent.name for path in SRC.glob("*/__init__.py")}
    assert sorted(top - PLACES.keys()) == []
    assert sorted(PLACES.keys() - top) == []


def test_a_wrong_import_is_seen() -> None:
    source = (
        "from ..enrich.credits.photo import split_photo_credit\nfrom ..credit_text.names import looks_like_person\n"
    )
    assert _wrong_imports(source, "cqnews.extract.image_lines") == [
        "cqnews.extract.image_lines:1 imports cqnews.enrich.credits.photo"
    ]
    assert _wrong_imports("from ...pipeline import parse\n", "cqnews.enrich.quotes.rules") == [
        "cqnews.enrich.quotes.rules:1 imports cqnews.pipeline"
    ]
    assert _wrong_imports("from ..extract.images import find_images\n", "cqnews.enrich.captions") == []


def test_a_wrong_import_among_top_level_modules_is_seen() -> None:
    assert _wrong_imports("from .document import parse_tree\n", "cqnews.decoding") == [
        "cqnews.decoding:1 imports cqnews.document"
    ]
    assert _wrong_imports("from .extract.metadata import same_title\n", "cqnews.late_page") == [
        "cqnews.late_page:1 imports cqnews.extract.metadata"
    ]
    assert _wrong_imports("from .decoding import decode\n", "cqnews.text") == ["cqnews.text:1 imports cqnews.decoding"]
    assert _wrong_imports("from .render import article_markdown\n", "cqnews.models") == []
    assert _wrong_imports("from . import pipeline\n", "cqnews.draft") == ["cqnews.draft:1 imports cqnews.pipeline"]
