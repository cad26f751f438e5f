"""Interview and transcript answers (:func:`exchange`): paragraphs that open with a speaker label, or the answers of an
interview without labels.

``Raman: No. It's in intensive care ...`` or ``PENCE: Well, ...``: the label names the speaker and the rest of the
paragraph is what they said, with no quote marks and no reporting verb (:mod:`stance.transcripts`). A label counts only
in an article with at least two labelled paragraphs, and only when it is written in capitals (a transcript), the name
also occurs elsewhere in the article (the interviewee is introduced) or is a person's full name that labels two turns
or more, so that "Photo: ..." or a live blog's "Update: ..." is never a speaker. "Q: ... / A: ..." answers belong to the
person the introduction names. An interview with no labels at all counts only after an introduction that says it is
one ("The interview has been edited for length and clarity"): then questions and answers alternate paragraph by
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stance.names import caps
from stance.quotes import paragraphs
from stance.transcripts import named_answers, reporters
from stance.turns import NOT_SPEAKERS, Answer, Span, trimmed


def labelled_answers(text: str) -> list[Answer]:
    """The answers of an interview or transcript in ``text`` (empty when it has none)."""
    return exchange(text).answers


@dataclass(frozen=True)
class Exchange:
    """An interview's or transcript's answers, and the other side's paragraphs: a presenter's or reporter's turns
    in a transcript labelled with names (``hosts``: "MOLONEY: ... Sinn Féin's spokesperson said yesterday that
    ...", which may report someone, so they are read like the rest of the article), or an interviewer's questions
    (``questions``: "Q: Brussels says it has waited since December. Why?", or a question of an interview without
    labels), which are the interviewer's and nobody's statement, but for someone they report (read by the
    extractor like the rest of the article: Brussels says)."""

    answers: list[Answer]
    hosts: list[Span]
    questions: list[Span]


def exchange(text: str, original: str | None = None) -> Exchange:
    """The :class:`Exchange` of ``text`` (empty when it has none). A transcript's labelled turns are answers, but
    for its presenter's (:func:`stance.transcripts.named_answers`) and its reporter's (the byline's name, :func:`stance.transcripts.reporters`).
    ``original``: the same text before its headline, standfirst, byline and captions were blanked
    (:func:`stance.quotes.blank_furniture`), where the byline and an interview's standfirst are read."""
    original = text if original is None else original
    named, hosting = named_answers(text, reporters(original))
    if named or hosting:  # a script whose only labels are its anchor's and reporter's ("REPORTER, voice-over:")
        return Exchange(named, hosting, [])
    anonymous = _anonymous_answers(text, original)
    if anonymous:
        return Exchange(anonymous, [], [para for para in paragraphs(text)
                                        if (m := _QA.match(text, *para)) and m.group(1) in ("Q", "Question")])
    answers, questions = _unmarked_exchange(text, original)
    return Exchange(answers, [], questions)


_QA = re.compile(r"[ \t]*(Q|Question|A|Answer)[ \t]*:[ \t]+(?=\S)")


def _anonymous_answers(text: str, original: str) -> list[Answer]:
    """"Q: ... / A: ..." after an introduction ("Whitfield spoke with The Courier on Monday."): each
    answer belongs to the person the introduction names, or the interview's standfirst ("Rehana Parvin Lata, who
    sits on the board for the workers, explains why ..."), or else who opens the last sentence before the first
    question."""
    from stance.mentions import sentence_subjects

    qa = [(m, para) for para in paragraphs(text) if (m := _QA.match(text, *para)) is not None]
    answers = [(m, para) for m, para in qa if m.group(1) in ("A", "Answer")]
    if len(answers) < 2 or len(answers) == len(qa):
        return []
    first_q = qa[0][1][0]
    intro = list(_INTRO.finditer(text, max(0, first_q - 1000), first_q))
    if intro:  # "I spoke to Dr. Lilit Ter-Grigoryan, a political scientist ..."
        label = intro[-1].span(1)
    elif (surname := _introduced_surname(text, (max(0, first_q - 1000), first_q))) is not None:
        label = surname  # "Tarar, a career diplomat ..., spoke to us in his office."
    elif (standfirst := _STANDFIRST.search(original, 0, first_q)) is not None:
        label = standfirst.span(1)  # "Rehana Parvin Lata, who sits on the board ..., explains why ..."
    else:
        who = [(pos, name) for pos, name in sentence_subjects(text[:first_q]) if first_q - pos < 1000]
        if not who:
            return []
        mention = _MENTION.match(text, who[-1][0])
        if mention is None:
            return []
        label = mention.span()
    return [Answer(label, (m.end(1), m.end(1) + 1), trimmed(text, m.end(), para[1]), para)
            for m, para in answers if len(text[m.end() : para[1]].split()) >= 2]


#: An interview's standfirst: "Rehana Parvin Lata, who sits on the board for the workers, explains why she is staying".
_STANDFIRST = re.compile(caps(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+(?:who|a|an|the)\b"
                         r"[^\n]{0,160}?,[ \t]+(?:explains|says|tells|talks|discusses|reflects|speaks|describes)\b"))
#: "spoke to Dr. Jane Roe", "in an interview with Jane Roe", "we asked Jane Roe": the interviewee's name.
_INTRO = re.compile(
    caps(r"(?:\b(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:to|with)\s+|\binterview(?:ed)?\s+(?:with\s+)?"
    r"|\b(?:we|I)\s+asked\s+)"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Sen|Rep)\.?\s+)?(?!The\b)"
    r"([A-Z][\w’'-]+(?:[ \t]+(?:[A-Z][\w’'-]+|(?:de|van|von|al|bin|ter|da|del)\b)){1,3})"))
