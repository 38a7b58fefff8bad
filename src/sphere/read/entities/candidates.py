"""A name the knowledge base lacks (`Candidate`), its id slug, and the cue words that guess its kind.

The word lists say what a capitalised name is from the words inside it: "Ministry"/"Bank" for organizations,
"LLC"/"Corp" for companies, "Province"/"Sea" for places, "Railway"/"Corridor" for projects, "Summit"/"Treaty"
for other (in English, Turkish, Polish, Uzbek, German and Kazakh), and which capitalised words join, open or
end no name (connectors, leading stop words, months, unit acronyms). Shared by the modules that find new names:
`sphere.read.entities.new_names` (capitalised runs and the entry point), `persons` and `typed_names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ACRONYM_STOP",
    "COMPANY_CUES",
    "CONNECTORS",
    "FIELD_WORDS",
    "GENERIC_WORDS",
    "LEADING_STOP",
    "NOT_NAMES",
    "ORG_CUES",
    "OTHER_CUES",
    "PLACE_CUES",
    "PROJECT_CUES",
    "STATE_BODIES",
    "Candidate",
    "has_free_letter",
    "kind_of",
    "slug",
    "split_words",
]


def split_words(text: str) -> list[str]:
    """Split a block of space-separated words (word lists stay readable in the source)."""
    return text.split()


ORG_CUES = frozenset(
    split_words(
        """ministry ministries agency bank organization organisation council committee commission department
        directorate directorates
        fund union association parliament assembly service office center centre institute university club
        school academy college institutes universities
        authority court party government administration secretariat chamber federation foundation mechanism
        network alliance news daily times post tribune gazette herald
        bakanlığı bakanlık belediye belediyesi konseyi konsey örgütü teşkilatı bankası ajansı kurumu kurulu
        vakfı odası meclisi derneği üniversitesi enstitüsü birliği komitesi komisyonu müdürlüğü başkanlığı
        ministerstwo ministerstwa ministerstwie agencja organizacja organizacji organizacją organizację rada rady komisja komisji
        urząd urzędu fundusz związek sejm senat uniwersytet instytut
        vazirligi vazirlik agentligi tashkiloti kengashi qoʻmitasi qo‘mitasi universiteti jamgʻarmasi
        assotsiatsiyasi banki
        ministerium bundesministerium agentur organisation kommission behörde stiftung institut universität fonds
        verband partei bundesregierung regierung
        министрлігі министрлік агенттігі агенттік комитеті комитет ұйымы одағы кеңесі палатасы қоры
        банкі университеті институты қауымдастығы әкімдігі партиясы"""
    )
)
COMPANY_CUES = frozenset(
    split_words(
        """llc llp jsc ojsc pjsc cjsc corp corp. corporation co co. company group holding holdings inc inc. ltd
        ltd. plc gmbh ag sa mining petroleum oil gas airlines airways motors industries railways power energy
        electric engineering construction logistics shipping steel metals resources telecom technologies
        consortium
        şirketi a.ş. aş holdingi sanayi spółka s.a. sp. gazprom kompaniyasi mchj aj konzern gmbh
        компаниясы корпорациясы холдингі ақ жшс"""
    )
)
PLACE_CUES = frozenset(
    split_words(
        """province region oblast district city county mountains mountain sea lake river valley plaza square
        palace park airport basin desert island islands gulf strait bay zone port autonomous steppe
        peninsula field deposit reservoir republic
        ili ilçesi bölgesi dağları gölü nehri denizi havalimanı prowincja obwód jezioro morze rzeka góry
        dolina viloyati tumani shahri koʻli ko‘li daryosi provinz gebiet fluss gebirge
        облысы ауданы қаласы өзені көлі кен орны"""
    )
)
PROJECT_CUES = frozenset(
    split_words(
        """railway railroad pipeline corridor route highway bridge dam plant hpp npp project terminal tunnel
        gateway village line canal mine plants station stations hps
        demiryolu demiryolları koridoru hattı santrali barajı köprüsü tüneli projesi limanı kolej kolei
        gazociąg rurociąg korytarz korytarza elektrownia elektrowni autostrada koridori ges aes ies
        eisenbahn bahnstrecke pipeline korridor kraftwerk projekt
        теміржолы темір жолы құбыры дәлізі электр станциясы жобасы"""
    )
)
OTHER_CUES = frozenset(
    split_words(
        """summit treaty declaration agreement conference meeting forum initiative dynasty road games expo
        congress exhibition festival
        strategy program programme convention accord charter doctrine war"""
    )
)
FIELD_WORDS = frozenset(
    split_words(
        """mining petroleum oil gas power energy electric engineering construction logistics shipping steel metals
        resources telecom technologies industries railways airways motors"""
    )
)
"""Cue words of companies that also name a field of work: after a body's "of" they are its field ("Ministry of
Energy of Kazakhstan"), not a firm of their own."""
STATE_BODIES = frozenset(
    split_words(
        """ministry ministries agency committee commission cabinet council department directorate office service
        administration secretariat government parliament assembly inspectorate authority embassy consulate"""
    )
)
"""Head words of a state's bodies: a body of a body is one name ("Agency for Atomic Energy of the Cabinet of
Ministers"), and the state named in it is a mention of that state."""
GENERIC_WORDS = frozenset(
    split_words(
        """state national central federal general natural legal international regional local municipal public
        joint main supreme higher high new internal external social commercial entities resources special
        press executive research strategic logistics"""
    )
)
"""Common modifiers that, with cue words alone, make a generic phrase ("State Committee"); a field's name
("Energy Ministry") is no modifier: a state's ministry is named by its field."""
CONNECTORS = frozenset(
    split_words("""of the and for de del da bin al von der van on & for-the la le für und die das""")
)
LEADING_STOP = frozenset(
    split_words(
        """the a an this that these those it its he she we they i you his her their our my your but and or so
        yet however in on at for with as after before during since while when where while if although though
        because by from to of into about over under between among against without within also meanwhile
        moreover besides furthermore according earlier later today yesterday tomorrow last next both all
        many some most several each every other such there here what which who whom whose how why not no yes
        there's it's mr mrs ms dr are is was were be been has have had does did will would can could should
        might must der die das des dem den ein eine einer eines einem einen konzern unternehmen firma"""
    )
)
NOT_NAMES = frozenset(
    split_words(
        """january february march april may june july august september october november december monday tuesday
        wednesday thursday friday saturday sunday western
        ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim aralık pazartesi salı çarşamba perşembe
        cuma cumartesi pazar januar februar märz juni juli oktober dezember montag dienstag mittwoch
        donnerstag freitag samstag sonntag yanvar fevral aprel iyun iyul avgust sentabr oktabr noyabr dekabr
        eastern northern southern west east north south western islamic muslim christian soviet read more
        home news world politics business economy published updated photo video source image credit covid
        internet"""
    )
)
ACRONYM_STOP = frozenset(
    split_words(
        """GDP GNP TEU USD EUR CNY RUB KZT UZS LNG LPG CEO CFO CTO PM AM GW MW KW KWH MWH GWH TWH KM KG BCM ID
        IT AI FDI PPP SEZ NPP HPP VAT UAV TV PR HQ US UK EU UN OK CIS Q1 Q2 Q3 Q4 II III IV VI VII VIII IX
        XI XII XX XXI NB PS FAQ PDF URL RSS CET GMT UTC JSC OJSC PJSC CJSC LLC LLP PLC LTD INC"""
    )
)


