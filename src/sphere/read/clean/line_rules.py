"""The position-independent rules of the text cleaner: whether one line of a copied page is boilerplate wherever
it stands (teaser headings, page-furniture labels and phrases, photo credits, counters, bylines, publication
stamps, date-only lines, cookie notices, share rows, breadcrumbs, navigation, calls to the reader, tickers), with
their vocabularies (English, Russian and a few more). `sphere.read.clean.boilerplate` adds the rules of position and
the learned line model. The shapes of a line (`nwords`, `paragraph_like`, ...) live in `sphere.read.clean.shapes`
and are re-exported here.
"""

from __future__ import annotations

import re

from sphere.read.clean.menus import language_menu
from sphere.read.clean.shapes import (
    BULLETS,
    CJK_RX,
    SENT_END,
    headline_like,
    nprose,
    nwords,
    paragraph_like,
    sentence_like,
    starts_upper,
)
from sphere.read.dates import is_date_line, parse_full_date

__all__ = [
    "BULLETS",
    "SENT_END",
    "boilerplate_reason",
    "dupkey",
    "headline_like",
    "metadata_fields",
    "nprose",
    "nwords",
    "paragraph_like",
    "sentence_like",
    "starts_upper",
]


def _set(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


_TEASER_EXACT = _set(
    "trending|trending now|related|related articles|related posts|related stories|related news|related content|"
    "related topics|read more|read next|read also|also read|see also|more|more news|more stories|more from|"
    "more on this|more on this story|latest|latest news|latest stories|latest posts|latest articles|latest in|"
    "latest items|latest issues|latest updates|latest videos|popular|popular now|most popular|most read|most viewed|"
    "recommended|recommended for you|you may also like|you might also like|you may be interested in|editor's picks|"
    "top stories|further reading|don't miss|must read|in other news|читайте также|читать также|смотрите также|"
    "по теме|новости по теме|материалы по теме|еще по теме|ещё по теме|другие новости|последние новости|"
    "популярное|самое читаемое|самое популярное|самые читаемые|читайте еще|читайте ещё|рекомендуем|"
    "вам может быть интересно|главное|главные новости|лента новостей|новости партнеров|новости партнёров|"
    "all news|more articles|other news|weitere artikel|weitere artikel zum thema|mehr zum thema|meistgelesen|"
    "diğer haberler|ilgili haberler|benzer haberler|son haberler|çok okunanlar|басқа жаңалықтар|соңғы жаңалықтар|"
    "тақырыпқа қатысты|boshqa yangiliklar|asosiy yangiliklar|so'nggi yangiliklar|mavzuga oid|башка жаңылыктар|"
    "акыркы жаңылыктар|相关新闻|相关阅读|推荐阅读|热点新闻|更多新闻"
)
_TEASER_HEADS = _set(
    "read|related|trending|latest|popular|recommended|more|most|top|editor's|читайте|читать|смотрите|новости"
)
_TEASER_TAILS = _set(
    "news|stories|story|posts|articles|article|items|videos|now|also|more|next|today|viewed|topics|reading|read|"
    "picks|from|on|in|this|for|you|также|еще|ещё|по|теме|дня|партнеров|партнёров"
)
_EXACT = _set(
    "published|on|by|posted|updated|share|share this|share this article|share this story|share on facebook|"
    "share on twitter|tweet|print|email|e-mail|comments|comment|leave a reply|leave a comment|advertisement|"
    "sponsored|sponsored content|exit mobile version|skip to content|skip to main content|menu|search|home|news|"
    "back to top|previous article|next article|previous post|next post|tags|topics|categories|newsletter|subscribe|"
    "sign in|log in|login|register|follow us|close|accept|reject|cookie settings|loading|listen|go to the main site|"
    "advert|text size|view all|see all|getty|getty images|shutterstock|back to gallery|"
    "ссылки для упрощенного доступа|перейти на главную|перейти к содержанию|zum inhalt springen|içeriğe geç|"
    "listen to this article|watch|video|photo|photos|gallery|copy link|link copied|reply|cancel reply|post comment|"
    "submit|name|email address|website|all rights reserved|contact us|about us|privacy policy|terms of use|"
    "опубликовано|обновлено|поделиться|поделитесь|комментарии|комментарий|оставить комментарий|главная|новости|"
    "teilen|anzeige|werbung|drucken|kommentare|kommentieren|paylaş|yorumlar|yorum yap|yorum yaz|reklam|abone ol|"
    "yazdır|бөлісу|пікірлер|пікір қалдыру|жарнама|ulashish|izohlar|izoh qoldirish|reklama|бөлүшүү|"
    "комментарийлер|жарнак|分享|评论|广告|打印|返回顶部|"
    "реклама|подписаться|подпишитесь|войти|меню|поиск|теги|метки|рубрики|фото|видео|фотогалерея|читать далее|"
    "подробнее|версия для печати|распечатать|печать|закрыть|принять|наверх|все новости|все права защищены|"
    # the link under a teaser's summary ("Continue reading", "Читать полностью", "Devamını oku", "Batafsil")
    "continue reading|keep reading|see more|show more|view more|learn more|full story|read full story|"
    "read the full story|read full article|read the full article|читать полностью|читать дальше|далее|ещё|еще|"
    "lire la suite|leer más|weiterlesen|mehr lesen|devamı|devamını oku|devamını okuyun|haberin devamı|batafsil|"
    "batafsil o'qing|batafsil o‘qing|batafsil oʻqing|толығырақ|толук окуу|кененирээк|阅读全文|查看更多|更多"
)
_PREFIXES = tuple(
    _set(
        "leave a reply|leave a comment|your email address will not be published|required fields are marked|"
        "we use cookies|this website uses cookies|this site uses cookies|by continuing to use|by using this site|"
        "all rights reserved|copyright ©|photo credit|image credit|image:|photo:|photos:|picture:|caption:|"
        "credit:|credits:|photo by |photos by |photograph by|pictured:|illustration:|(photo|read more:|read also:|"
        "read next:|see also:|also read:|related:|more:|further reading|subscribe here|subscribe to|subscribe now|"
        "sign up for|sign up to|click here|save my name|notify me of|join our|follow us on|download our app|"
        "get the latest|share this|share on |tags:|filed under|posted in |categories:|topics:|watch:|listen:|"
        "video:|originally published|this article was originally|this story was originally|report a correction|"
        "reporting by|editing by|writing by|additional reporting by|compiled by|written by|author:|authors:|"
        "читайте также|читать также|смотрите также|читайте нас|читайте наши|читайте новости|подписывайтесь|"
        "подпишитесь|подписаться на|фото:|фото©|фото ©|видео:|источник:|источник фото|иллюстративное фото|"
        "фото из открытых источников|фото пресс-службы|фото предоставлено|при использовании материалов|"
        "media caption|image caption|image copyright|media playback is unsupported|courtesy of |photo courtesy|image courtesy|"
        "citation:|if you enjoyed this article|if you liked this article|if you like this article|"
        "личный архив|из личного архива|фото из личного архива|above:|pictured above|copy link|in this photo|in this handout photo|in this file photo|this photo taken|на фото:|на снимке:|"
        "auf dem foto:|auf dem bild:|fotoğrafta:|图为|при полном или частичном|при перепечатке|при цитировании|перепечатка материалов|использование материалов|все права защищены|мы используем cookie|"
        "мы используем файлы cookie|этот сайт использует|нашли ошибку|если вы нашли ошибку|"
        "если вы заметили ошибку|новости партнеров|теги:|метки:|рубрика:|автор:|авторы:|текст:|присоединяйтесь|"
        "следите за новостями|оставьте комментарий|комментарии (|поделиться:"
    )
)
_CREDIT_RX = re.compile(
    r"\b(?:credits?|photo(?:graph)?|image|picture|фото|источник фото|foto(?:ğraf)?|bild|сурет|surat|zdjęcie)\s*:\s*\S|"
    r"(?:图片?|图源|摄影|来源)\s*[:：]|摄[)）]\s*$|"
    r"\b(?:getty images|shutterstock|afp photo|ap photo|epa-efe|depositphotos|istock|unsplash)\b|"
    r"\bvia (?:reuters|afp|epa|getty|ap)\b|\bфото\s*[—–]\s*[A-ZА-ЯЁ]|\bphotos?\s*/\s*[^\W\d_]",
    re.I,
)
# a caption ending with its credit in brackets, agency and photographer ("... in Astana. (Xinhua/Li Wei)",
# "(Chatham House/ Ann Lee)")
_SLASH_CREDIT_END_RX = re.compile(
    r"\((?:[A-ZА-ЯЁ][\w'’.&-]*\s?){1,4}/\s?[A-ZА-ЯЁ][a-zа-яё'’.-]+(?:\s[A-ZА-ЯЁ][a-zа-яё'’.-]+){1,2}\)\W{0,2}$"
)  # a person's name after the slash: "(AKI/KG)" closing a paragraph is the source of the news, not a credit
# a note on where the piece first appeared ("Article by Ann Lee, published in the Diplomat")
_PUBLISHED_IN_RX = re.compile(
    r"^(?:[^\W\d_]+\s+){0,2}by\s+[A-ZА-ЯЁ][^,]{1,60},\s+(?:first\s+|originally\s+)?published\s+(?:in|on|by)\b",
    re.I,
)
# an agency credit closing a line ("... in Astana. Reuters/Ivan Petrov", "AFP/Getty", "ТАСС/Иван Петров")
_AGENCY_END_RX = re.compile(
    r"\b(?i:reuters|afp|ap|epa|tass|ria novosti|тасс|риа новости|sputnik)\s*/\s*[A-ZА-ЯЁ][\w.’'-]*"
    r"(?:\s+[A-ZА-ЯЁ][\w.’'-]*){0,3}\W{0,3}$"
)
# a caption that ends with its agency in brackets ("A cargo ship leaves the port on Aug. 31, 2019. (AP)")
_AGENCY_TAG_END_RX = re.compile(
    r"[.!?]\s*[(\[](?i:ap|afp|reuters|epa|tass|xinhua|ria novosti|тасс|риа новости|sputnik|anadolu)[)\]]\W{0,2}$"
)
# a caption that ends with its credit ("... in Astana. Photo by Li Wei", "... (Фото: ТАСС)")
_CREDIT_END_RX = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|pictures?|фото|foto(?:ğraf)?|bild)\s*(?:by|:|—|-)\s*[^.!?]{2,60}[)\]]?\s*$|"
    # "... в Астане. Фото Ивана Петрова": the credit after the caption's last sentence, with no colon
    r"[.!?»\"]\s+(?:фото|photo|foto)\s+[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,2}\s*$",
    re.I,
)
# a label and a list of names only ("Photos: Ann Lee, Bo Chen, Li Wei", "Авторы: Иван Петров, Анна Смирнова")
_NAME = r"[A-ZА-ЯЁ][\w'’.-]+(?:\s+[A-ZА-ЯЁ][\w'’.-]+){1,2}"
_NAME_LIST_RX = re.compile(rf"^[^\W\d_]+(?:\s[^\W\d_]+)?\s?:\s*{_NAME}(?:\s*(?:,|and|и)\s*{_NAME})+\W?$")
# "Edited by Ann Lee", "- Reported by AFP": a credit of five words or fewer
_DONE_BY_RX = re.compile(r"^\W{0,2}[^\W\d_]+ed by [A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,2}\W{0,2}$")
# a ticker ("USD 470.5 ▲0.3%", "BTC 64,557.92"): currency or index codes with figures, nothing else
_TICKER_RX = re.compile(r"^(?:[A-Z]{3,5}\s*[:=]?\s*[▲▼↑↓+\-−]?\s*\d[\d.,]*\s*%?\s*[▲▼↑↓]?\s*){1,4}$")
# a code or an identifier alone on a line (a tracking id, a registration number): letters and many digits
_CODE_RX = re.compile(r"^(?=(?:\S*\d){8})[A-Za-zА-Яа-яЁё\d_/-]{16,}$")
# a reporter's credit line ("China News Agency reporter Li Chun", "Корреспондент: ...", "新华社记者 ... 报道")
_REPORTER_RX = re.compile(
    r"\b(?:reporter|reporters|correspondent|корреспондент\w*|muhabiri?|muxbir\w*|tilşisi|тілшісі|журналист\w*)\b"
    # the names after it in capitals, whatever the flag ("Our reporters visited the site" names no one)
    r"(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’.-]+){1,3}(?:\s*(?:,|and|и)\s*(?-i:[A-ZА-ЯЁ])[\w'’.-]+(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’.-]+){0,2})*\s*$|"
    r"记者.{2,30}报道$",
    re.I,
)
# a skip link of a page's accessibility menu, numbered or not ("1. Zum Inhalt springen", "Skip to main content")
_SKIP_LINK_RX = re.compile(
    r"(?:\d{1,2}\.\s*)?(?:(?:skip|jump|go) to (?:the )?(?:main |primary )?(?:content|navigation|menu|search|"
    r"footer|homepage|main site)|zu[mr]?(?: \w+){1,4} springen|перейти (?:к|на) \w+(?: \w+)?|(?:ana )?içeriğe (?:geç|atla))"
    r"\W*$"
)


