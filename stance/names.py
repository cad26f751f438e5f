"""Word lists and string rules for speaker names: roles, speaker nouns and place metonyms.

Used by :mod:`stance.speakers` (naming and merging) and :mod:`stance.sources`
(rejecting subjects that cannot be speakers). Pure string code, no spaCy.
"""

from __future__ import annotations

import re

#: The capitals of a regular expression's character class, accented ones included: "Tomás Ó Flaithearta",
#: "Élise Marchand", "Ümit Öztürk".
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: The small letters likewise ("Bogotá", "José").
LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())


def caps(pattern: str) -> str:
    """``pattern`` with every ``A-Z`` and ``a-z`` range of its character classes widened to UPPER and LOWER.

    Patterns that read names by their capitals are written with plain ``[A-Z]`` and passed through this, so that
    "Çağlar Şahin", "Łukasz Żak" and "Émile Ørsted" read as "John Smith" does. Widening twice is widening once.
    """
    return re.sub("a-z(?!" + LOWER[3] + ")", LOWER, re.sub("A-Z(?!" + UPPER[3] + ")", UPPER, pattern))
#: Words that introduce a role before a name ("Kremlin spokesman Arkady Belov").
ROLE_WORDS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. adm adm. "
    "president premier prime minister secretary senator governor representative chairman treasurer comptroller "
    "provost rector magistrate convenor convener coordinator administrator consul attorney-general solicitor-general "
    "auditor-general secretary-general under-secretary vice-president lieutenant-governor "
    "chairwoman chair deputy ambassador spokesperson spokesman spokeswoman expert analyst official "
    "leader mayor akim judge speaker vice nominee professor prof. rev. sir lord king queen prince undersecretary "
    "menteri mentri besar assemblyman assemblywoman assemblymember alderman alderwoman "
    "chief executive ceo cfo coo director head founder co-founder commissioner envoy negotiator "
    "mediator adviser advisor aide lawmaker legislator councillor councilor congressman "
    "congresswoman researcher scientist economist strategist correspondent reporter editor "
    "columnist commander general colonel captain lieutenant sergeant officer manager president-elect "
    "chancellor attorney lawyer prosecutor activist member delegate diplomat "
    "co-leader chairperson superintendent principal teacher worker driver student "
    "coach defender midfielder striker forward goalkeeper winger referee "
    "nurse doctor physician surgeon engineer pilot farmer fisherman owner shopkeeper "
    "vendor trader resident imam cleric priest pastor bishop archbishop rabbi sheikh monk cardinal reverend "
    "chaplain critic whip backbencher mp mla msp mep td mhk mna mpa mpp mlc brigadier marshal commodore inspector sheriff cs "
    "advocate ombudsman ombudswoman ombudsperson ministro canciller foreman forewoman steward mec "
    "facilitator moderator arbitrator arbiter conciliator interlocutor intermediary registrar prefect".split()
)
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president prime minister "
    "secretary senator governor representative chairman chairwoman chair deputy ambassador "
    "spokesperson spokesman spokeswoman political expert analyst official "
    "former candidate leader mayor judge speaker lt. col. adm. pres. vice prof capt capt. maj maj. cmdr cmdr. cdr cdr. "
    "republican democratic democrat gop nominee hopeful professor prof. rev. sir lord insp insp. supt supt. sgt sgt. det det. cst "
    "father fr fr. rev revd sister reverend pastor bishop archbishop cardinal imam rabbi prefect cr cr. cllr clr "
    "the a an".split()
)
ORG_WORDS = frozenset(
    "ministry department committee commission council government party office agency "
    "administration house senate congress court union bureau service campaign company "
    "corporation inc inc. corp corp. group organization organisation institute university "
    "foundation association network news times post journal radio tv television press "
    "agency army forces police parliament majlis assembly cabinet kremlin washington "
    "baku yerevan moscow beijing statement report poll survey study command presidency secretariat embassy consulate "
    "alliance federation confederation coalition authority board forum fund bank league prefecture directorate "
    "inspectorate gendarmerie coastguard plan health hospital hospitals clinic chamber".split()
)
#: Words of party names that lack the word "party" ("Lib Dems", "Scottish Greens", "Labour"): no person's name.
PARTY_WORDS = frozenset("democrats dems republicans labour conservatives tories greens liberals socialists "
                        "nationalists".split())
