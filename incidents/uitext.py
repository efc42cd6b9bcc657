"""The interface's words in English and Arabic: one table, every label in both.

The sidebar (filters, their help and captions, the page names) reads its labels here, in
the language the analyst chose (`?lang=ar` or the switch in the sidebar); event types and
claimants have their Arabic names here too. Plain data, no Streamlit: a test reads it.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "LANGUAGES",
    "TEXTS",
    "Language",
    "claimant_label",
    "event_type_label",
    "parse_language",
    "text",
]

Language = Literal["en", "ar"]
LANGUAGES: tuple[Language, ...] = ("en", "ar")

# key -> (English, Arabic). Event types are "type:<name>", claimants "claimant:<name>".
TEXTS: dict[str, tuple[str, str]] = {
    # The switch names Arabic in Arabic, so a reader of either language finds it.
    "language": ("العربية (Arabic interface)", "واجهة عربية"),
    "language_help": (
        "Labels of the sidebar in Arabic, written right to left.",
        "عناوين الشريط الجانبي بالعربية، من اليمين إلى اليسار.",
    ),
    # Pages, in the navigation at the top of the sidebar.
    "page_map": ("Map", "الخريطة"),
    "page_ingest": ("Ingest", "إدخال المقالات"),
    "page_incidents": ("Incidents", "الحوادث"),
    "page_gazetteer": ("Gazetteer", "المعجم الجغرافي"),
    "page_article": ("Article", "المقال"),
    # The filter bar.
    "filters": ("Filters", "تصفية الحوادث"),
    "find_place": ("Find a province or district", "ابحث عن ولاية أو مديرية"),
    "find_place_example": (
        "Helmand, Lashkar Gah, فاریاب, هراة …",
        "هلمند، لشكر كاه، فاریاب، Helmand …",
    ),
    "find_place_missed": (
        "No province or district matches this spelling.",
        "لا ولاية ولا مديرية بهذا الإملاء.",
    ),
    "choose": ("Choose options", "اختر"),
    "province": ("Province", "الولاية"),
    "province_help": (
        "Type an English or Arabic name, or a P-code.",
        "اكتب الاسم بالعربية أو بالإنجليزية، أو رمز P-code.",
    ),
    "district": ("District", "المديرية"),
    "district_help": ("Choose a province first.", "اختر الولاية أولا."),
    "event_type": ("Event type", "نوع الحادث"),
    "claimed_by": ("Claimed by", "الجهة المتبنية"),
    "date_from": ("From", "من"),
    "date_to": ("To", "إلى"),
    "date_help": (
        "Event date. With a range set, undated incidents are left out.",
        "تاريخ الحادث. إذا حُددت فترة تُستبعد الحوادث غير المؤرخة.",
    ),
    "search": ("Search sentences", "البحث في الجمل"),
    # Event types (incidents.eventtypes.REGISTRY), as the filter names them.
    "type:suicide_bomb": ("suicide bomb", "تفجير انتحاري"),
    "type:airstrike": ("airstrike", "غارة جوية"),
    "type:ied": ("ied", "عبوة ناسفة"),
    "type:shelling": ("shelling", "قصف"),
    "type:armed_clash": ("armed clash", "اشتباك مسلح"),
    "type:attack": ("attack", "هجوم"),
    "type:other": ("other", "أخرى (خطف، مداهمة، اعتقال)"),
    # Claimants (incidents.lexicon.GROUPS), and no claim at all.
    "claimant:Pakistani Taliban": ("Pakistani Taliban", "طالبان باكستان"),
    "claimant:Taliban": ("Taliban", "طالبان"),
    "claimant:Islamic State": ("Islamic State", "تنظيم الدولة الإسلامية"),
    "claimant:Haqqani network": ("Haqqani network", "شبكة حقاني"),
    "claimant:Hezb-e Islami": ("Hezb-e Islami", "الحزب الإسلامي"),
    "claimant:al-Qaeda": ("al-Qaeda", "تنظيم القاعدة"),
    "claimant:Jaish al-Adl": ("Jaish al-Adl", "جيش العدل"),
    "claimant:Jundallah": ("Jundallah", "جند الله"),
    "claimant:unclaimed": ("unclaimed", "لم تتبنه جهة"),
}


def parse_language(value: object) -> Language | None:
    """`ar` or `en` (as in `?lang=ar`); None for anything else."""
    if value == "ar":
        return "ar"
    if value == "en":
        return "en"
    return None


def text(key: str, lang: Language) -> str:
    """The label `key` in `lang`; a missing key is a programming error (KeyError)."""
    english, arabic = TEXTS[key]
    return arabic if lang == "ar" else english


def event_type_label(name: str, lang: Language) -> str:
    """An event type as the filter shows it; an unknown one as written."""
    key = f"type:{name}"
    return text(key, lang) if key in TEXTS else name.replace("_", " ")


def claimant_label(name: str, lang: Language) -> str:
    """A claimant (or "unclaimed") as the filter shows it; an unknown one as stored."""
    key = f"claimant:{name}"
    return text(key, lang) if key in TEXTS else name
