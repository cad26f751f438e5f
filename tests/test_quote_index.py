"""QuoteIndex answers the same as comparing every quote with the range (it replaces that scan)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from stance.quotes import QuoteIndex, find_direct_quotes

MARKS = ['"', "\u201c", "\u201d", "'", " ", "a", "b", ".", "\n\n", " said "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MARKS), max_size=60), st.integers(0, 120), st.integers(0, 120))
def test_index_matches_a_scan_of_every_quote(pieces, a, width):
    text = "".join(pieces)
    quotes = find_direct_quotes(text)
    index = QuoteIndex(quotes)
    b = a + width
    assert index.touches(a, b) == any(a <= q.close_at and q.open_at < b for q in quotes)
    assert index.overlapping(a, b) == [q for q in index.quotes if q.open_at < b and q.close_at >= a]
    assert index.inside(a, b) == [q for q in index.quotes if a <= q.open_at and q.close_at <= b]
