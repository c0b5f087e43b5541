"""The document cleaning reads its templates, option lists, dialogs and media sources in one walk of the tree: the
tree left must be the one of a walk per step, each after the step before (nested cases: a list inside a template,
a dialog inside a hidden box, a stray source inside a dropped list)."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import HtmlElement, document_fromstring

from cqnews import document
from cqnews.document import parse_tree
from cqnews.options import DEFAULT_OPTIONS


def _cleaned_step_by_step(root: HtmlElement) -> None:
    """The cleaning as written before: each step walks the tree as the step before left it."""
    document._drop_templates(root, list(root.iter("template")))
    document._drop_option_lists(list(root.iter("select", "datalist")))
    document._drop_hidden(root, list(root.iter("dialog")))
    document._stray_sources_closed(list(root.iter("source", "track")))


_STORY = "<p>The ferry to Inishmore runs twice a day from May, the harbour office said on Friday.</p>"

PAGES = (
    f"<html><body><template><select><option>Irish</option></select><p>Hidden draft.</p></template>{_STORY}</body></html>",
    f"<html><body><div style='display:none'><p>Teaser.</p><dialog><p>Sign up</p></dialog></div>{_STORY}</body></html>",
    f"<html><body><select><option>Edition</option><source src=a.mp4>Stray</select>{_STORY}</body></html>",
    f"<html><body><p>Boats <source src=b.mp4> are moored <b>here</b>.</p><dialog open><p>Shown</p></dialog>{_STORY}"
    "<picture><source srcset=c.webp><img src=c.jpg></picture></body></html>",
    f"<html><body><template shadowrootmode=open><datalist><option>x</option></datalist><p>Shadow</p>"
    f"<template><p>Inner</p></template></template>{_STORY}<dialog><track src=t.vtt>Closed</dialog></body></html>",
    f"<html><body><div style='visibility:hidden'><p>Box</p><select><option>y</option></select>"
    f"<p>Text <track src=u.vtt> after</p></div>{_STORY}</body></html>",
)


@pytest.mark.parametrize("page", PAGES)
def test_the_tree_left_is_the_step_by_step_one(page: str) -> None:
    reference = document_fromstring(page, parser=document._parser())
    _cleaned_step_by_step(reference)
    assert etree.tostring(parse_tree(page, DEFAULT_OPTIONS)) == etree.tostring(reference)
