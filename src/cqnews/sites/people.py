"""People's Daily Online (people.com.cn and its channels, en.people.cn).

Verified on a real page: ``finance.people.com.cn`` (2024, ``div.rm_txt``). The English layout
(``en.people.cn``) is not verified: no saved page offline.
"""

from __future__ import annotations

from .base import Layout, Site, has_class

__all__ = ["PeoplesDaily"]


class RmTxt(Layout):
    """Channel article pages since about 2020: ``div.rm_txt`` with ``div.rm_txt_con`` body."""

    NAME = "rm_txt"
    BODY = f"/descendant::div[{has_class('rm_txt_con')}][1]"
    HEADLINE = f"//div[{has_class('rm_txt')}]//h1"
    SUMMARY = f"//div[{has_class('rm_txt')}]//h3[{has_class('pre')}]"
    BYLINE = f"//div[{has_class('rm_txt')}]//div[{has_class('author')} or {has_class('edit')}]"
    DATE = f"//div[{has_class('rm_txt')}]//div[{has_class('channel')}]/div[1]/text()[1]"
    # QR-code promo, share prompt (p.paper_num). The print-edition note (span#paper_num,
    # "《 人民日报 》（ 2024年05月10日 04 版）") stays in the container: the shared clean-up sets it
    # aside as a credit line, like the editor line (div.edit, "(责编：…)", after the container).
    DROP = f".//*[{has_class('paper_num')} or {has_class('tjewm')} or {has_class('bza')}]"


class EnglishArticle(Layout):
    """en.people.cn article pages (unverified: from the site's published markup conventions)."""

    NAME = "en"
    BODY = f"(//div[{has_class('w860')}]//div[{has_class('d2txtCon')}])[1]"
    HEADLINE = f"//div[{has_class('w860')}]//h1"
    DATE = f"//div[{has_class('origin')}]/span[1]"


class PeoplesDaily(Site):
    """People's Daily Online."""

    NAME = "people"
    DOMAINS = ("people.com.cn", "en.people.cn", "people.cn")
    LAYOUTS = (RmTxt, EnglishArticle)
    # No LANGUAGE: the site publishes in more than one language.
    TIMEZONE = "Asia/Shanghai"