LEGAL_FORMS = frozenset("llp jsc pjsc ojsc pte bhd pty spa srl nv bv sa".split())  # "Tobyl Grain Terminal LLP"
#: Words that end company names ("Northline Aerospace", "Carrow Pharmaceuticals", legal forms): no person's name has one.
COMPANY_WORDS = frozenset(
    "air aerospace airlines airways pharmaceuticals pharma therapeutics biotech motors automotive energy "
    "holdings bank capital partners technologies industries mining minerals metals aviation resources petroleum "
    "telecom communications media entertainment studios logistics shipping railways insurance "
    "securities ventures laboratories electronics chemicals plc ltd llc gmbh fc cf afc management properties realty "
    "motor rail transit markets stores foods brands supermarkets resorts hotels casinos bus buses ferries schools "
    "tourism seating ab asa oyj inc corp corporation plan".split()) | LEGAL_FORMS
ORG_WORDS = ORG_WORDS | COMPANY_WORDS
#: Common nouns that can head a speaker mention (people, organisations, documents).
PERSON_NOUNS = ROLE_WORDS | frozenset(
    "official officials source sources people person persons analysts experts observers relative uncle "
    "observer delegates diplomats negotiators mediators leaders residents resident witnesses aunt "
    "witness members workers critics supporters opponents insiders representatives voters cousin "
    "citizens farmers fishermen students parents parent teachers drivers doctors nurses nephew niece "
    "investors executives bankers economists officers lawmakers activists protesters pensioner "
    "family relatives sister brother mother father wife husband son daughter widow grandmother "
    "man woman men women spokespeople aides advisers advisors staff employees pilots grandfather "
    "campaigners researchers scientists journalists commentators neighbours neighbors pensioners "
    "survivors victims refugees passengers customers shoppers traders owners owner servant servants don boss "
    "attendant cashier cleaner waiter waitress stewardess receptionist janitor carer caregiver fellow".split()
)
#: One person met in the street, singular only ("One GN employee in Rankin Inlet ... was less hopeful"): the plurals
#: ("ranchers who say ...") are the writer's summary of a group more often than anyone's words.
ONE_PERSON = frozenset(
    "employee staffer commuter passenger retiree pensioner miner voter volunteer shopper customer survivor "
    "victim migrant citizen investor banker journalist commentator campaigner neighbour neighbor "
    "protester tenant landlord homeowner motorist labourer laborer rancher herder mechanic technician "
    "electrician plumber baker butcher tailor grocer stallholder villager merchant grower winemaker vintner "
    "smallholder breeder trucker haulier docker dockworker cabbie artisan craftsman miller fisher fisherwoman sailor "
    "boatman hawker peddler weaver planter courier patient midwife paramedic firefighter crofter shepherd "
    "beekeeper grazier trawlerman skipper deckhand bricklayer carpenter welder seafarer stevedore farmworker".split()
)
GROUP_NOUNS = frozenset(
    "ministry department committee commission council government governments party office "
    "agency administration house senate congress court union unions bureau service campaign "
    "company firm corporation group groups organization organisation institute university "
    "foundation association network newspaper paper broadcaster agency army military forces "
    "police parliament assembly cabinet presidency embassy delegation delegations coalition "
    "alliance federation authority authorities regulator regulators board bloc mission "
    "opposition movement bank fund secretariat side sides rebels insurgents militants "
    "team teams industry prosecutors kremlin league chamber militia militias confederation insurer lender municipality municipalities county district"
    " prefecture directorate inspectorate gendarmerie coastguard city".split()
)
DOC_NOUNS = frozenset(
    "statement statements communique communiqué report poll survey study letter memo document "
    "readout filing note draft declaration text post tweet release announcement message email e-mail "
    "bulletin notice findings account sheet memorandum summary".split()
)
#: Nouns that head no speaker although they take reporting verbs ("negotiations offered").
NON_SPEAKERS = frozenset(
    "talks negotiations negotiation deal agreement proposal plan process move decision step "
    "arrangement arrangements acquisition acquisitions measure measures offer meeting session "
    "conflict war issue question dispute prospect shift dynamics outcome result results number "
    "numbers figures data evidence fact facts situation record history chance way round rounds "
    "reluctance refusal insistence approach tone mood price prices market markets each "
    "wave attack fighting violence clashes "  # events ("a wave of attacks ... threatened to end the talks")
    "delay delays impasse deadlock stalemate standoff uncertainty "  # states ("The delay worries officials in X")
    "day week month year hour "  # time ("three days in Addis Ababa showed how little had moved")
    "photo photograph picture image footage screenshot graphic chart map".split()  # a caption, no statement (policy 7)
)
ABSTRACT_ENDINGS = ("ance", "ence", "ness", "ity", "ism", "tion", "sion", "ure", "ship", "ment")


