"""Family backgrounds: name pools per generation, surnames and the languages spoken at home."""

from __future__ import annotations

import random
from dataclasses import dataclass

from voordeur.model.catalogues import Gender


@dataclass(frozen=True)
class Background:
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


def split_names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


BACKGROUNDS: tuple[Background, ...] = (
    Background(
        "dutch",
        40,
        split_names(
            "Sanne, Linda, Marloes, Esther, Anouk, Kim, Mirjam, Ilse, Nicole, Sabine, Chantal, "
            "Mandy, Wendy, Femke, Jolanda, Petra, Daphne, Natasja, Lisanne, Janneke"
        ),
        split_names(
            "Jeroen, Mark, Dennis, Erik, Bas, Niels, Rick, Sander, Martijn, Patrick, Vincent, "
            "Ronald, Joost, Remco, Kevin, Jeffrey, Tim, Wouter"
        ),
        split_names(
            "Emma, Julia, Noor, Tess, Sophie, Lotte, Fleur, Zoë, Evi, Sara, Lieke, Isa, Mila, "
            "Saar, Roos, Jill, Anna, Nova"
        ),
        split_names(
            "Sem, Daan, Luuk, Finn, Milan, Levi, Bram, Jesse, Thijs, Noah, Lucas, Mees, Jayden, "
            "Ruben, Stijn, Gijs, Tijn, Siem"
        ),
        split_names("Ria, Joke, Annie, Truus, Gerda, Wil, Ineke, Marian, Tineke, Corrie, Hennie"),
        split_names("Henk, Gerrit, Jan, Kees, Wim, Piet, Bert, Hans, Ton, Harry, Evert"),
        split_names(
            "de Vries, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, "
            "Vos, Peters, Hendriks, van Dijk, Dekker, Brouwer, Koster, van der Linden, Kok, "
            "Jacobs, Willems, Schouten, Post, Kuipers, Hoekstra, Veenstra, Wolters, Timmerman, "
            "van Leeuwen, Huisman, Scholten, ter Horst"
        ),
        None,
    ),
    Background(
        "turkish",
        12,
        split_names(
            "Ayşe, Fatma, Elif, Zeynep, Emine, Hatice, Songül, Derya, Esra, Gülay, Özlem, Sevda, "
            "Tuba, Merve"
        ),
        split_names(
            "Mehmet, Mustafa, Ahmet, Hasan, Hüseyin, İbrahim, Murat, Erkan, Serkan, Osman, "
            "Kemal, Volkan, Emre, Cem"
        ),
        split_names("Elif, Zeynep, Ecrin, Defne, Azra, Melek, Eylül, Nisa, Yaren, Büşra, Ela"),
        split_names("Emir, Yusuf, Mert, Burak, Efe, Kerem, Arda, Eren, Ömer, Baran, Kaan"),
        split_names("Emine, Hatice, Fadime, Zehra, Şerife, Naciye"),
        split_names("Ali, Halil, Mehmet, Yusuf, Ramazan, İsmail"),
        split_names(
            "Yilmaz, Kaya, Demir, Şahin, Çelik, Yildiz, Aydin, Öztürk, Arslan, Doğan, Kiliç, "
            "Koç, Özdemir, Polat, Erdem, Karaca"
        ),
        "Turkije",
    ),
    Background(
        "moroccan",
        12,
        split_names(
            "Fatima, Khadija, Naima, Samira, Malika, Nadia, Hanane, Loubna, Souad, Yasmina, "
            "Karima, Siham, Hafida, Ilham"
        ),
        split_names(
            "Mohamed, Ahmed, Rachid, Mustapha, Abdelkader, Said, Youssef, Hassan, Khalid, Karim, "
            "Driss, Nourdin, Hamid, Jamal"
        ),
        split_names("Lina, Sara, Nour, Yasmine, Aya, Malak, Hiba, Ikram, Salma, Inaya, Dounia"),
        split_names(
            "Adam, Rayan, Amir, Ilyas, Yassin, Anas, Zakaria, Bilal, Ayoub, Imran, Soufian"
        ),
        split_names("Fadma, Rkia, Zohra, Aicha, Mina, Habiba"),
        split_names("Abdeslam, Mohand, Larbi, Allal, Mimoun, Lahcen"),
        split_names(
            "El Amrani, Bouzid, El Idrissi, Benali, Ouali, Azzouzi, El Khatib, Boukhari, "
            "Ait Taleb, Ziani, Haddou, El Hamdaoui, Bakkali, Chaouch, Belhaj, Tahiri"
        ),
        "Marokko",
    ),
    Background(
        "surinamese",
        9,
        split_names(
            "Shirley, Sharmila, Priya, Anjali, Jennifer, Rosita, Reshma, Natasha, Chandra, "
            "Sandra, Marcia, Giovanna"
        ),
        split_names(
            "Rajesh, Ravi, Ricardo, Orlando, Roy, Glenn, Anand, Sunil, Edgar, Romano, Dino, Clyde"
        ),
        split_names("Kiara, Shanaya, Naomi, Jayda, Anaya, Xaviera, Priyanka, Shanice, Amara"),
        split_names("Jaden, Dylan, Aryan, Rohan, Jayvano, Quincy, Darnell, Vikash, Xavi"),
        split_names("Rosa, Elvira, Sita, Lakshmi, Hilda, Carla"),
        split_names("Frits, Sewnath, Rudi, Hendrik, Ramdath, Lucien"),
        split_names(
            "Ramdin, Sewdien, Ramsaran, Jagesar, Pinas, Doelwijt, Wijngaarde, Kromosoeto, "
            "Vreden, Lieveld, Biharie, Ramautar"
        ),
        "Suriname",
    ),
    Background(
        "antillean",
        6,
        split_names("Giselle, Jennifer, Shaquira, Dayenne, Yolanda, Rosemary, Jurmaine, Shurella"),
        split_names("Jurgen, Shurandy, Rignald, Urvin, Giovanni, Kendrick, Eugene, Ruthsel"),
        split_names("Shanaira, Jaylinn, Zuleika, Shaydeline, Joëlle, Naïma"),
        split_names("Jurick, Shurwen, Dyrell, Jeremaine, Gianni, Jaïro"),
        split_names("Maria, Carmen, Juliana, Ersilia"),
        split_names("Pedro, Angel, Roberto, Carlos"),
        split_names(
            "Martina, Isenia, Cijntje, Rosalia, Statia, Pieternella, Koeiman, Janga, Croes, "
            "Rojer, Winklaar, Felida"
        ),
        "Curaçao",
    ),
    Background(
        "polish",
        7,
        split_names(
            "Agnieszka, Katarzyna, Magdalena, Joanna, Monika, Anna, Ewa, Justyna, Marta, Aleksandra"
        ),
        split_names(
            "Piotr, Tomasz, Paweł, Krzysztof, Marcin, Łukasz, Michał, Grzegorz, Kamil, Adam"
        ),
        split_names("Zuzanna, Julia, Lena, Maja, Hanna, Oliwia, Amelia, Natalia"),
        split_names("Jakub, Szymon, Filip, Kacper, Antoni, Oliwer, Mikołaj, Wojciech"),
        split_names("Halina, Krystyna, Danuta, Barbara"),
        split_names("Stanisław, Józef, Zbigniew, Jan"),
        split_names(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Woźniak, Dąbrowski, Mazur, Krawczyk"
        ),
        "Polen",
        "Polen",
        "Pools",
    ),
    Background(
        "syrian",
        7,
        split_names("Rasha, Lama, Hala, Rana, Dima, Reem, Amal, Ghada, Yara, Nisreen"),
        split_names(
            "Mohammad, Ahmad, Khaled, Omar, Samer, Tarek, Fadi, Mahmoud, Ammar, Hussam, Rami"
        ),
        split_names("Lana, Sham, Joud, Rimas, Maya, Tala, Sidra, Judy"),
        split_names("Karam, Hamza, Zain, Yamen, Majd, Taim, Ward, Qusai"),
        split_names("Samira, Wafaa, Najah, Aziza"),
        split_names("Abdullah, Adnan, Hassan, Nizar"),
        split_names(
            "Al-Hussein, Alkhatib, Haddad, Khalil, Al Ali, Hamdan, Sabbagh, Nasser, Alhamwi, "
            "Darwish, Kassem, Mansour"
        ),
        "Syrië",
        "Syrië",
        "Arabisch",
    ),
    Background(
        "eritrean",
        5,
        split_names("Semhar, Helen, Mebrat, Senait, Lidya, Saba, Yordanos, Freweini, Selam, Rahwa"),
        split_names(
            "Yonas, Dawit, Samuel, Habtom, Filmon, Tesfalem, Biniam, Robel, Kibrom, Amanuel"
        ),
        split_names("Ruth, Liya, Meron, Eden, Hiwet, Delina"),
        split_names("Nahom, Abel, Eyob, Natan, Mikael, Henok"),
        split_names("Letensae, Tsega, Abrehet, Almaz"),
        split_names("Tesfamariam, Gebre, Haile, Tekle"),
        split_names(
            "Tesfay, Ghebremedhin, Haile, Kidane, Tekle, Berhane, Gebreyesus, Habte, Mehari, "
            "Yohannes, Woldu, Kahsay"
        ),
        "Eritrea",
        "Eritrea",
        "Tigrinya",
    ),
)
_BY_KEY = {bg.key: bg for bg in BACKGROUNDS}
DUTCH = _BY_KEY["dutch"]

