"""The event vocabulary of ``data/events.toml`` as typed objects, loaded once per process.

All words (triggers, role cues, modality, stages, boilerplate, government references) live in
the TOML file; the other modules of this package only say how the pieces combine.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from mineralwatch.extract.gazetteer import Gazetteer
from mineralwatch.extract.text import alternation, first_letters, trie, word_opening
from mineralwatch.extract.vocabulary import VocabularyError, load_organisations

# A word as the lexicon's word lists hold it.
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")

# Keys of a role table that are settings, not cue words (see the TOML's [roles] comment).
ROLE_SETTINGS = frozenset({"core", "required", "required_without_money", "min_count", "no_bodies",
                           "anywhere", "values", "subject_verbs", "distinct", "kinds", "frames",
                           "modifier", "split", "split_words", "government_only",
                           "needs_values", "needs_after", "min_count_unless", "split_by_figure",
                           "split_by_stake", "person_speaks", "bodies_country",
                           "when_sought", "company_only", "cause", "needs_mineral",
                           "needs_field", "always", "agent_from", "noun_agent_verbs",
                           "holder_verbs", "silenced_by", "ordered", "subject_under_agent",
                           "subject_verb_words", "state_subject", "own_mineral", "pair",
                           "others_agents", "port_cues", "after_trigger_only",
                           "masses_only", "unit_money_only", "level_after_to", "money_not_after",
                           "money_held", "money_held_before",
                           "described_companies",
                           "sentence_only", "told_before", "unnamed_after", "owners_sell",
                           "owners_sell_after", "harm_nouns", "reporter", "private_nouns",
                           "other_figures",
                           "moved_by", "class_plurals", "class_within", "class_particular",
                           "reporter_apart"})

RoleTable = dict[str, Any]
# What may follow a name before the next word: its acronym in brackets, "(CMIF)", or the
# bracket closing it when the name is that acronym.
ACRONYM_AFTER = r"(?:[ \t]*\([^()]{1,12}\)|\))?"

# How far a verb's object is looked for (characters), unless a trigger says otherwise: "raised
# $35 million to boost production" raised money, whatever follows the amount.
OBJECT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str
    confidence: float
    requires: frozenset[str]  # words of which one must be in the sentence
    requires_phrases: tuple[str, ...] = ()  # or one of these strings ("per cent", "%")
    sign: int = 1  # -1 for the words of a fall: a change_pct read next to them is negated
    frame: str = ""  # "noun": "Iluka secured a loan" (the subject receives), see the TOML
    near: int = 0  # characters either side within which a required word must stand; 0: anywhere
    named: bool = False  # also wanted between a company's name and a percentage (see the TOML)
    after: bool = False  # the required word must follow the trigger ("cut its copper price")
    # Words that, as the verb's object, make it another event: "raise prices" raises no money.
    excludes: frozenset[str] = frozenset()
    # The object of another trigger that requires the word tells no event of its own ("agreed
    # to limit its tin exports" caps exports, it ships nothing); nor does it bound a clause.
    yields: bool = False
    before: bool = False  # the required word must stand before it ("prices have doubled")
    # Types whose triggers, as this one's object or its passive subject, tell no event of
    # their own: "banned shipments of gallium", "shipments … have been barred" ship nothing.
    stops: frozenset[str] = frozenset()
    object_chars: int = OBJECT_CHARS  # how far after it its object reaches, for ``stops``
    # Needs no other word and excludes none. A field, not a property: it is read for every
    # trigger found.
    unconditional: bool = field(init=False, repr=False, compare=False)
    # Finds any required word or phrase anywhere, even inside another word, for
    # ``may_be_near``.
    anywhere: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Finds the first word of any of ``excludes`` anywhere: without one, no object of the
    # verb is an excluded word or pair, and ``has_required_words`` reads no object.
    excluded_anywhere: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "unconditional", not self.requires and not self.requires_phrases
                           and not self.excludes)
        object.__setattr__(self, "anywhere",
                           _anywhere(_stems({*self.requires, *self.requires_phrases})))
        object.__setattr__(self, "excluded_anywhere",
                           _anywhere(_stems({w.split(" ", 1)[0] for w in self.excludes})))

    @property
    def needs_words(self) -> bool:
        """Whether a word or phrase of ``requires`` must occur too."""
        return bool(self.requires or self.requires_phrases)

    def wanted_by(self, words: set[str], lowered: str) -> bool:
        """Whether a text of these ``words`` (``lowered``: the text) holds a required word or
        phrase: a bare "rose" is a market move only where shares or prices are spoken of."""
        return bool(self.requires & words) or self.holds_phrase(lowered)

    def holds_phrase(self, lowered: str) -> bool:
        """Whether a required phrase stands in the lower-cased text, opening a word where it
        opens with a letter ("co-locate", not the "Mexico-located" mine; "share prices" and
        "co-located" as "share price" and "co-locate"; "%" anywhere)."""
        # The substring test first: the phrases are rarely there, and the pattern, its
        # look-behind opening every alternative, is tried at each position of the text.
        # (a loop, not any() over a generator: asked of every near trigger's window)
        for phrase in self.requires_phrases:
            if phrase in lowered:
                return _phrase_pattern(self.requires_phrases).search(lowered) is not None
        return False

    def may_be_near(self, lowered: str) -> bool:
        """Whether a required word or phrase stands anywhere in ``lowered``, even inside
        another word: without one, no window of the text holds one (``near``), and most
        sentences that name a facility's word hold none of its verbs."""
        return self.anywhere.search(lowered) is not None


def _stems(words: set[str]) -> tuple[str, ...]:
    """The words none of the others stands in, shortest first: a text holds one of ``words``
    only if it holds one of these ("build" for "building")."""
    stems: list[str] = []
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(stem in word for stem in stems):
            stems.append(word)
    return tuple(stems)


