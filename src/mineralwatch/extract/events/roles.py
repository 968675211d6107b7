"""Roles from the entities of a clause, by where they stand: the subject before the trigger,
the object after it, or after a cue word ("from Pakistan", "to the United States", "between A
and B", "giving Iluka a loan"); the passive voice swaps subject and object, and "its", "the
company" point back to an organisation named before."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any

from mineralwatch.extract.doc import Doc, Span
from mineralwatch.extract.gazetteer import Hit
from mineralwatch.extract.geo import port_countries
from mineralwatch.extract.organisations import POSSESSIVE_AFTER, cues, next_word
from mineralwatch.extract.people import title_words
from mineralwatch.extract.text import (
    LIST_JOINT,
    WIRE_CODE,
    alternation,
    blanks_end,
    blanks_start,
    last_words,
    line_bounds,
)
from mineralwatch.extract.vocabulary import dollar_words, load_units

from .lexicon import ACRONYM_AFTER, ROLE_SETTINGS, WORD, RoleTable, lexicon
from .states import is_government
from .triggers import (
    ACTOR_TYPES,
    NEW_CLAUSE,
    PLACE_TYPES,
    Clause,
    SentenceContext,
    in_aside,
    main_entity,
    own_subject_between,
    sentence_spans,
    worldwide,
)

Arguments = dict[str, list[Any]]  # role → ids or literal values

# Lower-case words between a place and an organisation: "South Korean automaker Hyundai".
_DESCRIPTORS = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s+$")
_DESCRIBED = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}")  # the lower-case words after a name
# Other capitalised names joined to a name ("Japanese and South Korean importers"): the
# lower-case words after the last describe each.
_JOINED_NAMES = re.compile(r"(?:,?[ \t]+(?:and|or)|,)(?:[ \t]+[A-Z][\w.'’-]*){1,3}")
# An acronym in brackets right after a name (its last word perhaps left out of the name's
# span), which it abbreviates: " Corporation (KOMIR)".
_ACRONYM_OF = re.compile(r"(?:[ \t]+[A-Z][\w.]*)?[ \t]*\([A-Z][\w&.-]{1,11}")


@cache
def _located() -> re.Pattern[str]:
    """A cue, a thing and a site cue saying where it is, before a place: "to a smelter in
    (Sudbury,) Ontario"."""
    lex = lexicon()
    return re.compile(rf"\b(?P<cue>to|from|for|into)[ \t]+"
                      rf"(?:(?:{alternation(lex.object_determiners)})[ \t]+)?"
                      rf"(?:[a-z][\w-]*[ \t]+){{1,3}}(?:{alternation(lex.site_cues)})[ \t]+"
                      r"(?:[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2},[ \t]*)?$")


# A town named before its country: "near Casablanca, Morocco".
_TOWN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s*$")
# A date closing an opening phrase before an entity: "In 2023, Australia", and without its
# comma after "in": "In 2023 Karri Capital sold its stake", "In March 2024 Tarrant Metals
# bought" (not "the 2010 Japan embargo", whose year is the entity's).
_MONTH = f"(?:{alternation(list(load_units()['months']))})"
# The two are searched apart: the first only where a comma ends the window, the second opening
# with its letter, so that the search skips to it (a pattern opening with "\b" or a
# look-behind is tried at every position).
_DATE_COMMA_BEFORE = re.compile(rf"(?:\d|\b{_MONTH}),\s*$")
_IN_DATE_BEFORE = re.compile(rf"[Ii](?<!\w.)n[ \t]+(?:{_MONTH}[ \t]+)?"
                             rf"(?:\d{{4}}|{_MONTH})[ \t]*$")
# "from" right after a trigger noun, before the name of who issued it.
_AGENT_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# The goods a measure is laid on, then "from" and the name of where they come from: "duties
# on active anode material from China", "a ban on imports from Russia", "duties of up to
# 102.7% on anode material from China" (its rate told first).
_GOODS_FROM = re.compile(r"\s+(?:[^,;:]*\s)?(?:on|into)\s[^,;:]*\sfrom\s+(?:the\s+)?")
# The word right before a name, which may be a title ("Prime Minister Anthony Albanese").
_LAST_TITLE = re.compile(r"([A-Z][\w.-]*)\s+$")
# "a price floor … for NdPr produced by MP Materials": a participle after a noun the trigger
# governs ("for NdPr") makes the name after "by" that noun's agent (the participles are a role
# table's `noun_agent_verbs`; right after the trigger's own noun, "a royalty regime developed by
# Ghana's Minerals Commission", the agent is the trigger's).
_NOUN_AGENT = r"\s(?:for|of|on|in|to|from)\s.*\s(?:{verbs})\s+by\s+(?:the\s+)?$"
# "The revoked permits include two held by Dubai-registered Tougué Minerals SA and an
# exploration licence … held by a subsidiary of Shandong Yuhai": who holds is no authority,
# wherever the participle stands (a role table's `holder_verbs`; a home such as
# "Dubai-registered", or "a subsidiary of", may stand before the name).
_HOLDER = (r"\s(?:{verbs})\s+by\s+(?:the\s+)?(?:[\w.'’-]+-(?:{homes})\s+)?"
           r"(?:(?:a|an|the)\s+(?:{parts})\s+of\s+)?$")
_HOLDER_REACH = 80  # characters before a name read for a holder's participle and "by"
# Characters before a trigger in which its passive auxiliary stands: "has been sold", "was
# recently acquired by".
_PASSIVE_REACH = 30


def told_passive(text: str, sentence_start: int, hit: Hit) -> bool:
    """Whether the trigger is a verb in the passive voice ("has been sold to"): its subject
    then names what the event acts on, its agent follows "by"."""
    return lexicon().passive_verb.search(text, max(sentence_start, hit.start - _PASSIVE_REACH),
                                         hit.end) is not None


def fill_roles(doc: Doc, context: SentenceContext, hit: Hit, spec: RoleTable,
               clause: Clause) -> tuple[Arguments, set[str], dict[str, list[str]]]:
    """Roles from the entities of the clause; ``how`` (the second item) notes guesses that
    lower confidence, the last item lists the ids read after each cue word ("with": Hyundai,
    GE) and, under "speaker", the companies that only report the event (see
    ``speaker_as_object``)."""
    lex = lexicon()
    text = doc.text
    arguments: Arguments = {}
    how: set[str] = set()
    positions: dict[str, list[str]] = {}
    passive = told_passive(text, context.sentence.start, hit)
    anaphor = _antecedent(doc, context, hit.start, bool(spec.get("government_only")))
    if anaphor is not None:  # "The company … said it had agreed to be acquired by Wesfarmers"
        antecedent, anaphor_end = anaphor
        if passive:
            table = spec.get("object", {})
        elif _PARTICIPLE_AFTER_OWNER.match(text, anaphor_end) and \
                _owns(text[max(0, anaphor_end - 8):anaphor_end]):
            table = spec.get("subject", {})  # "its previously announced financing": no verb
        else:
            table = _subject_table(text, spec, anaphor_end, hit.start)
        role = table.get("organization")
        if role:
            add(arguments, role, antecedent)
            how.add("anaphora")
    for role in lex.set_roles & set(spec.get("subject", {}).values()):
        for ident in _pair_pointed_back(doc, context, hit):
            add(arguments, role, ident)
            how.add("anaphora")
    last_role: str | None = None  # of the organisation read before, for its parent
    lenders: set[str] = set()  # subjects that lend, whatever "from" or "with" names after
    cued: tuple[Span, str] | None = None  # the organisation read last after a cue word
    filed_from: dict[str, list[str]] = {}  # role → the dateline's places that may fill it
    attached = _attached_minerals(text, context.spans, hit) if spec.get("own_mineral") else []
    verb_subject = _verb_subject(text, context.spans, hit)
    acting = _infinitive_subject(text, context, hit)
    relative = relative_clause(text, context, hit)
    if relative is not None and relative[1].type != "organization":
        relative = None  # a company's clause: "from Ruvuma Carbon Ltd, which is developing"
    own = _own_minerals(context, hit, clause)
    named: tuple[Span, str | None] | None = None  # the name read last, and where it stands
    for span in context.spans:
        if span.type == "mineral":
            if (not attached or span in attached) and (own is None or span in own):
                for ident in span.ids:
                    add(arguments, spec["anywhere"].get("mineral"), ident)
            continue
        if _left_out(text, hit, span):
            continue
        if _outside(span, hit, clause) and (
                relative is None or span is not relative[1] or span.end > relative[0]):
            continue  # no party (see ``_position``); but the subject of a relative clause
            # before the trigger is read below
        if _qualifies_only(text, context, span) or \
                _modifies_later_trigger(text, context, span, hit):
            continue
        if relative is not None and span.end <= relative[0]:
            if span is not relative[1]:
                continue  # "Sable plans to source concentrate from Ruvuma, which is …"
            position: str | None = "subject"
        elif named is not None and _ACRONYM_OF.fullmatch(text, named[0].end, span.end):
            position = named[1]  # "for the Korea Mineral Resources Corporation (KOMIR)"
        else:
            position = _position(text, context, span, hit, clause, spec, passive)
        named = (span, position)
        if position is None or (verb_subject is not None and span.end <= verb_subject
                                and position not in ("subject", "speaker", "parent")):
            continue  # "the consolidation of properties in ETN, …, Noble transferred its …"
        if acting is not None and span.end <= acting and position == "subject":
            continue  # "Conrac signed a letter of intent for Mark IV to acquire the company"
        if position == "speaker":
            if span.type == "organization":
                add(positions, "speaker", span.ids[0])
            continue
        if position == "by" and "noun_agent_verbs" in spec and hit.end <= span.start and \
                _noun_agent(tuple(spec["noun_agent_verbs"])).match(
                    text, hit.end, _sentence_name_start(text, context, span)):
            continue
        if position == "by" and "holder_verbs" in spec and _holder(
                tuple(spec["holder_verbs"])).search(
                    text, max(context.sentence.start, span.start - _HOLDER_REACH),
                    _sentence_name_start(text, context, span)):
            continue
        if cued is not None and span.type == "organization":
            position = _coordinated(text, cued, span, position)
        if position == "parent":
            if last_role and span.type == "organization":
                add(arguments, last_role, span.ids[0])
            continue
        if passive and position == "subject":
            position = "object"
        if anaphor is not None and position == "subject" and not _dateline_alone(context, span) \
                and not _places_the_noun(text, span, anaphor[1], hit):
            continue  # "its planned facility": the owner is the antecedent, not this entity
        group = _subject_verb_group(text, spec, span.end, hit.start) \
            if position == "subject" else None
        by_verb = group is not None
        table = group["subject"] if group is not None else spec.get(position, {})
        if position == "subject" and "ordered" in spec and _ordered(text, spec["ordered"],
                                                                     clause[0], span.start):
            table = spec["ordered"]["subject"]
        elif position == "subject" and "state_subject" in spec and (
                span.ids[0] in lex.public_lenders or (not by_verb and _state_body(doc, span))):
            table = spec["state_subject"]  # "the DOE Loan Programs Office has closed a loan";
            # a public lender lends whatever the verb ("EFA signed a loan with Lynas")
        role = table.get(span.type) or spec["anywhere"].get(span.type)
        if role in spec.get("government_only", ()) and _describes_private(text, span, hit, spec):
            continue
        described = _described_company(text, span) if spec.get("described_companies") else None
        if described is not None and _apposed_to_name(text, context.spans, span):
            continue  # "with Hachinohe Nickel, a Japanese producer": the one party, named
        if described is not None:  # "signed an MoU with a Japanese trader": the trader is the
            company_role = table.get("organization") or spec["anywhere"].get("organization")
            add(arguments, company_role, described)  # party, not Japan
            how.add("literal")
            continue
        if by_verb and "state_subject" in spec and \
                role == spec["state_subject"].get("organization") and _state_body(doc, span):
            lenders.add(span.ids[0])  # "Zambia's Ministry of Finance approved a loan"
        if span.source == "dateline":  # "LOS ANGELES, Oct 19 - CCR Video Corp said": no actor
            if role in lex.dateline_roles:
                filed_from.setdefault(role, []).append(span.ids[0])
            continue
        if span.ids[0] in lex.bystanders and role not in lex.bystander_roles and \
                span.ids[0] not in lex.bystander_exceptions.get(role or "", ()):
            continue
        if role and role != "commodity":
            add(arguments, role, span.ids[0])
            add(positions, position, span.ids[0])
            if position == "by" and span.start >= hit.end:
                add(positions, "by_after", span.ids[0])  # "a takeover by Samudra"
            if span.end <= hit.start and _POSSESSOR.fullmatch(text, span.end, hit.start):
                for owner in (*_listed_before(text, context.spans, span), span):
                    add(positions, "possessor", owner.ids[0])  # "China's export controls",
                    # "the United States and Japan's export controls"
            last_role = role if span.type == "organization" else last_role
            if span.type == "organization":
                cued = (span, position) if position not in ("subject", "object") else None
    lenders |= _lending_subjects(positions, spec)
    _agent_wins(arguments, positions, spec, lenders)
    _possessor_wins(arguments, positions, spec)
    _with_borrower(arguments, positions, lenders)
    _pair(arguments, spec)
    _shared_subject(doc, context, hit, clause, spec, arguments, how)
    _object_anaphor(doc, context, hit, clause, spec, arguments, how)
    for role, places in filed_from.items():
        # not "STOCKHOLM - … a gold mine in Saudi Arabia", nor "LONDON - Non-Communist … output"
        if not arguments.get(role) and not worldwide(doc, hit.start):
            arguments[role] = list(dict.fromkeys(places))
    return arguments, how, positions