# a call to follow the outlet on a messenger or network ("Subscribe to our Telegram channel", "Stay up to date on
# our WhatsApp channel", "Подписывайтесь на нас в Дзен", "Bizi Instagram'da takip edin")
_MESSENGER_RX = re.compile(
    r"\b(?:telegram|whatsapp|viber|facebook|twitter|instagram|youtube|tiktok|vk|вконтакте|дзен|dzen|"
    r"телеграм\w*|ютуб\w*|google news)",
    re.I,
)
_CALL_RX = re.compile(
    r"\b(?:subscribe|follow|join|stay|channel|подпис\w*|присоедин\w*|следите|канал\w*|abone|takip|kanal\w*|"
    r"obuna|кanal|жазыл\w*|арна\w*|folgen|abonnieren)",
    re.I,
)
# ... said as a call: opening with the verb, or addressing the reader ("our channel", "на нас", "bizi")
_CALL_START_RX = re.compile(
    r"(?:subscribe|follow|join|stay|get|read|watch|подпис\w*|присоедин\w*|следите|читайте|смотрите|будьте|"
    r"abone|takip|obuna|bizi|жазыл\w*|folgen|abonnieren|lesen)\b"
)
_ADDRESS_RX = re.compile(r"\b(?:our|us|your|наш\w*|нас|вас|ваш\w*|bizi|bizim|unser\w*|uns|bizning)\b", re.I)
_COOKIE_RX = re.compile(
    r"\b(?:use|uses|accept|policy|consent|browsing|experience|используем|сайт\w*|согласи\w*)\b"
)
_SOCIAL = _set(
    "facebook|twitter|x|telegram|whatsapp|vk|vkontakte|вконтакте|одноклассники|ok|linkedin|email|e-mail|mail|"
    "print|pinterest|reddit|viber|instagram|youtube|tiktok|share|copy|link|messenger|threads|flipboard|tumblr|"
    "дзен|поделиться|телеграм"
)
_NAV_WORDS = _set(
    "home|main|news|world|politics|business|economy|sport|sports|culture|opinion|society|video|videos|photo|"
    "photos|contacts|contact|about|analytics|analysis|tech|technology|science|health|lifestyle|entertainment|"
    "region|regions|index|главная|новости|мир|политика|экономика|общество|спорт|культура|видео|фото|контакты|"
    "аналитика|регионы|в мире|происшествия"
)
_LEAD_CHARS = " \t-–—•·*>|▶►»›→✓✔#"
_TRAIL_CHARS = " \t:;.,!?|»›>→…-"
_BYLINE_RX = re.compile(
    r"^(?i:by|von|par|por)\s+(?!(?:the|this|then|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    r"(?P<name>[A-ZА-ЯЁ][\w'’.-]+(?:\s+(?:[A-ZА-ЯЁ][\w'’.-]+|de|van|von|bin|al|el|da|di|la|le)){0,4})"
    r"(?:\s*$|\s*[,|•·–—/(-]|\s+(?:and|in|on|for|at|updated|published|\d))",
)
_AUTHOR_KEY_RX = re.compile(r"^(?:author|authors|автор|авторы|текст)\s*:\s*(?P<name>.+)$", re.I)
_NAME_TOKEN_RX = re.compile(r"^(?:[A-ZА-ЯЁ][\w'’.-]*|de|van|von|bin|al|el|da|di|la|le|и|and)$")
_BREADCRUMB_SEP_RX = re.compile(r"\s(?:»|›|>|→|/|\\)\s")
_NAV_SEP_RX = re.compile(r"[|•·]")
_COUNT_RX = re.compile(
    r"^\W*\d[\d\s.,]*(?:[kKmMкК]|тыс\.?|млн\.?)?\s*(?:views?|comments?|shares?|likes?|reads?|min(?:ute)?s?(?:\s+read)?|"
    r"просмотр\w*|комментари\w*|мин\w*(?:\s+чтения)?|минут\w*(?:\s+чтения)?)?\W*$",
    re.I,
)
_COUNT_FIRST_RX = re.compile(
    r"^(?:comments?|views?|shares?|likes?|комментари\w*|просмотр\w*)\W*\d[\d\s.,]*\W*$"
)
# a journal's issue line ("CENTRAL ASIA AND THE CAUCASUS No. 3(57), 2009", "Vol. 12, No. 4, 2019", "№ 3 (57) 2009")
_ISSUE_RX = re.compile(r"(?:\bno\.|№)\s?\d{1,4}\s?(?:\(\d{1,4}\))?,?\s(?:19|20)\d\d\W*$", re.I)
# the weather in a page's header ("19°C Astana", "+5 °С Алматы")
_WEATHER_RX = re.compile(r"^[+\-−]?\d{1,2}\s?°\s?[CСF]?\b")
# a photographer and an outlet ("Jason Lee/Example News", "Doug Mills/The Example Times"), or a caption with its
# agency glued to its last word ("... in New York.Reuters")
_NAME_SLASH_OUTLET_RX = re.compile(
    r"^[A-ZА-ЯЁ][\w.'’-]+(?:\s[A-ZА-ЯЁ][\w.'’-]+){1,3}\s?/\s?(?:The\s)?[A-ZА-ЯЁ][\w.'’&-]*(?:\s[A-ZА-ЯЁ][\w.'’&-]*){0,4}$"
    r"|[a-z]\.(?:Reuters|AFP|AP|EPA|Getty Images|TASS)$"
)
# a call to the reader: to click, to subscribe to "our" letters, a note on affiliate links or on how to reach the
# writer ("Click here to support it", "Let our news meet your inbox", "we may receive a small commission")
_READER_CALL_RX = re.compile(
    r"\bclick(?:ing)? here\b|\b(?:subscribe|sign up)\b.{0,40}\bour\b|\bour\b.{0,40}\b(?:newsletter|inbox)\b|"
    r"\bmay (?:receive|earn) (?:a )?(?:small )?(?:commission|share)\b|\b(?:may|can) be reached at\b|"
    r"^also on [\w-]+\.[a-z]{2,}\b",
    re.I,
)
_AGENCIES = ("Reuters", "AFP", "AP", "EPA", "Getty Images", "TASS")
# the words without which _READER_CALL_RX cannot match (a cheap test first)
_CALL_WORDS = (
    "click",
    "subscribe",
    "sign up",
    "newsletter",
    "inbox",
    "may receive",
    "may earn",
    "reached",
    "also on ",
)
# a relative time stamp of a teaser ("7H ago", "32 minutes ago", "2 часа назад", "3 saat önce")
_AGO_RX = re.compile(
    r"^\W*(?:updated\s+|обновлено\s+)?\d{1,3}\s*(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|"
    r"сек\w*|мин\w*|час\w*|дн\w*|дней|недел\w*|месяц\w*|saat|dakika|gün)\.?\s+(?:ago|назад|önce)\W*$",
    re.I,
)
_URL_LINE_RX = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$", re.I)
_LANG_SWITCH_RX = re.compile(
    r"^(?:read|читайте|читать|оқыңыз)\b.{0,40}\b(?:in|на)\s+[\w-]+\s*[.!]?$|"
    r"^(?:this (?:article|story) is (?:also )?available in|also available in|версия на)\b",
    re.I,
)
_PUBLISHED_RX = re.compile(
    r"^(?:published|posted|updated|last updated|first published|опубликовано|обновлено|дата публикации|"
    # the same labels in Turkish, German, Uzbek and Kazakh ("Güncelleme:", "Aktualisiert am", "Yangilandi:")
    r"güncelleme|yayınlanma|yayın tarihi|giriş tarihi|aktualisiert(?: am)?|veröffentlicht(?: am)?|yangilandi|"
    r"e'lon qilindi|жарияланды|жаңартылды)"
    r"(?:\s*$|\s*:|\s+on\b|\s+at\b|\s+\d|\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w*\b)",
    re.I,
)


