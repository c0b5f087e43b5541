"""No module imports against the pipeline's direction: decoding -> document tree -> extraction (generic path,
sites, platforms) -> enrichment -> the batch tools. The modules at the bottom (word tables, text helpers, the
models, credit_text) may be imported from anywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import cqnews

SRC = Path(cqnews.__file__).parent
STAGES = {"decoding": 1, "compression": 1, "document": 2, "tree_limits": 2, "extract": 3, "sites": 3, "enrich": 4}
TOOLS = frozenset(
    ("pipeline", "batch", "cli", "warc", "dask", "spark", "output", "render", "notebook", "responses", "sources")
)


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None
    if parts[1] in TOOLS:
        return 5
    return STAGES.get(parts[1])


def _imports(source: str, module: str) -> list[tuple[str, int]]:
    """The modules ``source`` (the text of ``module``) imports, relative imports made absolute, with their lines."""
    package = module.removesuffix(".__init__") if module.endswith(".__init__") else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.append((".".join([*base, *([node.module] if node.module else [])]), node.lineno))
            elif node.module:
                found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
    return found


def _wrong_imports(source: str, module: str) -> list[str]:
    own = _stage(module)
    if own is None or own == 5:
        return []
    return [
        f"{module}:{line} imports {target}"
        for target, line in _imports(source, module)
        if target.startswith("cqnews.") and (_stage(target) or 0) > own
    ]


def test_no_module_imports_a_later_stage() -> None:
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        wrong += _wrong_imports(path.read_text(encoding="utf-8"), module)
    assert wrong == []


def test_a_wrong_import_is_seen() -> None:
    source = "from ..enrich.credits.photo import split_photo_credit\nfrom ..credit_text.names import looks_like_person\n"
    assert _wrong_imports(source, "cqnews.extract.image_lines") == [
        "cqnews.extract.image_lines:1 imports cqnews.enrich.credits.photo"
    ]
    assert _wrong_imports("from ...pipeline import parse\n", "cqnews.enrich.quotes.rules") == [
        "cqnews.enrich.quotes.rules:1 imports cqnews.pipeline"
    ]
    assert _wrong_imports("from ..extract.images import find_images\n", "cqnews.enrich.captions") == []
