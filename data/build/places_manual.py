"""Hand-written place tables for data/build/places.py.

Written for newslens from general knowledge. Licence: CC0-1.0 (public domain dedication).
Nothing here comes from the evaluation texts.

Each table is one entry per line: NAME | ALIASES (aliases `|`-separated after the first
` | `). Lines starting with `#` are comments.
"""

# Country names as English news writes them, keyed by ISO 3166-1 alpha-2 code: the NAME
# replaces the GeoNames name when given (empty: keep GeoNames'), then aliases.
COUNTRY_ALIASES = """
AE | United Arab Emirates | UAE|U.A.E.
AF | | Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan
AG | | Antigua
BA | | Bosnia|Bosnia-Herzegovina|BiH
BO | | Plurinational State of Bolivia
BN | | Brunei Darussalam
BS | | The Bahamas
CD | Democratic Republic of the Congo | DR Congo|DRC|D.R.C.|Democratic Republic of Congo|Congo-Kinshasa|DR of Congo
CF | | Central African Rep.
CG | Republic of the Congo | Congo-Brazzaville|Republic of Congo|Congo
CI | Ivory Coast | Côte d'Ivoire|Cote d'Ivoire|Cote D'Ivoire
CN | China | People's Republic of China|PRC|P.R.C.|Mainland China|Communist China
CV | Cape Verde | Cabo Verde
CZ | Czech Republic | Czechia
DE | Germany | Federal Republic of Germany|FRG
DO | | Dominican Rep.
FK | Falkland Islands | Falklands|Malvinas|Islas Malvinas
FM | Micronesia | Federated States of Micronesia
FO | Faroe Islands | Faroes|Faeroe Islands
GB | United Kingdom | UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
GM | Gambia | The Gambia
HK | Hong Kong | HK|Hong Kong SAR
IO | British Indian Ocean Territory | Chagos Islands|Chagos Archipelago
IR | Iran | Islamic Republic of Iran|Persia
KN | | St. Kitts and Nevis|St Kitts and Nevis
KP | North Korea | DPRK|D.P.R.K.|Democratic People's Republic of Korea
KR | South Korea | ROK|R.O.K.|Republic of Korea
LA | | Lao PDR|Lao People's Democratic Republic
LC | | St. Lucia|St Lucia
MD | | Republic of Moldova
MK | North Macedonia | Macedonia|Republic of North Macedonia
MM | Myanmar | Burma|Republic of the Union of Myanmar
MO | Macau | Macao|Macau SAR
NL | Netherlands | The Netherlands|Holland|Kingdom of the Netherlands
NZ | | Aotearoa
PH | | The Philippines|Republic of the Philippines
PS | Palestine | Palestinian Territories|Palestinian territories|State of Palestine|Occupied Palestinian Territories
RU | Russia | Russian Federation
SA | | Kingdom of Saudi Arabia|KSA
ST | São Tomé and Príncipe | Sao Tome and Principe
SY | Syria | Syrian Arab Republic
SZ | Eswatini | Swaziland
TL | East Timor | Timor-Leste|Timor Leste
TR | Turkey | Türkiye|Turkiye|Republic of Turkey
LK | | Ceylon
TH | | Siam
TW | Taiwan | Republic of China|ROC|R.O.C.|Chinese Taipei
TZ | | United Republic of Tanzania
US | United States | US|U.S.|USA|U.S.A.|America|United States of America
VA | Vatican City | Vatican|Holy See
VC | | St. Vincent and the Grenadines|St Vincent and the Grenadines
VE | | Bolivarian Republic of Venezuela
VG | | BVI
VI | US Virgin Islands | U.S. Virgin Islands|USVI
VN | Vietnam | Viet Nam
CW | Curaçao | Curacao
RE | Réunion | Reunion
BL | Saint Barthélemy | Saint Barthelemy|St. Barts|St Barts|St. Barths
MF | Saint Martin | St. Martin
SH | Saint Helena | St. Helena
PM | Saint Pierre and Miquelon | St. Pierre and Miquelon
AX | Åland Islands | Aland Islands|Åland
SJ | Svalbard and Jan Mayen | Svalbard
EH | Western Sahara | Sahrawi Republic
PN | Pitcairn Islands | Pitcairn
CC | Cocos (Keeling) Islands | Cocos Islands
MP | Northern Mariana Islands | Northern Marianas
XK | Kosovo | Republic of Kosovo
"""

# GeoNames country entries left out: historical, uninhabited or purely statistical
# (Antarctica is listed as a continent).
COUNTRY_DROP = {"AQ", "AN", "CS", "UM", "HM", "BV", "TF", "GS", "BQ"}

# Dependent territories (for them the capital is only kept if it passes the name filter).
TERRITORIES = set(
    "AX AS AI AQ AW BM IO VG KY CX CC CK CW FK FO GF PF GI GL GP GU GG HK IM JE MO MQ YT "
    "MS NC NU NF MP PN PR RE BL SH MF PM SX SJ TK TC VI WF EH".split()
)

# Capitals as English news names them, where GeoNames' country table spells them otherwise.
CAPITAL_NAMES = {
    "KZ": "Astana", "MV": "Malé", "US": "Washington", "MM": "Naypyidaw", "BR": "Brasília",
    "CO": "Bogotá", "CM": "Yaoundé", "TG": "Lomé", "PY": "Asunción", "IS": "Reykjavík",
    "MD": "Chișinău", "NL": "Amsterdam", "SZ": "Mbabane", "PS": "Ramallah",
}

CONTINENT_ALIASES = """
Africa |
Antarctica | Antarctic
Asia |
Europe | 
North America |
Oceania | Australasia
South America |
"""