# A line made only of short "Label: value" fields ("Source: Xinhua Editor: Li Wei", "Kaynak: AA", "Фото: ТАСС"),
# each label one or two words and each value at most five words with no sentence inside; or only an agency tag
# in brackets ("[Kazinform]", "(AKIpress)"). Whatever the words, such a line is page metadata, not prose.
_VALUE_TOKEN = r"(?:[^\s:.!?]|\.(?=[^\s.]))+"
_FIELD = rf"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s?:\s*{_VALUE_TOKEN}(?:\s+{_VALUE_TOKEN}){{0,4}}?"
_FIELDS_RX = re.compile(rf"^\W{{0,2}}{_FIELD}(?:\s*[|/,;•·-]?\s+{_FIELD}){{0,3}}\s*\.?$")
_TAG_RX = re.compile(r"^\s*[(\[][^\W\d_][\w .'’&-]{0,30}[)\]]\s*$")


def _low(line: str) -> str:
    return line.lstrip(_LEAD_CHARS).lower().replace("’", "'")


def _key(line: str) -> str:
    return _low(line).rstrip(_TRAIL_CHARS)


def dupkey(line: str) -> str:
    """Return a line lower-cased with everything but letters and digits removed (for comparing lines)."""
    return re.sub(r"[\W_]+", "", line.lower())


