"""English word tables of the words around and inside a person's name: titles and offices before it, honorifics,
the particles and homographs inside it, the suffixes, letters and party labels after it, and the titles and kin
nouns that tell a person's sex.

Re-exported by ``lexicon.en``, where most stages import them from. Lower case unless a table says it matches as
written.
"""

from __future__ import annotations

import re

# Particles inside a person's name, lower case or not ("Luiz Inácio Lula da Silva", "Ursula von der
# Leyen", "Mohammed bin Salman", "Abu Hassan Amer"): never a role, never the start of a new name.
NAME_PARTICLES: frozenset[str] = frozenset(
    """de da das do dos du del della der den van von bin binti bint ibn abu umm al el la le di ter ten
    y e mac st. zu los las ó ní nic dela delos ap""".split()
)

# Honorifics and titles standing before a name: not part of it, kept as (part of) the role ("Rear
# Admiral Daniel Hagari" is Daniel Hagari, role Rear Admiral), with the abbreviations of police, military, church and
# parliament ranks ("Brig. Gen.", "Det Insp", "Rt. Hon.") and the courtesy titles of South and Southeast Asian pages
# ("Shri", "Mdm", "Datuk Seri") and the pilgrim's honorifics of West African pages ("Alhaji Musa Abdullahi", "Hajia
# Amina Bello"), the senior ranks of the bar ("Senior Counsel Paul Muite", "Senior Advocate Kapil Sibal") and the
# positions of a side written with a hyphen ("Full-back Ciaran Walsh", "Scrum-half Tom Kerr"). Royal styles stay in
# the name ("King Charles", "Pope Francis", "Sheikh Hasina"), a Nigerian politician's "Prince" too ("Prince Dapo
# Abiodun"): the style is how the page names the person, as for a royal.
TITLES: frozenset[str] = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. professor president sen. sen senator rep. rep representative
    gov. gov governor mayor minister secretary judge justice chief director general gen. officer detective
    sgt. sgt sergeant captain capt. coach chairman chairwoman chair premier vice ceo chancellor councillor
    councilman councilwoman commissioner inspector superintendent spokesman spokeswoman spokesperson
    deputy ambassador attorney mec lt. lt col. col colonel lawmaker leader speaker dean rev. rev father sister
    st. doctor author novelist writer actor actress singer rapper lawyer analyst economist strategist
    researcher scientist historian editor reporter columnist founder co-founder cofounder owner manager
    executive chef coach player striker midfielder defender goalkeeper forward captain star model
    influencer creator activist campaigner candidate mp mep msp state defense defence treasury interior
    foreign critic expert professor commentator congressman congresswoman assemblyman assemblywoman
    admiral adm. rear marshal brigadier lieutenant commander cmdr. major maj. corporal cpl. private pvt.
    editor-in-chief commander-in-chief president-elect vice-president secretary-general director-general
    attorney-general
    chairperson envoy consul prosecutor sheriff constable lord lady aide boss
    sir dame archbishop bishop cardinal rabbi imam ayatollah pastor
    brig. brig det. det insp. insp const. const supt. supt ofc. spc. cdr. cmdr amb. atty. hon. rt. pres. msgr.
    fr. assoc. asst. ald. maj gen dci pc baroness baron madam mdm shri smt datuk dato dato' dato’ datin seri
    alhaji alhaja alh. hajia hajiya adv. adv engr. engr
    pfc. pfc cpt. airman seaman trooper patrolman firefighter paramedic magistrate coroner registrar alderman
    alderwoman selectman selectwoman supervisor trustee freeholder comptroller controller treasurer auditor clerk
    provost vice-chancellor headteacher assemblymember delegate del. whip deacon mufti patriarch swami
    ven. venerable vice-chair mayoress ambassador-at-large cllr cllr. coun. coun cr cr. miss
    taoiseach tánaiste tanaiste garda excellency highness mallam
    counsel advocate skipper full-back fullback half-back centre-back center-back wing-back left-back right-back
    fly-half scrum-half wicketkeeper wicket-keeper all-rounder
    usec. usec asec. asec undersecretary""".split()
) | frozenset(  # the offices of Commonwealth states named "… General" with a hyphen ("the Inspector-General of Police")
    f"{head}-general" for head in "inspector auditor solicitor surveyor accountant registrar postmaster".split()
)

# Offices written as capital initials, matched as written (a few spell a particle or a word in lower case: "da
# Silva"): before a name they are its title ("PM Narendra Modi", "Karnataka CM Siddaramaiah", "Manhattan DA Alvin
# Bragg", "IGP Khalid Ismail", "Acme CFO John Roe"); after an owner ("Acme's CFO, John Roe, said", "the firm's CEO")
# the owned office is a description, no organisation's name. One table for both uses. Members of a legislature
# and local officers of Commonwealth pages: "Ward MCA Joshua Otieno" (Kenya's county assemblies), "Lahore MPA",
# "MNA" (Pakistan), "Ontario MPP", "MLC", "Gauteng MEC" (South Africa), "DCE", "MCE" (Ghana's district and
# municipal chief executives), "OCPD", "OCS" (Kenya's police commanders), "PPRO" (a Nigerian police spokesman); the
# ranks of Nigerian and Ghanaian police ("CP Ibrahim Bello", "ASP Ama Owusu", "DPO Musa Ali").
OFFICE_ACRONYMS: frozenset[str] = frozenset(
    """PM CM DA ADA AG DG DGP IGP DCP MLA CJI CEO CFO COO CTO CIO CMO CCO CSO CRO MD TD CS MCA MPA MNA MPP MLC MEC
    DCE MCE OCPD OCS PPRO PRO CP ACP AIG DIG CSP SP DSP ASP DPO""".split()
)

# Offices in capital initials that the place they serve may follow on Pakistani and Indian pages ("the DC Lahore",
# "DPO Sialkot Hassan Asad", "the SSP Karachi"): the table above, a district's deputy commissioner, a senior
# superintendent, a station house officer and a capital city's police officer. ("DC" stays out of the table above:
# a British detective constable's initials before a surname name only one whose title they spell.) Session 64.
PLACED_OFFICE_INITIALS: frozenset[str] = OFFICE_ACRONYMS | frozenset("DC SSP SHO CCPO".split())

# Malaysian honorifics of two words whose second is no title alone ("Tan Sri Muhyiddin Yassin", "Puan Sri Noorainee",
# "Toh Puan Aishah", "Dato' Sri Najib"): "Tan" is a surname, "Sri" a given name ("Sri Mulyani") on their own. The
# office of a Malay state's chief minister likewise ("Selangor Menteri Besar Amirudin Shari"), and a district's
# superintendent of police on Bangladeshi pages ("Police Super Saiful Islam"; "Super" alone is no title).
PAIRED_TITLES: frozenset[tuple[str, str]] = frozenset(
    (("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("dato'", "sri"), ("dato’", "sri"), ("datuk", "sri"))
    + (("dato", "sri"), ("datin", "sri"), ("menteri", "besar"), ("police", "super"))
)

# Endings that make a title of one before a name ("Senator-elect Ann Cole", "Prime Minister-designate Tom Reed").
TITLE_SUFFIXES: tuple[str, ...] = ("-elect", "-designate")

# Offices a capitalised title after "the" stands for by itself ("The President said", "the US President", "the
# Secretary of State"): a description of the holder (name None, the phrase as role), never a name. Only offices held
# by one person at a time: occupations that also name publications ("The Economist", "The Critic") are left out.
OFFICE_TITLES: frozenset[str] = frozenset(
    """president president-elect vice-president premier chancellor mayor governor minister secretary
    secretary-general senator ambassador speaker chairman chairwoman chairperson commissioner prosecutor sheriff
    spokesman spokeswoman spokesperson envoy consul judge ceo director director-general attorney-general general
    superintendent taoiseach tánaiste tanaiste""".split()
)

# Acronyms of a member of an assembly ("the Labour MP", "the SNP MSP", "the Congress MLA"): written in capitals they
# name no publication, so after "the" and the party or place qualifying them they are an office described, as
# OFFICE_TITLES are.
MEMBER_ACRONYMS: frozenset[str] = frozenset("MP MPs MEP MLA MSP MPP MNA MHA TD".split())

# Parts of East and Southeast Asian names spelt like an English function word, as written, with what shows each
# one a name part (speakers.homographs_en, the one place that decides):
# - "part": capitalised right after a name word, or a surname alone by its cue ("Nguyen Van An", "Ho Thi My",
#   "Mai Van On", "So Ji-sub", "“…,” An said"); an adverb as well ("Ling Tian Soon", "Nguyen Thanh Long"), which the
#   adverb tables would otherwise cut from the name;
# - "surname": that, or opening a name before a given name of one syllable ("An Wei", "To Lam"); "In" and "On" are
#   no such surname ("In Hong Kong", "On Long Island" open a place), nor "So" ("So Wang said" opens with the
#   conjunction; "So Ji-sub", with its given name of two syllables, is read as a name all the same);
# - "pronoun": a Chinese surname spelt as a pronoun, a name part only before a name word that is no cue ("He Ping
#   said", "said He Ping"; "He Said" in a headline is the pronoun).
NAME_PART_HOMOGRAPHS: dict[str, str] = {
    **dict.fromkeys("On So My No In Soon Long".split(), "part"),
    **dict.fromkeys("An To Do".split(), "surname"),
    "He": "pronoun",
}

# Courtesy titles British style writes without a full stop ("Mrs Jones", "Dr Ann Jones"): a name's run opens with
# one (as its role); never name words themselves (NOT_NAME_WORDS).
BARE_TITLES: frozenset[str] = frozenset("mr mrs ms dr".split())

# Courtesy titles that say nothing of what a person does: a later "Mr Burnham said" keeps the role the
# article gave first ("Manchester mayor"), not "Mr". The bare titles and the two that shorten no word.
HONORIFICS: frozenset[str] = BARE_TITLES | {"miss", "mx"}

# Titles that tell a person's gender ("Chairwoman Lee", "Sir Keir Starmer"): a prior for he/she.
MALE_TITLES: frozenset[str] = frozenset("mr father chairman spokesman councilman king prince sir lord".split())

FEMALE_TITLES: frozenset[str] = frozenset(
    "mrs ms sister chairwoman spokeswoman councilwoman queen princess lady".split()
)

# Relatives' nouns that tell the sex of the one they describe ("His daughter, Ngozi Okafor-Eze, said he …" is a
# she, whatever "he" follows her name): a role made of one is surer than the pronouns near the name.
MALE_KIN: frozenset[str] = frozenset("son father dad husband brother widower grandfather uncle nephew grandson".split())

FEMALE_KIN: frozenset[str] = frozenset(
    "daughter mother mum mom wife sister widow grandmother aunt niece granddaughter".split()
)

# Degrees, licences and honours written after a name, lower-case without their stops ("said Jane Doe, M.D., chief
# medical officer", "Tom Reed, CPA, partner at …"): part of the role, which goes on after them.
POST_NOMINALS: frozenset[str] = frozenset(
    """md phd mba cpa rn esq jd dds dmd mph msc bsc llm frcs facs faia dnp pa-c obe mbe cbe kc qc""".split()
)

# Letters of a rank, a call to the bar or a seat written right after a name without a comma ("Siobhán Lankford BL",
# "Declan Ryan SC", "Mary Lowe MP", "Seán Kelly TD"), lower-case without their stops: after the name, never a word
# of it.
WRITTEN_POST_NOMINALS: frozenset[str] = POST_NOMINALS | frozenset("bl sc mp td mep msp mla mpp".split())

# The letters of a member or fellow of a royal college ("MRCPI", "FRCSI", "MRCGP", "FRCOG", "MRCVS", "FRCPath"), written
# after a name as the letters above are: one class, too many to list.
ROYAL_COLLEGE_LETTERS_RE = re.compile(r"[FM]RC[A-Z][A-Za-z]{0,4}")

# Titles that are also given names ("Dean", "Earl", "Duke"): after a lower-case role noun ("head coach Dean
# Harwood", "club captain Earl Mensah") the word opens the name, the role already written before it. So do these and
# "Sheriff", "Prince", "King" (given names on Nigerian pages) before one name word after a capitalised office of
# another title set off before them ("The Delta State Governor, Sheriff Oborevwori"; "deputy Sheriff Jones" keeps its
# title). Session 64.
TITLE_GIVEN_NAMES: frozenset[str] = frozenset("dean earl duke".split())
SET_OFF_TITLE_GIVEN_NAMES: frozenset[str] = TITLE_GIVEN_NAMES | frozenset("sheriff prince king".split())

# Generational suffixes that end a person's name ("Ferdinand Marcos Jr.", "Martin Luther King Jr", "Henry Ford II"),
# lower-case without their stops: part of the name, never a name word of their own.
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())

# The same as written after a name, stops left off ("Jr", "III").
WRITTEN_NAME_SUFFIXES: frozenset[str] = frozenset(
    s.capitalize() if s.endswith("r") else s.upper() for s in NAME_SUFFIXES
)

# A party label written before a name like a title ("House Republican Thomas Massie", "ranking Democrat
# Elijah Cummings"): part of the role, never of the name.
PARTY_LABELS: frozenset[str] = frozenset(("republican", "democrat"))

# A US politician's party and state after the name ("Nancy Pelosi, D-Calif., said"): R, D or I, a hyphen, the
# state's abbreviation.
PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")