# AP-style abbreviations of US state names (postal codes are too often words: IN, OR, ME).
US_STATE_ALIASES = """
Alabama | Ala.
Arizona | Ariz.
Arkansas | Ark.
California | Calif.|Cal.
Colorado | Colo.
Connecticut | Conn.
Delaware | Del.
District of Columbia | D.C.|DC|Washington, D.C.|Washington D.C.
Florida | Fla.
Georgia | Ga.
Illinois | Ill.
Indiana | Ind.
Kansas | Kan.|Kans.
Kentucky | Ky.
Louisiana | La.
Maryland | Md.
Massachusetts | Mass.
Michigan | Mich.
Minnesota | Minn.
Mississippi | Miss.
Missouri | Mo.
Montana | Mont.
Nebraska | Neb.|Nebr.
Nevada | Nev.
New Hampshire | N.H.
New Jersey | N.J.
New Mexico | N.M.
New York State | New York state|N.Y.
North Carolina | N.C.
North Dakota | N.D.
Oklahoma | Okla.
Oregon | Ore.|Oreg.
Pennsylvania | Pa.|Penn.
Rhode Island | R.I.
South Carolina | S.C.
South Dakota | S.D.
Tennessee | Tenn.
Texas | Tex.
Vermont | Vt.
Virginia | Va.
Washington State | Washington state|Wash.
West Virginia | W.Va.|W. Va.
Wisconsin | Wis.|Wisc.
Wyoming | Wyo.
"""