_ROLE_PREFIXES = frozenset("vice deputy co ex under sub".split())


def noun_kind(word: str) -> str | None:
    """``person``, ``group``, ``doc``, ``none`` (not a speaker) or None (unknown) for a common noun."""
    low = word.lower()
    head, _, rest = low.partition("-")
    if rest and head in _ROLE_PREFIXES:
        low = rest  # "vice-minister", "co-chair", "ex-mayor": the role after the prefix
    sing = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    for kind, words in (("person", PERSON_NOUNS), ("group", GROUP_NOUNS), ("doc", DOC_NOUNS)):
        if low in words or sing in words:
            return kind
    if low in ONE_PERSON:
        return "person"
    if low in NON_SPEAKERS or sing in NON_SPEAKERS or sing.endswith(ABSTRACT_ENDINGS):
        return "none"
    return None


NAME_PARTICLES = frozenset("de da di dos das del della dela delos du van von der den ter ten le la bin bint ibn al el abu ag ould við á í af ap i "
                           "y arap uulu kyzy a/l a/p binti".split())  # lower-case words in names: "von der Leyen", "arap Sang", "Sultan uulu",
# "Thiruselvam a/l Ramasamy" (Malaysian "son of"), "Castilla y León", "Ortega y Gasset"
#: Short forms of given names, each with the full names it stands for ("Tom Reedy" is "Thomas Reedy").
_SHORT_GIVEN = {
    "tom": "thomas", "tommy": "thomas", "bill": "william", "will": "william", "billy": "william",
    "bob": "robert", "rob": "robert", "bobby": "robert", "robbie": "robert", "jim": "james", "jimmy": "james",
    "jamie": "james", "mike": "michael", "mick": "michael", "dave": "david", "dan": "daniel", "danny": "daniel",
    "joe": "joseph", "chris": "christopher christine christina", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine catherine kathleen", "katie": "katherine catherine", "kathy": "katherine kathleen",
    "cathy": "catherine", "sam": "samuel samantha", "alex": "alexander alexandra alexis", "nick": "nicholas",
    "tony": "anthony antonio", "andy": "andrew", "ben": "benjamin", "matt": "matthew", "pat": "patrick patricia",
    "steve": "stephen steven", "ed": "edward edmund", "eddie": "edward", "ted": "edward theodore",
    "jack": "john", "johnny": "john", "dick": "richard", "rick": "richard", "rich": "richard", "greg": "gregory",
    "jeff": "jeffrey", "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "maggie": "margaret",
    "peggy": "margaret", "meg": "margaret", "ron": "ronald", "don": "donald", "ken": "kenneth",
    "larry": "lawrence", "jerry": "gerald jerome", "fred": "frederick", "charlie": "charles", "chuck": "charles",
    "harry": "henry harold", "pete": "peter", "phil": "philip phillip", "tim": "timothy", "vic": "victor",
    "nate": "nathan nathaniel", "josh": "joshua", "zach": "zachary", "abby": "abigail", "becky": "rebecca",
    "vicky": "victoria", "mandy": "amanda", "debbie": "deborah", "deb": "deborah", "pam": "pamela",
    "gabe": "gabriel", "manny": "manuel", "pepe": "josé jose", "paco": "francisco", "sasha": "alexander alexandra",
    "misha": "mikhail", "dima": "dmitry dmitri", "vova": "vladimir", "volodya": "vladimir",
}


def same_given_name(a: str, b: str) -> bool:
    """Two given names of one person: equal, or one the short form of the other ("tom", "thomas"); lower case."""
    return a == b or b in _SHORT_GIVEN.get(a, "").split() or a in _SHORT_GIVEN.get(b, "").split()


#: Head words of organisations' names ("Competition and Markets Authority").
ORGISH = frozenset(
    "ministry department committee commission council government party office agency union "
    "university institute house senate court bank group network fund forces army authority "
    "association federation corporation company board service foundation forum alliance "
    "coalition port secretariat assembly".split()
)