# A mineral's noun phrase around a figure's noun: "slab zinc production", "copper mine
# output" (a mineral, then at most one of its forms) or "production of refined lead".
_GAP = r"[ \t]+(?:(?P<form>[a-zé-]+)[ \t]+)?"
_BEFORE_NOUN = re.compile(_GAP)
_OF_MINERAL = re.compile(rf"[ \t]+of{_GAP}")
_JOINED_MINERALS = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")


def _attached_minerals(text: str, spans: list[Span], hit: Hit) -> list[Span]:
    """The minerals whose figure a noun reports, when its noun phrase names them ("but slab
    zinc production fell to 4,490 tonnes", beside "production of refined lead … rose"; "lead
    and zinc output"): not every mineral of the sentence. None when it names none."""
    minerals = [s for s in spans if s.type == "mineral"]
    before = [s for s in minerals if s.end <= hit.start and
              _form_gap(_BEFORE_NOUN.fullmatch(text, s.end, hit.start))]
    after = [s for s in minerals if s.start >= hit.end and
             _form_gap(_OF_MINERAL.fullmatch(text, hit.end, s.start))]
    if before:
        chain = [before[-1]]
        for span in reversed(minerals):
            if span.end <= chain[-1].start and _JOINED_MINERALS.fullmatch(text, span.end,
                                                                          chain[-1].start):
                chain.append(span)
    elif after:
        chain = [after[0]]
        for span in minerals:
            if span.start >= chain[-1].end and _JOINED_MINERALS.fullmatch(text, chain[-1].end,
                                                                          span.start):
                chain.append(span)
    else:
        return []
    return chain


_SUBJECT_GAP = re.compile(r"(?:[ \t]+(?:will|would|has|have|had|to|also|then|its|their)){0,3}"
                          r"[ \t]+$")


def relative_clause(text: str, context: SentenceContext, hit: Hit) -> tuple[int, Span] | None:
    """Where a relative clause holding the trigger opens, and the entity right before it, its
    subject: "from Ruvuma Carbon Ltd, which is developing a flake graphite mine", "China, which
    produces about 80% of the world's supply," (no comma closes the clause before the
    trigger); or an apposition describing a company ("with Keystone Magnet Works, a
    Pennsylvania company building a sintered magnet plant")."""
    lex = lexicon()
    start = context.sentence.start
    head = text[start:hit.start]
    opener = max(head.rfind(cue) for cue in lex.relatives)
    apposed = max(head.rfind(cue) for cue in lex.party_appositions)
    if apposed > opener and not lex.descriptions.isdisjoint(WORD.findall(head[apposed:].lower())):
        opener = apposed
    if opener < 0 or "," in head[opener + 1:]:
        return None
    at = start + opener
    named = next((s for s in reversed(context.spans) if s.end <= at), None)
    if named is not None and named.type == "listing" and text[named.end:at].strip(" )") == "":
        # "Norvik Holdings Ltd (OSE: NORV), which has invested": the company whose listing
        # closes its name
        before = next((s for s in reversed(context.spans) if s.end <= named.start), None)
        if before is not None and text[before.end:named.start].strip(" \t(") == "":
            return at, before
    if named is None or text[named.end:at].strip(" )") != "":
        return None
    return at, named


# "…, and at the same time signed", "and imposed": a verb after "and", no subject of its own.
_AND_VERB = re.compile(r"(?:,[ \t]*|[ \t]+)and(?:[ \t]+(?:also|then|later|subsequently|"
                       r"at[ \t]+the[ \t]+same[ \t]+time|in[ \t]+turn),?)?[ \t]+"
                       r"(?P<verb>[a-z]+)\b")
# "Condesuyos said it had signed …": the reporter's own act.
_REPORTED_PRONOUN = re.compile(r"[ \t]+(?:that[ \t]+)?(?:it|they)\b")


def _shared_subject(doc: Doc, context: SentenceContext, hit: Hit, clause: Clause,
                    spec: RoleTable, arguments: Arguments, how: set[str]) -> None:
    """"Congo suspended cobalt exports in February and imposed quotas in October": a verb
    joined by "and" to the clause before it, with no subject of its own, shares that clause's:
    the sentence's opening name fills the subject role the trigger's own clause left empty."""
    text = doc.text
    start = context.sentence.start
    if clause[0] <= start:
        return
    join = next(reversed(list(_AND_VERB.finditer(text, clause[0], hit.start))), None)
    if join is None or not (join["verb"] in lexicon().clause_verbs or
                            join["verb"].endswith("ed")):
        return
    if any(s.type in ACTOR_TYPES and join.start() <= s.start < hit.start
           for s in context.spans):
        return  # "and Lynas signed": a subject of its own
    opening = next((s for s in context.spans if s.type in ACTOR_TYPES), None)
    if opening is None or opening.start >= clause[0] or \
            text[start:opening.start].strip(" \t\"“") not in ("", "The", "the"):
        return
    between = text[opening.end:join.start()]
    if NEW_CLAUSE.search(between):
        return  # "Eskom's blackouts cut output …, and the miner has since … signed": the miner's
    said = lexicon().reporting.search(between)
    if said is not None and not _REPORTED_PRONOUN.match(text, said.end()):
        return  # "Namibia's ministry said the mine would … and would pay royalties": the mine's
    role = spec.get("subject", {}).get(opening.type)
    if role and not arguments.get(role):
        add(arguments, role, opening.ids[0])
        how.add("anaphora")


def _verb_subject(text: str, spans: list[Span], hit: Hit) -> int | None:
    """Where the organisation opening the trigger's own clause starts, when it stands right
    before the verb ("…, Noble transferred its", "Rio Tinto will buy"): the cue phrases before
    it belong to other words."""
    before = [s for s in spans if s.type == "organization" and s.end <= hit.start]
    if before and _SUBJECT_GAP.fullmatch(text, before[-1].end, hit.start):
        return before[-1].start
    return None


def _infinitive_subject(text: str, context: SentenceContext, hit: Hit) -> int | None:
    """Where the organisation acting in "for <name> to <trigger>" starts ("a letter of intent
    for Tarn Mining to acquire the company"): the sentence's subject before it is another
    verb's, and "the company" after the trigger may point back to it."""
    before = [s for s in context.spans if s.type == "organization" and s.end <= hit.start]
    if not before or not _INFINITIVE_AFTER.fullmatch(text, before[-1].end, hit.start):
        return None  # most triggers: no "to" right before them, no cue word to read
    start = _sentence_name_start(text, context, before[-1])
    cue = _cue_before(text, max(context.sentence.start, start - _CUE_WINDOW), start)
    return before[-1].start if _for_infinitive(text, before[-1], hit, cue) else None


def _for_infinitive(text: str, span: Span, hit: Hit, cue: str) -> bool:
    """Whether ``span`` is the subject of the infinitive in "for <name> to <trigger>" ("a
    letter of intent for Tarn Mining to acquire the company"), ``cue`` the word before it."""
    return cue == "for" and _INFINITIVE_AFTER.fullmatch(text, span.end, hit.start) is not None


def _form_gap(gap: re.Match[str] | None) -> bool:
    """Whether a gap holds nothing but spaces and one of a mineral's forms ("slab", "mine")."""
    return gap is not None and (gap["form"] is None or gap["form"] in lexicon().mineral_forms)


def _pair(arguments: Arguments, spec: RoleTable) -> None:
    """Of two ids in the first role of ``pair`` and none in the second, the later named takes
    the second: "Glencore approached Rio Tinto about a possible merger"; of two in the second
    and none in the first, the earlier named takes the first: "the merger of Ridgeline Metals
    and Tarn Mining" names both parties after "of" and "and"."""
    pair = spec.get("pair")
    if not pair:
        return
    first, second = pair
    if len(arguments.get(first, ())) > 1 and not arguments.get(second):
        arguments[second] = [arguments[first].pop()]
    elif len(arguments.get(second, ())) > 1 and not arguments.get(first):
        arguments[first] = [arguments[second].pop(0)]


def _state_body(doc: Doc, span: Span) -> bool:
    """A government department or agency ("the U.S. Department of Energy"), not a bystander
    named like one."""
    return span.type == "organization" and span.ids[0] not in lexicon().bystanders and \
        is_government(doc, span.ids[0])


