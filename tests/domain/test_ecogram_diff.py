from dataclasses import replace

from hypothesis import given, settings
from strategies import ecogram, ecograms, member, organisation, person, tie

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_diff import (
    ChangeKind,
    ChangeSummary,
    ContactChange,
    EcogramDiff,
    apply,
    diff,
    summarise,
)
from voordeur.model.catalogues import (
    LifeDomain,
    OrganisationKind,
    SupportDirection,
    TieQuality,
    TieStrength,
)


# -- diff / apply ---------------------------------------------------------------------------
@settings(max_examples=80, deadline=None)
@given(ecograms())
def test_diff_with_itself_is_empty(a: Ecogram) -> None:
    d = diff(a, a)
    assert d.is_empty
    assert d == EcogramDiff()


@settings(max_examples=120, deadline=None)
@given(ecograms(), ecograms())
def test_apply_diff_gives_the_other(a: Ecogram, b: Ecogram) -> None:
    d = diff(a, b)
    assert apply(d, a) == b
    assert d.is_empty == (a == b)


@settings(max_examples=40, deadline=None)
@given(ecograms(), ecograms())
def test_apply_survives_the_stored_form(a: Ecogram, b: Ecogram) -> None:
    # Snapshots are compared after a JSON round trip: the diff must not care.
    assert apply(diff(a, b), Ecogram.from_dict(a.to_dict())) == b


mother = member("m", "Sanne", "moeder")
oma = person("oma", "Fatma", "oma", LifeDomain.EXTENDED_FAMILY, 1)
buurvrouw = person("bv", "Ans", "buurvrouw", LifeDomain.NEIGHBOURS)
school = organisation("school", "De Regenboog", OrganisationKind.SCHOOL)


def test_diff_lists_added_removed_changed_and_moved() -> None:
    a = ecogram(mother, oma, buurvrouw,
                ties=(tie("t1", oma, mother), tie("t2", buurvrouw, mother)),
                positions={oma.key: (1.0, 2.0), buurvrouw.key: (5.0, 5.0)})
    closer = replace(oma, closeness=2)
    b = ecogram(mother, closer, school,
                ties=(tie("t1", oma, mother, quality=TieQuality.SUPPORTIVE),
                      tie("t3", school, mother)),
                positions={oma.key: (1.0, 3.0), school.key: (9.0, 9.0)})
    d = diff(a, b)
    assert d.title is None
    assert d.added_keys() == {school.key}
    assert d.removed_keys() == {buurvrouw.key}
    assert d.changed_keys() == {oma.key}
    assert d.changed_nodes == ((oma, closer),)
    assert d.added_tie_ids() == {"t3"}
    assert d.removed_tie_ids() == {"t2"}
    assert d.changed_tie_ids() == {"t1"}
    assert d.moved == (  # by key
        (school.key, None, (9.0, 9.0)),
        (buurvrouw.key, (5.0, 5.0), None),
        (oma.key, (1.0, 2.0), (1.0, 3.0)),
    )
    assert not d.is_empty
    assert apply(d, a) == b


def test_a_title_change_alone_is_not_empty() -> None:
    a = ecogram(mother)
    b = a.evolve(title="Gezin Nieuw")
    assert diff(a, b).title == ("Gezin Test", "Gezin Nieuw")
    assert not diff(a, b).is_empty


# -- summarise ------------------------------------------------------------------------------
def kinds(summary: ChangeSummary) -> list[tuple[ChangeKind, str]]:
    return [(c.kind, c.name) for c in summary.changes]


def test_no_change_gives_an_empty_summary() -> None:
    a = ecogram(mother, oma, ties=(tie("t1", oma, mother),))
    assert summarise(a, a) == ChangeSummary()
    assert summarise(a, a).is_empty


def test_new_supportive_contacts_and_a_plain_new_one() -> None:
    before = ecogram(mother)
    after = ecogram(mother, oma, buurvrouw, school, ties=(
        tie("t1", oma, mother, quality=TieQuality.SUPPORTIVE),
        # Neutral, but it brings practical help to the family: supportive too.
        tie("t2", mother, buurvrouw, direction=SupportDirection.TO_SOURCE, support="P"),
        tie("t3", school, mother),
    ))
    summary = summarise(before, after)
    assert kinds(summary) == [
        (ChangeKind.NEW_SUPPORTIVE, "Ans"),
        (ChangeKind.NEW_SUPPORTIVE, "Fatma"),
        (ChangeKind.NEW, "De Regenboog"),
    ]
    assert summary.changes[0] == ContactChange(ChangeKind.NEW_SUPPORTIVE, buurvrouw.key, "Ans",
                                               "buurvrouw")
    assert len(summary.of_kind(ChangeKind.NEW_SUPPORTIVE)) == 2