# the last word of a teaser heading that names what it lists ("More Great WIRED Stories", "Latest Central Asia News")
_TEASER_KINDS = _set("news|stories|articles|posts|videos|headlines|reads|новости|материалы|статьи")


def _teaser_heading(key: str) -> bool:
    if key in _TEASER_EXACT:
        return True
    words = key.split(None, 5)  # a sixth item means more than five words
    if not words or len(words) > 5 or words[0] not in _TEASER_HEADS:
        return False
    if len(words) <= 3 and all(w in _TEASER_TAILS for w in words[1:]):
        return True
    # "More in World", "More from Asia", "More Great WIRED Stories": a teaser word first, a section or a kind last
    return len(words) >= 2 and (
        words[-1] in _TEASER_KINDS or (words[0] == "more" and words[1] in ("in", "from"))
    )


def boilerplate_reason(line: str) -> str | None:
    """Return why a single line is boilerplate wherever it stands ("teaser", "credit", ...), or None.

    These are the position-independent rules; `filter_text` adds the positional ones (labels before the
    headline, bylines between headline and body, teaser lists after a teaser heading).
    """
    low = _low(line)
    key = low.rstrip(_TRAIL_CHARS)
    if not any(ch.isalpha() for ch in key):
        return "no-words"
    if _teaser_heading(key):
        return "teaser"
    if key in _EXACT:
        return "label"
    if len(line) <= 400 and low.startswith(_PREFIXES):
        return "vocabulary"
    if len(line) <= 500 and (
        _CREDIT_RX.search(line) or "©" in line or _CREDIT_END_RX.search(line) or _AGENCY_END_RX.search(line)
    ):
        return "credit"
    if len(line) <= 300 and (
        _AGENCY_TAG_END_RX.search(line) or ("/" in line and _SLASH_CREDIT_END_RX.search(line))
    ):
        return "credit"
    if len(line) <= 200 and _PUBLISHED_IN_RX.match(line):
        return "credit"
    if len(line) <= 160 and (_NAME_LIST_RX.match(line) or _DONE_BY_RX.match(line)):
        return "byline"
    if len(line) <= 80 and (_TICKER_RX.match(line) or _CODE_RX.match(line)):
        return "count"
    if len(line) <= 300 and ("/" in line or line.endswith(_AGENCIES)) and _NAME_SLASH_OUTLET_RX.search(line):
        return "credit"
    if len(line) <= 200 and any(w in low for w in _CALL_WORDS) and _READER_CALL_RX.search(line):
        return "promotion"
    if (
        len(line) <= 160
        and _MESSENGER_RX.search(line)
        and (_CALL_START_RX.match(low) or (_CALL_RX.search(line) and _ADDRESS_RX.search(line)))
    ):
        return "promotion"
    if len(line) <= 120 and _REPORTER_RX.search(line) and not line.rstrip().endswith((".", "!", "?")):
        return "byline"
    if _COUNT_RX.match(line) or _COUNT_FIRST_RX.match(key):
        return "count"
    if len(line) <= 40 and _AGO_RX.match(line):
        return "stamp"
    if len(line) <= 120 and not line.rstrip().endswith(".") and _ISSUE_RX.search(line):
        return "stamp"
    if len(line) <= 40 and nwords(line) <= 4 and _WEATHER_RX.match(line):
        return "stamp"
    if _URL_LINE_RX.match(line):
        return "url"
    if len(line) <= 160 and (_BYLINE_RX.match(line) or _AUTHOR_KEY_RX.match(low)):
        return "byline"
    if len(line) <= 80 and low.startswith(("by ", "von ", "автор ")) and parse_full_date(line):
        return "byline"  # "By bne IntelliNews October 9, 2023": a byline with its date, whatever the name
    if len(line) <= 120 and _PUBLISHED_RX.match(low):
        return "published"
    if is_date_line(line):
        return "date"
    if _is_stamp(line):
        return "stamp"
    if len(line) <= 80 and _SKIP_LINK_RX.match(low):
        return "skip-link"
    if len(line) <= 200 and _LANG_SWITCH_RX.match(low):
        return "language-switch"
    if len(line) <= 250 and language_menu(line):
        return "language-menu"
    if "cookie" in low and _COOKIE_RX.search(low):
        return "cookie"
    words = low.split(None, 12)  # a thirteenth item means more than twelve words
    if words and len(words) <= 12 and all(w.strip(".,:;|•·-") in _SOCIAL for w in words):
        return "share"
    if len(line) <= 200 and _is_breadcrumb(line, key):
        return "breadcrumb"
    if _is_nav(line):
        return "navigation"
    return None