def speaker_as_object(arguments: Arguments, spec: RoleTable, speakers: list[str]) -> None:
    """"Ioneer said the U.S. Department of Energy has closed a $996 million loan": a company
    reporting what another did to it takes the object's role when nothing else, not even a
    name read after the trigger ("a 50% stake in the Rhyolite Ridge project"), fills it."""
    role = spec.get("object", {}).get("organization")
    taken = _filled(arguments)
    for speaker in speakers:
        if role and not arguments.get(role) and speaker not in taken:
            add(arguments, role, speaker)


# A report closing its sentence: ", Orrin Nickel said.", ',” Orrin Nickel says'.
_REPORT_OPENS = re.compile(r"[,\"”’']\s*$")


def _says(text: str, span: Span) -> bool:
    """Whether a verb of reporting follows the entity, a comma perhaps between: "Tallis Graphite
    said", "…, the mine's majority owner, Groupe Minier Kasaji, said"."""
    after = blanks_end(text, span.end)
    if text.startswith(",", after):
        after = blanks_end(text, after + 1)
    return lexicon().reporting.match(text, after) is not None


def reporter_as_role(text: str, context: SentenceContext, hit: Hit, spec: RoleTable,
                     arguments: Arguments) -> None:
    """"Commissioning of the Quebec plant is due in the fourth quarter, Tallis Graphite said": a
    company that reports the news in a closing clause of its sentence takes the role its table
    names under ``reporter`` (the plant's owner) when nothing else fills it."""
    role = spec.get("reporter")
    if not role or arguments.get(role):
        return
    for span in context.spans:
        if span.type == "organization" and span.start >= hit.end and \
                _REPORT_OPENS.search(text, context.sentence.start, span.start) and \
                _says(text, span):
            add(arguments, role, span.ids[0])
            return


def _filled(arguments: Arguments) -> set[str]:
    """Every value that already fills a role."""
    return {str(v) for values in arguments.values() for v in values}


# Characters after a trigger in which a noun pointing back to its object stands: "would acquire
# a 10% stake in the company".
_OBJECT_ANAPHOR_REACH = 60


def _object_anaphor(doc: Doc, context: SentenceContext, hit: Hit, clause: Clause,
                    spec: RoleTable, arguments: Arguments, how: set[str]) -> None:
    """"would acquire a 10% stake in the company": a noun pointing back after the trigger fills
    the role its cue word gives, with an organisation named before that fills no role yet."""
    text = doc.text
    match = lexicon().object_anaphora.search(text, hit.end,
                                             min(clause[1], hit.end + _OBJECT_ANAPHOR_REACH))
    if match is None or _BACK.match(text, hit.end) or (
            match.group().startswith("its") and
            company_subject_role(spec) == "seller"):
        return  # "will buy back 5% of its shares", "could sell 25 pct of its stock": its own
    word = _cue_before(text, hit.end, match.start())
    between = WORD.findall(text[hit.end:match.start()])
    table = spec.get(word, {}) if word in spec and word not in ROLE_SETTINGS else \
        spec.get("object", {}) if all(w.lower() in lexicon().skip_words for w in between) \
        else {}
    role = table.get("organization")
    if not role or arguments.get(role):
        return
    taken = _filled(arguments) | lexicon().bystanders
    antecedent = _issuer(doc, match.group()) or _nearest_free(doc, context, hit.start, taken)
    if antecedent is not None and antecedent not in taken:
        add(arguments, role, antecedent)
        how.add("anaphora")


_BACK = re.compile(r"[ \t]+back\b")


def _nearest_free(doc: Doc, context: SentenceContext, before: int,
                  taken: set[str]) -> str | None:
    """The organisation named last before ``before`` that fills no role: in the sentence,
    else in the two before it ("Outokumpu … a shareholder in Iberica del Cobre. Outokumpu will
    acquire 21 pct of the shares in the Spanish company"), else the article's main one; not
    one in an aside closed before ("a pigment group, which lost its supply when Moyamba went
    down, agreed to buy 19.9% of the company": the company is named before)."""
    def last_free(spans: list[Span]) -> str | None:
        return next((s.ids[0] for s in reversed(spans)
                     if s.type == "organization" and s.ids[0] not in taken), None)

    found = last_free([s for s in context.spans if s.end <= before
                       and not in_aside(context.sentence, s, before)])
    for previous in reversed(range(max(0, context.number - 2), context.number)):
        if found is not None:
            return found
        found = last_free(sentence_spans(doc, previous))
    main = main_entity(doc, "organization", before)
    return found or (main if main and main not in taken else None)


@cache
def _noun_agent(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_NOUN_AGENT.format(verbs=alternation(verbs)), re.DOTALL | re.IGNORECASE)


@cache
def _holder(verbs: tuple[str, ...]) -> re.Pattern[str]:
    homes = alternation(suffix.lstrip("-") for suffix in lexicon().modifier_suffixes)
    return re.compile(_HOLDER.format(verbs=alternation(verbs), homes=homes,
                                     parts=alternation(cues().part_nouns)), re.IGNORECASE)


def add(arguments: dict[str, list[Any]], role: str | None, value: Any) -> None:
    """Add ``value`` to ``role`` once; a role of None (no role for this entity type) takes
    nothing."""
    if role is None:
        return
    bucket = arguments.setdefault(role, [])
    if value not in bucket:
        bucket.append(value)


def drop(arguments: Arguments, role: str, ident: str) -> None:
    """Remove ``ident`` from ``role``, and the role once it is empty."""
    arguments[role] = [v for v in arguments[role] if str(v) != ident]
    if not arguments[role]:
        del arguments[role]


def keep_only(arguments: Arguments, role: str, keep: Callable[[str], bool]) -> None:
    """Keep the values of ``role`` that ``keep`` accepts; drop the role when none is left."""
    kept = [i for i in arguments.get(role, ()) if keep(str(i))]
    if kept:
        arguments[role] = kept
    else:
        arguments.pop(role, None)


def drop_bodies(doc: Doc, arguments: Arguments, role: str) -> None:
    """A body that reports or regulates output produces none: "the Chamber of Mines said gold
    output declined five pct" tells of no Chamber's output (see ``may_produce``)."""
    keep_only(arguments, role, lambda ident: may_produce(doc, ident))


def may_produce(doc: Doc, ident: str) -> bool:
    """Whether an entity may produce, no body that reports or regulates output: the
    registry's kind decides for the organisations it lists, the words of the name for the
    others (but not a company's name with its legal suffix)."""
    lex = lexicon()
    if ident in lex.registered or not ident.startswith("org:") or ident not in doc.info:
        return ident not in lex.body_orgs
    words = doc.info[ident].name.split()
    return bool(words and words[-1] in cues().legal) or \
        not lex.body_names.search(doc.info[ident].name)


def has_required(arguments: Arguments, spec: RoleTable, money: bool,
                 but_one: bool = False) -> bool:
    """Each group of required roles has one filled (default: any core role); ``but_one``
    allows one group empty, for a fallback to fill."""
    groups = spec.get("required") or [spec["core"]]
    if not money:
        groups = spec.get("required_without_money", groups)
    missing = sum(1 for group in groups if not any(arguments.get(role) for role in group))
    missing += sum(1 for role, least in spec.get("min_count", {}).items()
                   if len(arguments.get(role, ())) < least)
    return missing <= (1 if but_one else 0)


def company_subject_role(spec: RoleTable) -> str | None:
    """The role a company takes as the trigger's subject ("bought": the acquirer)."""
    return spec.get("subject", {}).get("organization")


def keep_roles_distinct(arguments: Arguments, spec: RoleTable) -> None:
    """Nobody acquires or funds itself: an id in two roles that exclude each other leaves the
    one a mere position before the trigger gives ("The U.S.-China conflict … banning exports
    … to the United States": a target, not an authority), else the one listing more names,
    else the first of the pair."""
    for first, second in spec.get("distinct", ()):
        both = set(map(str, arguments.get(first, ()))) & set(map(str, arguments.get(second, ())))
        for ident in both:
            by_position = spec.get("subject", {}).get(_entity_type(ident))
            if by_position not in (first, second) and \
                    len(arguments.get(second, ())) > len(arguments.get(first, ())):
                by_position = second  # "to Placer, increasing Placer's stake in Equity": the
                # buyer read by its cue, the target's list gathering every name after it
            drop(arguments, second if by_position == second else first, ident)


def _entity_type(ident: str) -> str:
    """The span type of a canonical id: "org:x" → "organization"."""
    prefix = ident.split(":", 1)[0]
    return {"org": "organization"}.get(prefix, prefix)


def _lending_subjects(positions: dict[str, list[str]], spec: RoleTable) -> set[str]:
    """The subjects that are public lenders, where the spec gives a state's body a role of its
    own (``state_subject``)."""
    if "state_subject" not in spec:
        return set()
    return set(positions.get("subject", ())) & lexicon().public_lenders


def _with_borrower(arguments: Arguments, positions: dict[str, list[str]],
                   lenders: set[str]) -> None:
    """"The World Bank agreed a $300 million loan with Zambia's Ministry of Finance": when the
    subject lends, the party the loan is agreed "with" borrows (it lends otherwise: "a loan
    with the Africa Finance Corporation")."""
    party = positions.get("with")
    investors = arguments.get("investor", [])
    if not party or not any(i in lenders for i in investors):
        return
    for ident in party:
        if ident in investors and ident not in lenders:
            investors.remove(ident)
            add(arguments, "recipient", ident)


def _agent_wins(arguments: Arguments, positions: dict[str, list[str]],
                spec: RoleTable, lenders: set[str]) -> None:
    """"Northern Minerals' project supplying a refinery being built by Iluka": the agent named
    after "by" (or "from") fills the role, not the subject that stood before the trigger,
    which takes the subject's plain role when it has another ("Fireweed announced major
    investments … from the US Department of Defense": Fireweed receives). A public lender
    (``lenders``) keeps its role: "Export Finance Australia approved a loan facility …, drawn
    from the Australian government's fund" lends the state's money, and receives none."""
    agents = [*positions.get("by", ()), *positions.get("from", ())]
    if not agents:
        return  # no agent, nothing to win (most events)
    subjects = [i for i in positions.get("subject", ()) if i not in lenders]
    plain = company_subject_role(spec)
    for role, values in list(arguments.items()):
        if any(v in agents for v in values) and any(v in subjects for v in values):
            arguments[role] = [v for v in values if v not in subjects or v in agents]
            if plain == role and positions.get("by_after"):
                # "Coolgardie agrees to a takeover by Samudra": the other party (not "a waiver
                # by Dixons of a condition in the tender offer")
                plain = spec.get("subject_under_agent")
            if plain and plain != role:
                for ident in values:
                    if ident in subjects and ident not in agents and ident.startswith("org:"):
                        add(arguments, plain, ident)


