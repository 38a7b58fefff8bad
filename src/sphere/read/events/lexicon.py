"""Trigger lexicons and cue patterns for PLOVER event extraction in English and Russian news text.

The lexicons are tables, one trigger a row: `TYPE  mode  flags :: regex`. The flags say how the participants
of a mention are read: `sym` (symmetric: summits, signed treaties; every participant is an actor), `pers` (a
personal verbal act: a named person stays the actor), `actor`/`recip` (the mention is dropped without one),
`noun` (a nominal trigger: "the summit will be held" is read after it too) and `agent` (the participants after
the trigger are the actors: "with the support of X", "to be built by X"). A regex's named group `t`, when
present, marks the trigger word inside a longer match; `{DOCS}`, `{AID}`, `{COOP}` and `{Wn}` (up to n words)
are shared pieces. The cue tables hold the patterns that decide the PLOVER status of a mention (future,
hypothetical, negated), skip background clauses ("since ...") and help read participants. The functions
at the end read one sentence: its triggers, the status of a mention and the date nearest to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache

from sphere.read.dates import find_date_expressions, resolve_relative
from sphere.read.prefilter import PrefixIndex

__all__ = [
    "CUES",
    "TRIGGERS",
    "Cues",
    "Trigger",
    "clause_before",
    "date_expressions",
    "event_date",
    "find_triggers",
    "mention_status",
    "trigger_starts",
]

_FLAGS = re.IGNORECASE
_FIRST_WORD = re.compile(r"\S+")
_OPEN = r"(?<![\w-])(?:"  # a trigger starts a word
_CLAUSE_BREAK = re.compile(r"[;:()—–]|,\s|\s-\s")

_EN_TABLE = r"""
CONSULT phone - :: (?:tele)?phone\s+(?:call|conversation|talks?)|spoke\s+(?:by|on\s+the|over\s+the)\s+(?:tele)?phone|video\s?(?:call|conference)
CONSULT multilateral sym,noun :: summit(?:s)?\b
CONSULT multilateral sym,noun :: (?<!press\s)(?<!news\s)(?<!intelligence\s)(?<!data\s)(?:conference|congress|general\s+assembly|round[- ]?table|high[-–— ]level\s+meeting|ministerial\s+meeting|gathering)s?\b
CONSULT multilateral sym :: (?:convened|convening|convenes?)\b
CONSULT visit - :: (?:state\s+|official\s+|working\s+)?visit(?:s|ed|ing)?\b
CONSULT visit actor :: (?:arrival|arrived|arrives|arriving)\s+(?:in|at)\b
CONSULT visit actor :: travel(?:l)?ed\s+(?:\w+\s+){0,2}to\b
CONSULT visit - :: host(?:ed|s|ing)\b
CONSULT visit - :: met\s+with\b|met\b(?=\s+(?:(?-i:[A-ZА-ЯЁ])|his\b|her\b|their\b|in\b|on\b|at\b|the\s+(?:\w+\s+)?(?:president|prime|premier|foreign|leaders?|heads?|delegations?|ambassadors?|ministers?|chairman|secretary|king|emir)))
CONSULT - noun :: (?<!cabinet\s)(?<!board\s)(?<!committee\s)(?<!staff\s)(?<!shareholders\s)(?<!team\s)(?<!family\s)(?<!town\s)(?<!hall\s)(?<!party\s)meetings?\b(?!\s+(?:the\s+|its\s+|their\s+|growing\s+|rising\s+)?(?:demand|needs?|targets?|requirements?|standards?|goals?|criteria|expectations|obligations|deadlines?))
CONSULT - sym,noun :: (?:talks|negotiations|consultations)\b
CONSULT - sym :: (?:in|held|holding|hold)\s+(?:\w+\s+)?discussions?\b
AGREE - sym :: (?P<t>sign(?:ed|s|ing)?)(?={W10}{DOCS})
AGREE - sym,noun :: signing\s+(?:of|ceremony)\b
AGREE - sym :: inked\b
AGREE - sym :: (?P<t>conclud(?:e|ed|es|ing))(?={W6}{DOCS})
AGREE - sym :: agree[ds]?\s+(?:to|on|upon|that)\b|(?:was|were|been)\s+agreed\b|agreement\s+to\b
AGREE - sym :: (?:reached|struck|clinched|sealed)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:agreements?|deal|accord|consensus|understanding)\b
AGREE - sym :: (?:decision|agreement|deal|consensus)\s+(?:was|were|has\s+been|had\s+been)\s+reached\b|joint\s+decision\b|jointly\s+decided\b
AGREE - sym :: (?P<t>announced)(?=\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,5}?deal\b)
AGREE - sym :: (?P<t>adopt(?:ed|ion\s+of))(?=\s+(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:declaration|statement|resolution|road\s?map|charter)s?\b)
AGREE - sym :: (?P<t>admitt(?:ed|ing)|admission\s+of)(?=\s+(?:\S+\s+){0,4}?(?:as\s+(?:an?\s+)?(?:full\s+)?(?:member|observer|partner)|to\s+(?:the\s+)?(?:membership|organi[sz]ation|union|bloc|alliance)|into\b))|expanded\s+to\s+include\b|accession\s+of\b
AGREE - sym :: (?:established|founded|co-founded)\s+by\b
AGREE - sym :: (?P<t>join(?:ed|s|ing)|accede[ds]?\s+to|acceding\s+to)(?=\s+(?:the\s+)?(?-i:[A-Z]))
AGREE - sym :: (?:the\s+)?(?:two\s+sides|both\s+sides|sides|parties|two\s+countries|heads\s+of\s+state)\s+(?:\w+\s+){0,2}?(?P<t>set|decided|approved|committed)\b
COOPERATE - - :: (?P<t>embark(?:ed|s|ing)?\s+on|kick(?:ed|s)?\s+off)(?=\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,6}?{COOP}){COOP}
COOPERATE - - :: (?:construction|works?|project|building)\b(?:\W+\S+){0,12}?\W+(?P<t>kicked\s+off|got\s+under\s?way|began|begun|started|commenced)\b
COOPERATE - - :: (?:set\s+up|established|formed|created|launched)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?joint\s+(?:venture|company|enterprise)s?\b
COOPERATE - - :: (?P<t>launch(?:ed|es|ing)?|launch\s+of)(?=\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,5}?{COOP})
COOPERATE - - :: {COOP}(?:\W+\S+){0,4}?\W+(?:was|were|has\s+been|have\s+been)\s+(?P<t>launched|inaugurated|opened)\b
COOPERATE - - :: came\s+into\s+operation|put\s+into\s+operation|(?:was|were)\s+commissioned|began\s+operati\w+
COOPERATE - - :: (?:start|began|begun|beginning|launch|commencement)\s+(?:of\s+)?construction\b|start(?:ed|s)?\s+(?:the\s+)?construction\b|broke\s+ground\b|groundbreaking\b
COOPERATE - - :: (?P<t>acquir(?:ed|es|ing)|bought|buys?|purchased?)(?=\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,3}?(?:rights?|stakes?|shares?|concessions?)\b|\s+(?:a\s+|an\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b))
COOPERATE - sym :: (?:were|was|been)\s+(?:connected|linked)\b
COOPERATE - - :: work(?:ing|ed|s)?\s+together\b|jointly\s+(?:buil|develop|implement|operat|construct)\w*|cooperat(?:e|ed|es|ing)\s+with\b|develop(?:ing)?\s+(?:\w+\s+)?ties\b
COOPERATE - - :: (?P<t>cho(?:se|sen)|selected|picked)(?={W8}(?:consortium|contractor|partner|vendor|builder|operator|investor)s?\b)
COOPERATE - agent :: to\s+be\s+(?:led|built|constructed|operated|developed)\s+by\b
AID economic - :: (?P<t>provid\w*|pledg\w*|allocat\w*|extend\w*|offer\w*|gave|give[sn]?|approv\w*|disburs\w*|prepared|grant(?:ed|s)?|donat\w*)(?={W10}{AID})
AID economic - :: (?P<t>announc\w*|unveil\w*)(?=(?:(?!\W+(?:provid|pledg|allocat|prepar|extend|offer|approv|grant|disburs))\W+\S+){0,10}?\W+{AID})
AID economic agent :: with\s+the\s+(?:financial\s+)?(?:support|backing|assistance)\s+of\b|(?:financed|funded|bankrolled)\s+by\b
SUPPORT - pers,actor :: (?:expressed|reaffirmed|voiced|declared|pledged|confirmed|reiterated)\s+(?:\w+\s+){0,3}support\b
SUPPORT - pers,actor,recip :: (?<!to\s)support(?:s|ed)\b(?!\s+by)
SUPPORT - pers,actor :: (?:hailed|hails|praised|praises|commended|lauded|applauded|endorsed|thanked|backed|appreciated|welcomed|welcomes)\b(?!\s+by\b)
SUPPORT - pers,actor :: credit\s+(?:\w+\s+){0,3}(?:goes|went|belongs)\s+(?:to|for)\b
REQUEST - pers,actor,recip :: urg(?:ed|es|ing)\b|call(?:ed|s|ing)?\s+(?:on|upon)\b|appeal(?:ed|s)?\s+to\b|asked\b(?!\s+(?:not\s+to|about|whether|if|why|how|what|when))|request(?:ed|s)\b|demand(?:ed|s)\b
REQUEST - pers,actor,recip :: call(?:ed|s|ing)?\s+for\b
ACCUSE disapprove pers,actor :: critici[sz](?:ed|es|ing|e)\b|condemn(?:ed|s|ing)?\b|accus(?:ed|es|ing)\b|blam(?:ed|es|ing)\b|denounc\w*|slamm?(?:ed|s)\b|censur\w*|rebuk\w*|(?:expressed|voiced|raised)\s+(?:\w+\s+){0,2}concerns?\b
SANCTION - actor :: (?P<t>impos\w*|introduc\w*|establish\w*|adopt\w*|expand\w*|extend\w*|announc\w*|slapp\w*|levi\w*)(?=\s+(?:\S+\s+){0,4}?(?:sanctions?|sanctioned|embargo(?:es)?|export\s+bans?)\b)
SANCTION - actor :: (?P<t>impos\w*|introduc\w*|tighten\w*|adopt\w*|expand\w*|extend\w*|announc\w*)(?=\s+(?:\S+\s+){0,3}?(?:export|import|trade)\s+(?:restrictions?|controls?|curbs?)\b)|restrict(?:ed|s)\s+(?:the\s+)?(?:exports?|imports?)\b
SANCTION - - :: (?:banned|blacklisted|fined|expelled)\b|(?:was|were|been|be)\s+(?:convicted|sentenced)\b|(?P<t>convicted|sentenced)(?=\s+(?:\S+\s+){0,3}?(?:to|of|for)\b)
COERCE arrest - :: arrest(?:ed|s)?\b|detain(?:ed|s)?\b|detentions?\s+of\b
PROTEST - - :: protest(?:s|ed|ing)?\b|demonstrations?\b(?!\s+of\b)|picket\w*
MOBILIZE - - :: (?P<t>deploy\w*|sen[dt]s?|station\w*|mass\w*)(?=\s+(?:\S+\s+){0,4}?(?:troops|forces|soldiers|peacekeepers|military\s+units)\b)|(?:troops|forces|soldiers)\s+(?:were|was|have\s+been)\s+(?:deployed|sent)\b|mobili[sz](?:ed|es|ing|ation)\s+(?:of\s+)?(?:troops|forces|reservists|the\s+army)\b|(?:joint\s+)?military\s+(?:exercises|drills)\b
THREATEN - actor :: threaten(?:ed|s|ing)?\b|ultimatum\b
REJECT - pers,actor :: reject(?:ed|s|ing)?\b|refus(?:ed|es)\b(?!\s+to\s+(?:comment|say|elaborate|disclose|confirm|specify|answer|respond|discuss)\b)|declined\s+to\s+(?!comment|say|elaborate|disclose|confirm|specify|answer|respond|discuss|be\s+named|give)|vetoed\b
CONCEDE - actor :: (?P<t>lift(?:ed|s)?|eas(?:ed|es)|relax(?:ed|es))(?=\s+(?:\S+\s+){0,3}?(?:sanctions|restrictions|bans?)\b)|released\s+(?:\S+\s+){0,3}?(?:prisoners|detainees|hostages)\b|apologi[sz]ed\b|conceded\b
RETREAT - - :: withdr(?:ew|awn|aws|awing)\b|pull(?:ed|s)?\s+out\b|exit(?:ed|s)?\s+from\b
ASSAULT - actor :: (?:armed|terrorist|military|drone|missile|rocket|air|border)\s+(?:attacks?|raids?|strikes?)\b|bomb(?:ed|ings?)\b|shell(?:ed|ing)\b|air\s?strikes?\b|invaded\b
ASSAULT - sym :: clash(?:ed|es)\b
"""

_RU_TABLE = r"""
CONSULT phone - :: телефонн\w+\s+(?:разговор|переговор|беседу|беседа)\w*|переговорил\w*\s+по\s+телефону|видеоконференц\w*
CONSULT multilateral sym,noun :: саммит\w*
CONSULT multilateral sym,noun :: конференци\w*|заседани\w*|ассамбле\w*|круглого\s+стола
CONSULT visit - :: визит\w*|посетил\w*|посетит\w*|посещени\w*
CONSULT visit - :: прибыл\w*\s+в\b|прибыти\w*\s+в\b|приезд\w*
CONSULT visit - :: принял\w*\s+(?:в\s+\S+\s+)?(?:делегаци\w*|президент\w*|премьер\w*|министр\w*|посл\w*)
CONSULT - noun :: встреч(?:а|е|и|у|ей|ами|ах)\b|встретил\w*|встретят\w*|встречал\w*
CONSULT - sym,noun :: переговор\w*|консультаци\w*
AGREE - sym :: (?P<t>подпис\w*)(?={W8}{DOCS})
AGREE - sym :: (?P<t>заключ\w*)(?={W6}{DOCS})
AGREE - sym :: договорил\w*|достигл\w*\s+(?:\w+\s+)?(?:договоренност|соглашени|консенсус)\w*|договоренност\w*\s+(?:был[аи]?\s+)?достигнут\w*|совместн\w+\s+решени\w*
AGREE - sym :: (?P<t>принял\w*|принят\w*|одобрил\w*)(?=\s+(?:\S+\s+){0,2}?(?:декларац|заявлени|резолюц|дорожн)\w*)
AGREE - sym :: вступил\w*\s+в\s+(?!силу)|вступлени\w*\s+в\s+(?!силу)|принят\w*\s+в\s+(?:члены|состав)
COOPERATE - - :: (?P<t>ускор\w*|нача\w*|стартова\w*|возобнов\w*|запуст\w*)(?=\s+(?:\S+\s+){0,2}?строительств\w*)|строительств\w*\s+(?:\S+\s+){0,5}?(?:началось|стартовало|начато)
COOPERATE - - :: запустил\w*|запущен\w*|введен\w*\s+в\s+эксплуатацию|открыт\w*\s+движени\w*
COOPERATE - - :: (?P<t>созда\w*|учреди\w*)(?=\s+(?:\S+\s+){0,2}?совместн\w+\s+предприяти\w*)
COOPERATE - - :: (?P<t>приобр\w*|выкуп\w*|купил\w*)(?=\s+(?:\S+\s+){0,3}?(?:дол\w+|акци\w+|пакет\w*|прав\w*|концесси\w*))
COOPERATE - - :: сотруднича\w*\s+с\b|совместно\s+(?:постро|стро|реализ|разрабат|развива)\w*|развива\w*\s+(?:\w+\s+)?(?:связи|отношения)
AID economic - :: (?P<t>предостав\w*|выдел\w*|выда\w*|пообеща\w*|одобри\w*|направи\w*)(?={W8}{AID})
AID economic agent :: при\s+(?:финансовой\s+)?(?:поддержке|содействии|участии)\b|(?:профинансирован\w*|финансиру\w*)\s+(?:\S+\s+)?(?=[А-ЯЁA-Z])
SUPPORT - pers,actor :: поддержал\w*|поддерживает|поддерживают|выразил\w*\s+(?:\w+\s+){0,2}поддержк\w*|высоко\s+оцени\w*|приветствовал\w*|одобрил\w*|поблагодарил\w*|похвалил\w*
REQUEST - pers,actor,recip :: призвал\w*|призыва\w*|попросил\w*|потребовал\w*|обратил\w*\s+с\s+просьбой
ACCUSE disapprove pers,actor :: раскритиковал\w*|критикова\w*|осудил\w*|осуждает|обвинил\w*|обвиня\w*|выразил\w*\s+(?:\w+\s+)?(?:обеспокоенност|озабоченност|протест)\w*
SANCTION - - :: (?P<t>ввел\w*|ввёл\w*|введ\w*|наложил\w*|расширил\w*|продлил\w*|объявил\w*)(?=\s+(?:\S+\s+){0,3}?(?:санкци|эмбарго|запрет)\w*)|запретил\w*|приговорил\w*|осужден\w*|оштрафова\w*|выслал\w*
COERCE arrest - :: задержал\w*|задержан\w*|арестова\w*|арест\b|аресте\b|ареста\b
PROTEST - - :: митинг\w*|пикет\w*|(?:демонстрац|акци)\w*\s+протеста|протестова\w*|протестующ\w*|протест\w*\s+против
MOBILIZE - - :: (?P<t>разверн\w*|перебро\w*|направи\w*|ввел\w*|ввели)(?=\s+(?:\S+\s+){0,2}?(?:войск|военн|контингент|миротворц)\w*)|военн\w+\s+учени\w*|мобилизац\w*
THREATEN - actor :: пригрозил\w*|угрожа\w*
REJECT - pers,actor :: отклонил\w*|отверг\w*|отказал\w*ся
CONCEDE - actor :: (?P<t>снял\w*|смягчил\w*|отменил\w*)(?=\s+(?:\S+\s+){0,3}?(?:санкци|ограничени|запрет)\w*)|освободил\w*
RETREAT - - :: (?P<t>вывел\w*|вывод\w*)(?=\s+(?:\S+\s+){0,2}?(?:войск|контингент)\w*)|вышл?\w*\s+из\s+(?:состава|договора|соглашения|организации)
ASSAULT - - :: атаковал\w*|атак[аиуе]\b|обстрел\w*|напал\w*|нападени\w*|бомбардир\w*|убит\w*
"""

_DE_TABLE = r"""
CONSULT phone - :: telefon(?:at|gespräch|iert)\w*
CONSULT multilateral sym,noun :: gipfel\w*|konferenz\w*
CONSULT visit - :: (?:staats|arbeits)?besuch\w*|besucht\w*|reist\w*\s+nach\b|empfing\b|traf\s+(?:sich\s+)?mit\b|trafen\s+sich\b
CONSULT - sym,noun :: gespräch\w*|verhandlung\w*|beratung\w*
AGREE - sym :: unterzeichne\w*|unterschrieb\w*|unterschrieben\b|vereinbart\w*|einigten\s+sich\b|(?P<t>schloss\w*)(?={W6}{DOCS})|trat\w*\s+(?:\S+\s+){0,3}?bei\b|beigetreten\b
COOPERATE - - :: (?:bau|errichtung)\s+(?:\S+\s+){0,5}?(?:begonnen|gestartet|aufgenommen)|gemeinsam\w*\s+(?:bau|entwickl|produz|betreib)\w*|gemeinschaftsunternehmen\w*|(?P<t>erwarb\w*|kaufte\w*|übernahm\w*)(?=\s+(?:\S+\s+){0,3}?(?:anteil|beteiligung|prozent|aktien)\w*)|in\s+betrieb\s+genommen
AID economic - :: (?P<t>gewähr\w*|stellt\w*|sagte\w*|vergab\w*|bewilligt\w*)(?={W8}{AID})
SUPPORT - pers,actor :: unterstützt\w*|lobte\w*|begrüßte\w*|würdigte\w*|dankte\w*
REQUEST - pers,actor :: forderte\w*|rief\s+(?:\S+\s+){0,4}?auf\b|appellierte\w*|bat\s+(?:\S+\s+){0,3}?um\b
ACCUSE disapprove pers,actor :: kritisierte\w*|verurteilte\w*|warf\s+(?:\S+\s+){0,5}?vor\b|beschuldigte\w*
SANCTION - actor :: (?P<t>verhängt\w*|erließ\w*|beschloss\w*|verschärft\w*)(?=\s+(?:\S+\s+){0,3}?(?:sanktion|embargo|export\w*beschränkung|ausfuhr\w*)\w*)|sanktioniert\w*
COERCE arrest - :: festgenommen\b|verhaftet\b|festnahme\w*
PROTEST - - :: protestiert\w*|demonstrierte\w*|kundgebung\w*
MOBILIZE - - :: (?:militär)?manöver\w*|(?P<t>stationiert\w*|entsandt\w*|verlegt\w*)(?=\s+(?:\S+\s+){0,3}?(?:truppen|soldaten|streitkräfte))
RETREAT - - :: (?:zog|ziehen)\w*\s+(?:\S+\s+){0,4}?ab\b|abzug\w*
"""

_KK_TABLE = r"""
CONSULT phone - :: телефон\s+арқылы\s+(?:сөйлес|әңгімелес)\w*|телефонмен\s+сөйлес\w*
CONSULT multilateral sym,noun :: саммит\w*|конференция\w*|форум\w*
CONSULT visit - :: (?:ресми|мемлекеттік|жұмыс)\s+сапар\w*|сапарм\w*|сапары\w*|сапарын\w*|сапар\w*\s+жаса\w*|барып\s+қайт\w*
CONSULT - noun :: кездес\w*
CONSULT - sym,noun :: келіссөз\w*
AGREE - sym :: қол\s+қой\w*|келісімге\s+кел\w*|келісті\w*|мақұлда\w*
COOPERATE - - :: бірлескен\s+кәсіпорын\w*|іске\s+қосыл\w*|іске\s+қос\w*|құрылыс\w*\s+(?:\S+\s+){0,3}?басталды|(?P<t>сатып\s+ал\w*)
AID economic - :: (?:несие|кредит|грант|көмек|қаржы|инвестиция)\w*\s+(?:\S+\s+){0,3}?(?:бөл|бер|ұсын|сал|көрсет)\w*
SUPPORT - pers,actor :: қолдау\w*\s+(?:\S+\s+){0,2}?білдір\w*|қолдады|жоғары\s+бағала\w*|алғыс\s+айт\w*
REQUEST - pers,actor :: шақырды\w*|сұрады\w*|талап\s+ет\w*|өтініш\s+жаса\w*
ACCUSE disapprove pers,actor :: сынға\s+ал\w*|сынады\w*|айыпта\w*
SANCTION - - :: санкция\w*|тыйым\s+сал\w*
COERCE arrest - :: ұсталды\w*|ұстады\w*|қамауға\s+ал\w*
PROTEST - - :: наразылық\w*|митинг\w*|пикет\w*
"""

_PIECES = {
    "en": {
        "{DOCS}": r"(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|deals?|declarations?|accords?|contracts?|documents?|road\s?maps?|protocols?|charter|conventions?|pacts?|communiqu[eé]s?)\b",
        "{COOP}": r"(?:projects?|terminals?|routes?|corridors?|cent(?:er|re)s?|platforms?|plants?|railways?|lines?|services?|ventures?|compan(?:y|ies)|initiatives?|programm?e?s?|facilit(?:y|ies)|hubs?|ports?|zones?|funds?|mechanisms?|partnerships?|trains?|flights?|constructions?|works|mines?|pipelines?|cooperation|production|plans?)\b",
        "{AID}": r"(?:grants?|loans?|credit(?:\s+lines?)?|aid|assistance|investment\s+package|funding|financing|financial\s+package|aid\s+package)\b",
    },
    "de": {
        "{DOCS}": r"(?:abkommen|vertrag|verträge|vereinbarung\w*|memorandum|absichtserklärung\w*|erklärung\w*|protokoll\w*|fahrplan|roadmap|dokument\w*)",
        "{COOP}": r"(?:projekt\w*|terminal\w*|route\w*|korridor\w*|zentrum|werk\w*|anlage\w*|eisenbahn\w*|pipeline\w*)",
        "{AID}": r"(?:kredit\w*|darlehen\w*|zuschuss\w*|zuschüsse\w*|hilfe\w*|finanzhilfe\w*|förder\w*|milliarden|millionen)",
    },
    "kk": {
        "{DOCS}": r"(?:келісім|меморандум|декларация|шарт|құжат)",
        "{COOP}": r"(?:жоба|теміржол|құбыр)",
        "{AID}": r"(?:несие|грант|көмек)",
    },
    "ru": {
        "{DOCS}": r"(?:соглашени|договор|меморандум|декларац|контракт|документ|протокол|дорожн\w*\s+карт|хартию|конвенц|пакт)",
        "{COOP}": r"(?:проект|терминал|маршрут|коридор|центр|платформ|завод|электростанц|железн|лини|предприяти|производств|трубопровод|газопровод)",
        "{AID}": r"(?:кредит|грант|помощ|займ|заем|финансировани|инвестиционн\w*\s+пакет|безвозмездн)",
    },
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger pattern: the event type and mode it signals and how its participants are read."""

    type: str
    mode: str | None
    pattern: re.Pattern[str]
    symmetric: bool = False
    personal: bool = False
    needs_actor: bool = False
    needs_recipient: bool = False
    nominal: bool = False
    agent_after: bool = False


