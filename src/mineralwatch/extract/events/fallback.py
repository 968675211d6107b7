"""Roles the sentence's entities leave empty, filled from elsewhere: a name written after the
trigger that no vocabulary knows, the article's main organisation, country or mineral, or who
took the latest measure told before. Each such guess lowers the event's confidence (see
``how``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.geo import country_of_place, port_countries, port_states, span_country
from mineralwatch.extract.organisations import next_word
from mineralwatch.extract.text import alternation, last_words
from mineralwatch.extract.vocabulary import mineral_terms
from mineralwatch.models import Value

from .government import drop_governments, main_country
from .lexicon import WORD, RoleTable, Trigger, lexicon
from .merge import Mention
from .roles import (
    Arguments,
    add,
    company_subject_role,
    describes,
    drop_bodies,
    has_required,
    may_produce,
    release_issuer,
    told_passive,
)
from .states import is_government
from .triggers import (
    ACTOR_TYPES,
    AND_CLAUSE,
    PLACE_TYPES,
    SentenceContext,
    main_entity,
    round_up_item,
    sentence_spans,
    worldwide,
)

_TOKEN = re.compile(r"\S+")


def fill_literal(text: str, context: SentenceContext, hit: Hit, trigger: Trigger,
                 arguments: Arguments, how: set[str], clause_end: int) -> None:
    """A role no entity filled takes the name written after the trigger ("Cerro Matoso"); a
    party the clause only describes, the description ("an unnamed North American utility")."""
    unnamed = lexicon().unnamed_roles.get(trigger.type)
    if unnamed and len(arguments.get(unnamed, ())) < 2 and not any(
            s.type == "organization" and hit.end <= s.start < clause_end for s in context.spans):
        described = lexicon().unnamed_party.search(text, hit.end, clause_end)
        if described:
            add(arguments, unnamed, described["party"])
            how.add("literal")
    _fill_described_actor(text, context, hit, trigger, arguments, how, clause_end)
    role = lexicon().literal_roles.get(trigger.type)
    if role:
        _owner_of_asset(text, context, hit, role, arguments)
    if role and not arguments.get(role):
        # To the sentence's end, not the clause's: "acquired the Bahia Project" names an
        # asset even though "Project" is a trigger of its own; in the passive voice, the
        # subject names it ("A 49% stake in the Kalunga Ouest mine … has been sold to").
        sentence = context.sentence
        name = _name_after(text, _object_start(text, hit), sentence.end, context.spans) or (
            told_passive(text, sentence.start, hit) and
            _name_after(text, sentence.start, hit.start, context.spans)) or \
            _asset_pointed_back(text, hit, _buys(trigger)) or \
            _asset_before_relative(text, context, hit)
        if name:
            arguments[role] = _each_name(name)
            how.add("literal")


def _object_start(text: str, hit: Hit) -> int:
    """Where the trigger's object is read from: at a possessive the trigger ends with
    ("transferred its Bluff Creek interests to"), so the name it leads to is kept as the
    asset's, as after a verb that leaves the possessive out of the trigger."""
    last = text[hit.start:hit.end].rsplit(None, 1)[-1]
    return hit.end - len(last) if last.lower() in lexicon().possessives else hit.end


def fill_site(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
              arguments: Arguments, how: set[str]) -> None:
    """A plant told with no core role filled, but a name no vocabulary knows written right
    after it ("a bauxite mine at Moengo has been shut", "A pilot plant in Welshpool … was
    commissioned in August"): the name is its site (`site_roles`), in the country the article
    points to."""
    lex = lexicon()
    role = lex.site_roles.get(trigger.type)
    if role is None or any(arguments.get(r) for r in lex.core[trigger.type]):
        return
    site = lex.site_after.match(doc.text, hit.end)
    if site is None:
        return
    start = site.start("site")
    marks: list[Span | Value] = [*context.spans, *context.values]
    end = min((mark.start for mark in marks if mark.start < site.end() and start < mark.end),
              default=site.end())
    name = doc.text[start:end].rstrip()  # "at Quellaro Tuesday": the site before the date
    if not name or not _place_name(name):
        return  # "at Eneabba" known, "in March 2024", "in H2 2027", "at Christmas"
    arguments[role] = [name]
    how.add("literal")
    country = _main(doc, "country", hit.start, trigger.type)
    if country:
        arguments[role].extend(_placed(doc, country, role))
        how.add("fallback")


def _place_name(name: str) -> bool:
    """Whether capitalised words may name a place: letters, each word with a lower-case one,
    the first no opener, none a possessive ("Moengo", "Ras Al-Khair"; not "H2", "SX-EW",
    "The", "Perth's east")."""
    words = name.split()
    return words[0] not in lexicon().not_names and all(
        any(ch.islower() for ch in word) and not any(ch.isdigit() for ch in word)
        and not word.endswith(("'s", "’s")) for word in words)


