"""English word tables shared by the enrichment stages (speakers, quotes, credits).

One copy of each table: stages import from here and never keep their own. Everything is lower case
(compare with ``word.casefold()``) and ships with the package, so nothing is read or downloaded while
parsing.
"""

from __future__ import annotations

# Particles written in lower case inside a person's name ("Luiz Inácio Lula da Silva", "Ursula von
# der Leyen", "Mohammed bin Salman").
NAME_PARTICLES: frozenset[str] = frozenset(
    """de da das do dos du del della der den van von bin binti al el la le di ter ten y e mac st.""".split()
)

# Heads that make a capitalised name an organisation rather than a person ("Russia's Defense
# Ministry", "Acme Holdings LLC"). Chinese surnames that are also English words (Sun, Star) stay out:
# "Sun Wei said" is a person.
ORG_WORDS: frozenset[str] = frozenset(
    """ministry department government police group company inc corp corporation ltd council commission
    committee agency bureau university office association party army military service services court board
    bank fund organization organisation institute foundation administration authority authorities union
    times news post press reuters network centre center school college club team league federation
    society trust hospital embassy parliament congress senate house cabinet force forces navy taliban
    nations channel magazine journal airways airlines nhs fbi cia kremlin pentagon mail guardian telegraph
    cnn bbc mirror express afp bloomberg fox abc cbs nbc msnbc politico axios productions records studios
    entertainment holdings partners technologies labs laboratories industries motors aerospace robotics
    therapeutics pharmaceuticals ventures enterprises llc plc gmbh media wire museum library tv television
    radio festival films herald tribune gazette chronicle courier observer airport institution campaign""".split()
)

# Words that mark a credit or byline segment as no person without being an organisation's head: picture
# desks, platforms, publication names and place levels ("Photo: Handout", "Getty Images/iStockphoto").
CREDIT_SOURCE_WORDS: frozenset[str] = frozenset(
    """images image photo photos pictures picture staff handout supplied stock live echo world x online
    digital shutterstock getty xinhua unsplash pool courtesy instagram twitter facebook youtube tiktok weibo
    wechat file archive archives collection municipal district county state province provincial project
    record register bulletin sentinel inquirer independent initiative program programme studio
    technology systems solutions software co. review standard star sun daily lodge resort""".split()
)
