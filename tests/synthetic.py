"""Realistic synthetic stores for the API, dashboard and benchmark.

Rows are written straight into the migration-1 tables with bulk DataFrame inserts, so a store
of a million events builds in well under a minute. Every event's evidence sentence lies in its
article's text at the stored offsets, and every entity named in it has a mention row, so the
highlighting code sees the same shapes as on real extractions. Some articles carry
``<script>alert(1)</script>`` in their title and body to test that pages escape them.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, timedelta

import duckdb
import numpy as np
import pandas as pd

HOSTILE = "<script>alert(1)</script>"

MINERALS: list[tuple[str, str]] = [
    ("mineral:lithium", "lithium"), ("mineral:cobalt", "cobalt"), ("mineral:nickel", "nickel"),
    ("mineral:copper", "copper"), ("mineral:graphite", "graphite"),
    ("mineral:antimony", "antimony"), ("mineral:gallium", "gallium"),
    ("mineral:germanium", "germanium"), ("mineral:tungsten", "tungsten"),
    ("mineral:rare-earths", "rare earths"), ("mineral:neodymium", "neodymium"),
    ("mineral:dysprosium", "dysprosium"), ("mineral:uranium", "uranium"),
    ("mineral:manganese", "manganese"), ("mineral:platinum-group-metals", "platinum"),
    ("mineral:tin", "tin"), ("mineral:titanium", "titanium"), ("mineral:fluorspar", "fluorspar"),
]

COUNTRIES: list[tuple[str, str]] = [
    ("country:CN", "China"), ("country:US", "the United States"), ("country:AU", "Australia"),
    ("country:CD", "the Democratic Republic of the Congo"), ("country:CL", "Chile"),
    ("country:AR", "Argentina"), ("country:ID", "Indonesia"), ("country:ZA", "South Africa"),
    ("country:CA", "Canada"), ("country:BR", "Brazil"), ("country:PK", "Pakistan"),
    ("country:GB", "the United Kingdom"), ("country:DE", "Germany"), ("country:JP", "Japan"),
    ("country:KR", "South Korea"), ("country:IN", "India"), ("country:MY", "Malaysia"),
    ("country:VN", "Vietnam"), ("country:KZ", "Kazakhstan"), ("country:ZM", "Zambia"),
    ("country:MA", "Morocco"), ("country:SA", "Saudi Arabia"), ("country:FR", "France"),
    ("country:MN", "Mongolia"),
]

# id, name, country, listings
ORGS: list[tuple[str, str, str, list[str]]] = [
    ("org:lynas-rare-earths", "Lynas Rare Earths", "country:AU", ["ASX:LYC"]),
    ("org:iluka-resources", "Iluka Resources", "country:AU", ["ASX:ILU"]),
    ("org:mp-materials", "MP Materials", "country:US", ["NYSE:MP"]),
    ("org:usa-rare-earth", "USA Rare Earth", "country:US", ["NASDAQ:USAR"]),
    ("org:albemarle", "Albemarle", "country:US", ["NYSE:ALB"]),
    ("org:pilbara-minerals", "Pilbara Minerals", "country:AU", ["ASX:PLS"]),
    ("org:glencore", "Glencore", "country:CH", ["LSE:GLEN"]),
    ("org:cmoc-group", "CMOC Group", "country:CN", ["HKEX:3993"]),
    ("org:ganfeng-lithium", "Ganfeng Lithium", "country:CN", ["SZSE:002460"]),
    ("org:sqm", "SQM", "country:CL", ["NYSE:SQM"]),
    ("org:rio-tinto", "Rio Tinto", "country:GB", ["LSE:RIO", "ASX:RIO"]),
    ("org:bhp", "BHP", "country:AU", ["ASX:BHP"]),
    ("org:freeport-mcmoran", "Freeport-McMoRan", "country:US", ["NYSE:FCX"]),
    ("org:energy-fuels", "Energy Fuels", "country:US", ["NYSE:UUUU"]),
    ("org:perpetua-resources", "Perpetua Resources", "country:US", ["NASDAQ:PPTA"]),
    ("org:united-states-antimony", "United States Antimony", "country:US", ["NYSE:UAMY"]),
    ("org:syrah-resources", "Syrah Resources", "country:AU", ["ASX:SYR"]),
    ("org:arafura-rare-earths", "Arafura Rare Earths", "country:AU", ["ASX:ARU"]),
    ("org:neo-performance-materials", "Neo Performance Materials", "country:CA", ["TSX:NEO"]),
    ("org:ucore-rare-metals", "Ucore Rare Metals", "country:CA", ["TSXV:UCU"]),
    ("org:ivanhoe-mines", "Ivanhoe Mines", "country:CA", ["TSX:IVN"]),
    ("org:zijin-mining", "Zijin Mining", "country:CN", ["HKEX:2899"]),
    ("org:china-northern-rare-earth", "China Northern Rare Earth", "country:CN", ["SSE:600111"]),
    ("org:umicore", "Umicore", "country:BE", ["EBR:UMI"]),
    ("org:eramet", "Eramet", "country:FR", ["EPA:ERA"]),
    ("org:sumitomo-metal-mining", "Sumitomo Metal Mining", "country:JP", ["TSE:5713"]),
    ("org:trafigura", "Trafigura", "country:SG", []),
    ("org:gecamines", "Gécamines", "country:CD", []),
    ("org:frontier-works-organisation", "Frontier Works Organisation", "country:PK", []),
    ("org:us-strategic-metals", "US Strategic Metals", "country:US", []),
    ("org:export-finance-australia", "Export Finance Australia", "country:AU", []),
    ("org:us-department-of-defense", "the US Department of Defense", "country:US", []),
    ("org:chinese-ministry-of-commerce", "China's Ministry of Commerce", "country:CN", []),
    ("org:european-commission", "the European Commission", None, []),
]

# type -> [(kind, stage, template)]; a slot is {role:kind}, kind being org, country, mineral,
# or a literal (qty, money, pct).
TEMPLATES: dict[str, list[tuple[str, str | None, str]]] = {
    "shipment": [
        ("export", "mining", "{shipper:org} shipped {quantity:qty} of {commodity:mineral} "
                             "concentrate from {origin:country} to {destination:country}, "
                             "customs data showed."),
        ("import", "processing", "{receiver:org} received its first cargo of {commodity:mineral} "
                                 "from {origin:country} at a port in {destination:country}."),
    ],
    "agreement": [
        ("offtake", "processing", "{party:org} signed an offtake agreement with {party:org} for "
                                  "{quantity:qty} a year of {commodity:mineral} from "
                                  "{origin:country} to {destination:country}."),
        ("mou", None, "{origin:country} and {destination:country} signed a memorandum of "
                      "understanding on {commodity:mineral} supply worth {value:money}."),
    ],
    "investment": [
        ("grant", "refining", "{investor:org} will lend {value:money} to {recipient:org} to build "
                              "a {commodity:mineral} refinery in {location:country}."),
        ("equity", "mining", "{investor:org} raised {value:money} to develop its "
                             "{commodity:mineral} project in {location:country}."),
    ],
    "acquisition": [
        ("takeover", None, "{acquirer:org} agreed to acquire {target:org} for {value:money}, "
                           "adding {commodity:mineral} assets in {location:country}."),
        ("stake", None, "{acquirer:org} bought a {stake:pct} stake in {target:org}, a "
                        "{commodity:mineral} developer."),
    ],
    "facility": [
        ("processing_plant", "processing", "{owner:org} opened a {commodity:mineral} processing "
                                           "plant in {location:country} with {capacity:qty} of "
                                           "annual capacity."),
        ("mine", "mining", "{owner:org} said its {commodity:mineral} mine in {location:country} "
                           "will start production next year."),
    ],
    "policy": [
        ("export_control", None, "{authority:org} imposed export controls on "
                                 "{commodity:mineral}, restricting shipments to "
                                 "{target:country}."),
        ("tariff", None, "{authority:country} announced a {rate:pct} tariff on "
                         "{commodity:mineral} imports from {target:country}."),
    ],
    "discovery": [
        ("resource", "exploration", "{company:org} reported a new {commodity:mineral} discovery "
                                    "at its project in {location:country}."),
    ],
    "production": [
        ("output", "mining", "{producer:org} said {commodity:mineral} output in {location:country} "
                             "rose to {quantity:qty} in the quarter."),
        ("disruption", "mining", "{producer:org} halted {commodity:mineral} production in "
                                 "{location:country} after floods."),
    ],
    "market_move": [
        ("share_price", None, "Shares of {subject:org} rose {change_pct:pct} after its "
                              "{commodity:mineral} update."),
    ],
}
TYPE_WEIGHTS = {"shipment": 0.14, "agreement": 0.18, "investment": 0.15, "acquisition": 0.07,
                "facility": 0.12, "policy": 0.1, "discovery": 0.07, "production": 0.09,
                "market_move": 0.08}
SOURCES = ["Reuters", "Australian Financial Review", "MT Newswires", "Mining Weekly",
           "Financial Times", "Bloomberg", "Benzinga", "The Economist"]
FILLERS = [
    "Analysts said the deal reflects a scramble for supply outside China.",
    "The company did not respond to a request for comment.",
    "Prices have fallen sharply over the past year as new capacity came online.",
    "Governments in Washington and Canberra have pledged support for the sector.",
]
SLOT = re.compile(r"\{(\w+):(\w+)\}")
_PARSED = {t: [(k, s, SLOT.split(tpl)) for k, s, tpl in ts] for t, ts in TEMPLATES.items()}


def _literal(kind: str, qty: int, money: int, pct: float) -> tuple[str, float | None]:
    if kind == "qty":
        return f"{qty:,} tonnes", None
    if kind == "money":
        return f"US${money / 1e6:,.0f} million", float(money)
    return f"{pct:.1f}%", None


def _distinct_triples(rng: np.random.Generator, size: int, n: int,
                      weights: np.ndarray) -> np.ndarray:
    """``n`` rows of three distinct indices below ``size``, drawn with the given popularity."""
    out = rng.choice(size, size=(n, 3), p=weights / weights.sum())
    # Shifting a clash to the next index keeps rows distinct and the skew nearly intact.
    out[:, 1] = np.where(out[:, 1] == out[:, 0], (out[:, 1] + 1) % size, out[:, 1])
    for _ in range(2):
        clash = (out[:, 2] == out[:, 0]) | (out[:, 2] == out[:, 1])
        out[:, 2] = np.where(clash, (out[:, 2] + 1) % size, out[:, 2])
    return out


def _entity_rows() -> pd.DataFrame:
    rows = [(i, "mineral", n, None, None, None) for i, n in MINERALS]
    rows += [(i, "country", n.removeprefix("the "), None, None, None) for i, n in COUNTRIES]
    rows += [(i, "organization", n.removeprefix("the "), c, ls or None, None)
             for i, n, c, ls in ORGS]
    return pd.DataFrame(rows, columns=["id", "type", "name", "country", "listings", "aliases"])


def build_synthetic_store(
    con: duckdb.DuckDBPyConnection,
    n_articles: int = 200,
    n_events: int = 1000,
    seed: int = 7,
    end: date | None = None,
) -> dict[str, int]:
    """Fill an empty migrated store with ``n_articles`` articles holding ``n_events`` events.

    Event dates spread over the two years before ``end`` (today by default); every 40th
    article (and the first) carries a ``<script>`` tag in its title and body.
    """
    rng = np.random.default_rng(seed)
    end = end or date.today()
    types = list(TYPE_WEIGHTS)
    weights = np.array(list(TYPE_WEIGHTS.values()))
    ev_types = rng.choice(len(types), size=n_events, p=weights / weights.sum())
    ev_article = np.sort(rng.integers(0, n_articles, size=n_events))
    ev_article[: min(n_events, n_articles)] = np.arange(min(n_events, n_articles))
    ev_article.sort()
    ev_conf = np.round(rng.uniform(0.45, 0.99, size=n_events), 3)
    # Minerals and countries follow a skewed (Zipf-like) popularity, as in the news.
    mineral_p = 1 / np.arange(1, len(MINERALS) + 1) ** 0.9
    country_p = 1 / np.arange(1, len(COUNTRIES) + 1) ** 0.8
    org_p = 1 / np.arange(1, len(ORGS) + 1) ** 0.6
    ev_mineral = rng.choice(len(MINERALS), size=n_events, p=mineral_p / mineral_p.sum())
    art_days = rng.integers(0, 730, size=n_articles)
    ev_template = rng.integers(0, 2, size=n_events)
    ev_orgs = _distinct_triples(rng, len(ORGS), n_events, org_p)
    ev_countries = _distinct_triples(rng, len(COUNTRIES), n_events, country_p)
    ev_roll = rng.random(n_events)
    ev_back = rng.integers(0, 20, size=n_events)
    ev_planned = rng.random(n_events) < 0.15
    lit_qty = rng.integers(1, 400, size=n_events) * 50
    lit_money = rng.integers(5, 900, size=n_events) * 1_000_000
    lit_pct = rng.integers(20, 600, size=n_events) / 10
    # Plain lists: indexing them in the loop below is several times faster than numpy arrays.
    (ev_types, ev_article, ev_conf, ev_mineral, art_days, ev_template, ev_orgs, ev_countries,
     ev_roll, ev_back, ev_planned, lit_qty, lit_money, lit_pct) = (
        x.tolist() for x in (ev_types, ev_article, ev_conf, ev_mineral, art_days, ev_template,
                             ev_orgs, ev_countries, ev_roll, ev_back, ev_planned, lit_qty,
                             lit_money, lit_pct))

    ev_cols: dict[str, list] = {k: [] for k in (
        "id", "article_id", "type", "kind", "date", "date_precision", "date_start",
        "value_amount", "value_currency", "value_approx", "stage", "modality",
        "evidence_text", "evidence_start", "evidence_end", "confidence", "extractor", "doc")}
    arg_rows: list[tuple[str, str, str, str | None]] = []
    men_rows: list[tuple[str, str, int, int, str]] = []
    art_rows = []
    art_ent_rows = []

    def article_id(i: int) -> str:
        return f"syn-{i:07d}-{hashlib.sha1(f'{seed}:{i}'.encode()).hexdigest()[:8]}"

    e = 0
    for a in range(n_articles):
        aid = article_id(a)
        published = end - timedelta(days=int(art_days[a]))
        hostile = a % 40 == 0
        parts: list[str] = []
        length = 0
        counts: dict[str, int] = {}
        first_mineral = None
        if hostile:
            intro = f"Readers wrote {HOSTILE} in the comments on an earlier story. "
            parts.append(intro)
            length += len(intro)
        ordinal = 0
        while e < n_events and ev_article[e] == a:
            etype = types[ev_types[e]]
            variants = _PARSED[etype]
            kind, stage, pieces = variants[ev_template[e] % len(variants)]
            mineral_id, mineral_name = MINERALS[ev_mineral[e]]
            first_mineral = first_mineral or mineral_id
            orgs, countries = ev_orgs[e], ev_countries[e]
            used = {"org": 0, "country": 0}
            eid = f"{aid}:{ordinal}"
            sent_start = length
            sentence: list[str] = []
            pos = sent_start
            args: dict[str, list] = {}
            value = None
            for i, piece in enumerate(pieces):
                slot = i % 3
                if slot == 0:
                    sentence.append(piece)
                    pos += len(piece)
                    continue
                if slot == 1:
                    role = piece
                    continue
                kind_of = piece
                if kind_of == "org":
                    ent_id, name, _, _ = ORGS[orgs[used["org"]]]
                    used["org"] += 1
                elif kind_of == "country":
                    ent_id, name = COUNTRIES[countries[used["country"]]]
                    used["country"] += 1
                elif kind_of == "mineral":
                    ent_id, name = mineral_id, mineral_name
                else:
                    ent_id = None
                    name, amount = _literal(kind_of, lit_qty[e], lit_money[e], lit_pct[e])
                    if amount is not None:
                        value = {"amount": amount, "currency": "USD", "approx": False}
                if ent_id is not None:
                    # "the United States": the mention covers the name without the article.
                    lead = len(name) - len(name.removeprefix("the "))
                    men_rows.append((aid, ent_id, pos + lead, pos + len(name), name[lead:]))
                    counts[ent_id] = counts.get(ent_id, 0) + 1
                    arg_rows.append((eid, role, ent_id, ent_id))
                else:
                    arg_rows.append((eid, role, name, None))
                args.setdefault(role, []).append(ent_id or name)
                sentence.append(name)
                pos += len(name)
            text = "".join(sentence)
            text = text[0].upper() + text[1:]
            parts.append(text + " ")
            length += len(text) + 1
            precision_roll = ev_roll[e]
            day = published - timedelta(days=int(ev_back[e]))
            if precision_roll < 0.05:
                edate, precision, start = None, None, None
            elif precision_roll < 0.15:
                edate, precision, start = day.strftime("%Y-%m"), "month", day.replace(day=1)
            else:
                edate, precision, start = day.isoformat(), "day", day
            modality = "planned" if ev_planned[e] else "asserted"
            extractor = f"rule:{etype}.{kind}"
            evidence = {"text": text, "start": sent_start, "end": sent_start + len(text)}
            for col, val in (
                ("id", eid), ("article_id", aid), ("type", etype), ("kind", kind),
                ("date", edate), ("date_precision", precision), ("date_start", start),
                ("value_amount", value["amount"] if value else None),
                ("value_currency", value["currency"] if value else None),
                ("value_approx", value["approx"] if value else None),
                ("stage", stage), ("modality", modality), ("evidence_text", text),
                ("evidence_start", sent_start), ("evidence_end", sent_start + len(text)),
                ("confidence", float(ev_conf[e])), ("extractor", extractor),
            ):
                ev_cols[col].append(val)
            ev_cols["doc"].append(json.dumps({
                "type": etype, "kind": kind, "date": edate, "date_precision": precision,
                "arguments": args, "value": value, "stage": stage, "modality": modality,
                "evidence": evidence, "confidence": float(ev_conf[e]), "extractor": extractor}))
            ordinal += 1
            e += 1
        filler = FILLERS[a % len(FILLERS)]
        parts.append(filler)
        body = "".join(parts)
        title_mineral = first_mineral.split(":")[1].replace("-", " ") if first_mineral else "mining"
        title = f"{title_mineral.capitalize()} supply: what the week brought"
        if hostile:
            title = f"{HOSTILE} {title}"
        total = sum(counts.values()) or 1
        minerals = sorted(k for k in counts if k.startswith("mineral:"))
        art_rows.append((
            aid, title, SOURCES[a % len(SOURCES)], published.isoformat(), published, None, None,
            body, None, hashlib.sha256(f"{aid}\n{title}\n{body}".encode()).hexdigest(), "jsonl",
            "synthetic", None, None, minerals or None))
        art_ent_rows += [(aid, k, round(v / total, 3), v) for k, v in counts.items()]

    articles = pd.DataFrame(art_rows, columns=[
        "id", "title", "source", "published", "published_date", "url", "author", "text", "raw",
        "content_hash", "format", "origin", "metadata", "duplicate_of", "minerals"])
    events = pd.DataFrame(ev_cols)
    events["date_start"] = pd.to_datetime(events["date_start"]).dt.date
    arguments = pd.DataFrame(arg_rows, columns=["event_id", "role", "value", "entity_id"])
    mentions = pd.DataFrame(men_rows, columns=["article_id", "entity_id", "start", "end", "text"])
    art_ents = pd.DataFrame(art_ent_rows,
                            columns=["article_id", "entity_id", "salience", "mentions"])
    entities = _entity_rows()
    for table, frame in (("entities", entities), ("articles", articles), ("events", events),
                         ("event_arguments", arguments), ("mentions", mentions),
                         ("article_entities", art_ents)):
        con.register("_frame", frame)
        cols = ", ".join(f'"{c}"' for c in frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
        con.unregister("_frame")
    return {"articles": len(articles), "events": len(events), "arguments": len(arguments),
            "mentions": len(mentions), "entities": len(entities)}


def add_hostile_article(con: duckdb.DuckDBPyConnection, article_id: str = "hostile-1") -> str:
    """Add one article whose title and body hold a ``<script>`` tag (for escaping tests)."""
    body = (f"Lithium prices fell again. Readers wrote {HOSTILE} in the comments. "
            "Albemarle signed an offtake agreement for lithium.")
    con.execute(
        "INSERT INTO articles (id, title, source, published, published_date, text, content_hash)"
        " VALUES (?, ?, 'Test', '2025-01-02', DATE '2025-01-02', ?, ?)",
        [article_id, f"{HOSTILE} Lithium update", body,
         hashlib.sha256(body.encode()).hexdigest()])
    con.execute("INSERT OR IGNORE INTO entities (id, type, name) "
                "VALUES ('mineral:lithium', 'mineral', 'lithium')")
    start = body.index("lithium")
    con.execute("INSERT INTO mentions VALUES (?, 'mineral:lithium', ?, ?, 'lithium')",
                [article_id, start, start + 7])
    return article_id
