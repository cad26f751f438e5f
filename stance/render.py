"""Output formats of the CLI: a readable table, JSON, JSON Lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from .types import ArticleStance

FORMATS = ("table", "json", "jsonl", "csv")
CSV_FIELDS = ("id", "target", "speaker", "aliases", "stance", "sentiment", "confidence", "n_quotes", "quote",
              "error")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _rows(ident: str, art: ArticleStance) -> list[dict[str, object]]:
    """One row per speaker; an article with an error or without speakers still gets one row (empty speaker),
    so that a CSV of N articles accounts for all N of them."""
    if art.error or not art.speakers:
        return [{"id": ident, "target": art.target, "speaker": "", "aliases": "", "stance": "", "sentiment": "",
                 "confidence": "", "n_quotes": 0, "quote": "", "error": art.error or ""}]
    return [{
        "id": ident, "target": art.target, "speaker": s.speaker, "aliases": "; ".join(s.aliases),
        "stance": s.stance, "sentiment": s.sentiment, "confidence": round(s.confidence, 3),
        "n_quotes": len(s.quotes), "quote": s.quotes[0].text if s.quotes else "", "error": "",
    } for s in art.speakers]


def render_table(ident: str, art: ArticleStance) -> str:
    head = f"{ident}  target: {art.target}\n"
    if art.error:
        return head + f"  error: {art.error}\n"
    if not art.speakers:
        return head + "  (no quoted speakers found)\n"
    cols = ("speaker", "stance", "sentiment", "conf", "quotes", "quote")
    rows = [(_short(r["speaker"], 32), r["stance"], r["sentiment"], f"{r['confidence']:.2f}", str(r["n_quotes"]),
             _short(str(r["quote"]), 60)) for r in _rows(ident, art)]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    out = [head, line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in rows]
    if art.positions:
        out.append("  positions (summarised, not quoted): "
                   + "; ".join(f"{_short(p.speaker, 32)} {p.stance}" for p in art.positions))
    return "\n".join(out) + "\n"


def render_articles(ids: Sequence[str], results: Sequence[ArticleStance], fmt: str) -> str:
    if fmt == "table":
        return "\n".join(render_table(i, r) for i, r in zip(ids, results))
    if fmt == "json":
        return json.dumps([{"id": i, **r.to_dict()} for i, r in zip(ids, results)], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps({"id": i, **r.to_dict()}, ensure_ascii=False) + "\n" for i, r in zip(ids, results))
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
        w.writeheader()
        for i, r in zip(ids, results):
            w.writerows(_rows(i, r))
        return buf.getvalue()
    raise ValueError(f"format={fmt!r} is not valid. Available: {list(FORMATS)}")
