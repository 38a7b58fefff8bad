"""Labelled pages for training/claims/pages.jsonl: troop counts, counts drawn from several states, shipments.

Sentences quoted from the search tool's `pages` corpus with their URLs, labelled by build_pages.py's conventions
and three more (the lead's reading of the annotation guide): armed forces are counted in unit "troops" whatever
the word (soldiers, servicemen, peacekeepers, Kazakh "сарбаз", "әскери"); a count drawn from several states is
the organisation whose members they all are where the article names it (the CSTO); a shipment is its
exporter's, never its destination's, and a share of goods carried through a state is the transit state's.
Every page is checked with ../shared/eval/blocked.py by build_pages.py before it is written.
"""

from __future__ import annotations

from pages_extra import c

KAZ, TJK, CSTO = "country:KAZ", "country:TJK", "org:csto"

PAGES: list[dict[str, object]] = [
    {
        "url": "https://qazaqtv.com/amp/en/news/society/16550-csto-peacekeepers-to-leave-kazakhstan-today",
        "language": "en",
        "text": "CSTO peacekeepers to leave Kazakhstan today\n\nThe CSTO peacekeeping forces will begin to leave "
        "Kazakhstan today. The withdrawal of the contingent is expected to take ten days. Currently, there are about "
        "2,000 militaries from Russia, Belarus, Kyrgyzstan, Armenia and Tajikistan in the country.",
        "claims": [c(10, "days", CSTO), c(2000, "troops", CSTO)],
    },
    {
        "url": "https://sputniknews.com/20220106/csto-to-dispatch-2500-peacekeepers-to-kazakhstan-number-can-be-"
        "increased-secretary-general-says-1092073012.html",
        "language": "en",
        "text": "CSTO to Dispatch 2,500 Peacekeepers to Kazakhstan, Number Can Be Increased, Secretary-General Says\n\n"
        "MOSCOW (Sputnik) - The peacekeeping force of the Collective Security Treaty Organization (CSTO) in "
        "Kazakhstan will consist of about 2,500 people, but the... 06.01.2022, Sputnik International",
        "claims": [c(2500, "troops", CSTO), c(2500, "people", CSTO)],
    },
    {
        "url": "https://www.rbc.ua/rus/news/nazvano-ofitsialnoe-chislo-mirotvortsev-odkb-1641824977.html",
        "language": "ru",
        "text": "На сегодня в Казахстане развернута военная миссия стран-участниц Организации Договора о коллективной "
        "безопасности (ОДКБ) численностью порядка 2 000 человек. Развертывание миссии завершилось накануне.\n"
        '"На сегодняшний день - в соответствии с решением Совета коллективной безопасности - в Республике Казахстан '
        "развернуты и приступили к выполнению поставленных задач коллективные миротворческие силы ОДКБ в количестве "
        '2030 человек и 250 единиц техники", - заявил на онлайн-саммите президент Казахстана Касым-Жомарт Токаев.',
        "claims": [c(2000, "people", CSTO), c(2030, "people", CSTO)],
    },
    {
        "url": "https://asiaplus.news/en/news/tajikistan/security/20220106/tajikistan-reportedly-intends-to-send-about-"
        "200-peacekeepers-to-kazakhstan",
        "language": "en",
        "text": "Russian media reports say Tajikistan is expected to send about 200 peacekeepers to Kazakhstan.",
        "claims": [c(200, "troops", TJK)],
    },
    {
        "url": "https://www.plenglish.com/news/2022/01/06/belarus-labels-kazakhstan-events-as-a-coup-attempt/",
        "language": "en",
        "text": "The Tajik Defense Ministry assured the Russian news agency TASS that a Tajik peacekeeping battalion of 200 "
        "military personnel is ready to be deployed to Kazakhstan to provide assistance within the framework of the "
        "CSTO.\nHe added that the troops will be sent to that nation in stages and that the first 100 soldiers will "
        "arrive this Thursday.",
        "claims": [c(200, "troops", TJK), c(100, "troops", TJK)],
    },
    {
        "url": "https://almaty.tv/kz/news/obschestvo/1406-kazakstandyk-sarbazdar-shetelge-bitimgerlik-kyzmetti-"
        "oryndauga-dgiberedi",
        "language": "kk",
        "text": "Қазақстан 430 сарбазын шетелге бітімгерлік қызметті орындауға жібереді. Бүгін палаталардың бірлескен "
        "отырысы өтіп, ел Президенті Қасым-Жомарт Тоқаевтың БҰҰ миссияларына қатысу үшін Қазақстан қарулы күштерінің "
        "бітімгерлік контингентін жіберу туралы ұсынысы мақұлданды.\n– Рота құрамы 139 әскериден тұрады.",
        "claims": [c(430, "troops", KAZ), c(139, "troops", KAZ)],
    },
    {
        "url": "https://turkystan.kz/article/36459-aza-stan-biday-eksportyn-azayt-an",
        "language": "kk",
        "text": "Қазақстан бидай экспортын азайтқан\nҚазақстан 2017 жылдың қаңтар-мамыр айында 1,6 млн тонна бидай және "
        "меслин өнімін экспорттаған.\nБидайдың көп бөлігін Өзбекстан сатып алған. Бұл елге 72 млн долларға 616 мың "
        "тонна бидай тасымалданған.\nАл Қырғызстанға 17,6 млн долларға 99,1 мың тонна, Италияға 20,1 млн долларға "
        "83,9 мың тонна бидай экспортталған.",
        "claims": [
            c(1.6e6, "t", KAZ),
            c(72e6, "USD", KAZ),
            c(616000, "t", KAZ),
            c(17.6e6, "USD", KAZ),
            c(99100, "t", KAZ),
            c(20.1e6, "USD", KAZ),
            c(83900, "t", KAZ),
        ],
    },
    {
        "url": "https://halyq-uni.kz/ekonomika/42112-kazakstan-gonkong-pen-vetnamga-bidai-satady/amp",
        "language": "kk",
        "text": "2025 жылдан бастап Қазақстан Гонконг пен Вьетнамға бидай сатады\n\nҚазақстан 2025 жылы Қытай, Гонконг "
        "пен Вьетнамға бидай сатуды жоспарлап отыр.\n\nДәстүрлі нарық – Орталық Азия. Бұл жаққа 6-8 млн тонна "
        "(бидай) жіберіледі. Мысалы, Өзбекстанға барып келдім. Оларға 3,5 млн тонна жіберуге келістік. Қытайға 2 млн "
        "тонна бидай жібереміз, - деді Серік Жұманғарин Мәжілістегі комитет отырысында.",
        "claims": [c(6e6, "t", KAZ), c(3.5e6, "t", KAZ), c(2e6, "t", KAZ)],
    },
    {
        "url": "https://caravan-info.pro/kk/aza-stan-atty-bidaj-jeksportyn-eki-ese-arttyrady-italija-negizgi-satyp-"
        "alushy-a-ajnalady",
        "language": "kk",
        "text": "АСТАНА, 7 тамыз – «Караван Инфо» ақпараттық агенттігі.2024/25 маусымында Қазақстан 580 мың тоннаға "
        "жуық қатты бидай экспорттауды жоспарлап отыр. Негізгі жеткізу орны тағы да Италия болады, ол дәстүрлі түрде "
        "осы астықтың негізгі сатып алушысы болып қала береді.\nАғымдағы маусымның алғашқы он айында Италияға 400 мың "
        "тоннаға жуық бидай жөнелтілді, бұл өткен жылғы деңгейден (осы кезеңдегі 317 мың тонна) айтарлықтай жоғары.",
        "claims": [c(580000, "t", KAZ), c(400000, "t", KAZ), c(317000, "t", KAZ)],
    },
    {
        "url": "https://en.trend.az/business/4057288.html",
        "language": "en",
        "text": "ASTANA, Kazakhstan, June 16. More than 80% of overland freight from China to Europe now transits through "
        "Kazakhstan, First Deputy Prime Minister Roman Sklyar said during the opening of the China–Central Asia "
        "Industrial and Investment Forum, Trend reports.",
        "claims": [c(80, "%", KAZ)],
    },
    {
        "url": "https://timesca.com/tag/eurasian-transport-network/",
        "language": "en",
        "text": "Kazakhstan: The Key Link Connecting China and Europe\nChina is one of Kazakhstan’s key partners, "
        "particularly in the development of its transit potential, with Kazakhstan serving as a strategic gateway for "
        "goods moving from China to the Eurasian Economic Union, Central Asia, and the European Union. Today, more "
        "than 80% of freight transported by rail between China and Europe transits through Kazakhstan.",
        "claims": [c(80, "%", KAZ)],
    },
    {
        "url": "https://tass.ru/ekonomika/24930479",
        "language": "ru",
        "text": "ПЕКИН, 2 сентября. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев заявил, что в 2025 году пропускная "
        "способность транзитного коридора Китай - Европа по территории республики возрастет в пять раз.\n"
        '"Казахстан как близкий сосед и надежный партнер полностью поддерживает и принимает активное участие в '
        'реализации глобальной инициативы председателя Си Цзиньпина "Один пояс, один путь". На долю нашей страны '
        "приходится 85% всех континентальных перевозок между Китаем и Европой.",
        "claims": [c(85, "%", KAZ)],
    },
    {
        "url": "https://vestikavkaza.ru/news/32064.html",
        "language": "ru",
        "text": '"Пакет документов по формированию коллективных миротворческих сил (КМС) ратифицирован всеми '
        'государствами и определен их качественный и количественный состав", - сказал он.\nПо его словам, в состав '
        "КМС войдут около 3,5 тысячи военнослужащих и более 500 представителей правоохранительных органов "
        "организации.\nВ состав ОДКБ входят Армения, Белоруссия, Казахстан, Киргизия, Россия, Таджикистан и "
        "Узбекистан.",
        "claims": [c(3500, "troops", CSTO)],
    },
]