_POLISH_FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def gendered_surname(surname: str, gender: Gender) -> str:
    """Polish surnames in -ski/-cki take a feminine form; all others are unchanged."""
    if gender == Gender.FEMALE:
        for masc, fem in _POLISH_FEMININE:
            if surname.endswith(masc):
                return surname[: -len(masc)] + fem
    return surname


def surname_base(surname: str) -> str:
    for masc, fem in _POLISH_FEMININE:
        if surname.endswith(fem):
            return surname[: -len(fem)] + masc
    return surname


_SURNAME_BACKGROUND = {name: bg for bg in BACKGROUNDS for name in bg.surnames}


def background_of(surname: str) -> Background:
    return _SURNAME_BACKGROUND.get(surname_base(surname), DUTCH)


def surname_alone(surname: str) -> str:
    """Taalunie: a tussenvoegsel is capitalised when no first name precedes ("familie De Vries")."""
    return surname[:1].upper() + surname[1:]


def pick_background(rng: random.Random) -> Background:
    return rng.choices(BACKGROUNDS, weights=[bg.weight for bg in BACKGROUNDS])[0]


def pick_first_name(
    rng: random.Random, bg: Background, gender: Gender, generation: str, used: set[str]
) -> str:
    pool = [n for n in _name_pool(bg, gender, generation) if n not in used]
    if not pool:
        # Rare: fall back to the same generation in another background.
        for other in BACKGROUNDS:
            pool = [n for n in _name_pool(other, gender, generation) if n not in used]
            if pool:
                break
    if not pool:
        own = _name_pool(bg, gender, generation)
        pool = [f"{a}-{b}" for a in own for b in own if a != b and f"{a}-{b}" not in used]
    name = rng.choice(pool)
    used.add(name)
    return name


def _name_pool(bg: Background, gender: Gender, generation: str) -> tuple[str, ...]:
    female = gender == Gender.FEMALE
    if generation == "child":
        return bg.girls if female else bg.boys
    if generation == "elder":
        return bg.grandmothers if female else bg.grandfathers
    return bg.women if female else bg.men


# Languages spoken at home besides Dutch, for the texts about multilingual upbringing.
HOME_LANGUAGES = {
    "turkish": "Turks",
    "moroccan": "Marokkaans-Arabisch",
    "antillean": "Papiaments",
    "polish": "Pools",
    "syrian": "Arabisch",
    "eritrean": "Tigrinya",
}
