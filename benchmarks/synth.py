"""Deterministic synthetic inputs for the throughput benchmark (issue 6).

Statements of 10-60 words, each inside the sentence that reports it (direct quote or reported
speech, sometimes after a background sentence), and ~600-word news articles composed from the same
templates with direct quotes, reported speech and narrative. Everything is drawn from one
``random.Random(seed)``, so a seed always gives the same texts; the generators are lazy, so 100k
statements never sit in memory at once.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

TARGET = "the Armenia-Azerbaijan peace talks"

PEOPLE = [
    ("Aram Galstyan", "Armenia's foreign minister", "he"), ("Leyla Rustamova", "a deputy speaker of parliament", "she"),
    ("Hikmet Aliyev", "a presidential adviser in Baku", "he"), ("Anna Petrosyan", "an opposition lawmaker", "she"),
    ("Marc Delacroix", "the EU special representative", "he"), ("Sarah Whitfield", "a State Department spokeswoman", "she"),
    ("Dmitri Orlov", "a Kremlin spokesman", "he"), ("Nigar Mammadova", "a political analyst in Baku", "she"),
    ("Tigran Hovhannisyan", "the mayor of Goris", "he"), ("Elena Varga", "a researcher at the Crisis Group", "she"),
    ("Kamran Huseynov", "a retired general", "he"), ("Lilit Sargsyan", "a refugee advocate", "she"),
]
SUBJECTS = [
    "the peace treaty", "the draft agreement", "the border commission", "the transit corridor", "the ceasefire",
    "the delimitation process", "the next round of talks", "the exchange of prisoners", "the final text",
    "the mediation effort", "the reopening of the railway", "the mine-clearing programme", "direct negotiations",
]
PREDICATES = [
    "is closer than it has ever been", "cannot be signed while troops remain on the border",
    "depends on guarantees that nobody has offered yet", "has stalled over two short articles",
    "will only hold if both capitals show restraint", "was never taken seriously by the other side",
    "could be finished within weeks", "remains hostage to domestic politics", "is the only realistic path",
    "has brought the first real trust in thirty years", "is being used to buy time", "needs outside monitors",
    "must address the fate of the displaced families", "was discussed for six hours without a break",
]
ACTIONS = [
    "sign", "delay", "reject", "revise", "welcome", "support", "block", "finalise", "question", "endorse",
]
ACTORS = ["Baku", "Yerevan", "the mediators", "both governments", "Moscow", "Brussels", "Washington",
          "the negotiating teams", "the foreign ministers", "the border guards", "the parliament"]
TIMES = ["by the end of the year", "within weeks", "next Tuesday", "before the summer", "after the elections",
         "this month", "as soon as possible", "in the coming days", "by spring", "at the next summit"]
PLACES = ["Geneva", "Washington", "Almaty", "Brussels", "Moscow", "Tbilisi", "Yerevan", "Baku", "Istanbul"]
CONNECTORS = [", and", ", but", "; moreover,", " because", ", although", ", which means that", " while",
              "; in other words,", ", so"]
CLAUSES = [
    "{subj} {pred}", "we expect {actor} to {act} {subj} {time}", "{actor} will {act} {subj} {time}",
    "nobody in {place} believes that {subj} {pred}", "I told {actor} that {subj} {pred}",
    "there are {num} open questions and {subj} {pred}", "{actor} has refused to {act} {subj}",
    "the people of {place} want {actor} to {act} {subj}", "after {num} rounds {subj} {pred}",
]
BACKGROUND = [
    "The two countries fought wars over the region in the 1990s and again in 2020 and 2023.",
    "Negotiators met in {place} on {day} for a {ordinal} round of talks on {subj}.",
    "Officials have said {subj} {pred}, but no date has been set.",
    "{actor_cap} has hosted several meetings since the last round collapsed in {place}.",
    "More than {num} thousand people were displaced by the fighting.",
    "The talks were not open to the press, and neither side published an agenda.",
    "Diplomats in {place} describe {subj} as the hardest part of the process.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]
VERBS = ["said", "told reporters", "insisted", "warned", "argued", "added", "said on Tuesday"]


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        subj=rng.choice(SUBJECTS), pred=rng.choice(PREDICATES), actor=rng.choice(ACTORS),
        actor_cap=rng.choice(ACTORS).capitalize(), act=rng.choice(ACTIONS), time=rng.choice(TIMES),
        place=rng.choice(PLACES), num=rng.randint(2, 40), day=rng.choice(DAYS), ordinal=rng.choice(ORDINALS),
    )


def statement(rng: random.Random, min_words: int = 10, max_words: int = 60) -> str:
    """One statement of ``min_words``..``max_words`` words: whole clauses joined by connectors, no final stop."""
    want = rng.randint(min_words, max_words)
    text = _fill(rng, rng.choice(CLAUSES))
    while len(text.split()) < want:
        more = rng.choice(CONNECTORS) + " " + _fill(rng, rng.choice(CLAUSES))
        if len(text.split()) + len(more.split()) > max_words:
            break
        text += more
    return text[0].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text if text.startswith("I ") else text[0].lower() + text[1:]


def report(rng: random.Random, text: str, person: tuple[str, str, str]) -> tuple[str, str]:
    """(statement as it appears, the sentence reporting it): direct quote or reported speech."""
    name, title, _ = person
    form = rng.randrange(5)
    if form == 0:
        return text, f'"{text}," {name}, {title}, {rng.choice(VERBS)}.'
    if form == 1:
        return text + ".", f"{name} told reporters in {rng.choice(PLACES)}: \u201c{text}.\u201d"
    if form == 2:
        inner = _lower_first(text)
        return inner, f"{name}, {title}, {rng.choice(VERBS)} that {inner}."
    if form == 3:
        inner = _lower_first(text)
        return inner, f"According to {name}, {inner}."
    return text, f"\u201c{text},\u201d said {name}."


def statements(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n`` statements as ``{"text", "context", "speaker"}`` dicts; a third have a background sentence too."""
    rng = random.Random(seed)
    for _ in range(n):
        person = rng.choice(PEOPLE)
        text, sentence = report(rng, statement(rng), person)
        if rng.random() < 0.33:
            sentence = _fill(rng, rng.choice(BACKGROUND)) + " " + sentence
        yield {"text": text, "context": sentence, "speaker": person[0]}