# First-level subdivisions of other countries, by their usual English names, and
# well-known regions. NAME | ALIASES.
REGIONS = """
# United Kingdom and Ireland
England |
Scotland |
Wales |
Northern Ireland | Ulster
Leinster |
Munster |
Connacht | Connaught
Cornwall |
Yorkshire |
Lancashire |
Essex |
Sussex |
Kent |
Devon |
Somerset |
Cumbria |
Merseyside |
Greater London |
Greater Manchester |
Home Counties |
Scottish Highlands | Highlands
Midlands | West Midlands|East Midlands
# Canada
Alberta |
British Columbia | B.C.
Manitoba |
New Brunswick |
Newfoundland and Labrador | Newfoundland
Northwest Territories |
Nova Scotia |
Nunavut |
Ontario |
Prince Edward Island | P.E.I.
Quebec | Québec
Saskatchewan |
Yukon |
# Australia and New Zealand
New South Wales | NSW
Victoria |
Queensland |
South Australia |
Western Australia |
Tasmania |
Northern Territory |
Australian Capital Territory | ACT
# India
Andhra Pradesh |
Arunachal Pradesh |
Assam |
Bihar |
Chhattisgarh |
Goa |
Gujarat |
Haryana |
Himachal Pradesh |
Jharkhand |
Karnataka |
Kerala |
Madhya Pradesh |
Maharashtra |
Manipur |
Meghalaya |
Mizoram |
Nagaland |
Odisha | Orissa
Punjab |
Rajasthan |
Sikkim |
Tamil Nadu |
Telangana |
Tripura |
Uttar Pradesh |
Uttarakhand |
West Bengal | Bengal
Jammu and Kashmir | Jammu & Kashmir
Ladakh |
Puducherry | Pondicherry
Andaman and Nicobar Islands |
Lakshadweep |
# Pakistan, Afghanistan, Bangladesh, Sri Lanka, Nepal
Sindh |
Khyber Pakhtunkhwa | Khyber-Pakhtunkhwa|North-West Frontier Province
Balochistan | Baluchistan
Gilgit-Baltistan |
Azad Kashmir | Pakistan-administered Kashmir
Kashmir |
Helmand |
Nangarhar |
Badakhshan |
Panjshir | Panjshir Valley
Paktika |
Paktia |
Khost |
Uruzgan |
Zabul |
Ghazni |
Faryab |
Chittagong Hill Tracts |
# China
Anhui |
Fujian |
Gansu |
Guangdong |
Guizhou |
Hainan |
Hebei |
Heilongjiang |
Henan |
Hubei |
Hunan |
Jiangsu |
Jiangxi |
Liaoning |
Qinghai |
Shaanxi |
Shandong |
Shanxi |
Sichuan |
Yunnan |
Zhejiang |
Guangxi |
Inner Mongolia |
Ningxia |
Tibet | Xizang
Xinjiang |
# Japan and Korea
Hokkaido |
Okinawa |
Kyushu |
Honshu |
Shikoku |
Kanto |
Kansai |
Gyeonggi |
# Southeast Asia
Aceh |
Papua |
West Papua |
Mindanao |
Luzon |
Visayas |
Rakhine | Arakan|Rakhine State
Shan State |
Kachin |
Karen State | Kayin
Sabah |
Sarawak |
Penang |
Johor |
# Middle East
Kurdistan |
Iraqi Kurdistan | Kurdistan Region
Anbar |
Nineveh |
Diyala |
Salahuddin | Salah al-Din
Dhi Qar |
Khuzestan |
Sistan and Baluchestan | Sistan-Baluchestan
Idlib |
Deir ez-Zor | Deir el-Zour|Deir al-Zor
Hasakah |
Latakia |
Daraa |
Gaza Strip | Gaza
West Bank |
East Jerusalem |
Golan Heights | Golan
Galilee |
Negev |
Judea and Samaria |
Hadramout | Hadramawt|Hadhramaut
Marib |
Hodeidah |
# Africa
Darfur |
North Darfur |
South Darfur |
Kordofan |
Tigray |
Amhara |
Oromia |
Afar |
Somaliland |
Puntland |
Jubaland |
Ogaden |
North Kivu |
South Kivu |
Ituri |
Katanga |
Kasai |
Cabo Delgado |
Borno |
Zamfara |
Katsina |
Sokoto |
Yobe |
Adamawa |
Benue |
Enugu |
Anambra |
Ogun |
Oyo |
Osun |
Ondo |
Ekiti |
Kogi |
Kwara |
Kebbi |
Jigawa |
Bauchi |
Gombe |
Taraba |
Nasarawa |
Akwa Ibom |
Cross River State |
Bayelsa |
Ebonyi |
Abia |
Imo State |
Federal Capital Territory | FCT
Gauteng |
KwaZulu-Natal |
Western Cape |
Eastern Cape |
Northern Cape |
Limpopo |
Mpumalanga |
Free State |
North West Province |
Kabylie | Kabylia
Cyrenaica |
Tripolitania |
Fezzan |
Casamance |
Anglophone Cameroon |
# Europe
Bavaria | Bayern
Baden-Württemberg | Baden-Wurttemberg
Brandenburg |
Hesse | Hessen
Lower Saxony | Niedersachsen
Mecklenburg-Western Pomerania | Mecklenburg-Vorpommern
North Rhine-Westphalia | Nordrhein-Westfalen|NRW
Rhineland-Palatinate | Rheinland-Pfalz
Saarland |
Saxony | Sachsen
Saxony-Anhalt | Sachsen-Anhalt
Schleswig-Holstein |
Thuringia | Thüringen
Île-de-France | Ile-de-France
Brittany | Bretagne
Normandy | Normandie
Provence | Provence-Alpes-Côte d'Azur|Côte d'Azur|French Riviera
Occitanie | Occitania
Nouvelle-Aquitaine |
Auvergne-Rhône-Alpes |
Hauts-de-France |
Grand Est |
Bourgogne-Franche-Comté | Burgundy
Alsace |
Lorraine |
Corsica | Corse
Lombardy | Lombardia
Piedmont | Piemonte
Veneto |
Tuscany | Toscana
Lazio |
Campania |
Calabria |
Apulia | Puglia
Sicily | Sicilia
Sardinia | Sardegna
Emilia-Romagna |
Liguria |
Umbria |
Abruzzo |
South Tyrol | Alto Adige|Südtirol
Catalonia | Catalunya
Basque Country | Euskadi|Pais Vasco|País Vasco
Andalusia | Andalucía|Andalucia
Galicia |
Aragon | Aragón
Castile and León | Castilla y León
Castile-La Mancha | Castilla-La Mancha
Extremadura |
Asturias |
Cantabria |
Navarre | Navarra
Balearic Islands | Balearics
Canary Islands | Canaries
Ceuta |
Melilla |
Flanders |
Wallonia |
Tyrol | Tirol
Styria |
Carinthia |
Vorarlberg |
Burgenland |
Transylvania |
Moldavia |
Silesia |
Pomerania |
Dalmatia |
Istria |
Bosnian Serb Republic | Republika Srpska
Vojvodina |
Lapland |
Jutland |
# Former Soviet Union
Crimea | Crimean Peninsula
Donbas | Donbass
Chechnya | Chechen Republic
Dagestan |
Ingushetia |
North Ossetia |
South Ossetia |
Abkhazia |
Adjara |
Tatarstan |
Bashkortostan | Bashkiria
Yakutia | Sakha Republic
Buryatia |
Karelia |
Kamchatka |
Chukotka |
Primorye | Primorsky Krai
Kuban |
Transnistria | Trans-Dniester|Transdniestria
Nagorno-Karabakh | Karabakh|Artsakh
Nakhchivan |
Ferghana Valley | Fergana Valley
# Americas
Alaska |
Hawaii |
Midwest | Middle West
New England |
Pacific Northwest |
Deep South |
Appalachia |
Rust Belt |
Sun Belt |
Bible Belt |
Bay Area | San Francisco Bay Area
Silicon Valley |
Gulf Coast |
Great Plains |
Upper Midwest |
Mid-Atlantic |
Southwest |
Northeast |
West Coast |
East Coast |
Aguascalientes |
Baja California |
Baja California Sur |
Campeche |
Chiapas |
Chihuahua |
Coahuila |
Colima |
Durango |
Guanajuato |
Guerrero |
Hidalgo |
Jalisco |
Michoacán | Michoacan
Morelos |
Nayarit |
Nuevo León | Nuevo Leon
Oaxaca |
Puebla |
Querétaro | Queretaro
Quintana Roo |
San Luis Potosí | San Luis Potosi
Sinaloa |
Sonora |
Tabasco |
Tamaulipas |
Tlaxcala |
Veracruz |
Yucatán | Yucatan
Zacatecas |
Alagoas |
Amapá | Amapa
Amazonas |
Bahia |
Ceará | Ceara
Espírito Santo | Espirito Santo
Goiás | Goias
Maranhão | Maranhao
Mato Grosso |
Mato Grosso do Sul |
Minas Gerais |
Pará | Para
Paraíba | Paraiba
Pernambuco |
Piauí | Piaui
Rio Grande do Norte |
Rio Grande do Sul |
Rondônia | Rondonia
Roraima |
Santa Catarina |
Sergipe |
Tocantins |
Patagonia |
Tierra del Fuego |
Chaco |
Amazonia | Amazon Basin|Amazon rainforest
Antioquia |
Cauca |
Zulia |
Araucanía | Araucania
# Well-known regions
Middle East | Mideast
Near East |
Far East |
Levant |
Maghreb |
Sahel |
Horn of Africa |
Gulf States | Gulf states
Balkans | Western Balkans
Baltics | Baltic states|Baltic States
Caucasus | South Caucasus|North Caucasus
Central Asia |
East Asia |
Southeast Asia | South-East Asia|South East Asia
South Asia |
Indian subcontinent | Subcontinent
Asia-Pacific | Asia Pacific|Indo-Pacific
Latin America |
Central America |
Caribbean | West Indies
Americas | 
Scandinavia |
Nordic countries | Nordics
Eastern Europe |
Western Europe |
Central Europe |
Southern Europe |
Northern Europe |
Iberia | Iberian Peninsula
Benelux |
Mitteleuropa |
Sub-Saharan Africa |
West Africa |
East Africa |
North Africa |
Southern Africa |
Central Africa |
Great Lakes region |
Siberia |
Russian Far East |
Urals |
Arctic | High North
Polynesia |
Melanesia |
Pacific Islands |
Kurdish region |
Golden Triangle |
Korean Peninsula |
Persian Gulf region |
Eurasia |
Eurozone | euro zone|euro area
Schengen Area | Schengen zone
Global South |
"""