def _fill_described_actor(text: str, context: SentenceContext, hit: Hit, trigger: Trigger,
                          arguments: Arguments, how: set[str], clause_end: int) -> None:
    """An actor left unnamed (``unnamed_actors``) takes its description where it stands as the
    subject ("A Gulf sovereign investor has agreed to take a 9.9 per cent stake") or as the
    party after a cue word of the role ("acquired last year by a Swiss private equity group",
    "sold its stake to a Gulf investor"); not as a subject an organisation follows ("a Chinese
    group said Arden would buy"). A country named in the description ("A Chinese group agreed
    to buy") stays beside it, as annotators write either."""
    lex = lexicon()
    role = lex.unnamed_actors.get(trigger.type)
    filled = set(arguments.get(role, ())) if role else set()
    if role is None or any(not i.startswith("country:") for i in filled):
        return
    spec = lex.roles[(trigger.type, trigger.kind, trigger.frame)]
    sentence = context.sentence
    passive = told_passive(text, sentence.start, hit)
    described = None
    if not passive and company_subject_role(spec) == role:
        described = lex.described_subject.search(text, sentence.start, hit.start)
        if described is not None and not _opens_clause(text, sentence.start, described.start()):
            described = None
    if described is None:
        described = next((m for m in lex.described_after.finditer(text, hit.end, clause_end)
                          if spec.get(m["cue"].lower(), {}).get("organization") == role), None)
    # what is sold may be a company named before the party sold to ("sold its stake in Arden
    # to a fund"), not the party's words before a verb ("a Chinese group said Arden would buy")
    if described is None or (described.start() < hit.start and any(
            s.type == "organization" and described.end() <= s.start < hit.start
            for s in context.spans)):
        return
    if filled - {i for s in context.spans if described.start() <= s.start < described.end()
                 for i in s.ids}:
        return  # a country of the clause buys, not only the one the description names
    add(arguments, role, described["party"])
    how.add("literal")


def _opens_clause(text: str, start: int, at: int) -> bool:
    """Whether a subject at ``at`` opens the sentence begun at ``start`` or a clause of it
    (after a stop or one of ``subject_openers``: "reports that a Chinese group wanted")."""
    before = text[start:at].rstrip()
    return not before or before[-1] in ",;:" or \
        before.split()[-1].lower() in lexicon().subject_openers


_POSSESSIVE = re.compile(r"['’]s[ \t]+")


def _owner_of_asset(text: str, context: SentenceContext, hit: Hit, role: str,
                    arguments: Arguments) -> None:
    """"agreed to buy a 28 pct interest in BP's Greens Creek Joint Venture" (BP known): the
    company whose asset is named is its seller, the asset the target."""
    for span in context.spans:
        if span.type != "organization" or span.start < hit.end or \
                span.ids[0] not in arguments.get(role, ()):
            continue
        possessive = _POSSESSIVE.match(text, span.end)
        asset = possessive and _name_after(text, possessive.end(), context.sentence.end, [])
        if asset:
            arguments[role] = [asset]
            if not arguments.get("seller"):
                arguments["seller"] = [span.ids[0]]
            return


def fill_ports(doc: Doc, context: SentenceContext, trigger: Trigger, spec: RoleTable,
               clause: tuple[int, int], arguments: Arguments, how: set[str]) -> None:
    """"shipped its first cargo from the port of Agadir", "left Navoi by rail for Hamburg":
    a port or a city after a cue word (``port_cues``) gives its country to a role that no
    country fills (not one inside a name: "to Richards Bay Minerals"), and its name, as
    written, to the role beside the country (annotators name the port: "Dar es Salaam")."""
    cues = spec.get("port_cues")
    if not cues:
        return
    for match in _port_pattern(tuple(cues)).finditer(doc.text, *clause):
        if any(s.start <= match.start("port") < s.end and s.type == "organization"
               for s in context.spans):
            continue
        role = cues[" ".join(match["cue"].lower().split())]
        country = f"country:{port_countries()[match['port']]}"
        if not arguments.get(role) and not _holds_partner(arguments, trigger, role, country):
            state = port_states().get(match["port"])
            arguments[role] = [*([f"place:{state}"] if state else []), country, match["port"]]
            how.add("port")
        elif country in arguments.get(role, ()) and match["port"] not in arguments[role]:
            arguments[role].append(match["port"])  # the port beside its own country only


@cache
def _port_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    ports = alternation(list(port_countries()))
    words = alternation(list(cues), space=r"[ \t]+")
    return re.compile(rf"\b(?i:(?P<cue>{words})[ \t]+"
                      rf"(?:the[ \t]+)?(?:port[ \t]+of[ \t]+)?)"
                      rf"(?P<port>{ports})\b(?![ \t]*-)")


def fill_counted(doc: Doc, context: SentenceContext, hit: Hit, trigger: Trigger,
                 arguments: Arguments) -> None:
    """"banning exports of three critical minerals to the US. The move on gallium, germanium
    and antimony …": a counted group of minerals the sentence does not name is the minerals
    the next sentence names (not "rare earths supply" told before the trigger)."""
    lex = lexicon()
    if trigger.type not in lex.counted_types or \
            not lex.counted_group.match(doc.text, hit.end, context.sentence.end):
        return
    if context.number + 1 >= len(doc.sentences):
        return
    named = [i for s in sentence_spans(doc, context.number + 1) if s.type == "mineral"
             for i in s.ids]
    if named:
        arguments["commodity"] = list(dict.fromkeys(named))


# Characters before a plant's noun in which "a" or "an" may open its phrase (five words).
_INTRODUCED_REACH = 80


