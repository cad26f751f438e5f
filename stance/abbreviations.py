"""Abbreviations whose full stop ends no sentence: titles ("Sen.", "Brig."), company and place words ("Inc.", "St.",
"Mt."), months ("Sept."), US states and Canadian provinces as news agencies write them ("Calif.", "Mass.", "Ont."). One list for the sentence splitter
(:func:`stance.quotes.sentences`), the source of a reported statement (:mod:`stance.attribution`) and a post's
revealed speaker (:mod:`stance.posts`), so that "talks in Iran. The minister said" ends a sentence and "state Sen.
Harold Brinkerhoff" does not.
"""

from __future__ import annotations

#: Titles and ranks written with a full stop before a name.
TITLES = frozenset(
    "Mr Mrs Ms Mx Dr Prof Rev Fr Hon Sen Rep Gov Gen Lt Col Maj Capt Cpt Cmdr Cdr Adm Brig Sgt Cpl Pte Supt Insp Det "
    "Pres Atty Ald Amb Sr Jr Com Cde Usec Asec Shri Smt Sri Kum Engr Eng Arch Atty Dra Sra Sres Ing Lic Licda Arq "
    "ef".split())  # Latin American "Ing." and "Lic." before a name; Bosnian "ef." (efendi) inside one
#: US states and Canadian provinces as the agencies abbreviate them after a town ("Decatur, Ill.", "Oakville, Ont.").
STATES = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa "
    "Tenn Tex Va Vt Wash Wis Wyo "
    "Ont Que Sask Alta Nfld".split())  # Canadian provinces as Canadian Press writes them
#: Every abbreviation, titles included.
ABBREVIATIONS = TITLES | STATES | frozenset(
    "No Nos St Sts Ss Co Mt Ft Inc Ltd Corp Bros Dept Univ Ave Rd Blvd Pty Est Op Vol Art Sec Fig "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Mohd Mst Ch Kh Sk".split())  # abbreviated parts of South Asian and Malay names: "Marcus Ch. Marak", "Mohd. Ali"
#: Abbreviations that only stand before a number ("No. 10", "Art. 164"): "No. Our caucus ..." ends a sentence.
NUMBERED = frozenset("No Nos Art Sec Fig Vol Op".split())