_MENTION = re.compile(caps(r"[\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]*)*"))


#: "We spoke to Ferrer on Tuesday", "Tarar, a career diplomat who ..., spoke to us": the interviewee by surname.
_SURNAME_INTRO = re.compile(
    caps(r"\b(?:spoke|talked)\s+(?:to|with)\s+([A-Z][\w’'-]+)\b(?![ \t]+[A-Z])"
    r"|(?:^|(?<=[.!?][ \t])|(?<=\n))([A-Z][\w’'-]+)(?:,[^.\n]{3,200}?,)?[ \t]+(?:spoke|talked)[ \t]+(?:to|with)[ \t]+(?:us|me)\b"))


#: A capitalised word before a name: the first name that introduces its surname.
_WORD_BEFORE = caps(r"\b[A-Z][\w’'-]+[ \t]+")


def _introduced_surname(text: str, span: Span) -> Span | None:
    """The last surname in ``span`` that introduces an interview ("We spoke to Ferrer on Tuesday", "Tarar, a
    career diplomat ..., spoke to us"), when the article names that person in full elsewhere ("Margalida
    Ferrer has spent ..."), or the appositive says who they are."""
    for m in reversed(list(_SURNAME_INTRO.finditer(text, *span))):
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name.lower() in NOT_SPEAKERS or name in ("We", "I", "The", "She", "He", "They"):
            continue
        if re.search(_WORD_BEFORE + re.escape(name) + r"\b", text) or (group == 2 and "," in m.group(0)):
            return m.span(group)
    return None


#: An interview's introduction: "The interview has been edited for length and clarity", "We spoke to her on ...".
_INTERVIEW_NOTE = re.compile(r"\b(?:edited for (?:length|clarity)|has been (?:edited|condensed)|(?:spoke|talked) "
                             r"(?:to|with) (?:us|him|her|them)\b)", re.I)
_REPORTED = re.compile(r"\b(?:said|told|added|according to)\b|[\"“”]")
_OPENING_NAME = re.compile(caps(r"[ \t]*((?:[A-Z][\w’'-]+)(?:[ \t]+(?:[A-Z][\w’'-]+|(?:de|van|von|al|bin|dos|da|del)\b)){1,3})"))


