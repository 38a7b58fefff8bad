"""Cleaning HTML pages: trafilatura body with headline and headings, metadata, encodings."""

from __future__ import annotations

import gzip

from sphere.read.clean.decode import decode_bytes
from sphere.read.clean.html import looks_like_html, visible_text
from sphere.read.clean.text import clean

PARAS = [
    "ALMATY – Kazakhstan and China opened a new road crossing on Sunday, a step both governments say will "
    "double the freight that moves along the eastern route over the next three years.",
    "The checkpoint sits on a stretch of the border where trucks have waited for days in past winters, and "
    "officials expect it to handle several hundred vehicles a day once the second stage is finished.",
    "Traders in both countries have long complained about queues at the older crossings, which were built "
    "for a fraction of today's traffic and cannot easily be widened.",
    "The transport ministry said customs officers from both sides would share one inspection area, which "
    "should cut the time a truck spends at the border to under an hour.",
]


def page(title: str, paras: list[str], *, head: str = "", heading: str = "Why the route matters") -> str:
    body = (
        "".join(f"<p>{p}</p>" for p in paras[:2])
        + f"<h2>{heading}</h2>"
        + "".join(f"<p>{p}</p>" for p in paras[2:])
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head>{head}<title>{title} | Steppe Daily</title>"
        f"<meta property='og:site_name' content='Steppe Daily'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business</a></nav>"
        f"<article><h1>{title}</h1>{body}<p>Share this article</p></article>"
        "<footer><p>© 2024 Steppe Daily. All rights reserved.</p></footer></body></html>"
    )


META = (
    "<meta charset='utf-8'><meta name='author' content='Jane Doe'>"
    "<meta property='article:published_time' content='2024-03-03T10:45:00+05:00'>"
    "<link rel='canonical' href='https://example.org/news/border-crossing'>"
)
TITLE = "Kazakhstan opens new border crossing with China"


def test_html_page_headline_first_headings_kept_and_metadata() -> None:
    doc = clean(page(TITLE, PARAS, head=META).encode(), "page.html", url="https://example.org/x?utm=1")
    parts = doc.text.split("\n\n")
    assert parts[0] == TITLE == doc.title
    assert parts[1] == PARAS[0]
    assert "Why the route matters" in parts
    assert parts[-1] == PARAS[-1]
    assert "Share this article" not in doc.text and "©" not in doc.text and "Business" not in doc.text
    assert doc.published == "2024-03-03"
    assert doc.author == "Jane Doe"
    assert doc.url == "https://example.org/news/border-crossing"
    assert doc.site == "Steppe Daily"
    assert doc.language == "en"
    assert doc.input_format == "html"


RU_PARAS = [
    "АСТАНА - Казахстан и Китай открыли новый автомобильный пункт пропуска в воскресенье, сообщили в "
    "министерстве транспорта, и ожидают, что грузопоток по восточному маршруту удвоится за три года.",
    "Пункт пропуска расположен на участке границы, где грузовики прошлой зимой ждали своей очереди по "
    "несколько суток, а после второго этапа он будет принимать сотни машин в день.",
    "Торговцы обеих стран давно жаловались на очереди на старых переходах, которые строились для гораздо "
    "меньшего потока и которые нельзя быстро расширить.",
    "В ведомстве отметили, что таможенники двух стран будут работать в одной зоне досмотра, и проверка "
    "займет меньше часа.",
]
RU_TITLE = "Казахстан и Китай открыли новый пункт пропуска"


def test_cp1251_page_with_meta_charset() -> None:
    html = page(
        RU_TITLE,
        RU_PARAS,
        head="<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>",
        heading="Почему это важно",
    )
    doc = clean(html.encode("cp1251"), "ru.html")
    assert doc.title == RU_TITLE
    assert RU_PARAS[0] in doc.text and "Почему это важно" in doc.text
    assert doc.language == "ru"


def test_undeclared_koi8r_and_cp1251_pages_are_detected() -> None:
    html = page(RU_TITLE, RU_PARAS, heading="Почему это важно")
    for enc in ("koi8_r", "cp1251"):
        decoded = decode_bytes(html.encode(enc))
        assert decoded.encoding == enc
        assert clean(html.encode(enc), "ru.html").title == RU_TITLE


def test_content_type_header_charset_and_gzip() -> None:
    html = page(RU_TITLE, RU_PARAS, heading="Почему это важно")
    data = gzip.compress(html.encode("cp1251"))
    doc = clean(data, "ru.html.gz", content_type="text/html; charset=windows-1251")
    assert RU_PARAS[-1] in doc.text


def test_mixed_encodings_are_repaired_with_a_warning() -> None:
    text = "\n\n".join(RU_PARAS)
    data = text.encode("utf-8") + b"\n\n" + "Заключительный абзац статьи о новом переходе.".encode("cp1251")
    decoded = decode_bytes(data, source="mixed.txt")
    assert decoded.warnings and "mixed encodings" in decoded.warnings[0]
    assert decoded.text.endswith("Заключительный абзац статьи о новом переходе.")
    assert clean(data, "mixed.txt").language == "ru"


def test_bom_utf16_text() -> None:
    text = "\n\n".join(PARAS)
    doc = clean(text.encode("utf-16"), "utf16.txt")
    assert doc.text.startswith("ALMATY")


def test_html_detection() -> None:
    assert looks_like_html("<!doctype html><html><body>x</body></html>")
    assert looks_like_html("whatever", content_type="text/html; charset=utf-8")
    assert not looks_like_html("Trade rose 5% as a <b>record</b> was set.")
    assert not looks_like_html("<html>", content_type="text/plain")


def test_visible_text_baseline() -> None:
    html = "<html><head><script>var a=1;</script><style>p{}</style></head><body><p>One</p><p>Two &amp; three</p></body></html>"
    assert visible_text(html) == "One\nTwo & three"


def test_no_date_is_invented_from_copyright_or_month_only_url() -> None:
    html = page(TITLE, PARAS)  # footer says "© 2024" but the page states no publication date
    assert clean(html, "x.html").published is None
    assert clean(html, "x.html", url="https://example.org/2019/11/story").published is None
    assert clean(html, "x.html", url="https://example.org/2019/11/18/story").published == "2019-11-18"