def _parse_triggers(table: str, lang: str) -> tuple[Trigger, ...]:
    """Parse a trigger table into compiled triggers, in table order (earlier rows win overlaps)."""
    out = []
    for line in table.strip().splitlines():
        head, rx = line.split(" :: ", 1)
        type_, mode, flags = head.split()
        for key, piece in _PIECES[lang].items():
            rx = rx.replace(key, piece)
        rx = re.sub(r"\{W(\d+)\}", lambda m: r"(?:\W+\S+){0," + m.group(1) + r"}?\W+", rx)
        f = set(flags.split(","))
        out.append(
            Trigger(
                type=type_,
                mode=None if mode == "-" else mode,
                pattern=re.compile(_OPEN + rx + ")", _FLAGS),
                symmetric="sym" in f,
                personal="pers" in f,
                needs_actor="actor" in f,
                needs_recipient="recip" in f,
                nominal="noun" in f,
                agent_after="agent" in f,
            )
        )
    return tuple(out)


TRIGGERS: dict[str, tuple[Trigger, ...]] = {
    "en": _parse_triggers(_EN_TABLE, "en"),
    "ru": _parse_triggers(_RU_TABLE, "ru"),
    "de": _parse_triggers(_DE_TABLE, "de"),
    "kk": _parse_triggers(_KK_TABLE, "kk"),
}


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue patterns of one language: status markers, background clauses and participant hints."""

    future: re.Pattern[str]
    future_after: re.Pattern[str]
    hypothetical: re.Pattern[str]
    negated: re.Pattern[str]
    decision: re.Pattern[str]
    past_after: re.Pattern[str]
    background: re.Pattern[str]
    attribution: re.Pattern[str]
    speech: re.Pattern[str]
    pronoun: re.Pattern[str]
    group: re.Pattern[str]
    meeting_group: re.Pattern[str]
    hosting_object: re.Pattern[str]
    by_agent: re.Pattern[str]
    passive: re.Pattern[str]
    passive_by: re.Pattern[str]
    separate: re.Pattern[str]
    definite: re.Pattern[str]
    between: re.Pattern[str]
    possessive: re.Pattern[str]
    preposition: re.Pattern[str]
    locative: re.Pattern[str]


_EN_CUES = r"""
future :: \b(?:will|shall|is\s+to|are\s+to|set\s+to|poised\s+to|slated\s+to|due\s+to\s+(?!the\b|a\b|its\b|their\b|\w+ing\b)|plans?\s+to|planned|planning|intends?\s+to|expected\s+to|(?:is|are)\s+going\s+to|(?:un)?likely\s+to|scheduled|upcoming|forthcoming|next|aims?\s+to|seeks?\s+to|hopes?\s+to|would)\b
future_after :: ^\W*(?:\S+\s+){0,6}?(?:will|is\s+(?:set|due|scheduled|expected)\s+to|(?:is|are)\s+to\s+be|is\s+planned|is\s+scheduled)\b
hypothetical :: \b(?:could|may|might|can|if|unless|potential(?:ly)?|possible|possibly|ready\s+to|willing\s+to|willingness|should|would|regularly|usually|often|annual|annually|every\s+year|each\s+year|traditionally|whether|proposed|proposal)\b
negated :: \b(?:not|n't|never|no|neither|nor|fail(?:ed|s)?\s+to|unable\s+to|refused\s+to|without)\b(?!\s+(?:only|longer)\b)
decision :: \b(?:announced|decided|agreed|pledged|committed|confirmed)\b
past_after :: ^\W*(?:\S+\s+){0,4}?(?:was|were|has\s+been|had\s+been)\s+(?:held|signed|concluded)\b
background :: (?:^|[^\w])(?:since|ever\s+since|prior\s+to)\s
attribution :: \b(?:according\s+to|citing|cited\s+by|reports?|reported|told|via|quoted\s+by|said\s+in)\s*$
speech :: \b(?:said|says|stated|noted|told|added|declared|wrote|stressed|emphasi[sz]ed|underlined|highlighted|remarked|announced|insisted)\b
pronoun :: ^\W*(?:he|she)\b
group :: \b(?:the\s+(?:summit|meeting|talks|visit|participants|sides|parties|leaders|heads\s+of\s+state|two\s+countries|two\s+sides|two\s+leaders|gathering|forum|countries|states|member\s+states)|both\s+(?:sides|countries|leaders)|(?:the|all|these|those)\s+(?:two|three|four|five|six|seven|\d)\s+(?:[\w-]+\s+){0,2}?(?:countries|states|nations|sides|leaders|presidents|republics|governments|neighbou?rs))\b
meeting_group :: \b(?:the\s+(?:participants|sides|parties|leaders|heads\s+of\s+state|two\s+sides|two\s+leaders|delegations)|both\s+(?:sides|leaders))\b
hosting_object :: ^\s+(?:the\s+|all\s+|their\s+|foreign\s+|visiting\s+)*(?:leaders?|guests?|delegat\w+|president|prime\s+minister|heads?|children|participants|him|her|them|members)\b
by_agent :: ^(?:\s+\S+)?\s+by\s+(?!\d|the\s+end\b|(?:early|late|mid|end)\b)
passive :: \b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$
passive_by :: ^[^,;:.]{0,60}?\bby\s+(?!\d|the\s+end\b|(?:early|late|mid|end)\b)
separate :: \bseparate\b\W*$
definite :: \b(?:the|this|that)\s+$
between :: ^\s+(?:between|among)\b
possessive :: \b(?:his|her|its|their)\s+(?:\w+\s+)?$
preposition :: \b(?:of|in|to|for|from|with|at|on|about|between|into|over|against|toward|towards|via|through|across|including)\s+(?:the\s+)?(?:\w+\s+)?$
locative :: \b(?:in|at|from|into|via|through|near)\s+(?:the\s+)?$
"""

_RU_CUES = r"""
future :: (?<![\w])(?:будет|будут|буду|станет|планиру\w*|намерен\w*|собира\w*|ожида\w*|предстоящ\w*|запланирован\w*|предполага\w*|должн\w*\s+(?:будет|быть))(?![\w])
future_after :: ^\W*(?:\S+\s+){0,5}?(?:будет|будут|состоится|пройдет|запланирован\w*)(?![\w])
hypothetical :: (?<![\w])(?:может|могут|мог\w*|возможн\w*|если|бы|готов\w*|потенциальн\w*|ежегодн\w*|регулярн\w*|предлож\w*)(?![\w])
negated :: (?<![\w])(?:не|ни|нет|отказал\w*\s+от|без)(?![\w])(?!\s+только)
decision :: (?<![\w])(?:объявил\w*|решил\w*|договорил\w*|пообещал\w*|сообщил\w*\s+о\s+том)(?![\w])
past_after :: ^\W*(?:\S+\s+){0,4}?(?:прош[её]л|прошла|прошли|состоял\w*)(?![\w])
background :: (?:^|[^\w])(?:с\s+момента|начиная\s+с)\s
attribution :: (?:сообщает|сообщил\w*|по\s+данным|пишет|передает|со\s+ссылкой\s+на|заявили\s+в)\s*$
speech :: (?<![\w])(?:заявил\w*|сказал\w*|отметил\w*|подчеркнул\w*|написал\w*|сообщил\w*|добавил\w*)(?![\w])
pronoun :: ^\W*(?:он|она)(?![\w])
group :: (?<![\w])(?:стороны|сторон|участники|лидеры|главы\s+государств|обе\s+страны|(?:две|три|четыре|пять|шесть)\s+(?:\w+\s+)?(?:стран\w*|государств\w*|республик\w*)|саммит\w*|встреч\w*|переговор\w*)(?![\w])
meeting_group :: (?<![\w])(?:стороны|участники|лидеры|главы\s+государств|делегации)(?![\w])
hosting_object :: ^\s+(?:гостей|делегаци\w*|лидеров|участников)
by_agent :: ^$
passive :: ^$
passive_by :: ^$
separate :: (?<![\w])отдельн\w*\W*$
definite :: (?<![\w])(?:этот|этом|этого|эта|этой|эту|данн\w+)\s+$
between :: ^\s+(?:между)(?![\w])
possessive :: (?<![\w])(?:его|ее|её|их)\s+$
preposition :: (?<![\w])(?:в|во|на|с|со|к|по|из|от|для|о|об|при|через|между|против)\s+(?:\w+\s+)?$
locative :: (?<![\w])(?:в|во|из|через)\s+$
"""

_DE_CUES = r"""
future :: (?<![\w])(?:wird|werden|soll|sollen|plant\w*|geplant\w*|beabsichtig\w*|künftig\w*|nächste\w*|demnächst|voraussichtlich)(?![\w])
future_after :: ^\W*(?:\S+\s+){0,5}?(?:wird|werden|soll|sollen)(?![\w])
hypothetical :: (?<![\w])(?:könnte\w*|kann|können|möglich\w*|wenn|falls|würde\w*|bereit|jährlich\w*|regelmäßig\w*)(?![\w])
negated :: (?<![\w])(?:nicht|kein\w*|nie|niemals|ohne)(?![\w])
decision :: (?<![\w])(?:beschloss\w*|kündigte\w*|vereinbarte\w*|entschied\w*|sagte\w*\s+zu)(?![\w])
past_after :: ^\W*(?:\S+\s+){0,4}?(?:fand|stattgefunden|wurde\s+unterzeichnet)(?![\w])
background :: (?:^|[^\w])(?:seit|seitdem)\s
attribution :: (?:laut|zufolge|berichtet\w*|meldet\w*|unter\s+berufung\s+auf)\s*$
speech :: (?<![\w])(?:sagte|erklärte|betonte|teilte|schrieb|unterstrich)\w*(?![\w])
pronoun :: ^\W*(?:er|sie)(?![\w])
group :: (?<![\w])(?:beide\w*\s+(?:seiten|länder|staaten)|die\s+(?:seiten|staaten|länder|präsidenten|teilnehmer|staats-\s+und\s+regierungschefs)|die\s+(?:zwei|drei|vier|fünf|sechs)\s+(?:\w+\s+)?(?:länder|staaten|republiken))(?![\w])
meeting_group :: (?<![\w])(?:beide\w*\s+seiten|die\s+(?:seiten|teilnehmer|delegationen|präsidenten))(?![\w])
hosting_object :: ^\s+(?:die\s+|den\s+)?(?:gäste|delegation\w*|präsident\w*|staats\w*)
by_agent :: ^(?:\s+\S+)?\s+(?:von|durch)\s
passive :: (?<![\w])(?:wurde|wurden|worden|ist|sind)\s+(?:\w+\s+)?$
passive_by :: ^[^,;:.]{0,60}?(?<![\w])(?:von|durch)\s
separate :: (?<![\w])(?:getrennt\w*|separat\w*)\W*$
definite :: (?<![\w])(?:der|die|das|dem|den|diese\w*)\s+$
between :: ^\s+(?:zwischen)(?![\w])
possessive :: (?<![\w])(?:sein\w*|ihr\w*)\s+(?:\w+\s+)?$
preposition :: (?<![\w])(?:von|vom|in|im|nach|mit|für|aus|zu|zum|zur|bei|über|gegen|zwischen|an|auf)\s+(?:de[mnrs]\s+|die\s+|das\s+)?(?:\w+\s+)?$
locative :: (?<![\w])(?:in|im|aus|nach|bei)\s+(?:de[mnrs]\s+|die\s+|das\s+)?$
"""

_KK_CUES = r"""
future :: (?<![\w])(?:жоспарлан\w*|көзделі\w*|күтіл\w*|болады|болмақ|алдағы)(?![\w])
future_after :: ^\W*(?:\S+\s+){0,5}?(?:жоспарлан\w*|күтіл\w*|болады|өтеді)(?![\w])
hypothetical :: (?<![\w])(?:мүмкін|егер|ықтимал\w*|жыл\s+сайын)(?![\w])
negated :: (?<![\w])(?:жоқ|емес)(?![\w])
decision :: (?<![\w])(?:шешті|жариялады|мәлімдеді)(?![\w])
past_after :: ^\W*(?:\S+\s+){0,4}?(?:өтті|болды)(?![\w])
background :: (?!)
attribution :: (?:хабарлайды|мәліметінше|деректері\w*|сәйкес)\s*$
speech :: (?<![\w])(?:деді|мәлімдеді|атап\s+өтті|айтты|жазды)(?![\w])
pronoun :: ^\W*(?:ол)(?![\w])
group :: (?<![\w])(?:тараптар|екі\s+ел\w*|екі\s+тарап\w*|көшбасшылар|мемлекет\s+басшылары)(?![\w])
meeting_group :: (?<![\w])(?:тараптар|көшбасшылар|мемлекет\s+басшылары|делегациялар)(?![\w])
hosting_object :: (?!)
by_agent :: (?!)
passive :: (?!)
passive_by :: (?!)
separate :: (?!)
definite :: (?<![\w])(?:бұл|осы)\s+$
between :: (?!)
possessive :: (?!)
preposition :: (?!)
locative :: (?!)
"""


def _parse_cues(table: str) -> Cues:
    rows = dict(line.split(" :: ", 1) for line in table.strip().splitlines())
    return Cues(**{f.name: re.compile(rows[f.name], _FLAGS) for f in fields(Cues)})


CUES: dict[str, Cues] = {
    "en": _parse_cues(_EN_CUES),
    "ru": _parse_cues(_RU_CUES),
    "de": _parse_cues(_DE_CUES),
    "kk": _parse_cues(_KK_CUES),
}


@lru_cache(maxsize=4)
def _index(lang: str) -> PrefixIndex:
    """Return the trigger rows of a language indexed by the first letters of their matches."""
    return PrefixIndex([trig.pattern for trig in TRIGGERS[lang]], after=r"[\w-]")


def trigger_starts(folded: str, lang: str) -> list[int] | None:
    """Return where trigger rows may start in a whole document given as `prefilter.fold_text` makes it.

    Pass the positions that fall in a sentence (made relative to it) to `find_triggers` to spare it a scan;
    None when the index cannot tell.
    """
    return _index(lang).occurrences(folded)


def _trigger_matches(text: str, lang: str, starts: list[int] | None) -> Iterator[tuple[int, re.Match[str]]]:
    """Yield (row, match) for the first row (in table order) that matches at each word start."""
    triggers = TRIGGERS[lang]
    index = _index(lang)
    positions = index.positions(text) if starts is None else [p for p in starts if index.admits(text, p)]
    for pos in positions:
        for i in index.candidates(text, pos):
            m = triggers[i].pattern.match(text, pos)
            if m is not None:
                yield i, m
                break


def find_triggers(text: str, lang: str, starts: list[int] | None = None) -> list[tuple[int, int, Trigger]]:
    """Return the trigger matches in a sentence as (start, end, trigger), earliest first, without overlaps.

    At one position the earliest table row wins; a row's group `t` narrows the span to the trigger word.
    `starts` are the sentence's positions from `trigger_starts` when the caller has them.
    """
    triggers = TRIGGERS[lang]
    found: list[tuple[int, int, int]] = []
    for i, m in _trigger_matches(text, lang, starts):
        s, e = m.span("t") if m.re.groupindex.get("t") and m.group("t") else m.span()
        found.append((s, e, i))
    found.sort(key=lambda x: (x[0], x[2]))
    out: list[tuple[int, int, Trigger]] = []
    for s, e, i in found:
        if not out or s >= out[-1][1]:
            out.append((s, e, triggers[i]))
    return out


def clause_before(text: str, pos: int, max_words: int) -> str:
    """Return up to `max_words` words before `pos`, cut at the nearest clause boundary."""
    head = text[:pos]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(head):
        cut = m.end()
    return " ".join(head[cut:].split()[-max_words:])


def mention_status(text: str, start: int, end: int, trig: Trigger, cues: Cues) -> str | None:
    """Return the PLOVER status of a trigger mention in a sentence, or None inside a background clause.

    "asserted" unless a negation just before it ("did not sign"), a hedge in its clause ("could", "if") or a
    future marker ("will", "is set to"; after a nominal trigger too: "the summit will be held") says
    otherwise; a decision stated before the marker ("announced that it will") keeps it asserted.
    """
    before = clause_before(text, start, 12)
    if cues.background.search(" " + before):
        return None
    words = before.split()
    if cues.negated.search(" ".join(words[-4:])) and trig.type != "REJECT":
        return "negated"
    after = text[end:]
    if trig.nominal and cues.past_after.search(after):
        return "asserted"
    if cues.hypothetical.search(" ".join(words[-8:])):
        status = "hypothetical"
    elif cues.future.search(before) or (trig.nominal and cues.future_after.search(after)):
        status = "future"
    else:
        return "asserted"
    prefix = text[:start]
    marker = cues.future.search(prefix) or cues.hypothetical.search(prefix)
    return "asserted" if cues.decision.search(prefix[: marker.start()] if marker else prefix) else status


def date_expressions(text: str, lang: str) -> list[tuple[int, int, str | None]]:
    """Return the date expressions of `text`, preferring "August 1992" over a relative "In August" prefix."""
    out = []
    for ds, de, value in find_date_expressions(text, lang):
        first = _FIRST_WORD.match(text, ds)
        if value is None and first and first.end() < de:
            skip = first.end() + 1
            inner = find_date_expressions(text[skip : skip + 40], lang)
            if inner and inner[0][0] == 0 and inner[0][2] and skip + inner[0][1] >= de:
                ds, de, value = skip, skip + inner[0][1], inner[0][2]
        out.append((ds, de, value))
    return out


def event_date(
    sent: str,
    lang: str,
    anchor: int,
    ref: date | None,
    expressions: list[tuple[int, int, str | None]] | None = None,
) -> tuple[str | None, str | None]:
    """Return the date nearest the trigger at `anchor` in a sentence (resolved, or None) and a comparison key.

    Relative dates are resolved against `ref` (the publication date), never replaced by it. The key is the
    date, or the words of a date that could not be resolved ("May 15" with no publication date), so that
    mentions with different dates are never taken for one event. `expressions` are the sentence's
    `date_expressions` when the caller has them already (one sentence, several triggers).
    """
    best: tuple[int, str | None, str] | None = None
    if expressions is None:
        expressions = date_expressions(sent, lang)
    for ds, de, value in expressions:
        expr = sent[ds:de]
        if value is None and ref is not None:
            value = resolve_relative(expr, ref, lang)
        key = value or "~" + " ".join(expr.lower().split()[-2:])
        dist = min(abs(ds - anchor), abs(de - anchor))
        if best is None or dist < best[0]:
            best = (dist, value, key)
    return (best[1], best[2]) if best else (None, None)