#: A heading that says an interview follows: "Q&A: 'The gate is a symptom'", "Q and A with the negotiator".
_QA_HEADING = re.compile(r"[ \t]*(?:Q[ \t]*&[ \t]*A|Q and A|Questions and answers)\b", re.I)


def _words(text: str, para: Span) -> int:
    return len(text[para[0] : para[1]].split())


def _question(text: str, para: Span) -> bool:
    return text[para[0] : para[1]].rstrip().endswith("?") and _words(text, para) <= 60


def _prompt(text: str, para: Span) -> bool:
    """The interviewer's turn: a question, or a short prompt in the present tense with no quotation
    ("Critics say the government gave too much away.")."""
    return _question(text, para) or (_words(text, para) <= 40 and not _REPORTED.search(text, *para))


def _interviewee(text: str, para: Span) -> Span | None:
    """The person the introduction names: "spoke to Dr. Jane Roe", the name opening the paragraph
    ("Irina Cojocaru is a senior researcher ...", "Claudia Wyss-Moret, a career diplomat, spoke to us"), or the
    last person opening one of its sentences."""
    from stance.mentions import sentence_subjects
    from stance.speakers import is_person_name

    m = _INTRO.search(text, *para)
    if m is not None and is_person_name(m.group(1)):
        return m.span(1)
    surname = _introduced_surname(text, para)
    if surname is not None:
        return surname
    opening = _opening_person(text, *para)
    if opening is not None:
        return opening
    # "... negotiators. Valbona Kapllani, a Democratic MP ..., spoke on the eve of the deadline. The conversation
    # has been edited.": the last person who opens a sentence of the introduction
    for pos, _ in reversed([h for h in sentence_subjects(text[: para[1]]) if h[0] >= para[0]]):
        opening = _opening_person(text, pos, len(text))
        if opening is not None:
            return opening
    return None


def _opening_person(text: str, start: int, end: int) -> Span | None:
    """The span of the person's name that ``text[start:end]`` opens with ("Irina Cojocaru is ..."), or None."""
    from stance.speakers import is_person_name

    m = _OPENING_NAME.match(text, start, end)
    return m.span(1) if m is not None and is_person_name(m.group(1)) else None


def _unmarked_exchange(text: str, original: str) -> tuple[list[Answer], list[Span]]:
    """An interview whose answers carry no labels: after an introduction that says it is one ("The interview has
    been edited for length and clarity"), the interviewer's turns (questions, "Q: ..." paragraphs, short prompts)
    and the interviewee's answers alternate. An answer may run over several paragraphs; a pull quote between the
    turns is furniture. The exchange ends at the first turn that breaks the pattern (a paragraph of reporting, a
    heading, a question where an answer should be). ``original``: ``text`` before its headings were blanked, where a
    "Q&A" heading says an interview follows. Returns the answers and the interviewer's paragraphs."""
    paras = paragraphs(text)
    for i, para in enumerate(paras[:-2]):
        # after a heading that says so ("Q&A: 'The gate is a symptom'", blanked in ``text`` as furniture)
        headed = _QA_HEADING.match(original[: para[0]].rstrip().rsplit("\n", 1)[-1]) is not None
        if not (_INTERVIEW_NOTE.search(text, *para) or _INTRO.search(text, *para) or headed) or not _asks(
                text, paras[i + 1]):
            continue
        label = _interviewee(text, para)
        if label is None and _INTERVIEW_NOTE.search(text, *para):
            label = _lead_person(text, paras[:i])
        if label is None:
            continue
        answers, prompts = _turns(text, paras[i + 1 :], label)
        if len(answers) >= 2:
            return answers, prompts
    return [], []