@dataclass(slots=True)
class Candidate:
    """A name the KB lacks, with a guessed kind; `replaces_kb` when KB names inside it are parts of it."""

    start: int
    end: int
    name: str
    kind: str
    id: str = ""
    replaces_kb: bool = False
    lower_ok: bool = (
        False  # a name that opens with a lower-case head word ("министерства труда", "газопровода X – Y")
    )
    aliases: tuple[str, ...] = ()  # other names of it known from its parts (a region's city: "Naryn")


def slug(name: str) -> str:
    """Return a lowercase ASCII slug for an id ("Tang Paradise" -> "tang-paradise"); non-Latin kept as is."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = ascii_ if re.search(r"[A-Za-z]", ascii_) else name.lower()
    return re.sub(r"[^\w]+", "-", base.lower()).strip("-") or "x"


_ORG_SUFFIXES = (
    "bank",
    "ministerium",
    "agentur",
    "organisation",
    "kommission",
    "behörde",
    "stiftung",
    "verband",
    "rat",
    "rats",
)


# case endings Turkish, Uzbek and Kazakh put on a common noun without an apostrophe ("Bakanlığından",
# "vazirligida", "министрлігінде"): a cue word with one of them is still the cue
_NOUN_ENDINGS = frozenset(
    split_words(
        """ndan nden nda nde na ne nın nin nun nün yla yle ning ni ga da dan dagi нан нен нда нде на не ның нің
        мен ндағы ндегі"""
    )
)


def _cue(low: str, cues: frozenset[str]) -> bool:
    """Return True when `low` is a cue word of `cues`, or one followed by a case ending (`_NOUN_ENDINGS`)."""
    if low in cues:
        return True
    return any(
        low[:cut] in cues and low[cut:] in _NOUN_ENDINGS for cut in range(len(low) - 2, len(low) - 6, -1)
    )


def kind_of(tokens: list[str]) -> str | None:
    """Return the kind a cue word in the name implies: the head of an English name, the last cue before "of"."""
    cut = next((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "für")), len(tokens))
    if cut < len(tokens) and kind_of(tokens[:cut]) is not None:
        tokens = tokens[:cut]  # "Agency for Atomic Energy", "Bank of China": the head comes first
    kind = None
    for i, tok in enumerate(tokens):
        if tok.lower() == "cabinet" and tokens[i + 1 : i + 2] in (["of"], ["Of"]):
            kind = "organization"  # "Cabinet of Ministers"; "Kyrgyzstan Cabinet" alone is no name
            continue
        low = re.split(r"['’]", tok.lower())[0].rstrip(".")  # a Turkish case ending: "Havalimanı'nda"
        low = re.sub(r"-\d{1,2}$", "", low)  # a numbered work: "HPP-1", "Plant-2"
        if low in COMPANY_CUES or tok.lower() in COMPANY_CUES:
            kind = "company"
        elif _cue(low, ORG_CUES) or (len(low) >= 9 and low.endswith(_ORG_SUFFIXES)):
            kind = "organization"  # German compounds end in their head: "Entwicklungsbank", "Industrieministerium"
        elif low in PLACE_CUES:
            kind = "place"
        elif low in PROJECT_CUES:
            kind = "project"
        elif low in OTHER_CUES:
            kind = "other"
    return kind


def has_free_letter(text: str, covered: bytearray, start: int, end: int) -> bool:
    """Return True when a letter of [start, end) is not covered by a KB mention."""
    if covered.find(0, start, end) < 0:
        return False  # all covered
    if covered.find(1, start, end) < 0:
        return any(ch.isalpha() for ch in text[start:end])  # none covered
    return any(not covered[j] and text[j].isalpha() for j in range(start, end))