# Cities: aliases news articles use (older English names, exonyms, short forms), by the
# GeoNames name. Diacritic-free spellings are added automatically.
CITY_ALIASES = """
Kyiv | Kiev
Mumbai | Bombay
Kolkata | Calcutta
Chennai | Madras
Bengaluru | Bangalore
Mysuru | Mysore
Thiruvananthapuram | Trivandrum
Kochi | Cochin
Vadodara | Baroda
Pune | Poona
Varanasi | Benares
Prayagraj | Allahabad
Gurugram | Gurgaon
Yangon | Rangoon
Ho Chi Minh City | Saigon|HCMC
New York | New York City|NYC|N.Y.C.
Los Angeles | L.A.
San Francisco | S.F.
Washington | Washington, D.C.|Washington D.C.|Washington DC
Makkah | Mecca
Madinah | Medina
Chattogram | Chittagong
Astana | Nur-Sultan|Akmola
Almaty | Alma-Ata
Basrah | Basra
Sanaa | Sana'a|Sana
Odesa | Odessa
Kharkiv | Kharkov
Dnipro | Dnipropetrovsk
Zaporizhzhia | Zaporizhia|Zaporozhye
Mykolaiv | Nikolaev|Mykolayiv
Luhansk | Lugansk
Lviv | Lvov|Lwów
Chernihiv | Chernigov
Ulaanbaatar | Ulan Bator
Naypyidaw | Nay Pyi Taw|Naypyitaw|Nay Pyi Daw
Beijing | Peking
Guangzhou | Canton
Xi’an | Xi'an|Xian
Ürümqi | Urumqi
Tbilisi | Tiflis
Yerevan | Erevan
Chișinău | Chisinau|Kishinev
Kraków | Krakow|Cracow
Gdańsk | Gdansk|Danzig
Wrocław | Wroclaw|Breslau
Lisbon | Lisboa
Turin | Torino
Naples | Napoli
Venice | Venezia
Florence | Firenze
Milan | Milano
Munich | München|Muenchen
Cologne | Köln|Koeln
Nuremberg | Nürnberg|Nuernberg
Gothenburg | Göteborg
Copenhagen | København
The Hague | Den Haag
Antwerp | Antwerpen|Anvers
Ghent | Gent
Bruges | Brugge
Brussels | Bruxelles|Brussel
Geneva | Genève|Genf
Zürich | Zurich
Seville | Sevilla
Saragossa | Zaragoza
Bucharest | București
Belgrade | Beograd
Prague | Praha
Warsaw | Warszawa
Moscow | Moskva
Saint Petersburg | St. Petersburg|St Petersburg|Petersburg|Leningrad
Yekaterinburg | Ekaterinburg
Nizhny Novgorod | Nizhniy Novgorod
Volgograd | Stalingrad
Athens | Athina
Thessaloniki | Salonika
Istanbul | İstanbul|Constantinople
İzmir | Izmir|Smyrna
Jerusalem | Al-Quds
Tel Aviv | Tel Aviv-Yafo|Tel Aviv-Jaffa
Cairo | Al-Qahira
Alexandria |
Tripoli |
Benghazi |
Algiers |
Aleppo | Halab
Damascus |
Homs |
Hama |
Mosul |
Gaza | Gaza City
Khan Yunis | Khan Younis|Khan Yunes
Rafah |
Kabul |
Kandahar | Kandahār
Mazar-i-Sharif | Mazār-e Sharīf|Mazar-e Sharif
Herat | Herāt
Jalalabad | Jalālābād
Dhaka | Dacca
Karachi |
Tehran | Teheran
Isfahan | Esfahan
Mashhad | Meshed
Muscat |
Doha |
Abu Dhabi |
Dubai |
Kuwait City |
Hanoi | Ha Noi
Phnom Penh |
Vientiane |
Bangkok | Krung Thep
Kuala Lumpur | KL
Jakarta |
Manila | Metro Manila
Quezon City |
Taipei |
Hong Kong |
Seoul |
Pyongyang |
Tokyo |
Osaka |
Kyoto |
Beirut | Beyrouth
Amman |
Baghdad |
Riyadh |
Jeddah | Jiddah|Jedda
Addis Ababa | Addis
Mogadishu |
Nairobi |
Kinshasa |
Johannesburg | Joburg|Jozi
Cape Town |
Lagos |
Abuja |
Accra |
Dakar |
Khartoum |
Omdurman |
Port Sudan |
Mexico City | Ciudad de México|CDMX
Bogotá | Bogota
São Paulo | Sao Paulo
Rio de Janeiro | Rio
Brasília | Brasilia
Buenos Aires |
Montréal | Montreal
Québec | Quebec City
Havana | La Habana
Panama City |
Guatemala City |
Kuwait City |
Tunis |
Rabat |
Casablanca |
Marrakesh | Marrakech
Fès | Fez|Fes
Tangier | Tangiers
Salé |
"""