def _paragraph(rng: random.Random, cast: list[tuple[str, str, str]], introduced: set[str]) -> str:
    person = rng.choice(cast)
    kind = rng.random()
    if kind < 0.4:
        return " ".join(_fill(rng, t) for t in rng.sample(BACKGROUND, rng.randint(1, 3)))
    quote = statement(rng, 8, 40)
    if person[0] in introduced and kind < 0.55:
        return f'"{quote}," {person[2]} {rng.choice(VERBS)}. ' + _fill(rng, rng.choice(BACKGROUND))
    introduced.add(person[0])
    _, sentence = report(rng, quote, person)
    if rng.random() < 0.4:
        sentence += f' "{statement(rng, 6, 25)}."'
    return sentence


def article(rng: random.Random, words: int = 600) -> str:
    """One news article of about ``words`` words: paragraphs of narrative, quotes and reported speech."""
    cast = rng.sample(PEOPLE, rng.randint(3, 5))
    place = rng.choice(PLACES)
    paras = [f"{place.upper()} \u2014 " + _fill(rng, BACKGROUND[1])]
    introduced: set[str] = set()
    count = len(paras[0].split())
    while count < words:
        para = _paragraph(rng, cast, introduced)
        paras.append(para)
        count += len(para.split())
    return "\n\n".join(paras)


def articles(n: int, seed: int = 0, words: int = 600) -> Iterator[str]:
    """``n`` articles of about ``words`` words each (deterministic for a seed)."""
    rng = random.Random(seed)
    for _ in range(n):
        yield article(rng, words)