def metadata_fields(line: str) -> bool:
    """Return True for a line made only of short "Label: value" fields or of an agency tag in brackets.

    Kept apart from `boilerplate_reason` (whose verdicts are also an input of the learned line model): the
    cleaner applies it to every line after the model has read the page.
    """
    if len(CJK_RX.findall(line)) > 12:
        return False  # "综述:共建..." is a headline: words of Chinese are not set apart, so count characters
    return len(line) <= 90 and bool(
        (line[-1:] in ")]" and _TAG_RX.match(line))
        or (":" in line and len(line.split()) <= 12 and _FIELDS_RX.match(line))
    )


def _is_breadcrumb(line: str, key: str) -> bool:
    if not any(c in line for c in "»›>→/\\"):
        return False
    parts = _BREADCRUMB_SEP_RX.split(line)
    if len(parts) < 2:
        return False
    first = _key(parts[0])
    if first in _NAV_WORDS:
        return True
    return (
        ("»" in line or "›" in line) and "«" not in line and len(first.split()) <= 3 and not key.endswith(".")
    )


def _is_nav(line: str) -> bool:
    if "|" in line or "•" in line or "·" in line:
        parts = [p for p in _NAV_SEP_RX.split(line.strip()) if p]
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
            return True
    words = line.split(None, 12)
    if len(words) > 12:
        return False
    return (
        len(words) >= 4
        and all(w[:1].isupper() for w in words)
        and sum(1 for w in words if w.lower() in _NAV_WORDS) >= 2
    )


