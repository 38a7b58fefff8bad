"""More labelled pages for training/claims/pages.jsonl (public news pages outside dev and validation).

Sentences quoted from the search tool's `pages` corpus with their URLs, labelled by build_pages.py's conventions
(../shared/corpus/ANNOTATION.md and dev/NOTES.md): trade figures are the great power's (subject) with the Central
Asian side as object; a total received is the receiver's; a state's total external debt is the debtor's and a debt
owed to a lender is the lender's; a part of a work is the work's; a share labelled with a name is that name's.
Where the guideline leaves two readings open (a bilateral deal of two states, a loan "received"), both ids are
listed as right. Every page is checked with ../shared/eval/blocked.py by build_pages.py before it is written.
"""

from __future__ import annotations

CHN, KAZ, UZB, KGZ, TJK, TKM, RUS, TUR = (
    "country:CHN", "country:KAZ", "country:UZB", "country:KGZ", "country:TJK", "country:TKM", "country:RUS",
    "country:TUR",
)  # fmt: skip
ADB, WB, EXIM, EU, EIB = "org:adb", "org:world-bank", "org:china-exim-bank", "org:eu", "org:eib"
MC = "project:middle-corridor"
ROGUN = "project:rogun-dam"
KAP = "company:kazatomprom"
CACGP = "project:central-asia-china-gas-pipeline"
UZNPP = "project:uzbekistan-nuclear-power-plant-jizzakh"
CKU = "project:china-kyrgyzstan-uzbekistan-railway"
ZHANATAS = "project:zhanatas-wind-farm"
AIIB, EBRD, GAZPROM = "org:aiib", "org:ebrd", "company:gazprom"
TAPI, KAMB, JPN, KOR = "project:tapi-gas-pipeline", "project:kambarata-1-hpp", "country:JPN", "country:KOR"


def c(value: float, unit: str, *subject: str) -> dict[str, object]:
    """Return one figure of a page: its value, unit and the subjects counted right (shared by build_pages.py)."""
    return {"value": value, "unit": unit, "subject": list(subject)}