@cache
def _anywhere(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``stems`` anywhere (none if there are none), made once per
    set of stems, which triggers share. As a trie, a letter at a time, it is cheaper than a
    substring test of each stem: a sentence holding none of a facility's 84 is failed in a
    third of the time."""
    return re.compile(trie(stems) or "(?!)")


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a trigger's required phrases, each opening a word if it opens with a
    letter or a digit, and ending anywhere (its inflections)."""
    return re.compile("|".join((r"(?<![\w-])" if p[0].isalnum() else "") + re.escape(p)
                               for p in phrases))


@dataclass(frozen=True, slots=True)
class GovernmentWords:
    """How a state is named by its government rather than its name (see the TOML)."""

    fills: dict[str, str]  # event type → the role a reference fills
    subject_only: frozenset[str]  # types whose role a reference fills only as the subject
    acting_for: dict[str, str]  # event type → the role a state's body brings its state into
    parties: dict[str, str]  # event type → the role the states of two capitals or more join
    in_trigger: frozenset[str]  # roles a reference inside the trigger fills ("taxpayer support")
    implied: frozenset[str]  # "type.kind" only a state takes: told with no actor, the article's
    heads: re.Pattern[str]
    qualified_heads: frozenset[str]  # heads naming a state only after its name
    body_heads: frozenset[str]  # heads naming the state of the body of that head named last
    capitals: re.Pattern[str]
    capital_country: dict[str, str]
    modifiers: frozenset[str]
    local: frozenset[str]
    subdivision: frozenset[str]  # local words of a state or province named before
    not_states: frozenset[str]
    place_words: frozenset[str]


@dataclass(frozen=True, slots=True)
class DeniedNext:
    """A deal one of its parties denies at the opening of the next sentence (see the TOML)."""

    types: frozenset[str]  # event types a denial undoes
    roles: tuple[str, ...]  # the roles whose parties may deny
    within: int  # characters at most between the party's name and the denial
    words: re.Pattern[str]  # the denial ("denied it", "dismissed the report")


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: Gazetteer[tuple[Trigger, ...]]
    verbs_and_nouns: frozenset[str]  # every one-word trigger: "buy", "loan"
    roles: dict[tuple[str, str, str], RoleTable]  # (type, kind, frame) → role table
    prepositions: frozenset[str]
    traded_on: frozenset[str]  # "on the Guangzhou Futures Exchange": where a move traded
    standing_verbs: frozenset[str]  # "closed" of "Lynas closed down 5.9%"
    move_gap: re.Pattern[str]  # what may stand between a company and its move
    distributive: frozenset[str]  # "each", "all": every name before them moved by the figure
    move_causes: re.Pattern[str]  # "surged 200% after news that …": the move's cause follows
    conjunctions: frozenset[str]
    exclusion_cue: re.Pattern[str]  # "excluding its stake in": what follows is no part of the event
    excluded_trigger: re.Pattern[str]  # "excluding its", ending at a trigger: no event of its own
    shares_of: re.Pattern[str]  # a sentence opening "Shares of" a company (fullmatch)
    subject_pronouns: frozenset[str]  # "it", "they": a clause's subject pointing back
    object_determiners: frozenset[str]  # "a", "its": open a noun phrase
    verb_phrase_openers: frozenset[str]  # "with": a verb's phrase after its object (TOML)
    verb_phrase_words: int
    apposition_openers: frozenset[str]  # ", a Saudi-Indian joint venture": no clause's subject
    described_kinds: frozenset[str]  # "type.kind" of triggers that may describe a name …
    described_by: re.Pattern[str]  # … when these words follow them: ", a joint venture between"
    # … or, opened by a holder's word right after a name, when its partner follows: "Tarn
    # Lithium, its 60:40 joint venture with Ochre Resources, has filed"
    described_holders: frozenset[str]
    described_with: re.Pattern[str]
    held_kinds: frozenset[str]  # "type.kind" of triggers that may name a venture held …
    held_by: re.Pattern[str]  # … after these words, ending at the trigger: "its joint venture"
    held_not_after: re.Pattern[str]  # … unless these follow: "its joint venture with POSCO"
    compound_heads: dict[str, frozenset[str]]  # type → nouns it qualifies: "investment arm"
    move_causatives: dict[str, re.Pattern[str]]  # type → "sending … higher": a caused move
    cost_modifiers: dict[str, frozenset[str]]  # type → words making it a cost: "total investment"
    state_starts: dict[str, frozenset[str]]  # type → "since": "since a placement in 2023"
    goods_to: dict[str, re.Pattern[str]]  # type → the words before a trigger where goods go
    goods_taken: dict[str, re.Pattern[str]]  # type → the words before a trigger a buyer takes
    passive_auxiliaries: frozenset[str]
    auxiliaries: frozenset[str]  # "will", "has": skipped back over to the word before a verb
    verb_adverbs: frozenset[str]  # "has also risen": skipped back over with the auxiliaries
    passive_verb: re.Pattern[str]  # "was acquired", "were refined": ends what it is searched in
    passive_before: re.Pattern[str]  # "… have been ": between a noun and its passive verb
    clause_verbs: frozenset[str]
    asides: tuple[str, ...]
    relatives: tuple[str, ...]  # ", which": its subject is the name before it
    party_appositions: tuple[str, ...]  # ", a company building": as ", which" on a company
    country_asides: frozenset[str]  # types told in ", which …," on a country as background
    dateline_roles: frozenset[str]  # roles a dateline fills when the clause leaves them empty
    skip_words: frozenset[str]
    descriptions: frozenset[str]  # "company" of "greeting card company Millen Cards"
    company_nouns: frozenset[str]  # "trader" of "a Japanese trader": a company left unnamed
    skip_suffixes: tuple[str, ...]
    place_nouns: frozenset[str]  # "the port of": the cue before it is the place's
    modifier_suffixes: tuple[str, ...]
    parent_cues: re.Pattern[str]
    reporting: re.Pattern[str]
    reporting_fillers: frozenset[str]
    speaker_pronouns: frozenset[str]  # "Tarn said that it had bought": "it" is Tarn
    attribution_nouns: frozenset[str]  # "a filing by X": X told the news
    according_to: re.Pattern[str]  # "according to data from" before a source's name
    spokesman_for: re.Pattern[str]  # "a spokesman for" before the name it speaks for
    advised_by: re.Pattern[str]  # "on the advice of" before a name that only advises
    venue_after: re.Pattern[str]  # "(PDAC) convention" after a name: where, not who …
    venue_before: re.Pattern[str]  # … with "at the" before it
    quote_ends: tuple[str, ...]
    stated_move: re.Pattern[str]  # "was" before the percentage between a company and "lower"
    joined_clause: re.Pattern[str]  # "and a company will …": a clause of its own
    speaker_as_object: frozenset[str]
    modality: dict[str, re.Pattern[str]]
    voided_before: dict[str, frozenset[str]]  # "first" is no required word before "quarter"
    as_nouns: dict[str, frozenset[str]]  # "the commission": a body, no plant commissioned
    in_phrase: frozenset[str]  # required words that count only in the trigger's noun phrase
    in_phrase_within: int  # words at most between such a word and the trigger
    site_work: frozenset[str]  # "drilling" before "at its … mine": the mine is only its place
    site_within: int  # words at most between "at" and the trigger
    site_work_within: int  # words at most from the work to "at"
    site_types: frozenset[str]  # the types of the triggers so read
    running_verbs: frozenset[str]  # "operates the … mine": a plant only run (see the TOML)
    running_adjectives: frozenset[str]  # "an operating … mine"
    running_determiners: frozenset[str]
    running_not_after: frozenset[str]  # "build and operate", "began operating": a start
    running_within: int
    kept_idle: re.Pattern[str]  # "remains closed", "kept the plant on care and maintenance"
    kept_within: int  # words at most between a plant and such a verb after it
    modified_heads: frozenset[str]  # "plant level", "plant closures": the plant word qualifies
    offer_answers: re.Pattern[str]  # "rejected": an offer's target answering, not a denial
    denied_reports: re.Pattern[str]  # "denied a report": what the sentence tells after it
    ended: re.Pattern[str]  # "have been terminated": the deal the sentence told before it
    denied_next: DeniedNext  # a party's denial opening the next sentence
    ended_types: frozenset[str]
    asked_types: frozenset[str]  # types a question tells none of
    supposed_types: frozenset[str]  # types a gerund subject with a modal verb supposes
    supposed: re.Pattern[str]  # "Lowering the top duty to 40 pct would", to the modal
    feared: re.Pattern[str]  # "fear that Washington could", its modal before the trigger
    modality_after: dict[str, re.Pattern[str]]
    # "type.kind" → the denial cues read before and after its trigger, without the ones that
    # are the measure's own act ("rejected an application for a licence")
    own_denials: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]
    # type → cues just before its trigger making it a forecast, and how far they are read
    planned_by_type: dict[str, re.Pattern[str]]
    results_only: frozenset[str]  # types whose event planned is none (a resource expected)
    planned_near: int
    modality_factor: dict[str, float]
    negation: frozenset[str]
    set_roles: frozenset[str]
    loose_roles: frozenset[str]
    sharing_first: frozenset[str]  # types whose mention joins an event sharing its ids first
    commodity_distinct: frozenset[str]
    family_distinct: frozenset[str]  # types whose mentions of unrelated minerals are two events
    object_parted_types: dict[str, str]  # type → role its shared subject fills (TOML)
    object_parted_verb: re.Pattern[str]  # " and build ": a coordinated verb of a plant's change
    money_distinct: frozenset[str]
    actor_distinct: dict[str, str]
    actor_cues: frozenset[str]
    statistics_frames: frozenset[str]  # frames of trade statistics, apart from a company's cargo
    traders: tuple[str, ...]  # the roles naming a company that trades
    alongside_reach: int  # characters back to the restated event a sum beside it joins
    part_of_told: re.Pattern[str]  # "of the placement": a share of a raise told before
    share_of_raise: frozenset[str]  # kinds of a raise a smaller subscription is a share of
    subscription: re.Pattern[str]  # the words of the frame "subscription": "subscribe for"
    offering: re.Pattern[str]  # the words of the frame "offering": "placement", "rights issue"
    move_rounding: float  # points within which two moves' percentages may be one rounded
    figure_distinct: dict[str, str]  # type → the role of its figures
    figures_apart: dict[str, list[str]]  # type → roles whose differing figures part two events
    amounts_apart: frozenset[str]  # types whose amounts in one unit part two mentions of a date
    toehold: dict[str, dict]  # type → its minority stake's role, bound and the kinds of a bid
    # type → a count of its `units` bought: "178.5 million Menzies shares", "263,600 shares"
    units_bought: dict[str, re.Pattern[str]]
    # type → words of a stake that completes the buyer's hold: "it does not already own"
    stake_rest: dict[str, re.Pattern[str]]
    date_distinct: frozenset[str]
    period_distinct: frozenset[str]  # types whose reports of other periods are other events
    sentence_kinds: frozenset[str]
    demonstratives: frozenset[str]
    negated_types: frozenset[str]
    # type → its cues of advocacy: "should", "pressed … for": a measure asked for, not taken
    advocacy: dict[str, re.Pattern[str]]
    advocacy_coordinators: frozenset[str]  # ", and" opening a clause after the cue
    advocacy_determiners: frozenset[str]  # skipped before that clause's subject
    # a verb of avoidance with the trigger's noun phrase as its object ("avoid a … raise")
    averted: re.Pattern[str]
    in_force_types: frozenset[str]  # types whose trigger a verb of keeping or breach voids
    in_force: re.Pattern[str]  # "violating an agreement", ending at the trigger
    already_partner: re.Pattern[str]  # "is already a partner", ending at one of `partner_words`
    partner_words: frozenset[str]
    named_kinds: frozenset[str]  # "the BHP/Exxon partnership": a deal in force
    collected_kinds: frozenset[str]  # policy kinds a verb of collecting before them voids
    collected: re.Pattern[str]  # "collects a 2% royalty", ending at the trigger
    forecast: dict[str, re.Pattern[str]]  # type → its cues of a forecast, ending at the trigger
    decided_frames: frozenset[str]  # frames whose subject sets the figure ("raise its prices")
    forecast_decided: re.Pattern[str]  # their cues of a forecast: no "will" of a decision
    # type → its cues of an event needed, weighed or only possible, a few words before the trigger
    wanted: dict[str, re.Pattern[str]]
    generic_kinds: frozenset[str]
    kin_kinds: tuple[frozenset[str], ...]
    stages: Gazetteer[str]
    anaphora: re.Pattern[str]
    article_wide: frozenset[str]
    state_speakers: re.Pattern[str]  # a quote's speaker whose "we" is no company's
    plural_anaphora: re.Pattern[str]  # "The two companies inked …": the last two named
    state_possessives: frozenset[str]  # "its" after a state opening its sentence: the state's
    other_parties: re.Pattern[str]  # "of its neighbours": others, after a possessive pointer
    object_anaphora: re.Pattern[str]
    defined_terms: frozenset[str]  # "the Company": the issuer of a release
    restatement: re.Pattern[str]
    new_event: frozenset[str]
    another: frozenset[str]
    another_joins: frozenset[str]  # types whose "also" tells more of the event before
    definite: frozenset[str]
    boilerplate: Gazetteer[bool]
    profile_head: re.Pattern[str]  # "About Energy Fuels" on a short line of its own
    heading_max_words: int
    profile_news_years: int  # a profile's sentence dated this near publication tells news
    founding_words: frozenset[str]  # "founded in 2019": no news
    commodity_fallback: frozenset[str]
    mineral_forms: frozenset[str]  # "tonnes of ore": goods that are the article's mineral
    # entity type → ({"type.kind": role it fills}, {"type.kind": roles one of which it needs,
    # a list meaning all of them}), in the order they are tried: the organisation first
    main_fallback: dict[str, tuple[dict[str, str], dict[str, list[str | list[str]]]]]
    concluded_deals: dict[str, frozenset[str]]  # "type.kind" → words telling a deal concluded
    owner_guessed_types: frozenset[str]  # types whose mention with a guessed owner joins any kind
    introduced_plants: frozenset[str]  # "type.kind" whose fallback wants "a"/"an" before it
    introduced: re.Pattern[str]  # "a" or "an" and the words of a noun phrase up to its end
    introduced_by_others: frozenset[str]  # a party's nouns before such a plant: its builder
    main_mineral_own: frozenset[str]  # "type.kind" taking the article's mineral for its company
    sector_kinds: frozenset[str]  # "type.kind" of share moves a sector's shares may tell
    sector_nouns: frozenset[str]  # "shares", "stocks"
    sector_words: frozenset[str]  # "energy", "mining": a sector's word before them
    main_mineral_goods: frozenset[str]  # "type.kind" whose goods named by form need no figure
    goods_words: frozenset[str]  # forms of a mineral's goods: "the concentrate"
    loads: frozenset[str]  # what goods travel in: "the first cargo"
    load_openers: frozenset[str]  # words before a load that leave its goods untold
    goods_priced: frozenset[str]  # words before them that make the goods a price's
    goods_apart: frozenset[str]  # words between them and a trigger of another clause
    goods_within: int
    worldwide: frozenset[str]  # words that make a figure the world's, no country's
    pointed_country: frozenset[str]  # types whose country is where the article points most
    actor_fallback: dict[str, str]
    other_party: dict[str, str]  # type → its role of parties, one named: the article's company
    asset_owner: dict[str, str]  # "type.kind" → role its company fills, money put in "the project"
    asset_pointed: re.Pattern[str]  # "into the project", "in a new sinter plant at the mine"
    paragraph_org: frozenset[str]  # "type.kind" whose company is its paragraph's, if any
    paragraph_org_listed: frozenset[str]  # of those, where the listed one of two is taken
    counted_group: re.Pattern[str]  # "three critical minerals": named in the next sentence
    counted_types: frozenset[str]
    literal_roles: dict[str, str]
    unnamed_roles: dict[str, str]  # a party described, not named ("an unnamed utility")
    unnamed_party: re.Pattern[str]
    unnamed_actors: dict[str, str]  # type → its actor's role, taken by a description too
    described_assets: dict[str, str]  # type → the role a described asset fills, as a last guess
    described_asset: re.Pattern[str]  # "in a graphite project in Malawi", as ``asset``
    own_asset_words: frozenset[str]  # "a new plant": the spender's own, no recipient
    described_subject: re.Pattern[str]  # a described party, the subject of the trigger
    described_after: re.Pattern[str]  # … after a cue word ("by a Swiss group"), as ``cue``
    subject_openers: frozenset[str]  # words a clause's subject may follow ("reports that")
    itemised: dict[str, Any]  # amounts listed under an event (see the TOML)
    literal_lead: frozenset[str]
    possessives: frozenset[str]
    asset_nouns: frozenset[str]
    relative_subject: re.Pattern[str]  # "the mines it bought": up to the relative's verb
    function_words: frozenset[str]  # none inside an asset's phrase; one ends it
    one_asset_nouns: frozenset[str]  # nouns one asset goes by ("the project", "the mine")
    owner_before: re.Pattern[str]  # an owner's cue ending right before a company (see TOML)
    pointed_asset: re.Pattern[str]  # "the mine" right before a trigger: its subject
    not_names: frozenset[str]
    site_roles: dict[str, str]  # type → the role a place named after its trigger fills
    site_after: re.Pattern[str]  # "at Moengo": a cue, then capitalised words
    site_cues: frozenset[str]  # "at", "in", "near": before where a plant or an asset stands
    confidence: dict[str, float]
    core: dict[str, list[str]]  # type → its core roles
    # (type, kind) → role → the roles no value of it may also fill ("distinct" pairs)
    exclusive: dict[tuple[str, str], dict[str, frozenset[str]]]
    government_orgs: frozenset[str]
    public_lenders: frozenset[str]
    body_orgs: frozenset[str]  # registry organisations that report or regulate, not produce
    body_names: re.Pattern[str]  # words naming such a body the registry lacks
    registered: frozenset[str]  # every registry organisation's id
    bystanders: frozenset[str]
    bystander_words: frozenset[str]  # "Media" of "Hollister Media Group LLC": no main company
    not_company_words: frozenset[str]  # "Bank": no "company" points back to it
    bystander_roles: frozenset[str]
    bystander_exceptions: dict[str, frozenset[str]]  # role → bystanders that may fill it
    same_kind: frozenset[str]
    definite_restates: frozenset[str]  # types whose sumless "the loan" restates the last one
    own_kinds: dict[str, frozenset[str]]  # type → kinds that merge only with their own
    own_kind_cues: dict[str, re.Pattern[str]]  # own kind → words that make a mention of it
    new_of_told: frozenset[str]  # types whose incomplete "a second …" is one more of the told
    purposes: frozenset[str]
    owner_fills: dict[str, str]  # type → the role a facility's owner fills when left empty
    funded_type: str  # the type whose roles fill those `funded_roles` names (see the TOML)
    funded_roles: dict[str, dict[str, str]]  # type → its role → the funding's role
    funded_not_kinds: frozenset[str]
    funded_work: frozenset[str]  # a facility's words that, beside a funding, are its purpose
    quoted_not_told: frozenset[str]  # types whose triggers in a quotation tell no event
    # a stoppage's or a start's words → the kinds of plant whose status they are (see the TOML)
    status_of_facility: dict[str, frozenset[str]]
    stopped_kinds: frozenset[str]  # facilities whose stoppage is news of output (see the TOML)
    stoppage_types: frozenset[str]
    stoppage_words: frozenset[str]  # the words of those stoppages
    dated_by_publication: frozenset[str]
    describing: dict[str, frozenset[str]]  # a value's role → the event roles it may fill
    period_starts: frozenset[str]
    measure_starts: dict[str, frozenset[str]]  # type.kind → period words dating its measure
    comparisons: re.Pattern[str]  # "up from 272 million tonnes last year": a baseline's date
    comparison_reach: int
    period_moves: re.Pattern[str]  # "over the past year": a move of no one day
    government_names: re.Pattern[str]
    government_titles: re.Pattern[str]
    government_refs: GovernmentWords
    fold_types: frozenset[str]
    headline_deals: dict[str, frozenset[str]]  # headline type → the types its deal sums up
    field_words: re.Pattern[str]  # words of minerals and mining (see `needs_field`)
    contract_of: dict[str, str]  # event type → the type of a deal "to" do it, none of its own
    unnamed_needs: dict[str, dict[str, Any]]  # type → its role left unnamed and what it needs
    background_output: dict[str, Any]  # a figure told beside a stoppage (see `find_events`)
    contract_to: re.Pattern[str]  # between a deal's noun and the "to" of what it agrees to do
    party_states: dict[str, str]  # a political party's id → its country
    bounded_types: frozenset[str]
    measure_answers: re.Pattern[str]  # "after Washington imposed …": another measure follows
    own_clause_types: frozenset[str]  # clause opens after ", while Mexico …" (see the TOML)
    own_date_types: frozenset[str]  # not dated by a date of an earlier trigger (see the TOML)
    clause_transparent: dict[str, list[str]]
    described_roles: dict[str, frozenset[str]]  # a description and a name there may be one
    asset_deal_types: dict[str, frozenset[str]]  # type → types whose asset noun ends no clause
    asset_cued_types: frozenset[str]  # of those, types that need a party's cue after the noun
    asset_party_cues: frozenset[str]  # "to", "from": the buyer or seller named after the asset
    quotes: dict[str, Any]  # signs of a quoted share move (see the TOML's [quotes])
    studies: re.Pattern[str]  # "a feasibility study outlined …": a forecast, no output
    study_types: frozenset[str]
    users: re.Pattern[str]  # "carmakers warned of assembly stoppages": no mineral's output
    user_types: frozenset[str]
    users_near: tuple[int, int]  # characters before and after the trigger read for ``users``
    capacity_kinds: frozenset[str]  # "type.kind" of planned output that a rate makes capacity
    capacity_rate: re.Pattern[str]  # "a year", "tpa"
    capacity_operating: re.Pattern[str]  # "at present": the rate of a working plant
    capacity_future: re.Pattern[str]  # "will average", "targeting": a rate yet to come
    history_kinds: frozenset[str]  # "type.kind" of events that a date years old makes history
    history_years: int  # how many years before publication make it so
    conditions: re.Pattern[str]  # "subject to … approvals": a permit waited for, no news
    conditions_within: int  # characters before the permit within which the cue counts
    condition_kinds: frozenset[str]  # "type.kind" of the triggers it applies to
    conditions_not_after: frozenset[str]  # "decide if": a cue that asks whether

    def kindred(self, a: str, b: str) -> bool:
        """Kinds that may name the same event: equal, one generic, or kin."""
        return a == b or bool({a, b} & self.generic_kinds) or any(
            {a, b} <= group for group in self.kin_kinds)


