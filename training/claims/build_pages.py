"""Write training/claims/pages.jsonl: sentences of public news pages with the claims an analyst would file.

Each record: the page's URL, its language, an excerpt (a few sentences quoted from the page as the search tool's
`pages` corpus stores it) and the figures in it, each with the entity ids that are right as its subject under
the dev guideline's conventions (../shared/corpus/dev/NOTES.md: trade figures are the great power's, a
total received is the receiver's, a part of a work is the work's, a share labelled with a name is that name's,
remittances are the receiving state's); `subject: []` where the text names no one the figure is about (the
reader should then give no confident subject). Every page is checked with ../shared/eval/blocked.py before it is
written; none is from the dev or validation sets. pages_unseen.py holds pages added to check the rules on
articles they were not written from (found after the rules above were tuned). The labels are this project's own; the excerpts stay the
publishers' (quoted for evaluation with their URLs).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
sys.path.insert(0, str(SHARED / "eval"))

import blocked  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pages_extra  # noqa: E402
import pages_groups  # noqa: E402
import pages_unseen  # noqa: E402
from pages_extra import c  # noqa: E402  (one figure of a page: value, unit, the subjects counted right)

CKU = ["project:china-kyrgyzstan-uzbekistan-railway"]
KASHAGAN = ["place:kashagan-field", "project:kashagan"]


PAGES: list[dict[str, object]] = [
    {
        "url": "https://www.silkway.news/kyrgyzstan-construction-of-railway-151811",
        "language": "en",
        "text": "In Kyrgyzstan, full -scale construction work began throughout the international railway “China – Kyrgyz "
        "-Uzbekistan.”\nas specified, the total length of the section of the railway in Kyrgyzstan exceeds 304 km.\n"
        "The total project cost is estimated at $ 4.7 billion. At the same time, about 40 % of the route will pass "
        "through complex engineering structures – the construction of 27 tunnels and 41 bridges is planned.",
        "claims": [c(304, "km", *CKU), c(4.7e9, "USD", *CKU), c(27, "tunnels", *CKU), c(41, "bridges", *CKU)],
    },
    {
        "url": "https://qazinform.com/news/china-leads-in-uzbekistans-foreign-investment-share-in-2024-3de972",
        "language": "en",
        "text": "China leads in Uzbekistan’s foreign investment share in 2024\nAccording to data from the National "
        "Statistics Committee, foreign investments and loans disbursed in 2024 amounted to $27.7 billion, UzA reports.\n"
        "China accounted for the largest share of this total, with 28.7% of all foreign investments and loans "
        "directed into fixed assets. Russia ranked second with 12.7%, followed by Türkiye (7%), Germany (5.1%), "
        "Saudi Arabia (4.8%), and the United Kingdom (3.8%).",
        "claims": [
            c(27.7e9, "USD", "country:UZB"),
            c(28.7, "%", "country:CHN"),
            c(12.7, "%", "country:RUS"),
            c(7, "%", "country:TUR"),
            c(5.1, "%", "country:DEU"),
            c(4.8, "%", "country:SAU"),
            c(3.8, "%", "country:GBR"),
        ],
    },
    {
        "url": "https://en.vestikavkaza.ru/amp/179925",
        "language": "en",
        "text": "Russia and Uzbekistan are developing investment cooperation. Russian investments in Uzbek economy last "
        "year totaled $4.8 billion, according to media reports.\nAccording to Uzbek authorities, China leads with "
        "$15.5 billion invested in the Uzbek economy, while Russia is the second-largest investor.\nThe total "
        "influx of foreign investment into the country exceeded $43 billion.\nThis follows recent reports that "
        "Uzbekistan's GDP surpassed $145 billion for the first time last year.",
        "claims": [
            c(4.8e9, "USD", "country:RUS"),
            c(15.5e9, "USD", "country:CHN"),
            c(43e9, "USD", "country:UZB"),
            c(145e9, "USD", "country:UZB"),
        ],
    },
    {
        "url": "https://turkmenportal.com/blog/62887/turkmenistan-narastil-eksport-prirodnogo-gaza-v-knr-bolee-chem-na-20",
        "language": "ru",
        "text": "В марте 2023 года Туркменистан поставил в КНР примерно около 2,9 млрд куб. м природного газа, серьезно "
        "нарастив объемы экспорта по этому направлению.\nКак отмечает Trend, объем поставок туркменского газа в "
        "Китай в первый месяц весны был на 20,8% больше, чем за тот же период 2022 года, когда было экспортировано "
        "2,4 млрд куб. м.\nВ настоящий момент страна поставляет газ в КНР через три магистрали, идущие через "
        "Туркменистан, Узбекистан и Казахстан; общая пропускная способность газопроводов – 55 млрд куб. м газа в год.",
        "claims": [
            c(2.9, "bcm", "country:TKM"),
            c(20.8, "%", "country:TKM"),
            c(2.4, "bcm", "country:TKM"),
            c(55, "bcm/yr", "project:central-asia-china-gas-pipeline"),
        ],
    },
    {
        "url": "https://qazinform.com/news/china-europe-transit-via-kazakhstan-to-increase-fivefold-kassym-jomart-tokayev-b23618",
        "language": "en",
        "text": "Kazakhstan accounts for 85% of all continental transportations between China and Europe.\nHe noted "
        "Kazakhstan also contributes to expanding the potential of the Trans-Caspian International Transport Route. "
        "Last year it handled 4.5 million tons of cargo that is 62% more compared to the previous year. It is "
        "planned to ship up to 10 million tons in the near future.\nAs earlier reported, China invested 27 billion "
        "US dollars in Kazakhstan’s economy. Over 6,000 enterprises with the participation of China’s capital, "
        "including giants such as CNPC, CITIC, SINOPEC, and HUAWEI, and medium-sized businesses, operate in "
        "Kazakhstan.",
        "claims": [
            c(85, "%", "country:KAZ"),
            c(4.5e6, "t", "project:middle-corridor"),
            c(62, "%", "project:middle-corridor"),
            c(10e6, "t", "project:middle-corridor"),
            c(27e9, "USD", "country:CHN"),
            c(6000, "enterprises", "country:CHN"),
        ],
    },
    {
        "url": "https://www.dearrailwaytransport.com/china-has-surpassed-russia-to-become-the-largest-trading-partner-of-the-five-central-asian-countries-kazakhstan-starts-building-a-new-railway-to-connect-the-third-railway-port-between-china-and-kazakhstan",
        "language": "en",
        "text": "According to data from the National Bureau of Statistics of Kazakhstan, in the first nine months of "
        "2023, China accounted for 21.3% of Kazakhstan’s total foreign trade (valued at US$21.7 billion). Russia's "
        "trade share reached 18.6% ($18.9 billion).\nZhang Xiao, Chinese Ambassador to Kazakhstan, said that in the "
        "first 10 months of 2023, bilateral trade volume between China and Kazakhstan reached US$32.7 billion, a "
        "year-on-year increase of 28.5%.",
        "claims": [
            c(21.3, "%", "country:CHN"),
            c(21.7e9, "USD", "country:CHN"),
            c(18.6, "%", "country:RUS"),
            c(18.9e9, "USD", "country:RUS"),
            c(32.7e9, "USD", "country:CHN"),
            c(28.5, "%", "country:CHN"),
        ],
    },
    {
        "url": "https://en.trend.az/casia/4008386.html",
        "language": "en",
        "text": "BISHKEK, Kyrgyzstan, February 21. The construction of the Kambarata -1 hydropower plant in Kyrgyzstan "
        "will be completed within 6.5 years, Kyrgyzstan's Minister of Energy, Taalaibek Ibraev, said in a local "
        "radio, Trend reports.\nHe stated that 4 billion soms ($45.7 million) have already been allocated from the "
        "state budget, and preparatory works are currently underway.\nThe minister also mentioned that the total "
        "cost of constructing the Kambarata-1 hydropower plant is estimated at $3.5 billion.\nThe HPP's planned "
        "capacity is 1,860 MW.",
        "claims": [
            c(6.5, "years", "project:kambarata-1-hpp"),
            c(4e9, "KGS", "project:kambarata-1-hpp"),
            c(45.7e6, "USD", "project:kambarata-1-hpp"),
            c(3.5e9, "USD", "project:kambarata-1-hpp"),
            c(1860, "MW", "project:kambarata-1-hpp"),
        ],
    },
    {
        "url": "https://24.kg/english/359096_Kambarata_HPP-1_Nine_donors_ready_to_invest_25_billion/",
        "language": "en",
        "text": "The World Bank is providing active support for the project: in addition to the previously allocated $5 "
        "million, it added another $13.6 million and is also considering allocating up to $1.5 billion for the main "
        "construction works.\nNine other international donors have expressed strong interest and are ready to invest "
        "about $2.5 billion in the project.",
        "claims": [
            c(5e6, "USD", "org:world-bank"),
            c(13.6e6, "USD", "org:world-bank"),
            c(1.5e9, "USD", "org:world-bank"),
            c(2.5e9, "USD"),
        ],
    },
    {
        "url": "https://nur-news.net/obrazovanie/item/168029-tovarooborot-mezhdu-kazahstanom-i-kitaem-dostig-31-mlrd-dollarov",
        "language": "ru",
        "text": "Общий приток инвестиций из Китая с 2005 года достиг почти 25 млрд долларов, передает Liter.kz.\nВ "
        "пресс-службе премьера отмечают, что Китай является крупным внешнеторговым партнёром Казахстана. По итогам "
        "прошлого года двусторонний товарооборот составил 31,5 млрд долларов. На долю Синьцзяна приходится 20,3 млрд "
        "долларов.\nЗа девять месяцев прошлого года объём прямых китайских инвестиций вырос на 37%.",
        "claims": [
            c(25e9, "USD", "country:CHN"),
            c(31.5e9, "USD", "country:CHN"),
            c(20.3e9, "USD", "place:xinjiang"),
            c(37, "%", "country:CHN"),
        ],
    },
    {
        "url": "https://uza.uz/de/posts/usbekistan-ist-bereit-eine-effektive-und-zuverlassige-plattform-fur-die-deutsche-wirtschaft-zu-werden_479955",
        "language": "de",
        "text": "Dank der zwischen den beiden Staaten vereinbarten Meistbegünstigung hat sich der bilaterale Handel in den "
        "letzten sechs Jahren (2016-2022) mehr als verdoppelt - von 529,1 Mio. USD auf 1,16 Mrd. USD. Dies entspricht "
        "mehr als 26 % des gesamten Handels Usbekistans mit der EU (4,4 Mrd. USD).\nDas Volumen der deutschen "
        "Investitionen in die Wirtschaft Usbekistans erreichte 5,5 Milliarden Dollar.\nDer Gesamtbetrag der "
        "finanziellen und technischen Hilfe aus Deutschland für die Durchführung von vorrangigen Projekten in "
        "Usbekistan beläuft sich auf 656,5 Millionen Euro.",
        "claims": [
            c(1.16e9, "USD", "country:DEU"),
            c(26, "%", "country:DEU"),
            c(4.4e9, "USD", "org:eu"),
            c(5.5e9, "USD", "country:DEU"),
            c(656.5e6, "EUR", "country:DEU"),
        ],
    },
    {
        "url": "https://www.businessinsider.de/deutsche-wirtschaft-setzt-auf-stark-steigenden-handel-mit-usbekistan-7045267",
        "language": "de",
        "text": "Berlin (Reuters) - Deutschland und Usbekistan wollen die wirtschaftliche Zusammenarbeit erheblich "
        "ausbauen.\nDer usbekische Präsident Shawkat Mirsijojew spach vor einem Treffen mit Kanzlerin Angela Merkel "
        "am Montag in Berlin von geplanten Milliarden-Investitionen in seinem Land. Nach Angaben des "
        "Ostausschuss-Osteuropavereins der deutschen Wirtschaft hat der Handel mit dem zentralasiatischen Land in den "
        "ersten zehn Monaten 2018 um 15,7 Prozent zugelegt. Vergangenes Jahr lag er bei mehr als 500 Millionen Euro.",
        "claims": [c(15.7, "%", "country:DEU"), c(500e6, "EUR", "country:DEU")],
    },
    {
        "url": "https://tengele.com/news/a26b498b-9746-4f67-8b17-f1487215ebe3/migrant-money-from-russia-supports-central-asia",
        "language": "en",
        "text": "Last year, Kyrgyzstan received a record $3 billion in remittances, representing 25% of its GDP, while "
        "Tajikistan received $6 billion (almost half its GDP), and Uzbekistan received $14.8 billion (14% of its "
        "GDP).",
        "claims": [
            c(3e9, "USD", "country:KGZ"),
            c(25, "%", "country:KGZ"),
            c(6e9, "USD", "country:TJK"),
            c(14.8e9, "USD", "country:UZB"),
            c(14, "%", "country:UZB"),
        ],
    },
    {
        "url": "http://www.asiaplus.tj/en/news/tajikistan/economic/20190524/russian-remittances-to-central-asias-nations-rise-again",
        "language": "en",
        "text": "The scale of Kyrgyzstan and Tajikistan’s dependence on Russian remittances is clear when the sums are "
        "compared to the overall economy – 31.3 percent of GDP for Tajikistan and 32.9 percent for Kyrgyzstan, "
        "according to World Bank data.",
        "claims": [c(31.3, "%", "country:TJK"), c(32.9, "%", "country:KGZ")],
    },
    {
        "url": "http://independentnewscommentary.blogspot.com/2014/11/chevron-led-kazakh-oil-venture-tcos.html",
        "language": "en",
        "text": "Output at Chevron-led Tengizchevroil (TCO), Kazakhstan's largest oil producer, fell by 1.5 percent "
        "year-on-year in the January-September period to 19.8 million tonnes (158 million barrels), the company said "
        "on Thursday.\nChevron holds 50 percent of TCO, while Exxon Mobil owns 25 percent, Kazakh state oil company "
        "KazMunaiGas 20 percent and Lukarco, controlled by Russia's Lukoil, the remaining 5 percent.",
        "claims": [
            c(-1.5, "%", "company:tengizchevroil"),
            c(19.8e6, "t", "company:tengizchevroil"),
            c(50, "%", "company:chevron"),
            c(25, "%", "company:exxonmobil"),
            c(20, "%", "company:kazmunaygas"),
        ],
    },
    {
        "url": "https://ir.baystreet.ca/commodities/7993/Kazakhstans-Giant-Kashagan-Oilfield-to-Hit-1-Billion-Barrels-Production-Soon",
        "language": "en",
        "text": "The shareholders in the consortium include KazMunayGas with 16.88%, Eni, Shell, ExxonMobil, and "
        "TotalEnergies with 16.81% each, China’s CNPC has an 8.33% stake, and Japan’s INPEX Ltd holds the remaining "
        "7.56%.\nSince 2013, Kashagan has produced about 906 million barrels of oil and 75 billion cubic meters of "
        "gas.",
        "claims": [
            c(16.88, "%", "company:kazmunaygas"),
            c(8.33, "%", "company:cnpc"),
            c(7.56, "%", "company:inpex"),
            c(906e6, "barrels", *KASHAGAN),
            c(75, "bcm", *KASHAGAN),
        ],
    },
    {
        "url": "https://carnegieendowment.org/russia-eurasia/politika/2025/05/kazakhstan-oil-business-model",
        "language": "en",
        "text": "At the start of this year, Kazakhstan’s average daily oil production hit a record of over 2.03 million "
        "barrels per day.\nAbout $50 billion was invested in the development of Kashagan, $27 billion in "
        "Karachaganak, and almost $48 billion in the expansion of Tengiz.",
        "claims": [
            c(2.03e6, "barrels/day", "country:KAZ"),
            c(50e9, "USD", *KASHAGAN),
            c(27e9, "USD", "project:karachaganak"),
            c(48e9, "USD", "place:tengiz-field", "project:tengiz-future-growth-project"),
        ],
    },
    {
        "url": "https://afghanistanpeacecampaign.org/2025/07/30/a-trans-afghan-railway-chugs-toward-reality-with-new-agreement",
        "language": "en",
        "text": "Uzbek Deputy Transportation Minister Jasurbek Choriev, in an interview broadcast on Uzbek television, "
        "described the trans-Afghan project the country’s “second most strategically important” infrastructure "
        "project behind the China-Kyrgyzstan-Uzbekistan Railway, which broke ground last year.\nThe project will "
        "cost $4.6 billion and could take about 5 years to complete, he said.\nThe line will traverse rugged terrain "
        "and require the construction of more than 300 bridges and five tunnels – “and they’re long tunnels,” "
        "Choriev said.",
        "claims": [
            c(4.6e9, "USD", "project:trans-afghan-railway"),
            c(5, "years", "project:trans-afghan-railway"),
            c(300, "bridges", "project:trans-afghan-railway"),
            c(5, "tunnels", "project:trans-afghan-railway"),
        ],
    },
    {
        "url": "https://smi24.kz/ru/economy/ekonomika/v-kyirgyizstane-nazvali-stoimost-stroitelstva-jeleznoy-dorogi-iz-knr-v-uzbekistan-1405082/amp",
        "language": "ru",
        "text": "Строительство железной дороги «Китай – Кыргызстан – Узбекистан» обойдется примерно в 8 млрд долларов. Об "
        "этом заявил кыргызский премьер Акылбек Жапаров, передает Kaktus.media.",
        "claims": [c(8e9, "USD", *CKU)],
    },
    {
        "url": "https://news.mail.ru/politics/63812067",
        "language": "ru",
        "text": "«В прошлом году товарооборот между Россией и Казахстаном побил новый рекорд и вплотную приблизился к 30 "
        "миллиардам долларов.\nОн указал и на то, что Россия является одним из крупнейших инвесторов в Казахстан, "
        "общий объем накопленных российских капиталовложений составляет около 13 миллиардов долларов.\n«В республике "
        "действуют более 23 тысяч деловых структур с российским капиталом, с российским участием.",
        "claims": [
            c(30e9, "USD", "country:RUS"),
            c(13e9, "USD", "country:RUS"),
            c(23000, "businesses", "country:RUS"),
        ],
    },
    {
        "url": "https://optima.kr.ua/glava-minpromtorga-tovarooborot-rossii-i-uzbekistana-po-itogam-goda-sostavit-85-mlrd.html",
        "language": "ru",
        "text": "Товарооборот между Россией и Узбекистаном по итогам 2022 года может достигнуть $8,5 млрд. Об этом заявил "
        "вице-премьер, глава российского Минпромторга Денис Мантуров, написало агентство ТАСС.\nМинистр "
        "промышленности и торговли добавил, что за первые девять месяцев 2022 года товарооборот между двумя "
        "государствами увеличился до $5,3 млрд.\nТакже, по его словам, Россия — крупный инвестор в экономику "
        "Узбекистана. Объем капиталовложений российских компаний в узбекские превысил $10 млрд.",
        "claims": [
            c(8.5e9, "USD", "country:RUS"),
            c(5.3e9, "USD", "country:RUS"),
            c(10e9, "USD", "country:RUS"),
        ],
    },
    {
        "url": "https://1prime.ru/20251203/uzbekistan--865162050.html",
        "language": "ru",
        "text": "Ходжаев также отметил, что положительная динамика сохраняется, и за январь-октябрь экспорт из Узбекистана "
        'в Россию достиг 3,6 миллиарда долларов, что "делает Российскую Федерацию одним из крупнейших наших рынков '
        'по экспорту наших товаров".',
        "claims": [c(3.6e9, "USD", "country:UZB")],
    },
]


def _bare(url: str | None) -> str:
    return (url or "").split("://")[-1].removeprefix("www.").rstrip("/")


def split_of(url: str) -> str:
    """`tune` or `test`, fixed by the URL's hash: rules are tuned on one half and reported on the other."""
    return "tune" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main() -> None:
    out = ROOT / "training" / "claims" / "pages.jsonl"
    lines = []
    pages = PAGES + pages_extra.PAGES + pages_groups.PAGES + pages_unseen.PAGES
    urls = [str(p["url"]) for p in pages]
    if len(set(urls)) != len(urls):
        raise SystemExit("a page is listed twice")
    dev = {
        _bare(json.loads(x).get("url"))
        for x in (SHARED / "corpus/dev/sources.jsonl").read_text().splitlines()
        if x
    }
    for page in pages:
        if _bare(str(page["url"])) in dev:
            raise SystemExit(f"a dev article: {page['url']}")
        page["split"] = split_of(str(page["url"]))
        if blocked.is_blocked(text=str(page["text"]), url=str(page["url"])):
            raise SystemExit(f"blocked: {page['url']}")
        lines.append(json.dumps(page, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for part in ("tune", "test"):
        some = [p for p in pages if p["split"] == part]
        print(f"{part}: {len(some)} pages, {sum(len(p['claims']) for p in some)} claims")  # type: ignore[arg-type]
    print(f"{len(lines)} pages -> {out}")


if __name__ == "__main__":
    main()
