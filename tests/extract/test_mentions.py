"""Name mentions: the fast paths give exactly what the plain ones give."""

from __future__ import annotations

from briefs.extract.mentions import chunks, tokenize, tokenize_span
from briefs.text import fold, split_sentences

PARAGRAPH = (
    "Mayor Lena Okafor’s office said the bridge would reopen. “It is safe,” said "
    "P.J. Lechleitner of the Office of Rural Water (ORW). Ben Osei's aides disagreed: "
    "they cited the U.S. Department of the Interior — and 12 pages of O'Malley-era notes."
)


def test_tokenize_span_matches_tokenizing_the_slice() -> None:
    folded = fold(PARAGRAPH)
    for a, b in split_sentences(PARAGRAPH):
        assert tokenize_span(folded, a, b) == tokenize(folded[a:b], a)


def test_chunks_with_texts_matches_chunks_without() -> None:
    toks = tokenize(fold(PARAGRAPH))
    texts = [t[0] for t in toks]
    assert chunks(toks, texts) == chunks(toks)
    found = [PARAGRAPH[c.start:c.end] for c in chunks(toks)]
    assert "P.J. Lechleitner" in found
    assert "Office of Rural Water" in found


def test_chunks_of_no_capitals_is_empty() -> None:
    assert chunks(tokenize("nothing here is capitalised, not even 3 numbers")) == []