# Cities dropped whatever their size: sub-city districts (GeoNames lists many separately)
# and names that are mostly something else in English news.
CITY_DROP = """
Pest | Buda | Puxi | Pudong | Minhang | Jiading | Songjiang | Baoshan | Bao'an | Wuzhong
New Territories | Kowloon | Iztapalapa | Abobo | Camayenne | Kennedy | Valenzuela
Guadalupe | Natal | Erode | Van | Oral | Brent | Vaughan | Reading | Henderson | Chandler
Sari | Woodlands | Gilbert | Man | Garland | Saga | Jingling | Mango | Paradise | Barking
Archway | Commonwealth | Bade | Cypress | Dudley | Hub | George | Sutton | Springs | Mobile
Metro | Alexandra | Saki | Eugene | Lander | Angers | Mary | Newton | Salinas | Jackson
Poole | Split | Harrow | Moreno | Surprise | Tours | Brusque | Orange | Hampton | Būsh
Rodriguez | Warren | Thornton | Milton | Langley | Ho | Elizabeth | Concord | Norman | Kent
Ruse | Ann | Independence | Santana | Mendoza | Richardson | Bender | Centennial | Pueblo
Mascara | Enterprise | Everett | Shaping | Pare | Nancy | Kara | Tyler | Brandon | Davenport
Maldonado | Delta | Bath | Simmering | Vista | Santos | Nice | Darwin | Savannah | Mesa
Gresham | Lowell | Madison | Lincoln | Edison | Allen | Aurora | Odessa | Riverside
Midland | Columbia | Hollywood | Victoria | Concepción | La Concepción | León | Trujillo
Hamilton | Stanley | Douglas | The Valley | Road Town | George Town | Jamestown | Gustavia
Marigot | Saint Helier | West Island | Flying Fish Cove | Adamstown | Alofi | Avarua
Mata Utu | Longyearbyen | Mariehamn | Charlotte Amalie
Nigel | Hassan | Irving | Cary | Chas | Chu | Nada | Kira | Minna | Lida | Loni | Kati | Bo
Rosetta | Milagro | Dessie | Candelaria | Concepcion | Florencia | Vladimir | Barrie
"""

# Cities kept even though the common-word, personal-name or district filter would drop them.
CITY_KEEP = """
Shanghai | Queens | Phoenix | Huế | Tangier | Perm | Austin | Salé | Rosario | Charlotte
Valencia | Washington | Bologna | Wellington | Florence | Bradford | Cleveland | Preston
Anchorage | Durham | Richmond | Cork | Geneva | Montgomery | Providence | Lancaster | York
Blackburn | Bolton | Limerick | Tyre | Buffalo | Boulder | Sydney | Alexandria | Santiago
Houston | Paris | London | Lima | Berlin | Madrid | Rome | Milan | Dallas | Denver | Boston
Glasgow | Sheffield | Lyon | Raleigh | Orlando | Toledo | Reno | Samara | Sofia | Adelaide
Salvador | Zaragoza | Colombo | Stockton | Verona | Messina | Burgos | Oldham | Astrakhan
Oxford | Liège | Pécs | Muscat | Salisbury | Nashville | Memphis | Atlanta | Detroit
Baltimore | Milwaukee | Portland | Sacramento | Tucson | Fresno | Omaha | Tulsa | Wichita
Cambridge | Canterbury | Hull | Derby | Chester | Exeter | Wells | Lancaster | Nelson
Winchester | Worcester | Durban | Kimberley | Bloemfontein | Regina
Giza | Howrah | Visakhapatnam | Niterói | Gatineau | Leverkusen | Croydon | Ajman | Narayanganj
Olinda | Badalona | Getafe | Laval | Longueuil | Walsall | Solihull | West Bromwich | Brooklyn
Boulogne-Billancourt | Argenteuil | Montreuil | Contagem | Canoas | Caucaia | Manhattan
Bergisch Gladbach | Avellaneda | Lanús | Envigado | Itagüí | Tottenham | Islington | Westminster
Copacabana | Anderlecht | Dharavi | Dhārāvi | Kreuzberg | Neukölln | Guarulhos | Soweto | Omdurman
The Bronx | Staten Island | Quezon City | Caloocan | Kawasaki | Yokohama | Sharjah | Bekasi | Depok
Jersey City | Yonkers | Petaling Jaya | Makati City | Antipolo | Harlem
Tangerang | Navi Mumbai | Thane | Thāne | Ghaziabad | Ghāziābād | Faridabad | Noida | Gurugram
"""