def _listed_before(text: str, spans: list[Span], last: Span) -> list[Span]:
    """The spans of the list that ``last`` closes ("Russia, Kazakhstan and China")."""
    listed: list[Span] = []
    at = last.start
    for span in reversed([s for s in spans if s.end <= last.start]):
        if not LIST_JOINT.fullmatch(text, span.end, at):
            break
        listed.append(span)
        at = span.start
    return listed


def _possessor_wins(arguments: Arguments, positions: dict[str, list[str]],
                    spec: RoleTable) -> None:
    """"Canada's strategic role … amid disruptions caused by China's export controls": the
    country that owns the trigger noun fills the role (``possessor_wins``), not another
    country read before it."""
    owners = positions.get("possessor", ())
    for role in spec.get("possessor_wins", ()):
        values = arguments.get(role, [])
        if any(v in owners for v in values):
            arguments[role] = [v for v in values if v in owners or not v.startswith("country:")]


def _qualifies_only(text: str, context: SentenceContext, span: Span) -> bool:
    """Whether the entity only qualifies a name or names a sum's money (`_is_modifier`,
    `_of_currency`): a fact of the sentence, read once for all its triggers."""
    known = context.qualifies_only
    if id(span) not in known:
        known[id(span)] = _is_modifier(text, span, context.spans) or \
            _of_currency(text, context, span)
    return known[id(span)]


def _sentence_name_start(text: str, context: SentenceContext, span: Span) -> int:
    """`_name_start` of an entity of the sentence, read once for all its triggers."""
    known = context.name_starts
    if id(span) not in known:
        known[id(span)] = _name_start(text, span, context.spans)
    return known[id(span)]


def _of_currency(text: str, context: SentenceContext, span: Span) -> bool:
    """"a 591 mln U.S. Dlr investment", "financed from U.S. Dollar debt": a country written
    inside an amount, or before its dollar, names its money and takes no part."""
    if span.type != "country":
        return False
    # "a U.S. dollar-denominated bond": the word's first part, before a hyphen
    following = next_word(text, span.end).lower().split("-")[0]
    return following in dollar_words() or any(
        v.type == "money" and v.start <= span.start < v.end for v in context.values)


def _coordinated(text: str, cued: tuple[Span, str], span: Span, position: str) -> str:
    """"sold its stake to two companies, Qogir Trading and Hong Kong Ying Tak", "through the
    Critical Minerals Infrastructure Fund (CMIF) and the Strategic Innovation Fund": a name
    joined by "and" to one read after a cue word stands after that cue too."""
    before, cue = cued
    gap = text[before.end:span.start]
    if position in ("subject", "object") and \
            _JOINED_NAME.fullmatch(gap.lower()) and \
            "," not in gap.replace(", and", " and"):
        return cue
    return position


# Between two names joined in one role: "and", "and the" or nothing, after the first name's
# acronym or the bracket that closes it ("(CMIF) and the").
_JOINED_NAME = re.compile(rf"{ACRONYM_AFTER}[ \t,]*(?:and(?:[ \t]+the)?)?[ \t,]*")


def _ordered(text: str, ordered: dict, start: int, at: int) -> bool:
    """Whether an order verb stands before ``at`` in its clause: "ordered Chinese funds … to
    reduce their stakes" makes the funds the ones ordered."""
    return any(w in ordered["words"] for w in WORD.findall(text[start:at].lower()))


def _places_the_noun(text: str, span: Span, anaphor_end: int, hit: Hit) -> bool:
    """Whether a place stands in the trigger's own noun phrase after a possessive, a few words
    before its noun: "its Nevada mine", "its Quebec flake graphite concentrator" (not "its
    Ontario partner, and a grant")."""
    between = text[span.end:hit.start]
    return span.type in PLACE_TYPES and span.start >= anaphor_end and \
        len(between.split()) <= _NOUN_PHRASE_WORDS and not any(c in between for c in ",;:()")


_NOUN_PHRASE_WORDS = 3  # words at most between a place and the noun it qualifies


def _subject_table(text: str, spec: RoleTable, after: int, trigger_start: int) -> dict:
    """The subject's roles, by the verbs between it and the trigger: "Iluka secured a loan"
    makes Iluka the recipient, "the government gave Iluka a loan" the government the lender."""
    group = _subject_verb_group(text, spec, after, trigger_start)
    return group["subject"] if group is not None else spec.get("subject", {})


def _subject_verb_group(text: str, spec: RoleTable, after: int,
                        trigger_start: int) -> dict | None:
    """The ``subject_verbs`` group of the verb between a subject and the trigger, if one is."""
    groups = spec.get("subject_verbs")
    if groups:
        words = WORD.findall(text[after:trigger_start].lower())
        # The verb nearest the trigger decides: "Bolivia can expect a further loan" makes
        # Bolivia the borrower. "the refinery that was provided $1.25 billion in loans": a
        # passive verb of giving leaves the subject the one who receives.
        for i in range(len(words) - 1, -1, -1):
            for group in groups:
                if words[i] in group["words"] and (
                        i == 0 or words[i - 1] not in lexicon().passive_auxiliaries) and \
                        _word_before_verb(words, i) not in group.get("not_after", ()) and \
                        not _chose_others(words[:i], group.get("chosen_by", ())):
                    return group
    return None


def _chose_others(words: list[str], chosen_by: list[str]) -> bool:
    """Whether the subject chose who does the verb after, in the active voice: "The U.S.
    Department of Energy today announced the selection of four projects … to receive a combined
    $428 million" (the projects receive; not "Kestrel was selected to receive a grant")."""
    passive = lexicon().passive_auxiliaries
    return any(word in chosen_by and (at == 0 or words[at - 1] not in passive)
               for at, word in enumerate(words))


def _word_before_verb(words: list[str], verb: int) -> str:
    """The word before ``words[verb]``, past its auxiliaries: "board" of "its board had
    approved"."""
    auxiliaries = lexicon().auxiliaries
    at = verb - 1
    while at >= 0 and words[at] in auxiliaries:
        at -= 1
    return words[at] if at >= 0 else ""


def _outside(span: Span, hit: Hit, clause: Clause) -> bool:
    """Whether the entity stands outside the trigger's clause, or inside the trigger itself."""
    return not clause[0] <= span.start < clause[1] or hit.start <= span.start < hit.end


def _position(text: str, context: SentenceContext, span: Span, hit: Hit, clause: Clause,
              spec: RoleTable, passive: bool) -> str | None:
    """How the entity relates to the trigger: a cue word, "subject", "object" or None (the
    news's source or place, no party to it)."""
    if _outside(span, hit, clause) or (
            span.end <= hit.start and span.type == "organization" and
            in_aside(context.sentence, span, hit.start)):
        return None  # also ", which was taken private by Siam Agro in 2022, plans a plant"
    if lexicon().parent_cues.search(text, max(context.sentence.start, span.start - 50),
                                    span.start) or _part_or_parent(text, context.spans, span):
        return "parent"  # ", a subsidiary of CNGR Advanced Material": the one before it
    if _sells_its_asset(text, context, span, hit, spec, passive):
        return "from"  # "purchased Kaiser Steel's plant", "the operations of Allis-Chalmers"
    if "modifier" in spec and _is_modifier_of(text, span, hit):
        return "modifier"  # "in Defence Department funding": the funder, whatever the cue
    lex = lexicon()
    name_start = _sentence_name_start(text, context, span)
    before = max(context.sentence.start, name_start - _NAME_CONTEXT_REACH)
    if (not passive and lex.according_to.search(text, before, name_start)) or (
            lex.venue_after.match(text, span.end) and
            lex.venue_before.search(text, before, name_start)) or (
            hit.end <= name_start and lex.spokesman_for.search(text, before, name_start)) or \
            lex.advised_by.search(text, before, name_start) or \
            (passive and _reports_after(text, context, span, hit, name_start)):
        return None  # "according to the Korea International Trade Association": a source;
        # "on the advice of the Foreign Investment Review Board": an adviser;
        # "at the … (PDAC) convention": a place; ", a spokesman for Metallgesellschaft said";
        # "… has been sold to Hengxin, the mine's majority owner, Kasaji, said": in the
        # passive voice, who told it (in the active, the sentence's object may report it too)
    relative = _PREPOSITION_WHICH.match(text, span.end, hit.start)
    if relative is not None and "," not in text[relative.end():hit.start] and \
            relative["cue"].lower() in spec:
        return relative["cue"].lower()  # "Marlin, in which Hoshimi bought a stake": in Marlin
    word = _cue_before(text, max(context.sentence.start, name_start - _CUE_WINDOW), name_start,
                       floor=context.sentence.start, spec=spec)
    if word == "of" and span.end <= hit.start and \
            lex.shares_of.fullmatch(text, context.sentence.start, name_start):
        return "subject"  # "Shares of Sulawesi Mineral Persada rose … after it agreed to sell"
    if word == "from" and spec.get("agent_from") and _AGENT_FROM.fullmatch(text, hit.end,
                                                                           name_start):
        return "by"  # "an April 15 executive order from President Trump": his order
    if word == "from" and "goods_from" in spec and hit.end <= name_start and \
            _GOODS_FROM.fullmatch(text, hit.end, name_start):
        word = "goods_from"  # "duties on anode material from China": where the goods are from
    if word == "from" and "private_nouns" in spec and \
            _people_from(text, spec, max(context.sentence.start, name_start - 80), name_start):
        return None  # "licences were awarded to companies from Australia": their home
    if word not in spec and span.type in ("country", "place"):
        # "at Jorf Lasfar, near Casablanca, Morocco": the country closes the town's address.
        town = _TOWN.search(text, before, name_start)
        if town is not None:
            word = _cue_before(text, max(context.sentence.start, town.start() - _CUE_WINDOW),
                               town.start())
    if word not in spec and span.type in ("country", "place"):
        # "sent to a smelter in Sudbury, Ontario": the place of what the cue names
        located = _located().search(text, before, name_start)
        if located is not None and located["cue"].lower() in spec:
            word = located["cue"].lower()
    if word == "by":
        before_by = _word_before_by(text, max(clause[0], name_start - _NAME_CONTEXT_REACH),
                                   name_start)
        if before_by in lex.attribution_nouns and not passive:
            return None  # "according to a filing by Cantilan's parent": who told the news
        if before_by in spec.get("others_agents", ()):
            return "by_others"  # "a complex to be built by Red Sea Copper": the builder
    if word in ("between", "and") and "between" in text[clause[0]:span.start].lower():
        return "between"
    if word == "and" and hit.end <= name_start:
        word = _cue_of_first_conjunct(text, hit.end, name_start, spec) or word
    elif word == "and" and span.end <= hit.start:
        word = _cue_of_list(text, context, span, spec) or word
    if _for_infinitive(text, span, hit, word):
        return "subject"  # "a letter of intent for Tarn Mining to acquire the company"
    if word == "with" and span.end <= hit.start and _GERUND_AFTER.match(text, span.end) and \
            _WITH_OPENING.search(text[context.sentence.start:name_start]):
        return "subject"  # "With China requiring export licences for gallium": China requires
    if word in spec.get("after_trigger_only", ()) and span.start < hit.end:
        return None  # "its joint venture with General Motors … federal loan": not the lender
    cued = word in spec and word not in ROLE_SETTINGS
    if span.end <= hit.start and _POSSESSOR.fullmatch(text, span.end, hit.start) and \
            word != "by" and (cued or (word in lex.prepositions and not text[hit.start].isupper())):
        return "subject"  # "on the EU's list of critical raw materials", "because of Congo's
        # export restrictions": the owner of the trigger noun, whatever cue stands before both
        # (but "synergies with Australia's Critical Minerals Strategy" names a document only;
        # "processed by Iluka Resources' refinery" names the agent, as "by" says)
    if cued:
        return word
    if word in lexicon().prepositions and not _opens_clause(text, word, span):
        if hit.end <= name_start and not text[hit.end:name_start].strip():
            return "object"  # "took over Arcadium Lithium": the trigger's own particle
        if word in lexicon().conjunctions and _heads_trigger(text, context.spans, span, hit):
            return "subject"  # "as Indonesian output of nickel pig iron has surged"
        return None  # "to the United States, kicking off a partnership": not a party
    if _owns_harm(text, span, hit, spec.get("harm_nouns", ())):
        return "harmed_by"  # "Eskom's rolling blackouts cut output at Brits": Eskom's cause
    if span.start < hit.start:
        if span.type == "person" and spec.get("person_speaks") and \
                lexicon().reporting.search(text, span.end, hit.start):
            return "speaker"  # "Mr Tarrant said the stake purchase …": he buys nothing
        return "speaker" if _only_speaks(text, context, span, hit) else "subject"
    if spec.get("reporter_apart") and "," in text[hit.end:span.start] and _says(text, span):
        return None  # "Malaysia exported 2,140 tonnes of tin, the Minerals and
        # Geoscience Department said": the source of the figures, no receiver
    return "object"