def _turns(text: str, turns: list[Span], label: Span) -> tuple[list[Answer], list[Span]]:
    """Walk an unlabelled exchange from its first question: the answers (each given to ``label``) and the prompts
    that were answered."""
    labelled = _QA.match(text, *turns[0]) is not None  # "Q: ..." prompts: only a Q paragraph asks
    answers: list[Answer] = []
    prompts: list[Span] = []
    asked = False  # the last turn was a prompt still waiting for its answer
    for k, turn in enumerate(turns):
        if _furniture(text, turn):
            continue
        following = next((t for t in turns[k + 1 :] if not _furniture(text, t)), None)
        if asked:
            if _asks(text, turn) or not _answer_like(text, turn):
                break
            answers.append(Answer(label, (turn[0], turn[0]), trimmed(text, *turn), turn))
            asked = False
        elif _asks(text, turn, labelled):
            prompts.append(turn)
            asked = True
        elif (answers and _answer_like(text, turn) and not _REPORTED.search(text, *turn)
              and (labelled or (following is not None and _asks(text, following)))):
            # a second paragraph of the same answer: no prompt, since no answer follows it
            answers.append(Answer(label, (turn[0], turn[0]), trimmed(text, *turn), turn))
        elif answers and not labelled and _prompt(text, turn) and not _heading(text, turn):
            prompts.append(turn)  # "Critics say the government gave too much away."
            asked = True
        else:
            break
    if asked and prompts:
        prompts.pop()
    return answers, prompts


def _asks(text: str, para: Span, labelled: bool = False) -> bool:
    """The interviewer's question: a "Q:" paragraph, or (in an exchange without labels) a short paragraph that
    asks ("How close are you?", "Why does it need this at all? The lights are on.")."""
    if (label := _QA.match(text, *para)) is not None:
        return label.group(1) in ("Q", "Question")
    if labelled:
        return False
    body = text[para[0] : para[1]].rstrip()
    return "?" in body and _words(text, para) <= 60 and len(body[body.rindex("?") + 1 :].split()) <= 12


def _answer_like(text: str, para: Span) -> bool:
    """What an answer can be: not a direct quote, not reporting with its own attribution, not a heading."""
    return not (text[para[0] : para[1]].lstrip()[:1] in "\"“‘'" or _reporting(text, para) or _heading(text, para))


def _heading(text: str, para: Span) -> bool:
    """A section heading ("The opposition", "Since the interview"): a few words with no closing punctuation."""
    body = text[para[0] : para[1]].strip()
    return _words(text, para) <= 8 and not body.endswith((".", "?", "!", ":", "\"", "”", "’", "'", ")"))


_FURNITURE = re.compile(r"[ \t]*(?:pull[ -]?quote\b|(?:read more|related|advertisement)[ \t]*(?::|$))", re.I)


def _furniture(text: str, para: Span) -> bool:
    """A pull quote or a link set into the exchange ("Pull quote: ...", "Read more: ...", "Advertisement")."""
    return _FURNITURE.match(text, *para) is not None


def _lead_person(text: str, paras: list[Span]) -> Span | None:
    """The person an interview's lead paragraphs open with ("Theresa Kwandibens was elected chief ..."), when its
    note ("The interview has been edited ...") names nobody: the first paragraph that opens with a person's name."""
    return next((span for para in paras if not _heading(text, para)
                 and (span := _opening_person(text, *para)) is not None), None)


#: A direct quote with its attribution: '...,' a Western diplomat said' or 'she said: "...'.
_ATTRIBUTED = re.compile(r"[,.?!][\"”’']\s+[^.\"“‘]{0,80}?\b(?:said|told|added)\b"
                         r"|\b(?:said|told|added)\b[^.\"“‘]{0,40}?[,:]\s*[\"“‘]")


def _reporting(text: str, para: Span) -> bool:
    """A paragraph that quotes someone with an attribution of its own ("That wording alarmed diplomats. 'A date
    ...,' a Western diplomat said."): reporting again, not the interviewee's answer."""
    return _ATTRIBUTED.search(text, *para) is not None