#: Titles that are also surnames, which end a name rather than open one: "Dale Cardinal", "Julie Bishop".
SURNAME_TITLES = frozenset("cardinal bishop pastor priest monk chaplain marshal sheriff steward foreman judge".split())


def is_trade_noun(word: str) -> bool:
    """A lower-case noun for what someone does, before their full name ("gold miner", "cane cutter",
    "pharmacist"): the role words list cannot hold every trade."""
    return word.isalpha() and word.islower() and len(word) > 4 and word.endswith(("er", "or", "ist", "ian", "ant", "ent"))


#: An age as a noun ("A 22-year-old from the east side said"): a person.
AGE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old")

#: The levels of government a body's name may follow in lower case: "the federal Department of Industry".
GOVERNMENT_LEVELS = ("federal", "provincial", "state", "national", "regional", "municipal", "local", "central")

#: Words of a minister's portfolio ("Minister of Energy and Mines"), never of the minister's name.
PORTFOLIO_WORDS = frozenset(
    "finance foreign affairs defence defense interior home justice health education labour labor trade energy "
    "agriculture economy economic transport environment industry commerce mines mining culture tourism state "
    "development planning water fisheries communications information security treasury ocean oceans policy "
    "sustainability climate natural resources public works social welfare employment housing local youth sport "
    "sports digital science technology innovation immigration maritime marine rural family women children "
    "veterans investment infrastructure petroleum power land lands forestry heritage arts cooperation relations "
    "food consumer regional indigenous reconciliation transportation peace blue citizenship refugees migration "
    "integration asylum political dialogue participation".split()
)
#: A ministry's remits, as its name lists them ("Foreign Affairs, International Business and International
#: Cooperation"): the portfolios and a few words only a remit has.
REMIT_WORDS = PORTFOLIO_WORDS | frozenset("business expatriates diaspora investments promotion".split())


#: Prepositions after which a capitalised name is a place ("an employee in Rankin Inlet"), and the verbs that make it
#: a person again ("found a vocal critic in Chan Ka Wai"): one rule for the parse and for the plain text.
LOCATIVE_PREPS = ("in", "at", "near", "outside")
FINDING_VERBS = frozenset("find finds found finding has have had having".split())
#: Words that make a "figure" a person, not a number: "a senior GAA figure", "a leading party figure".
FIGURE_WORDS = frozenset("senior leading prominent veteran party".split())
#: Words that make a role a past one: "Former transport minister X" is not "the minister".
PAST_ROLE = frozenset("former ex retired erstwhile one-time onetime late".split())
#: Generational suffixes, lower case: a name's last word past them is its surname ("Herminio Bautista Jr.").
GENERATIONAL = frozenset("jr jr. sr sr. ii iii iv".split())


#: Words that open a modifier after a nominal speaker ("an official familiar with the talks").
POST_MODIFIERS = frozenset("involved familiar close briefed with in at from for on who speaking".split())


ACRONYM = re.compile(r"^(?:[Tt]he )?[A-Z]{2,6}$")


_POSSESSIVE = re.compile(r"['’]s\b")


def without_possessives(name: str) -> str:
    """``name`` with its possessives off, as names are compared: "Japan's ruling party" -> "Japan ruling party"."""
    return _POSSESSIVE.sub("", name)


def acronym_of(short: str, long: str) -> bool:
    """"CSD" for "Consejo Superior de Deportes", "IAEA" for "the International Atomic Energy Agency":
    the initials of the capitalised words, particles skipped."""
    short = re.sub(r"^the\s+", "", short.strip(), flags=re.I)
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    bare = re.sub(r"^the\s+", "", long.strip(), flags=re.I)
    words = [w for w in re.split(r"[\s-]+", bare) if w]
    while len(words) > 2 and words[0].isupper() and len(words[0]) <= 3:  # "UK Competition and Markets Authority"
        if "".join(w[0] for w in words if w[:1].isupper()) == short:
            break
        words = words[1:]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and initials == short:
        return True
    # "IDB" for "Inter-American Development Bank": a hyphenated word gives one initial
    whole = [w for w in bare.split() if w[:1].isupper()]
    return len(whole) >= 2 and "".join(w[0] for w in whole) == short
