"""A faster `match` for a spaCy pipeline's attribute ruler: the same matches, found through dict lookups.

spaCy's `AttributeRuler` checks every token against every rule with its `Matcher`. In the English
pipelines nearly all rules are one token long and test only whether attributes equal given values (a
fine-grained tag, a lower-case form, a dependency label), which a dict keyed by those values answers
at once. `index_attribute_ruler` gives the pipeline's ruler a `match` that looks those rules up in
dicts and runs spaCy's `Matcher` only over the remaining rules (several tokens, operators, sets, other
attributes). The matches, and so the tags, parts of speech, features and lemmas, are the same as
spaCy's; the ruler's own `set_annotations` still applies them. On `en_core_web_sm` the ruler took
about a third of the pipeline's time; matched this way it takes a few percent.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from operator import itemgetter
from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

STRING_KEYS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP}
"""Token attributes whose pattern value is a string compared for equality (as hashes in the doc's array)."""
FLAG_KEYS = {"IS_SPACE": IS_SPACE}
"""Boolean token flags, compared as 0/1."""


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the indexed `match`; False when it has none (nothing changes)."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    ruler = nlp.get_pipe(name)
    ruler.match = IndexedMatch(ruler)
    return True


class IndexedMatch:
    """`AttributeRuler.match` with one-token rules of (in)equality tests answered from dicts, the rest by a `Matcher`.

    A rule is indexed under the values its token must have (`{"LOWER": {"IN": [...]}}` under each of them);
    `NOT_IN` tests are checked on the tokens the lookup finds.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.columns: list[int] = []
        self.tables: list[tuple[Callable, dict[Any, list[tuple[int, tuple]]]]] = []
        self.rest = Matcher(ruler.vocab, validate=False)
        self.keys: dict[int, int] = {}
        shapes: dict[tuple[int, ...], dict[tuple[int, ...], list]] = defaultdict(lambda: defaultdict(list))
        for rule in range(len(ruler.attrs)):
            self.keys[rule] = self.vocab.strings.add(str(rule))
            leftovers = []
            for pattern in ruler.matcher.get(str(rule))[1]:
                tests = self._tests(pattern)
                if tests is None:
                    leftovers.append(pattern)
                    continue
                equal, unequal = tests
                checks = tuple((self._column(a), hashes) for a, hashes in unequal)
                for values in product(*(hashes for _, hashes in equal)):
                    shapes[tuple(a for a, _ in equal)][values].append((rule, checks))
            if leftovers:
                self.rest.add(self.keys[rule], leftovers)
        for attrs, table in shapes.items():  # one attribute: keyed by its value, not a 1-tuple (itemgetter's way)
            key = itemgetter(*(self._column(a) for a in attrs))
            self.tables.append((key, {(v if len(v) > 1 else v[0]): rules for v, rules in table.items()}))

    def _tests(self, pattern: list[dict[str, Any]]) -> tuple[list, list] | None:
        """A one-token pattern as (attribute, allowed values) and (attribute, excluded values) pairs, the first
        sorted and not empty; None for a pattern the index cannot answer."""
        if len(pattern) != 1 or not pattern[0]:
            return None
        equal, unequal = [], []
        for name, value in pattern[0].items():
            test = self._test(name, value)
            if test is None:
                return None
            (equal if test[0] else unequal).append(test[1:])
        attrs = [a for a, _ in equal + unequal]
        if not equal or len(set(attrs)) != len(attrs):
            return None
        return sorted(equal, key=lambda t: t[0]), unequal

    def _test(self, name: Any, value: Any) -> tuple[bool, int, frozenset[int]] | None:
        """(allowed?, attribute, values) for one attribute test, or None."""
        upper = name.upper() if isinstance(name, str) else ""
        if upper in FLAG_KEYS:
            return (True, FLAG_KEYS[upper], frozenset([int(value)])) if isinstance(value, bool) else None
        if upper not in STRING_KEYS:
            return None
        if isinstance(value, str):
            return True, STRING_KEYS[upper], frozenset([self.vocab.strings.add(value)])
        if isinstance(value, dict) and len(value) == 1:
            (operator, items), = value.items()
            if operator in ("IN", "NOT_IN") and isinstance(items, list) and all(isinstance(i, str) for i in items):
                return operator == "IN", STRING_KEYS[upper], frozenset(self.vocab.strings.add(i) for i in items)
        return None

    def _column(self, attr: int) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) sorted by rule, as `AttributeRuler.match` returns them."""
        found: set[tuple[int, int, int]] = set()
        if self.tables and len(doc):
            rows = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
            for i, row in enumerate(rows):
                for key, table in self.tables:
                    for rule, checks in table.get(key(row), ()):
                        if all(row[column] not in excluded for column, excluded in checks):
                            found.add((rule, i, i + 1))
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self.vocab.strings[match_id]), start, end))
        return sorted((rule, self.keys[rule], start, end) for rule, start, end in found)
