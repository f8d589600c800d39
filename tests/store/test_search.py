"""Full-text search: prefixes, diacritics, hostile input, highlights, tombstones."""

from __future__ import annotations

import pytest

from voordeur.model import Household, Visit
from voordeur.services import households as hs
from voordeur.services import plan as ps
from voordeur.services import visits as vs
from voordeur.services.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit, fts_query, search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


@pytest.fixture
def filled(store: Store) -> dict[str, str]:
    with unit_of_work(store) as uow:
        turks = hs.create_household(uow, "Gezin Öztürk", neighbourhood="Holtenbroek")
        elif_ = hs.add_person(uow, turks, first_name="Elif", last_name="Öztürk")
        visit = vs.start_visit(uow, turks, notes="Elif speelt voetbal bij de buurtvereniging.")
        goal = ps.add_goal(uow, turks, "Elif maakt elke dag haar huiswerk")
        agreement = ps.add_agreement(uow, turks, "Vader belt de woningcorporatie")
        jansen = hs.create_household(uow, "Gezin Jansen", neighbourhood="Zwolle-Zuid")
        jvisit = vs.start_visit(uow, jansen, notes="Crèche en consultatiebureau besproken.")
    return {"turks": turks.id, "elif": elif_.id, "visit": visit.id, "goal": goal.id,
            "agreement": agreement.id, "jansen": jansen.id, "jvisit": jvisit.id}


def kinds(hits: list[SearchHit]) -> set[str]:
    return {hit.kind for hit in hits}


def test_prefix_match(store: Store, filled: dict[str, str]) -> None:
    hits = search(store, "Jans")
    assert [(h.kind, h.record_id) for h in hits] == [("household", filled["jansen"])]
    assert hits[0].household_name == "Gezin Jansen"
    assert [h.record_id for h in search(store, "buurtver")] == [filled["visit"]]
    assert [h.record_id for h in search(store, "woningcorp")] == [filled["agreement"]]
    assert [h.record_id for h in search(store, "huiswerk")] == [filled["goal"]]


def test_all_words_must_match(store: Store, filled: dict[str, str]) -> None:
    assert [h.record_id for h in search(store, "elif voetbal")] == [filled["visit"]]
    assert search(store, "elif consultatiebureau") == []


@pytest.mark.parametrize("query", ["Ozturk", "ozturk", "ÖZTÜRK", "öztürk", "oztu"])
def test_diacritics_and_case_do_not_matter(
    store: Store, filled: dict[str, str], query: str
) -> None:
    hits = search(store, query)
    assert kinds(hits) == {"household", "person"}
    assert {h.household_id for h in hits} == {filled["turks"]}


def test_diacritics_in_the_query_match_plain_text(store: Store, filled: dict[str, str]) -> None:
    assert [h.record_id for h in search(store, "crèche")] == [filled["jvisit"]]
    assert [h.record_id for h in search(store, "creche")] == [filled["jvisit"]]


def test_results_carry_highlight_markers(store: Store, filled: dict[str, str]) -> None:
    for query, word in (("voetbal", "voetbal"), ("Jansen", "Jansen"), ("ozturk", "Öztürk")):
        hits = search(store, query)
        assert hits
        snippet = hits[0].snippet
        assert f"{HIGHLIGHT_START}{word}{HIGHLIGHT_END}" in snippet, snippet


HOSTILE = [
    "", "   ", '"', '""', '"Jansen', "Jansen\"", "*", "Jans*", "NEAR(Elif voetbal)",
    "NEAR(Elif voetbal, 2)", "title:Jansen", "body:voetbal", "{title body}:Elif", "(((",
    ")", "(Elif OR", "Elif AND", "NOT", "AND OR NOT", "^Elif", "-Elif", "+Elif", "Elif:*",
    "'; DROP TABLE household; --", "\x00", "\\", "_", "__", "%", "🙂", "\u0301", "²",
    "e\u0301", "x" * 5000, "Elif " * 300, "a'b\"c(d)e*f:g^h",
]


def test_hostile_queries_never_raise(store: Store, filled: dict[str, str]) -> None:
    # One store for all of them (a store per query costs seconds); the query is named on failure.
    for query in HOSTILE:
        try:
            hits = search(store, query)
        except Exception as exc:
            raise AssertionError(f"search({query[:40]!r}) raised {exc!r}") from exc
        assert isinstance(hits, list), query
        assert all(isinstance(hit, SearchHit) for hit in hits), query
    with store.session() as session:  # and nothing was harmed
        assert session.get(Household, filled["jansen"]) is not None
    assert search(store, "Jansen")


def test_fts_syntax_is_neutralised() -> None:
    assert fts_query("NEAR(a b)") == '"NEAR"* "a"* "b"*'
    assert fts_query("title:Jansen") == '"title"* "Jansen"*'
    assert fts_query('"(*') == ""
    assert fts_query("") == ""


def test_operators_are_searched_as_words(store: Store, filled: dict[str, str]) -> None:
    assert search(store, "title:Jansen") == []  # "title" is a word to find, not a column
    assert search(store, "Elif OR Jansen") == []  # "OR" is a word too; nobody is called "or"


def test_tombstoned_records_are_not_found(store: Store, filled: dict[str, str]) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, filled["visit"])
        assert visit is not None
        uow.delete(visit)
    assert search(store, "voetbal") == []
    assert kinds(search(store, "Elif")) == {"person", "goal"}

    with unit_of_work(store) as uow:
        household = uow.get(Household, filled["jansen"])
        assert household is not None
        uow.delete(household)
    assert search(store, "Jansen") == []
    assert search(store, "consultatiebureau") == []  # a deleted household hides its visits


def test_edits_update_the_index(store: Store, filled: dict[str, str]) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, filled["visit"])
        assert visit is not None
        vs.edit_visit(uow, visit, notes="Elif zit nu op hockey.")
    assert search(store, "voetbal") == []
    assert [h.record_id for h in search(store, "hockey")] == [filled["visit"]]


def test_limit(store: Store, filled: dict[str, str]) -> None:
    with unit_of_work(store) as uow:
        household = uow.get(Household, filled["turks"])
        assert household is not None
        for n in range(12):
            vs.start_visit(uow, household, notes=f"Gesprek nummer {n} over zwemles")
    assert len(search(store, "zwemles")) == 12
    assert len(search(store, "zwemles", limit=5)) == 5