# A publication stamp in any language: a time ("13:02") or an all-digit date ("03.09.2025", "2023-06-22") with at
# most four words of letters around it (a weekday, a month name, a rubric, a time zone) and no sentence.
_TIME_OR_NUMERIC_DATE_RX = re.compile(
    r"(?<!\d)(?:[0-2]?\d:[0-5]\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d\d-\d\d(?!\d))"
)
_LETTER_WORD_RX = re.compile(r"[^\W\d_]{2,}")


# month names of the languages read beyond English and Russian (those `is_date_line` knows): German, Turkish,
# Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz
_MONTH_WORDS = _set(
    "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|ocak|şubat|mart|"
    "nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|"
    "шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|yanvar|fevral|aprel|may|iyun|iyul|avgust|sentyabr|"
    "oktyabr|noyabr|dekabr|январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|январь|февраль|апрель|"
    "июнь|июль|сентябрь|октябрь|ноябрь|декабрь"
)
_DAY_OR_YEAR_RX = re.compile(r"(?<!\d)(?:\d{1,2}|\d{4})(?!\d)")
_STAMP_END = (" ж.", " г.", " yil.", " y.")
# words of a stamp that do not count as its words: the half of the day, time zones and a reading time
# ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)")
_STAMP_WORDS = _set(
    "am|pm|a.m|p.m|gmt|utc|et|est|edt|pt|pst|pdt|ct|cst|cdt|bst|cet|cest|msk|ast|min|mins|read|reading|"
    "мин|чтения"
)


