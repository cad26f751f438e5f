"""Reading PolNeAR's brat files: the one place that knows their layout.

PolNeAR (``../shared/data/polnear/data/<split>/``) holds ``text/<doc>.txt`` and one or more annotators' files
``attributions/<doc>_<annotator>.ann`` per document. The gold of a document is its alphabetically first
annotator's file. Each ``T`` line is a span (``T3<TAB>Source 10 20;25 30<TAB>text``; a discontinuous span is
its ``;``-separated fragments), each ``E`` line an attribution joining a Source, a Cue and a Content by span id.

Used by the tagger's training data, the cue lexicon's build and the two PolNeAR benchmarks; needs no training
dependency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "data"
#: The roles of an attribution, as brat names them.
ROLES = ("Source", "Cue", "Content")
Fragment = tuple[int, int]


@dataclass(frozen=True)
class Span:
    """One ``T`` line: its label, its fragments (character offsets into the document) and brat's text of it."""

    label: str
    fragments: tuple[Fragment, ...]
    text: str


@dataclass(frozen=True)
class Annotation:
    """One annotator's file: spans by id and attributions as role -> span id."""

    spans: dict[str, Span] = field(default_factory=dict)
    attributions: tuple[dict[str, str], ...] = ()

    def fragments(self, label: str) -> list[Fragment]:
        """Every fragment of every span labelled ``label``, in file order."""
        return [f for span in self.spans.values() if span.label == label for f in span.fragments]

    def events(self) -> list[dict[str, list[Fragment]]]:
        """Each attribution as lower-cased role (source, cue, content) -> its span's fragments."""
        return [{role.lower(): list(self.spans[sid].fragments) if sid in self.spans else []
                 for role, sid in roles.items() if role in ROLES} for roles in self.attributions]


def _fragments(offsets: str) -> tuple[Fragment, ...]:
    """``"10 20;25 30"`` -> ((10, 20), (25, 30))."""
    out = []
    for frag in offsets.split(";"):
        start, end = frag.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(path: Path) -> Annotation:
    """Parse one brat ``.ann`` file (``T`` and ``E`` lines; others, such as notes, are skipped)."""
    spans: dict[str, Span] = {}
    attributions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        try:
            if parts[0].startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                spans[parts[0]] = Span(label, _fragments(offsets), parts[2] if len(parts) > 2 else "")
            elif parts[0].startswith("E"):
                attributions.append(dict(r.split(":", 1) for r in parts[1].split()[1:] if ":" in r))
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: cannot read brat line {line!r} ({exc})") from exc
    return Annotation(spans, tuple(attributions))


def gold_files(data: Path, split: str, limit: int | None = None) -> list[tuple[str, Path]]:
    """(document id, gold annotation file) for each document of ``split``, in id order; where a document has
    several annotators' files, the alphabetically first. ``limit`` keeps the first documents only."""
    anns: dict[str, Path] = {}
    for ann in sorted((Path(data) / split / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(stem, anns[stem]) for stem in sorted(anns)[:limit]]


def read_text(data: Path, split: str, doc: str) -> str:
    """The text of document ``doc`` of ``split``."""
    return (Path(data) / split / "text" / f"{doc}.txt").read_text(encoding="utf-8")
