"""Places as speakers and as no one: country, capital and institution metonyms that stand for a government
("Yerevan", "the Kremlin", "Official Baku", "Downing Street"), keyed by country (:func:`place_key`), and the
names of seas and landforms that no pronoun stands for (:func:`is_landform`). Pure string code.
"""

from __future__ import annotations

import re

#: country|adjective|capital|other metonyms (institutions standing for the government).
_PLACES = """
afghanistan|afghan|kabul|
armenia|armenian|yerevan|
azerbaijan|azerbaijani|baku|
belarus|belarusian|minsk|
belgium|belgian|brussels|
brazil|brazilian|brasilia,brasília|planalto
canada|canadian|ottawa|
china|chinese|beijing|zhongnanhai
colombia|colombian|bogota,bogotá|casa de nariño
egypt|egyptian|cairo|
eritrea|eritrean|asmara|
ethiopia|ethiopian|addis ababa|
france|french|paris|elysee,elysée,elysée palace,quai d'orsay
georgia|georgian|tbilisi|
germany|german|berlin|chancellery
greece|greek|athens|
india|indian|new delhi,delhi|
iran|iranian|tehran|
iraq|iraqi|baghdad|
israel|israeli|jerusalem|
italy|italian|rome|palazzo chigi
japan|japanese|tokyo|
jordan|jordanian|amman|
kosovo|kosovar|pristina|
lebanon|lebanese|beirut|
mali|malian|bamako|
mexico|mexican|mexico city|
netherlands|dutch|the hague|
north korea|north korean|pyongyang|
pakistan|pakistani|islamabad|
poland|polish|warsaw|
qatar|qatari|doha|
russia|russian|moscow|kremlin,the kremlin
saudi arabia|saudi|riyadh|
serbia|serbian|belgrade|
somalia|somali|mogadishu|
south korea|south korean|seoul|
south sudan|south sudanese|juba|
spain|spanish|madrid|moncloa
sudan|sudanese|khartoum|
syria|syrian|damascus|
taiwan|taiwanese|taipei|
turkey|turkish|ankara|
ukraine|ukrainian|kyiv,kiev|
united kingdom|british|london|downing street,number 10,no 10,whitehall,britain,uk,u.k.
united states|american|washington|white house,state department,u.s. state department,u.s.,us,usa,america
venezuela|venezuelan|caracas|miraflores
yemen|yemeni|sanaa|
algeria|algerian|algiers|
angola|angolan|luanda|
argentina|argentine|buenos aires|casa rosada
australia|australian|canberra|
austria|austrian|vienna|
bangladesh|bangladeshi|dhaka|
bolivia|bolivian|la paz|
bosnia|bosnian|sarajevo|
bulgaria|bulgarian||
cambodia|cambodian|phnom penh|
chile|chilean||la moneda
croatia|croatian|zagreb|
cuba|cuban|havana|
cyprus|cypriot|nicosia|
czech republic|czech|prague|
denmark|danish|copenhagen|
dr congo|congolese|kinshasa|democratic republic of congo,democratic republic of the congo,drc
ecuador|ecuadorian|quito|
estonia|estonian|tallinn|
finland|finnish|helsinki|
ghana|ghanaian|accra|
greenland|greenlandic|nuuk|
guatemala|guatemalan|guatemala city|
haiti|haitian|port-au-prince|
hungary|hungarian|budapest|
indonesia|indonesian|jakarta|
ireland|irish|dublin|
kazakhstan|kazakh|astana|
kenya|kenyan|nairobi|
kuwait|kuwaiti|kuwait city|
kyrgyzstan|kyrgyz|bishkek|
latvia|latvian|riga|
libya|libyan|tripoli|
lithuania|lithuanian|vilnius|
malaysia|malaysian|kuala lumpur,putrajaya|wisma putra
moldova|moldovan|chisinau,chișinău|
morocco|moroccan|rabat|
mozambique|mozambican|maputo|
myanmar|burmese|naypyitaw,naypyidaw|
nepal|nepali|kathmandu|
new zealand|new zealander|wellington|
nicaragua|nicaraguan|managua|
niger|nigerien|niamey|
nigeria|nigerian|abuja|
norway|norwegian|oslo|
oman|omani|muscat|
papua new guinea|papua new guinean|port moresby|
peru|peruvian|lima|
philippines|philippine,filipino|manila|malacañang
portugal|portuguese|lisbon|
romania|romanian|bucharest|
rwanda|rwandan|kigali|
senegal|senegalese|dakar|
singapore|singaporean||
slovakia|slovak|bratislava|
slovenia|slovenian|ljubljana|
south africa|south african|pretoria|
sri lanka|sri lankan|colombo|
sweden|swedish|stockholm|
switzerland|swiss|bern|
tajikistan|tajik|dushanbe|
tanzania|tanzanian|dodoma|
thailand|thai|bangkok|
tunisia|tunisian|tunis|
uganda|ugandan|kampala|
united arab emirates|emirati|abu dhabi|
uzbekistan|uzbek|tashkent|
vietnam|vietnamese|hanoi|
zambia|zambian|lusaka|
zimbabwe|zimbabwean|harare|
albania|albanian|tirana|
bahrain|bahraini|manama|
barbados|barbadian|bridgetown|
benin|beninese|porto-novo,cotonou|
botswana|botswanan|gaborone|
burkina faso|burkinabe|ouagadougou|burkina
burundi|burundian|gitega|
cameroon|cameroonian|yaounde,yaoundé|
central african republic||bangui|
chad|chadian|n'djamena,ndjamena|
djibouti|djiboutian||
dominican republic||santo domingo|
el salvador|salvadoran|san salvador|
fiji|fijian|suva|
gabon|gabonese|libreville|
gambia|gambian|banjul|the gambia
guinea|guinean|conakry|
guinea-bissau||bissau|
guyana|guyanese||
honduras|honduran|tegucigalpa|
iceland|icelandic|reykjavik|
ivory coast|ivorian|abidjan,yamoussoukro|côte d'ivoire,cote d'ivoire
jamaica|jamaican||
laos|laotian|vientiane|
lesotho||maseru|
liberia|liberian|monrovia|
madagascar|malagasy|antananarivo|
malawi|malawian|lilongwe|
malta|maltese|valletta|
mauritania|mauritanian|nouakchott|
mauritius|mauritian|port louis|
mongolia|mongolian|ulaanbaatar|
montenegro|montenegrin|podgorica|
namibia|namibian|windhoek|
north macedonia|macedonian|skopje|macedonia
panama|panamanian||
paraguay|paraguayan|asuncion,asunción|
republic of congo||brazzaville|congo-brazzaville
sierra leone|sierra leonean|freetown|
solomon islands||honiara|
suriname|surinamese|paramaribo|
timor-leste|timorese|dili|east timor
togo|togolese|lome,lomé|
turkmenistan|turkmen|ashgabat|
uruguay|uruguayan|montevideo|
andorra|andorran|andorra la vella|
antigua and barbuda|antiguan||antigua
bahamas|bahamian|nassau|the bahamas
belize|belizean|belmopan|
bhutan|bhutanese|thimphu|
bosnia and herzegovina|bosnian|sarajevo|bosnia
brunei|bruneian|bandar seri begawan|brunei darussalam
cabo verde|cape verdean|praia|cape verde
comoros|comorian|moroni|
costa rica|costa rican|san josé|
dominica||roseau|
equatorial guinea|equatoguinean|malabo|
eswatini|swazi|mbabane|swaziland
grenada|grenadian||
kiribati||tarawa|
liechtenstein||vaduz|
luxembourg|luxembourgish||
maldives|maldivian|malé|the maldives
marshall islands|marshallese|majuro|
micronesia|micronesian|palikir|
monaco|monegasque||
nauru|nauruan||
palau|palauan|ngerulmud|
palestine|palestinian|ramallah|
saint kitts and nevis|kittitian|basseterre|st kitts and nevis
saint lucia|saint lucian|castries|st lucia
saint vincent and the grenadines|vincentian|kingstown|st vincent
samoa|samoan|apia|
san marino|sammarinese||
sao tome and principe|||são tomé and príncipe
seychelles|seychellois||
tonga|tongan|nuku'alofa|
trinidad and tobago|trinidadian|port of spain,port-of-spain|trinidad
tuvalu|tuvaluan|funafuti|
vanuatu|ni-vanuatu|port vila|
vatican|||holy see,vatican city
"""