def fill_from_article(doc: Doc, trigger: Trigger, spec: RoleTable, arguments: Arguments,
                      how: set[str], hit: Hit, other_goods: bool = False) -> None:
    """A role the sentence leaves empty that the article answers: "the Cataby mine produced
    159,000 tonnes" in a report of Iluka's quarter was produced by Iluka; "Gold output …
    declined five pct to 638 tons" in a story of South African mining is South Africa's (not
    "World mine production of lithium": the trigger is ``hit``)."""
    at = hit.start
    if _takes_nothing_from_article(doc.text, spec, at):
        return
    lex = lexicon()
    key = f"{trigger.type}.{trigger.kind}"
    # the companies the sentence itself names, before the article's is taken for them
    named_companies = tuple(arguments.get(lex.main_fallback["organization"][0].get(key, ""), ()))
    role = lex.actor_fallback.get(key)
    if role and not arguments.get(role) and arguments.get("commodity"):
        # "China banned exports of gallium … The restrictions on germanium took effect in
        # August": who took the last measure told took this one (before the article's main
        # organisation: "One vertical drill hole intersected gold …, the announcement said"
        # is the drilling of the company whose results were told last).
        actor = doc.cache.get(f"events.last.{trigger.type}")
        if actor and actor not in arguments.get("target", ()):
            arguments[role] = [actor]
            how.add("fallback")
    for kind, (roles, wanted) in lex.main_fallback.items():
        role = roles.get(key)
        if not role or arguments.get(role) or \
                not _kind_wanted(doc, kind, key, wanted.get(key, []), arguments, spec, hit,
                                 other_goods):
            continue
        # A role the kind always has (a loan's borrower) is filled even in an event complete
        # without it; none by whoever holds its partner ("EFA lent": not to itself; "Vale will
        # sell its nickel … to Ford": Vale sells no Vale).
        always = role in spec.get("always", ())
        if not always and (has_required(arguments, spec, True) or
                           not has_required(arguments, spec, True, but_one=True)):
            continue
        if kind == "organization" and key in lex.introduced_plants and \
                not _introduced_unnamed(doc, at):
            continue  # "the mine's support structure", "Interest in gold mine stocks"
        if kind == "organization" and key in lex.sector_kinds and _sector_shares(doc, hit):
            continue  # "Utility shares gained 0.8%": no company's
        if kind == "country" and worldwide(doc, at):
            continue  # "World mine production", "Global cobalt output": no country's
        if _holds_partner(arguments, trigger, role, _main(doc, kind, at, trigger.type)):
            continue
        home = _home_country(doc, arguments, spec, at, trigger.type) if kind == "country" \
            else None
        if home:  # "Separately, Chile's Codelco said its copper output fell": Chile's output
            arguments[role] = [home]
            how.add("fallback")
            continue
        if kind == "organization" and (owner := _told_owner(doc, at)) and \
                _may_fill(doc, owner, role, spec):
            arguments[role] = [owner]
            how.add("fallback")
            continue
        company = (key in lex.paragraph_org_listed and _subject_before_semicolon(doc, at)) or \
            _paragraph_company(doc, at, key in lex.paragraph_org_listed) \
            if kind == "organization" and key in lex.paragraph_org else None
        if company and _may_fill(doc, company, role, spec):
            arguments[role] = [company]
            how.add("fallback")
            continue
        if kind == "mineral":  # a stoppage, a drill result, a cargo: as a policy's mineral
            if key in lex.main_mineral_own and _main(doc, "organization", at, trigger.type) not in \
                    named_companies:
                continue  # "a rival's recent discovery nearby": another's, of what untold;
                # "discovery rates have fallen": no company's find at all
            _add_minerals(doc, arguments, role, how, at)
            continue
        _add_main(doc, kind, arguments, role, how, at, trigger.type)
        if role in spec.get("no_bodies", ()):  # the Chamber of Mines reports output
            drop_bodies(doc, arguments, role)
        if role in spec.get("company_only", ()):  # no stake bought in a ministry
            drop_governments(doc, arguments, role)


def fill_described_asset(text: str, context: SentenceContext, hit: Hit, trigger: Trigger,
                         arguments: Arguments, how: set[str], clause_end: int) -> None:
    """Money put "for a separation plant in the Darling Basin" goes to that plant, as described,
    when nothing named takes it (see ``described_assets``): the last guess, after the
    article's company, and none where an organisation follows the trigger in its clause."""
    lex = lexicon()
    role = lex.described_assets.get(trigger.type)
    if not role or arguments.get(role) or any(
            s.type == "organization" and hit.end <= s.start < clause_end for s in context.spans):
        return
    # to the sentence's end: the asset's noun may be a trigger of its own, ending the clause
    described = lex.described_asset.search(text, hit.end, context.sentence.end)
    if described is None or described.start() > clause_end or \
            lex.own_asset_words.intersection(described["asset"].lower().split()):
        return  # "invested $40 million in a new acid plant": its own spending
    end = min((v.start for v in context.values  # "… in the Darling Basin in October"
               if described.start("asset") < v.start < described.end()), default=described.end())
    arguments[role] = [_trailing_cue().sub("", text[described.start("asset"):end])]
    how.add("literal")


@cache
def _trailing_cue() -> re.Pattern[str]:
    """A site cue left at the end of a described asset cut before a value ("in" of "a plant in
    October") and the blanks after it."""
    return re.compile(rf"(?:[ \t]+(?:{alternation(lexicon().site_cues)}))?[ \t]*$")


def fill_asset_owner(doc: Doc, trigger: Trigger, arguments: Arguments, how: set[str], hit: Hit,
                     clause_end: int) -> None:
    """Money put "into the project" or "in a new sinter plant at the mine" goes to the
    article's company, which owns it (see ``asset_owner``), unless that company puts it in."""
    lex = lexicon()
    role = lex.asset_owner.get(f"{trigger.type}.{trigger.kind}")
    if not role or arguments.get(role) or \
            lex.asset_pointed.search(doc.text, hit.end, clause_end) is None:
        return
    main = _main(doc, "organization", hit.start, trigger.type)
    if main and not _holds_partner(arguments, trigger, role, main):
        arguments[role] = [main]
        how.add("fallback")


