"""What was said: the content clause of a cue verb on a spaCy parse.

A ``that`` clause or parataxis, an object with its complement ("called them illegal", "urged X
to ..."), the object of an attitude noun ("expressed skepticism about X"), a prepositional object
("warned against X"); and the verbs and objects that report no statement ("told reporters",
"declined to comment", "spoke for 25 minutes", "posted a photograph").
"""

from __future__ import annotations

import re
from typing import Any

from stance.cues import ATTITUDE_NOUNS, LIGHT_VERBS, QUOTING_VERBS, TELL_VERBS, cue_score, verb_forms
from stance.sources import passive_agent, subtree_tokens

Span = tuple[int, int]

CONTENT_PREPS = ("about", "for", "on", "of", "to", "against", "that", "over")


def as_saying(verb: Any) -> Any:
    """The "saying" of "quoted X as saying ...", or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in c.children if g.dep_ == "pcomp" and g.lower_ in ("saying", "telling")), None)
    return None


def _prep_object(tok: Any) -> tuple[Any, Any]:
    """(preposition, object) of the first content-bearing prepositional child of ``tok``."""
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in CONTENT_PREPS:
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return child, g
    return None, None


_SAYING = frozenset("say says said saying".split())
#: Saying verbs whose object before a subjectless clause is the clause's subject misread.
_SAID = _SAYING | {"added", "adds"}


def has_own_subject(clause: Any) -> bool:
    """A clause with a subject or a conjunction of its own ("that X was ...", "he was ...")."""
    return any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for g in clause.children)


def bare_finite(clause: Any) -> bool:
    """A clause with its auxiliary and no subject nor conjunction of its own ("are following the talks" of "told
    me growers ... are following the talks"): the rest of a reported clause whose subject the parse made an object."""
    return any(g.dep_ == "aux" for g in clause.children) and not has_own_subject(clause)


def _subject_as_object(verb: Any, kids: list[Any]) -> Any:
    """The clause's subject that the parse made the object of a telling or saying verb ("told me growers on his
    side of the island are following the talks": "growers" a dobj, the clause subjectless; "said outsourcing rather
    than pay was the main obstacle": "outsourcing" an xcomp), as the content's head, so the content runs from it
    through the clause; None otherwise."""
    told = verb.lower_ in TELL_VERBS and any(c.dep_ == "dative" for c in kids)  # "told me growers ... are"
    clause = next((c for c in kids if c.i > verb.i and (c.dep_ == "ccomp" or (  # or an advcl with its auxiliary
        told and c.dep_ == "advcl" and any(g.dep_ == "aux" for g in c.children)))), None)
    if clause is None or has_own_subject(clause):
        return None
    obj = next((c for c in kids if c.dep_ in ("dobj", "xcomp") and verb.i < c.i < clause.i), None)
    said = verb.lower_ in _SAID and obj is not None and obj.tag_ in ("VBG", "NN", "NNS")  # "said outsourcing ... was"
    if obj is None or not (told or said):
        return None
    between = verb.doc[obj.i + 1 : clause.left_edge.i]
    return obj if len(between) <= 8 and not any(t.is_punct for t in between) else None


def _attitude_child(verb: Any) -> tuple[Any, Any]:
    """``expressed skepticism about X`` -> (X, "about"); ``the belief that X`` -> (X, belief)."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in ATTITUDE_NOUNS | {"belief", "announcement"}:
            for g in c.children:
                if g.dep_ in ("ccomp", "acl", "relcl") and g.i > c.i:
                    return g, c
            prep, obj = _prep_object(c)
            if obj is None:
                prep, obj = _prep_object(verb)
            if obj is not None and obj.i > c.i:
                return obj, prep
    return None, None


def held_view(verb: Any) -> tuple[Any, Any]:
    """``was of the view that X`` -> (X, view): a copula with "of the view / opinion that", a cue of formal and South
    Asian press English ("Kakar was of the view that the meetings had become a formality"); else (None, None)."""
    if verb.lower_ not in ("is", "was", "are", "were", "be", "been", "remains", "remained"):
        return None, None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i:
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in ("view", "opinion"):
                    clause = next((h for h in g.children if h.dep_ in ("acl", "ccomp", "relcl") and h.i > g.i), None)
                    if clause is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                        return clause, g
    return None, None


#: A verb and particle that report words where the particle alone would not ("pointed out this was the third
#: round", "shot back that ..."), unlike "called off", "held out".
_SAYING_PARTICLES = frozenset(f"{v} {p}" for v, p in (*((f, "out") for f in verb_forms("point")),
                                                       *((f, "back") for f in ("shoot", "shoots", "shot", "shooting"))))


def content_child(verb: Any, score: float) -> tuple[Any, Any]:
    """(content head token, last cue token) for a cue verb, or (None, None)."""
    kids = list(verb.children)
    view, last = held_view(verb)
    if view is not None:
        return view, last
    light = verb.lower_ in LIGHT_VERBS
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "in", "out", "up") and c.i > verb.i
           and f"{verb.lower_} {c.lower_}" not in _SAYING_PARTICLES for c in kids):
        return None, None  # "called the two sides back to the table", "called off the strike"; not "Back in X, Y said"
    if verb.lower_ in QUOTING_VERBS and as_saying(verb) is not None:
        return None, None  # "X quoted a source as saying ...": the source's "saying" carries it
    if light:
        content, last = _attitude_child(verb)
        if content is not None:
            return content, last
    subject = _subject_as_object(verb, kids)
    if subject is not None:
        return subject, verb
    # a ccomp before a parataxis: in "a report that, he said, showed X" the parenthetical is no content; a clause
    # after the verb before a ccomp ahead of it ("The committee co-chairs, X and Y, said that ...": "co" parsed a verb)
    after = any(c.dep_ == "ccomp" and c.i > verb.i and not _continues_quote(c) for c in kids)
    colon = False  # "X laid out the figures: debt service now takes 11%": a colon opens what follows, no report
    for c in sorted(kids, key=lambda k: (k.dep_ != "ccomp", after and k.i < verb.i)):
        if c.i < verb.i and ":" in (c.right_edge.text, c.doc[min(c.right_edge.i + 1, len(c.doc) - 1)].text):
            colon = True
            continue
        if c.dep_ in ("ccomp", "parataxis") and score >= (0.3 if light else 0.05) and not (
                c.dep_ == "parataxis" and (cue_score(c.text) >= 0.5 or saying_aside(c))) and _set_off(c, verb) and (
                score >= 0.3 or _reported_clause(c)):
            return c, verb
    if score < 0.3 or (colon and score < 0.5):  # "... a reason to settle: the courts are writing the rules"
        return None, None
    for c in kids:
        if c.dep_ == "dobj" and verb.lower_ in TELL_VERBS:  # "told a briefing that X": misparsed content
            clause = _that_clause(c)
            if clause is not None:
                return clause, verb
        elif c.dep_ in ("xcomp", "dobj", "attr", "oprd") and c.i > verb.i and c.lower_ not in _MEDIA_NOUNS and not (
                c.dep_ == "dobj" and verb.lower_ in _SHARE_VERBS) and not (  # "shared Etxeberria's post"
                c.dep_ == "dobj" and verb.lower_ in _ASK_VERBS and c.tag_ in ("NNP", "NNPS", "PRP")):  # "asked Lianos"
            return c, verb
        elif c.dep_ == "prep" and c.i > verb.i and score >= 0.8 and c.lower_ in _SCENE_OF_REPORT:
            # "said in a post on X that ...", "told a news conference in Rome that ...", "said in a note to the
            # parties that ..." (the parse hangs the clause on the last noun)
            clause = next((_that_clause(g) for g in c.children if g.dep_ == "pobj"), None)
            if clause is not None:
                return clause, verb
    prep, obj = _prep_object(verb)
    if obj is not None and prep.i == verb.i + 1 and obj.lower_ not in _TIME_NOUNS and not (  # "spoke for 25 minutes"
            verb.lower_ in _SPEAK_VERBS and prep.lower_ in ("to", "with")):  # "spoke to reporters": the audience
        return obj, prep
    return None, None


def _continues_quote(clause: Any) -> bool:
    """A clause after the cue that carries on a quote ("..., the official said, 'though nobody wants ...'"); after a
    colon (": 'We have always said ...'") the quote is what the cue reports."""
    doc, i = clause.doc, clause.left_edge.i
    j = i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j >= 0 and doc[j].text == ":":
        return False
    return j < i - 1 or doc[i].is_quote or doc[i].lower_ in ("though", "so", "but", "and")


def _reported_clause(clause: Any) -> bool:
    """A clause a rarely reporting verb can report: not a free relative ("began what both governments called
    a decisive round")."""
    return clause.doc[clause.left_edge.i].lower_ not in ("what", "whatever")


_SEPARATORS = frozenset(',"\u201d\u2019\'\u2014\u2013:-')  # not ";": "X says ...; Y says" are two statements


def _set_off(content: Any, verb: Any) -> bool:
    """Content before its verb is set off from the source by a comma, a quote mark or a dash ("Juba is
    serious, the minister said"); without one the parse has run a sentence into the verb ("... counts
    off on his fingers the draft texts already agreed")."""
    if content.i > verb.i:
        return True
    edge = content.right_edge.i
    return any(t.text in _SEPARATORS for t in content.doc[edge : min(edge + 2, verb.i)])


#: Objects of "posted", "shared" that are no statement ("posted a photograph of an old payslip").
_MEDIA_NOUNS = frozenset("photograph photographs photo photos picture pictures image images video videos clip "
                         "clips link links selfie".split())


_ASIDE_VERBS = frozenset("say says said tell tells told add adds added note notes noted insist insists insisted argue argues "
                         "argued warn warns warned claim claims claimed believe believes believed think thinks thought "
                         "reckon reckons reckoned estimate estimates estimated".split())


def saying_aside(c: Any) -> bool:
    """``c`` is a set-off "brokers say" with its own subject: the clause's attribution, never another verb's content
    ("Premiums remain high, brokers say, even though ..."; "say" is a cue in only half of PolNeAR's uses)."""
    return c.lower_ in _ASIDE_VERBS and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)


_SPEAK_VERBS = frozenset("spoke speak speaks speaking talked talk talks talking".split())


_ASK_VERBS = frozenset("ask asks asked asking".split())  # "asked Lianos when ...": the one asked is no content


_SHARE_VERBS = frozenset("shared shares share sharing retweeted reposted forwarded".split())


_TIME_NOUNS = frozenset("minute minutes hour hours day days week weeks month months year years "
                        "while time eve morning afternoon evening night weekend sidelines "
                        "monday tuesday wednesday thursday friday saturday sunday".split())  # "spoke on the eve of"


#: Where a report was made, the parse hanging its "that" clause on the place: "told a news conference in Rome that",
#: "told reporters outside the Bundesrat building that", "told reporters after the session that".
_SCENE_OF_REPORT = frozenset("in at during on to via through outside after before".split())


def _that_clause(tok: Any, depth: int = 0) -> Any:
    """A "that" clause the parse hung on a noun after the cue ("told a briefing that X", "said in a
    post on X that Y"), searched through a chain of prepositional phrases; None if there is none."""
    for g in tok.children:
        if g.dep_ in ("relcl", "acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
            return g
        if g.dep_ == "relcl" and g.left_edge.lower_ == "that" and g.left_edge.dep_ != "nsubj" and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i > g.left_edge.i for s in g.children):
            return g  # "told reporters outside the building that the members had worked ...": "that" read as a pronoun
        if g.dep_ == "prep" and depth < 2:
            inner = next((_that_clause(o, depth + 1) for o in g.children if o.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None


_CLOSE_AFTER = re.compile(r"[.,!?]?[\"\u201d]")


def balanced(text: str, span: Span, offset: int) -> Span:
    """The content span with the closing mark of a quote it opens ('as "cordial and businesslike."'):
    the parse hangs that mark on the sentence root, outside the content."""
    s, e = span[0] - offset, span[1] - offset
    inner = text[s:e]
    open_ = inner.count("\u201c") > inner.count("\u201d") or inner.count('"') % 2 == 1
    m = _CLOSE_AFTER.match(text, e) if open_ else None
    if m is None and _OPEN_SINGLE.search(inner):  # British style: "there would be 'no blank cheque'."
        m = _CLOSE_SINGLE_AFTER.match(text, e)
    return (span[0], m.end() + offset) if m else span


#: A single opening mark (after a space or at the start) with no closing one after it: "be 'no blank cheque".
_OPEN_SINGLE = re.compile(r"(?:^|(?<=\s))['\u2018](?=\w)(?:(?!['\u2019](?!\w)).)*$", re.DOTALL)
_CLOSE_SINGLE_AFTER = re.compile(r"[.,!?]?['\u2019](?!\w)")


def without_according(tokens: list[Any]) -> list[Any]:
    """Content tokens cut before a trailing ``, according to X``: the channel is no part of what
    was said."""
    for k, t in enumerate(tokens):
        if k > 0 and t.lower_ == "according" and tokens[k - 1].text in (",", '"', "\u201d"):
            return tokens[:k]
    return tokens


#: "accused X of", "blamed X for", "warned X against", "criticised X over": the object's complement is the claim.
OBJECT_PREPS = frozenset(("of", "for", "against", "over", "as"))


_NOT_STATEMENT = re.compile(
    r"^(?:not to be (?:named|identified|quoted)|(?:on )?(?:the )?condition (?:of|that he|that she|that they)\b|anonymity"
    r"|to comment|comment|each other|one another|itself|themselves|(?:an? |the )?requests? for comment"
    r"|that (?:his|her|their) (?:sur|full |last )?name|that only (?:his|her|their) (?:first|given)"  # "asked that her surname not be used"
    r"|not to (?:use|give|publish|print|reveal|disclose|show) (?:his|her|their))\b",  # "asked CBC News not to use her name"
    re.I,
)


def refusal(words: str) -> bool:
    """"to comment", "not to be named", "a request for comment": words that open no statement."""
    return bool(_NOT_STATEMENT.match(words.strip(" ,;:\"'\u201c\u201d")))


#: Subjects that name nobody ("Neither side", "No official", "nobody").
NOBODY = frozenset("neither nobody none no-one no".split())


_WITHHOLD = frozenset("mention mentioned give gave specify specified name named set".split())


#: What an authority issues that states nothing ("issued several fines against the company").
_SANCTIONS = frozenset("fine fines penalty penalties sanction sanctions permit permits licence licences license licenses "
                       "ticket tickets warrant warrants summons summonses visa visas".split())


def not_statement(content: Any, verb: Any) -> bool:
    """"asked not to be named", "declined to comment", "accused each other", "agreed to return", "did not
    mention a deadline", and passives with no agent ("are expected to last") report no statement."""
    words = " ".join(t.lower_ for t in subtree_tokens(content, stop=verb, whole_stop=True)[:4])
    if _NOT_STATEMENT.match(words):
        return True
    if words.startswith(("whether", "if ")) and any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in verb.children):
        return True  # "controllers must declare whether they will strike", "will decide whether": nothing said yet
    if verb.lower_ in _ISSUING and content.dep_ == "dobj" and (content.lower_ in _SANCTIONS or not any(
            c.dep_ in ("acl", "ccomp", "relcl", "prep") for c in content.children)):
        return True  # "issued a statement as the talks got underway", "issued its strike notice": the act of issuing;
        # "has issued several fines against the company": a penalty, no statement
    if verb.lower_ in _NO_REPLY and any(c.dep_ == "neg" for c in verb.children):
        return True  # "has not commented on the talks", "did not speak to reporters", "a figure officials have not disputed"
    if verb.lower_ in ("declined", "declines", "declining") and words.startswith("to "):
        return True  # "declined to give a date"
    if content.dep_ == "dobj" and verb.lower_ in _WITHHOLD and any(c.dep_ == "neg" for c in verb.children):
        return True  # "did not mention a deadline", "did not give a date": no statement made
    if verb.lower_ in ("agree", "agreed", "agrees", "agreeing") and content.dep_ == "xcomp" and words.startswith("to "):
        return True  # "agreed to extend the ceasefire", "agreed to return to the table": an act, no statement
    if verb.lower_ in _CLAIM and content.dep_ == "dobj" and content.lower_ not in _CLAIMED_DEEDS:
        return True  # "China, which claims almost all of the South China Sea": a claim to territory
    if verb.lower_ in _ENABLING:
        return True  # "the initiative, which allowed Ukraine to export grain": an effect, no statement
    if content.dep_ == "dobj" and content.lower_ in _HOW_MUCH:
        return True  # "has said little in public", "said nothing about the talks"
    if verb.lower_ in _DISPUTE_VERBS and content.dep_ in ("pobj", "pcomp") and content.head.lower_ in ("over", "about"):
        return True  # "arguing over what it would take": what they dispute, not what anyone said
    if verb.lower_ in _TALKS_VERBS:
        return True  # "who has negotiated for the opposition": the talks themselves
    if verb.lower_ in ("spoke", "speaks", "speak", "speaking") and content.dep_ == "pobj" and content.head.lower_ == "for":
        return True  # "Beridze and two owners spoke for the carriers": whom they represent, no statement
    if content.dep_ == "dobj" and content.lower_ in ("slogans", "slogan", "chants"):
        return True  # "chanting slogans against the formula": a crowd's slogans, no speaker's statement (policy 7)
    if _act_or_look(content, verb, words):
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and passive_agent(verb) is None


def _act_or_look(content: Any, verb: Any, words: str) -> bool:
    """Cue verbs that here report an act or how someone seemed, not words: "referred questions to the ministry",
    "called a strike ballot", "declined an invitation to join the talks", "The smaller parties sounded more patient",
    "with the first trains projected to run in 2029" (a forecast with no one who made it)."""
    low = verb.lower_
    if content.dep_ == "dobj" and (low in _REFERRING and content.lower_ in _ENQUIRIES or (
            low in _DECLINING and content.lower_ in _OFFERS) or (low in _PRESENTING and content.lower_ in _DRAFTS)
            or low in _RECOGNISING):  # "has never recognized British sovereignty over the rock": a state's act
        return True  # also "presented a draft with a budget surplus of 0.3%": the act of presenting
    if low in _CALLING and content.lower_ in _CALLED_EVENTS and content.dep_ in ("dobj", "oprd") and not any(
            c.dep_ in ("oprd", "ccomp", "xcomp", "dobj") and c.i != content.i for c in verb.children):
        return True  # not "called the deal a strike against workers"
    if low in _SEEMING and content.dep_ in ("acomp", "attr", "oprd"):
        return True
    if low in _SAYING and content.dep_ == "dobj" and " ".join(t.lower_ for t in content.subtree if t.i <= content.i) in _AMOUNTS:
        return True  # "the order in which they spoke said a good deal about ...": it showed, nobody said
    return (verb.tag_ == "VBN" and low in _FORECAST and words.startswith("to ") and passive_agent(verb) is None
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


_REFERRING = frozenset("refer refers referred referring redirect redirects redirected redirecting direct directs directed "
                       "directing forward forwards forwarded forwarding".split())
_ENQUIRIES = frozenset("questions queries inquiries enquiries requests calls".split())
_CALLING = verb_forms("call")
#: What one calls that is an event, not a name or a verdict: "called a strike ballot", "called a news conference".
_CALLED_EVENTS = frozenset("strike ballot vote election meeting halt referendum walkout stoppage session conference "
                           "briefing recess truce ceasefire demonstration protest march rally boycott sit-in lockout hearing summit "
                           "congress assembly inquiry".split())
_DECLINING = verb_forms("decline", "turn")
_OFFERS = frozenset("invitation invitations invite offer requests request interview interviews comment".split())
_SEEMING = verb_forms("sound", "seem", "appear", "look")
_AMOUNTS = frozenset(("a lot", "a good deal", "a great deal", "much", "plenty", "volumes", "it all"))
_PRESENTING = verb_forms("present", "submit", "table", "unveil")
_RECOGNISING = verb_forms("recognise", "recognize")
_DRAFTS = frozenset("draft drafts proposal proposals plan plans budget bill offer counteroffer counter-offer "
                    "counterproposal counter-proposal text document".split())
_FORECAST = frozenset("projected expected scheduled forecast predicted estimated slated".split())
_CLAIM = verb_forms("claim")
#: What a claim can be a statement about: "claimed responsibility", "claimed victory".
_CLAIMED_DEEDS = frozenset("responsibility credit victory success".split())
_ENABLING = verb_forms("allow", "permit", "enable")
#: Auxiliaries of a statement not made yet.
_NOT_YET = frozenset("must will shall would should could may might to".split())
#: Objects of "said" that measure a statement without making one.
_HOW_MUCH = frozenset("little nothing much anything something more less".split())
#: Verbs of disputing: with "over"/"about" they name the subject of a dispute.
_DISPUTE_VERBS = verb_forms("argue", "quarrel", "bicker", "wrangle", "haggle", "squabble")
#: Verbs of conducting talks, which report none of what was said.
_TALKS_VERBS = verb_forms("negotiate", "bargain", "mediate")
#: Verbs that, negated, say someone said nothing: "has not commented on the talks".
_NO_REPLY = verb_forms("comment", "respond", "dispute", "contest", "speak", "talk")  # negated: nothing said
#: Verbs of putting out a document: with a bare object ("issued a statement") they report no words.
_ISSUING = verb_forms("issue", "release", "publish")