# Features: oceans, seas, gulfs, straits, rivers, lakes, mountains, deserts, islands.
FEATURES = """
# Oceans and seas
Atlantic Ocean | Atlantic|North Atlantic|South Atlantic
Pacific Ocean | Pacific|North Pacific|South Pacific
Indian Ocean |
Arctic Ocean |
Southern Ocean | Antarctic Ocean
Mediterranean Sea | Mediterranean|Eastern Mediterranean
Black Sea |
Red Sea |
Caspian Sea | Caspian
Baltic Sea | Baltic
North Sea |
Norwegian Sea |
Barents Sea |
Kara Sea |
Laptev Sea |
Bering Sea |
Sea of Okhotsk |
Sea of Japan | East Sea
Yellow Sea | West Sea
East China Sea |
South China Sea | West Philippine Sea
Philippine Sea |
Celebes Sea |
Sulu Sea |
Java Sea |
Banda Sea |
Timor Sea |
Arafura Sea |
Coral Sea |
Tasman Sea |
Andaman Sea |
Arabian Sea |
Laccadive Sea |
Caribbean Sea |
Sargasso Sea |
Labrador Sea |
Beaufort Sea |
Chukchi Sea |
Greenland Sea |
Irish Sea |
Celtic Sea |
Adriatic Sea | Adriatic
Aegean Sea | Aegean
Ionian Sea |
Tyrrhenian Sea |
Ligurian Sea |
Sea of Marmara | Marmara Sea
Sea of Azov | Azov Sea
Dead Sea |
Sea of Galilee | Lake Tiberias|Lake Kinneret
Aral Sea |
Salton Sea |
Weddell Sea |
Ross Sea |
Wadden Sea |
White Sea |
# Gulfs and bays
Gulf of Mexico | Gulf of America
Persian Gulf | Arabian Gulf
Gulf of Oman |
Gulf of Aden |
Gulf of Aqaba |
Gulf of Suez |
Gulf of Guinea |
Gulf of Thailand | Gulf of Siam
Gulf of Tonkin |
Gulf of Finland |
Gulf of Bothnia |
Gulf of Riga |
Gulf of California | Sea of Cortez
Gulf of Alaska |
Gulf of Maine |
Gulf of St. Lawrence |
Gulf of Sidra | Gulf of Sirte
Gulf of Carpentaria |
Bay of Bengal |
Bay of Biscay |
Bay of Fundy |
Hudson Bay |
Chesapeake Bay |
San Francisco Bay |
Tampa Bay |
Massachusetts Bay |
Galway Bay |
Tokyo Bay |
Manila Bay |
Botany Bay |
Guantanamo Bay | Guantánamo Bay|Guantanamo|Gitmo
Cam Ranh Bay |
Bay of Pigs |
# Straits, channels, canals
Strait of Hormuz | Straits of Hormuz|Hormuz Strait
Bab el-Mandeb | Bab al-Mandab|Bab-el-Mandeb
Strait of Malacca | Malacca Strait|Straits of Malacca
Taiwan Strait | Formosa Strait
Strait of Gibraltar |
Bosphorus | Bosporus
Dardanelles |
Turkish Straits |
Kerch Strait | Strait of Kerch
English Channel | La Manche
Suez Canal |
Panama Canal |
Kiel Canal |
Corinth Canal |
Bering Strait |
Korea Strait | Tsushima Strait
Strait of Messina |
Strait of Otranto |
Mozambique Channel |
Drake Passage |
Torres Strait |
Cook Strait |
Bass Strait |
Florida Straits | Straits of Florida
Denmark Strait |
Skagerrak |
Kattegat |
Øresund | Oresund|The Sound
Palk Strait |
Lombok Strait |
Sunda Strait |
Luzon Strait |
Bashi Channel |
Northwest Passage |
Northern Sea Route |
# Rivers
Nile | Nile River|River Nile|White Nile|Blue Nile
Amazon River | River Amazon
Yangtze | Yangtze River|Chang Jiang
Yellow River | Huang He
Pearl River |
Mekong | Mekong River
Salween | Salween River
Irrawaddy | Ayeyarwady
Chao Phraya |
Ganges | Ganga|Ganges River
Yamuna |
Brahmaputra |
Indus | Indus River
Tigris |
Euphrates |
Shatt al-Arab |
Jordan River | River Jordan
Litani | Litani River
Orontes |
Danube | Danube River
Rhine | Rhine River|River Rhine
Rhône | Rhone
Loire |
Seine | River Seine
Garonne |
Meuse | Maas
Moselle |
Elbe |
Oder | Odra
Vistula |
Thames | River Thames
Severn |
Tyne |
Clyde |
Shannon River | River Shannon
Tiber |
Po River |
Arno |
Ebro |
Tagus | Tejo
Douro |
Guadalquivir |
Volga | Volga River
Don River |
Dnieper | Dnipro River
Dniester |
Southern Bug |
Pripyat |
Desna |
Siverskyi Donets | Seversky Donets|Donets
Neva |
Moskva River |
Ural River |
Ob | Ob River
Irtysh |
Yenisei |
Lena River |
Amur | Amur River
Ussuri |
Tumen River |
Yalu | Yalu River
Han River |
Amu Darya | Oxus
Syr Darya |
Helmand River |
Kabul River |
Sutlej |
Chenab |
Jhelum |
Ravi |
Narmada |
Godavari |
Krishna River |
Kaveri | Cauvery
Hooghly |
Mississippi River | Mississippi
Missouri River |
Ohio River |
Colorado River |
Columbia River |
Snake River |
Rio Grande |
Hudson River | Hudson
East River |
Potomac | Potomac River
Delaware River |
Susquehanna |
St. Lawrence River | St. Lawrence|Saint Lawrence River
St. Lawrence Seaway |
Mackenzie River |
Yukon River |
Fraser River |
Red River |
Tennessee River |
Arkansas River |
Sacramento River |
Orinoco |
Paraná River |
Río de la Plata | River Plate|Rio de la Plata
Magdalena River |
São Francisco River |
Congo River | River Congo
Niger River |
Benue River |
Zambezi |
Limpopo River |
Orange River |
Senegal River |
Gambia River |
Volta River |
Ubangi |
Juba River |
Shabelle |
Omo River |
Murray River | Murray
Darling River |
Waikato River |
# Lakes
Great Lakes |
Lake Superior |
Lake Michigan |
Lake Huron |
Lake Erie |
Lake Ontario |
Lake Victoria |
Lake Tanganyika |
Lake Malawi | Lake Nyasa
Lake Chad |
Lake Turkana |
Lake Kivu |
Lake Albert |
Lake Tana |
Lake Volta |
Lake Nasser |
Lake Baikal | Baikal
Lake Ladoga |
Lake Balkhash |
Lake Issyk-Kul | Issyk-Kul
Lake Titicaca |
Lake Maracaibo |
Lake Nicaragua |
Lake Geneva | Lac Léman
Lake Constance | Bodensee
Lake Como |
Lake Garda |
Lake Maggiore |
Lake Lucerne |
Lake Balaton | Balaton
Lake Ohrid |
Loch Ness |
Lough Neagh |
Great Salt Lake |
Lake Tahoe |
Lake Mead |
Lake Powell |
Lake Okeechobee |
Lake Champlain |
Lake Winnipeg |
Great Bear Lake |
Great Slave Lake |
Lake Toba |
Tonle Sap |
Dal Lake |
# Mountains, ranges, volcanoes
Himalayas | Himalaya
Alps | Swiss Alps|French Alps|Italian Alps|Bavarian Alps
Andes | Andes Mountains
Rocky Mountains | Rockies
Appalachian Mountains | Appalachians
Ural Mountains |
Caucasus Mountains |
Carpathian Mountains | Carpathians
Pyrenees |
Apennines |
Dolomites |
Balkan Mountains |
Dinaric Alps |
Atlas Mountains |
Hindu Kush |
Karakoram |
Pamirs | Pamir Mountains
Tian Shan | Tien Shan
Altai Mountains | Altai
Zagros Mountains | Zagros
Alborz | Elburz
Taurus Mountains |
Kunlun Mountains |
Qinling |
Sierra Nevada |
Sierra Madre |
Cascade Range | Cascades
Coast Mountains |
Alaska Range |
Brooks Range |
Ozarks | Ozark Mountains
Adirondacks | Adirondack Mountains
Catskills | Catskill Mountains
Blue Ridge Mountains |
Great Smoky Mountains | Smoky Mountains|Smokies
White Mountains |
Black Hills |
Ethiopian Highlands |
Drakensberg |
Rwenzori Mountains | Rwenzori
Great Dividing Range |
Southern Alps |
Mount Everest | Everest|Qomolangma|Sagarmatha
K2 |
Kangchenjunga |
Annapurna |
Nanga Parbat |
Mont Blanc |
Matterhorn |
Eiger |
Mount Elbrus | Elbrus
Mount Ararat | Ararat
Mount Olympus |
Mount Sinai |
Mount Hermon |
Mount of Olives |
Temple Mount | Haram al-Sharif
Mount Kilimanjaro | Kilimanjaro
Mount Kenya |
Mount Cameroon |
Mount Nyiragongo | Nyiragongo
Mount Etna | Etna
Mount Vesuvius | Vesuvius
Stromboli |
Mount Fuji | Fujiyama
Mount Pinatubo | Pinatubo
Mount Mayon | Mayon
Mount Merapi | Merapi
Mount Semeru | Semeru
Krakatoa | Anak Krakatau
Mount Agung |
Mount Ruapehu |
Mauna Loa |
Mauna Kea |
Kilauea |
Mount St. Helens | Mount Saint Helens
Mount Rainier |
Mount Hood |
Mount Shasta |
Mount Whitney |
Denali | Mount McKinley
Mount Rushmore |
Pikes Peak |
Popocatépetl | Popocatepetl
Cotopaxi |
Chimborazo |
Aconcagua |
Mount Kosciuszko |
Eyjafjallajökull | Eyjafjallajokull
Hekla |
Ben Nevis |
Snowdon | Yr Wyddfa
Table Mountain |
# Deserts, plains, forests, other landforms
Sahara | Sahara Desert
Gobi | Gobi Desert
Kalahari | Kalahari Desert
Namib | Namib Desert
Arabian Desert |
Syrian Desert |
Rub' al Khali | Empty Quarter
Negev Desert |
Sinai Peninsula | Sinai
Atacama | Atacama Desert
Mojave Desert | Mojave
Sonoran Desert |
Chihuahuan Desert |
Great Basin |
Death Valley |
Thar Desert | Thar
Taklamakan | Taklamakan Desert
Karakum | Karakum Desert
Kyzylkum |
Great Victoria Desert |
Simpson Desert |
Outback |
Danakil Depression | Danakil
Ogaden Desert |
Pampas |
Gran Chaco |
Serengeti |
Masai Mara | Maasai Mara
Okavango Delta | Okavango
Niger Delta |
Nile Delta |
Mekong Delta |
Ganges Delta |
Sundarbans |
Everglades |
Great Barrier Reef |
Grand Canyon |
Yosemite | Yosemite Valley
Yellowstone |
Niagara Falls |
Victoria Falls |
Iguazu Falls | Iguaçu Falls
Angel Falls |
Rift Valley | Great Rift Valley
Jordan Valley |
Bekaa Valley | Bekaa
Kashmir Valley |
Swat Valley | Swat
Khyber Pass |
Brenner Pass |
Wakhan Corridor |
Suwalki Gap | Suwałki Gap
Siachen Glacier |
Cape of Good Hope |
Cape Horn |
Cape Canaveral |
Cape Cod |
Korean Demilitarized Zone | DMZ
Arabian Peninsula |
Balkan Peninsula |
Kamchatka Peninsula |
Yucatán Peninsula | Yucatan Peninsula
Malay Peninsula |
Scandinavian Peninsula |
Antarctic Peninsula |
Jutland Peninsula |
Kola Peninsula |
Gallipoli |
Tibetan Plateau |
Deccan | Deccan Plateau
Anatolia | Asia Minor
Mesopotamia |
Fertile Crescent |
# Islands and archipelagos
Borneo |
Sumatra |
Java |
Sulawesi | Celebes
New Guinea |
Bali |
Lombok |
Timor |
Sakhalin |
Kuril Islands | Kurils|Northern Territories
Spratly Islands | Spratlys
Paracel Islands | Paracels
Senkaku Islands | Senkakus|Diaoyu Islands|Diaoyus
Scarborough Shoal |
Second Thomas Shoal |
Pratas Islands |
Kinmen | Quemoy
Matsu Islands |
Jeju | Jeju Island
Dokdo | Takeshima|Liancourt Rocks
Yeonpyeong |
Crete |
Rhodes |
Lesbos | Lesvos
Lampedusa |
Mallorca | Majorca
Ibiza |
Menorca | Minorca
Tenerife |
Gran Canaria |
Lanzarote |
Azores |
Madeira |
Capri |
Elba |
Santorini |
Mykonos |
Corfu |
Isle of Wight |
Anglesey |
Shetland | Shetland Islands
Orkney | Orkney Islands
Hebrides | Outer Hebrides|Inner Hebrides
Channel Islands |
Novaya Zemlya |
Franz Josef Land |
Gotland |
Bornholm |
Zanzibar |
Pemba |
Socotra |
Galápagos Islands | Galapagos Islands|Galápagos|Galapagos
Easter Island | Rapa Nui
Tahiti |
Maui |
Oahu |
Aleutian Islands | Aleutians
Long Island |
Staten Island |
Martha's Vineyard |
Nantucket |
Florida Keys |
Vancouver Island |
Baffin Island |
Ellesmere Island |
Cape Breton Island | Cape Breton
Hispaniola |
Chiloé |
Diego Garcia |
Kerguelen Islands |
Ascension Island |
Tristan da Cunha |
South Georgia |
Andaman Islands |
Nicobar Islands |
Bougainville |
Guadalcanal |
Iwo Jima |
Palawan |
Mindoro |
Stewart Island |
Antilles | Greater Antilles|Lesser Antilles
"""