_GOVT = re.compile(
    r"^(?:the )?(?:official )?(.+?)(?:'s|’s)?(?: (?:federal |national |central )?government"
    r"| foreign ministry| ministry of foreign affairs| foreign office| presidency| leadership)?$"
)


def _place_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _PLACES.strip().splitlines():
        country, adj, capitals, others = line.split("|")
        for word in (country, adj, *capitals.split(","), *others.split(",")):
            if word:
                table[word] = country
    return table


PLACES = _place_table()
#: The capitals and institutions of the table ("moscow", "kremlin", "downing street"): no country, no adjective.
SEATS = frozenset(word for line in _PLACES.strip().splitlines() for part in line.split("|")[2:]
                  for word in part.split(",") if word)


def place_key(name: str) -> str | None:
    """The country a government metonym stands for, or None.

    ``"Official Baku"``, ``"Azerbaijan"``, ``"the Azerbaijani government"`` and
    ``"the Azerbaijani Ministry of Foreign Affairs"`` all give ``"azerbaijan"``; people,
    other ministries and unnamed sources ("Turkish officials") give None.

    Example:
        >>> place_key("Official Baku"), place_key("Kremlin"), place_key("Turkish officials")
        ('azerbaijan', 'russia', None)
    """
    low = " ".join(name.lower().replace("’", "'").split())
    if low.startswith("the "):
        low = low[4:]
    if low in PLACES:
        return PLACES[low]
    m = _GOVT.match(low)
    if m is None or m.group(1) == low:
        return None
    return PLACES.get(m.group(1).removeprefix("the "))


def is_landform(text: str) -> bool:
    """A sea's, river's or landform's name: "Red Sea", "Persian Gulf", "Lake Victoria", "Strait of Hormuz"."""
    words = [w.lower().strip(",.") for w in text.split()]
    return bool(words) and (words[0] in _WATER_FIRST or any(w in _LANDFORMS for w in words))


#: Head words of seas, rivers and landforms, in no person's name: "Red Sea", "Persian Gulf", "Nile River".
_LANDFORMS = frozenset("sea seas ocean river gulf strait straits canal peninsula mountains valley desert basin delta lakes "
                       "islands archipelago".split())


_WATER_FIRST = frozenset(("lake", "mount", "strait", "gulf", "cape", "port", "fort"))
