"""Duplicate detection: exact copies, near-duplicate reprints, persistence and determinism."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from eventwire.dedup import DuplicateIndex, Fingerprint, fingerprint, similarity
from eventwire.dedup.measure import add_sentence, article, change_word, evaluate, rewrap

STORY = ("The foreign ministers of Chile and Argentina met in Santiago on Monday to discuss the glaciers that feed "
         "rivers on both sides of the border. Both governments called the talks constructive and agreed to set up "
         "a joint technical commission before the end of the year. The commission will report to both parliaments, "
         "officials said, and its first meeting is planned for March in Mendoza. Environmental groups welcomed the "
         "step but said mining near the glaciers had to stop first.")


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    rng = random.Random(3)
    return [article(rng) for _ in range(40)]


@pytest.fixture(scope="module")
def index(corpus) -> DuplicateIndex:
    built = DuplicateIndex()
    for number, text in enumerate(corpus):
        built.add(f"a{number}", fingerprint(text))
    return built


def test_exact_copy_ignores_case_spacing_and_punctuation():
    index = DuplicateIndex()
    index.add("first", fingerprint(STORY))
    index.add("second", fingerprint(STORY))
    copy = STORY.upper().replace(". ", " --  ").replace(",", " ;")
    match = index.match(fingerprint(copy))
    assert (match.original_id, match.kind, match.similarity) == ("first", "exact", 1.0)


@pytest.mark.parametrize("edit", [change_word, add_sentence, rewrap])
def test_reprints_with_small_edits_find_their_original(index, corpus, edit):
    rng = random.Random(5)
    for number in (0, 17, 39):
        match = index.match(fingerprint(edit(corpus[number], rng)))
        assert match is not None and match.original_id == f"a{number}" and match.kind == "near"
        assert 0.8 <= match.similarity <= 1.0


def test_unrelated_articles_on_the_same_topic_do_not_match(index):
    rng = random.Random(99)
    assert [index.match(fingerprint(article(rng))) for _ in range(20)] == [None] * 20
    assert index.match(fingerprint(STORY)) is None


def test_threshold_is_a_parameter(corpus):
    rng = random.Random(8)
    longer = add_sentence(add_sentence(corpus[0], rng), rng)
    strict, loose = DuplicateIndex(threshold=0.97), DuplicateIndex(threshold=0.8)
    for built in (strict, loose):
        built.add("x", fingerprint(corpus[0]))
    assert strict.match(fingerprint(longer)) is None
    assert loose.match(fingerprint(longer)).original_id == "x"


def test_fingerprint_bytes_round_trip_and_rebuild_gives_the_same_answers(index, corpus):
    fp = fingerprint(STORY)
    data = fp.to_bytes()
    assert Fingerprint.from_bytes(data) == fp and len(data) == 19 + 4 * 128
    with pytest.raises(ValueError):
        Fingerprint.from_bytes(data[:-3])
    pairs = [(f"a{n}", fingerprint(text).to_bytes()) for n, text in enumerate(corpus)]
    rebuilt = DuplicateIndex.from_pairs(pairs)
    rng = random.Random(4)
    queries = [fingerprint(change_word(text, rng)) for text in corpus[::5]] + [fingerprint(STORY)]
    assert [rebuilt.match(q) for q in queries] == [index.match(q) for q in queries]
    assert len(rebuilt) == len(corpus)


def test_fingerprints_are_identical_in_another_process():
    code = "from eventwire.dedup import fingerprint; import sys; sys.stdout.write(fingerprint(sys.argv[1]).to_bytes().hex())"
    out = subprocess.run([sys.executable, "-c", code, STORY], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "12345"}).stdout
    assert bytes.fromhex(out) == fingerprint(STORY).to_bytes()


def test_similarity_and_mismatched_permutations():
    assert similarity(fingerprint(STORY), fingerprint(STORY.replace("Monday", "Tuesday"))) > 0.8
    assert similarity(fingerprint(STORY), fingerprint("Rebels attacked an army post in Mali.")) < 0.1
    with pytest.raises(ValueError):
        DuplicateIndex(num_perm=64).add("x", fingerprint(STORY))


def test_precision_and_recall_on_generated_reprints():
    scores = evaluate(60)
    assert scores["precision"] >= 0.99 and scores["recall"] >= 0.95
    assert scores["false_alarms_on_unrelated"] == 0