# Former states news still names (KIND country).
HISTORICAL_COUNTRIES = """
Soviet Union | USSR|U.S.S.R.|Union of Soviet Socialist Republics
Yugoslavia |
Czechoslovakia |
East Germany | German Democratic Republic|GDR
West Germany |
Ottoman Empire |
Austria-Hungary | Austro-Hungarian Empire
Rhodesia |
Zaire |
Prussia |
"""

# Well-known places of under 100,000 people that news often names (KIND city).
CITY_EXTRA = """
Venice | Venezia
Cannes |
Davos |
Monte Carlo |
Saint-Tropez | St. Tropez|St Tropez
Chamonix |
Zermatt |
St. Moritz | Saint Moritz|St Moritz
Gstaad |
Schengen |
Maastricht |
Lockerbie |
Srebrenica |
Balmoral |
Sandringham |
Windsor |
Chequers |
Chernobyl | Chornobyl
Yalta |
Bakhmut | Artemivsk|Artyomovsk
Avdiivka | Avdeyevka
Bucha |
Irpin |
Hostomel |
Sloviansk | Slavyansk
Pokrovsk |
Vuhledar |
Kupiansk |
Izium | Izyum
Chasiv Yar |
Toretsk |
Sudzha |
Enerhodar |
Nova Kakhovka |
Bethlehem |
Jericho |
Jenin |
Nablus |
Hebron | Al-Khalil
Tulkarm |
Qalqilya |
Deir al-Balah |
Beit Hanoun |
Beit Lahia |
Nuseirat |
Sderot |
Ashkelon |
Eilat |
Kiryat Shmona |
Metula |
Sidon | Saida
Baalbek |
Naqoura |
Marjayoun |
Bint Jbeil |
Kobani | Kobane|Ayn al-Arab
Afrin |
Palmyra | Tadmur
Manbij |
Douma |
Quneitra |
Sweida | Suwayda
Tartus |
Jableh |
Abu Ghraib |
Tikrit |
Bagram |
Kunduz |
Lashkar Gah |
Sirte |
Derna |
Tobruk |
Misrata | Misurata
Timbuktu |
Kidal |
Agadez |
Goma |
Bukavu |
Beni |
Bunia |
Chibok |
Kismayo |
Baidoa |
Garissa |
Lamu |
Mekelle | Mekele
Gondar |
Bahir Dar |
Malakal |
El Fasher | Al-Fashir
Nyala |
Geneina | El Geneina
Wad Madani |
Kassala |
Quetta |
Wuhan |
Lhasa |
Kashgar |
Hotan |
Sochi |
Grozny |
Nalchik |
Beslan |
Norilsk |
Murmansk |
Vladivostok |
Severodvinsk |
Sevastopol |
Mariupol |
Melitopol |
Berdyansk |
Kherson |
Nikopol |
Pearl Harbor |
Camp David |
Mar-a-Lago |
Los Alamos |
Roswell |
Aspen |
Palm Beach |
West Palm Beach |
Kennebunkport |
Wilmington |
Rehoboth Beach |
Jackson Hole |
Uvalde |
Newtown |
Sandy Hook |
Flint |
Charlottesville |
Kenosha |
Annapolis |
Sacramento |
Tallahassee |
Albany |
Harrisburg |
Trenton |
Juneau |
Montpelier |
Frankfort |
Jefferson City |
Carson City |
Olympia |
Santa Fe |
Dover |
Hartford |
Providence |
Hiroshima |
Nagasaki |
Fukushima |
Panmunjom |
Kaesong |
Sinuiju |
Yongbyon |
Tumen |
Hambantota |
Gwadar |
Chabahar |
Bandar Abbas |
Natanz |
Fordow |
Bushehr |
Isfahan |
Parchin |
Dimona |
Kaliningrad |
Narva |
Tiraspol |
Sukhumi |
Tskhinvali |
Stepanakert | Khankendi
Shusha | Shushi
Pristina | Prishtina
Mitrovica |
Mostar |
Dubrovnik |
Calais |
Dunkirk |
"""