def _description(literal: dict[str, Any]) -> str:
    """A party described, not named: an opener, at most five words, a head ("an unnamed North
    American utility", "a Swiss private equity group"); for patterns that ignore case."""
    return (rf"(?:{_folded(literal['unnamed_openers'])})"
            rf"(?:[ \t]+(?!(?:{_folded(literal['unnamed_not'])})\b)[\w'’-]+){{0,5}}?"
            rf"[ \t]+(?:{_folded(literal['unnamed_heads'])})")


def _described(literal: dict[str, Any], then: str = "") -> str:
    """A described party (``_description``), with the words ``then`` may add, as the group
    ``party``."""
    return rf"(?P<party>{_description(literal)}{then})\b"


def _described_asset(literal: dict[str, Any]) -> re.Pattern[str]:
    """An asset described after a cue word (``described_asset_cues``): "a", at most four words,
    an asset noun, and up to two phrases of where it stands, each a site cue ("in", "at") and
    capitalised words or another described asset ("a separation plant in the Darling Basin",
    "a scandium recovery project at a titanium refinery in Norway", "a Kalgoorlie-area
    project")."""
    nouns = alternation(literal["asset_nouns"])
    noun = rf"(?:[\w’'-]+[ \t]+){{0,4}}?(?:{nouns})\b"
    named = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*"
    cues = alternation(literal["site_cues"])
    where = rf"[ \t]+(?:{cues})[ \t]+(?:the[ \t]+{named}|{named}|an?[ \t]+{noun})"
    return re.compile(rf"\b(?:{alternation(literal['described_asset_cues'])})[ \t]+"
                      rf"(?P<asset>an?[ \t]+{noun}(?:{where}){{0,2}})(?![\w’'-])")


