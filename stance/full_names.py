"""The full names an article gives its people, by surname: the antecedents of a later bare surname ("Raman said"
after "Priya Raman"), read from plain text over :func:`stance.mentions` runs of capitalised words."""

from __future__ import annotations

from stance.mentions import capitalised_runs, family_first
from stance.name_runs import org_tail
from stance.names import NAME_PARTICLES, ROLE_WORDS
from stance.speakers import is_person_name, strip_name, surname_form


def full_names(text: str) -> dict[str, set[str]]:
    """Surname -> the full person names of the article that end in it ("raman" -> {"Priya Raman"})."""
    names: dict[str, set[str]] = {}
    for start, _, run in capitalised_runs(text, 0, len(text)):
        name = strip_name(run)
        portfolio = _named_after_portfolio(text, start, run)
        if portfolio:  # "Secretary of | State Marco Rubio": the portfolio's word opens the run
            names.setdefault(surname_form(portfolio).split()[-1], set()).add(portfolio)
        elif is_person_name(name) and not org_tail(text, start):
            names.setdefault(surname_form(name).split()[-1], set()).add(name)
            words = name.split()
            if family_first(name):  # "Lee Jung-won" is "Lee" too
                names.setdefault(surname_form(name).split()[0], set()).add(name)
            if len(words) == 4 and all(w[:1].isupper() for w in words):  # "Rafael Antonio Guzman Peralta" is "Guzman"
                names.setdefault(surname_form(name).split()[2], set()).add(name)
    return {surname: _shortest_forms(found) for surname, found in names.items()}


def _named_after_portfolio(text: str, start: int, run: str) -> str:
    """The person named after a title with a portfolio ("Secretary of State Marco Rubio", "Minister of Foreign
    Affairs Jane Doe"), whose capitalised run starts at the portfolio's word; "" for any other run. The title is
    put back in front and :func:`stance.role_split.split_role` splits the portfolio off, as for any mention."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" of ") or len(run.split()) < 3:
        return ""
    title = before[:-4].split()[-1:]
    if not title or title[0].lower() not in ROLE_WORDS:
        return ""
    name = strip_name(f"{title[0]} of {run}")
    return name if is_person_name(name) else ""


def _shortest_forms(names: set[str]) -> set[str]:
    """One person written twice, the second time with a word run in front ("Kirsty Ballantyne" and, at
    the start of a quote, "Met Kirsty Ballantyne"): keep the name the longer one ends in. A name two words or more
    longer is the full one ("Maria da Conceição Vasconcelos Brito", then "Vasconcelos Brito"): keep that."""
    def extra(n: str, m: str) -> int:
        return len(n.split()) - len(m.split())

    def surname(m: str) -> bool:  # "Ó Súilleabháin", "de Klerk": a surname with its particle, not a full name
        return m.split()[0].lower() in NAME_PARTICLES | _GAELIC

    return {n for n in names if not any(n != m and n.endswith(" " + m) and extra(n, m) == 1 and not surname(m)
                                        for m in names)
            and not any(m != n and m.endswith(" " + n) and (extra(m, n) >= 2 or surname(n)) for m in names)}


#: Irish and Scottish particles that open a surname with a capital: "Ó Súilleabháin", "Ní Bhriain", "Mac Cárthaigh".
_GAELIC = frozenset("ó ní nic mac mc uí ua".split())
