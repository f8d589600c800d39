"""Synthetic Dutch content for the demo store: households, their network, organisations and texts.

Nothing here describes real people. Every choice is drawn from the `random.Random` passed in, so
the same seed and the same reference day give the same content; nothing reads the clock.

The text functions only receive a `HouseholdSpec`. Facts they need that are not random per call
(who the index child is, which school the children attend, which partner the worker mostly
consults) are derived from the spec itself, so a visit's notes, its location and the household's
organisations agree with each other.
"""

from __future__ import annotations

import itertools
import random
import re
import string
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from voordeur.model.catalogues import (
    CLOSENESS_FAR,
    CLOSENESS_MIDDLE,
    CLOSENESS_NEAR,
    AgreementOwnerKind,
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    OrganisationKind,
    PartnerStatus,
    Theme,
    VisitKind,
)

# --------------------------------------------------------------------------------------------
# Public specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberSpec:
    first_name: str
    last_name: str
    gender: Gender
    role: str
    birth_date: date | None
    birth_year: int | None
    is_index: bool
    deceased: bool


@dataclass(frozen=True)
class RelationSpec:
    a: int
    b: int
    kind: FamilyRelationKind
    partner_status: PartnerStatus | None
    child_type: ChildType | None


@dataclass(frozen=True)
class HouseholdSpec:
    display_name: str
    neighbourhood: str
    city: str
    street: str
    house_number: str
    postcode: str
    phone: str
    members: list[MemberSpec]
    relations: list[RelationSpec]
    themes: list[Theme]
    # The day ages are counted from; the text functions need children's ages. Specs built by
    # hand may leave it out: ages are then counted from the youngest member's birth date.
    reference_day: date | None = field(default=None)


@dataclass(frozen=True)
class NetworkPersonSpec:
    first_name: str
    last_name: str
    gender: Gender
    role: str
    life_domain: LifeDomain
    closeness: int


@dataclass(frozen=True)
class OrganisationSpec:
    name: str
    kind: OrganisationKind
    contact_name: str


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

# wijk -> (city, postcode digits used there, street names in the wijk's naming style)
_PLACES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "Zwolle-Zuid": (
        "Zwolle",
        ("8017", "8024"),
        ("Thorbeckelaan", "Schaepmanstraat", "Troelstralaan", "Aletta Jacobsstraat", "Kuyperlaan"),
    ),
    "Holtenbroek": (
        "Zwolle",
        ("8031", "8032"),
        ("Vechtstraat", "Reggestraat", "Dinkelstraat", "Berkelstraat", "Schipbeekstraat"),
    ),
    "Zevenkamp": (
        "Rotterdam",
        ("3068", "3069"),
        ("Zevenkampse Ring", "Ambachtsland", "Pottenbakkersland", "Smederijland", "Kuiperland"),
    ),
    "Pendrecht": (
        "Rotterdam",
        ("3086", "3087"),
        ("Slinge", "Zuidwijkstraat", "Oudelandstraat", "Molenvlietstraat", "Pendrechtplein"),
    ),
    "Kanaleneiland": (
        "Utrecht",
        ("3526", "3527"),
        ("Marshalllaan", "Trumanlaan", "Eisenhowerlaan", "Churchilllaan", "Roosevelthof"),
    ),
    "Overvecht": (
        "Utrecht",
        ("3562", "3563", "3564"),
        ("Zambesidreef", "Amazonedreef", "Donaudreef", "Tigrisdreef", "Wolgadreef"),
    ),
    "Presikhaaf": (
        "Arnhem",
        ("6825", "6826"),
        ("Hoefbladlaan", "Kamillestraat", "Lisdoddestraat", "Boterbloemstraat", "Klaverstraat"),
    ),
    "Malburgen": (
        "Arnhem",
        ("6832", "6833"),
        ("Valkstraat", "Sperwerstraat", "Havikstraat", "Zwaluwstraat", "Reigerlaan"),
    ),
    "Bijlmer-Oost": (
        "Amsterdam",
        ("1102", "1103"),
        ("Kraaiennest", "Kralenbeek", "Gooioord", "Ganzenhoef", "Kikkenstein"),
    ),
    "Schilderswijk": (
        "Den Haag",
        ("2525", "2526"),
        ("Hoefkade", "Jacob Catsstraat", "Van Ravesteynstraat", "Hobbemastraat", "Vaillantlaan"),
    ),
    "Hatert": (
        "Nijmegen",
        ("6535",),
        ("Hatertseweg", "Meeuwenstraat", "Kievitstraat", "Eendenstraat", "Merelstraat"),
    ),
    "Woensel-West": (
        "Eindhoven",
        ("5621",),
        ("Edisonstraat", "Celsiusstraat", "Voltastraat", "Ampèrestraat", "Faradaystraat"),
    ),
    "Selwerd": (
        "Groningen",
        ("9741",),
        ("Eikenlaan", "Iepenlaan", "Wilgenlaan", "Populierenweg", "Essenlaan"),
    ),
    "Kruiskamp": (
        "Amersfoort",
        ("3815",),
        ("Ravelstraat", "Chopinstraat", "Griegstraat", "Debussystraat", "Brahmsstraat"),
    ),
}

NEIGHBOURHOODS: list[tuple[str, str]] = [(wijk, city) for wijk, (city, _, _) in _PLACES.items()]

# Dutch postcodes skip these letters and the combinations SA, SD and SS.
_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Background:
    key: str
    weight: int
    women: tuple[str, ...]
    men: tuple[str, ...]
    girls: tuple[str, ...]
    boys: tuple[str, ...]
    grandmothers: tuple[str, ...]
    grandfathers: tuple[str, ...]
    surnames: tuple[str, ...]
    family_country: str | None  # where relatives may live, for "de familie in ..."
    # Set for recent newcomers only: the country of origin and the language an interpreter uses.
    origin: str | None = None
    language: str | None = None


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


_BACKGROUNDS: tuple[_Background, ...] = (
    _Background(
        "dutch",
        40,
        _names(
            "Sanne, Linda, Marloes, Esther, Anouk, Kim, Mirjam, Ilse, Nicole, Sabine, Chantal, "
            "Mandy, Wendy, Femke, Jolanda, Petra, Daphne, Natasja, Lisanne, Janneke"
        ),
        _names(
            "Jeroen, Mark, Dennis, Erik, Bas, Niels, Rick, Sander, Martijn, Patrick, Vincent, "
            "Ronald, Joost, Remco, Kevin, Jeffrey, Tim, Wouter"
        ),
        _names(
            "Emma, Julia, Noor, Tess, Sophie, Lotte, Fleur, Zoë, Evi, Sara, Lieke, Isa, Mila, "
            "Saar, Roos, Jill, Anna, Nova"
        ),
        _names(
            "Sem, Daan, Luuk, Finn, Milan, Levi, Bram, Jesse, Thijs, Noah, Lucas, Mees, Jayden, "
            "Ruben, Stijn, Gijs, Tijn, Siem"
        ),
        _names("Ria, Joke, Annie, Truus, Gerda, Wil, Ineke, Marian, Tineke, Corrie, Hennie"),
        _names("Henk, Gerrit, Jan, Kees, Wim, Piet, Bert, Hans, Ton, Harry, Evert"),
        _names(
            "de Vries, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, "
            "Vos, Peters, Hendriks, van Dijk, Dekker, Brouwer, Koster, van der Linden, Kok, "
            "Jacobs, Willems, Schouten, Post, Kuipers, Hoekstra, Veenstra, Wolters, Timmerman, "
            "van Leeuwen, Huisman, Scholten, ter Horst"
        ),
        None,
    ),
    _Background(
        "turkish",
        12,
        _names(
            "Ayşe, Fatma, Elif, Zeynep, Emine, Hatice, Songül, Derya, Esra, Gülay, Özlem, Sevda, "
            "Tuba, Merve"
        ),
        _names(
            "Mehmet, Mustafa, Ahmet, Hasan, Hüseyin, İbrahim, Murat, Erkan, Serkan, Osman, "
            "Kemal, Volkan, Emre, Cem"
        ),
        _names("Elif, Zeynep, Ecrin, Defne, Azra, Melek, Eylül, Nisa, Yaren, Büşra, Ela"),
        _names("Emir, Yusuf, Mert, Burak, Efe, Kerem, Arda, Eren, Ömer, Baran, Kaan"),
        _names("Emine, Hatice, Fadime, Zehra, Şerife, Naciye"),
        _names("Ali, Halil, Mehmet, Yusuf, Ramazan, İsmail"),
        _names(
            "Yilmaz, Kaya, Demir, Şahin, Çelik, Yildiz, Aydin, Öztürk, Arslan, Doğan, Kiliç, "
            "Koç, Özdemir, Polat, Erdem, Karaca"
        ),
        "Turkije",
    ),
    _Background(
        "moroccan",
        12,
        _names(
            "Fatima, Khadija, Naima, Samira, Malika, Nadia, Hanane, Loubna, Souad, Yasmina, "
            "Karima, Siham, Hafida, Ilham"
        ),
        _names(
            "Mohamed, Ahmed, Rachid, Mustapha, Abdelkader, Said, Youssef, Hassan, Khalid, Karim, "
            "Driss, Nourdin, Hamid, Jamal"
        ),
        _names("Lina, Sara, Nour, Yasmine, Aya, Malak, Hiba, Ikram, Salma, Inaya, Dounia"),
        _names("Adam, Rayan, Amir, Ilyas, Yassin, Anas, Zakaria, Bilal, Ayoub, Imran, Soufian"),
        _names("Fadma, Rkia, Zohra, Aicha, Mina, Habiba"),
        _names("Abdeslam, Mohand, Larbi, Allal, Mimoun, Lahcen"),
        _names(
            "El Amrani, Bouzid, El Idrissi, Benali, Ouali, Azzouzi, El Khatib, Boukhari, "
            "Ait Taleb, Ziani, Haddou, El Hamdaoui, Bakkali, Chaouch, Belhaj, Tahiri"
        ),
        "Marokko",
    ),
    _Background(
        "surinamese",
        9,
        _names(
            "Shirley, Sharmila, Priya, Anjali, Jennifer, Rosita, Reshma, Natasha, Chandra, "
            "Sandra, Marcia, Giovanna"
        ),
        _names(
            "Rajesh, Ravi, Ricardo, Orlando, Roy, Glenn, Anand, Sunil, Edgar, Romano, Dino, Clyde"
        ),
        _names("Kiara, Shanaya, Naomi, Jayda, Anaya, Xaviera, Priyanka, Shanice, Amara"),
        _names("Jaden, Dylan, Aryan, Rohan, Jayvano, Quincy, Darnell, Vikash, Xavi"),
        _names("Rosa, Elvira, Sita, Lakshmi, Hilda, Carla"),
        _names("Frits, Sewnath, Rudi, Hendrik, Ramdath, Lucien"),
        _names(
            "Ramdin, Sewdien, Ramsaran, Jagesar, Pinas, Doelwijt, Wijngaarde, Kromosoeto, "
            "Vreden, Lieveld, Biharie, Ramautar"
        ),
        "Suriname",
    ),
    _Background(
        "antillean",
        6,
        _names("Giselle, Jennifer, Shaquira, Dayenne, Yolanda, Rosemary, Jurmaine, Shurella"),
        _names("Jurgen, Shurandy, Rignald, Urvin, Giovanni, Kendrick, Eugene, Ruthsel"),
        _names("Shanaira, Jaylinn, Zuleika, Shaydeline, Joëlle, Naïma"),
        _names("Jurick, Shurwen, Dyrell, Jeremaine, Gianni, Jaïro"),
        _names("Maria, Carmen, Juliana, Ersilia"),
        _names("Pedro, Angel, Roberto, Carlos"),
        _names(
            "Martina, Isenia, Cijntje, Rosalia, Statia, Pieternella, Koeiman, Janga, Croes, "
            "Rojer, Winklaar, Felida"
        ),
        "Curaçao",
    ),
    _Background(
        "polish",
        7,
        _names(
            "Agnieszka, Katarzyna, Magdalena, Joanna, Monika, Anna, Ewa, Justyna, Marta, Aleksandra"
        ),
        _names("Piotr, Tomasz, Paweł, Krzysztof, Marcin, Łukasz, Michał, Grzegorz, Kamil, Adam"),
        _names("Zuzanna, Julia, Lena, Maja, Hanna, Oliwia, Amelia, Natalia"),
        _names("Jakub, Szymon, Filip, Kacper, Antoni, Oliwer, Mikołaj, Wojciech"),
        _names("Halina, Krystyna, Danuta, Barbara"),
        _names("Stanisław, Józef, Zbigniew, Jan"),
        _names(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Woźniak, Dąbrowski, Mazur, Krawczyk"
        ),
        "Polen",
        "Polen",
        "Pools",
    ),
    _Background(
        "syrian",
        7,
        _names("Rasha, Lama, Hala, Rana, Dima, Reem, Amal, Ghada, Yara, Nisreen"),
        _names("Mohammad, Ahmad, Khaled, Omar, Samer, Tarek, Fadi, Mahmoud, Ammar, Hussam, Rami"),
        _names("Lana, Sham, Joud, Rimas, Maya, Tala, Sidra, Judy"),
        _names("Karam, Hamza, Zain, Yamen, Majd, Taim, Ward, Qusai"),
        _names("Samira, Wafaa, Najah, Aziza"),
        _names("Abdullah, Adnan, Hassan, Nizar"),
        _names(
            "Al-Hussein, Alkhatib, Haddad, Khalil, Al Ali, Hamdan, Sabbagh, Nasser, Alhamwi, "
            "Darwish, Kassem, Mansour"
        ),
        "Syrië",
        "Syrië",
        "Arabisch",
    ),
    _Background(
        "eritrean",
        5,
        _names("Semhar, Helen, Mebrat, Senait, Lidya, Saba, Yordanos, Freweini, Selam, Rahwa"),
        _names("Yonas, Dawit, Samuel, Habtom, Filmon, Tesfalem, Biniam, Robel, Kibrom, Amanuel"),
        _names("Ruth, Liya, Meron, Eden, Hiwet, Delina"),
        _names("Nahom, Abel, Eyob, Natan, Mikael, Henok"),
        _names("Letensae, Tsega, Abrehet, Almaz"),
        _names("Tesfamariam, Gebre, Haile, Tekle"),
        _names(
            "Tesfay, Ghebremedhin, Haile, Kidane, Tekle, Berhane, Gebreyesus, Habte, Mehari, "
            "Yohannes, Woldu, Kahsay"
        ),
        "Eritrea",
        "Eritrea",
        "Tigrinya",
    ),
)
_BY_KEY = {bg.key: bg for bg in _BACKGROUNDS}
_DUTCH = _BY_KEY["dutch"]

_POLISH_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def _gendered_surname(surname: str, gender: Gender) -> str:
    """Polish surnames in -ski/-cki take a feminine form; all others are unchanged."""
    if gender == Gender.FEMALE:
        for masc, fem in _POLISH_FEMININE:
            if surname.endswith(masc):
                return surname[: -len(masc)] + fem
    return surname


def _surname_base(surname: str) -> str:
    for masc, fem in _POLISH_FEMININE:
        if surname.endswith(fem):
            return surname[: -len(fem)] + masc
    return surname


_SURNAME_BACKGROUND = {name: bg for bg in _BACKGROUNDS for name in bg.surnames}


def _background_of(surname: str) -> _Background:
    return _SURNAME_BACKGROUND.get(_surname_base(surname), _DUTCH)


def _surname_alone(surname: str) -> str:
    """Taalunie: a tussenvoegsel is capitalised when no first name precedes ("familie De Vries")."""
    return surname[:1].upper() + surname[1:]


def _pick_background(rng: random.Random) -> _Background:
    return rng.choices(_BACKGROUNDS, weights=[bg.weight for bg in _BACKGROUNDS])[0]


def _first_name(
    rng: random.Random, bg: _Background, gender: Gender, generation: str, used: set[str]
) -> str:
    pool = [n for n in _name_pool(bg, gender, generation) if n not in used]
    if not pool:
        # Rare: fall back to the same generation in another background.
        for other in _BACKGROUNDS:
            pool = [n for n in _name_pool(other, gender, generation) if n not in used]
            if pool:
                break
    if not pool:
        own = _name_pool(bg, gender, generation)
        pool = [f"{a}-{b}" for a in own for b in own if a != b and f"{a}-{b}" not in used]
    name = rng.choice(pool)
    used.add(name)
    return name


def _name_pool(bg: _Background, gender: Gender, generation: str) -> tuple[str, ...]:
    female = gender == Gender.FEMALE
    if generation == "child":
        return bg.girls if female else bg.boys
    if generation == "elder":
        return bg.grandmothers if female else bg.grandfathers
    return bg.women if female else bg.men


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _random_day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _day_in_year(rng: random.Random, year: int) -> date:
    return _random_day(rng, date(year, 1, 1), date(year, 12, 31))


# Generation gaps are kept in whole calendar years between 21 and 48, so a parent is always at
# least 20 and at most 50 years older than a child, whether a birth date or only a year is known.
_MIN_GAP, _MAX_GAP = 21, 48