_YEAR_RX = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a day, one word and a year, whatever the month's language ("16 июня, 2024", "16 Haziran 2024", "June 16, 2024")
_DAY_WORD_YEAR_RX = re.compile(
    r"^\W*(?:\d{1,2}[.\s-]+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\W*$"
)
_TIME_RX = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")


def _is_stamp(line: str) -> bool:
    if _DAY_WORD_YEAR_RX.match(line):
        return True
    # a time and a year together: a publication stamp with a rubric, a place or an author around it ("Par Ann
    # Lee - 7 mars 2017 - 19:35", "27-сентябрь, 2024-жыл, жума, Бишкек убактысы 05:44")
    if len(line) > 130:
        return False
    both = ":" in line and bool(_TIME_RX.search(line) and _YEAR_RX.search(line))
    if len(line) > 80 and not both:
        return False
    words = _LETTER_WORD_RX.findall(line)
    dated = bool(_TIME_OR_NUMERIC_DATE_RX.search(line)) or (  # a month name with a day or a year
        any(w.lower() in _MONTH_WORDS for w in words) and bool(_DAY_OR_YEAR_RX.search(line))
    )
    if not dated:
        return False
    end = line.rstrip()
    if end.endswith((".", "!", "?", "…")) and not end.endswith((" ...", *_STAMP_END)):
        return False
    words = [w for w in words if w.lower() not in _STAMP_WORDS]
    return len(words) <= (8 if both else 4 if _TIME_OR_NUMERIC_DATE_RX.search(line) else 3)
