"""The team's sociale kaart: the shipped catalogue of kinds, typed organisations, a CSV import
that writes all or nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from voordeur import clock
from voordeur.model import Organisation, StoreMeta
from voordeur.model.catalogues import OrganisationKind
from voordeur.services.households import ServiceError
from voordeur.services.social_map import (
    CsvRefused,
    import_csv,
    parse_kind,
    save_organisation,
    search_catalogue,
    social_map,
)
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import META_TEAM, Store

GOOD = """naam;soort;adres;telefoon;contactpersoon
Eigen Wijs, Dagprogramma Jonge Kind;Kinderopvang met jeugdhulp;Zevenkampse Ring 10, \
Rotterdam;010-1234567;Samira
Consultatiebureau Zevenkamp;consultatiebureau;Ollandstraat 5;010-7654321;
Huis van de Wijk De Rokade;Huis van de Wijk;Rokade 1;;Jan de Vries
IKC De Kameleon;IKC;;;
"""


@pytest.fixture(autouse=True)
def _day():  # type: ignore[no-untyped-def]
    with clock.use(datetime(2026, 11, 20, 10, 0, tzinfo=clock.LOCAL_ZONE)):
        yield


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "kaart.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_new_store_finds_the_catalogues_kinds(store: Store) -> None:
    assert social_map(store) == []
    found = search_catalogue(social_map(store), "consult")
    assert found.organisations == () and found.kinds == (OrganisationKind.WELL_BABY_CLINIC,)
    assert OrganisationKind.CHILD_CENTRE in search_catalogue([], "ikc").kinds
    assert OrganisationKind.COMMUNITY_WORK in search_catalogue([], "huis van de wijk").kinds
    assert OrganisationKind.FAITH in search_catalogue([], "moskee").kinds
    for code in ("kindcentrum", "opvang_jeugdhulp", "sociaal_wijkteam", "buurtwerk",
                 "jongerenwerk", "jgz", "consultatiebureau", "huisarts", "school", "schuldhulp",
                 "veilig_thuis", "sportclub", "kerk_moskee"):
        assert OrganisationKind(code)  # the field is covered


def test_parse_kind_takes_codes_labels_and_their_parts() -> None:
    assert parse_kind("CJG") == OrganisationKind.JGZ
    assert parse_kind("Huis van de Wijk") == OrganisationKind.COMMUNITY_WORK
    assert parse_kind("opvang_jeugdhulp") == OrganisationKind.CHILDCARE_YOUTH_CARE
    assert parse_kind("") == OrganisationKind.OTHER
    assert parse_kind("bakker") is None


def test_an_organisation_is_typed_once_and_found(store: Store) -> None:
    with unit_of_work(store) as uow:
        entry = save_organisation(uow, None, name=" Eigen Wijs ",
                                  kind=OrganisationKind.CHILDCARE_YOUTH_CARE,
                                  address="Zevenkampse Ring 10", contact_person="Samira")
    assert entry.name == "Eigen Wijs"
    found = search_catalogue(social_map(store), "Eigen")
    assert [o.name for o in found.organisations] == ["Eigen Wijs"]
    assert [o.name for o in search_catalogue(social_map(store), "samira").organisations] == [
        "Eigen Wijs"]
    with unit_of_work(store) as uow:
        save_organisation(uow, entry.id, phone="010-1234567")
    assert social_map(store)[0].phone == "010-1234567"
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        save_organisation(uow, None, name="  ")
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        save_organisation(uow, entry.id, address="x" * 201)


def test_a_good_csv_is_imported_for_the_team(store: Store, tmp_path: Path) -> None:
    report = import_csv(store, write(tmp_path, GOOD))
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    entries = {e.name: e for e in social_map(store)}
    eigen = entries["Eigen Wijs, Dagprogramma Jonge Kind"]
    assert eigen.kind == OrganisationKind.CHILDCARE_YOUTH_CARE
    assert (eigen.address, eigen.phone, eigen.contact_person) == (
        "Zevenkampse Ring 10, Rotterdam", "010-1234567", "Samira")
    assert entries["IKC De Kameleon"].kind == OrganisationKind.CHILD_CENTRE
    with store.session() as session:
        team = session.get(StoreMeta, META_TEAM)
        teams = {o.team_id for o in session.exec(select(Organisation)).all()}
    assert teams == {(team.value if team else "") or None}
    assert [o.name for o in search_catalogue(social_map(store), "Eigen").organisations] == [
        "Eigen Wijs, Dagprogramma Jonge Kind"]
    consult = search_catalogue(social_map(store), "consult")
    assert [o.name for o in consult.organisations] == ["Consultatiebureau Zevenkamp"]
    # the same file again changes nothing; a changed phone updates, never a second record
    again = import_csv(store, write(tmp_path, GOOD.replace("010-7654321", "010-0000000")))
    assert (again.added, again.updated, again.unchanged) == (0, 1, 3)
    assert len(social_map(store)) == 4


def test_excel_files_with_commas_and_windows_1252_are_read(store: Store, tmp_path: Path) -> None:
    text = "Naam,Soort,Adres\nStichting Café Één,buurtwerk,Plein 1\n"
    report = import_csv(store, write(tmp_path, text, "cp1252"))
    assert report.added == 1 and social_map(store)[0].name == "Stichting Café Één"


def test_bad_rows_are_refused_with_their_lines_and_nothing_is_written(
        store: Store, tmp_path: Path) -> None:
    bad = GOOD + ";school;;;\nBakkerij Zoet;bakker;;;\n" + "Lang;school;;" + "1" * 41 + ";\n" \
        + "IKC De Kameleon;school;;;\n"
    with pytest.raises(CsvRefused) as refused:
        import_csv(store, write(tmp_path, bad))
    problems = [(p.line, p.code) for p in refused.value.problems]
    assert problems == [(6, "no_name"), (7, "unknown_kind"), (8, "too_long"), (9, "twice")]
    message = str(refused.value)
    assert "line 7: unknown soort (kind) 'bakker'" in message and "nothing was changed" in message
    assert social_map(store) == []  # not even the good rows


@pytest.mark.parametrize("text", ["", "naam;kleur\nA;rood\n", "soort\nschool\n", "naam\n"])
def test_files_without_organisations_or_columns_are_refused(store: Store, tmp_path: Path,
                                                             text: str) -> None:
    with pytest.raises(CsvRefused):
        import_csv(store, write(tmp_path, text))
    assert social_map(store) == []


@pytest.mark.parametrize(("name", "kind"), [
    ("consult", OrganisationKind.WELL_BABY_CLINIC),
    ("Consultatiebureau Zevenkamp", OrganisationKind.WELL_BABY_CLINIC),
    ("Basisschool De Regenboog", OrganisationKind.SCHOOL),
    ("Huisartsenpraktijk Zuid", OrganisationKind.GP),
    ("Jongerenwerk Ommoord", OrganisationKind.YOUTH_WORK),
    ("Huis van de Wijk De Rokade", OrganisationKind.COMMUNITY_WORK),
    ("Voetbalvereniging", None),
])
def test_a_typed_name_suggests_the_catalogues_kind(name: str,
                                                   kind: OrganisationKind | None) -> None:
    from voordeur.services.social_map import guess_kind
    assert guess_kind(name) == kind