def _described_after(literal: dict[str, Any]) -> re.Pattern[str]:
    """A described party after one of ``described_cues`` (group ``cue``), with the phrase of
    whoever leads or backs it: "acquired by a Swiss private equity group", "a proposal from an
    unnamed Asian party", "sold a 25% interest in Ngarla to a consortium led by a Japanese
    trading house" (the consortium, not the trading house after "led by")."""
    participles = literal["describing_participles"]
    cues = "|".join(rf"\b{re.escape(cue)}" for cue in literal["described_cues"])
    not_led = "".join(rf"(?<!\b{re.escape(w)}[ \t])" for w in participles)
    led_by = rf"[ \t]+(?:{alternation(participles)})[ \t]+by[ \t]+"
    # the cues' first letters before the look-behinds: most positions fail at one class test
    return re.compile(rf"{first_letters(literal['described_cues'])}{not_led}(?P<cue>{cues})[ \t]+"
                      rf"{_described(literal, f'(?:{led_by}{_description(literal)})?')}",
                      re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """The event vocabulary, loaded once per process."""
    data = tomllib.loads((files("mineralwatch") / "data" / "events.toml").read_text("utf-8"))
    by_word = _triggers_by_word(data)
    acronyms = {w for w in by_word if w.isupper()}
    positions = data["positions"]
    determiners = alternation(positions["object_determiners"])
    novelty = alternation(data["requires_in_phrase"]["words"])  # "to a new smelter": its news
    blank = r"[ \t]+"
    anaphora = data["anaphora"]
    modality = data["modality"]
    merging = data["merging"]
    literal = data["literal"]
    counted = data["fallback"]["counted"]
    government = data["government"]
    organisations = load_organisations()
    tables = _role_tables(data["roles"], data["trigger"])
    # a clause of its own opens at these: "and", "but", "while" and the conjunctions
    clause_openers = alternation([*positions["coordinators"], "while", *positions["conjunctions"]])
    return Lexicon(
        verbs_and_nouns=frozenset(w.lower() for w, t in by_word.items() if t and " " not in w),
        triggers=Gazetteer(((w, tuple(t)) for w, t in by_word.items()),
                           case_sensitive=acronyms),
        roles=tables,
        prepositions=frozenset(positions["prepositions"]),
        traded_on=frozenset(positions["traded_on"]),
        move_causes=re.compile(
            rf"\b(?:{alternation(positions['move_causes'])})\b(?![ \t]+(?:[a-z]+ing|"
            rf"{alternation(positions['move_cause_same_subject'])})\b)"),
        conjunctions=frozenset(positions["conjunctions"]),
        exclusion_cue=re.compile(rf"{first_letters(positions['exclusions'])}\b"
                                 rf"(?:{_folded(positions['exclusions'], space=blank)})\b",
                                 re.IGNORECASE),
        excluded_trigger=_object_of(positions["exclusions"], determiners, 3),
        shares_of=re.compile(
            rf"\W*(?:the{blank})?(?:{alternation(positions['shares_of'], space=blank)})"
            rf"{blank}of{blank}(?:the{blank})?", re.IGNORECASE),
        subject_pronouns=frozenset(positions["subject_pronouns"]),
        object_determiners=frozenset(positions["object_determiners"]),
        verb_phrase_openers=frozenset(positions["verb_phrase_openers"]),
        verb_phrase_words=positions["verb_phrase_words"],
        apposition_openers=frozenset(positions["apposition_openers"]),
        described_kinds=frozenset(positions["described_kinds"]),
        described_by=re.compile(rf"[ \t]+(?:{alternation(positions['described_by'])})\b"),
        described_holders=frozenset(positions["described_holders"]),
        described_with=re.compile(
            rf"[ \t]+(?:{alternation(positions['described_with'])})\b"),
        held_kinds=frozenset(positions["held_kinds"]),
        held_by=re.compile(
            # a holder's word, a name's "'s" or its listing's bracket ("Ridgeline Metals Ltd
            # (ASX: RDG) Joint Venture Files Study")
            rf"(?:\b(?:{alternation(positions['held_by'])})|\w['’]s|\w\))[ \t]+"
            rf"(?:(?!(?:{alternation(positions['held_not_between'])})\b)[^\s,;.]+[ \t]+){{0,3}}$",
            re.IGNORECASE),
        held_not_after=re.compile(rf"[ \t]+(?:{alternation(positions['held_not_after'])})\b",
                                  re.IGNORECASE),
        compound_heads={t: frozenset(words) for t, words in positions["compound_heads"].items()},
        move_causatives={t: _phrases(words) for t, words in positions["move_causatives"].items()},
        cost_modifiers={t: frozenset(words) for t, words in positions["cost_modifiers"].items()},
        state_starts={t: frozenset(words) for t, words in positions["state_starts"].items()},
        goods_to={t: re.compile(rf"{first_letters(words)}\b(?:{trie(words)})\b[^,;:.]{{0,60}}"
                                rf"\b(?:to|for)"
                                rf"[ \t]+an?[ \t]+(?:(?!(?:{novelty})\b)[\w'’-]+[ \t]+){{0,4}}$")
                  for t, words in positions["goods_to"].items()},
        goods_taken={t: re.compile(  # in one clause: no comma but one inside a number
            rf"{first_letters(words)}\b(?:{trie(words)})\b(?:[^,;:.]|(?<=\d)[,.](?=\d)){{0,60}}"
            rf"\b(?:{alternation(positions['goods_shares'])})\b(?:(?!\b(?:{clause_openers})\b)"
            rf"(?:[^,;:.]|(?<=\d)[,.](?=\d)))"
            rf"{{0,40}}$") for t, words in positions["goods_taken"].items()},
        passive_auxiliaries=frozenset(positions["passive_auxiliaries"]),
        auxiliaries=frozenset(positions["auxiliaries"]),
        verb_adverbs=frozenset(positions["verb_adverbs"]),
        passive_verb=re.compile(rf"{word_opening(positions['passive_auxiliaries'])}\s+"
                                r"(?:\w+ly\s+)?\w+(?:ed|en|t|ld)(?:\s+(?:over|up|out|off))?\s*$",
                                re.IGNORECASE),  # "was taken over", "were snapped up"
        passive_before=re.compile(
            rf"[^,;]{{0,60}}\b(?:{alternation(positions['passive_auxiliaries'])})[ \t]+"),
        clause_verbs=frozenset(positions["verbs"]),
        asides=tuple(positions["asides"]),
        relatives=tuple(positions["relatives"]),
        party_appositions=tuple(positions["party_appositions"]),
        country_asides=frozenset(positions["country_asides"]),
        dateline_roles=frozenset(positions["dateline_roles"]),
        skip_words=frozenset(positions["skip"]) | frozenset(positions["descriptions"]),
        descriptions=frozenset(positions["descriptions"]),
        company_nouns=frozenset(positions["descriptions"]) |
        frozenset(h for h in data["literal"]["unnamed_heads"] if " " not in h),
        skip_suffixes=tuple(positions["skip_suffixes"]),
        place_nouns=frozenset(positions["place_nouns"]),
        modifier_suffixes=tuple(positions["modifier_suffixes"]),
        reporting=_words(positions["reporting_verbs"]),
        reporting_fillers=frozenset(positions["reporting_fillers"]),
        speaker_pronouns=frozenset(positions["speaker_pronouns"]),
        attribution_nouns=frozenset(positions["attribution_nouns"]),
        venue_after=re.compile(rf"{ACRONYM_AFTER}[ \t]+(?:{_folded(positions['venue_nouns'])})"
                               rf"\b(?![ \t]+call)", re.IGNORECASE),  # not a "conference call"
        venue_before=re.compile(  # "at the", or "at the Prospectors … of Canada (" of its acronym
            rf"{word_opening(positions['venue_cues'])}(?:[ \t]+the)?[ \t]+"
            rf"(?:(?:[\w&.'’-]+[ \t]+){{0,8}}\()?$", re.IGNORECASE),
        according_to=re.compile(rf"{word_opening(['according'])}[ \t]+to"
                                rf"(?:[ \t]+[\w-]+){{0,{positions['source_words']}}}[ \t]+$",
                                re.IGNORECASE),
        advised_by=re.compile(rf"{word_opening(positions['advised_by'])}[ \t]+(?:the[ \t]+)?$",
                              re.IGNORECASE),
        spokesman_for=re.compile(rf"{word_opening(positions['spokesman_for'])}[ \t]+"
                                 rf"(?:the[ \t]+)?$", re.IGNORECASE),
        quote_ends=tuple(positions["quote_ends"]),
        stated_move=re.compile(rf"[ \t)\]>]*(?:(?:{alternation(positions['standing_verbs'])})"
                               r"[ \t]+){1,2}(?:(?:up|down)[ \t]+)?"),
        standing_verbs=frozenset(positions["standing_verbs"]),
        distributive=frozenset(positions["distributive"]),
        move_gap=re.compile(rf"(?:(?:{alternation(positions['standing_verbs'])}|"
                            rf"{alternation(positions['move_auxiliaries'])})(?:\s+|$)){{0,2}}"),
        joined_clause=_joined_clause(positions, data["anaphora"]["event_nouns"]),
        speaker_as_object=frozenset(positions["speaker_as_object"]),
        parent_cues=re.compile(rf",\s+(?:(?:{determiners})\s+)?(?:[\w-]+\s+)?"
                               rf"(?:{alternation(positions['parent_cues'])})\s+(?:the\s+)?$",
                               re.IGNORECASE),
        modality={name: _phrases(cues) for name, cues in modality["cues"].items()},
        offer_answers=_phrases(modality["offer_answers"]["words"]),
        denied_reports=_phrases(modality["denied_reports"]["words"]),
        ended=_phrases(modality["ended"]["words"]),
        denied_next=DeniedNext(types=frozenset(modality["denied_next"]["types"]),
                               roles=tuple(modality["denied_next"]["roles"]),
                               within=modality["denied_next"]["within"],
                               words=_phrases(modality["denied_next"]["words"])),
        ended_types=frozenset(modality["ended"]["types"]),
        asked_types=frozenset(modality["asked"]["types"]),
        supposed_types=frozenset(modality["supposed"]["types"]),
        supposed=_supposed(modality["supposed"]["modals"], modality["supposed"]["adjuncts"]),
        feared=re.compile(rf"\b(?:{alternation(modality['feared']['nouns'])})[ \t]+that\b"
                          rf"[^.;:]*?\b(?:{alternation(modality['feared']['modals'])})\b",
                          re.IGNORECASE),
        voided_before={w: frozenset(after) for w, after in data["requires_voided_before"].items()},
        as_nouns={w: frozenset(before) for w, before in data["requires_as_nouns"].items()},
        in_phrase=frozenset(data["requires_in_phrase"]["words"]),
        in_phrase_within=data["requires_in_phrase"]["within"],
        site_work=frozenset(data["work_sites"]["words"]),
        site_within=data["work_sites"]["within"],
        site_work_within=data["work_sites"]["work_within"],
        site_types=frozenset(data["work_sites"]["types"]),
        running_verbs=frozenset(data["work_sites"]["running_verbs"]),
        running_adjectives=frozenset(data["work_sites"]["running_adjectives"]),
        running_determiners=frozenset(data["work_sites"]["running_determiners"]),
        running_not_after=frozenset(data["work_sites"]["running_not_after"]),
        running_within=data["work_sites"]["running_within"],
        kept_idle=_kept_idle(data["work_sites"]),
        kept_within=data["work_sites"]["kept_within"],
        modified_heads=frozenset(data["work_sites"]["modified_heads"]),
        modality_after={name: _phrases(cues) for name, cues in modality["cues_after"].items()},
        own_denials={kind: (_phrases([c for c in modality["cues"]["denied"] if c not in acts]),
                            _phrases([c for c in modality["cues_after"]["denied"]
                                      if c not in acts]))
                     for kind, acts in modality["own_acts"].items()},
        planned_by_type={kind: _phrases(cues) for kind, cues in
                         modality["planned_by_type"].items() if kind != "near_before"},
        planned_near=modality["planned_by_type"]["near_before"],
        results_only=frozenset(modality["results"]["types"]),
        modality_factor=modality["confidence_factor"],
        negation=frozenset(modality["negation"]["words"]),
        set_roles=frozenset(merging["set_roles"]),
        loose_roles=frozenset(merging["loose_roles"]),
        sharing_first=frozenset(merging["sharing_first"]),
        commodity_distinct=frozenset(merging["commodity_distinct"]),
        family_distinct=frozenset(merging["family_distinct"]),
        object_parted_types=merging["object_parted_types"],
        object_parted_verb=re.compile(r"[ \t]+and[ \t]+(?P<verb>"
                                      rf"{alternation(merging['object_parted_verbs'])})[ \t]"),
        money_distinct=frozenset(merging["money_distinct"]),
        actor_distinct=merging["actor_distinct"],
        actor_cues=frozenset(merging["actor_cues"]),
        statistics_frames=frozenset(merging["statistics_frames"]),
        traders=tuple(merging["traders"]),
        alongside_reach=merging["alongside_reach"],
        part_of_told=_phrases(merging["part_of_told"]),
        share_of_raise=frozenset(merging["share_of_raise"]),
        subscription=_frame_words(data["trigger"], "subscription"),
        offering=_frame_words(data["trigger"], "offering"),
        move_rounding=merging["move_rounding"],
        figure_distinct=merging["figure_distinct"],
        figures_apart=merging["figures_apart"],
        amounts_apart=frozenset(merging["amounts_apart"]),
        toehold=merging["toehold"],
        units_bought={kind: _units_counted(spec["units"])
                      for kind, spec in merging["toehold"].items()},
        stake_rest={kind: _phrases(spec["rest"]) for kind, spec in merging["toehold"].items()},
        date_distinct=frozenset(merging["date_distinct"]),
        period_distinct=frozenset(merging["period_distinct"]),
        sentence_kinds=frozenset(merging["sentence_kinds"]),
        demonstratives=frozenset(merging["demonstratives"]),
        negated_types=frozenset(modality["negation"]["types"]),
        advocacy={kind: _phrases(cues) for kind, cues in modality["advocacy"].items()},
        advocacy_coordinators=frozenset(positions["coordinators"]),
        advocacy_determiners=frozenset(modality["advocacy_clause"]["determiners"]),
        averted=_object_of(modality["averted"]["verbs"], determiners, 2),
        in_force_types=frozenset(modality["in_force"]["types"]),
        in_force=_object_of(modality["in_force"]["verbs"], determiners, 3),
        already_partner=_already_partner(modality["in_force"]["partner_copulas"],
                                         modality["in_force"]["partner_adverbs"], determiners),
        partner_words=frozenset(modality["in_force"]["partner_words"]),
        named_kinds=frozenset(modality["in_force"]["named_kinds"]),
        collected_kinds=frozenset(modality["collected"]["kinds"]),
        collected=_wanted(modality["collected"]["verbs"],
                          [*positions["conjunctions"], *positions["coordinators"]]),
        forecast={kind: _forecast_cues(modality["forecast"]["words"],
                                       modality["forecast"]["foreseeing"])
                  for kind in modality["forecast"]["types"]},
        decided_frames=frozenset(modality["forecast"]["decided_frames"]),
        forecast_decided=_forecast_cues([w for w in modality["forecast"]["words"]
                                         if w not in modality["forecast"]["decisions"]],
                                        modality["forecast"]["foreseeing"]),
        wanted={kind: _wanted(words,
                              [*positions["conjunctions"], *positions["coordinators"]])
                for kind, words in modality["wanted"].items()},
        generic_kinds=frozenset(merging["generic_kinds"]),
        kin_kinds=tuple(frozenset(group) for group in merging["kin_kinds"]),
        stages=Gazetteer((w, stage) for stage, words in data["stage"].items() for w in words),
        anaphora=re.compile(
            rf"\b{first_letters([*anaphora['pronouns'], 'the'])}"
            rf"(?P<pointer>{_folded(anaphora['pronouns'])}|the\s+(?:[\w-]+\s+){{1,2}}"
            rf"(?:{_folded(anaphora['described_heads'])})(?:['’]s)?"
            rf"|the\s+(?:[\w-]+\s+){{0,2}}\w+-based\s+"
            rf"(?:{_folded(anaphora['based_heads'])})(?:['’]s)?)\s+(?:\S+\s+){{0,7}}$",
            re.IGNORECASE),
        article_wide=frozenset(anaphora["article_wide"]),
        state_speakers=_words(anaphora["state_speakers"]),
        defined_terms=frozenset(anaphora["defined_terms"]),
        state_possessives=frozenset(anaphora["state_possessives"]),
        other_parties=re.compile(rf"\s+(?:[\w-]+\s+)?(?:{alternation(anaphora['other_parties'])})"
                                 r"\b", re.IGNORECASE),
        plural_anaphora=re.compile(rf"{word_opening(anaphora['plural_pronouns'])}\b"
                                   rf"(?:\s+\S+){{0,4}}\s+$", re.IGNORECASE),
        object_anaphora=_object_anaphora(anaphora["article_wide"], anaphora["defined_terms"]),
        restatement=re.compile(rf"(?:the|this|that|these)\s+(?:[\w-]+\s+){{0,2}}"
                               rf"(?:{alternation(anaphora['event_nouns'])})\b", re.IGNORECASE),
        definite=frozenset(merging["definite_cues"]),
        new_event=frozenset(merging["new_event_cues"]),
        another=frozenset(merging["another_cues"]),
        another_joins=frozenset(merging["another_joins"]),
        boilerplate=Gazetteer((cue, True) for cue in data["boilerplate"]["cues"]),
        profile_head=_profile_head(data["boilerplate"]),
        heading_max_words=data["boilerplate"]["heading_max_words"],
        profile_news_years=data["boilerplate"]["profile_news_years"],
        founding_words=frozenset(data["boilerplate"]["founding_words"]),
        commodity_fallback=frozenset(data["fallback"]["commodity"]),
        mineral_forms=frozenset(data["fallback"]["mineral_forms"]),
        main_fallback={kind: (data["fallback"][f"main_{name}"],
                              data["fallback"][f"main_{name}_needs"])
                       for kind, name in (("organization", "org"), ("country", "country"),
                                          ("mineral", "mineral"))},
        introduced_plants=frozenset(data["fallback"]["introduced_plants"]),
        introduced_by_others=frozenset(data["fallback"]["introduced_by_others"]),
        owner_guessed_types=frozenset(data["merging"]["owner_guessed_any_kind"]),
        introduced=re.compile(r"\b(?:a|an)(?:[ \t]+(?!(?:the|its|their|his|her|our|of|for|to|in|"
                              r"at|on|by|with|from|and|or|which|that|is|was|are|were)\b)\S+)"
                              rf"{{0,{data['fallback']['introduced_within']}}}[ \t]+$", re.I),
        main_mineral_own=frozenset(data["fallback"]["main_mineral_own"]),
        sector_kinds=frozenset(data["fallback"]["sector_kinds"]),
        sector_nouns=frozenset(data["fallback"]["sector_nouns"]),
        sector_words=frozenset(data["fallback"]["sector_words"]),
        main_mineral_goods=frozenset(data["fallback"]["main_mineral_goods"]),
        goods_words=frozenset(data["fallback"]["goods"]),
        loads=frozenset(data["fallback"]["loads"]),
        load_openers=frozenset(data["fallback"]["load_openers"]),
        goods_priced=frozenset(data["fallback"]["goods_priced"]),
        goods_apart=frozenset(data["fallback"]["goods_apart"]),
        goods_within=data["fallback"]["goods_within"],
        concluded_deals={key: frozenset(words)
                         for key, words in data["fallback"]["concluded_deals"].items()},
        worldwide=frozenset(data["fallback"]["worldwide"]),
        pointed_country=frozenset(data["fallback"]["pointed_country"]),
        actor_fallback=data["fallback"]["last_actor"],
        other_party=data["fallback"]["other_party"],
        asset_owner=data["fallback"]["asset_owner"],
        asset_pointed=re.compile(
            r"\b(?:in|into)[ \t]+(?:[^,;:.()]{0,40}?[ \t])?the[ \t]+"
            rf"(?:{alternation(data['fallback']['asset_owner_nouns'])})\b", re.IGNORECASE),
        paragraph_org=frozenset(data["fallback"]["paragraph_org"]),
        paragraph_org_listed=frozenset(data["fallback"]["paragraph_org_listed"]),
        counted_group=re.compile(
            rf"\W*(?:[\w-]+\s+){{0,2}}(?:{alternation(counted['counts'])})\s+"
            rf"(?:[\w-]+\s+){{0,2}}(?:{alternation(counted['nouns'])})\b", re.IGNORECASE),
        counted_types=frozenset(counted["types"]),
        literal_roles=literal["roles"],
        unnamed_roles=literal["unnamed"],
        unnamed_party=re.compile(rf"[ \t]+with[ \t]+{_described(literal)}", re.IGNORECASE),
        unnamed_actors=literal["unnamed_actors"],
        described_assets=literal["described_assets"],
        described_asset=_described_asset(literal),
        own_asset_words=frozenset(literal["own_asset_words"]),
        # "A Gulf sovereign investor has agreed to take a 9.9 per cent stake": the described
        # party, then words of no other clause up to the trigger (where the search ends)
        described_subject=re.compile(
            rf"{first_letters(literal['unnamed_openers'])}(?<![\w-]){_described(literal)}"
            rf"[ \t]+(?:[^\s,;:]+[ \t]+){{0,8}}$",
            re.IGNORECASE),
        described_after=_described_after(literal),
        subject_openers=frozenset(literal["subject_openers"]),
        itemised={**data["itemised"], "cues": frozenset(data["itemised"]["cues"]),
                  "determiners": frozenset(data["itemised"]["determiners"])},
        literal_lead=frozenset(literal["lead_words"]),
        possessives=frozenset(literal["possessives"]),
        asset_nouns=frozenset(literal["asset_nouns"]),
        relative_subject=_relative_subject(literal),
        function_words=frozenset(literal["function_words"]),
        one_asset_nouns=frozenset(literal["one_asset_nouns"]),
        owner_before=re.compile(rf"\b(?:{alternation(literal['owner_cues'])}),?[ \t]+"
                                r"(?:the[ \t]+)?$", re.IGNORECASE),
        pointed_asset=re.compile(rf"\bthe[ \t]+(?:{alternation(literal['asset_nouns'])})[ \t]+$",
                                 re.IGNORECASE),
        not_names=frozenset(literal["not_names"]),
        site_roles=literal["site_roles"],
        site_cues=frozenset(literal["site_cues"]),
        site_after=re.compile(rf"[ \t]+(?:{alternation(literal['site_cues'])})[ \t]+"
                              r"(?P<site>[A-Z][^\s,;:.()]*(?:[ \t]+[A-Z][^\s,;:.()]*){0,2})"),
        confidence=data["confidence"],
        core={kind: table["core"] for kind, table in data["roles"].items()},
        exclusive={(kind, sub): _exclusive(table.get("distinct", []))
                   for (kind, sub, _), table in tables.items()},
        bystanders=frozenset(o.id for o in organisations
                             if o.kind in data["bystanders"]["org_kinds"]),
        bystander_roles=frozenset(data["bystanders"]["except_roles"]),
        bystander_words=frozenset(data["bystanders"]["name_words"]),
        not_company_words=frozenset(data["bystanders"]["not_company_words"]),
        bystander_exceptions={role: frozenset(o.id for o in organisations if o.kind in kinds)
                              for role, kinds in data["bystanders"]["except_kinds"].items()},
        same_kind=frozenset(merging["same_kind"]),
        definite_restates=frozenset(merging["definite_restates"]),
        own_kinds={t: frozenset(kinds) for t, kinds in merging["own_kinds"].items()},
        own_kind_cues={k: _phrases(w) for k, w in merging["own_kind_cues"].items()},
        new_of_told=frozenset(merging["new_of_told"]),
        purposes=frozenset(merging["purpose_of_facility"]),
        owner_fills=merging["owner_of_facility"],
        funded_type=merging["funded_type"],
        funded_roles=merging["funded_roles"],
        funded_not_kinds=frozenset(merging["funded_not_kinds"]),
        funded_work=frozenset(merging["funded_work"]),
        quoted_not_told=frozenset(merging["quoted_not_told"]),
        status_of_facility=_status_of_facility(merging["status_of_facility"]),
        stopped_kinds=frozenset(merging["stoppage_of_mine"]["kinds"]),
        stoppage_types=frozenset(merging["stoppage_of_mine"]["types"]),
        stoppage_words=frozenset(w.lower() for t in data["trigger"] for w in t["words"]
                                 if f"{t['type']}.{t['kind']}"
                                 in merging["stoppage_of_mine"]["types"]),
        dated_by_publication=frozenset(data["dates"]["publication_for"]),
        describing={role: frozenset(fills) for role, fills in
                    data["values"]["describing"].items()},
        period_starts=frozenset(data["dates"]["period_starts"]),
        measure_starts={kind: frozenset(words) for kind, words in
                        data["dates"]["measure_starts"].items()},
        comparisons=_phrases(data["dates"]["comparisons"]),
        comparison_reach=data["dates"]["comparison_reach"],
        period_moves=_phrases(data["dates"]["period_moves"]),
        government_orgs=frozenset(o.id for o in organisations
                                  if o.kind in government["org_kinds"]),
        public_lenders=frozenset(o.id for o in organisations
                                 if o.kind in government["lender_kinds"]),
        body_orgs=frozenset(o.id for o in organisations
                            if o.kind in (*data["bodies"]["kinds"], *government["org_kinds"])),
        registered=frozenset(o.id for o in organisations),
        body_names=_words(data["bodies"]["name_words"]),
        government_names=_words(government["name_cues"]),
        government_titles=_words(government["person_roles"]),
        government_refs=_government_words(government["references"]),
        fold_types=frozenset(merging["fold_types"]),
        headline_deals={k: frozenset(v) for k, v in merging["headline_deals"].items()},
        field_words=_field_words(data["field"]["words"]),
        contract_of=merging["contract_of"],
        unnamed_needs=merging["unnamed_needs"],
        background_output=merging["background_output"],
        contract_to=_contract_to(merging["contract_fillers"]),
        party_states={o.id: o.country for o in organisations
                      if o.kind in government["party_kinds"] and o.country},
        bounded_types=frozenset(merging["bounded_types"]),
        measure_answers=re.compile(rf"\b(?:{alternation(merging['measure_answers'])})\b"),
        own_clause_types=frozenset(merging["own_clause_types"]),
        own_date_types=frozenset(merging["own_date_types"]),
        clause_transparent=merging["clause_transparent"],
        asset_deal_types={k: frozenset(v) for k, v in merging["asset_deal_types"].items()},
        asset_cued_types=frozenset(merging["asset_cued_types"]),
        asset_party_cues=frozenset(merging["asset_party_cues"]),
        described_roles={k: frozenset(v) for k, v in merging["described_roles"].items()},
        studies=_phrases(data["studies"]["words"]),
        study_types=frozenset(data["studies"]["types"]),
        users=_phrases(data["users"]["words"]),
        user_types=frozenset(data["users"]["types"]),
        users_near=(data["users"]["before"], data["users"]["after"]),
        capacity_kinds=frozenset(data["capacity"]["kinds"]),
        capacity_rate=_phrases(data["capacity"]["rate"]),
        capacity_operating=_phrases(data["capacity"]["operating"]),
        capacity_future=_phrases(data["capacity"]["future"]),
        history_kinds=frozenset(data["history"]["kinds"]),
        history_years=data["history"]["years"],
        conditions=_phrases(data["conditions"]["words"]),
        conditions_within=data["conditions"]["within"],
        condition_kinds=frozenset(data["conditions"]["kinds"]),
        conditions_not_after=frozenset(data["conditions"]["not_after"]),
        quotes=data["quotes"],
    )


def _triggers_by_word(data: dict[str, Any]) -> dict[str, list[Trigger]]:
    """Each trigger word's triggers; an ignored phrase maps to none."""
    by_word: dict[str, list[Trigger]] = {}
    for spec in data["trigger"]:
        requires = spec.get("requires", ())
        if isinstance(requires, str):
            requires = data["requires"][requires]  # a named list shared by several triggers
        unwanted = {w.lower() for w in spec.get("requires_except", ())}
        requires = [w.lower() for w in requires if w.lower() not in unwanted]
        trigger = Trigger(spec["type"], spec["kind"], spec["confidence"],
                          frozenset(w for w in requires if w.isalpha()),
                          tuple(w for w in requires if not w.isalpha()),
                          spec.get("sign", 1), spec.get("frame", ""), spec.get("near", 0),
                          spec.get("named", False), spec.get("after", False),
                          frozenset(w.lower() for w in spec.get("excludes", ())),
                          spec.get("yields", False), spec.get("before", False),
                          frozenset(spec.get("stops", ())),
                          spec.get("object_chars", OBJECT_CHARS))
        for word in spec["words"]:
            by_word.setdefault(word, []).append(trigger)
    inputs, moods = data["ignore"]["input_to_production"], data["ignore"]["measure_mood"]
    for word in [*data["ignore"]["words"],
                 *(f"{use} {preposition} the production of" for use in inputs["uses"]
                   for preposition in inputs["prepositions"]),
                 *(f"{measure} {mood}" for measure in moods["measures"]
                   for mood in moods["moods"])]:
        by_word.setdefault(word, [])  # no trigger: the phrase only masks the words inside it
    return by_word


def _profile_head(boilerplate: dict[str, Any]) -> re.Pattern[str]:
    """"About Energy Fuels", "About 5N Plus Inc.", "About ioneer Ltd" on a short line of its
    own; not "About 40 per cent of …" (a number is no name; a sentence's end is checked by
    ``mentions._profile_sections``)."""
    longest = boilerplate["heading_max_words"]
    if longest < 2:
        raise VocabularyError("events.toml: [boilerplate] heading_max_words must be 2 or more")
    heads = alternation(boilerplate["section_heads"])
    return re.compile(rf"^[ \t]*(?:{heads})[ \t]+(?!\d[\d.,]*(?:[ \t%]|$))\S+"
                      rf"(?:[ \t]+\S+){{0,{longest - 2}}}[ \t]*$", re.MULTILINE)


def _exclusive(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each role of the ``distinct`` pairs → the roles no value of it may also fill."""
    excluded: dict[str, set[str]] = {}
    for first, second in pairs:
        excluded.setdefault(first, set()).add(second)
        excluded.setdefault(second, set()).add(first)
    return {role: frozenset(others) for role, others in excluded.items()}


def _forecast_cues(words: list[str], foreseeing: list[str]) -> re.Pattern[str]:
    """Cues of a move foreseen, right before its verb: "The tin price is likely to rise", or a
    verb of foreseeing with the mover between it and "to": "Analysts expect lithium prices to
    rise"."""
    return re.compile(rf"{first_letters([*words, *foreseeing])}(?<![\w-])"
                      rf"(?:(?:{_folded(words)})|(?:{_folded(foreseeing)})"
                      rf"(?:[ \t]+[\w'’-]+){{1,5}}[ \t]+to)[ \t]+$", re.IGNORECASE)


def _role_tables(roles: dict[str, Any],
                 triggers: list[dict[str, Any]]) -> dict[tuple[str, str, str], RoleTable]:
    """One role table per (type, kind, frame): the type's table with the overrides of the
    kind, then of the frame, on top."""
    tables: dict[tuple[str, str, str], RoleTable] = {}
    for spec in triggers:
        base = roles[spec["type"]]
        kind, frame = spec["kind"], spec.get("frame", "")
        table = {k: v for k, v in base.items() if k not in ("kinds", "frames")}
        table.update(base.get("kinds", {}).get(kind, {}))
        table.update(base.get("frames", {}).get(frame, {}))
        # Every verb that links a subject to the trigger, for the clause (see mentions.py).
        table["subject_verb_words"] = frozenset(
            w for group in table.get("subject_verbs", ()) for w in group["words"])
        if spec.get("verb"):  # "Lithium Americas raised $250 million": no modifier of it
            table = {k: v for k, v in table.items() if k != "modifier"}
        tables[(spec["type"], kind, frame)] = table
    return tables


def _relative_subject(literal: dict[str, Any]) -> re.Pattern[str]:
    """What stands between an asset and the verb of its relative clause: a comma perhaps, an
    opener perhaps, a pronoun or a name of up to five capitalised words, then fillers."""
    name = r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}"
    return re.compile(rf",?[ \t]+(?:(?:{alternation(literal['relative_openers'])})[ \t]+)?"
                      rf"(?:{alternation(literal['relative_pronouns'])}|{name})"
                      rf"(?:[ \t]+(?:{alternation(literal['relative_fillers'])}))*[ \t]+")


def _joined_clause(positions: dict[str, Any], event_nouns: list[str]) -> re.Pattern[str]:
    """", and a company will be set up": "and"/"but", a subject of its own (not an event told
    before: "and the deal is worth …") and an auxiliary."""
    determiners = alternation(positions["joined_determiners"])
    not_an_event = rf"(?![ \t]+(?:{alternation(event_nouns)})\b)"
    return re.compile(
        rf"(?:,[ \t]*|[ \t]+)(?:{alternation(positions['coordinators'])})[ \t]+"
        rf"(?:(?:{determiners}){not_an_event}(?:[ \t]+[a-z][\w-]*){{1,2}}"
        rf"|{alternation(positions['subject_pronouns'])})"
        rf"[ \t]+(?:{alternation(positions['auxiliaries'])})\b")


def _object_anaphora(article_wide: list[str], defined: list[str]) -> re.Pattern[str]:
    """"the company", "the Spanish company": a noun pointing back, one capitalised word
    allowed between it and its article; a release's "the Company"; "its (preferred) stock", a
    company's shares; and "it" after "in" ("bought a 30% stake in it"), where a stake is held."""
    nouns = [w.split()[1] for w in article_wide if w.startswith("the ")]
    # Each branch opens with "T", "t" or "i": the look-ahead fails the other positions at once.
    return re.compile(rf"(?=[Tti])(?:\b[Tt]he\s+(?:(?:[A-Z][\w-]+\s+)?(?:{alternation(nouns)})|"
                      rf"(?:{alternation(defined)}))\b(?!['’])"
                      r"|\bits\s+(?:[a-z-]+\s+)?(?:shares|stock)\b"  # "of its preferred stock"
                      r"|(?<=\bin )it\b(?!['’]))")


def _government_words(spec: dict[str, Any]) -> GovernmentWords:
    return GovernmentWords(
        fills=spec["fills"],
        subject_only=frozenset(spec["subject_only"]),
        acting_for=spec["acting_for"],
        parties=spec["parties"],
        in_trigger=frozenset(spec["in_trigger"]),
        implied=frozenset(spec["implied"]),
        heads=_words([h.lower() for h in (*spec["heads"], *spec["qualified_heads"],
                                          *spec["body_heads"])]),
        qualified_heads=frozenset(h.lower() for h in spec["qualified_heads"]),
        body_heads=frozenset(h.lower() for h in spec["body_heads"]),
        capitals=re.compile(rf"\b(?:{alternation(list(spec['capitals']))})\b(?!-)"),
        capital_country=spec["capitals"],
        modifiers=frozenset(spec["modifiers"]),
        local=frozenset(spec["local"]),
        subdivision=frozenset(spec["subdivision"]),
        not_states=frozenset(spec["not_states"]),
        place_words=frozenset(spec["place_words"]),
    )


def _words(words: list[str]) -> re.Pattern[str]:
    """One pattern finding any of ``words`` in any case between word boundaries, opening with
    their first letters (see ``word_opening``)."""
    return re.compile(rf"{word_opening(words)}\b")


def _field_words(words: list[str]) -> re.Pattern[str]:
    """The field's words and phrases in any case, a hyphen parting words ("mining-related")."""
    phrases = alternation(words, space=r"\s+")
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def _contract_to(fillers: list[str]) -> re.Pattern[str]:
    """Between a deal's noun and the verb of what it agrees to do: " to", " in principle to",
    " for it to"."""
    blank = r"[ \t]+"
    return re.compile(rf"(?:{blank}(?:{alternation(fillers, space=blank)})|"
                      rf"{blank}for{blank}\w+)?{blank}to{blank}")


def _units_counted(units: list[str]) -> re.Pattern[str]:
    """A number, at most three words (its scale, a name), then one of ``units``: "178.5
    million Menzies shares", "263,600 Calmat common shares"."""
    return re.compile(rf"\b\d[\d,.]*(?:\s+\w+){{0,3}}\s+(?:{alternation(units)})\b",
                      re.IGNORECASE)


def _status_of_facility(tables: list[dict]) -> dict[str, frozenset[str]]:
    """Each stoppage's or start's word → the plant kinds whose status it is; a word in two
    tables is refused, since one table's kinds would silently replace the other's."""
    status: dict[str, frozenset[str]] = {}
    for table in tables:
        for word in table["words"]:
            if word in status:
                raise VocabularyError(
                    f"events.toml: [[merging.status_of_facility]] {word!r} is in two tables")
            status[word] = frozenset(table["kinds"])
    return status


def _object_of(verbs: list[str], determiners: str, most: int) -> re.Pattern[str]:
    """One of ``verbs``, a determiner and at most ``most`` more words up to the trigger, whose
    noun phrase is then the verb's object: "avoid a discounted equity raise", "abide by the
    spirit of the memorandum"."""
    return re.compile(rf"{word_opening(verbs)}[ \t]+(?:(?:{determiners})[ \t]+)?"
                      rf"(?:[\w-]+[ \t]+){{0,{most}}}$", re.IGNORECASE)


def _already_partner(copulas: list[str], adverbs: list[str], determiners: str
                     ) -> re.Pattern[str]:
    """A form of "be", perhaps an adverb, and the trigger right after it or after a determiner
    and at most two more words: "is already a partner with", "have long been partners with"
    (not "is set to partner with")."""
    gap = rf"[ \t]+(?:(?:{alternation(adverbs)})[ \t]+)?"
    return re.compile(rf"\b(?:{alternation(copulas, space=gap)}){gap}"
                      rf"(?:(?:{determiners})[ \t]+(?:[\w-]+[ \t]+){{0,2}})?$", re.IGNORECASE)


def _wanted(cues: list[str], conjunctions: list[str]) -> re.Pattern[str]:
    """A cue of money not given and at most eight words up to the trigger (a sum in words takes
    several: "hoping for two to three billion dlrs in new investment"), none a conjunction,
    "and" or "but" among them ("need to raise roughly $150 million", not "needs to raise equity
    before the … loan closes" nor "needs to finish its refinery and has secured a loan"); a
    capitalised "May" is the month ("May production rose 5%"), no "may". An "and" joining two
    names' adjectives stays in the phrase: "eligible for American and Canadian financing"."""
    breaks = alternation(conjunctions)
    return re.compile(rf"{first_letters(cues)}\b(?!(?-i:May)\b)(?:{_folded(cues)})[ \t]+"
                      rf"(?:[\"“]?(?:(?-i:[A-Z])\w*"
                      rf"[ \t]+and(?=[ \t]+(?-i:[A-Z]))|(?!(?:{breaks})\b)"
                      r"[\w$€£¥%.-]+(?:,\d+)*)[ \t]+){0,8}[\"“]?$", re.IGNORECASE)


def _supposed(modals: list[str], adjuncts: list[str]) -> re.Pattern[str]:
    """A sentence opening with a gerund ("Cutting", not "Following" nor a name: the caller
    checks) whose first modal follows the gerund's phrase with no comma, or right after one:
    the gerund is the modal's subject. Group 1 is the gerund, group 2 the modal."""
    return re.compile(
        rf"^[\W_]*(?!(?:{alternation(adjuncts)})\b)((?-i:[A-Z][a-z]+ing))\b"
        rf"(?:[^,.;:]*|[^.;:]*,)[ \t]+({alternation(modals)})\b", re.IGNORECASE)


def _kept_idle(sites: dict[str, Any]) -> re.Pattern[str]:
    """A verb of keeping, then a plant's state out of service ("kept its smelter closed"): the
    plant's words between, a figure and a place among them ("its 90,000 tonnes a year Helena,
    Montana refinery"), but no word that opens a clause of its own (``kept_not_between``)."""
    return re.compile(rf"{first_letters(sites['kept_verbs'])}\b(?:{trie(sites['kept_verbs'])})\b"
                      rf"(?:[ \t]+(?!(?:{alternation(sites['kept_not_between'])})\b)"
                      r"(?:\d[\d,.]*|[\w'’-]+,?)){0,8}?[ \t]+(?:on[ \t]+|in[ \t]+)?"
                      rf"(?:{alternation(sites['kept_states'])})\b")


def _frame_words(triggers: list[dict[str, Any]], frame: str) -> re.Pattern[str]:
    """Any word of the triggers of ``frame`` ("subscribe for" of "subscription")."""
    return _phrases([w for spec in triggers if spec.get("frame") == frame for w in spec["words"]])


def _folded(words: list[str], *, space: str | None = None) -> str:
    """``alternation(words)`` for a pattern that ignores case: a trie of the words in lower
    case finds what their alternation finds, failing a position in a letter or two instead of
    a try of every word (the patterns searched around every trigger and entity)."""
    return trie({word.lower() for word in words}, space=space)


def _phrases(cues: list[str]) -> re.Pattern[str]:
    """One pattern finding any of ``cues`` as whole words, in any case; a word joined to
    another by a hyphen is a word of its own (see ``_folded``: the modality cues are searched
    around every trigger)."""
    return re.compile(rf"{first_letters(cues)}(?<![\w-])(?:{_folded(cues)})(?![\w-])",
                      re.IGNORECASE)
