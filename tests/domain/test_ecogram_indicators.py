import pytest
from strategies import ecogram, member, organisation, person, tie

from voordeur.domain.ecogram_indicators import Dependence, indicators
from voordeur.model.catalogues import (
    LifeDomain,
    OrganisationKind,
    SupportDirection,
    SupportType,
    TieQuality,
)

P, G, A, E = (SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.ADVICE,
              SupportType.EMOTIONAL)
TO_TARGET, MUTUAL = SupportDirection.TO_TARGET, SupportDirection.MUTUAL

mother = member("m", "Sanne", "moeder")
child = member("c", "Noor", "dochter")
oma = person("oma", "Fatma", "oma", LifeDomain.EXTENDED_FAMILY, 1)
buurvrouw = person("bv", "Ans", "buurvrouw", LifeDomain.NEIGHBOURS, 1)
school = organisation("school", "De Regenboog", OrganisationKind.SCHOOL)
club = organisation("club", "VV Oost", OrganisationKind.SPORTS_CLUB, LifeDomain.LEISURE)
gp = organisation("gp", "Huisarts Jansen", OrganisationKind.GP)


def network(*extra_ties, drop: tuple[str, ...] = ()):
    ties = (
        tie("t1", oma, mother, direction=TO_TARGET, support="PGE",
            quality=TieQuality.SUPPORTIVE),  # 3 units
        tie("t2", buurvrouw, mother, direction=MUTUAL, support="PG"),  # 2 units to mother
        tie("t3", child, school, quality=TieQuality.STRESSFUL, support="A"),  # 1 unit, school→child
        tie("t4", child, club),  # no support
        tie("t5", gp, "household:hh1", direction=TO_TARGET, support="A",
            quality=TieQuality.CUT_OFF),  # cut off: gives nothing now
        tie("t6", oma, buurvrouw, direction=MUTUAL),  # between network people, no types
        *extra_ties,
    )
    return ecogram(mother, child, oma, buurvrouw, school, club, gp,
                   ties=tuple(t for t in ties if t.id not in drop))


def test_known_values_on_a_hand_made_network() -> None:
    result = indicators(network())
    assert result.size == 5
    assert (result.informal, result.formal) == (3, 2)  # the sports club is informal
    assert result.informal_share == pytest.approx(0.6)
    assert (result.directed_ties, result.mutual_ties) == (4, 2)
    assert result.reciprocity == pytest.approx(0.5)
    assert result.missing_support == ()
    # 6 units in all: oma 3 (half: a dependence, and the only one giving E), school the only A.
    assert result.dependence == (
        Dependence(oma.key, "Fatma", pytest.approx(0.5), (E,)),
        Dependence(school.key, "De Regenboog", pytest.approx(1 / 6), (A,)),
    )
    assert (result.stressful, result.cut_off) == (1, 1)


def test_empty_network() -> None:
    result = indicators(ecogram(mother, child))
    assert result.size == 0
    assert (result.informal, result.formal) == (0, 0)
    assert result.informal_share is None
    assert (result.directed_ties, result.mutual_ties, result.reciprocity) == (0, 0, None)
    assert result.missing_support == (P, G, A, E)
    assert result.dependence == ()
    assert (result.stressful, result.cut_off) == (0, 0)


def test_no_household_at_all() -> None:
    from voordeur.domain.ecogram import Ecogram

    result = indicators(Ecogram.of("x", "leeg"))
    assert result.size == 0
    assert result.missing_support == (P, G, A, E)


def test_sole_provider_is_a_dependence_for_everything_it_gives() -> None:
    eco = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, mother, direction=TO_TARGET, support="PE"),
        tie("t2", buurvrouw, mother),  # a contact, but no support
    ))
    result = indicators(eco)
    assert result.dependence == (Dependence(oma.key, "Fatma", 1.0, (P, E)),)
    assert result.missing_support == (G, A)
    assert result.informal_share == 1.0


def test_half_of_all_support_without_being_the_only_source() -> None:
    eco = ecogram(mother, oma, buurvrouw, school, ties=(
        tie("t1", oma, mother, direction=TO_TARGET, support="PG"),
        tie("t2", buurvrouw, mother, direction=TO_TARGET, support="P"),
        tie("t3", school, mother, direction=TO_TARGET, support="G"),
    ))
    result = indicators(eco)
    assert result.dependence == (Dependence(oma.key, "Fatma", 0.5, ()),)
    assert result.missing_support == (A, E)


def test_spread_support_has_no_dependence() -> None:
    eco = ecogram(mother, oma, buurvrouw, school, ties=(
        tie("t1", oma, mother, direction=TO_TARGET, support="PGE"),  # 3 of 8 units
        tie("t2", buurvrouw, mother, direction=MUTUAL, support="PGA"),  # 3 of 8 units
        tie("t3", school, mother, direction=TO_TARGET, support="AE"),
    ))
    result = indicators(eco)
    assert result.dependence == ()
    assert result.missing_support == ()
    assert result.reciprocity == pytest.approx(1 / 3)


def test_mutual_ties_give_full_reciprocity() -> None:
    eco = ecogram(mother, oma, buurvrouw, ties=(
        tie("t1", oma, mother, direction=MUTUAL, support="E"),
        tie("t2", mother, buurvrouw, direction=MUTUAL, support="E"),
        tie("t3", oma, buurvrouw),  # no direction: not counted for reciprocity
    ))
    result = indicators(eco)
    assert (result.directed_ties, result.mutual_ties, result.reciprocity) == (2, 2, 1.0)
    # Both give E: nobody is the only source, each gives half → both are a dependence.
    assert [d.key for d in result.dependence] == [buurvrouw.key, oma.key]  # Ans before Fatma
    assert all(d.share == 0.5 and d.only_source_of == () for d in result.dependence)


def test_missing_types_ignore_cut_off_ties_members_and_support_going_out() -> None:
    eco = ecogram(mother, child, oma, gp, ties=(
        tie("t1", gp, mother, direction=TO_TARGET, support="A", quality=TieQuality.CUT_OFF),
        tie("t2", mother, child, direction=TO_TARGET, support="P"),  # inside the household
        tie("t3", mother, oma, direction=TO_TARGET, support="E"),  # the family helps oma
    ))
    result = indicators(eco)
    assert result.missing_support == (P, G, A, E)
    assert result.dependence == ()
    assert result.cut_off == 1


def test_dropping_the_school_leaves_advice_missing() -> None:
    result = indicators(network(drop=("t3",)))
    assert result.missing_support == (A,)
    assert result.stressful == 0
    # 5 units left: oma 3/5.
    assert result.dependence[0].key == oma.key
    assert result.dependence[0].share == pytest.approx(0.6)