def _concluded(doc: Doc, spec: RoleTable, hit: Hit, key: str) -> bool:
    """Whether the sentence of ``hit`` tells one deal concluded (see ``concluded_deals``):
    "under a three-year supply contract signed last year", not "signed price-floor and offtake
    agreements" (a plural, the trigger's or the noun after it: deals in general) nor "Minister
    Dufresne and Minister Brandt signed a memorandum" (its signers named)."""
    number = doc.sentence_index(hit.start)
    sentence = doc.sentences[number]
    words = set(doc.lowered[sentence.start:sentence.end].split())
    phrase = {*doc.lowered[hit.start:hit.end].split(), next_word(doc.lowered, hit.end)}
    plural = phrase & set(spec.get("split_words", ()))
    return bool(words & lexicon().concluded_deals[key]) and not plural and \
        not any(s.type == "person" for s in sentence_spans(doc, number))


def _introduced_unnamed(doc: Doc, at: int) -> bool:
    """Whether "a" or "an" opens the noun phrase of the plant at ``at`` in a sentence that
    names no organisation nor describes a party before it (see ``introduced_plants``): "The
    board approved funding for a second roasting kiln" is the article's company's plant; "the
    mine's support structure" is none, and a sentence naming or describing a company names
    the plant's owner if any. A plant its phrase gives a nationality ("an offtake with a
    Korean smelter") is a third party's, a buyer or a seller, not the company's own."""
    lex = lexicon()
    opening = lex.introduced.search(doc.text, max(0, at - _INTRODUCED_REACH), at)
    if opening is None:
        return False
    number = doc.sentence_index(at)
    if number < 0:
        return False
    sentence = doc.sentences[number]
    return not lex.introduced_by_others.intersection(
        WORD.findall(doc.lowered[sentence.start:at])) and \
        not any(s.field == "text" and (
            (s.type == "organization" and sentence.start <= s.start < sentence.end) or
            (s.type == "country" and opening.start() <= s.start < at)) for s in doc.spans)


def _kind_wanted(doc: Doc, kind: str, key: str, needs: list[str | list[str]], arguments: Arguments,
                 spec: RoleTable, hit: Hit, other_goods: bool) -> bool:
    """Whether the event wants the article's main entity of ``kind``: the roles it ``needs``
    are filled (a mineral's also by goods named by their form), no goods of another kind moved
    ("exported 50,000 tonnes of fishmeal"), and a deal that must be concluded is ("offtake is
    what investors want": no deal)."""
    mineral = kind == "mineral"
    return (_needs_met(arguments, needs) or (mineral and _goods_by_form(doc, key, hit))) and \
        not (mineral and other_goods) and \
        (key not in lexicon().concluded_deals or _concluded(doc, spec, hit, key))


def _takes_nothing_from_article(text: str, spec: RoleTable, at: int) -> bool:
    """Whether the event at ``at`` takes no role from the article: a share taken of what the
    sentence names ("China took about 71% of Chile's lithium shipments"), a stake told before
    ("The Italian firm's Spanish subsidiary took the majority equity stake": see
    ``told_before``) or one in what the text describes ("a 70% stake in a tungsten exploration
    licence": ``unnamed_after``)."""
    told_before = spec.get("told_before")
    return bool(spec.get("sentence_only")) or (
        bool(told_before and set(told_before) & set(last_words(text, at - 40, at, 3)))) \
        or (bool(spec.get("unnamed_after")) and _IN_UNNAMED.match(text, at) is not None)


def _goods_by_form(doc: Doc, key: str, hit: Hit) -> bool:
    """Whether goods moved are named by a form of a mineral or by their load, just before the
    trigger or by the trigger itself ("the concentrate will be shipped", "the first cargo
    sailed"): such goods are the article's mineral, though no figure counts them."""
    lex = lexicon()
    told = _sentence_up_to(doc, hit.start, hit.end) if key in lex.main_mineral_goods else None
    if told is None:
        return False
    words = [w.strip(",.;:'\"()") for w in told.split()]
    if lex.goods_priced.intersection(words):
        return False
    first = max(len(words) - 1 - lex.goods_within, 0)  # the trigger's word and goods_within before
    for i in reversed(range(first, len(words))):
        if words[i] in lex.goods_words or (words[i] in lex.loads and i > 0 and
                                           _opens_load(words[i - 1])):
            return True
        if words[i] in lex.goods_apart:
            return False
    return False


def _sector_shares(doc: Doc, hit: Hit) -> bool:
    """Whether the shares moved before ``hit`` are a sector's ("Utility shares gained",
    "Nickel stocks led the fallers"): a sector's word or a mineral's name right before the
    last of `sector_nouns` in the sentence ahead of the trigger."""
    lex = lexicon()
    told = _sentence_up_to(doc, hit.start, hit.start)
    if told is None:
        return False
    words = told.split()
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i] in lex.sector_nouns), 0)
    return at > 0 and (words[at - 1] in lex.sector_words or words[at - 1] in mineral_terms())


def _sentence_up_to(doc: Doc, at: int, end: int) -> str | None:
    """The body's sentence holding ``at``, lower-cased, from its start to ``end``; None in a
    title (read as a sentence of its own) or before the first sentence."""
    number = doc.sentence_index(at)
    if number < 0 or doc.cache.get("events.title"):
        return None
    return doc.lowered[doc.sentences[number].start:end]


def _opens_load(word: str) -> bool:
    """Whether ``word`` before a load leaves its goods untold: a determiner, a count or a
    form of goods ("the first cargo", "four cargoes", "concentrate cargo"), not the name of
    other goods ("crude oil shipments")."""
    lex = lexicon()
    return word in lex.goods_words or word in lex.load_openers or word[:1].isdigit()


# "stake in a tungsten licence", "stakes in listed companies" (not "in the company", "in it",
# "in its unit", which point back).
_IN_UNNAMED = re.compile(r"\S+[ \t]+in[ \t]+(?:an?[ \t]|(?!(?:the|its?|their|this|that)\b)[a-z])")