def _dateline_alone(context: SentenceContext, span: Span) -> bool:
    """Whether the entity is the dateline's place and the sentence names no other: "THE DALLES,
    Ore. - Northwest Aluminum Co said it will open a second pot line" is in Oregon, though the
    company is read through "it"; "SYDNEY - Chile's Codelco said its output fell" is not in
    Australia."""
    return span.source == "dateline" and not any(
        s.type in ("country", "place") and s.source != "dateline" for s in context.spans)


def _left_out(text: str, hit: Hit, span: Span) -> bool:
    """Whether the entity stands after a word of exclusion that follows the trigger: what a deal
    leaves out is no part of it ("will buy Tamar's copper assets except its Selby smelter").
    The exclusion runs to the clause's end, or to its closing comma when a comma opens it as an
    aside ("a 40 pct stake, other than voting rights, in Tamar Resources" keeps Tamar)."""
    if span.start < hit.end:
        return False
    cues = list(lexicon().exclusion_cue.finditer(text, hit.end, span.start))
    if not cues:
        return False
    at = blanks_start(text, cues[-1].start())
    ends = ";," if text[at - 1:at] == "," else ";"  # a comma opens an aside
    return not any(mark in text[cues[-1].end():span.start] for mark in ends)


def _part_or_parent(text: str, spans: list[Span], span: Span) -> bool:
    """Whether the organisation is the part or the parent of the one written just before it,
    a wire code perhaps between: "to Exxon Corp <XON> unit <Esso Exploration>", "to the Home
    Box Office unit of Time Inc", "from British Petroleum Co PLC's <BP> Amselco Minerals Inc
    unit". The two are one party, in the first one's role."""
    if span.type != "organization":
        return False
    before = [s for s in spans if s.type == "organization" and s.end <= span.start]
    if not before:
        return False
    unit, part_after = _unit_patterns()
    between = text[before[-1].end:span.start]
    return unit.fullmatch(between) is not None or (
        _OWNER_CODE.fullmatch(between) is not None and part_after.match(text, span.end) is not None)


_OWNER_CODE = re.compile(rf"['’]s\s*{WIRE_CODE}\s*<?")


@cache
def _unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A part noun between two names ("<XON> unit <", " unit of the "), and one right after a
    name (">? unit")."""
    parts = alternation(cues().part_nouns)
    return (re.compile(rf"\s*(?:{WIRE_CODE}\s*)?(?:{parts})(?:\s+of)?(?:\s+the)?\s*<?",
                       re.IGNORECASE),
            re.compile(rf">?\s+(?:{parts})\b", re.IGNORECASE))


def _owns_harm(text: str, span: Span, hit: Hit, nouns: list[str]) -> bool:
    """Whether the entity owns the harm that stands as the trigger's subject ("Eskom's rolling
    blackouts cut chrome output", "China's export ban hit output"): a cause, not the one harmed
    (not "BHP's strike-hit mine produced")."""
    return bool(nouns) and span.end <= hit.start and \
        _owned_harm(tuple(nouns)).match(text, span.end, hit.start) is not None


@cache
def _owned_harm(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive, at most two words and a noun of harm: "'s rolling blackouts"."""
    return re.compile(rf"(?:['’]s|(?<=s)['’])(?:[ \t]+[\w-]+){{0,2}}?[ \t]+"
                      rf"(?:{alternation(nouns)})(?![\w-])", re.IGNORECASE)


def _sells_its_asset(text: str, context: SentenceContext, span: Span, hit: Hit,
                     spec: RoleTable, passive: bool) -> bool:
    """Whether the company owns the asset a deal buys, so sells it rather than being bought
    (the role table's `owners_sell`): "agreed to purchase all of CF Industries' oil and
    natural gas properties", "to buy the mining equipment operations of Allis-Chalmers",
    "Kaiser Steel's plant in Napa has been purchased by Oregon Steel" (the thing owned named
    before the trigger only in the passive: "BHP's copper unit bought …" names the buyer)."""
    nouns = spec.get("owners_sell")
    if not nouns or span.type != "organization":
        return False
    owned, owner_of = _asset_patterns(tuple(nouns))
    if span.end <= hit.start and not passive:
        return _bought_from_owner(text, context, span, hit, spec)
    return bool(owned.match(text, span.end) or
                owner_of.search(text, max(context.sentence.start, span.start - 80), span.start))


def _bought_from_owner(text: str, context: SentenceContext, span: Span, hit: Hit,
                       spec: RoleTable) -> bool:
    """Whether the company owns the trigger's own noun ("'s 40% interest in") as the object of
    a verb of buying before it (``owners_sell_after``): "agreed to buy Ochre Resources' 40%
    interest in the Tarn project" (the seller's stake; not "Kestrel's stake in Barkly rose",
    its holder's)."""
    verbs = spec.get("owners_sell_after")
    if not verbs or not _OWNS_NEXT.fullmatch(text, span.end, hit.start):
        return False
    return _buying_before(tuple(verbs)).search(
        text, max(context.sentence.start, span.start - _BUYER_REACH), span.start) is not None


_BUYER_REACH = 40  # characters before the owner's name within which the verb of buying stands
# A possessive and at most four words (a figure, "per cent") before the noun owned.
_OWNS_NEXT = re.compile(r">?(?:['’]s|(?<=s)['’])(?:[ \t]+[\w.%-]+){0,4}?[ \t]+")