def _children_dates(
    rng: random.Random,
    ref: date,
    parent_years: Sequence[int],
    count: int,
    after: date | None = None,
    before: date | None = None,
) -> list[date]:
    """Birth dates (oldest first) of up to `count` children, 0-17 years old, fitting all parents."""
    lo = max(
        date(max(parent_years) + _MIN_GAP, 1, 1),
        _years_before(ref, 18) + timedelta(days=1),
    )
    if after is not None:
        lo = max(lo, after + timedelta(days=400))
    hi = min(date(min(parent_years) + _MAX_GAP, 12, 31), ref - timedelta(days=14))
    if before is not None:
        hi = min(hi, before)
    if lo > hi or count <= 0:
        return []
    count = min(count, 1 + (hi - lo).days // 330)
    best: list[date] = []
    for _ in range(30):
        best = sorted(_random_day(rng, lo, hi) for _ in range(count))
        if all((b - a).days >= 330 for a, b in itertools.pairwise(best)):
            break
    return best


def _coparent_year(children: Sequence[date], preferred: int) -> int:
    """A birth year near `preferred` that keeps the generation gap to every child plausible."""
    if not children:
        return preferred
    years = [d.year for d in children]
    lo, hi = max(years) - _MAX_GAP, min(years) - _MIN_GAP
    return min(max(preferred, lo), hi)


# --------------------------------------------------------------------------------------------
# Household generation
# --------------------------------------------------------------------------------------------

_CHILD_ROLES = frozenset(
    {
        "zoon",
        "dochter",
        "stiefzoon",
        "stiefdochter",
        "pleegzoon",
        "pleegdochter",
        "kleinzoon",
        "kleindochter",
    }
)
_ELSEWHERE = " (woont elders)"


@dataclass
class _Person:
    first: str
    last: str
    gender: Gender
    role: str
    birth_date: date | None
    birth_year: int | None
    deceased: bool = False

    @property
    def year(self) -> int:
        return self.birth_date.year if self.birth_date else int(self.birth_year or 0)


class _Builder:
    def __init__(self, rng: random.Random, ref: date) -> None:
        self.rng = rng
        self.ref = ref
        self.people: list[_Person] = []
        self.relations: list[RelationSpec] = []
        self.used: set[str] = set()
        self.display_name = ""
        self.elder_at_home = False

    # -- people and relations

    def add(
        self,
        bg: _Background,
        gender: Gender,
        generation: str,
        role: str,
        last: str,
        *,
        born: date | None = None,
        year: int | None = None,
        deceased: bool = False,
    ) -> int:
        first = _first_name(self.rng, bg, gender, generation, self.used)
        if born is None and year is None:
            raise ValueError("a member needs a birth date or a birth year")
        if born is not None:
            year = None
        person = _Person(first, _gendered_surname(last, gender), gender, role, born, year, deceased)
        self.people.append(person)
        return len(self.people) - 1

    def adult(
        self,
        bg: _Background,
        gender: Gender,
        role: str,
        last: str,
        year: int,
        *,
        year_only: bool = False,
        deceased: bool = False,
        generation: str = "adult",
    ) -> int:
        if year_only:
            return self.add(bg, gender, generation, role, last, year=year, deceased=deceased)
        born = _day_in_year(self.rng, year)
        return self.add(bg, gender, generation, role, last, born=born, deceased=deceased)

    def child(
        self, bgs: Sequence[_Background], born: date, last: str, roles: tuple[str, str]
    ) -> int:
        gender = self.rng.choice((Gender.MALE, Gender.FEMALE))
        role = roles[0] if gender == Gender.MALE else roles[1]
        return self.add(self.rng.choice(bgs), gender, "child", role, last, born=born)

    def partners(self, a: int, b: int, status: PartnerStatus) -> None:
        self.relations.append(RelationSpec(a, b, FamilyRelationKind.PARTNERS, status, None))

    def parent_of(self, parent: int, child: int, kind: ChildType = ChildType.BIOLOGICAL) -> None:
        self.relations.append(
            RelationSpec(parent, child, FamilyRelationKind.PARENT_CHILD, None, kind)
        )

    # -- helpers

    def kid_count(self, weights: Sequence[int] = (34, 38, 19, 9)) -> int:
        return self.rng.choices((1, 2, 3, 4), weights=weights)[0]

    def other_background(self, bg: _Background) -> _Background:
        if self.rng.random() < 0.2:
            return _pick_background(self.rng)
        return bg

    def maybe_deceased_grandparent(self, parent: int, bg: _Background) -> None:
        if self.rng.random() >= 0.22:
            return
        p = self.people[parent]
        gender = self.rng.choice((Gender.MALE, Gender.FEMALE))
        role = "opa" if gender == Gender.MALE else "oma"
        year = p.year - self.rng.randint(_MIN_GAP + 1, 36)
        gp = self.adult(
            bg,
            gender,
            role,
            _surname_base(p.last),
            year,
            year_only=True,
            deceased=True,
            generation="elder",
        )
        self.parent_of(gp, parent)

    # -- structures

    def nuclear(
        self,
        bg: _Background,
        *,
        foster: bool = False,
        adoptive: bool = False,
        grandparent: bool = True,
        min_age: int = 23,
    ) -> None:
        rng, ref = self.rng, self.ref
        mother_bg, father_bg = bg, self.other_background(bg)
        if foster or adoptive:
            min_age = max(min_age, 29)
        mother_year = ref.year - rng.randint(min_age, 48)
        n = 0 if foster and rng.random() < 0.3 else self.kid_count()
        if adoptive:
            n = rng.choice((1, 1, 2))
        kids = _children_dates(rng, ref, [mother_year], n)
        father_year = _coparent_year(kids, mother_year - rng.randint(-3, 7))
        s_mother = rng.choice(mother_bg.surnames)
        s_father = rng.choice(father_bg.surnames)
        if s_father == s_mother:
            s_father = rng.choice(father_bg.surnames)
        father_first = rng.random() < 0.2
        status = PartnerStatus.MARRIED if rng.random() < 0.6 else PartnerStatus.COHABITING
        order = [
            (Gender.FEMALE, mother_bg, "moeder", s_mother, mother_year),
            (Gender.MALE, father_bg, "vader", s_father, father_year),
        ]
        if father_first:
            order.reverse()
        idx = {}
        for gender, pbg, role, last, year in order:
            if foster and not kids:
                role = "pleeg" + role
            idx[role.removeprefix("pleeg")] = self.adult(pbg, gender, role, last, year)
        self.partners(idx["moeder"], idx["vader"], status)
        ctype = ChildType.ADOPTED if adoptive else ChildType.BIOLOGICAL
        for born in kids:
            c = self.child((mother_bg, father_bg), born, s_father, ("zoon", "dochter"))
            self.parent_of(idx["moeder"], c, ctype)
            self.parent_of(idx["vader"], c, ctype)
        if foster:
            self._foster_child(idx["moeder"], idx["vader"])
        if status == PartnerStatus.MARRIED and mother_bg is _DUTCH and rng.random() < 0.35:
            # A Dutch married couple often goes by "husband's name-wife's name".
            self.display_name = f"Familie {_surname_alone(s_father)}-{s_mother}"
        else:
            self.display_name = f"{rng.choice(('Gezin', 'Familie'))} {_surname_alone(s_father)}"
        if grandparent:
            primary = idx["vader"] if father_first else idx["moeder"]
            self.maybe_deceased_grandparent(primary, father_bg if father_first else mother_bg)

    def _foster_child(self, mother: int, father: int) -> None:
        rng = self.rng
        years = [self.people[mother].year, self.people[father].year]
        born = _children_dates(rng, self.ref, years, 1)
        if not born:
            return
        fbg = _pick_background(rng)
        last = rng.choice(fbg.surnames)
        c = self.child((fbg,), born[0], last, ("pleegzoon", "pleegdochter"))
        self.parent_of(mother, c, ChildType.FOSTER)
        self.parent_of(father, c, ChildType.FOSTER)
        if rng.random() < 0.4:
            # The birth mother stays part of the foster child's genogram.
            year = _coparent_year(born, born[0].year - rng.randint(_MIN_GAP, 32))
            bm = self.adult(
                fbg, Gender.FEMALE, "biologische moeder" + _ELSEWHERE, last, year, year_only=True
            )
            self.parent_of(bm, c)

    def single_parent(self, bg: _Background, *, father: bool = False, ex: bool = True) -> None:
        rng, ref = self.rng, self.ref
        gender, other = (Gender.MALE, Gender.FEMALE) if father else (Gender.FEMALE, Gender.MALE)
        role, other_role = ("vader", "moeder") if father else ("moeder", "vader")
        year = ref.year - (rng.randint(26, 50) if father else rng.randint(22, 48))
        kids = _children_dates(rng, ref, [year], self.kid_count((45, 38, 13, 4)))
        s_self = rng.choice(bg.surnames)
        obg = self.other_background(bg)
        s_other = rng.choice(obg.surnames)
        p = self.adult(bg, gender, role, s_self, year)
        kids_last = s_self
        other_idx: int | None = None
        if ex or father:
            was_married = rng.random() < 0.5
            # Mothers are usually a few years younger than fathers.
            shift = rng.randint(-3, 7)
            oyear = _coparent_year(kids, year + shift if father else year - shift)
            if father and rng.random() < 0.35:
                other_idx = self.adult(obg, other, other_role, s_other, oyear, deceased=True)
                status = PartnerStatus.MARRIED if was_married else PartnerStatus.COHABITING
            else:
                other_idx = self.adult(
                    obg,
                    other,
                    other_role + _ELSEWHERE,
                    s_other,
                    oyear,
                    year_only=rng.random() < 0.5,
                )
                status = PartnerStatus.DIVORCED if was_married else PartnerStatus.SEPARATED
            self.partners(p, other_idx, status)
            if not father and (was_married or rng.random() < 0.5):
                kids_last = s_other
        for born in kids:
            bgs = (bg, obg) if other_idx is not None else (bg,)
            c = self.child(bgs, born, kids_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            if other_idx is not None:
                self.parent_of(other_idx, c)
        self.display_name = f"Gezin {_surname_alone(self.people[p].last)}"
        self.maybe_deceased_grandparent(p, bg)

    def blended(self, bg: _Background) -> None:
        rng, ref = self.rng, self.ref
        mother_led = rng.random() < 0.75
        g_p, g_n = (Gender.FEMALE, Gender.MALE) if mother_led else (Gender.MALE, Gender.FEMALE)
        role_p = "moeder" if mother_led else "vader"
        p_year = ref.year - rng.randint(27, 47)
        n_bg = self.other_background(bg)
        s_p, s_n = rng.choice(bg.surnames), rng.choice(n_bg.surnames)
        ex_bg = self.other_background(bg)
        s_ex = rng.choice(ex_bg.surnames)
        # The children from the earlier relationship were born before it ended.
        own = _children_dates(
            rng, ref, [p_year], rng.choice((1, 1, 2, 2, 3)), before=_years_before(ref, 2)
        )
        # A man is usually the older partner: shift the other way for a father-led family.
        sign = -1 if mother_led else 1
        n_year = p_year + sign * rng.randint(-3, 6)
        n_own: list[date] = []
        if rng.random() < 0.35:
            n_own = _children_dates(rng, ref, [n_year], rng.choice((1, 1, 2)))
        shared: list[date] = []
        if rng.random() < 0.45:
            last_born = max([*own, *n_own]) if (own or n_own) else None
            shared = _children_dates(rng, ref, [p_year, n_year], rng.choice((1, 1, 2)), last_born)
        n_role = (
            ("vader" if mother_led else "moeder")
            if shared
            else ("stiefvader" if mother_led else "stiefmoeder")
        )
        p = self.adult(bg, g_p, role_p, s_p, p_year)
        n = self.adult(n_bg, g_n, n_role, s_n, n_year)
        self.partners(
            p, n, PartnerStatus.COHABITING if rng.random() < 0.6 else PartnerStatus.MARRIED
        )
        kids_last = s_ex if mother_led else s_p
        ex_idx: int | None = None
        if rng.random() < 0.75 and own:
            ex_year = _coparent_year(own, p_year + sign * rng.randint(-3, 6))
            ex_role = ("vader" if mother_led else "moeder") + _ELSEWHERE
            ex_idx = self.adult(ex_bg, g_n, ex_role, s_ex, ex_year, year_only=rng.random() < 0.4)
            status = PartnerStatus.DIVORCED if rng.random() < 0.5 else PartnerStatus.SEPARATED
            self.partners(p, ex_idx, status)
        elif mother_led and rng.random() < 0.5:
            kids_last = s_p
        for born in own:
            c = self.child((bg, ex_bg), born, kids_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            if ex_idx is not None:
                self.parent_of(ex_idx, c)
        for born in n_own:
            c = self.child((n_bg,), born, s_n, ("stiefzoon", "stiefdochter"))
            self.parent_of(n, c)
        shared_last = s_n if mother_led else s_p
        for born in shared:
            c = self.child((bg, n_bg), born, shared_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            self.parent_of(n, c)
        name_p = _surname_alone(self.people[p].last)
        name_n = self.people[n].last
        if rng.random() < 0.5:
            self.display_name = f"Gezin {name_p}-{name_n}"
        else:
            self.display_name = f"Gezin {name_p}"

    def grandparents_raise(self, bg: _Background) -> None:
        rng, ref = self.rng, self.ref
        mother_year = ref.year - rng.randint(24, 40)
        kids = _children_dates(rng, ref, [mother_year], rng.choice((1, 1, 2)))
        oma_year = mother_year - rng.randint(_MIN_GAP, 30)
        surname = rng.choice(bg.surnames)
        oma = self.adult(bg, Gender.FEMALE, "oma", surname, oma_year, generation="elder")
        opa: int | None = None
        roll = rng.random()
        if roll < 0.5:
            opa_year = oma_year - rng.randint(0, 5)
            opa = self.adult(bg, Gender.MALE, "opa", surname, opa_year, generation="elder")
        elif roll < 0.75:
            opa_year = oma_year - rng.randint(0, 5)
            opa = self.adult(
                bg,
                Gender.MALE,
                "opa",
                surname,
                opa_year,
                year_only=True,
                deceased=True,
                generation="elder",
            )
        if opa is not None:
            self.partners(oma, opa, PartnerStatus.MARRIED)
        mother_deceased = rng.random() < 0.3
        mother = self.adult(
            bg,
            Gender.FEMALE,
            "moeder" if mother_deceased else "moeder" + _ELSEWHERE,
            surname,
            mother_year,
            deceased=mother_deceased,
        )
        self.parent_of(oma, mother)
        if opa is not None:
            self.parent_of(opa, mother)
        kids_last = (
            surname if rng.random() < 0.5 else rng.choice(self.other_background(bg).surnames)
        )
        for born in kids:
            c = self.child((bg,), born, kids_last, ("kleinzoon", "kleindochter"))
            self.parent_of(mother, c)
        self.display_name = f"Familie {_surname_alone(_surname_base(surname))}"

    def three_generations(self, bg: _Background) -> None:
        """A family with a grandmother who moved in: the first parent's own mother."""
        # Parents in their late thirties or older, so the grandmother is old enough to need care.
        self.nuclear(bg, grandparent=False, min_age=37)
        rng = self.rng
        p = self.people[0]
        pbg = _background_of(p.last)
        low = max(_MIN_GAP + 1, 64 - (self.ref.year - p.year))
        year = p.year - rng.randint(low, max(low, 38))
        last = _surname_base(p.last)
        oma = self.adult(
            pbg, Gender.FEMALE, "oma", last, year, year_only=rng.random() < 0.3, generation="elder"
        )
        self.parent_of(oma, 0)
        self.elder_at_home = True
        if rng.random() < 0.4:
            opa = self.adult(
                pbg,
                Gender.MALE,
                "opa",
                last,
                year - rng.randint(0, 4),
                year_only=True,
                deceased=True,
                generation="elder",
            )
            self.partners(oma, opa, PartnerStatus.MARRIED)
            self.parent_of(opa, 0)


_STRUCTURES: tuple[tuple[str, int], ...] = (
    ("nuclear", 32),
    ("single_mother_ex", 20),
    ("single_mother", 7),
    ("single_father", 6),
    ("blended", 14),
    ("grandparents", 6),
    ("foster", 5),
    ("adoptive", 3),
    ("three_generations", 7),
)


def _build(b: _Builder, structure: str, bg: _Background) -> None:
    if structure == "nuclear":
        b.nuclear(bg)
    elif structure == "single_mother_ex":
        b.single_parent(bg)
    elif structure == "single_mother":
        b.single_parent(bg, ex=False)
    elif structure == "single_father":
        b.single_parent(bg, father=True)
    elif structure == "blended":
        b.blended(bg)
    elif structure == "grandparents":
        b.grandparents_raise(bg)
    elif structure == "foster":
        b.nuclear(_DUTCH if b.rng.random() < 0.6 else bg, foster=True)
    elif structure == "adoptive":
        b.nuclear(_DUTCH, adoptive=True)
    else:
        b.three_generations(bg)


def _postcode(rng: random.Random, prefixes: Sequence[str]) -> str:
    while True:
        letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
        if letters not in {"SA", "SD", "SS"}:
            return f"{rng.choice(prefixes)} {letters}"


def _house_number(rng: random.Random) -> str:
    number = str(rng.randint(1, 220))
    roll = rng.random()
    if roll < 0.12:
        return number + rng.choice("abc")
    if roll < 0.2:
        return f"{number}-{rng.randint(1, 3)}"
    return number


def _phone(rng: random.Random) -> str:
    return "06-" + str(rng.randint(1, 6)) + "".join(rng.choice(string.digits) for _ in range(7))


def household(rng: random.Random, reference_day: date) -> HouseholdSpec:
    """One synthetic household: members, genogram relations, address and fitting themes."""
    bg = _pick_background(rng)
    structure = rng.choices([s for s, _ in _STRUCTURES], weights=[w for _, w in _STRUCTURES])[0]
    b = _Builder(rng, reference_day)
    _build(b, structure, bg)
    wijk, city = rng.choice(NEIGHBOURHOODS)
    _, prefixes, streets = _PLACES[wijk]

    themes = _choose_themes(rng, b, reference_day)
    index = _choose_index(rng, b, themes, reference_day)
    members = [
        MemberSpec(
            first_name=p.first,
            last_name=p.last,
            gender=p.gender,
            role=p.role,
            birth_date=p.birth_date,
            birth_year=p.birth_year,
            is_index=i == index,
            deceased=p.deceased,
        )
        for i, p in enumerate(b.people)
    ]
    return HouseholdSpec(
        display_name=b.display_name,
        neighbourhood=wijk,
        city=city,
        street=rng.choice(streets),
        house_number=_house_number(rng),
        postcode=_postcode(rng, prefixes),
        phone=_phone(rng),
        members=members,
        relations=list(b.relations),
        themes=themes,
        reference_day=reference_day,
    )


def _at_home(role: str, deceased: bool) -> bool:
    return not deceased and not role.endswith(_ELSEWHERE)


def _choose_themes(rng: random.Random, b: _Builder, ref: date) -> list[Theme]:
    people = b.people
    kids = [
        _age(p.birth_date, ref)
        for p in people
        if p.role in _CHILD_ROLES and p.birth_date is not None
    ]
    primary = people[0]
    has_ex = any(
        rel.kind == FamilyRelationKind.PARTNERS
        and 0 in (rel.a, rel.b)
        and rel.partner_status in (PartnerStatus.SEPARATED, PartnerStatus.DIVORCED)
        for rel in b.relations
    )
    has_partner = any(
        rel.kind == FamilyRelationKind.PARTNERS
        and 0 in (rel.a, rel.b)
        and rel.partner_status in (PartnerStatus.MARRIED, PartnerStatus.COHABITING)
        and _at_home(
            people[rel.b if rel.a == 0 else rel.a].role,
            people[rel.b if rel.a == 0 else rel.a].deceased,
        )
        for rel in b.relations
    )
    single = not has_partner
    newcomer = _background_of(primary.last).origin is not None
    primary_age = ref.year - primary.year
    weights: dict[Theme, float] = {
        Theme.PARENTING: 10 if kids else 0,
        Theme.MONEY: 9 + (4 if single else 0),
        Theme.CHILD_DEVELOPMENT: 6 if any(a <= 11 for a in kids) else 0,
        Theme.LANGUAGE_DELAY: 5 if any(1 <= a <= 5 for a in kids) else 0,
        Theme.TRUANCY: 6 if any(5 <= a <= 17 for a in kids) else 0,
        Theme.DIVORCE: 14 if has_ex else 0,
        Theme.HOUSING: 5 + (2 if newcomer else 0),
        Theme.LONELINESS: 4 + (3 if single else 0) + (3 if newcomer else 0),
        Theme.WORK_INCOME: (5 + (3 if newcomer else 0)) if primary_age < 62 else 0,
        Theme.HEALTH: 4,
        Theme.MENTAL_HEALTH: 5,
        Theme.OVERWEIGHT: 4 if any(a >= 4 for a in kids) else 0,
        Theme.INFORMAL_CARE: 22 if b.elder_at_home else 2,
        Theme.ADDICTION: 2 if primary_age < 55 else 0,
        Theme.DOMESTIC_VIOLENCE: 2 if (has_ex or has_partner) and primary_age < 55 else 0,
    }
    if b.elder_at_home:
        # The grandmother who moved in is the reason the family is known; lead with that.
        chosen = [Theme.INFORMAL_CARE]
        weights[Theme.INFORMAL_CARE] = 0
    elif has_ex and rng.random() < 0.7:
        chosen = [Theme.DIVORCE]
        weights[Theme.DIVORCE] = 0
    else:
        chosen = []
    target = rng.choices((1, 2, 3, 4), weights=(3, 4, 2, 1))[0]
    while len(chosen) < target:
        pool = [t for t, w in weights.items() if w > 0]
        if not pool:
            break
        theme = rng.choices(pool, weights=[weights[t] for t in pool])[0]
        chosen.append(theme)
        weights[theme] = 0
    return chosen


def _choose_index(rng: random.Random, b: _Builder, themes: Sequence[Theme], ref: date) -> int:
    kids = [
        (i, _age(p.birth_date, ref))
        for i, p in enumerate(b.people)
        if p.role in _CHILD_ROLES and p.birth_date is not None
    ]
    fits = {
        Theme.TRUANCY: lambda a: 5 <= a <= 17,
        Theme.LANGUAGE_DELAY: lambda a: 1 <= a <= 5,
        Theme.CHILD_DEVELOPMENT: lambda a: a <= 11,
        Theme.OVERWEIGHT: lambda a: a >= 4,
        Theme.PARENTING: lambda a: True,
        Theme.DIVORCE: lambda a: True,
    }
    for theme in themes:
        if theme in fits:
            candidates = [i for i, a in kids if fits[theme](a)]
            if theme == Theme.TRUANCY:
                teens = [i for i, a in kids if a >= 12]
                candidates = teens or candidates
            if candidates:
                return rng.choice(candidates)
    if kids and rng.random() < 0.8:
        return rng.choice(kids)[0]
    return 0


# --------------------------------------------------------------------------------------------
# Reading a household back: the cast the texts talk about
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cast:
    primary: MemberSpec
    partner: MemberSpec | None
    ex: MemberSpec | None
    children: tuple[tuple[MemberSpec, int], ...]  # at home, oldest first, with age
    index_child: MemberSpec | None
    elder: MemberSpec | None  # grandparent living with the family
    background: _Background
    ref: date


def _reference_day(h: HouseholdSpec) -> date:
    if h.reference_day is not None:
        return h.reference_day
    dates = [m.birth_date or date(m.birth_year or 2000, 1, 1) for m in h.members]
    return max(dates, default=date(2000, 1, 1))


def _cast(h: HouseholdSpec) -> _Cast:
    if not h.members:
        raise ValueError("a household needs at least one member")
    ref = _reference_day(h)
    home = [i for i, m in enumerate(h.members) if _at_home(m.role, m.deceased)]
    adults = [i for i in home if h.members[i].role not in _CHILD_ROLES]
    primary_i = adults[0] if adults else (home[0] if home else 0)
    primary = h.members[primary_i]
    partner = ex = None
    for rel in h.relations:
        if rel.kind != FamilyRelationKind.PARTNERS or primary_i not in (rel.a, rel.b):
            continue
        other = h.members[rel.b if rel.a == primary_i else rel.a]
        if rel.partner_status in (PartnerStatus.SEPARATED, PartnerStatus.DIVORCED):
            if not other.deceased and ex is None:
                ex = other
        elif _at_home(other.role, other.deceased) and partner is None:
            partner = other
    kids = [
        (h.members[i], _age(h.members[i].birth_date, ref))
        for i in home
        if h.members[i].role in _CHILD_ROLES and h.members[i].birth_date is not None
    ]
    kids.sort(key=lambda pair: -pair[1])
    index_child = next((m for m, _ in kids if m.is_index), None)
    elder = next(
        (
            h.members[i]
            for i in adults
            if h.members[i].role in ("oma", "opa") and h.members[i] not in (primary, partner)
        ),
        None,
    )
    return _Cast(
        primary=primary,
        partner=partner,
        ex=ex,
        children=tuple(kids),
        index_child=index_child,
        elder=elder,
        background=_background_of(primary.last_name),
        ref=ref,
    )


def _stable(h: HouseholdSpec, salt: str) -> int:
    """A per-household number that does not depend on the caller's random state."""
    key = f"{h.display_name}|{h.street}|{h.house_number}|{h.postcode}|{salt}"
    return zlib.crc32(key.encode("utf-8"))


def _stable_choice(h: HouseholdSpec, salt: str, options: Sequence[str]) -> str:
    return options[_stable(h, salt) % len(options)]


def _role_word(role: str) -> str:
    return role.removesuffix(_ELSEWHERE).split(" (")[0]


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def _pronouns(prefix: str, gender: Gender) -> dict[str, str]:
    if gender == Gender.MALE:
        forms = ("hij", "zijn", "hem")
    elif gender == Gender.FEMALE:
        forms = ("zij", "haar", "haar")
    else:
        forms = ("die", "hun", "hen")
    return dict(zip((f"{prefix}_hij", f"{prefix}_zijn", f"{prefix}_hem"), forms, strict=True))


def _person_keys(prefix: str, m: MemberSpec) -> dict[str, str]:
    return {prefix: m.first_name, **_pronouns(prefix, m.gender)}


# Organisation names are derived from the household, not from the caller's random state, so the
# school in a visit's location is the school in the household's organisations.
_PRIMARY_SCHOOLS = _names(
    "Basisschool De Regenboog, OBS De Zonnewijzer, CBS De Wegwijzer, IKC Het Kompas, "
    "Basisschool De Vlinder, Basisschool De Springplank, OBS Het Palet, IKC De Sterrenboog, "
    "Basisschool De Fontein, CBS De Schakel, Basisschool Al Amal, IKC De Horizon"
)
_SECONDARY_SCHOOLS = _names(
    "Vechtstede College, Het Meander College, Scholengemeenschap De Brug, Wijkcollege Noord, "
    "Het Stedelijk College, Lyceum De Kring, Vakcollege De Werkplaats, Het Rietland College"
)
_CHILDCARE = _names(
    "Kinderopvang Het Speelhuis, Peuteropvang Dikkertje Dap, Kinderdagverblijf De Boefjes, "
    "Peuterspeelzaal Het Kabouterhuis, Kinderopvang Kleine Wereld"
)
_SPORTS = (
    "VV {wijk}",
    "Zwemvereniging De Dolfijn",
    "Judoschool {city}",
    "Streetdance Studio {wijk}",
    "Basketbalclub {city} Lions",
    "Atletiekvereniging {city}",
)
_HOUSING_CORPS = _names(
    "Woonstichting Thuis, Woningcorporatie De Sleutel, Wijkwonen, Woonzorg Samen"
)
_EMPLOYERS = _names(
    "Thuiszorg Samen, Supermarkt De Buurtwinkel, Schoonmaakbedrijf Glans, Distributiecentrum Oost, "
    "Zorgcentrum De Linde, Kinderopvang Kleine Wereld"
)


def _faith_orgs(bg: _Background) -> tuple[str, ...]:
    if bg.key in ("turkish",):
        return ("Ulu Camii {city}", "Moskee Mevlana")
    if bg.key in ("moroccan", "syrian"):
        return ("Moskee Al Amal", "Moskee En Nour")
    if bg.key == "eritrean":
        return ("Eritrees-orthodoxe kerk Medhane Alem",)
    if bg.key == "polish":
        return ("Poolse parochie Sint-Jozef",)
    if bg.key in ("surinamese", "antillean"):
        return ("Evangelische Broedergemeente {city}", "Hindoestaanse vereniging Shanti")
    return ("Protestantse Gemeente {wijk}", "Parochie Sint-Martinus")


@dataclass(frozen=True)
class _Org:
    kind: OrganisationKind
    name: str
    function: str  # "de intern begeleider", used in partner-meeting notes
    priority: int  # 0 = must be there, 1 = fits a theme, 2 = fits the family, 3 = generic


def _org_candidates(h: HouseholdSpec, cast: _Cast) -> list[_Org]:
    wijk, city = h.neighbourhood, h.city
    ages = [a for _, a in cast.children]
    themes = set(h.themes)
    out: list[_Org] = []

    def add(kind: OrganisationKind, name: str, function: str, priority: int) -> None:
        name = name.format(wijk=wijk, city=city)
        if all(o.name != name for o in out):
            out.append(_Org(kind, name, function, priority))

    if any(4 <= a <= 11 for a in ages):
        add(
            OrganisationKind.SCHOOL,
            _stable_choice(h, "po", _PRIMARY_SCHOOLS),
            "de intern begeleider",
            0,
        )
    if any(a >= 12 for a in ages):
        add(OrganisationKind.SCHOOL, _stable_choice(h, "vo", _SECONDARY_SCHOOLS), "de mentor", 0)
    if any(a <= 3 for a in ages):
        add(OrganisationKind.JGZ, f"Consultatiebureau {wijk}", "de jeugdverpleegkundige", 0)
        add(
            OrganisationKind.CHILDCARE,
            _stable_choice(h, "kdv", _CHILDCARE),
            "de pedagogisch medewerker",
            2,
        )
    elif ages:
        add(OrganisationKind.JGZ, f"JGZ {city}", "de jeugdverpleegkundige", 2)
    theme_orgs: dict[Theme, list[tuple[OrganisationKind, str, str]]] = {
        Theme.MONEY: [
            (
                OrganisationKind.DEBT_SUPPORT,
                _stable_choice(
                    h, "debt", ("Stichting Schuldhulp {city}", "Schuldhulpverlening {city}")
                ),
                "de schuldhulpverlener",
            )
        ],
        Theme.HOUSING: [
            (
                OrganisationKind.HOUSING,
                _stable_choice(h, "corp", _HOUSING_CORPS),
                "de wijkconsulent",
            )
        ],
        Theme.WORK_INCOME: [(OrganisationKind.MUNICIPALITY, "Werkplein {city}", "de klantmanager")],
        Theme.MENTAL_HEALTH: [
            (OrganisationKind.GP, f"Huisartsenpraktijk {wijk}", "de POH-GGZ"),
            (OrganisationKind.MENTAL_HEALTH, "GGZ {city}", "de behandelaar"),
        ],
        Theme.ADDICTION: [
            (OrganisationKind.MENTAL_HEALTH, "Verslavingszorg {city}", "de preventiewerker")
        ],
        Theme.DOMESTIC_VIOLENCE: [
            (OrganisationKind.VEILIG_THUIS, "Veilig Thuis {city}", "een medewerker")
        ],
        Theme.INFORMAL_CARE: [
            (OrganisationKind.OTHER, "Steunpunt Mantelzorg {city}", "de mantelzorgconsulent")
        ],
        Theme.OVERWEIGHT: [
            (OrganisationKind.SPORTS_CLUB, _stable_choice(h, "sport", _SPORTS), "de trainer"),
            (OrganisationKind.OTHER, f"Diëtistenpraktijk {wijk}", "de diëtist"),
        ],
        Theme.LANGUAGE_DELAY: [
            (OrganisationKind.OTHER, f"Logopediepraktijk {wijk}", "de logopedist"),
            (OrganisationKind.LIBRARY, f"Bibliotheek {wijk}", "een medewerker"),
        ],
        Theme.CHILD_DEVELOPMENT: [
            (OrganisationKind.OTHER, f"Kinderfysiotherapie {wijk}", "de kinderfysiotherapeut")
        ],
        Theme.PARENTING: [
            (OrganisationKind.YOUTH_CARE, "Jeugdhulp {city}", "de jeugdhulpverlener")
        ],
        Theme.DIVORCE: [(OrganisationKind.OTHER, "Mediationpraktijk {city}", "de mediator")],
        Theme.LONELINESS: [
            (OrganisationKind.COMMUNITY_WORK, f"Huis van de Wijk {wijk}", "de opbouwwerker")
        ],
        Theme.HEALTH: [(OrganisationKind.GP, f"Huisartsenpraktijk {wijk}", "de huisarts")],
        Theme.TRUANCY: [
            (OrganisationKind.MUNICIPALITY, "Bureau Leerplicht {city}", "de leerplichtambtenaar")
        ],
    }
    for theme in h.themes:
        for kind, name, function in theme_orgs.get(theme, []):
            add(kind, name, function, 1)
    if cast.background.origin is not None:
        add(OrganisationKind.LIBRARY, f"Taalhuis {city}", "de taalcoach", 2)
    if any(a >= 5 for a in ages) and Theme.OVERWEIGHT not in themes:
        add(OrganisationKind.SPORTS_CLUB, _stable_choice(h, "sport", _SPORTS), "de trainer", 2)
    add(
        OrganisationKind.GP,
        _stable_choice(h, "gp", (f"Huisartsenpraktijk {wijk}", f"Gezondheidscentrum {wijk}")),
        "de huisarts",
        3,
    )
    add(OrganisationKind.SOCIAL_TEAM, f"Sociaal Wijkteam {wijk}", "een collega", 3)
    add(OrganisationKind.COMMUNITY_WORK, f"Buurtwerk {wijk}", "de opbouwwerker", 3)
    add(OrganisationKind.LIBRARY, f"Bibliotheek {wijk}", "een medewerker", 3)
    add(
        OrganisationKind.FAITH,
        _stable_choice(h, "faith", _faith_orgs(cast.background)),
        "een vrijwilliger",
        3,
    )
    if _age_of(cast.primary, cast.ref) < 62:
        add(OrganisationKind.WORK, _stable_choice(h, "work", _EMPLOYERS), "de leidinggevende", 3)
    return out


def _age_of(m: MemberSpec, ref: date) -> int:
    if m.birth_date is not None:
        return _age(m.birth_date, ref)
    return ref.year - (m.birth_year or ref.year)


def _child_age(cast: _Cast, m: MemberSpec) -> int:
    return next(a for c, a in cast.children if c is m)


def _pick_child(
    cast: _Cast, test: Callable[[int], bool], exclude: MemberSpec | None = None
) -> MemberSpec | None:
    """The index child if it fits, else the oldest child that does."""
    idx = cast.index_child
    if idx is not None and idx is not exclude and test(_child_age(cast, idx)):
        return idx
    return next((m for m, a in cast.children if m is not exclude and test(a)), None)


def _pupil(cast: _Cast) -> MemberSpec | None:
    return _pick_child(cast, lambda a: 4 <= a <= 17)


def _school_of(cast: _Cast, orgs: Sequence[_Org], pupil: MemberSpec) -> _Org:
    secondary = _child_age(cast, pupil) >= 12
    return next(
        o
        for o in orgs
        if o.kind == OrganisationKind.SCHOOL and (o.function == "de mentor") == secondary
    )


def _main_partner(h: HouseholdSpec, cast: _Cast, orgs: Sequence[_Org] | None = None) -> _Org:
    """The organisation the worker consults most: partner meetings are with this one."""
    if orgs is None:
        orgs = _org_candidates(h, cast)
    by_kind = {o.kind: o for o in reversed(orgs)}
    pupil = _pupil(cast)
    if pupil is not None:
        by_kind[OrganisationKind.SCHOOL] = _school_of(cast, orgs, pupil)
    wanted: dict[Theme, tuple[OrganisationKind, ...]] = {
        Theme.TRUANCY: (OrganisationKind.SCHOOL,),
        Theme.LANGUAGE_DELAY: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.CHILD_DEVELOPMENT: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.OVERWEIGHT: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.MONEY: (OrganisationKind.DEBT_SUPPORT,),
        Theme.HEALTH: (OrganisationKind.GP,),
        Theme.MENTAL_HEALTH: (OrganisationKind.GP,),
        Theme.PARENTING: (OrganisationKind.SCHOOL, OrganisationKind.JGZ),
        Theme.DIVORCE: (OrganisationKind.SCHOOL, OrganisationKind.JGZ),
    }
    for theme in h.themes:
        for kind in wanted.get(theme, ()):
            if kind in by_kind:
                return by_kind[kind]
    for kind in (OrganisationKind.SCHOOL, OrganisationKind.JGZ, OrganisationKind.GP):
        if kind in by_kind:
            return by_kind[kind]
    return orgs[0]


# Languages spoken at home besides Dutch, for the texts about multilingual upbringing.
_HOME_LANGUAGES = {
    "turkish": "Turks",
    "moroccan": "Marokkaans-Arabisch",
    "antillean": "Papiaments",
    "polish": "Pools",
    "syrian": "Arabisch",
    "eritrean": "Tigrinya",
}


def _context(h: HouseholdSpec, cast: _Cast) -> dict[str, str]:
    """Template values for this household; a key is absent when it does not apply."""
    ctx: dict[str, str] = {}
    p = cast.primary
    ctx.update(_person_keys("ouder", p))
    ctx["ouderrol"] = _role_word(p.role)
    if cast.partner is not None:
        ctx.update(_person_keys("partner", cast.partner))
        ctx["partnerrol"] = _role_word(cast.partner.role)
    if cast.ex is not None:
        ctx.update(_person_keys("ex", cast.ex))
        ctx["exrol"] = _role_word(cast.ex.role)
    if cast.elder is not None:
        ctx.update(_person_keys("oma_thuis", cast.elder))
    kids = [m for m, _ in cast.children]
    if len(kids) > 1:
        ctx["kinderen"] = _join([m.first_name for m in kids])
        ctx["de_kinderen"] = "de kinderen"
    elif kids:
        ctx["de_kinderen"] = kids[0].first_name
    # "kind" is the child most texts are about: the index child, unless that is a baby or
    # toddler (they have their own keys); absent when all children are that young.
    kind = _pick_child(cast, lambda a: a >= 3)
    if kind is not None:
        ctx.update(_person_keys("kind", kind))
        other = _pick_child(cast, lambda a: a >= 3, exclude=kind)
        if other is not None:
            ctx.update(_person_keys("kind2", other))
    for key, test in (
        ("baby", lambda a: a < 1),
        ("peuter", lambda a: 1 <= a <= 3),
        ("klein", lambda a: 1 <= a <= 5),
        ("schoolkind", lambda a: 4 <= a <= 11),
        ("tiener", lambda a: 12 <= a <= 17),
        ("leerling", lambda a: 4 <= a <= 17),
    ):
        m = _pick_child(cast, test)
        if m is not None:
            ctx.update(_person_keys(key, m))
    if cast.children and cast.children[-1][1] <= 2:
        ctx.update(_person_keys("jongste", cast.children[-1][0]))
    ctx["wijk"] = h.neighbourhood
    ctx["stad"] = h.city
    ctx["gezin_naam"] = h.display_name[:1].lower() + h.display_name[1:]
    orgs = _org_candidates(h, cast)
    if any(4 <= a <= 11 for _, a in cast.children):
        ctx["basisschool"] = next(o.name for o in orgs if o.function == "de intern begeleider")
    pupil = _pupil(cast)
    if pupil is not None:
        ctx["school"] = _school_of(cast, orgs, pupil).name
        ctx["school_contact"] = "de mentor" if _child_age(cast, pupil) >= 12 else "de leerkracht"
    bg = cast.background
    if bg.family_country:
        ctx["familieland"] = bg.family_country
    if bg.key in _HOME_LANGUAGES:
        ctx["thuistaal"] = _HOME_LANGUAGES[bg.key]
    if bg.origin:
        ctx["herkomstland"] = bg.origin
        ctx["taal"] = bg.language or _HOME_LANGUAGES.get(bg.key, "Arabisch")
    partner_org = _main_partner(h, cast, orgs)
    ctx["org"] = partner_org.name
    ctx["org_functie"] = partner_org.function
    if Theme.TRUANCY in h.themes:
        ctx["verzuim_uren"] = str(12 + _stable(h, "verzuim") % 50)
    if Theme.INFORMAL_CARE in h.themes:
        ctx["zorgrol"] = _care_role(cast, h)
    referrers = ["de huisarts", "een buurvrouw", "een vriendin", "het Huis van de Wijk"]
    if "school" in ctx:
        referrers += ["school", "school"]
    if any(a <= 3 for _, a in cast.children):
        referrers += ["het consultatiebureau", "het consultatiebureau"]
    ctx["verwijzer"] = _stable_choice(h, "verwijzer", referrers)
    # Sentence-initial variants: {Ouderrol} -> "Moeder", {Kind_hij} -> "Hij".
    for key, value in list(ctx.items()):
        ctx[key[:1].upper() + key[1:]] = value[:1].upper() + value[1:]
    return ctx


def _care_role(cast: _Cast, h: HouseholdSpec) -> str:
    """Who the main carer looks after, seen from the carer: "moeder", "schoonmoeder", "man"."""
    if cast.elder is not None:
        own = _surname_base(cast.elder.last_name) == _surname_base(cast.primary.last_name)
        base = "moeder" if cast.elder.gender == Gender.FEMALE else "vader"
        return base if own else "schoon" + base
    if _role_word(cast.primary.role) in ("oma", "opa"):
        if cast.partner is not None:
            return "man" if cast.primary.gender == Gender.FEMALE else "vrouw"
        return "zus"
    return _stable_choice(h, "zorg", ("moeder", "vader", "schoonmoeder", "moeder"))


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

_FORMATTER = string.Formatter()
# Optional tag before a template: [H] only when the worker is in the home (something seen),
# [L] only after a first contact, [F] only on a first contact, ~name a variant of the theme
# (one variant per household, so request, goals and notes tell the same story) and +key a
# context key that must exist without being printed (+thuistaal: the family speaks another
# language at home).
_TAG = re.compile(r"^\[([HLF]*)(?:~(\w+))?((?:\+\w+)*)\]\s*")


@dataclass(frozen=True)
class _T:
    text: str
    fields: frozenset[str]
    home: bool = False
    later: bool = False
    first: bool = False
    variant: str | None = None


def _t(raw: str) -> _T:
    home = later = first = False
    variant: str | None = None
    needs: set[str] = set()
    match = _TAG.match(raw)
    if match:
        flags, variant, required = match.group(1), match.group(2), match.group(3)
        home, later, first = "H" in flags, "L" in flags, "F" in flags
        needs = {k for k in required.split("+") if k}
        raw = raw[match.end() :]
    fields = frozenset({f for _, f, _, _ in _FORMATTER.parse(raw) if f} | needs)
    return _T(raw, fields, home, later, first, variant)


def _ts(*raws: str) -> tuple[_T, ...]:
    return tuple(_t(r) for r in raws)


def _usable(templates: Iterable[_T], ctx: dict[str, str]) -> list[_T]:
    return [t for t in templates if t.fields <= ctx.keys()]


def _fill(t: _T, ctx: dict[str, str]) -> str:
    return t.text.format_map(ctx)


@dataclass(frozen=True)
class _ThemeText:
    requests: tuple[_T, ...]
    extras: tuple[_T, ...]  # a second sentence for a request when there is a second theme
    goals: tuple[_T, ...]
    notes: tuple[_T, ...]
    strengths: tuple[_T, ...]
    concerns: tuple[_T, ...]
    agreements: tuple[tuple[_T, str], ...]


def _agr(*pairs: tuple[str, AgreementOwnerKind]) -> tuple[tuple[_T, str], ...]:
    return tuple((_t(text), owner.value) for text, owner in pairs)


_M, _N, _O, _W = (
    AgreementOwnerKind.MEMBER,
    AgreementOwnerKind.NETWORK,
    AgreementOwnerKind.ORGANISATION,
    AgreementOwnerKind.WORKER,
)

_THEMES: dict[Theme, _ThemeText] = {
    Theme.DIVORCE: _ThemeText(
        requests=_ts(
            "Sinds {ex} en ik uit elkaar zijn, is het thuis onrustig. Ik wil dat {kind} zich "
            "weer veilig voelt, bij mij én bij {kind_zijn} {exrol}.",
            "{Ex} en ik praten alleen nog via de app, en dan gaat het vaak mis. Ik wil goede "
            "afspraken over de omgang, zodat het rustig blijft voor {de_kinderen}.",
            "Ik wil dat de overdracht op vrijdag zonder ruzie gaat. {Kind} ziet er de hele week "
            "tegen op.",
            "Ik merk dat {kind} boos is sinds de scheiding. Ik wil leren hoe ik daarmee omga "
            "zonder zelf boos te worden.",
        ),
        extras=_ts(
            "Ook wil ik dat {ex} en ik weer normaal met elkaar kunnen praten.",
            "En ik wil graag vaste afspraken over de vakanties.",
        ),
        goals=_ts(
            "De overdracht bij {ex} gaat zonder ruzie",
            "{Ex} en ik hebben een ouderschapsplan waar we ons allebei aan houden",
            "{Ex} en ik praten over {de_kinderen} zonder ruzie",
            "{Kind} durft te vertellen hoe het bij {kind_zijn} {exrol} was",
            "Ik heb weer rust in mijn hoofd na de scheiding",
        ),
        notes=_ts(
            "{Ouderrol} vertelt dat de omgang met {ex} wisselend verloopt. De ene week gaat de "
            "overdracht rustig, de andere week loopt het op in de deuropening.",
            "Besproken hoe {kind} de scheiding beleeft. {Ouderrol} merkt dat {kind} na een "
            "weekend bij {kind_zijn} {exrol} vaak stil is en vroeg naar bed wil.",
            "{Ouderrol} let er bewust op om niet negatief over {ex} te praten in het bijzijn van "
            "{de_kinderen}. Dat benoemd als een sterk punt.",
            "Het ouderschapsplan ligt nog bij de mediator. {Ouderrol} vindt het lastig dat er nog "
            "geen vaste afspraken zijn over de vakanties.",
            "[H] We hebben samen opgeschreven wat goed gaat in de omgang en wat lastig is. Het "
            "lijstje ‘goed’ was langer dan {ouderrol} had verwacht.",
            "[L] {Ouderrol} heeft met {ex} afgesproken om voortaan via een gedeelde agenda te "
            "plannen in plaats van via losse appjes. Dat scheelt misverstanden.",
            "[L+school] De overdracht gebeurt sinds kort bij school in plaats van aan de deur. "
            "Volgens {ouderrol} is {kind} daardoor rustiger op vrijdag.",
        ),
        strengths=_ts(
            "{Ouderrol} praat niet negatief over {ex} in het bijzijn van {de_kinderen}",
            "{Ouderrol} zet de belangen van {de_kinderen} voorop",
        ),
        concerns=_ts(
            "Spanningen tussen {ouder} en {ex} rond de overdracht; {kind} is daar soms bij",
            "Nog geen vastgelegd ouderschapsplan",
            "{Kind} laat sinds de scheiding meer boosheid zien",
        ),
        agreements=_agr(
            (
                "{Ouderrol} stelt {ex} voor om de overdracht voortaan op een neutrale plek te doen",
                _M,
            ),
            ("Buurtwerker informeert naar een KIES-groep voor {schoolkind}", _W),
            ("Buurtwerker zoekt uit hoe mediation vergoed kan worden", _W),
            ("Mediator plant een gesprek met {ouder} en {ex} samen", _O),
            ("Een vertrouwd familielid is aanwezig bij de overdracht op vrijdag", _N),
        ),
    ),
    Theme.OVERWEIGHT: _ThemeText(
        requests=_ts(
            "De jeugdarts zegt dat {leerling} te zwaar is. Ik wil gezonder koken, maar ik weet "
            "niet goed hoe ik dat doe met weinig geld.",
            "{Leerling} wordt gepest omdat {leerling_hij} zwaarder is dan de andere kinderen. Ik "
            "wil dat {leerling_hij} weer lekker in {leerling_zijn} vel zit.",
            "Bij ons is er altijd ruzie over snoep en frisdrank. Ik wil dat we als gezin "
            "gezonder leven zonder dat het steeds strijd is.",
        ),
        extras=_ts(
            "Ook zou ik willen dat {leerling} een sport vindt die {leerling_hij} leuk vindt.",
            "En ik wil leren hoe ik gezond kook voor weinig geld.",
        ),
        goals=_ts(
            "{Leerling} sport twee keer per week",
            "We eten vijf dagen per week samen aan tafel",
            "Er staat water op tafel in plaats van frisdrank",
            "{Leerling} neemt elke dag fruit mee voor de pauze",
            "{Leerling} voelt zich fijn in {leerling_zijn} lijf",
        ),
        notes=_ts(
            "Gesproken over eten en bewegen. {Ouderrol} vertelt dat er ’s avonds veel gesnoept "
            "wordt voor de tv. Samen gekeken naar kleine stappen in plaats van alles tegelijk.",
            "[H] {Leerling} vertelde enthousiast over de gymles en zou graag op een sport willen, "
            "maar de contributie is een drempel. Het Jeugdfonds Sport & Cultuur besproken.",
            "[L] {Ouderrol} heeft deze week drie keer samen met {leerling} gekookt, en is trots "
            "op de groentesoep die ze samen hebben gemaakt.",
            "Het gaat {ouderrol} niet om het getal op de weegschaal, maar om het zelfvertrouwen "
            "van {leerling}. Afgesproken de focus op plezier in bewegen te houden.",
            "De diëtist heeft een eetdagboek meegegeven. {Ouderrol} vindt het lastig om bij te "
            "houden en wil liever een weekmenu maken; dat lijkt een goed alternatief.",
            "[H] In de koelkast stonden kannen water met stukjes fruit. {Ouderrol} vertelt dat "
            "{kinderen} het ‘een beetje raar’ vinden, maar het wel opdrinken.",
            "[L] {Leerling} is twee keer mee geweest naar de proeftraining. {Leerling_hij} vond "
            "het spannend, maar wil volgende week weer.",
        ),
        strengths=_ts(
            "{Ouderrol} kookt graag en wil dat samen met {leerling} doen",
            "{Leerling} is sportief en wil graag op een club",
        ),
        concerns=_ts(
            "{Leerling} heeft volgens de jeugdarts een BMI boven de gezonde grens",
            "{Leerling} voelt zich buitengesloten bij gym en in de pauze",
            "Weinig beweging door de week; {leerling} zit veel binnen achter een scherm",
        ),
        agreements=_agr(
            ("{Ouderrol} meldt {leerling} aan voor een proeftraining bij de sportclub", _M),
            ("Buurtwerker vraagt een bijdrage aan bij het Jeugdfonds Sport & Cultuur", _W),
            ("Jeugdverpleegkundige plant een vervolgafspraak over gewicht en groei", _O),
            ("Een familielid gaat op zaterdag samen met {leerling} zwemmen", _N),
            ("{Ouderrol} maakt met {leerling} een weekmenu voor de boodschappen", _M),
        ),
    ),
    Theme.LANGUAGE_DELAY: _ThemeText(
        requests=_ts(
            "[+thuistaal] Het consultatiebureau zegt dat {klein} te weinig woorden zegt. Ik wil "
            "{klein_hem} goed helpen met praten, in het Nederlands en in het {thuistaal}.",
            "[+thuistaal] Ik spreek zelf niet zo goed Nederlands. Ik wil dat {klein} goed "
            "Nederlands leert voordat {klein_hij} naar groep 3 gaat.",
            "{Klein} wordt snel boos omdat anderen {klein_hem} niet begrijpen. Ik wil weten hoe "
            "ik {klein_hem} kan helpen.",
            "Het consultatiebureau zegt dat {klein} achterloopt met praten. Ik wil weten wat ik "
            "thuis kan doen om {klein_hem} te helpen.",
        ),
        extras=_ts(
            "[+thuistaal] Ook wil ik zelf beter Nederlands leren, zodat ik met de juf kan praten.",
            "En ik wil weten of {peuter} naar de peuteropvang kan.",
        ),
        goals=_ts(
            "We lezen elke avond samen een prentenboek",
            "{Peuter} gaat twee ochtenden per week naar de peuteropvang",
            "{Klein} kent de woorden die {klein_hij} nodig heeft in de klas",
            "Ik durf op het consultatiebureau zelf mijn vragen te stellen",
            "{Klein} kan zeggen wat {klein_hij} wil, zonder boos te worden",
        ),
        notes=_ts(
            "[H+thuistaal] Samen met {klein} een prentenboek gelezen. {Ouderrol} las voor in het "
            "{thuistaal}; {klein} wees de plaatjes aan en benoemde er een paar in het Nederlands.",
            "[H] Samen met {klein} een prentenboek gelezen. {Klein} wees de plaatjes aan en "
            "benoemde er een paar zelf; {ouderrol} herhaalde de woorden rustig.",
            "[+thuistaal] Uitgelegd dat het goed is om thuis {thuistaal} te blijven spreken: een "
            "sterke moedertaal helpt juist bij het leren van het Nederlands. {Ouderrol} was "
            "opgelucht.",
            "[L] {Peuter} gaat sinds kort naar de peuteropvang. De pedagogisch medewerker ziet dat "
            "{peuter_hij} in de kring steeds meer durft te zeggen.",
            "De logopedist heeft oefeningen meegegeven. {Ouderrol} doet ze tijdens het "
            "tandenpoetsen en in bad, zodat het een spelletje blijft.",
            "Een bibliotheekpas voor {klein} besproken; kinderen zijn gratis lid. {Ouderrol} wil "
            "op woensdag met {klein} naar de voorleesochtend.",
            "[H] Tijdens het bezoek zei {klein} spontaan ‘bal’ en ‘weg’. Volgens {ouderrol} zijn "
            "dat nieuwe woorden van deze week.",
            "Besproken hoe {ouderrol} meer kan praten tijdens gewone dingen: benoemen wat je doet "
            "bij het aankleden, koken en boodschappen doen. {Ouderrol} gaat het proberen.",
        ),
        strengths=_ts(
            "{Ouderrol} leest elke dag voor aan {klein}",
            "{Klein} is nieuwsgierig en speelt graag met andere kinderen",
            "[+thuistaal] {Klein} groeit op met twee talen",
        ),
        concerns=_ts(
            "[+thuistaal] {Klein} gebruikt weinig woorden voor {klein_zijn} leeftijd, in beide "
            "talen",
            "{Klein} gebruikt weinig woorden voor {klein_zijn} leeftijd",
            "Bij {klein} is nog geen gehoortest gedaan",
        ),
        agreements=_agr(
            ("{Ouderrol} leest elke avond tien minuten voor uit een prentenboek", _M),
            ("Consultatiebureau verwijst {klein} door voor een gehoortest", _O),
            ("Buurtwerker regelt een bibliotheekpas en een BoekStart-koffertje", _W),
            ("Buurtwerker vraagt bij de peuteropvang naar een VVE-plek voor {peuter}", _W),
            ("Een familielid leest op zaterdag voor aan {klein}", _N),
        ),
    ),
    Theme.TRUANCY: _ThemeText(
        requests=_ts(
            "{Leerling} wil ’s ochtends niet naar school en ik krijg {leerling_hem} "
            "{leerling_zijn} bed niet uit. Ik wil dat {leerling} weer elke dag gaat.",
            "De leerplichtambtenaar heeft gebeld. Ik wil dat {leerling} weer gewoon naar school "
            "gaat, maar ik weet niet meer wat ik moet doen.",
            "{Leerling} zegt dat {leerling_hij} buikpijn heeft als {leerling_hij} naar school "
            "moet. Ik wil weten wat er echt aan de hand is.",
        ),
        extras=_ts(
            "Ook wil ik beter contact met school.",
            "En ik wil dat de ochtenden thuis rustiger beginnen.",
        ),
        goals=_ts(
            "{Leerling} gaat elke dag naar school",
            "{Leerling} is om half negen in de klas",
            "{Leerling} heeft op school iemand bij wie {leerling_hij} terechtkan",
            "{Tiener} gaat door de week voor elf uur slapen",
        ),
        notes=_ts(
            "{Ouderrol} vertelt dat {leerling} deze week twee ochtenden thuis is gebleven. "
            "Volgens {leerling} is er ‘gedoe’ met een paar klasgenoten; meer wil "
            "{leerling_hij} er nog niet over zeggen.",
            "[H] Kort met {tiener} zelf gesproken. {Tiener_hij} zegt dat het niet aan school "
            "ligt maar aan het slapen: {tiener_hij} ligt vaak tot laat wakker met de telefoon.",
            "Met toestemming van {ouderrol} contact gehad met {school_contact}. School ziet "
            "{leerling} graag terug en denkt mee over een aangepast rooster voor de eerste weken.",
            "Het ochtendritme besproken: wie staat wanneer op, wie maakt het ontbijt. {Ouderrol} "
            "legt de wekker van {leerling} voortaan op de gang, zodat {leerling_hij} er echt uit "
            "moet.",
            "[L] {Leerling} is deze week elke dag naar school geweest. Samen met {ouderrol} "
            "stilgestaan bij wat daarbij hielp.",
            "[L] {Leerling} gaat sinds deze week weer hele dagen naar school. De ochtenden zijn "
            "nog spannend, maar het lukt.",
            "Het gesprek bij de leerplichtambtenaar is gepland. {Ouderrol} ziet ertegen op; "
            "uitgelegd dat het gesprek bedoeld is om samen een oplossing te vinden.",
        ),
        strengths=_ts(
            "{Leerling} is open over wat {leerling_hij} lastig vindt",
            "{Ouderrol} blijft in gesprek met school, ook als dat moeilijk is",
        ),
        concerns=_ts(
            "{Leerling} heeft dit schooljaar {verzuim_uren} uur ongeoorloofd verzuim",
            "Leerplicht is betrokken bij {leerling}",
            "{Tiener} slaapt door de week vaak pas na middernacht",
        ),
        agreements=_agr(
            ("{Ouderrol} brengt {leerling} de komende twee weken zelf naar school", _M),
            ("School belt {ouderrol} voor negen uur als {leerling} er niet is", _O),
            ("Buurtwerker sluit aan bij het gesprek met de leerplichtambtenaar", _W),
            ("{Tiener} legt de telefoon om tien uur ’s avonds in de keuken", _M),
            ("Een familielid fietst twee ochtenden per week met {leerling} mee naar school", _N),
        ),
    ),
    Theme.PARENTING: _ThemeText(
        requests=_ts(
            "Ik wil dat er thuis minder ruzie is over de telefoon van {tiener}.",
            "{Kind} luistert niet meer naar mij en ik word snel boos. Ik wil rustiger blijven en "
            "duidelijke regels maken.",
            "Het naar bed gaan duurt elke avond twee uur. Ik wil dat de avonden rustiger "
            "worden, voor {de_kinderen} en voor mij.",
            "Ik twijfel vaak of ik het goed doe als {ouderrol}. Ik wil iemand om mee te praten "
            "over de opvoeding.",
            "{Kind} en {kind2} maken de hele dag ruzie. Ik wil dat ze beter met elkaar omgaan.",
        ),
        extras=_ts(
            "Ook wil ik weer meer leuke dingen doen met {de_kinderen}.",
            "En ik wil leren hoe ik grenzen stel zonder te schreeuwen.",
        ),
        goals=_ts(
            "Er zijn drie huisregels die iedereen kent",
            "Het avondritme is rustig en voorspelbaar",
            "Ik blijf rustig als {kind} boos wordt",
            "We doen elke week iets leuks samen",
            "{Tiener} houdt zich aan de afspraken over de telefoon",
            "{Kind} en {kind2} kunnen een halfuur samen spelen zonder ruzie",
        ),
        notes=_ts(
            "{Ouderrol} vertelt eerlijk dat {ouder_hij} de laatste weken vaak uitvalt tegen "
            "{kind}. Besproken wat er gebeurt vlak voordat het misgaat: vaak rond het eten, als "
            "iedereen moe is.",
            "[H] Samen met {schoolkind} een stickerkaart gemaakt. {Schoolkind_hij} mocht de kaart "
            "zelf versieren en koos meteen een beloning: samen pannenkoeken bakken.",
            "{Ouderrol} en {partnerrol} reageren verschillend op het gedrag van {kind}. Besproken "
            "hoe ze één lijn kunnen trekken zonder elkaar af te vallen.",
            "[H] Mooi moment gezien: {kind} kwam huilend binnen en {ouderrol} ging rustig naast "
            "{kind_hem} zitten en vroeg wat er was. Dit teruggegeven als compliment.",
            "[L] De afspraken over schermtijd hangen nu op de koelkast. {Tiener} vindt ze "
            "‘streng maar eerlijk’.",
            "[L] {Ouderrol} heeft de time-in uitgeprobeerd: even samen afkoelen in plaats van "
            "straf. Twee keer ging het goed, één keer niet; dat is een mooi begin.",
            "[H] {Ouderrol} vertelt dat {kind} en {kind2} vooral ruzie maken als ze zich "
            "vervelen. Samen een lijstje gemaakt met dingen die ze zonder scherm kunnen doen.",
            "Gesproken over de bedtijd. {Ouderrol} merkt dat het rustiger gaat als de tv een uur "
            "voor het slapen uit is; dat wil {ouder_hij} vaker proberen.",
        ),
        strengths=_ts(
            "{Ouderrol} is eerlijk over wat niet goed gaat en wil leren",
            "Warme band tussen {ouderrol} en {kind}",
        ),
        concerns=_ts(
            "{Ouderrol} voelt zich vaak machteloos bij de boze buien van {kind}",
            "Veel ruzie tussen {kind} en {kind2}",
            "Weinig vaste structuur in de ochtend en de avond",
        ),
        agreements=_agr(
            ("{Ouderrol} probeert een week lang de time-in als alternatief voor straf", _M),
            ("Buurtwerker meldt {ouderrol} aan voor de opvoedcursus in het Huis van de Wijk", _W),
            ("{Ouderrol} maakt samen met {de_kinderen} drie huisregels en hangt die op", _M),
            ("Jeugdverpleegkundige geeft tips over slapen en neemt een folder mee", _O),
            (
                "Een vriendin van {ouder} past één avond per week op, zodat {ouder} tijd voor "
                "zichzelf heeft",
                _N,
            ),
        ),
    ),
    Theme.MONEY: _ThemeText(
        requests=_ts(
            "Er komen steeds meer brieven binnen die ik niet durf open te maken. Ik wil weer "
            "overzicht over onze rekeningen.",
            "Aan het eind van de maand is er geen geld meer voor boodschappen. Ik wil dat er "
            "genoeg eten in huis is voor {de_kinderen}.",
            "Ik heb een achterstand bij de energie en de huur. Ik wil hulp om dit op te lossen "
            "voordat het erger wordt.",
            "Ik schaam me ervoor, maar we komen niet rond. Ik wil weten op welke regelingen we "
            "recht hebben.",
        ),
        extras=_ts(
            "Ook wil ik weer rustig de post kunnen openmaken.",
            "En ik wil weten of we recht hebben op hulp van de gemeente.",
        ),
        goals=_ts(
            "Wij hebben overzicht over onze rekeningen",
            "Alle post wordt één keer per week geopend",
            "De huur wordt elke maand op tijd betaald",
            "Er is aan het eind van de maand nog geld voor boodschappen",
            "We krijgen alle toeslagen waar we recht op hebben",
        ),
        notes=_ts(
            "[H] Samen de stapel post doorgenomen en verdeeld in drie bakjes: betalen, bellen en "
            "bewaren. {Ouderrol} schrok minder dan verwacht; een deel bleek al betaald.",
            "[H] {Ouderrol} vertelt dat het geld vooral aan het eind van de maand op is. Samen "
            "een begroting gemaakt; de vaste lasten zijn hoger dan {ouder_hij} dacht door twee "
            "oude abonnementen.",
            "Regelingen nagelopen. De toeslagen lijken in orde, maar er is nog geen aanvraag "
            "gedaan voor de bijzondere bijstand en het kindpakket van de gemeente.",
            "[L] {Ouderrol} heeft zelf de energieleverancier gebeld en een betalingsregeling "
            "getroffen. Een grote stap; {ouder_hij} was er zichtbaar trots op.",
            "Het intakegesprek bij de schuldhulp staat gepland. {Ouderrol} wil graag dat er "
            "iemand meegaat; besproken wie uit het netwerk dat zou kunnen zijn.",
            "{Ouderrol} vertelt dat de eerste keer naar de voedselbank moeilijk was, maar dat de "
            "vrijwilligers vriendelijk waren. Het geeft lucht in de weekboodschappen.",
            "[L] {Ouderrol} houdt sinds kort in een schriftje bij wat er uitgegeven wordt. Het "
            "geeft {ouder_hem} rust om te zien waar het geld naartoe gaat.",
        ),
        strengths=_ts(
            "{Ouderrol} opent de post weer zelf",
            "{Ouderrol} is creatief met een klein budget",
        ),
        concerns=_ts(
            "Betalingsachterstanden bij huur en energie",
            "Ongeopende post, mogelijk ook brieven van een deurwaarder",
            "Aan het eind van de maand is er soms te weinig eten in huis",
        ),
        agreements=_agr(
            ("{Ouderrol} belt de schuldhulp voor een intake", _M),
            ("Buurtwerker helpt bij de aanvraag voor het kindpakket van de gemeente", _W),
            ("Schuldhulpverlening plant een intakegesprek", _O),
            ("Een vriend of familielid gaat mee naar het eerste gesprek bij de schuldhulp", _N),
            ("{Ouderrol} en {partnerrol} openen de post voortaan samen op maandag", _M),
            ("Buurtwerker neemt bij het volgende bezoek een ordner met tabbladen mee", _W),
        ),
    ),
    Theme.HOUSING: _ThemeText(
        requests=_ts(
            "[~klein] Ons huis is te klein voor ons gezin. Ik wil dat {kind} een eigen plek "
            "heeft om te spelen en huiswerk te maken.",
            "[~schimmel] Er zit al maanden schimmel in de slaapkamer van {de_kinderen}. Ik wil "
            "dat de woningcorporatie het eindelijk oplost.",
            "[~huur] Ik heb een huurachterstand en ben bang dat we het huis uit moeten. Ik wil "
            "dat we hier kunnen blijven wonen.",
            "[~buren] Met de bovenburen is het elke avond herrie. Ik wil weer rustig kunnen slapen "
            "in mijn eigen huis.",
        ),
        extras=_ts(
            "[~klein] Ook wil ik weten hoe lang we nog moeten wachten op een grotere woning.",
            "[~schimmel] En ik wil dat de schimmel in de slaapkamer eindelijk wordt aangepakt.",
            "[~huur] Ook wil ik zeker weten dat we in ons huis kunnen blijven.",
            "[~buren] En ik wil weer rustig kunnen slapen.",
        ),
        goals=_ts(
            "[~klein] We staan ingeschreven als woningzoekende",
            "[~klein] {Kind} heeft een rustig plekje om te spelen en huiswerk te maken",
            "[~schimmel] De schimmel in de slaapkamer is weg",
            "[~schimmel] De slaapkamer van {de_kinderen} is droog en gezond",
            "[~huur] We lossen de huurachterstand af volgens de betalingsregeling",
            "[~huur] We kunnen in ons huis blijven wonen",
            "[~buren] We kunnen ’s avonds weer rustig slapen",
            "[~buren] We hebben een goed contact met de buren",
        ),
        notes=_ts(
            "[H~schimmel] In de slaapkamer van {de_kinderen} zijn zwarte plekken op het plafond "
            "te zien. {Ouderrol} zet overdag het raam open, maar het komt steeds terug. Foto’s "
            "gemaakt voor de melding bij de corporatie.",
            "[L~schimmel] De corporatie heeft een monteur gestuurd en er komt een mechanische "
            "ventilatie. {Ouderrol} is opgelucht, maar wil eerst zien dat het ook werkt.",
            "[~huur] {Ouderrol} heeft contact gehad met de woningcorporatie over de "
            "huurachterstand. Er is een betalingsregeling voorgesteld die haalbaar lijkt.",
            "[L~huur] De eerste twee termijnen van de betalingsregeling zijn op tijd betaald. Dat "
            "samen benoemd; het was een krappe maand.",
            "[H~klein] Het huis is klein maar netjes. {Kind} speelt en tekent aan de keukentafel "
            "terwijl er gekookt wordt; samen gekeken hoe er toch een eigen hoekje kan komen.",
            "[H~klein] De inschrijving als woningzoekende bleek verlopen. Samen online opnieuw "
            "ingeschreven en eerlijk besproken dat de wachttijd in {stad} lang is.",
            "[~buren] Gesproken over de overlast van de bovenburen. {Ouderrol} staat open voor "
            "buurtbemiddeling en wil eerst zelf een keer aanbellen.",
            "[L~buren] Het gesprek met de bovenburen via buurtbemiddeling is geweest. Er zijn "
            "afspraken gemaakt over geluid na tien uur ’s avonds.",
        ),
        strengths=_ts(
            "{Ouderrol} houdt het huis netjes, ondanks de krappe ruimte",
            "{Ouderrol} komt zelf in actie en neemt contact op met de corporatie",
        ),
        concerns=_ts(
            "[~schimmel] Vocht en schimmel in de slaapkamer van {de_kinderen}",
            "[~huur] Huurachterstand; de woningcorporatie heeft een brief gestuurd",
            "[~klein] Krappe woning met weinig rust voor {de_kinderen}",
            "[~buren] Geluidsoverlast van de bovenburen; {ouderrol} slaapt slecht",
        ),
        agreements=_agr(
            (
                "[~schimmel] {Ouderrol} meldt de schimmel opnieuw bij de woningcorporatie, met "
                "foto’s",
                _M,
            ),
            ("[~schimmel] Woningcorporatie komt kijken naar de ventilatie", _O),
            ("[~schimmel] Een familielid helpt met verven als de slaapkamer is gerepareerd", _N),
            ("[~huur] {Ouderrol} belt de woningcorporatie over een betalingsregeling", _M),
            ("[~huur] Woningcorporatie stuurt een voorstel voor een betalingsregeling", _O),
            ("[~klein] Buurtwerker bekijkt met {ouderrol} of urgentie aanvragen zin heeft", _W),
            (
                "[~klein] Een familielid helpt een hoekje in de woonkamer in te richten voor "
                "{kind}",
                _N,
            ),
            ("[~buren] Buurtwerker vraagt buurtbemiddeling aan", _W),
            ("[~buren] {Ouderrol} houdt een week bij wanneer de overlast is", _M),
        ),
    ),
    Theme.LONELINESS: _ThemeText(
        requests=_ts(
            "Sinds we hier wonen ken ik bijna niemand. Ik wil mensen leren kennen in de wijk.",
            "Ik zit de hele dag alleen thuis met {jongste}. Ik wil er weer eens uit en contact "
            "met andere ouders.",
            "Mijn familie woont ver weg. Ik wil iemand in de buurt bij wie ik terechtkan als het "
            "even niet gaat.",
        ),
        extras=_ts(
            "Ook zou ik graag andere ouders uit de buurt leren kennen.",
            "En ik wil iemand die ik kan bellen als het even niet gaat.",
        ),
        goals=_ts(
            "Ik ga elke week naar de koffieochtend in het Huis van de Wijk",
            "Ik heb iemand in de buurt die ik kan bellen als het nodig is",
            "Ik spreek af en toe af met een andere ouder",
            "Ik voel me minder alleen",
        ),
        notes=_ts(
            "{Ouderrol} vertelt dat {ouder_hij} soms dagen niemand spreekt behalve "
            "{de_kinderen}. Dat raakte {ouder_hem} zichtbaar.",
            "Samen gekeken naar activiteiten in de wijk. {Ouderrol} voelt wel wat voor de "
            "inloopochtend op dinsdag, maar vindt het spannend om alleen te gaan. Aangeboden om "
            "de eerste keer mee te lopen.",
            "[L] {Ouderrol} is naar de koffieochtend geweest en heeft daar een ouder uit de "
            "straat leren kennen. Ze hebben afgesproken om binnenkort samen koffie te drinken.",
            "Het ecogram besproken: wie is er als het tegenzit? {Ouderrol} noemde eerst niemand, "
            "maar kwam na doorvragen toch op een paar namen.",
            "{Ouderrol} vertelt dat het contact met familie vooral via videobellen gaat. Dat is "
            "fijn, maar niet hetzelfde als iemand die even langskomt.",
            "[L] {Ouderrol} heeft een buurvrouw gevraagd om een keer koffie te komen drinken. "
            "Spannend, maar het was gezellig en ze hebben een nieuwe afspraak gemaakt.",
        ),
        strengths=_ts(
            "{Ouderrol} staat open voor nieuwe contacten",
        ),
        concerns=_ts(
            "{Ouderrol} heeft weinig mensen om op terug te vallen",
            "Weinig contact buiten het gezin",
        ),
        agreements=_agr(
            ("Buurtwerker loopt de eerste keer mee naar de inloopochtend", _W),
            ("{Ouderrol} gaat dinsdag naar de koffieochtend in het Huis van de Wijk", _M),
            ("Een buurvrouw drinkt eens per week koffie met {ouder}", _N),
            ("Huis van de Wijk nodigt {ouder} uit voor de vrijwilligersmiddag", _O),
        ),
    ),
    Theme.WORK_INCOME: _ThemeText(
        requests=_ts(
            "[~zelf+thuistaal] Ik wil graag werk vinden, maar met de kinderen en mijn "
            "Nederlands is dat moeilijk. Ik zoek een baan die past bij de schooltijden.",
            "[~zelf] Ik wil graag weer werken, maar ik weet niet hoe ik dat combineer met "
            "{de_kinderen}. Ik zoek iets dat past bij de schooltijden.",
            "[~zelf] Mijn contract stopt volgende maand. Ik wil weten hoe het dan verder moet "
            "met ons inkomen.",
            "[~partner] {Partner} heeft {partner_zijn} baan verloren en zit veel thuis. Ik wil "
            "dat {partner_hij} weer iets vindt waar {partner_hij} blij van wordt.",
        ),
        extras=_ts(
            "[~zelf] Ook wil ik graag weer werken, in elk geval een paar ochtenden.",
            "[~partner] En ik wil weten wat er met ons inkomen gebeurt nu {partner} geen werk "
            "heeft.",
        ),
        goals=_ts(
            "[~zelf] Ik heb werk of vrijwilligerswerk dat past bij de schooltijden",
            "[~zelf] Mijn cv is klaar en ik heb drie keer gesolliciteerd",
            "[~zelf] Ik heb mijn diploma uit {herkomstland} laten waarderen",
            "[~partner] {Partner} heeft een vast dagritme met werk of vrijwilligerswerk",
            "Ons inkomen is elke maand hetzelfde",
        ),
        notes=_ts(
            "[L~zelf+herkomstland] {Ouderrol} heeft met hulp van de bibliotheek een cv gemaakt. "
            "Het ziet er verzorgd uit; samen de werkervaring uit {herkomstland} toegevoegd.",
            "[L~zelf] {Ouderrol} heeft met hulp van de bibliotheek een cv gemaakt. Het ziet er "
            "verzorgd uit; {ouder_hij} wil het eerst nog aan een vriendin laten lezen.",
            "[~zelf] Gesproken over werk. {Ouderrol} wil graag in de zorg werken en heeft daar "
            "ervaring mee; de opvang van {jongste} is nog de grootste puzzel.",
            "[~zelf] {Ouderrol} heeft een gesprek gehad bij het Werkplein. Er wordt gekeken naar "
            "een werkervaringsplek van twintig uur per week.",
            "[L~zelf] {Ouderrol} is begonnen als vrijwilliger bij de kledingbank in de wijk. "
            "{Ouder_hij} vertelt dat {ouder_hij} weer ‘iets doet dat ertoe doet’.",
            "[~zelf] {Ouderrol} twijfelt of werken financieel loont, omdat er dan toeslagen "
            "wegvallen. Afgesproken om samen een proefberekening te maken.",
            "[~partner] {Ouderrol} vertelt dat {partner} sinds het ontslag weinig de deur uit "
            "komt. Besproken hoe {ouderrol} dat kan aankaarten zonder dat het verwijtend klinkt.",
            "[L~partner] {Partner} heeft zich ingeschreven bij een uitzendbureau. {Ouderrol} "
            "merkt dat {partner_hij} weer meer energie heeft.",
        ),
        strengths=_ts(
            "[~zelf] {Ouderrol} is gemotiveerd om te werken en heeft werkervaring",
            "[~partner] {Ouderrol} en {partner} steunen elkaar in een onzekere periode",
        ),
        concerns=_ts(
            "[~zelf] Onzeker inkomen doordat het tijdelijke contract afloopt",
            "[~zelf+thuistaal] Taal en kinderopvang staan werk nu in de weg",
            "[~partner] Inkomen is gedaald sinds {partner} {partner_zijn} baan verloor",
        ),
        agreements=_agr(
            ("[~zelf] {Ouderrol} maakt een afspraak met de klantmanager van het Werkplein", _M),
            (
                "[~zelf] Buurtwerker zoekt vrijwilligerswerk in de wijk dat past bij de "
                "schooltijden",
                _W,
            ),
            ("Werkplein bekijkt of er recht is op een aanvulling op het inkomen", _O),
            ("Een kennis uit het netwerk vraagt na of er plek is bij de eigen werkgever", _N),
            ("[~partner] {Partner} gaat naar de banenmarkt in het Huis van de Wijk", _M),
        ),
    ),
    Theme.HEALTH: _ThemeText(
        requests=_ts(
            "[~ouder] Ik heb veel pijn in mijn rug en kan niet alles meer zelf. Ik wil dat het "
            "voor {de_kinderen} gewoon doorgaat, ook op mijn slechte dagen.",
            "[~ouder] Sinds mijn operatie ben ik snel moe. Ik wil hulp bij het regelen van alles "
            "rond {de_kinderen}.",
            "[~astma] {Leerling} heeft astma en moet vaak naar het ziekenhuis. Ik wil er rust "
            "over hebben dat het thuis en op school goed gaat.",
        ),
        extras=_ts(
            "[~ouder] Ook wil ik weten welke hulp er is op dagen dat het niet gaat.",
            "[~astma] En ik wil dat de afspraken in het ziekenhuis beter te combineren zijn met "
            "school.",
        ),
        goals=_ts(
            "[~astma] {Leerling} gebruikt de puffer op de goede momenten",
            "[~astma] Ik weet wat ik moet doen als {leerling} benauwd wordt",
            "[~ouder] Ik weet bij wie ik terechtkan als ik een slechte dag heb",
            "[~ouder] Er is hulp bij de boodschappen op de dagen dat het niet gaat",
        ),
        notes=_ts(
            "[~ouder] {Ouderrol} had vandaag een goede dag en kwam net terug van de "
            "fysiotherapeut. Het lopen gaat beter dan een maand geleden.",
            "[~ouder] Besproken hoe {ouderrol} de dagen indeelt. Op slechte dagen blijft veel "
            "liggen; samen gekeken wat dan echt moet en wat kan wachten.",
            "[~ouder] De huisarts heeft doorverwezen naar de internist. {Ouderrol} ziet op tegen "
            "de wachttijd, maar is blij dat er goed gekeken wordt.",
            "[H~astma] {Leerling} liet de nieuwe puffer met opzetkamer zien en deed voor hoe het "
            "moet. Keurig.",
            "[~astma] Besproken hoe school omgaat met de astma van {leerling}. {Ouderrol} wil "
            "dat de gymleraar weet wat te doen bij benauwdheid.",
            "[L~astma] {Leerling} is sinds het nieuwe astma-actieplan ’s nachts niet meer "
            "benauwd geweest. {Ouderrol} is opgelucht.",
            "[L~ouder] De aanvraag voor huishoudelijke hulp via de Wmo loopt. {Ouderrol} vindt "
            "het lastig om hulp in huis te accepteren, maar ziet ook dat het nodig is.",
            "[~ouder] {Ouderrol} vertelt dat {ouder_hij} op slechte dagen minder kan geven dan "
            "{ouder_hij} zou willen. Benoemd wat er ondanks de klachten allemaal wél lukt.",
        ),
        strengths=_ts(
            "[~ouder] {Ouderrol} weet goed wat {ouder_hij} wel en niet kan en vraagt op tijd hulp",
            "[~astma] {Ouderrol} kent de astma van {leerling} goed en handelt rustig",
        ),
        concerns=_ts(
            "[~ouder] Lichamelijke klachten van {ouder} beperken de dagelijkse zorg",
            "[~astma] Medicatie van {leerling} wordt niet altijd op tijd opgehaald",
            "[~astma] {Leerling} mist lessen door ziekenhuisbezoeken",
        ),
        agreements=_agr(
            (
                "[~ouder] {Ouderrol} vraagt bij de huisarts naar de uitslag van het bloedonderzoek",
                _M,
            ),
            ("[~ouder] Buurtwerker zoekt uit of huishoudelijke hulp via de Wmo mogelijk is", _W),
            ("[~ouder] Familie doet op donderdag de boodschappen", _N),
            (
                "[~astma] Huisarts bespreekt het medicijngebruik van {leerling} bij de volgende "
                "controle",
                _O,
            ),
            ("[~astma] {Ouderrol} geeft school een kopie van het astma-actieplan", _M),
        ),
    ),
    Theme.MENTAL_HEALTH: _ThemeText(
        requests=_ts(
            "[~ouder] Ik slaap slecht en pieker veel. Ik wil weer energie hebben voor "
            "{de_kinderen}.",
            "[~ouder] Ik voel me vaak somber en heb nergens zin in. Ik wil weer een {ouderrol} "
            "zijn die er echt is voor {de_kinderen}.",
            "[~tiener] {Tiener} zit alleen nog op {tiener_zijn} kamer en praat bijna niet meer. "
            "Ik maak me zorgen en wil weten hoe ik {tiener_hem} kan bereiken.",
        ),
        extras=_ts(
            "[~ouder] Ook wil ik iemand om mee te praten over hoe ik me voel.",
            "[~tiener] En ik wil weten wanneer ik me echt zorgen moet maken.",
        ),
        goals=_ts(
            "[~ouder] Ik heb elke week een ochtend voor mezelf",
            "[~ouder] Ik praat met iemand over hoe ik me voel",
            "[~ouder] Ik weet wat ik kan doen als het minder goed gaat",
            "[~tiener] {Tiener} eet elke dag minstens één keer met ons mee",
            "[~tiener] {Tiener} heeft iemand buiten het gezin om mee te praten",
        ),
        notes=_ts(
            "[~ouder] {Ouderrol} vertelt open dat {ouder_hij} zich de laatste weken somber voelt. "
            "Samen gekeken wat helpt: wandelen, muziek en bellen met familie.",
            "[L~ouder] {Ouderrol} heeft een afspraak gehad bij de POH-GGZ van de huisarts. Het "
            "eerste gesprek voelde goed.",
            "[HL~ouder] Het huis was rommeliger dan de vorige keer. {Ouderrol} gaf aan dat het "
            "een zware week was; dat zonder oordeel benoemd en gevraagd wat {ouder_hij} nu het "
            "meest nodig heeft.",
            "[~ouder] Een signaleringsplan besproken: waaraan merkt {ouderrol} dat het minder "
            "goed gaat, en wie kan {ouder_hij} dan bellen?",
            "[H~tiener] Met {tiener} een stukje gelopen naar de supermarkt. Onderweg vertelde "
            "{tiener_hij} meer dan thuis aan tafel.",
            "[~tiener] {Ouderrol} vertelt dat {tiener} weinig eet en ’s nachts wakker ligt. "
            "Besproken om samen met {tiener} naar de huisarts te gaan.",
            "[~ouder] {Ouderrol} is begonnen met een dagelijkse wandeling na het ontbijt. Het "
            "helpt om de dag te beginnen, vertelt {ouder_hij}.",
            "[L~ouder] {Ouderrol} merkt dat de goede dagen weer wat vaker komen. Samen gekeken "
            "wat er op die dagen anders is.",
            "[~ouder] Besproken hoe {ouderrol} met {de_kinderen} kan praten over hoe het gaat, "
            "eerlijk en passend bij de leeftijd.",
        ),
        strengths=_ts(
            "[~ouder] {Ouderrol} durft te vertellen hoe het echt gaat",
            "[~tiener] {Ouderrol} blijft geduldig contact zoeken met {tiener}",
        ),
        concerns=_ts(
            "[~ouder] {Ouderrol} voelt zich al langere tijd somber",
            "[~ouder] {Ouderrol} slaapt slecht",
            "[~tiener] {Tiener} trekt zich terug en heeft weinig contact met leeftijdgenoten",
        ),
        agreements=_agr(
            ("[~ouder] {Ouderrol} maakt een afspraak met de POH-GGZ van de huisarts", _M),
            ("[~ouder] Een vriendin gaat twee keer per week wandelen met {ouder}", _N),
            ("Buurtwerker vraagt met toestemming advies aan de praktijkondersteuner", _W),
            ("Huisarts plant een vervolggesprek", _O),
            ("[~tiener] {Ouderrol} gaat samen met {tiener} naar de huisarts", _M),
        ),
    ),
    Theme.ADDICTION: _ThemeText(
        requests=_ts(
            "[~partner] {Partner} drinkt te veel, vooral in het weekend. Ik wil dat het thuis "
            "rustig en veilig is voor {de_kinderen}.",
            "[~zelf] Ik blow elke avond om te kunnen slapen. Ik wil daarmee stoppen, voor mezelf "
            "en voor {de_kinderen}.",
            "[~tiener] {Tiener} gamet tot diep in de nacht en is dan onhandelbaar. Ik wil dat "
            "het gamen weer normaal wordt.",
        ),
        extras=_ts(
            "Ook wil ik weten waar ik zelf terechtkan met mijn zorgen.",
        ),
        goals=_ts(
            "[~zelf] Ik blow niet meer door de week",
            "[~partner] Het weekend is gezellig en rustig",
            "[~partner] Ik weet wat ik kan doen als het misgaat",
            "[~tiener] {Tiener} gamet niet meer na tien uur ’s avonds",
            "[~tiener] {Tiener} gaat weer uitgerust naar school",
        ),
        notes=_ts(
            "[~zelf] {Ouderrol} vertelt dat {ouder_hij} sinds een maand probeert minder te "
            "blowen. Het slapen is lastig, maar {ouder_hij} houdt vol.",
            "[~partner] Besproken wat het drinken van {partner} betekent voor {de_kinderen}. "
            "{Ouderrol} wil het bespreekbaar maken, maar is bang voor ruzie; samen geoefend hoe "
            "{ouder_hij} het kan zeggen.",
            "[L~partner] {Ouderrol} vertelt dat {partner} zelf ook vindt dat het minder moet. "
            "Dat is een opening; besproken hoe {ouder_hij} dat kan steunen.",
            "[H~tiener] Met {tiener} gesproken over gamen. {Tiener_hij} gaf zelf aan ’s ochtends "
            "moe te zijn en stelde voor de console vanaf tien uur in de woonkamer te zetten.",
            "[~tiener] {Ouderrol} vertelt dat {tiener} ’s nachts gamet en ’s ochtends niet uit "
            "bed komt. Samen voorbereid hoe {ouder_hij} daar afspraken over maakt met {tiener}.",
            "Informatie gegeven over de anonieme chat van de verslavingszorg. {Ouderrol} wil die "
            "eerst zelf bekijken.",
            "[L~zelf] {Ouderrol} heeft deze week drie avonden niet geblowd. Het inslapen duurt "
            "lang; samen gekeken naar een vast avondritueel.",
        ),
        strengths=_ts(
            "[~zelf] {Ouderrol} is eerlijk over het gebruik en wil iets veranderen",
            "[~partner] {Ouderrol} beschermt {de_kinderen} en zoekt zelf hulp",
            "[~tiener] {Tiener} denkt zelf mee over oplossingen",
        ),
        concerns=_ts(
            "[~partner] {Partner} drinkt in het weekend veel, ook in het bijzijn van {de_kinderen}",
            "[~zelf] Dagelijks cannabisgebruik van {ouder}",
            "[~tiener] {Tiener} gamet ’s nachts en mist daardoor lessen",
        ),
        agreements=_agr(
            ("{Ouderrol} belt de verslavingszorg voor een vrijblijvend adviesgesprek", _M),
            ("[~partner] Buurtwerker zoekt informatie over een groep voor naasten", _W),
            ("Verslavingszorg biedt een kennismakingsgesprek aan", _O),
            ("[~tiener] {Tiener} levert de controller om tien uur in", _M),
            ("[~tiener] Buurtwerker zoekt informatie over gamen voor ouders", _W),
        ),
    ),
    Theme.DOMESTIC_VIOLENCE: _ThemeText(
        requests=_ts(
            "[~ex] Ik wil dat mijn kinderen en ik ons veilig voelen, ook nu {ex} weer contact "
            "zoekt.",
            "[~partner] Bij ons loopt ruzie soms uit de hand. {Partner} en ik willen leren ruzie "
            "maken zonder dat het eng wordt voor {de_kinderen}.",
            "Ik wil rust in huis. Niemand hoeft thuis nog bang te zijn.",
        ),
        extras=_ts(
            "Ook wil ik weten wat ik kan doen als het weer misgaat.",
        ),
        goals=_ts(
            "Er is een veiligheidsplan dat we allemaal kennen",
            "[~partner] Iedereen in huis weet wat te doen als een ruzie oploopt",
            "[~partner] Ruzies lopen niet meer uit de hand",
            "Ik voel me veilig in mijn eigen huis",
            "[~ex] {Ex} houdt zich aan de afspraken over contact",
        ),
        notes=_ts(
            "Veiligheid besproken. {Ouderrol} geeft aan dat er de afgelopen weken geen "
            "incidenten zijn geweest. Het veiligheidsplan ligt binnen handbereik.",
            "[~ex] {Ouderrol} vertelt dat {ex} afgelopen week een paar keer onaangekondigd aan "
            "de deur stond. Samen doorgenomen wat {ouder_hij} dan doet en wie {ouder_hij} kan "
            "bellen.",
            "Met toestemming van {ouderrol} advies gevraagd bij Veilig Thuis. Advies: het "
            "veiligheidsplan samen met het gezin aanscherpen.",
            "[L~partner] {Ouderrol} en {partnerrol} hebben een time-out-afspraak gemaakt: wie "
            "merkt dat het oploopt, gaat even naar buiten. Het heeft deze week twee keer gewerkt.",
            "[L~ex] De omgangsregeling is nu via de rechter vastgelegd. {Ouderrol} merkt dat de "
            "duidelijkheid rust geeft.",
            "[~partner] {Ouderrol} en {partnerrol} willen allebei dat het anders gaat. Besproken "
            "wat ze van elkaar nodig hebben als de spanning oploopt.",
        ),
        strengths=_ts(
            "{Ouderrol} neemt de veiligheid van {de_kinderen} serieus en zoekt zelf hulp",
        ),
        concerns=_ts(
            "Eerdere incidenten van huiselijk geweld; veiligheid wordt gevolgd",
            "[~ex] {Ex} houdt zich niet aan de afspraak om niet onaangekondigd langs te komen",
            "[~partner] {Kinderen} zijn getuige geweest van hevige ruzies",
        ),
        agreements=_agr(
            ("{Ouderrol} deelt het veiligheidsplan met een vertrouwd iemand", _M),
            ("Buurtwerker overlegt met toestemming met Veilig Thuis", _W),
            ("Veilig Thuis geeft advies over het veiligheidsplan", _O),
            ("Een vertrouwd familielid is bereikbaar als {ouder} zich onveilig voelt", _N),
        ),
    ),
    Theme.INFORMAL_CARE: _ThemeText(
        requests=_ts(
            "Ik zorg elke dag voor mijn {zorgrol} en daarnaast voor {de_kinderen}. Ik wil af en "
            "toe tijd voor mezelf.",
            "De zorg voor mijn {zorgrol} wordt me te veel. Ik wil dat de familie meer helpt en "
            "dat ik weet welke hulp er is.",
            "Ik ben altijd moe. Ik wil de zorg voor mijn {zorgrol} volhouden en toch genoeg tijd "
            "hebben voor {de_kinderen}.",
        ),
        extras=_ts(
            "Ook wil ik weten welke hulp er is voor mijn {zorgrol}.",
            "En ik wil een middag per week voor mezelf.",
        ),
        goals=_ts(
            "Ik heb één middag per week voor mezelf",
            "De zorg voor mijn {zorgrol} is eerlijk verdeeld in de familie",
            "Iemand neemt de zorg één dagdeel per week van mij over",
        ),
        notes=_ts(
            "{Ouderrol} zorgt dagelijks voor {ouder_zijn} {zorgrol}. Het valt op hoeveel "
            "{ouder_hij} regelt zonder het zwaar te noemen. Benoemd dat dit mantelzorg is en dat "
            "daar steun voor bestaat.",
            "[H] Samen een zorgrooster gemaakt: wie uit de familie kan op welke dag iets "
            "overnemen? Er bleek meer mogelijk dan {ouderrol} dacht.",
            "{Ouderrol} is moe; de nachten zijn onrustig door de zorg voor {ouder_zijn} "
            "{zorgrol}. Gesproken over logeeropvang en dagbesteding.",
            "[L] Het steunpunt mantelzorg heeft gebeld. {Ouderrol} krijgt een "
            "mantelzorgmakelaar die helpt met de aanvragen.",
            "[L] De wijkverpleging komt nu ’s ochtends voor de zorg van {ouder_zijn} {zorgrol}. "
            "{Ouderrol} merkt dat de ochtenden rustiger verlopen.",
            "Gesproken over wat {ouderrol} zelf nodig heeft om de zorg vol te houden. Het "
            "antwoord kwam na een stilte: ‘Eén avond per week niets hoeven.’",
        ),
        strengths=_ts(
            "{Ouderrol} zorgt met veel liefde voor {ouder_zijn} {zorgrol}",
            "De familie is betrokken en wil meedenken",
        ),
        concerns=_ts(
            "{Ouderrol} draagt veel zorg alleen en loopt het risico overbelast te raken",
            "Weinig tijd en aandacht over voor {de_kinderen}",
        ),
        agreements=_agr(
            ("{Ouderrol} meldt zich aan bij het steunpunt mantelzorg", _M),
            (
                "Buurtwerker vraagt na of er dagbesteding mogelijk is voor de {zorgrol} van "
                "{ouder}",
                _W,
            ),
            ("Familie neemt op zaterdag de zorg een dagdeel over", _N),
            ("Steunpunt mantelzorg neemt contact op voor een kennismaking", _O),
        ),
    ),
    Theme.CHILD_DEVELOPMENT: _ThemeText(
        requests=_ts(
            "[~peuter] {Peuter} loopt achter met lopen en praten. Ik wil weten of dat normaal is "
            "en wat ik kan doen.",
            "[~schoolkind] De juf zegt dat {schoolkind} moeite heeft om stil te zitten en zich te "
            "concentreren. Ik wil weten hoe ik {schoolkind_hem} thuis kan helpen.",
            "[~baby] {Baby} huilt veel en slaapt slecht. Ik wil weten hoe ik {baby_hem} rustiger "
            "krijg.",
        ),
        extras=_ts(
            "[~peuter] Ook wil ik weten wat ik kan verwachten voor de leeftijd van {peuter}.",
            "[~schoolkind] En ik wil dat school en ik hetzelfde doen.",
            "[~baby] En ik wil zelf weer wat meer slapen.",
        ),
        goals=_ts(
            "[~peuter] {Peuter} speelt elke dag een halfuur buiten",
            "[~peuter] Ik weet wat past bij de leeftijd van {peuter}",
            "[~schoolkind] {Schoolkind} kan zich thuis twintig minuten concentreren op een taak",
            "[~schoolkind] School en ik pakken het samen op dezelfde manier aan",
            "[~baby] {Baby} heeft een vast slaapritme",
            "[~baby] Ik voel me rustiger als {baby} huilt",
        ),
        notes=_ts(
            "[H~baby] {Baby} lag op een kleed op de grond en rolde voor het eerst zelf om terwijl "
            "we zaten te praten. {Ouderrol} straalde.",
            "[~baby] Besproken wat {ouderrol} doet als {baby} blijft huilen. Het helpt om "
            "{baby_hem} in te bakeren en de kamer donker te maken; soms lukt niets, en dat is "
            "ook normaal.",
            "[~peuter] Gesproken over de ontwikkeling van {peuter}. Het consultatiebureau ziet een "
            "kleine achterstand in de motoriek; {ouderrol} wil meer buitenspelen.",
            "[H~peuter] {Peuter} speelde met blokken en bouwde een hoge toren. {Ouderrol} "
            "moedigde {peuter_hem} aan zonder het over te nemen; dat teruggegeven als compliment.",
            "[~peuter] {Ouderrol} vraagt zich af of {peuter} niet te lang een speen heeft. "
            "Informatie gegeven en gezegd dat {ouder_hij} het tempo zelf mag bepalen.",
            "[H~schoolkind] {Schoolkind} was bezig met een bouwwerk van blokken en kon daar lang "
            "geconcentreerd mee bezig zijn. Teruggegeven aan {ouderrol}: dit is een mooie kracht.",
            "[~schoolkind] Het onderzoek bij de kinderarts is over zes weken. {Ouderrol} houdt "
            "tot die tijd een dagboekje bij van opvallende momenten.",
        ),
        strengths=_ts(
            "{Ouderrol} kent {de_kinderen} goed en ziet kleine veranderingen op tijd",
            "[~baby] {Baby} groeit goed",
            "[~schoolkind] {Schoolkind} kan zich lang concentreren op iets wat {schoolkind_hij} "
            "leuk vindt",
        ),
        concerns=_ts(
            "[~peuter] Mogelijke achterstand in de motorische ontwikkeling van {peuter}",
            "[~schoolkind] {Schoolkind} heeft op school moeite met concentratie",
            "[~baby] {Baby} huilt veel; {ouderrol} is daardoor erg moe",
        ),
        agreements=_agr(
            ("[~peuter] Consultatiebureau plant een extra afspraak voor {peuter}", _O),
            ("[~peuter] {Ouderrol} gaat drie keer per week met {peuter} naar de speeltuin", _M),
            ("[~peuter] Buurtwerker zoekt een peutergymgroep in de wijk", _W),
            ("[~peuter] Familie komt op woensdagmiddag buiten spelen met {peuter}", _N),
            ("[~schoolkind] School en {ouderrol} maken samen een plan voor {schoolkind}", _O),
            ("[~schoolkind] {Ouderrol} zet een kookwekker bij het huiswerk van {schoolkind}", _M),
            ("[~baby] Consultatiebureau komt op huisbezoek over huilen en slapen", _O),
            (
                "[~baby] Een familielid past twee ochtenden per week op {baby}, zodat {ouder} kan "
                "bijslapen",
                _N,
            ),
        ),
    ),
}

_GENERIC_REQUESTS = _ts(
    "Ik wil dat het thuis weer rustiger wordt en dat ik weet waar ik terechtkan met mijn vragen.",
    "Het is de laatste tijd allemaal veel. Ik wil weer overzicht en iemand die met me meedenkt.",
)

_GENERIC_GOALS = _ts(
    "Het is thuis rustiger",
    "Ik weet bij wie ik terechtkan met mijn vragen",
    "We doen één keer per week iets leuks als gezin",
    "{Leerling} gaat met plezier naar school",
    "Ik heb meer mensen om me heen op wie ik kan rekenen",
    "Ik heb weer energie aan het eind van de dag",
    "We eten elke avond samen",
    "Ik vraag zelf om hulp als het nodig is",
    "{Kind} heeft een hobby die {kind_hij} leuk vindt",
    "{Partner} en ik nemen samen beslissingen over {de_kinderen}",
    "[+taal] Ik lees de brieven van school en gemeente zelf",
    "Ik heb een plan voor als het even niet gaat",
    "{Kind} heeft een vriendje of vriendinnetje om mee te spelen",
    "Vriendjes en vriendinnetjes van {de_kinderen} komen graag bij ons thuis",
)

_GENERIC_STRENGTHS = _ts(
    "{Ouderrol} is betrokken en vraagt zelf om hulp",
    "{Ouderrol} en {partnerrol} werken goed samen als ouders",
    "Warme band tussen {ouderrol} en {kind}",
    "{Kind} is sociaal en heeft vrienden in de buurt",
    "{Tiener} helpt mee in huis",
    "{Ouderrol} is open en eerlijk over wat moeilijk is",
    "{Ouderrol} houdt zich aan afspraken",
    "{Leerling} gaat graag naar school en doet goed mee in de klas",
    "{Ouderrol} spreekt {taal} en leert snel Nederlands",
    "{Kinderen} zien er verzorgd uit",
    "{Ouderrol} heeft humor en kan relativeren",
    "Familie in de buurt die bereid is te helpen",
    "{Ouderrol} zorgt voor vaste ritmes in huis",
    "{Ouderrol} is trots op {de_kinderen} en laat dat merken",
)

_GENERIC_CONCERNS = _ts(
    "{Ouderrol} staat er grotendeels alleen voor",
    "Veel spanning in huis door een opeenstapeling van zorgen",
)

_GENERIC_AGREEMENTS = _agr(
    ("Buurtwerker plant het volgende huisbezoek over twee weken", _W),
    ("{Ouderrol} bedenkt wie uit het netwerk kan helpen en neemt een lijstje mee", _M),
    ("{Ouderrol} en {partnerrol} kiezen samen welk doel als eerste aandacht krijgt", _M),
    ("Iemand uit het netwerk sluit aan bij het volgende gesprek", _N),
    ("Buurtwerker vraagt met toestemming informatie op bij {org}", _W),
    ("{Org} nodigt {ouder} uit voor een gezamenlijk gesprek", _O),
    ("{Kind} bedenkt zelf een uitje voor het hele gezin", _M),
    ("Buurtwerker zoekt een activiteit in de wijk voor {leerling}", _W),
    ("{Ouderrol} houdt een week bij wat goed gaat", _M),
)

# -- visit notes: openings, bodies and closings per kind of contact

_OPEN_HOME = _ts(
    "[F] Eerste huisbezoek, kennismaking met {ouder} en de kinderen ({kinderen}). {Ouderrol} "
    "had koffie gezet en vertelde open over de situatie thuis.",
    "[F] Eerste huisbezoek, kennismaking met {ouder}. {Ouderrol} had thee gezet en vertelde "
    "open over de situatie thuis.",
    "[F] Kennismaking bij {gezin_naam} thuis. {Ouderrol} was via {verwijzer} bij mij "
    "terechtgekomen en had zelf om een gesprek gevraagd.",
    "[F] Eerste gesprek thuis. Uitgelegd wie ik ben en wat ik wel en niet kan doen. {Ouderrol} "
    "wilde vooral weten of er ‘een dossier’ komt; uitgelegd wat ik vastleg en waarom.",
    "[F] Eerste kennismaking. {Ouderrol} deed open met {jongste} op de arm en was wat "
    "zenuwachtig, maar dat zakte snel.",
    "[F] Kennismakingsbezoek. {Ouderrol} en {partnerrol} waren er allebei en vertelden om de "
    "beurt hoe zij de situatie zien.",
    "[L] Sinds het vorige bezoek gaat het volgens {ouderrol} ‘iets beter’. Doorgevraagd wat dat "
    "‘iets’ is: minder ruzie aan tafel, en {ouder_hij} slaapt zelf beter.",
    "[L] Sinds het vorige bezoek is er veel gebeurd. {Ouderrol} begon meteen te vertellen, nog "
    "voordat mijn jas uit was.",
    "[L] Huisbezoek volgens afspraak. De afspraken van vorige keer nagelopen: een deel is gelukt, "
    "een deel loopt nog.",
    "[L] Terugblik op de afgelopen weken. {Ouderrol} vertelt dat het een drukke periode was, maar "
    "dat {ouder_hij} beter het overzicht kon houden dan eerst.",
    "[L] Bij binnenkomst was {schoolkind} net thuis uit school en vertelde meteen over "
    "{schoolkind_zijn} dag.",
    "[L] Huisbezoek nummer {nr}. De sfeer was ontspannen; {ouderrol} had zelf een lijstje met "
    "onderwerpen gemaakt.",
    "[L] Sinds het vorige bezoek heeft {ouderrol} zelf een paar stappen gezet die we samen hadden "
    "bedacht. Daar eerst bij stilgestaan.",
    "[L] Het bezoek begon iets later, omdat {ouderrol} {schoolkind} nog van school moest halen. "
    "Daarna rustig aan de keukentafel gezeten.",
    "[L] Sinds het vorige bezoek was er een lastige week. {Ouderrol} wilde daar eerst over "
    "praten; de geplande onderwerpen schoven door.",
    "[L] {Ouderrol} had na het vorige bezoek nog even nagedacht over onze vraag wie er om het "
    "gezin heen staan, en was met een paar namen gekomen.",
)

_OPEN_PHONE = _ts(
    "[F] Telefonisch kennismakingsgesprek met {ouder}. {Ouder_hij} kwam via {verwijzer} bij mij "
    "terecht en wilde eerst horen wat ik kan betekenen.",
    "[F] Eerste telefonisch contact met {ouder}. Kort uitgelegd hoe ik werk; {ouder_hij} wil "
    "graag een huisbezoek.",
    "[L] {Ouder} belde zelf om te vertellen hoe het gaat. Dat is nieuw; eerder wachtte "
    "{ouder_hij} tot ik contact opnam.",
    "[L] Telefonisch contact ter voorbereiding op het volgende huisbezoek.",
    "[L] Kort telefonisch contact; {ouder} had weinig tijd, {jongste} werd net wakker.",
    "[L] Gebeld met {ouder} om te horen hoe het contact met {org} was gegaan.",
    "[L] Sinds het vorige bezoek even telefonisch bijgepraat met {ouder}.",
)

_OPEN_STREET = _ts(
    "[F] Eerste contact met {ouder} buiten in de wijk, op verzoek van {verwijzer}. Mezelf "
    "voorgesteld en mijn telefoonnummer gegeven.",
    "{Ouder} in de wijk tegengekomen en even bijgepraat.",
    "Kort contact met {ouder} buiten, terwijl {klein} aan het spelen was.",
    "{Ouder} kwam naar me toe om gedag te zeggen; we zijn even op een bankje gaan zitten.",
    "[L] {Ouder} buiten tegengekomen, met de boodschappen nog in de hand. Sinds het vorige bezoek "
    "gaat het redelijk, vertelt {ouder_hij}.",
)

_OPEN_GROUP = _ts(
    "[F] {Ouder} was voor het eerst bij {groep}. Vooraf vond {ouder_hij} het spannend; aan het "
    "eind bleef {ouder_hij} nog even koffie drinken.",
    "[F] {Ouder} schoof vandaag voor het eerst aan bij {groep}. {Ouder_hij} kwam samen met "
    "een buurvrouw binnen en ging bij het raam zitten.",
    "[L] Bijeenkomst van {groep}. {Ouder} was er weer bij en kent inmiddels een paar andere "
    "deelnemers bij naam.",
    "[L] Bijeenkomst van {groep}, met acht deelnemers. {Ouder} was op tijd en hielp met het "
    "klaarzetten van de koffie.",
)

_OPEN_PARTNER = _ts(
    "[F] Eerste overleg met {org_functie} van {org}, op verzoek en met toestemming van {ouderrol}.",
    "Overleg met {org_functie} van {org}, met toestemming van {ouderrol}.",
    "Afgestemd met {org_functie} ({org}). {Ouderrol} had vooraf toestemming gegeven en weet "
    "waarover het overleg gaat.",
    "[L] Vervolgoverleg met {org_functie} van {org}. Sinds het vorige overleg is het contact "
    "tussen {org} en {ouderrol} verbeterd.",
)

_GENERIC_NOTES = _ts(
    "[H] De sfeer in huis was ontspannen. Er stond thee klaar en {kind} kwam even gedag zeggen.",
    "[H] Het viel op hoe warm {ouderrol} met {kind} omgaat: veel oogcontact, een grapje "
    "tussendoor en geduld toen {kind_hij} iets wilde laten zien.",
    "[H] {Kinderen} speelden tijdens het gesprek in de woonkamer. Af en toe was er een ruzietje, "
    "dat {ouderrol} rustig oploste.",
    "[H] {Baby} lag te slapen in de box, dus we hebben zacht pratend aan de keukentafel gezeten.",
    "[H] Aan de muur hangen tekeningen van {kind} en foto’s van familie. {Ouderrol} vertelde bij "
    "een paar foto’s wie het zijn; zo kwam het gesprek vanzelf op het netwerk.",
    "{Ouderrol} had een lijstje met vragen voorbereid. Mooi dat {ouder_hij} zelf de regie neemt.",
    "Gevraagd wat er de afgelopen tijd goed ging. {Ouderrol} noemde als eerste dat {kind} weer "
    "meer lacht.",
    "[HL] Samen het ecogram bijgewerkt. {Ouderrol} zag zelf dat er meer mensen om het gezin heen "
    "staan dan {ouder_hij} dacht.",
    "[L] De doelen uit het gezinsplan doorgelopen. Op één doel is duidelijk vooruitgang; het "
    "andere vraagt meer tijd, en dat is oké.",
    "{Ouderrol} vertelde over de familie in {familieland} en hoe daar wordt opgevoed. Mooi "
    "gesprek over wat {ouder_hij} wil meegeven aan {de_kinderen} en wat {ouder_hij} anders wil "
    "doen.",
    "[H] {Tiener} schoof na een tijdje aan tafel aan en deed mee aan het gesprek. {Ouderrol} vond "
    "dat bijzonder; dat gebeurt niet vaak.",
    "[H] Een tolk via de telefoon ingezet ({taal}). {Ouderrol} begrijpt veel Nederlands, maar wil "
    "bij belangrijke onderwerpen zeker weten dat alles goed overkomt.",
    "[H] {Partner} was deze keer ook bij het gesprek. {Partner_hij} vulde {ouderrol} aan en "
    "vertelde hoe {partner_hij} de situatie thuis ervaart.",
    "{Ouderrol} vertelt dat {partner} veel werkt en daardoor weinig thuis is. Samen gekeken hoe "
    "{partner} toch betrokken kan blijven bij wat we bespreken.",
    "Gesproken over wat {ouderrol} zelf energie geeft. Na even nadenken: muziek, koken voor "
    "familie en {kind} zien spelen.",
    "[L] Schaalvraag: {ouderrol} geeft de situatie thuis nu een {schaal}. Gevraagd wat er nodig "
    "is om een punt hoger te komen.",
    "{Ouderrol} vroeg of het ‘normaal’ is wat {ouder_hij} voelt. Uitgelegd dat veel ouders in een "
    "vergelijkbare situatie dit herkennen.",
    "[H] {Schoolkind} liet trots een werkstuk van school zien. {Ouderrol} keek mee en gaf een "
    "compliment; een mooi moment.",
    "[H] {Klein} kwam steeds even bij {ouderrol} op schoot zitten en ging dan weer spelen. Een "
    "veilige basis, zo te zien.",
    "Besproken hoe de week eruitziet: wie brengt en haalt, wanneer er gegeten wordt en wanneer "
    "er tijd is voor {ouderrol} zelf. Het schema is vol, maar overzichtelijk.",
    "{Ouderrol} vertelt dat {kind} het goed doet bij {kind_zijn} vrienden en vaak buiten speelt. "
    "Dat geeft {ouder_hem} rust.",
    "[H] {Jongste} was verkouden en wat hangerig. {Ouderrol} bleef rustig en combineerde het "
    "gesprek met troosten; dat ging goed.",
    "Stilgestaan bij wat {ouderrol} de afgelopen tijd allemaal heeft gedragen. {Ouder_hij} "
    "reageerde verrast: ‘Zo had ik het nog niet bekeken.’",
    "[H] {Oma_thuis} zat bij het gesprek en knikte instemmend toen {ouderrol} vertelde hoe druk "
    "het is. Ook {oma_thuis_zijn} kant van het verhaal gehoord.",
)

_NETWORK_NOTES = _ts(
    "[L] {Netwerk} helpt inmiddels vast één middag per week. Dat geeft {ouderrol} lucht.",
    "{Ouderrol} heeft {netwerk} gevraagd om mee te denken. Dat vond {ouder_hij} spannend, maar "
    "de reactie was positief.",
    "Gesproken over het contact met {netwerk}. Het is waardevol, al vindt {ouderrol} het lastig "
    "om steeds om hulp te vragen.",
    "{Ouderrol} wil {netwerk} uitnodigen voor een netwerkgesprek. Samen bedacht wat {ouder_hij} "
    "dan wil vragen.",
    "{Netwerk} en {netwerk2} zijn volgens {ouderrol} de mensen op wie het gezin het meest kan "
    "rekenen. Beiden staan nu dicht bij het midden van het ecogram.",
    "[H] {Netwerk} was aan het begin van het bezoek even aanwezig en vertelde hoe het contact met "
    "het gezin is.",
    "Het contact met {netwerk} is wat minder geworden. {Ouderrol} weet niet goed waarom en wil er "
    "binnenkort zelf naar vragen.",
    "{Netwerk} heeft aangeboden om mee te gaan naar {org}. {Ouderrol} neemt dat aanbod graag aan.",
    "[L] Sinds {netwerk} op woensdag {kind} ophaalt, heeft {ouderrol} één vaste middag voor "
    "zichzelf.",
)

_GROUP_BODY = _ts(
    "Het thema van de bijeenkomst was ‘{groepsthema}’. {Ouder} vertelde over de eigen situatie en "
    "kreeg herkenning van andere deelnemers.",
    "{Ouder} gaf een andere deelnemer een praktische tip. Mooi om {ouder_hem} zo in de rol van "
    "helper te zien.",
    "In de pauze stond {ouder} met twee andere ouders te praten; ze hebben telefoonnummers "
    "uitgewisseld.",
    "{Jongste} was mee en speelde in de kinderhoek bij de vrijwilligers, zodat {ouder} het hele "
    "programma kon volgen.",
    "[L] {Ouder} was stiller dan anders. Na afloop gevraagd hoe het ging; {ouder_hij} gaf aan moe "
    "te zijn, maar wilde er graag bij zijn.",
    "De groep sprak over wat je doet als je kind niet wil luisteren. {Ouder} vertelde wat thuis "
    "bij {kind} werkt.",
    "Na afloop nog even met {ouder} gesproken over hoe het thuis gaat. Kort, maar {ouder_hij} gaf "
    "aan dat het goed voelde om even bij te praten.",
    "{Ouder} stelde voor om na de bijeenkomst samen met een paar deelnemers te gaan wandelen. Het "
    "initiatief werd enthousiast ontvangen.",
)

_PARTNER_BODY: dict[OrganisationKind | None, tuple[_T, ...]] = {
    OrganisationKind.SCHOOL: _ts(
        "{Org_functie} vertelt dat {leerling} in de klas vrolijk en behulpzaam is. De laatste "
        "weken is {leerling_hij} wel vaker moe en afwezig; school herkent het beeld dat "
        "{ouderrol} thuis ziet.",
        "Besproken hoe school en thuis elkaar beter op de hoogte houden. Voorstel: een kort "
        "wekelijks bericht via de schoolapp, niet alleen contact als er iets mis is.",
        "School heeft de {verzuim_uren} uur verzuim van {leerling} gemeld bij leerplicht, zoals "
        "verplicht is. Afgesproken dat we samen optrekken, zodat het gezin niet van meerdere "
        "kanten wordt benaderd.",
        "School ziet dat {leerling} vooruitgaat sinds de extra ondersteuning. {Org_functie} "
        "wil {ouderrol} uitnodigen om dat samen te bespreken.",
        "{Ouderrol} was zelf bij het gesprek. Mooi om te zien dat {ouder_hij} de zorgen van "
        "school kon aanhoren en zelf benoemde wat {leerling} thuis nodig heeft.",
    ),
    OrganisationKind.JGZ: _ts(
        "De jeugdverpleegkundige ziet dat {peuter} goed groeit, en vraagt extra aandacht voor de "
        "taalontwikkeling. Advies: een plek op de VVE-peuteropvang.",
        "Besproken dat {ouderrol} het consultatiebureau soms spannend vindt. Afgesproken dat ik "
        "de volgende afspraak meega als {ouder_hij} dat wil.",
        "Het consultatiebureau biedt een extra huisbezoek aan over het slapen van {baby}. "
        "{Ouderrol} staat daarvoor open.",
        "De jeugdverpleegkundige heeft {kind} gezien bij het periodiek onderzoek. De groei is in "
        "orde; wel is een vervolgafspraak gemaakt over het slapen.",
    ),
    OrganisationKind.GP: _ts(
        "Besproken hoe het met {ouder} gaat. Met toestemming gedeeld wat ik thuis zie; de "
        "huisarts neemt dat mee in de vervolgafspraak.",
        "De huisarts herkent de vermoeidheid van {ouder} en laat bloed prikken om lichamelijke "
        "oorzaken uit te sluiten.",
        "Besproken welke hulp het beste past. De huisarts ziet meer in laagdrempelige steun in de "
        "wijk dan in een verwijzing naar de specialistische ggz.",
    ),
    OrganisationKind.DEBT_SUPPORT: _ts(
        "De schuldenlijst is bijna compleet; er ontbreekt nog een overzicht van de "
        "zorgverzekeraar.",
        "De schuldhulpverlener stelt budgetbeheer voor, zodat de vaste lasten altijd eerst worden "
        "betaald. {Ouderrol} wil daar nog over nadenken; het voelt als ‘de regie kwijtraken’.",
        "Afgestemd wie wat doet: de schuldhulp regelt het contact met de schuldeisers, ik help "
        "{ouderrol} thuis met het ordenen van de post en het budgetplan.",
    ),
    None: _ts(
        "Het beeld van het gezin komt overeen: er is veel liefde en inzet, en tegelijk veel druk "
        "op {ouder}.",
        "Afgestemd wie wat doet, zodat {ouderrol} niet door verschillende hulpverleners met "
        "dezelfde vragen wordt belast. Ik blijf het eerste aanspreekpunt.",
        "Besproken of een gezamenlijk gesprek met het gezin zinvol is. Eerst met {ouderrol} "
        "overleggen; {ouder_hij} beslist of en wanneer.",
        "De doelen van het gezinsplan naast elkaar gelegd. {Org} werkt aan hetzelfde doel vanuit "
        "een andere kant; dat versterkt elkaar.",
        "[L] {Org_functie} merkt dat {ouderrol} afspraken beter nakomt dan in het begin. Dat "
        "geven we allebei terug aan {ouder}.",
    ),
}

_CLOSE_HOME = _ts(
    "Volgende afspraak over twee weken, weer thuis.",
    "Afgesproken dat {ouderrol} de komende week bijhoudt wat goed gaat. Volgende keer kijken we "
    "daar samen naar.",
    "Aan het eind gevraagd wat {ouderrol} aan het bezoek had. Antwoord: ‘Dat ik het even hardop "
    "kon zeggen.’",
    "[L] Compliment gegeven voor de openheid van vandaag. {Ouderrol} gaf aan dat praten "
    "makkelijker gaat dan in het begin.",
    "Wat goed ging: {ouderrol} kwam zelf met oplossingen. De afspraken staan in het gezinsplan.",
    "Het gezinsplan bijgewerkt en samen nog even doorgelezen.",
    "[F] Uitgelegd hoe ik met privacy omga en wat ik wel en niet deel. {Ouderrol} heeft "
    "toestemming gegeven om contact op te nemen met {org}.",
    "[F] Afgesproken om over een week terug te komen en dan samen het ecogram te maken.",
    "[L] De schaalvraag aan het eind: {ouderrol} geeft de situatie nu een {schaal}.",
    "[L] Samen teruggekeken op de afgelopen periode. {Ouderrol} ziet zelf dat er stappen zijn "
    "gezet; dat is benoemd.",
    "Volgende afspraak na de schoolvakantie; tot die tijd kan {ouderrol} bellen als er iets is.",
)

_CLOSE_PHONE = _ts(
    "Het volgende huisbezoek staat over twee weken.",
    "Afgesproken dat {ouder} belt als er iets verandert.",
    "[F] Afspraak gemaakt voor een eerste huisbezoek volgende week.",
    "Kort samengevat wat we hebben afgesproken; {ouder} stuurt nog een appje met de datum van "
    "de afspraak bij {org}.",
)

_CLOSE_STREET = _ts(
    "Afgesproken het gesprek voort te zetten bij het volgende huisbezoek.",
    "{Ouder} gaat er nog over nadenken en belt me deze week.",
    "Kort contact, maar goed om elkaar ook buiten de deur te zien.",
)

_CLOSE_GROUP = _ts(
    "Volgende bijeenkomst over twee weken. {Ouder} wil weer komen.",
    "Na afloop hielp {ouder} met opruimen. {Ouder_hij} heeft zich opgegeven voor de volgende keer.",
    "{Ouder} gaf aan dat de groep {ouder_hem} goed doet; ‘je bent niet de enige’.",
)

_CLOSE_PARTNER = _ts(
    "Terugkoppeling aan {ouderrol} volgt bij het volgende huisbezoek.",
    "Afgesproken over zes weken opnieuw af te stemmen.",
    "{Ouderrol} krijgt een kort verslag van dit overleg.",
    "Ik bel {ouder} vandaag nog om te vertellen wat er is besproken.",
)

_GROUPS: dict[Theme | None, tuple[str, ...]] = {
    None: ("de koffieochtend voor ouders", "het opvoedcafé", "de wandelgroep in de wijk"),
    Theme.MONEY: ("het geldcafé",),
    Theme.INFORMAL_CARE: ("het mantelzorgcafé",),
    Theme.LONELINESS: ("de koffieochtend voor ouders", "de kookclub Gezond en Goedkoop"),
    Theme.OVERWEIGHT: ("de kookclub Gezond en Goedkoop",),
    Theme.LANGUAGE_DELAY: ("de voorleesochtend",),
    Theme.PARENTING: ("het opvoedcafé",),
    Theme.WORK_INCOME: ("het werkcafé",),
    Theme.DIVORCE: ("de oudergroep Samen Verder",),
}
_GROUP_TOPICS: dict[Theme | None, tuple[str, ...]] = {
    None: (
        "grenzen stellen",
        "zorgen voor jezelf",
        "omgaan met boosheid",
        "schermtijd",
        "slapen en bedtijd",
    ),
    Theme.MONEY: ("rondkomen met een klein budget", "post en administratie"),
    Theme.INFORMAL_CARE: ("hulp vragen aan familie",),
    Theme.LANGUAGE_DELAY: ("voorlezen in je eigen taal",),
    Theme.DIVORCE: ("kinderen en scheiding",),
    Theme.OVERWEIGHT: ("gezond eten voor weinig geld",),
}

_KNOWN_KEYS = frozenset(
    {
        *(
            f"{p}{s}"
            for p in (
                "ouder",
                "partner",
                "ex",
                "kind",
                "kind2",
                "baby",
                "klein",
                "schoolkind",
                "tiener",
                "leerling",
                "jongste",
                "oma_thuis",
            )
            for s in ("", "_hij", "_zijn", "_hem")
        ),
        "peuter",
        "peuter_hij",
        "peuter_zijn",
        "peuter_hem",
        "thuistaal",
        "ouderrol",
        "partnerrol",
        "exrol",
        "kinderen",
        "de_kinderen",
        "wijk",
        "stad",
        "gezin_naam",
        "basisschool",
        "school",
        "school_contact",
        "familieland",
        "herkomstland",
        "taal",
        "org",
        "org_functie",
        "verzuim_uren",
        "zorgrol",
        "verwijzer",
        "netwerk",
        "netwerk2",
        "schaal",
        "nr",
        "groep",
        "groepsthema",
    }
)


def _all_templates() -> list[_T]:
    """Every template, for the tests that check their placeholders."""
    out: list[_T] = [
        *_GENERIC_REQUESTS,
        *_GENERIC_GOALS,
        *_GENERIC_STRENGTHS,
        *_GENERIC_CONCERNS,
        *(t for t, _ in _GENERIC_AGREEMENTS),
    ]
    for tt in _THEMES.values():
        out += [*tt.requests, *tt.extras, *tt.goals, *tt.notes, *tt.strengths, *tt.concerns]
        out += [t for t, _ in tt.agreements]
    for group in (
        _OPEN_HOME,
        _OPEN_PHONE,
        _OPEN_STREET,
        _OPEN_GROUP,
        _OPEN_PARTNER,
        _GENERIC_NOTES,
        _NETWORK_NOTES,
        _GROUP_BODY,
        _CLOSE_HOME,
        _CLOSE_PHONE,
        _CLOSE_STREET,
        _CLOSE_GROUP,
        _CLOSE_PARTNER,
        *_PARTNER_BODY.values(),
    ):
        out += list(group)
    return out


# --------------------------------------------------------------------------------------------
# Text functions
# --------------------------------------------------------------------------------------------


# The demo asks for many texts about the same household in a row; deriving the cast and context
# is most of the work. Keyed on identity plus the contents a caller could still swap in the
# spec's lists, and holding the spec so its id cannot be reused while cached.
_PREPARED: dict[int, tuple[HouseholdSpec, tuple[object, ...], _Cast, dict[str, str]]] = {}
_PREPARED_MAX = 256


def _prepared(h: HouseholdSpec) -> tuple[_Cast, dict[str, str]]:
    """The household's cast and a fresh copy of its template context."""
    fingerprint = (tuple(map(id, h.members)), tuple(h.relations), tuple(h.themes))
    hit = _PREPARED.get(id(h))
    if hit is not None and hit[0] is h and hit[1] == fingerprint:
        return hit[2], dict(hit[3])
    cast = _cast(h)
    ctx = _context(h, cast)
    if len(_PREPARED) >= _PREPARED_MAX:
        del _PREPARED[next(iter(_PREPARED))]
    _PREPARED[id(h)] = (h, fingerprint, cast, ctx)
    return cast, dict(ctx)


@dataclass(frozen=True)
class _Themed:
    """A household theme's texts, narrowed to the one variant that fits this household."""

    text: _ThemeText
    variant: str | None

    def of(self, templates: Iterable[_T], ctx: dict[str, str]) -> list[_T]:
        return [t for t in _usable(templates, ctx) if t.variant in (None, self.variant)]

    def agreements(self, ctx: dict[str, str]) -> list[tuple[_T, str]]:
        return [
            (t, owner)
            for t, owner in self.text.agreements
            if t.fields <= ctx.keys() and t.variant in (None, self.variant)
        ]


def _themed(h: HouseholdSpec, cast: _Cast, ctx: dict[str, str]) -> list[_Themed]:
    out: list[_Themed] = []
    for theme in h.themes:
        tt = _THEMES.get(theme)
        if tt is None:
            continue
        variants = sorted({t.variant for t in _usable(tt.requests, ctx) if t.variant is not None})
        chosen: str | None = None
        if variants:
            # Prefer the variant about the index person ("tiener", "peuter", "ouder" ...).
            index_names = {
                m.first_name
                for m in (cast.index_child, cast.primary)
                if m is not None and m.is_index
            }
            preferred = [v for v in variants if ctx.get(v) in index_names]
            pool = preferred or variants
            chosen = pool[_stable(h, f"variant:{theme.value}") % len(pool)]
        out.append(_Themed(tt, chosen))
    return out


def request_text(rng: random.Random, household: HouseholdSpec) -> str:
    """The hulpvraag in the family's own words, first person."""
    cast, ctx = _prepared(household)
    themed = _themed(household, cast, ctx)
    main: list[_T] = []
    for th in themed:
        main = th.of(th.text.requests, ctx)
        if main:
            break
    if not main:
        main = _usable(_GENERIC_REQUESTS, ctx)
    text = _fill(rng.choice(main), ctx)
    extras = [t for th in themed[1:] for t in th.of(th.text.extras, ctx)]
    if extras and rng.random() < 0.6:
        text += " " + _fill(rng.choice(extras), ctx)
    return text


def _distinct(
    rng: random.Random, pools: Sequence[Sequence[_T]], ctx: dict[str, str], count: int
) -> list[str]:
    """Up to `count` distinct filled texts, taking from the pools in turn."""
    shuffled = [rng.sample(list(p), len(p)) for p in pools]
    out: list[str] = []
    while len(out) < count and any(shuffled):
        for pool in shuffled:
            if pool and len(out) < count:
                text = _fill(pool.pop(), ctx)
                if text not in out:
                    out.append(text)
    return out


def goal_texts(rng: random.Random, household: HouseholdSpec, count: int) -> list[str]:
    """Distinct goals in the family's own words; fewer than `count` only if all are used up."""
    cast, ctx = _prepared(household)
    pools = [th.of(th.text.goals, ctx) for th in _themed(household, cast, ctx)]
    goals = _distinct(rng, [p for p in pools if p], ctx, count)
    if len(goals) < count:
        extra = _distinct(rng, [_usable(_GENERIC_GOALS, ctx)], ctx, len(_GENERIC_GOALS))
        goals += [g for g in extra if g not in goals][: count - len(goals)]
    return goals


def strengths_text(rng: random.Random, household: HouseholdSpec) -> str:
    """1-4 short strengths, one per line."""
    cast, ctx = _prepared(household)
    themed = [t for th in _themed(household, cast, ctx) for t in th.of(th.text.strengths, ctx)]
    generic = _usable(_GENERIC_STRENGTHS, ctx)
    count = rng.choices((1, 2, 3, 4), weights=(2, 4, 3, 1))[0]
    return "\n".join(_distinct(rng, [themed, generic], ctx, count))


def concerns_text(rng: random.Random, household: HouseholdSpec) -> str:
    """0-3 factual concerns, one per line; empty when there is nothing to note."""
    cast, ctx = _prepared(household)
    themed = [t for th in _themed(household, cast, ctx) for t in th.of(th.text.concerns, ctx)]
    pool = themed or _usable(_GENERIC_CONCERNS, ctx)
    count = rng.choices((0, 1, 2, 3), weights=(1, 3, 3, 2))[0]
    return "\n".join(_distinct(rng, [pool], ctx, count))


def agreement_texts(
    rng: random.Random, household: HouseholdSpec, count: int
) -> list[tuple[str, str]]:
    """Distinct (what, owner_hint) pairs; owner_hint is an `AgreementOwnerKind` value."""
    cast, ctx = _prepared(household)
    pools: list[list[tuple[_T, str]]] = []
    for th in _themed(household, cast, ctx):
        usable = th.agreements(ctx)
        if usable:
            pools.append(rng.sample(usable, len(usable)))
    generic = [(t, o) for t, o in _GENERIC_AGREEMENTS if t.fields <= ctx.keys()]
    pools.append(rng.sample(generic, len(generic)))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < count and any(pools):
        for pool in pools:
            if pool and len(out) < count:
                t, owner = pool.pop()
                text = _fill(t, ctx)
                if text not in seen:
                    seen.add(text)
                    out.append((text, owner))
    return out


def _pick_templates(
    rng: random.Random, pool: Sequence[_T], count: int, taken: set[str]
) -> list[_T]:
    candidates = [t for t in pool if t.text not in taken]
    chosen = rng.sample(candidates, max(0, min(count, len(candidates))))
    taken.update(t.text for t in chosen)
    return chosen


def _fits(t: _T, *, first: bool, home: bool) -> bool:
    if t.home and not home:
        return False
    if t.later and first:
        return False
    return not (t.first and not first)


_OPENINGS = {
    VisitKind.HOME_VISIT: _OPEN_HOME,
    VisitKind.PHONE: _OPEN_PHONE,
    VisitKind.STREET: _OPEN_STREET,
    VisitKind.GROUP: _OPEN_GROUP,
    VisitKind.PARTNER_MEETING: _OPEN_PARTNER,
}
_CLOSINGS = {
    VisitKind.HOME_VISIT: _CLOSE_HOME,
    VisitKind.PHONE: _CLOSE_PHONE,
    VisitKind.STREET: _CLOSE_STREET,
    VisitKind.GROUP: _CLOSE_GROUP,
    VisitKind.PARTNER_MEETING: _CLOSE_PARTNER,
}


def visit_notes(
    rng: random.Random,
    household: HouseholdSpec,
    *,
    kind: VisitKind,
    visit_number: int,
    network_names: list[str],
) -> str:
    """2-5 paragraphs of worker notes for one contact, separated by blank lines."""
    cast, ctx = _prepared(household)
    first = visit_number <= 1
    home = kind == VisitKind.HOME_VISIT
    ctx["nr"] = str(max(visit_number, 1))
    ctx["schaal"] = str(rng.randint(5, 8))
    names = [n for n in network_names if n]
    if names:
        picked = rng.sample(names, min(2, len(names)))
        ctx["netwerk"] = ctx["Netwerk"] = picked[0]
        if len(picked) > 1:
            ctx["netwerk2"] = ctx["Netwerk2"] = picked[1]
    groups = [g for t in (None, *household.themes) for g in _GROUPS.get(t, ())]
    if "taal" in ctx:
        groups.append("het taalcafé")
    topics = [g for t in (None, *household.themes) for g in _GROUP_TOPICS.get(t, ())]
    ctx["groep"] = rng.choice(groups)
    ctx["groepsthema"] = rng.choice(topics)

    def usable(pool: Iterable[_T], th: _Themed | None = None) -> list[_T]:
        found = th.of(pool, ctx) if th is not None else _usable(pool, ctx)
        return [t for t in found if _fits(t, first=first, home=home)]

    taken: set[str] = set()
    paragraphs = _pick_templates(rng, usable(_OPENINGS[kind]), 1, taken)
    if kind == VisitKind.PARTNER_MEETING:
        org_kind = _main_partner(household, cast).kind
        body = _pick_templates(
            rng, usable(_PARTNER_BODY.get(org_kind, ())), rng.randint(1, 2), taken
        )
        body += _pick_templates(rng, usable(_PARTNER_BODY[None]), rng.randint(0, 2), taken)
    elif kind == VisitKind.GROUP:
        body = _pick_templates(rng, usable(_GROUP_BODY), rng.randint(1, 2), taken)
    else:
        themed = [t for th in _themed(household, cast, ctx) for t in usable(th.text.notes, th)]
        wanted = rng.randint(1, 3) if home else 1
        body = _pick_templates(rng, themed, min(wanted, 2), taken)
        rest = usable(_GENERIC_NOTES)
        if rng.random() < 0.7:
            rest += usable(_NETWORK_NOTES)
        body += _pick_templates(rng, rest, wanted - len(body), taken)
    paragraphs += body
    if len(paragraphs) < 2 or rng.random() < 0.8:
        paragraphs += _pick_templates(rng, usable(_CLOSINGS[kind]), 1, taken)
    if len(paragraphs) < 2:
        # Nothing specific fitted: a neutral closing still makes a second paragraph.
        paragraphs += _pick_templates(rng, usable(_CLOSE_PARTNER), 1, taken)
    return "\n\n".join(_fill(t, ctx) for t in paragraphs[:5])


def location_for(rng: random.Random, kind: VisitKind, household: HouseholdSpec) -> str:
    """Where a contact of this kind took place, consistent with the household's organisations."""
    cast, ctx = _prepared(household)
    wijk = household.neighbourhood
    _, _, streets = _PLACES.get(wijk, ("", (), (household.street,)))
    street = rng.choice(streets)
    if kind == VisitKind.HOME_VISIT:
        return "Thuis"
    if kind == VisitKind.PHONE:
        return "Telefonisch" if rng.random() < 0.85 else "Telefonisch (beeldbellen)"
    if kind == VisitKind.STREET:
        options = [
            f"Speeltuin aan de {street}",
            f"Winkelcentrum {wijk}",
            f"Plein bij het Huis van de Wijk {wijk}",
        ]
        if "basisschool" in ctx:
            options += [f"Schoolplein {ctx['basisschool']}"] * 2
        if any(a >= 6 for _, a in cast.children):
            options.append(f"Trapveldje aan de {street}")
        return rng.choice(options)
    if kind == VisitKind.GROUP:
        options = [f"Huis van de Wijk {wijk}", f"Huis van de Wijk {wijk}", f"Bibliotheek {wijk}"]
        if "basisschool" in ctx:
            options.append(f"Ouderkamer {ctx['basisschool']}")
        return rng.choice(options)
    partner = _main_partner(household, cast)
    roll = rng.random()
    if roll < 0.7:
        return partner.name
    if roll < 0.85:
        return f"Kantoor Sociaal Wijkteam {wijk}"
    return "Online (beeldbellen)"


# --------------------------------------------------------------------------------------------
# Network and organisations
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _NetCandidate:
    role: str
    domain: LifeDomain
    gender: Gender
    background: _Background | None  # None: any background
    surname: str | None  # shared surname (base form), or None for an unrelated person
    closeness: tuple[int, ...]
    generation: str = "adult"


def _family_candidates(h: HouseholdSpec, cast: _Cast) -> list[_NetCandidate]:
    ref = cast.ref
    anchors = [m for m in (cast.primary, cast.partner, cast.ex) if m is not None]
    # Grandparents already drawn in the genogram (living in, or deceased) are not repeated.
    parents_in_genogram = {
        (id(h.members[rel.b]), h.members[rel.a].gender)
        for rel in h.relations
        if rel.kind == FamilyRelationKind.PARENT_CHILD
    }
    out: list[_NetCandidate] = []
    near_far = (CLOSENESS_NEAR, CLOSENESS_NEAR, CLOSENESS_MIDDLE)
    for anchor in anchors:
        bg = _background_of(anchor.last_name)
        base = _surname_base(anchor.last_name)
        older = _role_word(anchor.role) in ("oma", "opa")
        is_ex = anchor is cast.ex
        if not older and _age_of(anchor, ref) < 58:
            for gender, role in ((Gender.FEMALE, "oma"), (Gender.MALE, "opa")):
                if (id(anchor), gender) in parents_in_genogram:
                    continue
                closeness = (CLOSENESS_MIDDLE, CLOSENESS_FAR) if is_ex else near_far
                out.append(
                    _NetCandidate(
                        role, LifeDomain.EXTENDED_FAMILY, gender, bg, base, closeness, "elder"
                    )
                )
        if older:
            # The grandparent's other children are the children's aunts and uncles.
            out.append(
                _NetCandidate(
                    "tante", LifeDomain.EXTENDED_FAMILY, Gender.FEMALE, bg, base, near_far
                )
            )
            out.append(
                _NetCandidate(
                    "oom", LifeDomain.EXTENDED_FAMILY, Gender.MALE, bg, base, (CLOSENESS_MIDDLE,)
                )
            )
            continue
        aunt = "tante" if not is_ex else "tante (zus van " + _role_word(anchor.role) + ")"
        uncle = "oom" if not is_ex else "oom (broer van " + _role_word(anchor.role) + ")"
        out.append(
            _NetCandidate(
                aunt,
                LifeDomain.EXTENDED_FAMILY,
                Gender.FEMALE,
                bg,
                base,
                (CLOSENESS_NEAR, CLOSENESS_MIDDLE),
            )
        )
        out.append(
            _NetCandidate(
                uncle,
                LifeDomain.EXTENDED_FAMILY,
                Gender.MALE,
                bg,
                base,
                (CLOSENESS_MIDDLE, CLOSENESS_FAR),
            )
        )
        if not is_ex:
            out.append(
                _NetCandidate(
                    "nicht",
                    LifeDomain.EXTENDED_FAMILY,
                    Gender.FEMALE,
                    bg,
                    base,
                    (CLOSENESS_MIDDLE,),
                )
            )
    return out


def _other_candidates(
    rng: random.Random, h: HouseholdSpec, cast: _Cast
) -> dict[LifeDomain, list[_NetCandidate]]:
    p_role = _role_word(cast.primary.role)
    bg = cast.background
    kids = list(cast.children)
    school_kids = [m for m, a in kids if 4 <= a <= 11]
    teens = [m for m, a in kids if a >= 12]
    sporty = [m for m, a in kids if a >= 5]
    mid, far = CLOSENESS_MIDDLE, CLOSENESS_FAR
    near = CLOSENESS_NEAR
    friend = "vriendin" if cast.primary.gender == Gender.FEMALE else "vriend"
    friends = [
        _NetCandidate(
            f"vriendin van {p_role}", LifeDomain.FRIENDS, Gender.FEMALE, None, None, (near, mid)
        ),
        _NetCandidate(
            f"{friend} van {p_role}", LifeDomain.FRIENDS, cast.primary.gender, bg, None, (near, mid)
        ),
    ]
    if cast.partner is not None:
        prole = _role_word(cast.partner.role)
        pf = "vriend" if cast.partner.gender == Gender.MALE else "vriendin"
        friends.append(
            _NetCandidate(
                f"{pf} van {prole}", LifeDomain.FRIENDS, cast.partner.gender, None, None, (mid,)
            )
        )
    for m, a in kids:
        if a >= 4:
            g = rng.choice((Gender.MALE, Gender.FEMALE)) if a < 10 else m.gender
            word = "vriend" if g == Gender.MALE else "vriendin"
            friends.append(
                _NetCandidate(
                    f"{word} van {m.first_name}",
                    LifeDomain.FRIENDS,
                    g,
                    None,
                    None,
                    (near, mid),
                    "child",
                )
            )
    neighbours = [
        _NetCandidate("buurvrouw", LifeDomain.NEIGHBOURS, Gender.FEMALE, None, None, (near, mid)),
        _NetCandidate("buurman", LifeDomain.NEIGHBOURS, Gender.MALE, None, None, (mid, far)),
        _NetCandidate("buurvrouw", LifeDomain.NEIGHBOURS, Gender.FEMALE, None, None, (mid, far)),
    ]
    if any(a <= 8 for _, a in kids):
        neighbours.append(
            _NetCandidate(
                "buurmeisje (oppas)",
                LifeDomain.NEIGHBOURS,
                Gender.FEMALE,
                None,
                None,
                (mid,),
                "child",
            )
        )
    acquaintances = [
        _NetCandidate(
            "kennis van het schoolplein",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (far,),
        )
        if school_kids
        else None,
        _NetCandidate(
            f"moeder van een klasgenoot van {school_kids[0].first_name}",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (mid, far),
        )
        if school_kids
        else None,
        _NetCandidate("taalmaatje", LifeDomain.ACQUAINTANCES, Gender.FEMALE, _DUTCH, None, (mid,))
        if bg.origin
        else None,
        _NetCandidate(
            "vrijwilliger van de voedselbank",
            LifeDomain.ACQUAINTANCES,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            _DUTCH,
            None,
            (far,),
        )
        if Theme.MONEY in h.themes
        else None,
        _NetCandidate(
            "kennis van de koffieochtend",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (mid, far),
        ),
        _NetCandidate(
            "kennis van de moskee"
            if bg.key in ("turkish", "moroccan", "syrian")
            else "kennis van de kerk",
            LifeDomain.ACQUAINTANCES,
            cast.primary.gender,
            bg,
            None,
            (mid, far),
        ),
    ]
    school_work: list[_NetCandidate | None] = [
        _NetCandidate(
            f"collega van {p_role}",
            LifeDomain.SCHOOL_WORK,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            None,
            None,
            (mid, far),
        )
        if _age_of(cast.primary, cast.ref) < 62
        else None,
    ]
    for m in school_kids[:1]:
        g = rng.choice((Gender.FEMALE, Gender.FEMALE, Gender.MALE))
        school_work.append(
            _NetCandidate(
                f"{'juf' if g == Gender.FEMALE else 'meester'} van {m.first_name}",
                LifeDomain.SCHOOL_WORK,
                g,
                None,
                None,
                (mid, far),
            )
        )
    for m in teens[:1]:
        school_work.append(
            _NetCandidate(
                f"mentor van {m.first_name}",
                LifeDomain.SCHOOL_WORK,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (mid, far),
            )
        )
    if cast.partner is not None and _age_of(cast.partner, cast.ref) < 62:
        school_work.append(
            _NetCandidate(
                f"collega van {_role_word(cast.partner.role)}",
                LifeDomain.SCHOOL_WORK,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (far,),
            )
        )
    leisure: list[_NetCandidate | None] = []
    for m in sporty[:2]:
        sport = rng.choice(("voetbal", "zwemmen", "judo", "dansen", "basketbal", "turnen"))
        g = rng.choice((Gender.MALE, Gender.FEMALE))
        leisure.append(
            _NetCandidate(
                f"trainer van {m.first_name} ({sport})",
                LifeDomain.LEISURE,
                g,
                None,
                None,
                (mid, far),
            )
        )
    leisure.append(
        _NetCandidate(
            "vrijwilliger in het buurthuis",
            LifeDomain.LEISURE,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            None,
            None,
            (far,),
        )
    )
    if teens:
        leisure.append(
            _NetCandidate(
                f"jongerenwerker (bekende van {teens[0].first_name})",
                LifeDomain.LEISURE,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (mid, far),
            )
        )
    return {
        LifeDomain.FRIENDS: friends,
        LifeDomain.NEIGHBOURS: neighbours,
        LifeDomain.ACQUAINTANCES: [c for c in acquaintances if c is not None],
        LifeDomain.SCHOOL_WORK: [c for c in school_work if c is not None],
        LifeDomain.LEISURE: [c for c in leisure if c is not None],
    }


def network_people(
    rng: random.Random, household: HouseholdSpec, count: int
) -> list[NetworkPersonSpec]:
    """People around the household: family outside the home, friends, neighbours and so on."""
    cast = _cast(household)
    family = list({(c.role, c.surname): c for c in _family_candidates(household, cast)}.values())
    rng.shuffle(family)
    # Grandparents first: they are the most likely to be drawn close in a real ecogram.
    family.sort(key=lambda c: c.role not in ("oma", "opa"))
    others = _other_candidates(rng, household, cast)
    for pool in others.values():
        rng.shuffle(pool)
    n_family = min(len(family), max(1, round(count * rng.uniform(0.3, 0.5))))
    chosen: list[_NetCandidate] = family[:n_family]
    domains = list(others)
    weights = {
        LifeDomain.FRIENDS: 4,
        LifeDomain.NEIGHBOURS: 3,
        LifeDomain.ACQUAINTANCES: 2,
        LifeDomain.SCHOOL_WORK: 2,
        LifeDomain.LEISURE: 2,
    }
    spare = family[n_family:]
    while len(chosen) < count:
        live = [d for d in domains if others[d]]
        if not live:
            if spare:
                chosen.append(spare.pop(0))
                continue
            # Everyone specific is used: more neighbours and friends are always plausible.
            g = rng.choice((Gender.MALE, Gender.FEMALE))
            domain = rng.choice((LifeDomain.NEIGHBOURS, LifeDomain.FRIENDS))
            role = (
                ("buurvrouw" if g == Gender.FEMALE else "buurman")
                if domain == LifeDomain.NEIGHBOURS
                else ("vriendin" if g == Gender.FEMALE else "vriend") + " van de familie"
            )
            chosen.append(
                _NetCandidate(role, domain, g, None, None, (CLOSENESS_MIDDLE, CLOSENESS_FAR))
            )
            continue
        domain = rng.choices(live, weights=[weights[d] for d in live])[0]
        chosen.append(others[domain].pop())

    used = {m.first_name for m in household.members}
    out: list[NetworkPersonSpec] = []
    for c in chosen[:count]:
        if c.background is not None:
            bg = c.background
        elif c.domain in (LifeDomain.FRIENDS, LifeDomain.NEIGHBOURS) and rng.random() < 0.5:
            bg = cast.background
        else:
            bg = _pick_background(rng)
        first = _first_name(rng, bg, c.gender, c.generation, used)
        last = c.surname if c.surname is not None else rng.choice(bg.surnames)
        out.append(
            NetworkPersonSpec(
                first_name=first,
                last_name=_gendered_surname(last, c.gender),
                gender=c.gender,
                role=c.role,
                life_domain=c.domain,
                closeness=rng.choice(c.closeness),
            )
        )
    return out


def _contact_name(rng: random.Random, used: set[str]) -> str:
    bg = _DUTCH if rng.random() < 0.55 else _pick_background(rng)
    gender = rng.choice((Gender.FEMALE, Gender.FEMALE, Gender.MALE))
    first = _first_name(rng, bg, gender, "adult", used)
    return f"{first} {_gendered_surname(rng.choice(bg.surnames), gender)}"


def organisations(
    rng: random.Random, household: HouseholdSpec, count: int
) -> list[OrganisationSpec]:
    """Organisations around the household, the ones that fit best first.

    Schools and the consultatiebureau come first when there are children of that age, then
    organisations that go with the household's themes, then the usual ones in a wijk.
    """
    cast = _cast(household)
    candidates = _org_candidates(household, cast)
    ordered: list[_Org] = []
    for priority in range(4):
        level = [o for o in candidates if o.priority == priority]
        if priority > 0:
            rng.shuffle(level)
        ordered += level
    used = {m.first_name for m in household.members}
    return [
        OrganisationSpec(name=o.name, kind=o.kind, contact_name=_contact_name(rng, used))
        for o in ordered[:count]
    ]