def fill_commodity(doc: Doc, trigger: Trigger, arguments: Arguments, how: set[str],
                   at: int) -> None:
    """"The ban took effect": a policy or production naming no mineral is about the minerals
    its paragraph named last ("Cerro Alto produced 118,400 tonnes of copper last year. … the
    company forecast 2025 output of 105,000 to 115,000 tonnes"), else the main one (see
    ``_add_minerals``)."""
    if arguments.get("commodity") or trigger.type not in lexicon().commodity_fallback:
        return
    _add_minerals(doc, arguments, "commodity", how, at)


def _add_minerals(doc: Doc, arguments: Arguments, role: str, how: set[str], at: int) -> None:
    """The minerals its paragraph named last before ``at`` (see ``_minerals_told_before``),
    else the main one of the article, or of its round-up item: in a story of rare earths,
    "Lithium stocks went the other way … its Bald Hill mine would stay on care and maintenance"
    stops lithium."""
    told = _minerals_told_before(doc, at)
    if told:
        arguments[role] = told
        how.add("fallback")
    else:
        _add_main(doc, "mineral", arguments, role, how, at)


def fill_other_party(doc: Doc, trigger: Trigger, arguments: Arguments, how: set[str],
                     at: int) -> None:
    """"We have an offtake with Andaman Smelting Company": a deal told with one party is made
    with the article's company (see ``other_party``), when that is not the one named, nor
    named in another clause before the trigger ("Eskom's blackouts cut output, and the miner
    has since signed a term sheet with an independent producer": the miner is not Eskom)."""
    role = lexicon().other_party.get(trigger.type)
    parties = arguments.get(role or "", [])
    main = _main(doc, "organization", at) if len(parties) == 1 else None
    if main and main not in parties and not _in_clause_before(doc, main, at):
        add(arguments, role, main)
        how.add("fallback")


def _in_clause_before(doc: Doc, ident: str, at: int) -> bool:
    """Whether ``ident`` is named in the sentence holding ``at`` before a coordinated clause
    that opens ahead of ``at`` (not after a headline's "; ", which lists the news of the
    company it names first)."""
    return any(s.ids[0] == ident and s.end <= at and AND_CLAUSE.search(doc.text, s.end, at)
               for s in sentence_spans(doc, doc.sentence_index(at)))


def _minerals_told_before(doc: Doc, at: int) -> list[str]:
    """The minerals of the nearest sentence before the one at ``at`` that names any, in the
    same paragraph: "… expects to produce between 1,150 and 1,250 tonnes of tin … It blamed
    flooding … Output in the September quarter fell 22%" is tin's, whatever the story names
    most."""
    number = doc.sentence_index(at)
    while number >= 1:
        previous, current = doc.sentences[number - 1], doc.sentences[number]
        if "\n\n" in doc.text[previous.end:current.start]:
            return []
        number -= 1
        named = [i for s in sentence_spans(doc, number) if s.type == "mineral" for i in s.ids]
        if named:
            return list(dict.fromkeys(named))
    return []


def remember_actor(doc: Doc, mentions: list[Mention]) -> None:
    """Note who took the latest measure, for a later sentence that names only its commodity
    (see ``last_actor`` in the TOML)."""
    lex = lexicon()
    for mention in mentions:
        event = mention.event
        role = lex.actor_fallback.get(f"{event.type}.{event.kind}")
        actors = event.arguments.get(role or "")
        if actors:
            doc.cache[f"events.last.{event.type}"] = actors[0]


def _holds_partner(arguments: Arguments, trigger: Trigger, role: str, ident: str | None) -> bool:
    """Whether ``ident`` fills a role that excludes ``role`` (see ``distinct``)."""
    partners = lexicon().exclusive.get((trigger.type, trigger.kind), {}).get(role, ())
    return any(ident in arguments.get(other, ()) for other in partners)


def _needs_met(arguments: Arguments, needs: list[str | list[str]]) -> bool:
    """Whether one of ``needs`` is filled: a role, or a list of roles all filled."""
    return not needs or any(all(arguments.get(r) for r in ([n] if isinstance(n, str) else n))
                            for n in needs)


def _home_country(doc: Doc, arguments: Arguments, spec: RoleTable, at: int,
                  event_type: str) -> str | None:
    """The home country of the organisation acting as the subject of the event (its
    producer), when the entities know it; for output, not where the article is sited elsewhere
    (see ``_sited_elsewhere``). A plant or a find keeps it: there the other countries a story
    names are more often its buyers' or partners' (on dev, dropping it there lost as many
    right places as wrong)."""
    actor_role = company_subject_role(spec)
    homes = [info.country for ident in arguments.get(actor_role or "", ())
             if (info := doc.info.get(str(ident))) is not None and info.country]
    if not homes or (_named_abroad(doc, homes[0], at) if event_type in
                     lexicon().pointed_country else _sited_elsewhere(doc, homes[0], at)):
        return None
    return homes[0]


def _named_abroad(doc: Doc, home: str, at: int) -> bool:
    """Whether the sentence at ``at`` names a place or a country other than ``home``: a
    Canadian miner's mine "under the Argentina government's investment regime" is no
    Canadian plant (but one built "with Japan's Sumitomo" may be: that country is a
    partner's, see ``_of_a_company``)."""
    spans = sentence_spans(doc, doc.sentence_index(at))
    return any(s.type in ("country", "place") and span_country(doc, s) not in (home, None)
               and not _of_a_company(doc, s, spans) for s in spans)