@cache
def _buying_before(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of buying right before a name, perhaps past "all of", "the" or "a": "to buy
    all of "."""
    return re.compile(rf"\b(?:{alternation(sorted(verbs))})[ \t]+(?:all[ \t]+(?:of[ \t]+)?)?"
                      rf"(?:the[ \t]+|an?[ \t]+)?<?$", re.IGNORECASE)


@cache
def _asset_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The asset a name owns after it ("'s oil and gas properties", "<Kaiser Steel Corp>'s
    plant": a wire's bracketed name) and the asset it owns before it ("the operations of the
    U.S. ", "the technology of Texas Eastern Corp's ": the owner's parent named first)."""
    words = alternation(sorted(nouns))
    owned = re.compile(rf">?(?:['’]s|(?<=s)['’])(?:[ \t]+[a-z][\w-]*){{0,4}}[ \t]+(?:{words})\b")
    owner_of = re.compile(rf"\b(?:{words})[ \t]+of[ \t]+(?:the[ \t]+)?"
                          rf"(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}$")
    return owned, owner_of


# A name before a relative clause opened by a preposition stands after that preposition in it:
# "Menzies Clay Metals, in which Victoria Harbour bought a stake" (in Menzies).
_PREPOSITION_WHICH = re.compile(r"[ \t]*,[ \t]*(?P<cue>in|of|from|to|for|with|into)[ \t]+which\b",
                                re.IGNORECASE)
# "With China requiring …" opening a clause: the name's own verb (not "agreed with Kestrel
# regarding the sale", "talks with Japan regarding export controls").
_GERUND_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?!(?:regard|dur|accord|includ|concern|"
                           r"follow|pend|exclud|involv|notwithstand)ing\b)[a-z]+ing\b")
_WITH_OPENING = re.compile(r"(?:^|[,;:(][ \t]*)[Ww]ith[ \t]+(?:the[ \t]+)?$")


def _word_before_by(text: str, start: int, end: int) -> str:
    """The word before the "by" that ends ``text[start:end]`` (past "the"): "built" of "to be
    built by the Red Sea Copper", "filing" of "according to a filing by"."""
    words = last_words(text, start, end, 5)
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return words[-2] if len(words) >= 2 and words[-1] == "by" else ""


def _reports_after(text: str, context: SentenceContext, span: Span, hit: Hit,
                   name_start: int) -> bool:
    """Whether the entity, after the trigger, its other party and a comma, is the subject of
    the verb of reporting that closes the sentence: "A 49% stake in the mine has been sold to
    Hengxin, the mine's majority owner, Groupe Minier Kasaji, said" (the one who tells the
    news; with no other party it may be the actor: "Prices … will be cut, Harlow Forge said")."""
    if name_start < hit.end or "," not in text[hit.end:name_start] or not any(
            hit.end <= other.start < name_start and other.type == "organization"
            for other in context.spans):
        return False
    return _says(text, span)


def _only_speaks(text: str, context: SentenceContext, span: Span, hit: Hit) -> bool:
    """Whether the entity is the speaker of a verb of reporting whose own subject, another
    entity, stands between it and the trigger: "Trilogy Metals said the U.S. government
    would acquire …", "Hallett Copper said Tuesday that Riyadh-based Al-Muzn Mining Co. agreed
    to buy a 19.9% stake in the company" (a day, "that" and a home may stand between)."""
    lex = lexicon()
    verb = lex.reporting.search(text, span.end, hit.start)
    if verb is None or any(q in text[max(0, verb.start() - 3):verb.start()]
                           for q in lex.quote_ends):
        return False  # "“… a partner for the U.S.,” said José Fernández": he only speaks
    for other in context.spans:
        if verb.end() <= other.start < hit.start and other.type != "mineral":
            between = [w.lower() for w in
                       WORD.findall(text[verb.end():
                                         _sentence_name_start(text, context, other)])]
            return all(w in lex.skip_words or w in lex.reporting_fillers or
                       w.endswith(lex.skip_suffixes) for w in between)
    return False


def _heads_trigger(text: str, spans: list[Span], span: Span, hit: Hit) -> bool:
    """Whether the entity stands right before the trigger noun, nothing but minerals between:
    after a conjunction ("as Indonesian output … has surged", "after Chilean copper production
    fell"), the pair opens a clause whose subject the entity's noun is."""
    if span.end > hit.start:
        return False
    gap = text[span.end:hit.start]
    for mineral in spans:
        if mineral.type == "mineral" and span.end <= mineral.start and mineral.end <= hit.start:
            gap = gap.replace(text[mineral.start:mineral.end], " ", 1)
    return not gap.strip()


def _opens_clause(text: str, word: str, span: Span) -> bool:
    """"comes after Aqua Metals also completed an equity raise": "after" opens a clause whose
    subject the entity is, when a verb follows it."""
    lex = lexicon()
    if word not in lex.conjunctions:
        return False
    end = span.end
    if possessed := _POSSESSED.match(text, end):
        end = possessed.end()  # "after Indonesia's energy ministry confirmed cuts"
    following = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return following is not None and (following.group().lower() in lex.clause_verbs
                                      or following.group().endswith("ed"))


# A participle right after an owner, an adverb allowed before it: "its (previously)
# announced financing" (not "its board had rejected a proposal", nor "its need").
_PARTICIPLE_AFTER_OWNER = re.compile(r"(?:[ \t]+[a-z]+ly)?[ \t]+[a-z]*[a-df-z]ed\b")
# A name's verb in the infinitive right after it ("for <Tarrow Investment Corp> to acquire"):
# the name after "for" is who acts, not what the act is for.
_INFINITIVE_AFTER = re.compile(r">?[ \t]+to[ \t]+")
# Between an entity and the trigger noun it owns: "the EU's list", "Lynas's planned refinery",
# "the European Union's 2023 list", "the Ministry of Mines' list", and the thing's own name:
# "COMIBOL's Telamayu concentrator".
_POSSESSOR = re.compile(r"(?:['’]s|(?<=s)['’])(?:[ \t]+[A-Za-z0-9][\w-]*){0,3}[ \t]+")
# What the entity owns, lower case, before the verb: "Indonesia's energy ministry".
_POSSESSED = re.compile(r"['’]s(?:[ \t]+[a-z][\w-]*){1,3}?(?=[ \t]+[a-z]+ed\b)")


def _own_minerals(context: SentenceContext, hit: Hit, clause: Clause) -> list[Span] | None:
    """The minerals of the trigger's clause when another event of its type is listed beside it
    ("Indonesia banned nickel ore exports in 2020, Zimbabwe and Namibia barred unprocessed
    lithium ore"), perhaps none; None when the sentence's minerals are all the event's."""
    types = {t.type for t in hit.payload}
    if not any(h is not hit and types.intersection(t.type for t in h.payload) and
               own_subject_between(context, hit, h) is not None
               for h in context.hits):
        return None
    return [s for s in context.spans if s.type == "mineral"
            and clause[0] <= s.start and s.end <= clause[1]]


def _modifies_later_trigger(text: str, context: SentenceContext, span: Span, hit: Hit) -> bool:
    """"a $141.7 million grant from the DOE …, and by a $4.5 million Texas Enterprise Fund
    grant": a name right before a later trigger noun of the sentence is that trigger's (see
    ``_is_modifier_of``), no party to this one."""
    return span.start >= hit.end and any(
        other.start > hit.start and _is_modifier_of(text, span, other) for other in context.hits)


def _is_modifier_of(text: str, span: Span, hit: Hit) -> bool:
    """"the DoD grant", "EFA's loan": the entity stands right before the trigger noun (not
    before its article: "issued Barkly a letter of support" gives Barkly the letter)."""
    return _modifies(text, span, hit.start)


def _modifies(text: str, span: Span, noun: int) -> bool:
    """Whether the entity stands right before the noun starting at ``noun`` (see
    ``_is_modifier_of``)."""
    between = text[span.end:noun]
    return span.end <= noun and len(between) <= 4 and \
        not any(c in between for c in ",;(") and between.strip().lower() not in _DETERMINERS \
        and not between.strip().isalpha()  # "with Ridgeline to buy": a word parts the two


def _name_start(text: str, span: Span, spans: list[Span]) -> int:
    """Where an entity's name begins, with a place or a parent naming it ("the US Department of
    Defence", "Britain's Midland Bank", "the DOE's Loan Programs Office") and a person's title
    ("by federal Treasurer Jim Chalmers", "by U.S. President Donald Trump"): the cue word
    stands before them."""
    start = span.start
    if span.type == "person":
        while (word := _LAST_TITLE.search(text, max(0, start - 30), start)) is not None and \
                word.group(1) in title_words():
            start = word.start(1)  # "by U.S. President Donald Trump": to "U.S." below
    before = next((s for s in reversed(spans) if s.end <= start), None)
    if before is not None and before.type == "organization" and \
            text[before.end:start].strip() in ("'s", "’s"):
        # "from the U.S. Department of Energy's Loan Programs Office": the parent's office
        start = before.start
        before = next((s for s in reversed(spans) if s.end <= start), None)
    if before is not None and before.type in ("country", "place") and \
            text[before.end:start].strip() in ("", "'s", "’s"):
        return before.start  # also "from Britain's Midland Bank"
    if span.type == "organization":  # "to Japanese trading house Orimoto Shoji", "by
        # Indonesian nickel processor PT Samudra" (a mineral may describe it too)
        state = next((s for s in reversed(spans) if s.end <= start and s.type != "mineral"),
                     None)
        if state is not None and state.type in ("country", "place") and \
                describes(text, state.end, start):
            return state.start
    return start


def describes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only lower-case words saying what the organisation after
    it is ("Japanese trading house Orimoto Shoji"), none a preposition or a verb that would
    relate the place to it ("a plant in Ohio by Keystone Graphite")."""
    if not _DESCRIPTORS.fullmatch(text, start, end):
        return False
    lex = lexicon()
    return not any(w in lex.prepositions or w in lex.clause_verbs or w in lex.verbs_and_nouns
                   or w in lex.conjunctions or w in _DETERMINERS for w in text[start:end].split())


_DETERMINERS = frozenset({"the", "a", "an"})


# the last cue word before "a …" and the "and" that ends the window (".*" finds the last)
_CONJUNCT = re.compile(r".*\b([a-z]+)[ \t]+an?[ \t]+[^,;()]*?[ \t]and[ \t]+(?:the[ \t]+)?$")


# What joins two names of a list, "the" before the second allowed: "Japan, Korea and the US".
_LIST_JOINT_THE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")


def _cue_of_list(text: str, context: SentenceContext, span: Span, spec: RoleTable) -> str | None:
    """The cue of the list an entity closes, read before its first name: "cargoes to Taiwan,
    Korea and the US dropped before licences were granted" (to: the US is shipped to, no subject
    of the licences)."""
    first = span
    for other in reversed([s for s in context.spans if s.end <= span.start]):
        if not _LIST_JOINT_THE.fullmatch(text, other.end, first.start):
            break
        first = other
    if first is span:
        return None
    cue = _cue_before(text, max(context.sentence.start, first.start - _CUE_WINDOW), first.start,
                      floor=context.sentence.start, spec=spec)
    return cue if cue in spec and cue not in ROLE_SETTINGS else None


def _cue_of_first_conjunct(text: str, start: int, end: int, spec: RoleTable) -> str | None:
    """The cue word of an unnamed party ("a …") the entity is joined to by "and": "a loan
    from a consortium of Zimbabwean banks and the African Export-Import Bank" (from)."""
    match = _CONJUNCT.match(text, max(start, end - 80), end)
    cue = match[1] if match else None
    return cue if cue in spec and cue not in ROLE_SETTINGS else None


_CUE_WINDOW = 40  # characters before a name read for the cue word before it
# Characters before a name read for what it stands in: "according to", "near" a town, a place
# "in" which something is located, the word before its "by".
_NAME_CONTEXT_REACH = 60
_WIDE_CUE_WINDOW = 90  # characters: a description that fills the usual _CUE_WINDOW and its cue


_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "U.K."


def _undotted(match: re.Match[str]) -> str:
    return match[0].replace(".", "")


_COMMA_AFTER_WORD = re.compile(r"([\w'’-]+)[ \t]*,[ \t]*$")


def _phrase_closed(window: str) -> bool:
    """Whether a comma closes the phrase before an entity, after a word that does not describe
    it: "set by the government, Yuxiao sold" (Yuxiao opens a clause), not "to two Hong Kong
    companies, Qogir Trading and …" (an apposition names the companies). Asked only of a
    window a comma ends: the pattern, tried at each word, costs most where there is none."""
    comma = _COMMA_AFTER_WORD.search(window)
    return comma is not None and \
        comma.group(1).strip("-'’").lower() not in lexicon().descriptions


def _cue_before(text: str, start: int, end: int, floor: int | None = None,
                spec: RoleTable | None = None) -> str:
    """The word before an entity, past determiners and modifiers ("the U.S.-based"); down to
    ``floor``, the window widens when they fill it, for a cue of ``spec`` ("to a unit of state
    mining holding company MIND ID")."""
    lex = lexicon()
    window = text[start:end]
    comma = window.rstrip().endswith(",")
    if (comma and _DATE_COMMA_BEFORE.search(text, start, end)) or \
            _IN_DATE_BEFORE.search(text, start, end):
        return ""  # "In 2023, Australia blocked": the cue dates the clause, not the entity
    if comma and _phrase_closed(window):
        return ""  # "a deadline set by the government, Yuxiao sold": "by" is the government's
    if "." in window:  # most windows hold no abbreviation to join
        window = _DOTTED.sub(_undotted, window)
    written = WORD.findall(window)  # "U.S.-based": one word
    words = [w.lower() for w in written]
    described = False
    while words and (words[-1] in lex.skip_words or words[-1].endswith(lex.skip_suffixes) or (
            described and written[len(words) - 1].islower() and
            words[-1] not in lex.prepositions and words[-1] not in lex.clause_verbs and
            words[-1] not in lex.verbs_and_nouns)):  # "to buy battery maker CATL": "buy"
        if words[-1].endswith(lex.skip_suffixes):  # "Hong Kong-registered": the whole name
            while len(words) > 1 and written[len(words) - 2][:1].isupper():
                words.pop()
        # "greeting card company Millen Cards" (not "by another company, Conrac said")
        described = described or (words[-1] in lex.descriptions and not
                                  text[start:end].rstrip().endswith((",", ";", ":")))
        words.pop()
        if described and len(words) >= 2 and words[-2] in lex.prepositions and \
                _home_town(text, start, end, written[len(words) - 1]):
            words.pop()  # "to Melbourne fund manager Yarra Bend": the describer's home town
    if len(words) >= 3 and words[-1] == "of" and (words[-2] in cues().part_nouns or
                                                   words[-2] in lex.place_nouns):
        # "to a unit of Japan's JOGMEC": the parent acts through its part, in the part's role;
        # "to the port of Djibouti": the place is the port's
        words = words[:-2]
        while words and words[-1] in lex.skip_words:
            words.pop()
    if not words and floor is not None and floor < start and spec is not None:
        wide = _cue_before(text, max(floor, end - _WIDE_CUE_WINDOW), end)
        return wide if wide in spec else ""
    return words[-1] if words else ""