def test_support_going_out_or_a_stressful_tie_is_not_a_supportive_new_contact() -> None:
    after = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", mother, oma, direction=SupportDirection.TO_TARGET, support="P"),
        tie("t2", buurvrouw, mother, quality=TieQuality.STRESSFUL, support="G"),
    ))
    assert kinds(summarise(ecogram(mother), after)) == [
        (ChangeKind.NEW, "Ans"), (ChangeKind.NEW, "Fatma"),
    ]


def test_tie_no_longer_stressful_and_now_stressful() -> None:
    before = ecogram(mother, school, oma, ties=(
        tie("t1", school, mother, quality=TieQuality.STRESSFUL),
        tie("t2", oma, mother, quality=TieQuality.SUPPORTIVE),
    ))
    after = ecogram(mother, school, oma, ties=(
        tie("t1", school, mother, quality=TieQuality.NEUTRAL),
        tie("t2", oma, mother, quality=TieQuality.STRESSFUL),
    ))
    summary = summarise(before, after)
    assert summary.changes == (
        ContactChange(ChangeKind.NO_LONGER_STRESSFUL, school.key, "De Regenboog", "De Regenboog"),
        ContactChange(ChangeKind.NOW_STRESSFUL, oma.key, "Fatma", "oma"),
    )


def test_cut_off_says_only_that_and_reconnected() -> None:
    before = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, mother, quality=TieQuality.STRESSFUL, strength=TieStrength.STRONG),
        tie("t2", buurvrouw, mother, quality=TieQuality.CUT_OFF),
    ))
    after = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, mother, quality=TieQuality.CUT_OFF, strength=TieStrength.WEAK),
        tie("t2", buurvrouw, mother, quality=TieQuality.NEUTRAL),
    ))
    assert kinds(summarise(before, after)) == [
        (ChangeKind.CUT_OFF, "Fatma"),
        (ChangeKind.RECONNECTED, "Ans"),
    ]


def test_gone_and_stronger_weaker() -> None:
    before = ecogram(mother, oma, buurvrouw, school, ties=(
        tie("t1", oma, mother, strength=TieStrength.NORMAL),
        tie("t2", buurvrouw, mother, strength=TieStrength.STRONG),
        tie("t3", school, mother),
    ))
    after = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, mother, strength=TieStrength.STRONG),
        tie("t2", buurvrouw, mother, strength=TieStrength.WEAK),
    ))
    assert kinds(summarise(before, after)) == [
        (ChangeKind.GONE, "De Regenboog"),
        (ChangeKind.STRONGER, "Fatma"),
        (ChangeKind.WEAKER, "Ans"),
    ]


def test_only_ties_with_the_household_count() -> None:
    # A stressful tie between two network people is not the family's relation with them.
    before = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, buurvrouw, quality=TieQuality.STRESSFUL),
        tie("t2", oma, mother),
    ))
    after = ecogram(mother, oma, buurvrouw, ties=(tie("t2", oma, mother),))
    assert summarise(before, after) == ChangeSummary()


def test_removing_the_stressful_tie_itself_is_not_an_improvement() -> None:
    before = ecogram(mother, school, ties=(tie("t1", school, mother,
                                               quality=TieQuality.STRESSFUL),))
    after = ecogram(mother, school)
    assert summarise(before, after) == ChangeSummary()


def test_members_and_the_household_are_not_contacts() -> None:
    before = ecogram(mother)
    after = ecogram(mother, member("c", "Noor"))
    assert summarise(before, after) == ChangeSummary()


def test_a_contact_can_have_several_changes_in_kind_order() -> None:
    before = ecogram(mother, school, ties=(
        tie("t1", school, mother, quality=TieQuality.STRESSFUL, strength=TieStrength.WEAK),
    ))
    after = ecogram(mother, school, ties=(
        tie("t1", school, mother, quality=TieQuality.SUPPORTIVE, strength=TieStrength.STRONG),
    ))
    assert [c.kind for c in summarise(before, after).changes] == [
        ChangeKind.NO_LONGER_STRESSFUL, ChangeKind.STRONGER,
    ]


@settings(max_examples=50, deadline=None)
@given(ecograms(), ecograms())
def test_summarise_is_ordered_and_about_network_contacts(a: Ecogram, b: Ecogram) -> None:
    summary = summarise(a, b)
    order = list(ChangeKind)
    keys = [(order.index(c.kind), c.name.casefold()) for c in summary.changes]
    assert keys == sorted(keys)
    network = {n.key for n in a.network()} | {n.key for n in b.network()}
    assert all(c.key in network for c in summary.changes)
    assert summarise(b, b) == ChangeSummary()
