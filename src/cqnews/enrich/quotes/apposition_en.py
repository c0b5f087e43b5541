"""A speaker's role set in apposition, next to a reported clause: where the name after a description's
comma ends ("According to the union's leader, Tom Hale, the strike …"), the comma past a role ("According to
X, <role>, …"), and where a clause ends before a role apposed to the subject ("…,” the company's chief
executive, Mary Barra, said").
"""

from __future__ import annotations

from ..speakers.phrases import Who

__all__ = ["apposed_name_end", "before_apposed_role", "past_appositive", "role_before_name"]


_ROLE_WORDS = 12


def apposed_name_end(text: str, comma: int, e: int, who: Who) -> int | None:
    """Where the name set after a description's comma ends ("According to the union's leader, Tom Hale, the
    strike …": the comma after "Hale"), when the speaker was read that way (a role before the name)."""
    if comma < 0 or who.kind != "person" or not who.role or not text.startswith(who.mention, comma + 2):
        return None
    after = comma + 2 + len(who.mention)
    return after if text[after : after + 1] == "," or not text[after:e].strip(" .") else None


def past_appositive(text: str, comma: int, e: int, who: Who) -> int:
    """The comma that opens the clause after "According to X, <role>, …"; when no second comma
    closes the role, the role read past the first comma was the reported clause itself: dropped."""
    role, lead = who.role or "", role_before_name(text, who)
    if lead and role.startswith(f"{lead}, "):
        role = role[len(lead) + 2 :]  # "According to Mayor Ann Cole, a Democrat, …": the role after the name's comma
    at = comma + 1 + len(text[comma + 1 : e]) - len(text[comma + 1 : e].lstrip())
    after = at + len(role)
    if text.startswith(role, at) and text[after : after + 2] in (", ", ",") and len(role.split()) <= _ROLE_WORDS:
        return after
    who.role = role_before_name(text, who)
    return comma


def role_before_name(text: str, who: Who) -> str | None:
    """The part of a person's role written before the name ("According to Mayor Ann Cole, …": "Mayor"), what is
    left when the role read after the name's comma is dropped (it was the report); None when none stands there."""
    at = text.find(who.mention, who.start) if who.kind == "person" else -1
    lead = text[who.start : at].strip() if at > who.start else ""
    return lead if lead and (who.role or "").startswith(lead) else None


def before_apposed_role(text: str, s: int, comma: int, who: Who) -> int:
    """The comma that ends the clause before a subject at ``comma + 1``; a role set before the name in
    apposition belongs to the subject ("…,” the company's chief executive, Mary Barra, said"): the clause
    ends at the comma before that role (``s`` when there is none, as when the role opens the sentence:
    "The city manager, Tom Reed, told the council …" reports no "The city manager")."""
    while text[comma] != ",":
        comma -= 1
    head = text[s:comma].rstrip()
    # (a description is its own role: "…hours with the airline, the airline said" repeats it by chance)
    if who.kind != "desc" and who.role and len(who.role) <= len(head) and head.endswith(who.role):
        return max(s, text.rfind(",", s, s + len(head) - len(who.role)))
    return comma