def _home_town(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` is a city written just before the words describing the company that
    ends the window ("Melbourne fund manager"; not "for Shanghai last week, operator")."""
    at = text.rfind(word, start, end)
    return word in port_countries() and not any(c in ",;:" for c in text[at:end])


def _described_company(text: str, span: Span) -> str | None:
    """"a Japanese trader", "an Australian miner": the description of a company left unnamed
    that a country or a place opens, after its article; None where the place is no such
    adjective."""
    described = _DESCRIBED.match(text, span.end)
    if span.type not in ("country", "place") or described is None:
        return None
    words = described.group().split()
    nouns = lexicon().company_nouns
    last = max((i for i, w in enumerate(words) if w in nouns), default=None)
    article = _article_before(text, span)
    if last is None or article is None:
        return None
    return " ".join([article.group(1), text[span.start:span.end], *words[:last + 1]])


_ARTICLE_BEFORE = re.compile(r"\b(an?)[ \t]+$", re.IGNORECASE)
_ARTICLE_REACH = 6  # characters read back for it: "an" and a few blanks, the article right before


def _article_before(text: str, span: Span) -> re.Match[str] | None:
    """The indefinite article right before ``span`` ("a Japanese trader"), its word in group 1."""
    return _ARTICLE_BEFORE.search(text, max(0, span.start - _ARTICLE_REACH), span.start)


# What stands between a company's name and a description set after it as its apposition: its
# listings or short names in brackets, then the comma ("Catawba Materials, Inc. (NASDAQ: CTWB)
# ("Catawba"), a U.S. producer").
_APPOSED = re.compile(r"(?:[ \t]*\([^()]{0,80}\))*[ \t]*,[ \t]*")


def _apposed_to_name(text: str, spans: list[Span], span: Span) -> bool:
    """Whether the description a country or place opens ("a Japanese producer") stands in
    apposition to an organisation named just before it: it describes that one, no other."""
    article = _article_before(text, span)
    return article is not None and any(
        other.type == "organization" and other.end <= article.start() and
        _APPOSED.fullmatch(text, other.end, article.start()) is not None for other in spans)


def _people_from(text: str, spec: RoleTable, start: int, end: int) -> bool:
    """Whether the last "from" before ``end`` follows a company or people noun: "awarded to
    companies from the Kingdom, Australia, Canada", "investors from China": where they come
    from, no state acting (see ``private_nouns``)."""
    at = text.rfind(" from ", start, end)
    words = last_words(text, start, at, 1) if at >= 0 else []
    return bool(words) and (words[0] in lexicon().company_nouns or
                            words[0] in spec["private_nouns"])


def _describes_private(text: str, span: Span, hit: Hit, spec: RoleTable) -> bool:
    """Whether a country or place only describes a company, person, people or market named by
    the lower-case words after it (or after names joined to it): "a Hong Kong fund was ordered
    to sell", "Japanese and South Korean importers", "justified its sales of stockpiled cobalt
    after complaints from Zambian miners" (see ``private_nouns``), not "Chinese export
    controls"."""
    end = hit.start if span.end <= hit.start else len(text)  # before the trigger, up to it
    joined = _JOINED_NAMES.match(text, span.end, end)  # "Japanese and South Korean"
    described = _DESCRIBED.match(text, joined.end() if joined else span.end, end)
    if span.type not in ("country", "place") or described is None:
        return False
    nouns = lexicon().company_nouns | set(spec.get("private_nouns", ()))
    return any(word in nouns for word in described.group().split())


def _is_modifier(text: str, span: Span, spans: list[Span]) -> bool:
    """"Pakistan's Frontier Works Organisation", "U.K.-based", "South Korean automaker
    Hyundai": the place only qualifies the organisation after it."""
    # "China- linked": a line break in the source split the compound.
    if text[span.end:span.end + 16].replace("- ", "-").startswith(lexicon().modifier_suffixes):
        return True
    if span.type in ("country", "place"):
        following = next((o for o in spans if o.start >= span.end), None)
        if following is not None and following.type == "organization" and \
                _DESCRIPTORS.fullmatch(text, span.end, following.start):
            return True
    tail = text[span.end:span.end + 3]
    if not tail.startswith(("'s ", "’s ")):
        return False
    return any(other.start == span.end + 3 and other.type == "organization" for other in spans)


# Characters before a trigger read for words pointing back to a pair: "The two companies".
_PAIR_POINTER_REACH = 60


def _pair_pointed_back(doc: Doc, context: SentenceContext, hit: Hit) -> list[str]:
    """"The two companies inked a memorandum": the last two organisations the three
    sentences before named, when the words before the trigger point back to a pair."""
    reach = max(context.sentence.start, hit.start - _PAIR_POINTER_REACH)
    if not lexicon().plural_anaphora.search(doc.text, reach, hit.start):
        return []
    named: list[str] = []
    for previous in reversed(range(max(0, context.number - 3), context.number)):
        for span in sorted((s for s in sentence_spans(doc, previous)
                            if s.type == "organization"), key=lambda s: -s.start):
            if span.ids[0] not in named:
                named.append(span.ids[0])
        if len(named) >= 2:
            return named[:2][::-1]
    return []


def _issuer(doc: Doc, pointer: str) -> str | None:
    """The release's issuer (see ``defined_issuer``) when ``pointer`` is its defined term
    ("the Company", "the Company's"), written with its capital."""
    head = pointer.split()[-1].removesuffix("'s").removesuffix("’s")
    return defined_issuer(doc) if head in lexicon().defined_terms else None


def defined_issuer(doc: Doc) -> str | None:
    """The organisation a release defines as "the Company" ("Northhollow Lithium Corp.
    ("Northhollow" or the "Company")"), else the article's main one."""
    return _definition(doc)[0] or main_entity(doc, "organization")


def release_issuer(doc: Doc, before: int) -> str | None:
    """The organisation a release defines as "the Company" before offset ``before``, if it does
    (not a company defined so in a later item of a round-up)."""
    issuer, at = _definition(doc)
    return issuer if at < before else None


def _definition(doc: Doc) -> tuple[str | None, int]:
    """The organisation defined as "the Company" first in the text, and where."""
    if "events.issuer" not in doc.cache:
        found: tuple[str | None, int] = (None, len(doc.text))
        for quoted in _QUOTED_TERM.finditer(doc.text):
            if quoted[1] not in lexicon().defined_terms:
                continue
            opening = doc.text.rfind("(", max(0, quoted.start() - _DEFINITION_REACH),
                                     quoted.start())
            named = [s for s in doc.spans if s.type == "organization" and s.field == "text"
                     and opening - _DEFINITION_REACH <= s.end <= opening] if opening >= 0 else []
            if named:
                found = (named[-1].ids[0], quoted.start())
                break
        doc.cache["events.issuer"] = found
    return doc.cache["events.issuer"]


# A quoted capitalised word, "the" allowed inside the quotes: "Company" of `("Northhollow" or
# the "Company")` and of `("Lúrio" or "the Company")`.
_QUOTED_TERM = re.compile(r"[\"“](?:the[ \t]+)?([A-Z][a-z]+)[\"”]")
_DEFINITION_REACH = 40  # characters from a name to its bracket, and to the term within


def _owns(pointer_end: str) -> bool:
    """Whether the text before a pointer's end owns the noun after it: "its", "their", "the
    company's" (`possessives` of [literal])."""
    words = pointer_end.lower().split()
    return bool(words) and (words[-1] in lexicon().possessives or
                            pointer_end.endswith(("'s", "’s")))


def _issuer_as_subject(doc: Doc, context: SentenceContext, pointer_start: int) -> str | None:
    """"The Company also reports that … it closed the second tranche of its financing": a
    pronoun after a release's defined term, with no organisation named between, is the issuer."""
    words = list(WORD.finditer(doc.text, context.sentence.start, pointer_start))
    term_ends = [w.end() for previous, w in pairwise(words)
                 if w.group() in lexicon().defined_terms and previous.group().lower() == "the"]
    if not term_ends or any(s.type == "organization" and term_ends[-1] <= s.start < pointer_start
                            for s in context.spans):
        return None
    return defined_issuer(doc)


def _state_subject(doc: Doc, context: SentenceContext, span: Span) -> bool:
    """Whether a country opens its sentence as its subject: "Slovakia added …", "Separately,
    Indonesia raised …" (not "Australia's largest miner", "In Chile, its output"; nor, as the
    test reads the opening's first letters, "On Monday, Indonesia …" or "Instead, Chile …")."""
    before = doc.text[context.sentence.start:span.start].rstrip()
    return span.type == "country" and (not before or before.endswith(",")) and \
        len(before.split()) <= 3 and not POSSESSIVE_AFTER.match(doc.text, span.end) and \
        not before.lower().startswith(tuple(lexicon().prepositions))


# How far before a trigger a pointing word ("the company", "its") may stand: "To further this
# mission, the company has secured a $59.2 million Technology Investment Agreement".
_ANAPHOR_REACH = 70


def _home_in_pointer(context: SentenceContext, match: re.Match[str]) -> str | None:
    """The country a described antecedent is said to be of: "the Japanese trader"."""
    start, end = match.span("pointer")
    return next((s.ids[0] for s in context.spans
                 if s.type == "country" and start <= s.start < end), None)


def _of_home(doc: Doc, spans: list[Span], home: str | None) -> list[Span]:
    """Of the organisations ``spans`` name, those whose home is ``home`` ("the Japanese trader"
    is the Japanese company named before, not the Quebec one named first)."""
    if home is None:
        return []
    return [s for s in spans if (info := doc.info.get(s.ids[0])) is not None
            and info.country == home]


def _opening_pointer(doc: Doc, context: SentenceContext, start: int) -> re.Match[str] | None:
    """"The company also made a bold move in November with the acquisition of …": a noun
    pointing back that opens the sentence, however far before the trigger, when no name
    stands between and it does not only speak ("The company said 90 pct of the cards have
    been sold", but "The company expects to fund the rest": its own act). "It", which may be a
    bond issue's, stays within reach of its verb unless the sentence before opened with a company
    (see ``_subject_before``); a name right before the trigger noun is no name between ("to
    approve the Halvard placement": the trigger's other party)."""
    if any(s.type in ACTOR_TYPES and s.end <= start and not _modifies(doc.text, s, start)
           for s in context.spans):
        return None
    match = _opening_pointers().match(doc.text, context.sentence.start, start)
    if match is None or (match["pointer"].lower() == "it" and
                         _subject_before(doc, context.number) is None):
        return None
    verb = blanks_end(doc.text, match.end())
    reports = lexicon().reporting.match(doc.text, verb)
    return None if reports and not _TO_VERB.match(doc.text, reports.end()) else match


_TO_VERB = re.compile(r"[ \t]+to[ \t]")  # "It expects to raise …": its own act, not a report


_OPENER_WORDS = 3  # "On Monday, Tarn Mining …": words that may stand before a subject
_CHAIN = 3  # sentences opening with "The company", "It" that a subject may stand before


def _subject_before(doc: Doc, number: int) -> str | None:
    """The company a sentence opening with "It" continues: the subject opening the sentence
    before, named ("Tarn Mining built a plant. It expects to raise …") or, through sentences
    opening with a pointer ("The company plans …"), the one named before them. None after any
    other sentence: "It" may then be a bond issue's or a drill hole's."""
    for previous in range(number - 1, max(-1, number - 1 - _CHAIN), -1):
        sentence = doc.sentences[previous]
        first = next(iter(sentence_spans(doc, previous)), None)
        opener = _opening_pointers().match(doc.text, sentence.start, sentence.end)
        if opener is not None and (first is None or first.start >= opener.end()):
            continue
        before = doc.text[sentence.start:first.start].lower().split() if first else []
        if first is None or first.type != "organization" or len(before) > _OPENER_WORDS or \
                (before[-1:] and before[-1] in _DETERMINERS) or \
                POSSESSIVE_AFTER.match(doc.text, first.end):
            return None  # (not "The Tarn statement said the issue …": a modifier)
        return first.ids[0]
    return None


@cache
def _opening_pointers() -> re.Pattern[str]:
    """The article-wide words pointing back (``article_wide``: "the company", "We" opening an
    interview's answer), as a sentence opens with them ("It" too, which ``_opening_pointer``
    turns down: it may be a bond issue's or a drill hole's)."""
    words = list(lexicon().article_wide)  # alternation orders them
    return re.compile(rf"(?P<pointer>(?i:{alternation(words)}))\b(?![’'])")


def _pointer_before(doc: Doc, context: SentenceContext, start: int) -> re.Match[str] | None:
    """The first pointing word close before the trigger that ends no name: "Co" points back in a
    wire brief ("Co said it would buy"), not in "Kanto Magnetics Co had agreed to buy 5% of the
    company", whose pointer is "the company"."""
    at = max(context.sentence.start, start - _ANAPHOR_REACH)
    while (match := lexicon().anaphora.search(doc.text, at, start)) is not None and any(
            s.start <= match.start("pointer") < s.end for s in context.spans
            if s.type == "organization"):
        at = match.end("pointer")
    return match


def _antecedent(doc: Doc, context: SentenceContext, start: int,
                by_government: bool = False) -> tuple[str, int] | None:
    """"its shares", "the company's refinery": the organisation pointed back to, and where the
    pointing word ends (the verbs after it decide the role). ``by_government``: the event is
    a state's act, so "China's Ministry of Commerce announced it would ban" points back to the
    ministry."""
    lex = lexicon()
    match = _pointer_before(doc, context, start) or _opening_pointer(doc, context, start)
    if not match:
        return None
    anaphor_end = match.end("pointer")
    if match["pointer"].lower() in lex.state_possessives and \
            lex.other_parties.match(doc.text, anaphor_end):
        return None  # "Several of its neighbours have moved further, trimming output": others'
    issuer = None if by_government else _issuer(doc, match["pointer"])  # a company, no state
    if issuer is None and not by_government:
        issuer = _issuer_as_subject(doc, context, match.start())
    if issuer is not None:
        return issuer, anaphor_end
    if match["pointer"] == "It" and match.start() == context.sentence.start and \
            (subject := _subject_before(doc, context.number)) is not None:
        return subject, anaphor_end  # "The company plans … It expects to raise …"
    if match["pointer"].lower() == "we" and _state_quote(doc.text, match.start()):
        return None  # a minister's or an opposition member's "we": no company's
    if match["pointer"].lower() == "we":  # the speaker's own company, the article's main one
        main = main_entity(doc, "organization", start)  # in an interview's answers, not the
        return (main, anaphor_end) if main else None  # buyer or ministry the question named
    # "The company froze development of its project": a company, not the court or the
    # Treasury named before it.
    bystanders = lex.bystanders if by_government else _companies_not_pointed_to(doc)
    if " " in match["pointer"].strip():  # "The company said it had signed": no bank's deal
        bystanders = bystanders | _named_bystanders(doc)  # ("it" may be a bank's: "… Bank
        # said it would invest")
    nearest = next((s for s in reversed(context.spans) if s.end <= match.start()
                    and s.type in ACTOR_TYPES), None)
    between = doc.text[nearest.end:match.start()].split() if nearest is not None else []
    if nearest is not None and nearest.type == "country" and len(between) == 1 and (
            between[0].endswith("ed") or between[0] in lex.clause_verbs):
        return None  # "after China widened its rare earth export controls": the state's own
        # (not "a small local West German bank it acquired")
    in_sentence = [s for s in context.spans if s.type == "organization"
                   and s.end <= match.start() and s.ids[0] not in bystanders
                   and not in_aside(context.sentence, s, match.start())]
    if nearest is not None and not in_sentence and _state_subject(doc, context, nearest) and \
            match["pointer"].lower() in lex.state_possessives:
        return None  # "Slovakia added antimony to its national list": the state's own
    in_sentence = _without_tellers(doc.text, context, in_sentence)
    # The subject of the clause the pointer stands in: "MNC will pay …, and the state's
    # nominee, Kumul Minerals, will lift its stake" (Kumul's own), else the sentence's first.
    parts = list(NEW_CLAUSE.finditer(doc.text, context.sentence.start, match.start()))
    in_clause = [s for s in in_sentence if parts and s.start >= parts[-1].end()]
    home = _home_in_pointer(context, match)
    speaker = _reported_speaker(doc.text, in_sentence, match)
    if speaker is not None:  # "… after Tarn said it had bought": the speaker's own "it"
        return speaker, anaphor_end
    if in_sentence:
        return (_of_home(doc, in_clause, home) or _of_home(doc, in_sentence, home) or
                in_clause or in_sentence)[0].ids[0], anaphor_end
    for previous in reversed(range(max(0, context.number - 3), context.number)):
        orgs = [s for s in sentence_spans(doc, previous)
                if s.type == "organization" and s.ids[0] not in bystanders]
        if orgs:
            subjects = [s for s in orgs if not _after_preposition(doc.text, s)]
            return (_of_home(doc, orgs, home) or subjects or orgs)[0].ids[0], anaphor_end
    pointer = " ".join(match["pointer"].lower().split())
    if pointer not in lex.article_wide and "-based " not in pointer:
        return None  # (but "the Perth-based company" is the article's main one)
    main = main_entity(doc, "organization", start)  # "It also entered into …" far from any name
    return (main, anaphor_end) if main else None


def _reported_speaker(text: str, spans: list[Span], match: re.Match[str]) -> str | None:
    """The company whose verb of reporting the pronoun "it" follows ("Ochre shares rose after
    Tarn said on Monday that it had bought …"): in reported speech "it" is the speaker, not
    the sentence's first company."""
    lex = lexicon()
    if not spans or match["pointer"].lower() not in lex.speaker_pronouns:
        return None
    last = spans[-1]
    # the verb right after the name: after a comma the name may end an aside ("Sigma Mines,
    # 65 pct owned by Dome Mines, said its mine …" is Sigma's)
    verb = lex.reporting.match(text, blanks_end(text, last.end))
    if verb is None:
        return None
    between = [w.lower() for w in WORD.findall(text[verb.end():match.start()])]
    return last.ids[0] if all(w in lex.skip_words or w in lex.reporting_fillers
                              for w in between) else None


def _state_quote(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quote whose paragraph tells a state's or a party's
    speaker (``state_speakers``: "… we want to capture here" — the Minister of Natural
    Resources): that "we" is the speaker's side, not the article's company."""
    start, end = line_bounds(text, at)
    opened = max(text.rfind("\u201c", start, at), text.rfind('"', start, at))
    if opened < 0 or text.rfind("\u201d", opened, at) >= 0 or \
            (text.count('"', start, at) % 2 == 0 and text[opened] == '"'):
        return False
    return lexicon().state_speakers.search(text, start, end) is not None


def _after_preposition(text: str, span: Span) -> bool:
    """Whether a preposition stands right before the name ("With the equity from Tarn Metals"):
    no subject a later sentence's pointer continues."""
    before = _LAST_WORD.search(text, max(0, span.start - 20), span.start)
    return before is not None and before[1].lower() in lexicon().prepositions


_LAST_WORD = re.compile(r"(\w+)[ \t]+$")  # the word right before a name ("In 2019 Tarn": 2019)


def _without_tellers(text: str, context: SentenceContext, spans: list[Span]) -> list[Span]:
    """The organisations a pointer may point back to, less those that only tell the news when
    another is named after them: a source ("According to Mataranka's annual report, Jade Peak
    sought to lift its stake") or a speaker ("Tarn Mining said Ridgeline Metals had lifted its
    holding"): the pointer is the clause's subject's."""
    lex = lexicon()
    subjects = [s for s in spans if not lex.prepositions.intersection(  # not "… report from
        w.lower() for w in WORD.findall(text, max(context.sentence.start, s.start - 20),
                                        s.start)[-1:])]  # <Ridgeway Mining Co>, its venture"
    tellers = [s for s in spans if any(o.start > s.end for o in subjects) and (
        _says(text, s) or lex.according_to.search(
            text, max(context.sentence.start, s.start - _NAME_CONTEXT_REACH), s.start))]
    return [s for s in spans if s not in tellers] if tellers else spans


def _named_bystanders(doc: Doc) -> frozenset[str]:
    """The organisations whose names say they are no company (see ``bystander_words`` and
    ``not_company_words``: "Hollister Media Group", "a Development Bank"): no "company" or
    "firm" points back to them."""
    names = doc.cache.get("events.named_bystanders")
    if names is None:
        words = lexicon().bystander_words | lexicon().not_company_words
        names = doc.cache["events.named_bystanders"] = frozenset(
            s.ids[0] for s in doc.spans
            if s.type == "organization" and words.intersection(s.name.split()))
    return names


def _companies_not_pointed_to(doc: Doc) -> frozenset[str]:
    """The organisations no company's pronoun points back to: bystanders, states' bodies and
    the article's organisations that are states' bodies ("Serbia's Ministry of Economy … the
    company completed a £7.2m placing"), joined once per article, not at each pronoun."""
    names = doc.cache.get("events.not_pointed_to")
    if names is None:
        lex = lexicon()
        names = doc.cache["events.not_pointed_to"] = lex.bystanders | lex.government_orgs | {
            s.ids[0] for s in doc.spans
            if s.type == "organization" and is_government(doc, s.ids[0])}
    return names
