"""Where households live: wijken with their city, postcodes and streets, and phone numbers."""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

# wijk -> (city, postcode digits used there, street names in the wijk's naming style)
PLACES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
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

NEIGHBOURHOODS: list[tuple[str, str]] = [(wijk, city) for wijk, (city, _, _) in PLACES.items()]

# Dutch postcodes skip these letters and the combinations SA, SD and SS.
_POSTCODE_LETTERS = "ABCEGHJKLMNPRSTVWXZ"


def random_postcode(rng: random.Random, prefixes: Sequence[str]) -> str:
    while True:
        letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
        if letters not in {"SA", "SD", "SS"}:
            return f"{rng.choice(prefixes)} {letters}"


def random_house_number(rng: random.Random) -> str:
    number = str(rng.randint(1, 220))
    roll = rng.random()
    if roll < 0.12:
        return number + rng.choice("abc")
    if roll < 0.2:
        return f"{number}-{rng.randint(1, 3)}"
    return number


def random_phone(rng: random.Random) -> str:
    return "06-" + str(rng.randint(1, 6)) + "".join(rng.choice(string.digits) for _ in range(7))