def _of_a_company(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether a country or place only says whose a company is: "Japan's Sumitomo",
    "Japanese trading house Orimoto Shoji" (not "Norway's energy ministry": a state's body
    acts where it governs)."""
    following = next((o for o in spans if o.start >= span.end), None)
    return following is not None and following.type == "organization" and \
        not is_government(doc, following.ids[0]) and (
            _OWNERS_MARK.fullmatch(doc.text, span.end, following.start) is not None or
            describes(doc.text, span.end, following.start))


_OWNERS_MARK = re.compile(r"(?:['’]s)?[ \t<]*")


def _sited_elsewhere(doc: Doc, home: str, at: int) -> bool:
    """Whether the article's places and country mentions point to another country more than to
    ``home``, and the sentence at ``at`` names none: a Swedish miner's gold output in a story
    of Saudi Arabia's mines is Saudi, a US miner's copper in a story of Peru Peruvian; "Separately,
    Chile's Codelco said its output fell" in a Sydney wire stays Chile's."""
    key = "events.sited"
    if key not in doc.cache:
        doc.cache[key] = Counter(country for s in doc.spans if s.type in ("country", "place")
                                 and (country := span_country(doc, s)))
    counts: Counter[str] = doc.cache[key]
    if not counts or counts.most_common(1)[0][1] <= counts[home]:
        return False
    return not any(s.type in ("country", "place")
                   for s in sentence_spans(doc, doc.sentence_index(at)))


def _may_fill(doc: Doc, company: str, role: str, spec: RoleTable) -> bool:
    """Whether a company may fill ``role``: not a body that only reports output ("A
    spokeswoman for the Chamber of Mines said Philippine copper production amounted to …")
    where the role takes none (``no_bodies``)."""
    return role not in spec.get("no_bodies", ()) or may_produce(doc, company)


def _told_owner(doc: Doc, at: int) -> str | None:
    """The owner told for the asset a subject points back to: "The mine produced 12,500
    tonnes" after "the mine's majority owner, Groupe X, said" is Groupe X's output, though the
    article names the buyer of a minority stake more (see ``owner_cues``); the last owner told
    in the sentence or the three before it."""
    lex = lexicon()
    if lex.pointed_asset.search(doc.text, max(0, at - 30), at) is None:
        return None
    number = doc.sentence_index(at)
    for previous in reversed(range(max(0, number - 3), number + 1) if number >= 0 else ()):
        owners = [s for s in sentence_spans(doc, previous) if s.type == "organization"
                  and s.end <= at and lex.owner_before.search(doc.text, max(0, s.start - 40),
                                                              s.start) is not None]
        if owners:
            return owners[-1].ids[0]
    return None


def _subject_before_semicolon(doc: Doc, at: int) -> str | None:
    """"Kafue Copper rejects bid from Lusaka's Chambishi Metals; shares jump 31%": shares moving
    in a clause after a semicolon that names no company are those of the company opening the
    sentence, its subject (not the bidder named last, nor the one listed)."""
    sentence = doc.sentences[doc.sentence_index(at)]
    semicolon = doc.text.rfind(";", sentence.start, at)
    spans = sentence_spans(doc, doc.sentence_index(at))
    opening = next((s for s in spans if s.type in ACTOR_TYPES), None)
    if semicolon < 0 or opening is None or opening.type != "organization" or \
            opening.end > semicolon or \
            doc.text[sentence.start:opening.start].strip() not in ("", "The") or \
            any(s.type == "organization" and semicolon < s.start < at for s in spans):
        return None
    return opening.ids[0]


def _paragraph_company(doc: Doc, at: int, listed: bool) -> str | None:
    """The one company its paragraph names before ``at`` (see ``paragraph_org``), states and
    bystanders aside; of several, with ``listed``, the one listed."""
    start = doc.text.rfind("\n", 0, at) + 1
    bystanders = lexicon().bystanders
    named = {s.ids[0] for s in doc.spans if s.field == "text" and s.type == "organization"
             and start <= s.start and s.end <= at and s.ids[0] not in bystanders
             and not is_government(doc, s.ids[0])}
    if listed and len(named) > 1:  # "… to Eeyou Lithium Corp. (TSX-V: EYL) …, which signed a
        # benefits agreement with the local Cree Nation … Shares rose 9%": the one with shares
        named = {i for i in named if (info := doc.info.get(i)) is not None and info.listings}
    return named.pop() if len(named) == 1 else None  # of two, the move's is not told


def _main(doc: Doc, kind: str, at: int, event_type: str = "") -> str | None:
    """The article's main entity of a kind; of organisations, the one a release defines as
    "the Company" before ``at`` ahead of the one named most (Northhollow's release of Hanbit's
    investment); of countries, for the types of ``pointed_country``, the one the article
    points to most (in a round-up, its item's: see ``_item_country``)."""
    if kind == "country" and event_type in lexicon().pointed_country:
        return _item_country(doc, at) or main_country(doc)
    issuer = release_issuer(doc, at) if kind == "organization" else None
    return issuer or main_entity(doc, kind, at)


def _item_country(doc: Doc, at: int) -> str | None:
    """In a round-up, the country of the item holding ``at``: the one its heading's label
    names, else the one the item points to most. Under "ZIMBABWE: Great Dyke base metal
    refinery fires up", a refinery "near Selous" is Zimbabwe's, whatever the digest names
    most."""
    item = round_up_item(doc, at)
    if item is None:
        return None
    heading_end = doc.text.find("\n", item[0], item[1])  # a label is on the heading's line
    label_end = doc.text.find(":", item[0], item[1] if heading_end < 0 else heading_end)
    countries = [(item[0] <= s.start < label_end, country) for s in doc.spans
                 if s.field == "text" and item[0] <= s.start < item[1]
                 and s.type in PLACE_TYPES and (country := span_country(doc, s))]
    labelled = [country for in_label, country in countries if in_label]
    counts = Counter(country for _, country in countries)
    return labelled[0] if labelled else counts.most_common(1)[0][0] if counts else None


def _add_main(doc: Doc, kind: str, arguments: Arguments, role: str, how: set[str],
              at: int = 0, event_type: str = "") -> None:
    main = _main(doc, kind, at, event_type)
    if main:
        arguments[role] = _placed(doc, main, role) if kind == "country" else [main]
        how.add("fallback")


def _placed(doc: Doc, country: str, role: str) -> list[str]:
    """A country guessed for ``role``, and for a location the place within it the article names
    most (see ``_main_place``)."""
    place = _main_place(doc, country) if role == "location" else None
    return [place, country] if place else [country]


def _main_place(doc: Doc, country: str) -> str | None:
    """The place within ``country`` the article names most (the first of a tie): a mine or
    output the sentence does not place, in a story of Western Australia's nickel, is in
    Western Australia as well as in Australia, as annotators write either. A dateline's state
    ("CALGARY, Alberta, April 7 -") says where the story was filed: it counts only when the
    story names no other place in the country (a mine town's own dateline places its mine)."""
    key = f"events.place.{country}"
    if key not in doc.cache:
        places = [s for s in doc.spans
                  if s.type == "place" and country_of_place(s.ids[0]) == country]
        counts = Counter(s.ids[0] for s in places if s.source != "dateline") or \
            Counter(s.ids[0] for s in places)
        doc.cache[key] = counts.most_common(1)[0][0] if counts else None
    return doc.cache[key]


# A share of an asset before its name: "acquired 100% of the Last Chance claims".
_SHARE = re.compile(r"\d+(?:\.\d+)?%(?:-owned)?")  # "a 49% stake", "the 100%-owned …"
_COUNT = re.compile(r"(?:[A-Z]{0,2}[$€£¥])?\d[\d,.]*")  # "24 Tok mining claims", "$180 million"
_WRAPPING = "“”\"'’,;:()."  # quotes and punctuation around a word


def _describes_a_company(tokens: list[re.Match[str]]) -> bool:
    """Whether lower-case words close with a noun describing the company named next ("fund
    manager Yarra Bend"; not "platinum group metals project")."""
    words = [t.group().strip(_WRAPPING) for t in tokens]
    return any(word in lexicon().descriptions and following[:1].isupper()
               for word, following in pairwise(words))


def _name_after(text: str, start: int, end: int, spans: list[Span]) -> str | None:
    """The capitalised name just after a trigger ("sale of its Illawarra Metallurgical Coal",
    "sell its Cerro Matoso nickel operation", "24 Tok mining claims"), or the names listed
    before one asset noun ("the Genie, Usam and CBX/Shoe properties") or after a counted one
    ("three brownfield mineral projects in Slovakia: Trojarová, Tienesgrund, and Medvedi"):
    an asset no vocabulary knows, kept as a literal when a possessive leads to it or an asset
    noun follows it."""
    lex = lexicon()
    words: list[str] = []
    first = last = 0  # where the name is written
    possessive = False
    tokens = list(_TOKEN.finditer(text, start, min(end, start + 100)))

    def named(following: frozenset[str] | set[str] = frozenset()) -> str | None:
        name = " ".join(text[first:last].split())
        if words and (possessive or following & lex.asset_nouns
                      or words[-1].lower() in lex.asset_nouns or _named_asset(text, name, last)):
            return name
        return None

    for number, token in enumerate(tokens):
        inside = next((s for s in spans if s.start <= token.start() < s.end), None)
        if inside is not None and inside.type not in ("mineral", "place", "country"):
            return named()  # an entity: the roles already read it ("the Bahia Project")
        word = token.group().strip(_WRAPPING)
        owner = word.endswith(("'s", "’s"))  # "the Company's Highway Uranium Property"
        if not words and (word.lower() in lex.literal_lead or _SHARE.fullmatch(word)
                          or _COUNT.fullmatch(word) or owner):
            possessive = possessive or word.lower() in lex.possessives or owner
            continue
        if owner:
            words, possessive = [], True  # "British Petroleum's Greens Creek Joint Venture"
            continue
        if word[:1].isupper() and (words or word not in lex.not_names) and not word.isupper():
            first = first if words else token.start() + token.group().index(word[0])
            last = token.start() + len(token.group().rstrip(_WRAPPING))
            words.append(word)
            if token.group()[-1] in ";:)”’\"" or (token.group()[-1] == "," and not (
                    number + 1 < len(tokens) and tokens[number + 1].group()[:1].isupper())):
                break  # a comma goes on only to a list's next name ("the Genie, Usam and …")
            continue
        if word == "and" and words:
            continue
        if words and _describes_a_company(tokens[number:number + 3]):
            return None  # "to Melbourne fund manager Yarra Bend": where a buyer is from
        following = {t.group().lower().strip(_WRAPPING) for t in tokens[number:number + 3]}
        return named(following) if words else _listed_after_asset(text, token.start(), end)
    return named()


@cache
def _asset_phrase() -> re.Pattern[str]:
    """An asset's name (capitalised words, no possessive) and its noun, perhaps a few words
    of what it holds between ("Mount Caroline Rare Earths Project", "Crystal Creek flake
    graphite project"); a noun that a name goes on after is a company's ("Equity Silver Mines
    Ltd")."""
    lex = lexicon()
    gap = rf"(?:[ \t]+(?!(?i:{alternation(sorted(lex.function_words))})\b)[\w-]+){{0,3}}?"
    nouns = alternation(sorted(lex.asset_nouns))
    return re.compile(rf"\b(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,4}})"
                      rf"(?![\w’'-]){gap}[ \t]+(?P<noun>(?i:{nouns}))\b(?![’'-]|[ \t]+[A-Z])")


def _phrase_ends(text: str, at: int) -> bool:
    """Whether a stop, a figure or a function word follows ``at`` ("Mount Caroline in 2022";
    not "Kuridala North concentrate", "the project company")."""
    following = _TOKEN.search(text, at, at + 40)
    if following is None or not following.group()[0].isalpha():
        return True
    return following.group().strip(_WRAPPING).lower() in lexicon().function_words


def _named_asset(text: str, name: str, end: int) -> bool:
    """"Redgum acquired Mount Caroline in 2022" in a story that also speaks of "its Mount
    Caroline Rare Earths Project": a name the article writes before an asset noun elsewhere
    names the asset bought, where the phrase ends with it (``end``)."""
    return _phrase_ends(text, end) and any(
        _bare_name(m["name"]) == name for m in _asset_phrase().finditer(text)
        if name in m["name"])


# "acquired the project in 2023": a definite asset noun with no name of its own.
_ASSET_POINTER = re.compile(r"[ \t]+(?:the[ \t]+(?P<noun>[a-z]+)|it)\b(?![’'-])")


def _asset_before_relative(text: str, context: SentenceContext, hit: Hit) -> str | None:
    """"will close the Queensland zinc mines it bought for $615 million": the asset a
    relative clause's verb bought or sold stands before it, its name kept as written."""
    last = next(reversed(list(_asset_phrase().finditer(text, context.sentence.start,
                                                        hit.start))), None)
    if last is None or not lexicon().relative_subject.fullmatch(text, last.end(), hit.start):
        return None
    return _bare_name(last["name"])


def _buys(trigger: Trigger) -> bool:
    """Whether the trigger's subject is the buyer ("bought", not "sold")."""
    spec = lexicon().roles[(trigger.type, trigger.kind, trigger.frame)]
    return company_subject_role(spec) == "acquirer"


def _asset_pointed_back(text: str, hit: Hit, bought: bool) -> str | None:
    """"Beaverhead acquired the project in 2023", told after "its Crystal Creek flake graphite
    project"; "In 2019 Laurentian bought it from Alpstein", after "the Stony Creek deposit": one
    asset (a singular noun, or "it" where the subject buys) pointed back to right after the
    trigger is the one the article named last before it (not "want to buy the assets at the
    bottom"; what "it" sold is often goods: "monetise the stockpile by selling it to China")."""
    pointer = _ASSET_POINTER.match(text, hit.end)
    noun = pointer and pointer["noun"]
    if pointer is None or (noun is None and not bought) or (noun is not None and (
            noun not in lexicon().asset_nouns or noun.endswith("s"))) or \
            not _phrase_ends(text, pointer.end()):
        return None
    named = reversed(list(_asset_phrase().finditer(text, 0, hit.start)))
    return next(filter(None, (_bare_name(m["name"]) for m in named
                              if _same_asset_noun(noun, m["noun"].lower()))), None)


def _same_asset_noun(pointer: str | None, written: str) -> bool:
    """Whether "the ``pointer``" may point back to an asset named with ``written`` ("the mine"
    to "the Burrundie antimony-gold mine" or "the Tabor project"; "the plant" only to a plant:
    ``one_asset_nouns``); "it" (None) to any."""
    nouns = lexicon().one_asset_nouns
    return pointer is None or written.rstrip("s") == pointer or (
        pointer in nouns and written.rstrip("s") in nouns)


def _bare_name(written: str) -> str | None:
    """An asset's name without the article opening its sentence or the minerals it holds
    ("The Mount Caroline Rare Earths" → "Mount Caroline"; "The" alone is no name, nor an
    exchange's or a ticker's capitals: "TSX")."""
    words = written.split()
    if all(word.isupper() for word in words):
        return None
    while words and words[0] in lexicon().not_names:
        words = words[1:]
    while words and words[-1].lower() in mineral_terms():
        words = words[:-1]
    while len(words) > 1 and " ".join(words[-2:]).lower() in mineral_terms():
        words = words[:-2]
    return " ".join(words) or None


_LISTED_ASSETS = re.compile(r"[^.:;]{0,60}?:[ \t]*"
                            r"((?:[A-Z][\w’'/-]*[ \t]*(?:,[ \t]*and\b|,|\band\b)?[ \t]*)+)")
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*and\b|,|\band\b)[ \t]*")


def _each_name(name: str) -> list[str]:
    """The assets a literal lists, each a value of its own ("Trojarová, Tienesgrund, and
    Medvedi"; "the Genie, Usam and CBX/Shoe properties"); a name with no comma is one ("the
    Greens Creek Joint Venture", "Lake Shore and Kirkland")."""
    if "," not in name:
        return [name]
    return [n for n in _LIST_SEPARATOR.split(name) if n]


def _listed_after_asset(text: str, start: int, end: int) -> str | None:
    """"three brownfield mineral projects in Slovakia: Trojarová, Tienesgrund, and Medvedi":
    the names listed after a colon that closes a counted asset noun's phrase."""
    match = _LISTED_ASSETS.match(text, start, end)
    if match is None or not set(_TOKEN.findall(text[start:match.start(1)].lower().replace(
            ":", " "))) & lexicon().asset_nouns:
        return None
    names = _LIST_SEPARATOR.split(match.group(1).strip())
    return ", ".join(n for n in names if n)