PAGES: list[dict[str, object]] = [
    {
        "url": "https://astanatimes.com/2025/01/kazakhstan-ranks-first-among-chinas-central-asian-trade-partners-in-2024/",
        "language": "en",
        "text": "ASTANA – Kazakhstan ranked first among China’s trade partners in Central Asia in 2024, with trade "
        "turnover reaching $43.82 billion, Kazinform reported on Jan. 23, citing the Chinese General Administration "
        "of Customs.\n\nThe Kyrgyz Republic followed with $22.71 billion, Uzbekistan ranked third with $13.78 billion, "
        "Turkmenistan placed fourth with $10.65 billion, and Tajikistan came fifth with $3.86 billion.\n\nChina’s "
        "overall trade with Central Asia totaled $94.82 billion in 2024, up from $89.4 billion in 2023. Globally, "
        "China’s trade volume reached $6.16 trillion last year.",
        "claims": [
            c(43.82e9, "USD", CHN),
            c(22.71e9, "USD", CHN),
            c(13.78e9, "USD", CHN),
            c(10.65e9, "USD", CHN),
            c(3.86e9, "USD", CHN),
            c(94.82e9, "USD", CHN),
            c(89.4e9, "USD", CHN),
            c(6.16e12, "USD", CHN),
        ],
    },
    {
        "url": "https://nh-logistics.com/our-news/news/historic-high-is-hit-by-kazakh-chinese-trade-turnover/",
        "language": "en",
        "text": "Historic high is hit by Kazakh-Chinese trade turnover\n\nAccording to the press service of the Kazakh "
        "embassy in China cited by Kazinform, the total volume of Kazakh-China trade turnover attained $31.2bn in 2022. "
        "The country’s General Customs Administration issued statistics showing that a 133.7% growth in Kazakh exports "
        "of agricultural products, 58% rise in exports of raw energy products, and 25.2% increase in chemicals exports, "
        "according to the China’s foreign trade, made a 23.6% increase in Kazakh-Chinese mutual trade possible. The "
        "achievement of the agreement on increasing trade turnover to up to $35bn by 2030 that the two countries’ Heads "
        "of State signed is on the path towards being attained earlier than planned given the upward trend in mutual "
        "trade.",
        "claims": [
            c(31.2e9, "USD", CHN),
            c(133.7, "%", KAZ),
            c(58, "%", KAZ),
            c(25.2, "%", KAZ),
            c(23.6, "%", CHN),
            c(35e9, "USD", CHN),
        ],
    },
    {
        "url": "https://qazinform.com/news/china-central-asia-trade-hits-all-time-high-in-january-may-2025-37c692",
        "language": "en",
        "text": "In January-May this year, China’s imports and exports with the Central Asian nations – Kazakhstan, "
        "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan – rose 10% on-year, reaching a new record of 39.8 billion "
        "US dollars.\n\nIn 2024, the China-Central Asia trade turnover was more than three times of the 2014 figure, "
        "hitting 94.8 billion US dollars.\n\nAccording to Liu Huaqin, professor at the Institute of Europe and Eurasia "
        "of the Chinese Academy of International Trade and Economic Cooperation, Kazakhstan is the largest trade "
        "partner of China in Central Asia, as both nations traded goods worth 43.82 billion US dollars last year.",
        "claims": [c(10, "%", CHN), c(39.8e9, "USD", CHN), c(94.8e9, "USD", CHN), c(43.82e9, "USD", CHN)],
    },
    {
        "url": "https://menafn.com/1106993905/Kazakhstan-China-Eye-Boosting-Bilateral-Trade-By-2030",
        "language": "en",
        "text": "ASTANA, Kazakhstan, September 1. The trade turnover between Kazakhstan and China reached a record high "
        "last year, Trend reports.\nThe issue was discussed at the meeting between Kazakhstan's Prime Minister Alikhan "
        "Smailov and Chinese Ambassador to the country Zhang Xiao.\nThus, last year, the bilateral trade turnover "
        "increased by 34 percent and reached a record figure of $24 billion. Over the first half of 2023, the same "
        "index has already grown by 20 percent and amounted to $13.6 billion. At the same time, work continues to "
        "bring the volume of bilateral trade to $35 billion by 2030.",
        "claims": [
            c(34, "%", CHN),
            c(24e9, "USD", CHN),
            c(20, "%", CHN),
            c(13.6e9, "USD", CHN),
            c(35e9, "USD", CHN),
        ],
    },
    {
        "url": "https://en.trend.az/casia/kazakhstan/3812743.html",
        "language": "en",
        "text": "ASTANA, Kazakhstan, October 17. The implementation of 52 joint projects with an investment volume of "
        "$21 billion continues between Kazakhstan and China, said President of Kazakhstan Kassym-Jomart Tokayev during "
        "a meeting with Chinese President Xi Jinping in Beijing, Trend reports.\nIn 2022, Kazakhstan’s trade turnover "
        "with China amounted to $24.1 billion, which is 34.1 percent more than a year earlier.\nExports from Kazakhstan "
        "increased over the year by 34.7 percent, to $13.2 billion.\nThe share of Kazakhstan's exports to China "
        "accounted for a significant 15.6 percent of the country's total trade turnover.\nImports from China to "
        "Kazakhstan grew by 33.5 percent over the year, to $11 billion.\nChina's share in the structure of imports of "
        "the Republic of Kazakhstan amounted to 21.9 percent.",
        "claims": [
            c(21e9, "USD", CHN, KAZ),
            c(24.1e9, "USD", CHN),
            c(34.1, "%", CHN),
            c(34.7, "%", KAZ),
            c(13.2e9, "USD", KAZ),
            c(15.6, "%", KAZ),
            c(33.5, "%", CHN, KAZ),
            c(11e9, "USD", CHN, KAZ),
            c(21.9, "%", CHN),
        ],
    },
    {
        "url": "https://orasam.manas.edu.kg/index.php/ru/strany/kazakistan-ru-2/1060-kitaj-i-kazakhstan-khotyat-uvelichit-tovarooborot-do-20-mlrd",
        "language": "ru",
        "text": "Высокая динамика роста товарооборота, которая наблюдается в 2018 году, позволит достичь задачи, "
        "поставленной главами Китая и Казахстана — довести объем товарооборота до $ 20 млрд.\n\nМамин подчеркнул, что "
        "Китай является одним из основных торговых партнеров Казахстана. Внешнеторговый оборот между странами в 2017 "
        "году увеличился более чем на 30%.",
        "claims": [c(20e9, "USD", CHN), c(30, "%", CHN)],
    },
    {
        "url": "https://www.tgoop.com/KzPulse/4015",
        "language": "ru",
        "text": "Товарооборот между Казахстаном и КНР за 2022 год может стать рекордным\nУже в январе-ноябре 2022 г "
        "товарооборот между двумя странами вырос на 28% и составил $28,2 млрд, заявил Чрезвычайный и Полномочный посол "
        "КНР в РК Чжан Сяо на приеме по случаю Нового года по лунному календарю.",
        "claims": [c(28, "%", CHN), c(28.2e9, "USD", CHN)],
    },
    {
        "url": "https://qazaqtv.com/ru/news/business/10016-5-mlrd-dollarov-sostavil-tovarooborot-mezhdu-rk-i-kitaem",
        "language": "ru",
        "text": "5 млрд долларов составил товарооборот между Казахстаном и Китаем\n\n5-ти миллиардов долларов достиг "
        "товарооборот между Казахстаном и Китаем. И это только за первые 4 месяца. Рост, по сравнению с аналогичным "
        "периодом прошлого года, составил 10 процентов. Такие данные озвучил директор Института мировой экономики и "
        "политики при Фонде Нурсултана Назарбаева Ержан Салтыбаев. Он отметил, что сегодня Поднебесная – второй "
        "крупнейший торговый партнер нашей республики и, кстати, один из важнейших инвесторов. За последние 12 лет "
        "китайские бизнесмены инвестировали в Казахстан порядка 19 млрд в американской валюте.",
        "claims": [c(5e9, "USD", CHN), c(10, "%", CHN), c(19e9, "USD", CHN)],
    },
    {
        "url": "https://fbdza.eu/veranstaltung/deutschland/nachrichten/china-bereitet-sich-darauf-vor-russland-im-handel-mit-kasachstan-zu-ueberholen/",
        "language": "de",
        "text": "Kürzlich äußerte der Präsident Kasachstans, Kassym-Jomart Tokayev, bei einem Treffen mit Xi Jinping "
        "seine Absicht, den Handel mit China bis 2030 auf 40 Milliarden US-Dollar zu steigern.\nNach Angaben des "
        "kasachischen Statistikamtes wuchs der Handel zwischen China und Kasachstan im vergangenen Jahr um ein Drittel "
        "auf fast 24 Milliarden US-Dollar, was nur 2 Milliarden US-Dollar weniger ist als der Handel mit Russland.",
        "claims": [c(40e9, "USD", CHN), c(24e9, "USD", CHN)],
    },
    {
        "url": "https://derinformant.com/2024/11/chinesische-investitionen-in-kasachstan-intensivieren-sich-mit-neuen-deals-im-wert-von-25-milliarden-us-dollar",
        "language": "de",
        "text": "Bektenows Reise zielte darauf ab, die Ambitionen umzusetzen, die der kasachische Präsident "
        "Kassym-Schomart Tokajew und der chinesische Staatschef Xi Jinping bei ihrem Treffen in erklärt hatten Astana "
        "im Juli das Volumen des bilateralen Handels zu verdoppeln.\nIm Jahr 2023 erreichte das Handelsvolumen zwischen "
        "den beiden Ländern 41 Milliarden Dollar. Obwohl China mittlerweile als wichtigster Handelspartner Kasachstans "
        "gilt, hat die EU im Vergleich dazu nur knapp abgeschnitten 42,4 Milliarden Euro (ca. 46,2 Milliarden "
        "US-Dollar) im Handel im Warenverkehr mit Kasachstan im Jahr 2023.\nDarüber hinaus ist der Handel zwischen "
        "China und Kasachstan zugunsten Chinas gekippt Exporte nach Kasachstan im Wert von 24,7 Milliarden US-Dollar "
        "im Jahr 2023 und 16,4 Milliarden US-Dollar bei Importen aus Kasachstan; Der Handel Kasachstans mit der EU "
        "verläuft in die entgegengesetzte Richtung: Die EU importiert rund 30,3 Milliarden Euro (33 Milliarden "
        "US-Dollar) – hauptsächlich Öl und Gas – und exportiert nur 12,1 Milliarden Euro (13,2 Milliarden US-Dollar) "
        "nach Kasachstan.",
        "claims": [
            c(41e9, "USD", CHN),
            c(42.4e9, "EUR", EU),
            c(24.7e9, "USD", CHN),
            c(16.4e9, "USD", CHN),
            c(30.3e9, "EUR", EU),
            c(12.1e9, "EUR", EU),
        ],
    },
    {
        "url": "https://owc.de/2011/06/15/china-und-kasachstan-bauen-partnerschaft-aus/",
        "language": "de",
        "text": "Auch China baut seine Partnerschaft mit Kasachstan weiter aus und will den bilateralen Handel in den "
        "kommenden vier Jahren auf 40 Milliarden US-Dollar erhöhen und damit verdoppeln.\nDem kasachischen "
        "Kupferproduzenten Kazakhmys hat mit der China Developement Bank eine Absichtserklärung über eine Kreditlinie "
        "im Gesamtwert von 1,5 Milliarden US-Dollar unterzeichnet.",
        "claims": [c(40e9, "USD", CHN), c(1.5e9, "USD", "org:cdb")],
    },
    {
        "url": "http://german.xinhuanet.com/2015-03/30/c_134108737.htm",
        "language": "de",
        "text": "BEIJING, 28. März (Xinhuanet) -- China und Kasachstan haben am Freitag Verträge über die "
        "wirtschaftliche Zusammenarbeit mit einem Gesamtvolumen von 23,6 Milliarden US-Dollar abgeschlossen.",
        "claims": [c(23.6e9, "USD", CHN, KAZ)],
    },
    {
        "url": "http://daz.asia/blog/kasachstan-und-die-seidenstrasse/",
        "language": "de",
        "text": "Direkt am Kaspischen Meer liegt Atyrau, wo ein Mammutprojekt der Chinesischen Development Bank "
        "entsteht. Hier wird ein Chemiegaskomplex errichtet, der Anteil Chinas beträgt zwei Milliarden US-Dollar.\n\n"
        "Nicht nur bei dem fossilen Rohstoff Öl ist Kasachstan ein sogenannter „Big Player“, auch bei der Förderung und "
        "Anreicherung von Uran ist das zentralasiatische Land mit 12.000 Tonnen jährlich einer der größten Exporteure "
        "der Welt.",
        "claims": [c(2e9, "USD", CHN, "org:cdb"), c(12000, "t/yr", KAZ)],
    },
    {
        "url": "https://www.osw.waw.pl/en/publikacje/analyses/2010-05-12/unprecedented-support-asian-development-bank-uzbekistan",
        "language": "en",
        "text": "On 1-2 May, the Asian Development Bank (ADB) signed a range of agreements with Uzbekistan to provide "
        "loans totalling US$1.15 billion for infrastructure and energy projects. The award of such large amounts (from "
        "1995 to 2009, Uzbekistan received a total of around US$1 billion from the ADB) increases Tashkent’s room for "
        "manoeuvre and weakens Moscow’s, whose financial projects (such as the one-year-old Anti-Crisis Fund) cannot "
        "compete with Asian financial institutions.\n\nThe allotted funds are intended for the construction of the Uzbek section "
        "of a motorway (US$600 million) as part of the CAREC-2 corridor "
        "(China-Tajikistan-Kyrgyzstan-Uzbekistan-Turkmenistan/Kazakhstan-the Caucasus). In addition, Uzbekistan has received a loan to "
        "build a new power plant (US$350 million), develop micro-businesses (US$40 million), and for projects linked to "
        "purifying and saving water (US$150 million).",
        "claims": [
            c(1.15e9, "USD", ADB),
            c(1e9, "USD", UZB, ADB),
            c(600e6, "USD", ADB, UZB),
            c(350e6, "USD", ADB, UZB),
            c(40e6, "USD", ADB, UZB),
            c(150e6, "USD", ADB, UZB),
        ],
    },
    {
        "url": "https://menafn.com/1107790315/ADB-Updates-On-Current-Sovereign-Portfolio-In-Uzbekistan",
        "language": "en",
        "text": "TASHKENT, Uzbekistan, January 31. Asian Development Bank's (ADB) current sovereign portfolio in "
        "Uzbekistan amounted to $5.06 billion as of January 2024, Trend reports.\n\nAccording to the bank's data, ADB "
        "has committed 240 public sector loans, grants, and technical assistance to Uzbekistan worth $11.5 billion to "
        "date.\n\nMoreover, cumulative loan disbursements to Uzbekistan reach $7.69 billion, which were financed by "
        "regular and concessional ordinary capital resources, and other special funds.\n\nEarlier, ADB has approved a "
        "$240 million loan to Uzbekistan for the reconstruction of 700 kilometers of rural roads.",
        "claims": [
            c(5.06e9, "USD", ADB),
            c(11.5e9, "USD", ADB),
            c(7.69e9, "USD", ADB),
            c(240e6, "USD", ADB),
            c(700, "km", UZB),
        ],
    },
    {
        "url": "https://kz.kursiv.media/en/2022-02-04/adb-is-going-to-loan-uzbekistan-2-8-billion-for-infrastructural-projects",
        "language": "en",
        "text": "The Asian Development Bank (ADB) is planning to loan Uzbekistan about $2.8 billion over 2022-2024, "
        "according to the country’s Ministry of Investments and Foreign Trade.\n\nAs the ministry’s press service "
        "reported there are three programs of $524 million worth in total scheduled for 2022. In 2020 Uzbekistan "
        "received $162 million from the ADB to improve railroad infrastructure in the western part of the country to "
        "boost local tourism.",
        "claims": [c(2.8e9, "USD", ADB), c(524e6, "USD", ADB), c(162e6, "USD", UZB, ADB)],
    },
    {
        "url": "https://silkroadnews.org/en/news/adb-to-allocate-300-million-to-support-economic-reforms-in-uzbekistan",
        "language": "en",
        "text": "ADB to allocate $300 million to support economic reforms in Uzbekistan\n\nBeijing. June 27. "
        "Silkroadnews - The Board of Directors of the Asian Development Bank (ADB) approved a $300 million loan to "
        "improve the economic management in Uzbekistan.\nIn addition to the loan, ADB will also provide technical "
        "assistance of $1 million to strengthen the government’s capacity to implement the reforms.\nThe World Bank "
        "will also provide $500 million to co-finance the program.",
        "claims": [c(300e6, "USD", ADB), c(1e6, "USD", ADB), c(500e6, "USD", WB)],
    },
    {
        "url": "https://en.trend.az/casia/uzbekistan/3688752.html",
        "language": "en",
        "text": "BAKU, Azerbaijan, December 29. Asian Development Bank (ADB) has approved a $500 million loan to help "
        "promote food security, provide social protection for vulnerable groups, and support employment in Uzbekistan "
        "amid the COVID-19 pandemic the economic impacts of the Russia-Ukraine conflict, among other external shocks, "
        'a source at ADB told Trend.\n\n"To improve the quality of life for people who live in secondary cities of '
        "Uzbekistan, last month ADB approved a $59 million loan and $500,000 within the Integrated Urban Development "
        'Project.\n\n"To help improve food and water security in Uzbekistan, in September ADB approved a $150 '
        "million loan and a $3 million grant.",
        "claims": [
            c(500e6, "USD", ADB),
            c(59e6, "USD", ADB),
            c(500000, "USD", ADB),
            c(150e6, "USD", ADB),
            c(3e6, "USD", ADB),
        ],
    },
    {
        "url": "https://menafn.com/1109987641/Uzbekistan-Secures-USD233M-ADB-Loan-for-Key-Road-Project",
        "language": "en",
        "text": "(MENAFN) The Asian Development Bank (ADB) has greenlit a $233.1 million loan to Uzbekistan aimed at "
        "upgrading a vital section of the Central Asia Regional Economic Cooperation (CAREC) Road Corridor 2, the bank "
        "announced Thursday.\n\nUzbekistan, which became a member of the ADB in 1995, has received approximately $14.3 "
        "billion in public sector loans, grants, and technical assistance from the institution to date, the bank noted.",
        "claims": [c(233.1e6, "USD", ADB), c(14.3e9, "USD", UZB, ADB)],
    },
    {
        "url": "https://tryxyz.com/article1064--60-Million-Loan-to-Support-Water-Supply-and-Sanitation-in-Uzbekistan",
        "language": "en",
        "text": "The loan, from ADB's concessional Asian Development Fund, is the first tranche of a $300 million multi "
        "tranche financing facility (MFF) - ADB's first MFF investment program to Uzbekistan.\n“ADB has been developing "
        "a long term partnership with the Government of Uzbekistan in the water supply and sanitation sector since "
        "2000,' said Mr. Kuroda. 'ADB has provided $193.1 million in loans and $5.1 million in grants to the sector.\n"
        "ADB will provide a $60 million loan with repayment term of 32 years, including a grace period of eight years "
        "with an interest charge of 1% per year, rising to 1.5% for the balance of the term.\nADB began its operations "
        "in the Republic of Uzbekistan in 1995 and established the Uzbekistan Resident Mission in 1997. As of 31 "
        "December 2008, the country had received 29 loans worth $1.23 billion. ADB also provided $45.5 million in TA "
        "and grant assistance to Uzbekistan.",
        "claims": [
            c(300e6, "USD", ADB),
            c(193.1e6, "USD", ADB),
            c(5.1e6, "USD", ADB),
            c(60e6, "USD", ADB),
            c(1.23e9, "USD", UZB, ADB),
            c(45.5e6, "USD", ADB),
        ],
    },
    {
        "url": "https://mobile.beyazgazete.com/haber/kirgizistan-cin-den-borc-geri-odemelerinde-yardim-istedi-5503060.html",
        "language": "tr",
        "text": "Kırgızistan, Çin'den Borç Geri Ödemelerinde Yardım İstedi\nKırgızistan'ın mevcut 3 milyar 874 milyon "
        "dolarlık dış borcunun 1 milyar 794 milyon dolarlık bölümünü Çin İhracat-İthalat Bankası'na (Eximbank) olan "
        "borcu oluşturuyor.",
        "claims": [c(3.874e9, "USD", KGZ), c(1.794e9, "USD", EXIM)],
    },
    {
        "url": "https://www.gezitter.org/economics/85160_obyem_zadoljennosti_pered_eksimbankom_dostig_17_mlrd_dollarov/",
        "language": "ru",
        "text": "Из общей суммы госдолга Кыргызстана в $4,5 млрд более $3,7 млрд занимает внешний государственный "
        "долг. $1 млрд 712 млн из них КР должен Экспортно-Импортному банку Китая. Такие данные приводит Министерство "
        "финансов.\nНа втором месте среди кредиторов Кыргызстана стоит группа Всемирного банка — $649 млн, далее "
        "Азиатский Банк Развития — $563 млн. Японскому Агентству Международного сотрудничества необходимо выплатить "
        "$239 млн.\nКроме того, кредиты МВФ превысили $147 млн, Турции — $93 млн и Исламского Банка Развития — "
        "$91,4 млн.",
        "claims": [
            c(4.5e9, "USD", KGZ),
            c(3.7e9, "USD", KGZ),
            c(1.712e9, "USD", EXIM),
            c(649e6, "USD", WB),
            c(563e6, "USD", ADB),
            c(239e6, "USD", "org:jica"),
            c(147e6, "USD", "org:imf"),
            c(93e6, "USD", TUR),
            c(91.4e6, "USD", "org:isdb"),
        ],
    },
    {
        "url": "https://24.kg/english/133354_Kyrgyzstan_owes_30_percent_of_its_GDP_to_China/",
        "language": "en",
        "text": "Kyrgyzstan owes about 30 percent of its GDP to China, only Djibouti, Maldives, Congo and Tonga have a "
        "larger share.\nIt is reported that the country owes China $ 1.7 billion, although the debt did not exceed $ 10 "
        "million back in 2008.\nBeijing lends to Bishkek in exchange for participation in large projects, mainly in the "
        "energy sector, including: modernization of Bishkek Heating and Power Plant (carried out by the Chinese company "
        "TBEA for $ 386 million, allocated by the Export-Import Bank of China).\nFor comparison, Tajikistan is the "
        "second largest debtor in Central Asia. It owes China about $ 1.2 billion — almost a half of its external debt.",
        "claims": [
            c(30, "%", CHN, KGZ),
            c(1.7e9, "USD", CHN),
            c(10e6, "USD", CHN),
            c(386e6, "USD", "project:bishkek-chp-modernisation", EXIM),
            c(1.2e9, "USD", CHN),
        ],
    },
    {
        "url": "https://www.urdupoint.com/en/world/kyrgyzstan-says-negotiating-debt-restructurin-907237.html",
        "language": "en",
        "text": "Kyrgyzstan's government said Wednesday it was in talks with China to restructure nearly $2 billion in "
        "loans after having asking Beijing for debt relief in light of the coronavirus pandemic.\n\nDeputy Prime "
        'Minister Erkin Asrandiyev said that a request for debt relief earlier this month had "found understanding" '
        "from neighbouring China, whose Export-Import Bank of China owns $1.7 billion of Kyrgyzstan's roughly $4 "
        "billion in external debt.",
        "claims": [c(2e9, "USD", CHN), c(1.7e9, "USD", EXIM), c(4e9, "USD", KGZ)],
    },
    {
        "url": "https://rferl.org/China-In-Eurasia/2021/3/2",
        "language": "en",
        "text": "Kyrgyzstan’s foreign debt is reportedly as much as $5 billion and more than 40 percent of that ($1.8 "
        "billion) is owed to the Export-Import Bank of China for a series of infrastructure projects over the last "
        "decade.\nBishkek, however, is grappling with a contracting economy whose gross domestic product dropped 8.6 "
        "percent in 2020.",
        "claims": [c(5e9, "USD", KGZ), c(40, "%", EXIM), c(1.8e9, "USD", EXIM), c(8.6, "%", KGZ)],
    },
    {
        "url": "https://vibewire.com.au/?p=117612",
        "language": "en",
        "text": "Freight volumes on the Middle Corridor have grown by 63 per cent. The new figures concern the first "
        "seven months of 2024.\nAccording to the government of Kazakhstan, 2,56 million tonnes of goods were "
        "transported along the Middle Corridor between January and July of 2024. This is 63 per cent more than during "
        "the same period in 2023, when 1,57 million tonnes of goods travelled along the route.\nThroughout all of 2023, "
        "the Middle Corridor saw 2,76 million tonnes of freight be transported on its infrastructure. That number also "
        "beat the previous year by 65 per cent.",
        "claims": [
            c(63, "%", MC),
            c(2.56e6, "t", MC),
            c(1.57e6, "t", MC),
            c(2.76e6, "t", MC),
            c(65, "%", MC),
        ],
    },
    {
        "url": "https://caliber.az/en/post/adb-reports-marked-increase-in-cargo-handling-along-middle-corridor",
        "language": "en",
        "text": "ADB reports marked increase in cargo handling along Middle Corridor\nAn Asian Development Bank (ADB) "
        "report has revealed a noticeable increase in freight traffic along the Middle Corridor.\nAccording to the "
        "report, the volume of transit traffic increased by 86% year-on-year and reached 2.7 million tonnes in 2023.\n"
        "The projected volume for 2024 is 4 million tonnes.\n“The current capacity of the Middle Corridor is 5.8 "
        "million tonnes per year, which is significantly less than that of the Northern Corridor.”\nThe Middle "
        "Corridor was, until recently, considered the second-best option to the Northern Corridor for connecting Europe "
        "and Asia, boasting a potential reduction of up to 3,000 km.",
        "claims": [
            c(86, "%", MC),
            c(2.7e6, "t", MC),
            c(4e6, "t", MC),
            c(5.8e6, "t/yr", MC),
            c(3000, "km", MC),
        ],
    },
    {
        "url": "https://en.trend.az/business/transport/3868186.html",
        "language": "en",
        "text": "BAKU, Azerbaijan, February 28. The total volume of railway traffic via Trans-Caspian International "
        "Transport Route (TITR or Middle Corridor) will increase, Trend reports via the World Bank's (WB) forecasts.\n\n"
        "The development of the Middle Corridor will enable to shift up to 16 percent of railway shipments between "
        "China and Europe to the Caspian-Black Sea region by 2030.\n\nThis potential redirection of a part of railway "
        "transportation between China and Europe to the TITR is expected to boost the total volume of transportation "
        "along the railway segment by 30 percent, experts from the WB explained.\n\nLast year, 2.75 million tons of "
        "cargo passed through the Middle Corridor by rail, and this figure is expected to reach four million tons in "
        "2024.",
        "claims": [c(16, "%", MC), c(30, "%", MC), c(2.75e6, "t", MC)],
    },
    {
        "url": "https://newsbase.com/story/world-bank-approves-350mn-as-tajikistan-bids-to-fund-completion-of-6-3bn-rogun-mega-hydro-project-359222",
        "language": "en",
        "text": "The World Bank on December 17 said in a press release that it has approved a $350mn International "
        "Development Association (IDA) grant as part of the first phase of a programme to help Tajikistan finance the "
        "completion of the Rogun Hydropower Plant (HPP) Project.\nAccording to the latest assessment of the World Bank, "
        "the Rogun HPP will require $6.29bn to complete, which is to be financed by project revenues, domestic "
        "resources and development partners.\nWith a projected installed capacity of 3,780 megawatts, the hydro plant "
        "will provide Tajikistan’s 10mn people with better access to electricity. In addition, it noted, about 70% of "
        "the electricity generated by the Rogun HPP will be exported to Kazakhstan and Uzbekistan.",
        "claims": [c(350e6, "USD", WB), c(6.29e9, "USD", ROGUN), c(3780, "MW", ROGUN), c(70, "%", ROGUN)],
    },
    {
        "url": "https://en.trend.az/casia/tajikistan/4034229.html",
        "language": "en",
        "text": "The Rogun HPP, located on the Vakhsh river, is planned to include six generating units of 600 MW each. "
        "Two units are currently operational, with a third expected to be commissioned in 2025.\n\nThe plant is "
        "projected to generate electrical power for approximately 10 million consumers and facilitate the exportation "
        "of up to 70 percent of its production to the markets of Kazakhstan and Uzbekistan.",
        "claims": [c(600, "MW", ROGUN), c(70, "%", ROGUN)],
    },
    {
        "url": "http://rogun.exposed/financing",
        "language": "en",
        "text": "The Tajik authorities expect their foreign partners to support the country’s largest project to date – "
        "the 3780 MW Rogun hydropower plant. Conceived in the 1970s, as a 335-meter-high dam with 13 cubic kilometres "
        "storage reservoir, the project was supposed to become the tallest structure of its kind in the world.\nSince "
        "the project relaunch in 2006, Tajikistan has already spent USD 3.3 billion on it and still lacks at least USD "
        "6.4 billion to complete this project. Less than 25% of all construction works have been completed by the end "
        "of 2023.",
        "claims": [
            c(3780, "MW", ROGUN),
            c(3.3e9, "USD", ROGUN, TJK),
            c(6.4e9, "USD", ROGUN),
            c(25, "%", ROGUN),
        ],
    },
    {
        "url": "https://tajikistannewsgazette.com/wb-preparing-technical-assistance-to-further-improve-sustainability-of-roghun-hydro-power-project/",
        "language": "en",
        "text": "The completion of the construction of the Roghun hydropower plant is currently being financed entirely "
        "from public funds, while negotiations on attraction of financial aid from international still remain "
        "unsuccessful.\n\nThe Tajikistan Public Expenditure Review says completion of the project is estimated to "
        "require an additional US$5.1 billion in construction costs.",
        "claims": [c(5.1e9, "USD", ROGUN)],
    },
    {
        "url": "https://en.trend.az/casia/kazakhstan/3857738.html",
        "language": "en",
        "text": "ASTANA, Kazakhstan, February 6. Kazatomprom Group (KAP, the national nuclear company of Kazakhstan) "
        "plans to produce 21,000 – 22,500 tons of uranium in 2024, Trend reports.\n\nThus, the company plans to "
        "increase production compared to 2023, when 21,112 tons of uranium were produced, which is 1 percent lower "
        "than the same period in 2022 (21,227 tons).\n\nIn addition to this, Kazatomprom expects uranium sales in 2024 "
        "to be 18,000 – 18,500 tons.\n\nMeanwhile, Kazakhstan ranks second in the world in terms of proven natural "
        "uranium reserves. The depths of the Republic of Kazakhstan contain around 14 percent of all proven world "
        "reserves. The entire proven reserves of uranium in the country are expected to be more than 700,000 tons.\n\n"
        "Kazakhstan accounts for almost 40 percent of global uranium output. The country's volume of uranium "
        "production in 2021 reached 21,800 tons, while the volume in 2022 stood at 21,300 tons.",
        "claims": [
            c(21000, "t", KAP),
            c(21112, "t", KAP),
            c(21227, "t", KAP),
            c(18000, "t", KAP),
            c(14, "%", KAZ),
            c(700000, "t", KAZ),
            c(40, "%", KAZ),
            c(21800, "t", KAZ),
            c(21300, "t", KAZ),
        ],
    },
    {
        "url": "https://nedra.kz/index.php/news/kazahstan-ostaetsya-krupnejshim-proizvoditelem-urana",
        "language": "ru",
        "text": "Казахстан остается крупнейшим производителем урана:\nв 2022 году на долю страны приходилось 43% его "
        "мировой подземной добычи, тогда как на долю Канады и Намибии – 15% и 11%, согласно данным Всемирной ядерной "
        "ассоциации.\n\nРоссия по этому показателю занимает шестое место (с глобальной долей в 5%).",
        "claims": [c(43, "%", KAZ), c(15, "%", "country:CAN"), c(11, "%", "country:NAM"), c(5, "%", RUS)],
    },
    {
        "url": "https://oko-planet.su/finances/financesnews/print:page,1,512808-dobycha-urana-v-kazahstane-v-i-polugodii-sokratilas-na-1.html",
        "language": "ru",
        "text": "Крупнейший в мире производитель урана Казахстан сократил добычу этого металла за первые 6 месяцев "
        '2019 года на 1% - до 10,8 тыс тонн, согласно сообщению компании "Казатомпром".\nНа данный момент на '
        "Казахстан приходится около 40% общемирового объема производства урана.\nВ 2019 году Казахстан намерен "
        "увеличить добычу урана до 22,75 - 22,8 тыс тонн в 2019 году по сравнению с 21,705 тыс тонн в 2018 году.\n"
        'Госфонд Казахстана Самрук-Казына владеет 85,08% акций "Казатомпрома".',
        "claims": [
            c(10800, "t", KAZ),
            c(40, "%", KAZ),
            c(22750, "t", KAZ),
            c(21705, "t", KAZ),
            c(85.08, "%", "company:samruk-kazyna"),
        ],
    },
    {
        "url": "http://samanyoluhaber.com/dunya/uranyum-uretiminde-dunya-lideri/732419",
        "language": "tr",
        "text": "Kazakistan Atom Enerjisi Kurumu (Kazatomprom) tarafından yapılan açıklamada, 2011 yılında "
        "Kazakistan'da 19 bin 450 ton uranyum üretimi gerçekleştiği, ülkenin böylece dünya uranyum üretiminde liderliğe "
        "ulaştığı ifade edildi.\nAçıklamada 2011 yılında dünyada üretilen uranyumun yüzde 35'inin Kazakistan'da "
        "gerçekleştiği bildirildi. Kazatomprom Yönetim Kurulu Başkanı Vladimir Şkolnik, 2015 sonuna kadar uranyum "
        "üretimini 25 bin tona çıkarmayı hedeflediklerini kaydetti.",
        "claims": [c(19450, "t", KAZ), c(35, "%", KAZ), c(25000, "t", KAP, KAZ)],
    },
    {
        "url": "https://kutahyaekspres.com/turkiye-ve-ozbekistan-arasindaki-ticaret-hedefi",
        "language": "tr",
        "text": "Türkiye ve Özbekistan arasındaki ticaret hedefi. Türkiye ile Özbekistan arasındaki ticari ilişkiler, "
        "son yıllarda önemli bir ivme kazandı. İki ülke, ticaret hacmini önce 5 milyar dolara, ardından da 10 milyar "
        "dolara çıkarmayı amaçlıyor.\nTürkiye'den Özbekistan'a yapılan ihracat 2019 yılında 1,2 milyar dolar iken, 2021 "
        "yılında %59,6 artarak 1,8 milyar dolara yükseldi. 2022 yılında ise ihracat 1,9 milyar dolara ulaştı.\n"
        "Özbekistan'da 1.900 Türk firması aktif olarak faaliyet gösteriyor ve bu firmaların toplam yatırımı yaklaşık "
        "1,7 milyar dolar seviyesinde. Türk müteahhitlerinin ülkede üstlendiği projelerin toplam değeri ise 7,2 milyar "
        "dolara ulaşıyor.",
        "claims": [
            c(5e9, "USD", TUR),
            c(10e9, "USD", TUR),
            c(1.2e9, "USD", TUR),
            c(59.6, "%", TUR),
            c(1.8e9, "USD", TUR),
            c(1.9e9, "USD", TUR),
            c(1.7e9, "USD", TUR),
            c(7.2e9, "USD", TUR),
        ],
    },
    {
        "url": "https://www.haberler.com/ekonomi/turkiye-ve-ozbekistan-ekonomik-isbirligi-19233024-haberi/",
        "language": "tr",
        "text": "Türkiye ile Özbekistan ilişkileri, Özbekistan'ın mevcut ekonomik ve ticaret potansiyeli "
        '"Türkiye-Özbekistan Ekonomik İşbirliği İmkanları" toplantısında masaya yatırıldı.\nEren, bu yılın ilk '
        "yarısında iki ülke arasındaki ticaret hacminin 1,3 milyar doları aştığına işaret ederek,",
        "claims": [c(1.3e9, "USD", TUR)],
    },
    {
        "url": "https://www.mynet.com/yildirim-tikanin-ambulans-ve-mobil-arac-teslim-torenine-katildi-110104415150",
        "language": "tr",
        "text": "1991’de bağımsızlığını ilan eden Özbekistan'da ilk büyükelçilik açan ülkenin Türkiye olduğunu, son "
        "zamanda iki ülke arasındaki ilişkilerin stratejik ortaklık seviyesine ulaştığını anımsatan Yıldırım, "
        "hedeflerinin bu yıl "
        "ikili ticaret hacmini 2 milyar dolara çıkarmak olduğunu ancak bu yeterli olmadığını ve 81 milyon nüfusa sahip "
        "Türkiye ile 33 milyonluk Özbekistan arasındaki ticaret hacminin en az 5 milyar dolar olması gerektiğini "
        "vurguladı.\nYıldırım, TİKA'nın 2002-2017 yılları arasında Özbekistan’da gerçekleştirdiği projelerin toplam "
        "tutarının 24 milyon doları aştığını dile getirdi.",
        "claims": [c(2e9, "USD", TUR), c(5e9, "USD", TUR), c(24e6, "USD", "org:tika")],
    },
    {
        "url": "https://tasam.org/tr-TR/Icerik/4447/turkiye_ve_ozbekistan_arasindaki_sosyo_ekonomik_isbirligi",
        "language": "tr",
        "text": "Söz konusu tarihten bu yana, Özbekistan ve Türkiye arasındaki ilişkiler ticari-ekonomik ve mali "
        "alanlarda dinamik bir şekilde gelişmektedir.\n\n2009 yılında Türkiye'nin Özbekistan’a ihracatı 273 milyon "
        "dolar olarak gerçekleşmiştir. Özbekistan’ın Türkiye'ye ithalatı aynı yıl 413 milyon doları bulmuştur. 2007 "
        "yılında ticaret hacmi 838 milyon ABD doları şeklinde gerçekleşmiştir.",
        "claims": [c(273e6, "USD", TUR), c(413e6, "USD", UZB, TUR), c(838e6, "USD", TUR)],
    },
    {
        "url": "https://baribar.kz/235837/aza-stan-men-ytaj-arasynda-y-sauda-ajnalymy-30-zhylda-100-ese-sken",
        "language": "kk",
        "text": "Қасым-Жомарт Тоқаев Қытай Халық Республикасының төрағасы Си Цзиньпиннің Қазақстандағы сапары "
        "қарсаңында СИНЬХУА агенттігіне берген сұхбатында екі елдің арасындағы сауда айналымын 100 миллиард долларға "
        "жеткізу әбден орындауға болатын меже екенін айтты.\nҚытай Халық Республикасы сауда мен инвестиция саласында "
        "Қазақстанның жетекші серіктесі ретіндегі орнын сақтап отыр. 30 жылдан асатын қарым-қатынастың арқасында қос "
        "елдің арасындағы сауда айналымы 100 есе өсіп, 2023 жылы 41 миллиард долларға жетті. Бұл тарихи рекорд болып "
        "есептеледі. Өткен жылдың қорытындысы бойынша Қытай Қазақстандағы ірі инвесторлардың алғашқы төрттігіне енді. "
        "2023 жылы бұл ел 2 миллиард долларға жуық тікелей инвестиция салған. Жалпы Қазақстан экономикасындағы Қытай "
        "инвестициясының жиынтық көлемі 25 миллиард доллардан асты, — деді мемлекет басшысы.",
        "claims": [c(100e9, "USD", CHN), c(41e9, "USD", CHN), c(2e9, "USD", CHN), c(25e9, "USD", CHN)],
    },
    {
        "url": "https://kaz.inform.kz/news/tarihi-mezhe-kazakstan-men-kitay-arasindagi-sauda-sattik-kolem-44-mlrd-dollarga-zhett-b34966/",
        "language": "kk",
        "text": "Тарихи меже: Қазақстан мен Қытай арасындағы сауда-саттық көлемі 44 млрд долларға жетті\nҚасым-Жомарт "
        "Тоқаев атап өткендей, жаһанды жайлаған экономикалық сын-қатерлерге қарамастан елдеріміздің "
        "сауда-экономкалық байланыстары айтарлықтай дамып келеді. Мәселен, 2024 жылы екіжақты сауда-саттық көлемі 44 "
        "миллиард долларға жетті.\n— Бұл — тарихи меже. Осылайша, Қытай Қазақстанның ең ірі сауда-экономикалық "
        "серіктесі ретінде позициясын күшейтті. 2005 жылдан бері қытайлық кәсіпорындар Қазақстанға 27 миллиард "
        "доллардан астам инвестиция құйды.",
        "claims": [c(44e9, "USD", CHN), c(27e9, "USD", CHN)],
    },
    {
        "url": "https://qazaqstan.tv./news/163837",
        "language": "kk",
        "text": "Былтыр Қытай Қазақстанға шамамен 4,5 млрд доллардың тауарын кіргізген\n\nБиыл сәуірде Қытай Германияға "
        "дейін жүк тасымалдайтын жаңа теміржол бағытын ашқан еді.",
        "claims": [c(4.5e9, "USD", CHN)],
    },
    {
        "url": "https://sputniknews.uz/20260304/uzbekistan-china-biznes-forum-56078711.html",
        "language": "uz",
        "text": "Тошкентдаги Ўзбекистон–Хитой бизнес-форумида икки давлат ўртасидаги товар айирбошлашни 20 млрд "
        "долларга етказиш мақсади маълум қилинди. 2025 йилда савдо ҳажми 17,8 млрд долларни ташкил этган.\nИнвестициялар, "
        "саноат ва савдо вазири ўринбосари Илзат Касимовнинг маълум қилишича, 2025 йил якунларига кўра Ўзбекистон ва "
        "Хитой ўртасидаги товар айирбошлаш ҳажми 17,8 миллиард долларни ташкил этди. Бу ўтган йилга нисбатан 34 фоизга "
        "кўп.Маълум қилинишича, 2025 йилда Ўзбекистон иқтисодиётига 15,8 миллиард доллар миқдорида Хитой "
        "инвестициялари жалб қилинган. 2026 йилда эса бу кўрсаткични 21 миллиард долларга етказиш режалаштирилмоқда.",
        "claims": [
            c(20e9, "USD", CHN),
            c(17.8e9, "USD", CHN),
            c(34, "%", CHN),
            c(15.8e9, "USD", CHN),
            c(21e9, "USD", CHN),
        ],
    },
    {
        "url": "https://kknews.uz/oz/?p=183259",
        "language": "uz",
        "text": "O‘zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Xitoy Xalq Respublikasi Raisi Si Szinpinning "
        "taklifiga binoan davlat tashrifi bilan ushbu mamlakatda bo‘ldi.\n\nO‘zbekiston – Xitoy tashqi savdo aylanmasi "
        "2022 yilda 8,9 mlrd. dollarni tashkil etgan bo‘lsa, 2023 yilning 11 oyida bu ko‘rsatkich 12,2 mlrd. dollarga "
        "yetgan.",
        "claims": [c(8.9e9, "USD", CHN), c(12.2e9, "USD", CHN)],
    },
    {
        "url": "https://www.agro.uz/o-zbekiston-xitoy-hayot-sinovidan-o-tgan-ishonchli-hamkor",
        "language": "uz",
        "text": "O‘zbekiston savdo tovar aylanmasi bo‘yicha, 2022-yilda Xitoyga umumiy qiymati 121,1 mln dollarlik "
        "146,8 ming tonna meva-sabzavot mahsulotlari yetkazib berilgan.\nAytish kerak, Xitoy O‘zbekiston "
        "iqtisodiyotiga eng ko‘p investitsiya kiritayotgan davlatlardan biridir. O‘tgan yillar davomida xitoylik "
        "sarmoyadorlar O‘zbekiston iqtisodiyotiga qariyb 7,8 milliard dollar miqdorida investitsiya kiritgan.",
        "claims": [c(121.1e6, "USD", UZB), c(146800, "t", UZB), c(7.8e9, "USD", CHN)],
    },
    {
        "url": "https://daryo.uz/2023/03/29/abdulla-aripov-shinjon-uygur-avtonom-rayoni-partiya-kotibi-bilan-uchrashdi",
        "language": "uz",
        "text": "Xitoy O‘zbekistonning eng yirik savdo va investisiya hamkorlaridan biri hisoblanadi. O‘tgan yil "
        "yakunlariga ko‘ra ikki davlat o‘rtasidagi o‘zaro savdo aylanmasi ilk bor qariyb 9 milliard dollarni tashkil "
        "etdi.",
        "claims": [c(9e9, "USD", CHN)],
    },
    {
        "url": "http://interfax.uz/ozbekiston-va-xitoy-22-mlrd-dollardan-koproq-umumiy-qiymatga-ega-100-dan-ortiq-hujjat-imzoladi/",
        "language": "uz",
        "text": "O‘zbekiston va Xitoy O‘zbekiston Respublikasi Prezidenti Shavkat Mirziyoyevning Xitoyga ilk davlat "
        "tashrifi doirasida umumiy qiymati 22 mlrd dollardan oshadigan 105 ta hujjatni imzoladi.",
        "claims": [c(22e9, "USD", CHN, UZB)],
    },
    {
        "url": "https://de.turkishnewsworld.com/eu-investition-10-milliarden-euro-fuer-den-transkaspischen-verkehrskorridor",
        "language": "de",
        "text": "Bei dem Treffen kündigte Valdis Dombrovskis, Exekutiv-Vizepräsident der Europäischen Kommission, an, "
        "dass die auf dem Forum anwesenden europäischen und internationalen Finanzinstitutionen 10 Milliarden Euro zur "
        "Unterstützung und Investition in eine nachhaltige Verkehrsinfrastruktur in Zentralasien bereitstellen werden.\n"
        "Am ersten Tag des Forums wurden im Rahmen der insgesamt 10 Milliarden Euro bedeutende Zusagen gemacht, "
        "darunter Absichtserklärungen der Europäischen Investitionsbank (EIB) über insgesamt 1,47 Milliarden Euro mit "
        "den Regierungen von Kasachstan, Kirgisistan und Usbekistan.",
        "claims": [c(10e9, "EUR", EU, "org:european-commission"), c(1.47e9, "EUR", EIB)],
    },
    {
        "url": "https://gtai.de/de/trade/entwicklungslaender/specials/global-gateway-nimmt-in-zentralasien-gestalt-an-883210",
        "language": "de",
        "text": "Die Europäische Bank für Wiederaufbau und Entwicklung (EBRD) hat 2023 im Auftrag der EU in einer "
        "Studie das Potenzial des Transkaspischen oder Mittleren Korridors zwischen Zentralasien und Europa bewertet. "
        "Mehr als 30 potenzielle Projekte mit einem Investitionsumfang von rund 18,5 Milliarden Euro identifiziert die "
        "Studie.\nDer Studie folgte eine Investorenkonferenz im Januar 2024 in Brüssel, bei der die EU Zentralasien 10 "
        "Milliarden Euro zusagte.",
        "claims": [c(18.5e9, "EUR", MC, "org:ebrd"), c(10e9, "EUR", EU)],
    },
    {
        "url": "https://open4business.com.ua/de/tag/zentralasien",
        "language": "de",
        "text": "Im Rahmen des Global-Gateway-Programms der EU wurde ein Investitionspaket im Wert von 12 Mrd. €"
        "vorgelegt, das vier Schlüsselsektoren abdeckt:\n– Verkehr (3 Mrd. €)\n– kritische Mineralien (2,5 Mrd. EUR)\n"
        "– Wasserkraft und Klimainitiativen (6,4 Mrd. €),\n– Satelliteninternet (100 Millionen Euro).\nDarüber hinaus "
        "entwickelt die Europäische Bank für Wiederaufbau und Entwicklung ein Projektportfolio im Wert von rund 7-8 "
        "Mrd. EUR zur Förderung von Verkehr, kritischen Mineralien und erneuerbaren Energien.",
        "claims": [
            c(12e9, "EUR", EU),
            c(3e9, "EUR", EU),
            c(2.5e9, "EUR", EU),
            c(6.4e9, "EUR", EU),
            c(100e6, "EUR", EU),
            c(7e9, "EUR", "org:ebrd"),
        ],
    },
    {
        "url": "https://www.valveworldexpo.de/de/Media_News/News/Business_News-Archiv/Turkmenisch-chinesische_Gas-Pipeline_er%C3%B6ffnet",
        "language": "de",
        "text": "Eröffnet wurde die zentralasiatische Pipeline, die Gas von Turkmenistan über Kasachstan und Usbekistan "
        "nach China pumpt. Durch die neue Leitung sollen jährlich bis zu 40 Milliarden Kubikmeter Gas transportiert "
        "werden.",
        "claims": [c(40, "bcm/yr", CACGP)],
    },
    {
        "url": "http://zentralasien.ahk.de/nachrichten/einzelansicht-nachrichten/artikel/turkmenistan-erhoeht-gaslieferungen-nach-china/?cHash=24ab7fbc511558c514cf4e565c638a9f",
        "language": "de",
        "text": "Turkmenistan erhöht Gaslieferungen nach China\n\nInsgesamt exportierte Turkmenistan per Pipeline über "
        "Usbekistan und Kasachstan 16,356 Mio. Tonnen Erdgas nach China, 18,75 Prozent mehr als im ersten Halbjahr des "
        "vergangenen Jahres.\n\nDie Gas-Pipeline aus Turkmenistan nach China hat eine Gesamtlänge von 1.833 Kilometern. "
        "Im Mai berichteten chinesische Medien, dass China seit Ende 2009 204 Mrd. Kubikmeter turkmenischen Gases "
        "erworben habe.\n\nDie Pipeline von Turkmenistan nach China soll um einen vierten Strang durch Usbekistan, "
        "Tadschikistan und Kirgistan erweitert werden. So sollen die Transportkapazität auf bis zu 65 Mrd. Kubikmeter "
        "Erdgas pro Jahr erhöht werden.",
        "claims": [
            c(16.356e6, "t", TKM),
            c(18.75, "%", TKM),
            c(1833, "km", CACGP),
            c(204, "bcm", CHN, TKM),
            c(65, "bcm/yr", CACGP, "project:central-asia-china-gas-pipeline-line-d"),
        ],
    },
    {
        "url": "https://www.dasfazit.at/nachrichten/wirtschaft/10782.html",
        "language": "de",
        "text": "China schlägt vor, den Bau der Linie 4 der Gaspipeline aus Turkmenistan zu beschleunigen\nUnterdessen "
        "wird der vierte Strang der turkmenischen Gaspipeline nicht nur die geplante Lieferkapazität nach China auf 65 "
        "Milliarden Kubikmeter Gas pro Jahr erhöhen, sondern auch den Winterenergiebedarf Tadschikistans und "
        "Kirgisistans teilweise decken.",
        "claims": [c(65, "bcm/yr", CACGP, "project:central-asia-china-gas-pipeline-line-d")],
    },
    {
        "url": "http://www.klamm.de/news/neue-gas-pipeline-in-zentralasien-eroeffnet-21N1260822918396.html",
        "language": "de",
        "text": "In Zentralasien ist heute eine mehrere tausend Kilometer lange Gasleitung zwischen China und "
        "Turkmenistan feierlich in Betrieb genommen worden. Frühestens im Jahr 2012 soll die Pipeline dann ihre volle "
        "Betriebsleistung von bis zu 40 Milliarden Kubikmeter Gas pro Jahr erreichen.",
        "claims": [c(40, "bcm/yr", CACGP)],
    },
    {
        "url": "https://eadaily.com/ru/news/2024/04/27/uzbekistan-opredelilsya-kakuyu-aes-postroit-rosatom",
        "language": "ru",
        "text": "«Росатом» построит АЭС в Узбекистане. Стороны готовят контракт.\nИздание приводит его слова о том, что "
        "для строительства АЭС выбрали площадку около озера Тузкан в Джизакской области.\nПланируется, что АЭС будет "
        "состоять из двух энергоблоков с реакторами ВВЭР‑1200. Ввод в эксплуатацию запланирован на 2033 год. "
        "Предварительная цена проекта оценивается в $ 11 млрд.",
        "claims": [c(11e9, "USD", UZNPP, UZB)],
    },
    {
        "url": "https://smi24.kz/ru/economy/ekonomika/uzbekistan-letom-nachnet-stroit-maluyu-aes-sovmestno-s-rossiey-1507097",
        "language": "ru",
        "text": "Дирекция по строительству АЭС при Агентстве по атомной энергии и АО «Атомстройэкспорт» (инжиниринговый "
        "дивизион госкорпорации «Росатом») подписали контракт на сооружение в Узбекистане атомной электростанции малой "
        "мощности. Он предусматривает строительство в Джизакской области малой АЭС по российскому проекту мощностью "
        "330 МВТ.",
        "claims": [c(330, "MW", UZNPP, UZB)],
    },
    {
        "url": "https://uz.sputniknews.ru/20181025/Soglashenie-s-Rosatomom-o-stroitelstve-AES-v-Uzbekistane-vstupilo-v-silu-9802929.html",
        "language": "ru",
        "text": "ТАШКЕНТ, 25 окт – Sputnik. Соглашение между правительствами Узбекистана и России о строительстве "
        'атомной электростанции (АЭС) в республике вступило в силу.\n"Росатом" планирует построить комплекс из двух '
        'энергоблоков поколения "3+" с реакторными установками ВВЭР-1200.\nСтоимость проекта составит около 11 '
        "миллиардов долларов, а первый энергоблок должен быть запущен в 2028 году, сообщил ранее помощник президента РФ "
        "Юрий Ушаков.\nПо предварительным расчетам, АЭС будет вырабатывать до 20% действующих сегодня генерирующих "
        "мощностей в Узбекистане.",
        "claims": [c(11e9, "USD", UZNPP, UZB), c(20, "%", UZNPP, UZB)],
    },
    {
        "url": "https://tj.vesti.news/vneshnii-dolg-tadzhikistana-sostavlyaet-mlrd-dollarov-23081612373817.htm",
        "language": "ru",
        "text": "Внешний долг Таджикистана к 1 июля этого года составил 3,2 млрд долларов. Министр финансов РТ "
        "Файзиддин Каххорзода сообщил 15 августа на пресс-конференции, что в течение первого полугодия было погашено "
        "более 121 млн долларов внешнего долга.",
        "claims": [c(3.2e9, "USD", TJK), c(121e6, "USD", TJK)],
    },
    {
        "url": "https://stanradar.com/news/full/35641-dolja-kitaja-vo-vneshnem-dolge-tadzhikistana-sostavljaet-okolo-48.html?page=6",
        "language": "ru",
        "text": "Объем внешнего долга Таджикистана на начало второго полугодия составил около $2,9 млрд, сообщил "
        "министр финансов Таджикистана Файзиддин Каххорзода на пресс-конференции в Душанбе.\nДоля Китая во внешнем "
        "долге Таджикистана, по словам министра, составляет около 48%,. Эксперты посчитали, что таким образом,каждый "
        "гражданин Таджикистана сегодня должен Китаю $154\nГлава Минфина отметил, что соотношение внешнего долга "
        "Таджикистана к ВВП в настоящее время составляет 35-36%, а у некоторых стран он намного выше.",
        "claims": [c(2.9e9, "USD", TJK), c(48, "%", CHN), c(154, "USD", CHN), c(35, "%", TJK)],
    },
    {
        "url": "https://russian.eurasianet.org/%D1%82%D0%B0%D0%B4%D0%B6%D0%B8%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD-%D0%BA%D0%B0%D0%BA-%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%BE-%D0%BE%D0%B1%D0%BE%D0%B9%D0%B4%D1%83%D1%82%D1%81%D1%8F-%D0%BF%D0%BE%D0%BB%D1%83%D1%87%D0%B5%D0%BD%D0%BD%D1%8B%D0%B5-%D0%BE%D1%82-%D0%BA%D0%B8%D1%82%D0%B0%D1%8F-%D0%BA%D1%80%D0%B5%D0%B4%D0%B8%D1%82%D1%8B-0",
        "language": "ru",
        "text": "Таджикистан: как дорого обойдутся полученные от Китая кредиты?\nЧаще всего эти слова красуются на "
        "зданиях и автобусах, построенных и купленных за счет выданных Пекином кредитов и грантов.\nОдним из ярких "
        "примеров является новое здание парламента. Комплекс, который возводится там, где в советские годы "
        "располагался Центральный комитет Компартии Таджикской ССР, строится за счет гранта в размере 250 миллионов "
        "долларов.\nЕще 120 миллионов долларов были выделены Китаем на строительство новой мэрии.",
        "claims": [c(250e6, "USD", CHN), c(120e6, "USD", CHN)],
    },
    {
        "url": "https://dzen.ru/a/YtpqY3cLzRnGsvaa",
        "language": "ru",
        "text": "За кредиты Китая Таджикистан расплачивается золотом и территориями\nЦифры внешнего долга Таджикистана "
        "очень красноречивы.\nИз 3,3 миллиарда долларов, которые Таджикистан задолжал международным кредиторам по "
        "состоянию на начало 2022 года, 60 процентов — 1,98 миллиарда долларов — приходится на государственный "
        "Экспортно-импорт",
        "claims": [c(3.3e9, "USD", TJK)],
    },
    {
        "url": "https://en.trend.az/business/4037288.html",
        "language": "en",
        "text": "China-Kyrgyzstan-Uzbekistan railway project races ahead with key tunnel work\nConstruction for the "
        "China-Kyrgyzstan-Uzbekistan railway project officially began in Kyrgyzstan’s Suzak district. The project will "
        "involve three tunnels totaling over 10 kilometers. The railway, launched in December 2024, spans 532.53 "
        "kilometers and aims to improve regional connectivity.",
        "claims": [c(10, "km", CKU), c(532.53, "km", CKU)],
    },
    {
        "url": "https://azerbaijannewsgazette.com/another-document-on-china-kyrgyzstan-uzbekistan-railway-signed-in-china/",
        "language": "en",
        "text": "The total length of China — Kyrgyzstan — Uzbekistan railway will be about 454 kilometers. At least 280 "
        "kilometers of them will run through the territory of Kyrgyzstan. 18 stations, 81 large and medium bridges "
        "with a length of 26.1 kilometers, 41 tunnels (120.39 kilometers) are planned to be built. The total length of "
        "bridges and tunnels is 146.49 kilometers, which is 47 percent of the entire length of the railway.\n\n"
        "According to preliminary forecasts, reduction of the route from East Asia to the countries of the Middle East "
        "and Southern Europe will be about 900 kilometers, and the time will be reduced by 7-8 days, while the volume "
        "of cargo transportation may reach 12-15 million tons per year.",
        "claims": [
            c(454, "km", CKU),
            c(280, "km", CKU),
            c(26.1, "km", CKU),
            c(120.39, "km", CKU),
            c(146.49, "km", CKU),
            c(47, "%", CKU),
            c(900, "km", CKU),
            c(12e6, "t/yr", CKU),
        ],
    },
    {
        "url": "https://astanatimes.com/2024/10/chinese-companies-expand-presence-in-kazakhstan/",
        "language": "en",
        "text": "Jiang Yi, the chairman of China Huadian Corporation, shared updates on a $190 million, 160-megawatt "
        "combined-cycle gas plant in the Mangystau Region, with construction set to begin at the end of this year and "
        "completion expected by 2027. The company is also implementing several investment projects in renewable "
        "energy, exploring the possibility of participating in projects to modernize existing power plants in "
        "Kazakhstan.",
        "claims": [c(190e6, "USD", "company:china-huadian"), c(160, "MW", "company:china-huadian", KAZ)],
    },
    {
        "url": "https://qazinform.com/news/kazakhstan-china-to-launch-major-joint-projects-in-agriculture-energy-and-transport-ad8706",
        "language": "en",
        "text": "Another Chinese company TBEA Company Limited is implementing a large-scale energy project in Almaty "
        "region. The region will soon commission a 1000Wt power plant and a transformer plant. The region also plans "
        "to build a coal thermal power plant with a capacity of 1320MWt to supply heat to Alatau city. Investments in "
        "the project are expected to reach $3.7 billion.",
        "claims": [c(3.7e9, "USD", "company:tbea")],
    },
    {
        "url": "https://qazinform.com/news/strategic-partnerships-with-china-to-boost-kazakhstans-economic-diversification-5219d3",
        "language": "en",
        "text": "The Head of State stressed that Kazakhstan is currently implementing several strategically important "
        "projects in partnership with major Chinese companies, which are contributing to the development of mining "
        "and metallurgical sector.\nAs earlier reported, China invested 27 billion US dollars in Kazakhstan’s economy. "
        "Over 6,000 enterprises with the participation of China’s capital, including giants such as CNPC, CITIC, "
        "SINOPEC, and HUAWEI, and medium-sized businesses, operate in Kazakhstan.",
        "claims": [c(27e9, "USD", CHN), c(6000, "enterprises", CHN)],
    },
    {
        "url": "https://thediplomaticinsight.com/china-plans-kazakh-sugar-facility",
        "language": "en",
        "text": "Beijing, (TDI): Chinese state-owned CITIC Construction has announced plans to invest over $1 billion in "
        "building a sugar substitutes plant in Kazakhstan’s Almaty region, a move set to bolster the Central Asian "
        "country’s agro-industrial capabilities.\nBilateral trade between the two countries stood at $41 billion in "
        "2023, with both sides expressing aspirations to significantly expand this figure.\nOver the past 15 years, "
        "China has invested close to $25 billion in Kazakhstan, making it one of the largest",
        "claims": [c(1e9, "USD", "company:citic", CHN), c(41e9, "USD", CHN), c(25e9, "USD", CHN)],
    },
    {
        "url": "https://www.energylivenews.com/2020/10/27/eu-bank-and-partners-to-provide-95m-loan-for-100mw-wind-farm-in-kazakhstan/",
        "language": "en",
        "text": "EU bank and partners to provide $95m loan for 100MW wind farm in Kazakhstan\n\nThe construction of a "
        "100MW wind farm in Kazakhstan has secured a $95.3 million (£73.1m) loan by the European Bank for "
        "Reconstruction and Development (EBRD) and its partners.\n\nThe lender group includes the Asian "
        "Infrastructure Investment Bank, the Industrial and Commercial Bank of China and the Green Climate Fund.",
        "claims": [c(95.3e6, "USD", EBRD), c(100, "MW", KAZ, ZHANATAS)],
    },
    {
        "url": "https://www.gtreview.com/news/asia/kazakhstan-windfarm-inks-project-finance-first/",
        "language": "en",
        "text": "A wind power project in Kazakhstan has secured US$95.3mn from a syndicate of lenders, including the "
        "Asian Infrastructure Investment Bank (AIIB) and the European Bank for Reconstruction and Development (EBRD)."
        "\n\nCo-financing for the Zhanatas Wind-Power Station comes in the form of a US$34.4mn loan from the AIIB, "
        "marking the first time the multilateral development bank has backed a renewable energy project in Central "
        "Asia, and US$24.8mn from the EBRD.\n\nOther lenders include the Industrial and Commercial Bank of China "
        "(ICBC), which is providing a US$13.3mn loan, as well as the Green Climate Fund (GCF), which is supporting the "
        "project with a concessional loan of up to US$22.9mn.\n\nFunds will support the the construction and "
        "operation of the 100MW plant near the town of Zhanatas in the south of the country.",
        "claims": [
            c(95.3e6, "USD", ZHANATAS, KAZ),
            c(34.4e6, "USD", AIIB),
            c(24.8e6, "USD", EBRD),
            c(13.3e6, "USD", "company:icbc"),
            c(100, "MW", ZHANATAS),
        ],
    },
    {
        "url": "https://www.energyprojectstechnology.com/aiib-invests-in-zhanatas-wind-farm-with-first-project-in-kazakhstan/",
        "language": "en",
        "text": "The Asian Infrastructure Investment Bank (AIIB) has approved a USD46.7-million loan for the "
        "construction and operation of a 100-megawatt wind power plant in southern Kazakhstan which, when completed, "
        "will be the largest in Central Asia.\n\nThe Zhanatas wind power plant is supported by a memorandum of "
        "understanding between AIIB and the Ministry of Energy of the Republic of Kazakhstan.",
        "claims": [c(46.7e6, "USD", AIIB), c(100, "MW", ZHANATAS, KAZ)],
    },
    {
        "url": "https://businessinvestorguide.com/kazakhstan/kazakhstan-wind-farm-project-gets-e80m-ebrd-and-ctf-funding/",
        "language": "en",
        "text": "Kazakhstan wind farm: The EBRD and the Clean Technology Fund (CTF) will finance the construction, "
        "connection to the power transmission grid, commissioning and launch of a greenfield 50 MW wind power plant "
        "located at Yereymentau, in central Kazakhstan. The equivalent of €59.2m  is to be funnelled through Wind "
        "Power Yereymentau, a special-purpose vehicle incorporated in Kazakhstan, while a further €18 million of "
        "concessional financing will be provided by the  CTF. This will be Kazakhstan’s first large-scale  wind power "
        "plant  and is expected to offset 120,000 tonnes of CO2 per annum, in a country where over 70% electricity is "
        "generated by coal-fired power plants.",
        "claims": [c(50, "MW", KAZ), c(59.2e6, "EUR", EBRD), c(70, "%", KAZ)],
    },
    {
        "url": "https://tass.com/economy/1052245",
        "language": "en",
        "text": "BISHKEK, April 5. /TASS/. Kyrgyzstan’s government hopes to bring the annual trade turnover with Russia "
        "to $2 bln, Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev said at a Cabinet meeting in Bishkek on Friday.\n\n"
        '"The volume of trade with Russia reached $1.6 bln [in 2018], growing by $56 mln, while the volume of direct '
        'investment from Russia amounted $123 mln ensuring a 25-percent growth."\n\nAbylgaziev noted that Kyrgyzstan '
        "was cooperating most successfully with Russia’s Gazprom energy giant, which invested about 16 bln rubles "
        "($245mln) in the development of the country’s gas transport infrastructure and gasified 30% of the country.",
        "claims": [
            c(2e9, "USD", RUS),
            c(1.6e9, "USD", RUS),
            c(56e6, "USD", RUS),
            c(123e6, "USD", RUS),
            c(16e9, "RUB", GAZPROM),
            c(245e6, "USD", GAZPROM),
            c(30, "%", GAZPROM, KGZ),
        ],
    },
    {
        "url": "https://www.themoscowtimes.com/2014/02/07/migrant-wire-transfers-account-for-half-of-tajik-gdp",
        "language": "en",
        "text": "SOCHI — Money wired home by Tajiks working in Russia accounted for half of Tajikistan's GDP in 2013, "
        "according to recent statistics.\nThe total volume of transfers from 1.1 million Tajiks working in Russia last "
        "year amounted to $3.6 billion, according to a printed press statement distributed before President Vladimir "
        "Putin's meeting with his Tajik counterpart Emomali Rahmon on Thursday.\nLast year, the figure was reported at "
        "$3.8 billion, or 47 percent of the GDP of the poor Central Asian country, which has a population of 8 "
        "million.\nRussian-Tajik bilateral trade grew 2 percent to $688 million in the first 11 months of last year, of "
        "which 85 percent came from Russian exports, the statement said.\nRussia is Tajikistan's leading trade partner, "
        "accounting for 21 percent of the landlocked country's trade, according to the statement, which put Russian "
        "investment in Tajikistan at $1.2 billion.",
        "claims": [
            c(3.6e9, "USD", TJK),
            c(3.8e9, "USD", TJK),
            c(47, "%", TJK),
            c(2, "%", RUS),
            c(688e6, "USD", RUS),
            c(85, "%", RUS),
            c(21, "%", RUS),
            c(1.2e9, "USD", RUS),
        ],
    },
    {
        "url": "https://24.kg/english/64496_Russias_assistance_to_Central_Asia_exceeds__6_billion/",
        "language": "en",
        "text": "Russia’s assistance to Central Asia exceeds $ 6 billion\n\nRussia’s assistance to Central Asia has "
        "exceeded $ 6 billion. Russian media reported with reference to the Russian Foreign Affairs Minister Sergey "
        "Lavrov.\n\nThe volume of Russian investments is about $ 20 billion. More than 7,500 Russian and joint "
        "ventures are fruitfully working in Central Asia. Only in 2013-2016, the countries of the region received more "
        "than $ 37 billion as a result of labor activity of their citizens in Russia.\n\nThe total volume of assistance "
        "to the states of Central Asia exceeded $ 6 billion. Debts of Kyrgyzstan ($ 488 million) and Uzbekistan ($ 865 "
        "million) have been written off.",
        "claims": [
            c(6e9, "USD", RUS),
            c(20e9, "USD", RUS),
            c(37e9, "USD", "place:central-asia"),
            c(488e6, "USD", KGZ, RUS),
            c(865e6, "USD", UZB, RUS),
        ],
    },
    {
        "url": "https://gazeta.kg/en/economika/168650-posol-rf-vakunov-rasskazal-kak-kyrgyzstan-i-rossija-mogut-uvelichit-tovarooborot-do-5-mlrd.html",
        "language": "en",
        "text": "The Ambassador of the Russian Federation Vakunov explained how Kyrgyzstan and Russia can increase trade "
        "turnover to $5 billion.\nOne of the key events that facilitated this interaction was the 6th Kyrgyz-Russian "
        "Business Forum, where 30 memorandums worth 270 million dollars were signed.",
        "claims": [c(5e9, "USD", RUS), c(270e6, "USD", RUS, KGZ)],
    },
    {
        "url": "http://moneystreetnews.com/tass-business-economy-gazprom-plans-investing-100-billion-rubles-in-kyrgyzstan-gas-projects/",
        "language": "en",
        "text": "MOSCOW, September 16. /TASS/. Russia’s biggest gas producer, Gazprom, plans investing in Kyrgyzstan about "
        "100 billion rubles ($1,733,371,787) to supply gas to 60% of clients throughout the country, Russia’s "
        "President Vladimir Putin said in an interview with Kyrgyzstan’s television.\nPutin pointed to the growing "
        "cooperation between Russia and Kyrgyzstan in other spheres. According to him, Russia takes 23% in "
        "Kyrgyzstan’s foreign trade, and this share is growing.",
        "claims": [c(100e9, "RUB", GAZPROM), c(60, "%", GAZPROM, KGZ), c(23, "%", RUS)],
    },
    {
        "url": "https://swiatoze.pl/temat/ebor/",
        "language": "pl",
        "text": "Według Europejskiego Banku Odbudowy i Rozwoju (EBOR) rok 2018 był kolejnym udanym okresem wspierania "
        "inwestycji w Kazachstanie. Bank przeznaczył 541 mln dolarów na 26 projektów gospodarczych w tym kraju.",
        "claims": [c(541e6, "USD", EBRD)],
    },
    {
        "url": "https://businessinvestorguide.com/turkmenistan/turkmengas-joins-tapi-gas-pipeline-consortium/",
        "language": "en",
        "text": "Turkmengas, Turkmenistan’s state-run gas company, has joined with its counterparts in Afghanistan, "
        "Pakistan, and India in a consortium that will build, own and operate the planned 1,800-kilometre "
        "Turkmenistan-Afghanistan-Pakistan-India (TAPI) natural gas pipeline. The pipeline will export up to 33 bn m³ "
        "of natural gas a year from Turkmenistan to the three countries that lie to its southeast.",
        "claims": [c(1800, "km", TAPI), c(33, "bcm/yr", TAPI)],
    },
    {
        "url": "https://naturalgasworld.com/turkmenistan-wants-tapi-construction-work-to-begin-in-2015-12214",
        "language": "en",
        "text": "Construction of TAPI gas pipeline should begin in 2015, Turkmenistan's president Gurbanguli "
        "Berdymukhamedov has demanded.\nThe 1,735-kilometer pipeline is expected to cost around $8 billion and have an "
        "annual capacity of 33 billion cubic meters of gas.",
        "claims": [c(1735, "km", TAPI), c(8e9, "USD", TAPI), c(33, "bcm/yr", TAPI)],
    },
    {
        "url": "https://buzb.uz/en/news/turkmenistan-and-pakistan-are-implementing-the-tapi-project",
        "language": "en",
        "text": "Turkmenistan and Pakistan are implementing the TAPI project\nThe cost of the TAPI project is estimated at "
        "$ 7 billion. Within the framework of the project, it is planned to supply natural gas to Afghanistan, "
        "Pakistan and India from the Turkmen Galkinish field and nearby areas.\nTAPI involves the construction of a "
        "1,680 km long gas pipeline from Turkmenistan to Afghanistan, Pakistan and India. The design capacity is 33 "
        "billion cubic meters of gas per year.",
        "claims": [c(7e9, "USD", TAPI), c(1680, "km", TAPI), c(33, "bcm/yr", TAPI)],
    },
    {
        "url": "https://sea-news.az/2018/01/25/tapi-to-allow-diversifying-turkmenistans-energy-export-routes-says-envoy",
        "language": "en",
        "text": "The TAPI pipeline will run from Galkynysh – the largest gas field in Turkmenistan – through the Afghan "
        "cities of Herat and Kandahar, and finally reach the Fazilka settlement located near the India-Pakistan "
        "border.\nAnnual capacity of the gas pipeline will be 33 billion cubic meters.\nThe total length of the TAPI "
        "pipeline will be 1,814 kilometers. A 214-kilometer section of the pipeline will run through Turkmenistan, a "
        "774-kilometer section will run through Afghanistan and an 826-kilometer section will run through Pakistan.",
        "claims": [
            c(33, "bcm/yr", TAPI),
            c(1814, "km", TAPI),
            c(214, "km", TAPI),
            c(774, "km", TAPI),
            c(826, "km", TAPI),
        ],
    },
    {
        "url": "https://daijiworld.com/news/newsDisplay?newsID=354288",
        "language": "en",
        "text": "Ashgabat, Sep 16 (IANS): The building of the long-delayed $10 billion TAPI gas pipeline will likely "
        "start in December, an official said.\n\nHaving a length of 1,735 km (1,084 mile) the construction work of "
        "the pipeline is expected to be completed in three years.\n\nIt is also expected that the pipeline will last "
        "for 30 years with a proposed annual capacity of 33 bcm of gas.\n\nTAPI pipeline will run more than 700 km "
        "across Afghanistan on its way to Pakistan and India.",
        "claims": [c(10e9, "USD", TAPI), c(1735, "km", TAPI), c(33, "bcm/yr", TAPI), c(700, "km", TAPI)],
    },
    {
        "url": "https://islamabadpost.com.pk/prospects-for-economic-cooperation-with-japan-the-republic-of-korea-and-the-uae-discussed",
        "language": "en",
        "text": "It was noted that 48 projects worth $5.6 billion are being implemented in the country together with "
        "Japanese partners in such areas as geology, chemistry and petro chemistry, banking and financial sector, "
        "healthcare and education.\n\nBilateral cooperation with the Republic of Korea has also shown positive "
        "dynamics in recent years. Since the beginning of the year, the trade turnover has reached $1 billion, 60 new "
        "enterprises have been created with participation of Korean capital and their total number has reached 855.",
        "claims": [c(5.6e9, "USD", JPN), c(1e9, "USD", KOR), c(60, "enterprises", KOR)],
    },
    {
        "url": "https://interfax.com/newsroom/top-stories/34407/",
        "language": "en",
        "text": "TASHKENT. Oct 25 (Interfax) - Uzbekistan and Japan reached agreements during Japanese Prime Minister "
        "Shinzo Abe's visit to Tashkent to implement joint investment agreements worth over $8 billion, of which Japan "
        "will contribute $5 billion, Uzbek President Islam Karimov has said.",
        "claims": [c(8e9, "USD", JPN, UZB), c(5e9, "USD", JPN)],
    },
    {
        "url": "https://m.kun.uz/en/news/2019/12/24/shavkat-mirziyoyev-uzbekistans-most-urgent-and-important-policy-goal-is-to-be-admitted-to-the-wto",
        "language": "en",
        "text": "Uzbekistan plans to carry out joint projects with Japan worth more than $6 billion aimed at fostering "
        "bilateral cooperation in such areas as power generation and agriculture, President Shavkat Mirziyoyev said "
        "recently in a written interview with the Nikkei Asian Review.\nHe said that foreign investment is expected "
        "to triple from a year earlier to $7 billion in 2019.",
        "claims": [c(6e9, "USD", JPN, UZB), c(7e9, "USD", UZB)],
    },
    {
        "url": "http://vestnikkavkaza.net/material/129290",
        "language": "en",
        "text": "Japan is ready to invest $6.5 billion in Uzbekistan. These are the results of the visit of Uzbek "
        "President Shavkat Mirziyoyev to the Land of the Rising Sun.",
        "claims": [c(6.5e9, "USD", JPN)],
    },
    {
        "url": "https://en.inform.kz/amp/kazakhstan-signs-agrt-on-kambarata-1-hpp-construction-583beb",
        "language": "en",
        "text": "Kazakhstan, Kyrgyzstan and Uzbekistan signed the agreement on cooperation in construction of the "
        "Kambarata-1 Hydro Power Plant, Kazinform News Agency reports.\n\nThe capacity of the HPP is expected to make "
        "1,860MW with the average annual output at 5.6 billion kilowatt-hours of electricity generated. Live storage "
        "capacity is 2,870,000 cubic meters. The project's preliminary estimate is over $4 billion.",
        "claims": [c(1860, "MW", KAMB), c(4e9, "USD", KAMB)],
    },
    {
        "url": "https://english.pravda.ru/news/world/22473-n/",
        "language": "en",
        "text": "According to preliminary estimates, the construction of the first Kambarat hydroelectric power plant "
        "costs 1.7-bln dollars, the second one costs 210-230 mln dollars.",
        "claims": [c(1.7e9, "USD", KAMB)],
    },
    {
        "url": "https://menafn.com/1107168198/Uzbekistan-And-EU-Countries-Significantly-Boost-Trade-Turnover-Volumes",
        "language": "en",
        "text": "BAKU, Azerbaijan, September 30. The trade exchange between Uzbekistan and EU member states reached a "
        "total of more than 2.95 billion euros from January through July 2023, the source at Eurostat, the "
        "statistical office of the European Union, told Trend .\nDuring the reporting period, the trade volume between "
        "Uzbekistan and EU countries surged by 25.75 percent in contrast to the initial 7 months of the year prior "
        "(2.35 billion euros).\nUzbekistan's exports to the EU reached nearly 423.43 million euros from January "
        "through July 2023.\nNevertheless, Uzbekistan increased its imports from EU countries by 34 percent in the "
        "initial 7 months of 2023, in contrast to the period of January through July 2022 (1.88 billion euros), "
        "reaching a total of 2.53 billion euros.\nThe trade turnover between Uzbekistan and the EU countries reached "
        "4.61 billion euros last year, which is 41 percent more than in 2021, when it amounted to 2.77 billion euros.",
        "claims": [
            c(2.95e9, "EUR", EU),
            c(25.75, "%", EU),
            c(2.35e9, "EUR", EU),
            c(423.43e6, "EUR", UZB),
            c(34, "%", UZB),
            c(2.53e9, "EUR", UZB),
            c(4.61e9, "EUR", EU),
            c(41, "%", EU),
            c(2.77e9, "EUR", EU),
        ],
    },
    {
        "url": "https://timesca.com/uzbekistan-eu-trade-reaches-5-13-billion-euros/",
        "language": "en",
        "text": "Uzbekistan-EU Trade Reaches 5.13 billion Euros\n\nIn 2023, the trade turnover between Uzbekistan and "
        "the European Union increased by 11% to 5.13 billion euros.\n\nAs reported by  EU Ambassador to Uzbekistan, "
        "Charlotte Adrian, exports from the EU to the Republic of Uzbekistan amounted to 4.35 billion euros, and "
        "imports from Uzbekistan to the EU,  780 million euros.",
        "claims": [c(11, "%", EU), c(5.13e9, "EUR", EU), c(4.35e9, "EUR", EU), c(780e6, "EUR", EU, UZB)],
    },
    {
        "url": "https://tribune.com.pk/story/2537549/uzbekistan-eu-aim-to-boost-trade-ties",
        "language": "en",
        "text": "In the year 2024, the major share of Uzbekistan's trade with EU countries was with Germany (19.1%), "
        "France (17.8%), Lithuania (9.4%), Italy (6.9%), the Czech Republic (6.8%), Poland (6%), Latvia (4.5%), the "
        "Netherlands (4.2%), Belgium (3.3%), Austria (3.3%) and Slovenia (2.8%).\nIn Uzbekistan's foreign trade, the "
        "European Union ranks third by volume of trade turnover, exports and imports, after China and Russia. In 2024, "
        "the share of EU countries in Uzbekistan's foreign trade stood at 9.7%, in exports their share was 6.3%, and "
        "in imports it was 12%. Uzbekistan's trade turnover with EU countries from 2017 to 2024 increased 2.4 times "
        "from $2.6 billion to $6.4 billion.",
        "claims": [
            c(19.1, "%", "country:DEU"),
            c(17.8, "%", "country:FRA"),
            c(9.4, "%", "country:LTU"),
            c(6.9, "%", "country:ITA"),
            c(9.7, "%", EU),
            c(6.3, "%", EU),
            c(12, "%", EU),
            c(6.4e9, "USD", EU),
        ],
    },
    {
        "url": "https://buzb.uz/en/news/uzbekistan-is-becoming-one-of-the-important-partners-of-the-european-union",
        "language": "en",
        "text": "By the end of 2023, the EU accounted for almost a tenth (9.2 per cent) of Uzbekistan’s total trade "
        "turnover, equivalent to $5.8 billion.\n\nAmong member countries of the EU, Germany is a particularly "
        "important investment and trade-economic partner for Uzbekistan. As of January 2024, more than 100 joint "
        "projects worth more than 10 billion dollars are being implemented with partners from Germany.",
        "claims": [c(9.2, "%", EU), c(5.8e9, "USD", EU), c(10e9, "USD", "country:DEU")],
    },
    {
        "url": "https://123ru.net/foreign/de/406470128",
        "language": "de",
        "text": "Mirsijojew: Usbekistan legt großen Wert auf die Steigerung des gegenseitigen Handelsvolumens mit der "
        "EAWU\nSchawkat Mirsijojew informierte die Teilnehmer der Sitzung über die Entwicklung der multilateralen "
        "Zusammenarbeit zwischen Usbekistan und der Eurasischen Wirtschaftsunion. In den vier Jahren der "
        "Zusammenarbeit als Beobachterstaat ist Usbekistans Außenhandelsvolumen mit den Unionsländern um 80 % "
        "gestiegen und belief sich Ende letzten Jahres auf 18 Milliarden US-Dollar.",
        "claims": [c(80, "%", "org:eaeu", UZB), c(18e9, "USD", "org:eaeu")],
    },
    {
        "url": "https://kz.kursiv.media/2024-06-27/zhzh-chinainvest",
        "language": "ru",
        "text": "Казахстан подписал с Китаем соглашения на $629 млн. Инвесторы будут модернизировать энергообъекты и "
        "строить завод\nКазахстан и Китай подписали 17 соглашений на $629 млн во время III межрегионального форума "
        "«Казахстан – Китай», прошедшего в Урумчи, сообщает пресс-служба правительства.",
        "claims": [c(629e6, "USD", CHN, KAZ)],
    },
    {
        "url": "https://jcement.ru/content/news/kitayskie-predprinimateli-investiruyut-v-proekty-respubliki-kazakhstan/",
        "language": "ru",
        "text": "Китайские предприниматели инвестируют в проекты республики Казахстан\n\nВ рамках форума был подписан "
        "меморандум с одной из крупных стройкомпаний Китая. Она планирует возвести в Алматинской области новый "
        "цементный завод.\n\nПервый был реализован в Кызылординском регионе. В будущее производство намерено вложить "
        "до 220 млн долларов.\n\nГендиректор China Gezhouba Group Cement Co Ltd Ян Дань: «Если всё будет в порядке, мы "
        "хотим ввести в эксплуатацию завод в начале 2026 года.",
        "claims": [c(220e6, "USD", "company:cggc", CHN)],
    },
    {
        "url": "https://energy-city.kz/?p=19246",
        "language": "ru",
        "text": "Китай вложит $12 млрд в металлургию Казахстана\n\nКитайская компания East Hope Group запускает "
        "крупнейший металлургический проект в Казахстане с объемом инвестиций в $12 миллиардов, сообщает пресс-служба "
        "Kazakh Invest.",
        "claims": [c(12e9, "USD", CHN)],
    },
    {
        "url": "https://www.faz.net/aktuell/wirtschaft/unruhen-in-kasachstan-warum-die-deutsche-wirtschaft-besorgt-ist-17721253.html",
        "language": "de",
        "text": "Kasachstan lag im Jahr 2020 auf Rang 53 der deutschen Außenhandelspartner, der Handelsumsatz betrug 3,86 "
        "Milliarden Euro. In den ersten zehn Monaten 2021 wuchsen die kasachischen Exporte nach Deutschland um knapp 47 "
        "Prozent auf drei Milliarden Euro. Die deutschen Exporte dorthin schrumpften gleichzeitig um mehr als sechs "
        "Prozent auf 1,1 Milliarden Euro.\n\nZudem zählt das Land zu den wichtigsten Rohöllieferanten Deutschlands und "
        "der EU. Nach Einschätzung von Rohstoffexperten der Commerzbank stemmt Kasachstan eine Ölförderung von 1,6 "
        "Millionen Barrel pro Tag. Laut Statistischem Bundesamt wurden in jenem Jahr 7,2 Millionen Tonnen Erdöl- und "
        "Erdgas aus Kasachstan nach Deutschland importiert.",
        "claims": [
            c(3.86e9, "EUR", "country:DEU"),
            c(47, "%", KAZ),
            c(1.1e9, "EUR", "country:DEU"),
            c(1.6e6, "barrels/day", KAZ),
            c(7.2e6, "t", "country:DEU", KAZ),
        ],
    },
    {
        "url": "https://www.onvista.de/news/2022/10-31-roundup-baerbock-setzt-auf-gruenen-wasserstoff-aus-kasachstan-10-26058817",
        "language": "de",
        "text": "ASTANA (dpa-AFX) - Außenministerin Annalena Baerbock will die Zusammenarbeit mit Kasachstan im Bereich "
        "von grünem Wasserstoff vorantreiben und so die zentralasiatische Region enger an Europa binden. Eine zentrale "
        'Rolle spiele dabei die EU-Initiative "Global Gateway".\n\nMit dieser Initiative will die EU bis zu 300 '
        "Milliarden Euro in die Infrastruktur von Schwellen- und Entwicklungsländern investieren.\n\nKasachstan mit "
        "seinen nur 19 Millionen Einwohnern ist das neuntgrößte Land der Welt.",
        "claims": [c(300e9, "EUR", EU), c(19e6, "people", KAZ)],
    },
    {
        "url": "http://www.wnp.pl/rynki-zagraniczne/wspolne-kazachsko-chinskie-projekty-na-wiele-miliardow-usd,317493_1_0_0.html",
        "language": "pl",
        "text": "Kazachski minister ds. inwestycji i rozwoju Żenis Kasymbek poinformował w środę w Astanie, że inwestycje "
        "Chin i Kazachstanu w 51 wspólnych projektów przemysłowych przekroczyły wartość 27 mld dolarów.\n\n- W tym roku "
        "planujemy uruchomienie sześciu kazachsko-chińskich projektów wartych 363 mln dolarów.\n\nWedług ministerstwa, w "
        "2017 roku eksport z Kazachstanu wzrósł o 321 proc. i przekroczył wartość 43 mld dolarów.",
        "claims": [
            c(27e9, "USD", CHN, KAZ),
            c(363e6, "USD", CHN, KAZ),
            c(321, "%", KAZ),
            c(43e9, "USD", KAZ),
        ],
    },
    {
        "url": "https://kazpravda.kz/n/v-zko-startovali-krupnye-proekty-s-uchastiem-investorov-iz-kitaya/",
        "language": "ru",
        "text": "Инвесторы из КНР намерены вложить свыше 134 млрд тенге в ряд стратегически важных сфер – энергетику, "
        "сельское хозяйство и здравоохранение. Между сторонами уже достигнуты конкретные договоренности\n\nВ "
        "ближайшие дни в Западно-Казахстанской области стартует строительство двух заводов, для которых оборудование "
        "уже отправлено из китайского города Вэйфан в Казахстан, сообщает Kazpravda.kz\n\nВ первую очередь на "
        "территории индустриальной зоны будет построена газовая электростанция мощностью 34 мегаватта.",
        "claims": [c(134e9, "KZT", CHN), c(34, "MW", KAZ)],
    },
    # flows given by a person, shares per "side" and "each", debts written off (the claims helper cgiver's pages)
    {
        "url": "https://www.businessupturn.com/world/chinese-president-xi-promises-1-7-billion-in-loans-and-grants-to-sco-members",
        "language": "en",
        "text": "Chinese President Xi Jinping on Monday pledged 2 billion yuan (~$281 million) in grants this year and "
        "10 billion yuan (~$1.4 billion) in loans over the next three years to Shanghai Cooperation Organization (SCO) "
        "member states to boost economic cooperation.\n\nAddressing the largest-ever SCO summit, attended by more than "
        "20 foreign leaders including Russian President Vladimir Putin and Indian Prime Minister Narendra Modi, Xi also "
        "called for the establishment of an SCO Development Bank to finance regional projects and infrastructure.\n\n"
        "Economic push for the bloc\n\nXi highlighted that Beijing’s cumulative investment in SCO economies has already "
        "surpassed $84 billion. He noted the bloc’s combined economic output is approaching $3 trillion, underscoring "
        "its growing global influence.",
        "claims": [
            c(2e9, "CNY", CHN),
            c(281e6, "USD", CHN),
            c(10e9, "CNY", CHN),
            c(1.4e9, "USD", CHN),
            c(3, "years", CHN),
            c(84e9, "USD", CHN),
            c(3e12, "USD", "org:sco"),
        ],
    },
    {
        "url": "https://en.trend.az/casia/kyrgyzstan/3789076.html",
        "language": "en",
        "text": "Currently, these three countries are continuing negotiations regarding the terms of joint implementation "
        "of the Kambarata-1 HPP construction project in the Jalal-Abad region of Kyrgyzstan.\n\nIn the establishment of "
        "a joint venture among these countries, it is proposed that Kyrgyzstan will hold 34 percent of the shares, "
        "while Kazakhstan and Uzbekistan will collectively own 66 percent, with 33 percent each.\n\nThe project entails "
        "the construction of a hydroelectric power station with a capacity of 1,860 MW and a reservoir volume of 5.4 "
        "billion cubic meters.\n\nAn amount of 1.8 billion soms ($20.4 million) from the national budget of Kyrgyzstan "
        "has been allocated to the preliminary work on this project.",
        "claims": [
            c(34, "%", KGZ),
            c(66, "%", KAZ, UZB),
            c(33, "%", KAZ),
            c(33, "%", UZB),
            c(1860, "MW", KAMB),
            c(5.4, "bcm", KAMB),
            c(1.8e9, "KGS", KGZ, KAMB),
            c(20.4e6, "USD", KGZ, KAMB),
        ],
    },
    {
        "url": "https://turantimes.kz/ekonomika/51151-kazahstan-kyrgyzstan-i-uzbekistan-sozdadut-sovmestnoe-ao-dlja-stroitelstva-gjes.html",
        "language": "ru",
        "text": "Одной из основных тем форума стал проект строительства Камбаратинской ГЭС-1. В рамках специальной "
        "сессии, посвященной реализации данного проекта, министры энергетики Казахстана Алмасадам Саткалиев, "
        "Кыргызской Республики Таалайбек Ибраев и Узбекистана Джурабек Мирзамахмудов подписали межведомственное "
        "соглашение по подготовке к реализации проекта строительства и эксплуатации Камбаратинской ГЭС-1.\nВ числе "
        "предварительных положений: создание на территории Кыргызской Республики отдельного акционерного общества в "
        "рамках проекта со следующим долевым участием в проекте и уставном капитале Общества:\n- кыргызская сторона – "
        "34%;\n- казахстанская сторона – 33%;\n- узбекская сторона – 33%;",
        "claims": [c(34, "%", KGZ), c(33, "%", KAZ), c(33, "%", UZB)],
    },
    {
        "url": "http://mediana.press/n/43952-kyrgyzstan-ratificiroval-soglasenie-o-stroitelstve-zeleznoi-dorogi-kitai-kyrgyzstan-uzbekistan",
        "language": "ru",
        "text": "Соответствующий закон подписал президент КР.\n\nНапомним, что Китай даст кредит в размере $2 млрд 350 млн "
        "на строительство железной дороги. Три страны создадут Совместную проектную компанию для реализации проекта на "
        "территории КР. 51% доли в этой компании получит «Китайские железные дороги», а «Кыргыз темир жолу» и "
        "«Узбекистон темир йуллари» получат по 24,5%.\n\nПо словам президента, после того как вложенные средства "
        "окупятся, две стороны выйдут из проекта, и 100% останется у Кыргызстана.",
        "claims": [
            c(2.35e9, "USD", CHN),
            c(51, "%", "company:china-state-railway", CHN),
            c(24.5, "%", "company:kyrgyz-railways"),
            c(24.5, "%", "company:uzbekistan-railways"),
            c(100, "%", KGZ),
        ],
    },
    {
        "url": "https://en.news-front.info/2017/05/05/russia-gifts-kyrgyzstan-240-million-dollars/",
        "language": "en",
        "text": "Moscow, Russian. In signs of better relations and future plans for cooperation in BRICS nation "
        "activities, the Russian Federation has forgiven a loan for $240 million dollars to the Asian Republic of "
        "Kyrgyzstan.\n\nIn 2012, Moscow and Bishkek signed an intergovernmental agreement for a loan in the amount of "
        "about $500 million. The agreement provides for the complete cancellation of one part of the debt for $188.9 "
        "million on the day the agreement goes into effect.\n\nThe head of the state debt department of the Ministry of "
        "Finance of the republic, Bakyt Sydykov, told the Kyrgyzstan news agency in April that $60 million had already "
        "been written off of the $300, and Kyrgyzstan is counting on Russia for a one-time write off of the remaining "
        "debt of $240 million, which has now taken place.",
        "claims": [c(240e6, "USD", RUS), c(500e6, "USD", RUS), c(188.9e6, "USD", RUS), c(60e6, "USD", RUS)],
    },
    {
        "url": "https://fontanka.ru/2018/01/19/078",
        "language": "ru",
        "text": "Госдума 19 января ратифицировала протокол к российско-киргизскому соглашению об урегулировании "
        "задолженности Киргизии.\nСогласно документу, Россия списывает остаток долга Киргизии на 240 млн долларов. "
        "Напомним, о том, что российские власти собираются списать все задолженности киргизской стороны, стало "
        "известно 3 мая прошлого года. Само соглашение было заключено еще в 2012-м. В 2013 году Россия списала 188,9 млн "
        "долларов долга Киргизии, оставшиеся 300 млн подлежали списанию в течение 10 лет — по 30 млн долларов в год.",
        "claims": [c(240e6, "USD", RUS), c(188.9e6, "USD", RUS), c(30e6, "USD", RUS)],
    },
]
