"""Labelled pages added to check the claims stage on articles its rules were never written from.

Sentences quoted from the search tool's `pages` corpus with their URLs (Tajik external debt, Turkish, EU, US and
Russian trade and investment in Central Asia, Kyrgyz gold, Turkmen gas; English, Russian, Turkish, German,
Chinese), labelled by build_pages.py's conventions: trade figures are the great power's; a state's total
external debt is the debtor's and a debt owed to a lender is the lender's; a share labelled with a name is that
name's; a part of a work is the work's. A figure about something the knowledge base does not hold (a mine, a
company or a plant it has no entry for) is labelled with no subject: the reader should then give no confident
subject rather than file it under the state around it. Every page is checked with ../shared/eval/blocked.py by
build_pages.py before it is written.
"""

from __future__ import annotations

from pages_extra import CHN, EBRD, EIB, EU, KAZ, KGZ, RUS, TJK, TKM, TUR, UZNPP, c

EXIM, IMF, ISDB = "org:china-exim-bank", "org:imf", "org:isdb"
USA, NLD, LKA, EDB = "country:USA", "country:NLD", "country:LKA", "org:edb"
CACGP, MC = "project:central-asia-china-gas-pipeline", "project:middle-corridor"

PAGES: list[dict[str, object]] = [
    {
        "url": "https://eurasianet.org/tajikistan-the-cost-of-chinese-debt",
        "language": "en",
        "text": "The words are typically emblazoned on buildings and buses paid for with loans and grants issued by "
        "Beijing.\nOne prime example is the new premises of parliament. That that complex, which is going up where the "
        "headquarters of the Soviet-era Communist Party used to stand, is being completed with a $250 million grant.\n"
        "Another $120 million in handouts have been given by China to build a new city hall.\nOf the $3.3 billion "
        "that Tajikistan owed to international creditors at the start of 2022, 60 percent – $1.98 billion – is owed "
        "to the state-run Export-Import Bank of China, better known as Eximbank. Sri Lanka’s massive liabilities "
        "before China have made international headlines in recent months, and yet, what that country owes to Beijing "
        "accounts for only 10 percent or so of its foreign debt pile.\nOf the $131.9 million repaid by Tajikistan in "
        "2021, $65.2 million went to China in one form or another. Almost $22 million of the money paid to China was "
        "interest accrued.",
        "claims": [
            c(250e6, "USD", CHN),
            c(120e6, "USD", CHN),
            c(3.3e9, "USD", TJK),
            c(60, "%", EXIM, CHN),
            c(1.98e9, "USD", EXIM, CHN),
            c(10, "%", CHN, LKA),
            c(131.9e6, "USD", TJK),
            c(65.2e6, "USD", CHN),
            c(22e6, "USD", CHN),
        ],
    },
    {
        "url": "https://asiaplus.news/en/news/tajikistan/economic/20230518/the-downward-trend-in-tajikistan-s-external-debt-continues",
        "language": "en",
        "text": "Tajikistan’s external debt has decreased by 16.6 million US dollars over the first three months and it "
        "has amounted to 3,211,700,000 US dollars as of April 1, 2023, according to the Ministry of Finance (MoF).\nAn "
        "official source at a MoF says government borrowing, which ensures the performance of public services, "
        "reportedly accounted for little more that 95.6 percent of the country’s external debt – 3.071 billion U.S. "
        "dollars.\nDebts with a state guarantee in the structure of external debt have amounted to 140.5 million U.S. "
        "dollars as of April 1, 2023.\nAs of January 1, 2023, the country’s external debt has reportedly amounted to "
        "3,288,830,000 US dollars, which was equal to 28.5 percent of Tajikistan’s gross domestic product (GDP).\n"
        "“During 2022, the country’s external debt decreased by 15.4 million US dollars, and GDP’s real growth rate "
        "last year stood at 8.0 percent,” said the source. “In 2022, GDP’s nominal volume increased by 16 billion "
        "somonis (equivalent to 1.5 billion US dollars).”\nThe Export-Import Bank of China (Eximbank) remains the "
        "largest creditor of Tajikistan – more than 1 billion U.S. dollars.",
        "claims": [
            c(16.6e6, "USD", TJK),
            c(3.2117e9, "USD", TJK),
            c(95.6, "%", TJK),
            c(3.071e9, "USD", TJK),
            c(140.5e6, "USD", TJK),
            c(3.28883e9, "USD", TJK),
            c(28.5, "%", TJK),
            c(15.4e6, "USD", TJK),
            c(8.0, "%", TJK),
            c(16e9, "TJS", TJK),
            c(1.5e9, "USD", TJK),
            c(1e9, "USD", EXIM, CHN),
        ],
    },
    {
        "url": "http://www.timesca.com/index.php/news/17622-tajikistan-s-foreign-debt-hits-2-3-billion-imports-exceed-3-billion",
        "language": "en",
        "text": "DUSHANBE (TCA) — In 2016 Tajikistan’s foreign debt reached US $2.3 billion or 32.7 percent of the "
        "country’s GDP, Avesta news agency reported with reference to First Deputy Finance Minister of Tajikistan, "
        "Jamshed Karimzoda.\nLast year the foreign debt increased by $79.9 million and the government spent $158 "
        "million for servicing the debt, Karimzoda told a news conference on January 27.\nTurkey accounted for 22.3 "
        "percent of Tajikistan’s exports in 2016, followed by Kazakhstan with 21.7 percent.\nLast year Tajikistan "
        "imported products mainly from Russia (32.5 percent of the total), China (27.7 percent), and Kazakhstan (15.9 "
        "percent).",
        "claims": [
            c(2.3e9, "USD", TJK),
            c(32.7, "%", TJK),
            c(79.9e6, "USD", TJK),
            c(158e6, "USD", TJK),
            c(22.3, "%", TUR),
            c(21.7, "%", KAZ),
            c(32.5, "%", RUS),
            c(27.7, "%", CHN),
            c(15.9, "%", KAZ),
        ],
    },
    {
        "url": "https://asiaplus.news/en/2026/01/10/tajikistans-debt-web-who-holds-the-strings",
        "language": "en",
        "text": "As of October 1, 2025, Tajikistan’s total external debt stood at $3.037 billion. Compared to the "
        "beginning of the year, when the figure reached $3.188 billion, the debt has decreased by $151 million, or "
        "4.7%.\nAt the same time, external debt accounts for 17.2% of the country’s gross domestic product (GDP).\n"
        "China is Tajikistan’s largest creditor. According to official data, Dushanbe owes Beijing more than $700 "
        "million—over a quarter of the country’s total external debt.\nDirect government debt makes up about 95.5% of "
        "Tajikistan’s external debt, totaling roughly $2.9 billion.",
        "claims": [
            c(3.037e9, "USD", TJK),
            c(3.188e9, "USD", TJK),
            c(151e6, "USD", TJK),
            c(4.7, "%", TJK),
            c(17.2, "%", TJK),
            c(700e6, "USD", CHN),
            c(95.5, "%", TJK),
            c(2.9e9, "USD", TJK),
        ],
    },
    {
        "url": "http://www.asiaplus.tj/ru/node/240186",
        "language": "en",
        "text": "As of April 1, Tajikistan’s external debt amounted to 2.2843 billion U.S. dollars, 2.1078 billion U.S. "
        "dollars of which is state debt, according the Ministry of Finance (MoF) Secretariat.\nGovernment-guaranteed "
        "debts amount to 23.3 million U.S. dollars.\nMeanwhile, Tajikistan intends to borrow another 215 million U.S. "
        "dollars this year despite unsettled debts.\nChina remains Tajikistan’s largest creditor; China accounts for "
        "more than a half of Tajikistan’s external debt – about 1.2 billion U.S. dollars.\nBesides, Tajikistan owes "
        "294 million U.S. dollars to the World Bank (WB), 225 million U.Ss dollars to the Asian Development Bank (ADB), "
        "110 million U.S. dollars to the IsDB and 108 million U.S. dollars to the IMF.",
        "claims": [
            c(2.2843e9, "USD", TJK),
            c(2.1078e9, "USD", TJK),
            c(23.3e6, "USD", TJK),
            c(215e6, "USD", TJK),
            c(1.2e9, "USD", CHN),
            c(294e6, "USD", "org:world-bank"),
            c(225e6, "USD", "org:adb"),
            c(110e6, "USD", ISDB),
            c(108e6, "USD", IMF),
        ],
    },
    {
        "url": "https://dev.report.az/ru/v-regione/tokaev-i-erdogan-dogovorilis-dovesti-obem-tovarooborota-dvuh-stran-do-10-mlrd",
        "language": "ru",
        "text": "Казахстан и Турция намерены довести объем товарооборота до 10 млрд долларов.\nКак передает Report со "
        "ссылкой на казахстанские СМИ, об этом заявил президент Касым-Жомарт Токаев после переговоров в узком формате "
        'с президентом Турции Реджепом Тайипом Эрдоганом.\n"Наша цель - довести товарооборот до 10 млрд долларов. '
        "Турция инвестировала в Казахстан 4,35 млрд долларов за последние 15 лет. А наша страна вложила в Турцию 1,13 "
        'млрд долларов. Турция входит в десятку крупнейших инвесторов Казахстана", - сообщил Токаев.',
        "claims": [c(10e9, "USD", TUR), c(4.35e9, "USD", TUR), c(1.13e9, "USD", KAZ)],
    },
    {
        "url": "https://erece.org/2022/05/16/kazahstan-drejfuet-v-storonu-turtsii/",
        "language": "ru",
        "text": "Президент Казахстана Касым-Жомарт Токаев совершил первый официальный визит в Турцию\nЗа последние 3 "
        "года две страны значительно улучшили торгово-экономические отношения, несмотря на пандемию, сообщает "
        "госагентство «Казинформ». Товарооборот только за 2 месяца текущего года вырос на 63%. Турция входит в число "
        "пяти ведущих торговых партнеров Казахстана. В 2021 году Турция инвестировала в экономику Казахстана $680 "
        "млн, в свою очередь, Казахстан инвестировал в турецкую экономику более $1 млрд.",
        "claims": [c(63, "%", TUR), c(680e6, "USD", TUR), c(1e9, "USD", KAZ)],
    },
    {
        "url": "http://finprom.kz/ru/article/turciya-davnij-ekonomicheskij-partnyor-kazahstana-i-vojna-v-ukraine-sposobstvuet-ukrepleniyu-etogo-soyuza",
        "language": "ru",
        "text": "В то же время товарооборот РК с Турцией пока не достиг двузначных цифр, хотя Турция входит в пятёрку "
        "крупнейших партнёров Казахстана по объёму товарооборота. Нынешняя ситуация открывает новые возможности роста. "
        "Так, в октябре 2022 года лидеры обеих стран объявили о намерении увеличить товарооборот до 10 млрд долл. "
        "США.\nДля справки: за январь–ноябрь 2022 года объём товарооборота между Казахстаном и Турцией достиг 5,89 "
        "млрд долл. США, или 4,8% от всего товарооборота РК за этот период.",
        "claims": [c(10e9, "USD", TUR), c(5.89e9, "USD", TUR), c(4.8, "%", TUR)],
    },
    {
        "url": "https://lite.mir24.tv/news/16570280/viber:/forward",
        "language": "ru",
        "text": "За год товарооборот между Казахстаном и Турцией увеличился на треть и достиг шести 6,3 миллиардов "
        "долларов. В странах развиваются совместные предприятия, появляются новые рабочие места, передает "
        "корреспондент «МИР 24» Гульмира Жанзакова.\nЗдесь производят современные электронные системы для военных и "
        "промышленных заказчиков. 50% акций компании принадлежит Казахстану. Благодаря совместному с Турцией "
        "предприятию в республике появилось больше 80 рабочих мест.\nВ Казахстане работает более 3700 предприятий с "
        "участием турецкого капитала. Это второй показатель среди зарубежных стран.",
        "claims": [c(6.3e9, "USD", TUR), c(50, "%", KAZ), c(80, "jobs"), c(3700, "enterprises", TUR)],
    },
    {
        "url": "https://menafn.com/1107404129/Uzbekistan-China-Sign-Number-Of-Deals-To-Implement-Joint-Investment-Projects",
        "language": "en",
        "text": "Earlier this month, Uzbekistan's Uzbekhydroenergo JSC energy company and China Southern Power Grid, "
        "specializing in the construction and operation of power grids, signed an agreement on the joint development "
        "of the hydroelectric power plant construction project.\n\nThe hydroelectric power plant will be built in the "
        "Bostanlyk district of Uzbekistan's Tashkent region. The cost of the project is estimated at $1 billion.\n\n"
        "Moreover, China allocated a grant in the amount of $28 million for the construction of the Charvak wind farm "
        "in the Bostanlyk district of Uzbekistan's Tashkent region.\n\nWithin the framework of this project, "
        "Uzbekhydroenergo JSC Energy Company plans to build four wind power plants with a capacity of 5 MW each with "
        "the implementation of new generation technologies at the expense of a Chinese grant.",
        "claims": [c(1e9, "USD"), c(28e6, "USD", CHN), c(5, "MW")],
    },
    {
        "url": "https://menafn.com/1107785716/EU-promises-to-allocate-billions-on-trade-route-bypassing-Russia",
        "language": "en",
        "text": "(MENAFN) In a groundbreaking move, the European Union (EU) has unveiled ambitious plans to secure "
        "investments amounting to EUR10 billion (USD10.8 billion) for the creation of a strategic transport corridor "
        "connecting Europe to Central Asia. This initiative, announced by the European Commission during a dedicated "
        "forum on Monday, aims to bypass Russia, offering an alternative route through the South Caucasus and Turkey.\n"
        "As part of the initial commitment, Brussels is prepared to allocate a significant EUR2.97 billion to "
        "kickstart the development of this pivotal trade route. In addition to this, the European Investment Bank has "
        "signed memorandums of understanding totaling EUR1.47 billion with the governments of Kazakhstan, Kyrgyzstan, "
        "and Uzbekistan, along with the Development Bank of Kazakhstan. Furthermore, the European Bank for "
        "Reconstruction and Development is poised to finalize a memorandum of understanding with Kazakhstan, "
        "signaling an investment pipeline of EUR1.5 billion for projects focused on enhancing transport connectivity "
        "in Central Asia.",
        "claims": [
            c(10e9, "EUR", EU),
            c(10.8e9, "USD", EU),
            c(2.97e9, "EUR", EU),
            c(1.47e9, "EUR", EIB),
            c(1.5e9, "EUR", EBRD),
        ],
    },
    {
        "url": "https://www.clecat.org/news/newsletters/global-gateway-ec-to-invest-10-billion-in-trans-ca",
        "language": "en",
        "text": "On 29 January, during the Global Gateway Investors Forum for EU-Central Asia Transport Connectivity "
        "event in Brussels, European Commission Executive Vice President Valdis Dombrovskis announced that European "
        "and international financial institutions will commit €10 billion to support and invest in sustainable "
        "transport connectivity in Central Asia.\nDuring the Forum the European Investment Bank (EIB) signed a MOU "
        "totalling €1.47 billion with the Governments of Kazakhstan, Kyrgyzstan, and Uzbekistan and the European "
        "Bank for Reconstruction and Development (EBRD) signed a MOU worth €1.5 billion with Kazakhstan.",
        "claims": [c(10e9, "EUR", EU), c(1.47e9, "EUR", EIB), c(1.5e9, "EUR", EBRD)],
    },
    {
        "url": "https://news.rambler.ru/other/41082117-pervyy-energoblok-stroyascheysya-rosatomom-aes-v-uzbekistane-budet-zapuschen-v-2028-godu/",
        "language": "ru",
        "text": "МОСКВА, 16 октября. /ТАСС/. Первый энергоблок строящейся Росатомом АЭС в Узбекистане будет запущен в "
        "2028 году, стоимость проекта составит $11 млрд. Об этом заявил журналистам помощник президента РФ Юрий "
        'Ушаков. "По оценкам, стоимость проекта составит где-то $11 млрд и считается, что первый энергоблок '
        'предположительно будет запущен в 2028 году", - сообщил он.',
        "claims": [c(11e9, "USD", UZNPP)],
    },
    {
        "url": "https://www.zaochenbao.com/news/china/202506/1544769.html",
        "language": "zh",
        "text": "今年前五个月,中国对中亚五国进出口规模创历史同期新高。\n\n据新华社报道,中国海关总署星期天(6月15日)发布数据显示,"
        "中国对中亚五国进出口已由2013年的3120.4亿元扩大至2024年的6741.5亿元,增长116%,年均增速达7.3%,"
        "高出同期中国整体进出口年均增速2.3个百分点。\n\n今年以来,中国与中亚五国贸易规模继续扩大。前五个月,"
        "中国对中亚五国进出口2864.2亿元,同比增长10.4%,规模创历史同期新高。其中,出口1881.8亿元,增长5.6%;"
        "进口982.4亿元,增长21%。",
        "claims": [
            c(312.04e9, "CNY", CHN),
            c(674.15e9, "CNY", CHN),
            c(116, "%", CHN),
            c(7.3, "%", CHN),
            c(286.42e9, "CNY", CHN),
            c(10.4, "%", CHN),
            c(188.18e9, "CNY", CHN),
            c(5.6, "%", CHN),
            c(98.24e9, "CNY", CHN),
            c(21, "%", CHN),
        ],
    },
    {
        "url": "https://en.ckhq.net/html/4679e9bcbf6d40f678a1a1d2b924654a.html",
        "language": "en",
        "text": "Key Minerals: Long-term U.S. Investment in Central Asia\n\nThe highlight of the Washington Summit was "
        "the announcement of a $1.1 billion giant tungsten mine project in Kazakhstan, with the U.S. holding 70% of "
        "the shares and promising to provide $900 million in financing through the U.S. Export-Import Bank. Once "
        "operational, the mine will become the world's largest producer of tungsten, which is critical for aerospace "
        "and defense manufacturing.",
        "claims": [c(1.1e9, "USD"), c(70, "%", USA), c(900e6, "USD", USA, "org:us-exim")],
    },
    {
        "url": "https://www.spglobal.com/energy/en/news-research/latest-news/metals/110725-us-signs-mous-on-central-asian-critical-minerals-secures-stake-in-strategic-deposit",
        "language": "en",
        "text": "Several government-to-government and company agreements on critical minerals, including rare and rare "
        "earth metals, were signed during a Nov. 6 meeting of the five Central Asian state leaders with US President "
        "Donald Trump.\nUS trade with Kazakhstan has doubled in recent years and is approaching $5 billion, while "
        "Uzbekistan's trade with the US has increased fourfold to almost $1 billion, the presidents of the two "
        "Central Asian countries said in their summit speeches.",
        "claims": [c(5e9, "USD", USA), c(1e9, "USD", USA)],
    },
    {
        "url": "https://sana.sy/en/international/2276332",
        "language": "en",
        "text": "Trump also announced a landmark trade and economic deal with Uzbekistan, which includes nearly $35 "
        "billion in U.S. investment over the next three years, with projections suggesting total investments could "
        "exceed $100 billion over a decade.\nThis diplomatic push comes as U.S.-China trade tensions ease, "
        "particularly around rare earth supplies. China currently dominates the global market, producing about 70% of "
        "the world’s rare earths and controlling 90% of mining operations, prompting Washington to seek alternative "
        "sources.",
        "claims": [c(35e9, "USD", USA), c(100e9, "USD", USA), c(70, "%", CHN), c(90, "%", CHN)],
    },
    {
        "url": "https://mining.com/?p=261475",
        "language": "en",
        "text": "The state agency of geology and mineral resources of Kyrgyzstan announced this week that in 2011, the "
        "output of the gold-mining industry of the ex-Soviet republic increased by 41.7% compared with 2010.\n\nThe "
        "value of gold production was $1.9 billion, almost a full 15% of the impoverished country’s $13.16 billion "
        "(2011 est.) gross domestic product.\n\nKyrgyzstan is in 10th place in the world concerning precious metal "
        "sales. Every year, the country extracts 17 tonnes of gold and 4 tonnes of silver according to official "
        "figures.\n\nIn operation since 1997 Kumtor last year represented over 10% of Kyrgyzstan’s GDP and 54% of its "
        "industrial output. Kyrgyzstan holds 33% of the mine and Canada’s Centerra the remainder.",
        "claims": [
            c(41.7, "%", KGZ),
            c(1.9e9, "USD", KGZ),
            c(15, "%", KGZ),
            c(13.16e9, "USD", KGZ),
            c(17, "t", KGZ),
            c(4, "t", KGZ),
            c(10, "%"),
            c(54, "%"),
            c(33, "%", KGZ),
        ],
    },
    {
        "url": "http://in.reuters.com/article/kyrgyzstan-gdp-idINL6N0UU2K820150115",
        "language": "en",
        "text": "BISHKEK Jan 15 Growth in Kyrgyzstan's gross domestic product slowed to 3.6 percent last year from 10.9 "
        "percent in 2013 after output was reduced at a flagship gold venture, according to statistics released on "
        "Thursday.\nKumtor, which lies in the Tien Shan mountains and is the country's largest gold deposit, reduced "
        "output to 17.6 tonnes last year from 18.67 tonnes in 2013 as ore grade fell, according to early Kyrgyz "
        "official data.\nKumtor accounted for 7.4 percent of Kyrgyz GDP and 15.5 percent of its industrial output last "
        "year. Gold, which besides Kumtor includes several small mines, made up 41 percent of all Kyrgyz exports last "
        "year.\nPresenting its 2015 draft budget in parliament last month, the Kyrgyz government said it expects GDP "
        "to expand by 6.2 percent this year.",
        "claims": [
            c(3.6, "%", KGZ),
            c(10.9, "%", KGZ),
            c(17.6, "t"),
            c(18.67, "t"),
            c(7.4, "%"),
            c(15.5, "%"),
            c(41, "%", KGZ),
            c(6.2, "%", KGZ),
        ],
    },
    {
        "url": "http://themoscowtimes.com/business/article/kyrgyz-gdp-shrinks/473992.html",
        "language": "en",
        "text": "Kyrgyzstan's gross domestic product, hit by the output collapse at the country's flagship gold venture "
        "with Canada's Centerra Gold, shrank 0.9 percent in 2012 after a 6 percent increase a year earlier, official "
        "statistics released Monday show.\nHit by lower production at the Kumtor mine, the largest gold venture run by "
        "a Western company in Central Asia, industrial output dwindled 20.2 percent from last year, the National "
        "Statistics Committee reported. By contrast, 2011 saw an 11.9 percent increase in that figure.\nKumtor alone "
        "accounted for 12 percent of Kyrgyzstan's GDP and more than half its exports in 2011.\nThe venture was forced "
        "to cut its 2012 production outlook from its estimate of 450,000 ounces of gold to between 415,000 and 425,000 "
        "ounces.",
        "claims": [
            c(-0.9, "%", KGZ),
            c(6, "%", KGZ),
            c(-20.2, "%", KGZ),
            c(11.9, "%", KGZ),
            c(12, "%"),
            c(450000, "oz"),
        ],
    },
    {
        "url": "http://interfaxenergy.com/gasdaily/article/27385/turkmen-gas-exports-to-china-hit-180-bcm",
        "language": "en",
        "text": "Turkmen gas exports to China hit 180 bcm\n\nBy Staff reporter 30 August 2017\n\nAmu Darya River Gas "
        "Co. and Turkmengaz have supplied 179.6 billion cubic metres of gas to China since December 2009, according to "
        "PetroChina.\n\nThis is equal to 46.3% of China’s total gas imports over the period.",
        "claims": [c(179.6, "bcm", TKM, "company:turkmengaz"), c(46.3, "%", TKM, "company:turkmengaz")],
    },
    {
        "url": "http://orasam.manas.edu.kg/index.php/en/turkmenistan-en/2134-central-asia-china-natural-gas-line-carried-270-billion-meter-cube-natural-gas-to-china",
        "language": "en",
        "text": "According to the Daily China news agency, the Central Asia-China natural gas pipeline transported 270 "
        "billion cubic meters of natural gas to China during its 10 years of operation.\n\nThe natural gas pipeline "
        "passes through Turkmenistan, Uzbekistan, Kazakhstan and China. Today, the annual volume of natural gas "
        "transported from Central Asia to China is around 55 billion cubic meters, accounting for 15% of China's "
        "annual gas need.\n\nThe Turkmenistan-China natural gas pipeline is seen as the main region of gas exports in "
        "Central Asia. Today, the pipeline consists of 3 sections, which are called sections A, B and C. The length of "
        "the pipeline connecting Turkmenistan to the 15 provinces of the People's Republic of China reaches 9,000 "
        "kilometers.\n\nTurkmenistan has the largest gas source in the Caspian Sea region and ranks 4th in the world "
        "in terms of gas reserves.",
        "claims": [
            c(270, "bcm", CACGP),
            c(55, "bcm", CACGP),
            c(15, "%", CACGP),
            c(3, "sections", CACGP),
            c(9000, "km", CACGP),
            c(4, "rank", TKM),
        ],
    },
    {
        "url": "https://www.washingtonpost.com/business/turkmenistan-strikes-natural-gas-deal-with-chinas-cnpc/2021/08/24/4e1151dc-0507-11ec-b3c4-c462b1edcfc8_story.html",
        "language": "en",
        "text": "Under the deal with CNPC, Turkmenistan will pay for its services by supplying 17 billion cubic meters "
        "(600 billion cubic feet) of gas a year for the period of three years to a total of 51 billion cubic meters "
        "(1.8 trillion cubic feet) of gas.\nTurkmenistan’s President Gurbanguly Berdymukhamedov said the country "
        "annually supplies 40 billion cubic meters of gas to China.\nTurkmenistan’s economy is overwhelmingly "
        "dependent on exports of its vast natural gas reserves.",
        "claims": [c(17, "bcm/yr", TKM), c(51, "bcm", TKM), c(40, "bcm/yr", TKM)],
    },
    {
        "url": "https://1prime.ru/20251124/ushakov-864885374.html",
        "language": "ru",
        "text": "МОСКВА, 24 ноя - ПРАЙМ. Россия является одним из главных торговых партнеров Киргизии, товарооборот "
        "между странами растет, а доля рубля во взаимных расчетах достигла 97%, заявил журналистам помощник "
        "президента РФ Юрий Ушаков.\nОн отметил, что Россия остается одним из главных торговых партнеров Киргизии, с "
        'долей во внешней торговле страны в 22,3%. "В прошлом году двусторонний товарооборот вырос на 15,6%, до '
        "рекордных 4,1 миллиарда долларов.",
        "claims": [c(97, "%", RUS), c(22.3, "%", RUS), c(15.6, "%", RUS), c(4.1e9, "USD", RUS)],
    },
    {
        "url": "https://svpressa.ru/politic/news/390722",
        "language": "ru",
        "text": "Путин добавил, что РФ является одним из ведущих торгово-экономических партнеров Киргизии.\nКроме этого, "
        "Россия стала крупнейшим инвестором в киргизскую экономику — порядка 36% всех накопленных прямых иностранных "
        "инвестиций в Киргизию составляют российские капиталовложения.\n«В прошлом году товарооборот увеличился на "
        "37%, до рекордных почти 3,5 миллиардов долларов. А в первом полугодии текущего года прибавил еще 17,9%», — "
        "подчеркнул Путин.",
        "claims": [c(36, "%", RUS), c(37, "%", RUS), c(3.5e9, "USD", RUS), c(17.9, "%", RUS)],
    },
    {
        "url": "https://eabr.org/press/releases/sotrudnichestvo-s-kirgiziey/",
        "language": "ru",
        "text": "Эксперты отмечают, что Российско-Киргизский товарооборот за последние годы динамично развивается. В "
        "2017 году объем взаимной торговли составил $1,6 млрд, продемонстрировав рост на 31% по сравнению с 2016 "
        "годом, а за период с января по ноябрь прошлого года он достиг $1,74 млрд.\n«Киргизия заинтересована в "
        "инвестициях, - говорит Андрей Крайний, заместитель председателя правления Евразийского банка развития. – В "
        "стране ждут российский бизнес. В страновой структуре текущего инвестиционного портфеля нашего банка доля "
        "Киргизии не высока – всего 0,3 процента.",
        "claims": [c(1.6e9, "USD", RUS), c(31, "%", RUS), c(1.74e9, "USD", RUS), c(0.3, "%", KGZ, EDB)],
    },
    {
        "url": "https://dasfazit.at/nachrichten/wirtschaft/13228.html",
        "language": "de",
        "text": "Derzeit ist die Europäische Union der größte Handels- und Investitionspartner Kasachstans. Das "
        "Gesamtvolumen der Investitionen aus Europa ins Land überstieg 175 Milliarden US-Dollar.\nDies sagte der "
        "Premierminister von Kasachstan, Alichan Smailow, während des 13. Treffens der Dialogplattform "
        "Kasachstan-Europäische Union, berichtet Dasfazit.\nEr fügte hinzu, dass die EU-Länder insbesondere in den "
        "letzten sechs Monaten mehr als 5,2 Milliarden US-Dollar in die Wirtschaft Kasachstans investiert hätten.\n"
        "Der Premierminister sagte auch, dass der Anteil der Europäischen Union am Außenhandel Kasachstans etwa 30 % "
        "betrage.\nIhm zufolge überstieg der gesamte Handelsumsatz zwischen den Parteien über einen Zeitraum von zehn "
        "Monaten 34 Milliarden US-Dollar.",
        "claims": [c(175e9, "USD", EU), c(5.2e9, "USD", EU), c(30, "%", EU), c(34e9, "USD", EU)],
    },
    {
        "url": "https://en.inform.kz/news/kazakh-pm-calls-on-europes-investment-community-for-greater-participation-in-joint-projects-a4bd29/",
        "language": "en",
        "text": "As the Kazakh Prime minister said, the EU represents around 30% of Kazakhstan’s foreign trade and "
        "around 40% of the investments attracted.\n\nIn 11 months of last year, the trade turnover between Kazakhstan "
        "and the EU rose 5% to around $38bn. In 2022, the amount of investment from the EU to Kazakhstan stood at "
        "$12.5bn, reaching the highest rate in the last 10 years.\n\nThe Kazah PM said that around 85% of the "
        "commodities from China to Europe pass through Kazakhstan. In particular, last year within the Trans-Caspian "
        "international transport route the volume of cargo turnover rose 65%. It is planned to increase the flow of "
        "goods via the route to up to 10 million tons in the midterm.",
        "claims": [
            c(30, "%", EU),
            c(40, "%", EU),
            c(5, "%", EU),
            c(38e9, "USD", EU),
            c(12.5e9, "USD", EU),
            c(85, "%", KAZ),
            c(65, "%", MC),
            c(10e6, "t", MC),
        ],
    },
    {
        "url": "https://eubulletin.com/7648-not-torn-between-eu-and-russia-kazakhstans-success-in-balancing-both-sides.html",
        "language": "en",
        "text": "The EU is the largest investor in the Central Asian country, with a total of $10.8 billion of foreign "
        "direct investment (FDI), almost half of the total FDI to Kazakhstan. Between 2005 and 2016, the country "
        "attracted a total of $263.58 billion in FDI, of which $119.9 from the EU (45.5%).",
        "claims": [c(10.8e9, "USD", EU), c(263.58e9, "USD", KAZ), c(45.5, "%", EU)],
    },
    {
        "url": "https://www.eximtutor.com/2023/03/14/kazakhstan-eu-cooperation-developing-in-all-directions/",
        "language": "en",
        "text": "The EU has invested $160 billion in Kazakhstan, making it the largest investment partner. It is also "
        "the largest trading partner of the country.\n“In the first nine months of 2022, the inflow of European "
        "investments increased by 10 percent and exceeded $8 billion. The EU accounts for approximately 30 percent of "
        "Kazakhstan’s foreign trade. In 2022, the volume of trade exceeded the 2021 figure by 27.6 percent, reaching "
        "$40 billion.",
        "claims": [
            c(160e9, "USD", EU),
            c(10, "%", EU),
            c(8e9, "USD", EU),
            c(30, "%", EU),
            c(27.6, "%", EU),
            c(40e9, "USD", EU),
        ],
    },
    {
        "url": "https://en.inform.kz/news/kazakh-fm-says-europe-is-one-of-kazakhstan-s-priorities_a2627291/",
        "language": "en",
        "text": '"Kazakhstan and the Netherlands are reliable long-term partners cooperating in political, economic and '
        "humanitarian spheres both in bilateral and multilateral formats. Europe is Kazakhstan's №1 partner in trade "
        "and investments. The Netherlands invested nearly one fourth of all direct foreign investments or $50 billion "
        "into Kazakhstan. Trade between the countries is growing rapidly even amid global economic crisis; it totaled "
        '$10 billion this year," E. Idrissov noted.',
        "claims": [c(50e9, "USD", NLD), c(10e9, "USD", NLD)],
    },
    {
        "url": "http://kazakh-tv.kz/en/view/news_kazakhstan/page_183018_kazakhstan-eu-strengthen-cooperation",
        "language": "en",
        "text": "Kazakhstan and the European Union are planning to expand cooperation further. This was stated by "
        "representatives of both sides during the 16th Cooperation Committee meeting. About 50% of Kazakhstan’s "
        "foreign trade turnover and more than half of the attracted investments account for the EU countries. The "
        "trade turnover between the European Union and Kazakhstan totaled more than $24 billion last year only.",
        "claims": [c(50, "%", EU), c(24e9, "USD", EU)],
    },
]
