"""Human-readable renderings of an :class:`~cqnews.models.Article`."""

from __future__ import annotations

from .models import Article, BlockKind

__all__ = ["to_markdown"]

_PREFIX = {
    BlockKind.PARAGRAPH: "",
    BlockKind.HEADING: "## ",
    BlockKind.BLOCKQUOTE: "> ",
    BlockKind.LIST_ITEM: "- ",
}


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, facts, body, images and quotes with their speakers."""
    lines: list[str] = [f"# {article.headline or '(no headline)'}", ""]
    facts = [
        ("Published", article.published.isoformat() if article.published else None),
        ("Dateline", article.dateline),
        ("Authors", ", ".join(article.authors) or None),
        ("Language", article.language),
        ("URL", article.url),
    ]
    lines += [f"*{label}:* {value}  " for label, value in facts if value]
    if article.summary:
        lines += ["", f"**{article.summary}**"]
    lines.append("")
    for block in article.body:
        lines += [_PREFIX[block.kind] + block.text, ""]
    if article.images:
        lines.append("## Images")
        for image in article.images:
            credit = "; ".join(c.raw for c in image.credits)
            lines.append(f"- {image.caption or image.alt or '(no caption)'}" + (f" — {credit}" if credit else ""))
        lines.append("")
    if article.quotes:
        lines.append("## Quotes")
        for quote in article.quotes:
            who = quote.speaker.name or quote.speaker.role if quote.speaker else None
            lines.append(f"- ({quote.kind.value}) “{quote.text}” — {who or 'unattributed'}")
        lines.append("")
    method = article.extraction.method.value + (f" ({article.extraction.plugin})" if article.extraction.plugin else "")
    lines.append(f"*Extraction:* {method}" + "".join(f"\n*Warning:* {w}" for w in article.extraction.warnings))
    return "\n".join(lines)
