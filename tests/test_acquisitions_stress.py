"""A stress set of acquisitions in the shapes mining news writes them, all made up.

Each case is a short made-up text and the acquisitions the gold conventions expect of it: one
per deal told, matched as the evaluation matches (type and the core roles acquirer and target,
an id or a literal asset's name; a merger's two companies may stand either way round). Deals
agreed, completed, proposed, binding or not, bids made or rejected, stakes bought or lifted
and earn-ins are acquisitions; a deal told as background, a denial, a buyback, a placement
that buys shares, goods bought and an interest merely held are none. A placement that gives
its subscriber a stake is left out: the development gold counts it both ways (an investment
only, or a stake bought too). 79 of the 89 pass at 55c2a11, 84 after this session's rules, 85
since a pointer skips a speaker; the 4 left are ``xfail`` with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from mineralwatch.evaluation import _role_key, _same_filler
from mineralwatch.extract.pipeline import extract
from mineralwatch.models import Article, Event
from stress import each_met_once, stress_params

RIDGELINE = ("org:ridgeline-metals", "ASX:RDM")
TARN = ("org:tarn-mining", "TSXV:TRN")
KESTREL = ("org:kestrel-lithium",)
PILBROOK = ("org:pilbrook-resources",)
MARROW = ("org:marrow-rare-earths",)
SORREL = ("Sorrel Creek",)
BOTH = RIDGELINE + TARN  # a merger's parties, either way round

RIDGELINE_INTRO = "Ridgeline Metals (ASX: RDM) reported copper intercepts at its Nevada project. "
TARN_INTRO = "Tarn Mining (TSXV: TRN) owns the Sorrel Creek lithium project in Quebec. "


class Deal(NamedTuple):
    acquirer: tuple[str, ...]
    target: tuple[str, ...]


class Case(NamedTuple):
    text: str
    deals: tuple[Deal, ...]
    title: str = ""
    why_not: str = ""  # the reason the extractor does not meet it yet (xfail)


R_T = (Deal(RIDGELINE, TARN),)
R_SORREL = (Deal(RIDGELINE, SORREL + TARN),)  # an asset bought: the asset, or its seller's name
MERGER = (Deal(BOTH, BOTH),)
NONE: tuple[Deal, ...] = ()

CASES: list[Case] = [
    # agreed, completed, proposed, binding, non-binding
    Case("Ridgeline Metals has agreed to acquire Tarn Mining for A$120 million in cash.", R_T),
    Case("Ridgeline Metals completed its acquisition of Tarn Mining on Friday.", R_T),
    Case("Ridgeline Metals (ASX: RDM) has entered into a binding agreement to acquire Tarn "
         "Mining.", R_T),
    Case("Ridgeline Metals signed a non-binding term sheet to acquire Tarn Mining.", R_T),
    Case("Ridgeline Metals has proposed to acquire Tarn Mining in an all-scrip deal.", R_T),
    Case("Ridgeline Metals on Monday announced a definitive agreement to acquire Tarn Mining "
         "for US$1.2 billion.", R_T),
    Case("Ridgeline Metals has entered into a share purchase agreement to acquire 100% of Tarn "
         "Mining.", R_T),
    Case("Ridgeline Metals will acquire all of the issued shares in Tarn Mining.", R_T),
    Case("Ridgeline Metals is taking over Tarn Mining in a deal valued at A$1.1 billion.", R_T),
    Case("Ridgeline Metals announced the acquisition of Tarn Mining in an all-share deal worth "
         "A$75 million.", R_T),
    Case("Ridgeline Metals agreed an all-share deal for Tarn Mining that values the explorer at "
         "A$65 million.", R_T,
         why_not='a deal "for" a company is no trigger (only "offer for", "bid for")'),
    # X to buy Y; X's takeover of Y
    Case("Ridgeline Metals to buy Tarn Mining for $85 million in cash and shares.", R_T),
    Case("Ridgeline Metals' A$300 million takeover of Tarn Mining was approved by shareholders.",
         R_T),
    Case("The deal, under which Ridgeline Metals will acquire Tarn Mining, is expected to close "
         "in the third quarter.", R_T),
    # passives and the target first
    Case("Tarn Mining was acquired by Ridgeline Metals for C$40 million.", R_T),
    Case("Tarn Mining has agreed to be acquired by Ridgeline Metals in a deal worth $210 "
         "million.", R_T),
    Case("Tarn Mining agreed to be bought by Ridgeline Metals for C$2.10 a share.", R_T),
    Case("Tarn Mining is being taken over by Ridgeline Metals.", R_T),
    Case("Tarn Mining has agreed to a A$140 million takeover by Ridgeline Metals.", R_T),
    # stakes
    Case("Ridgeline Metals has acquired a 19.9% stake in Tarn Mining.", R_T),
    Case("Ridgeline Metals increased its stake in Tarn Mining to 15% from 10%.", R_T),
    Case("Ridgeline Metals snapped up a 12% stake in Tarn Mining on Tuesday.", R_T),
    Case("Ridgeline Metals has bought a 5% stake in Tarn Mining through on-market purchases.",
         R_T),
    Case("Tarn Mining said Ridgeline Metals had lifted its holding in the company to 14.5%.",
         R_T),
    Case("Ridgeline Metals became a substantial holder in Tarn Mining with a 6.1% interest.",
         R_T),
    Case("Ridgeline Metals takes 19.9% of Tarn Mining in A$8 million deal.", R_T),
    Case("Kestrel Lithium will pay US$250 million for a 30% stake in Tarn Mining.",
         (Deal(KESTREL, TARN),)),
    Case("Pilbrook Resources raised its stake in Marrow Rare Earths to 12.5 per cent.",
         (Deal(PILBROOK, MARROW),)),
    Case("Kestrel Lithium sold its 10% stake in Tarn Mining to Ridgeline Metals.", R_T),
    # interests in a project, options, earn-ins
    Case("Ridgeline Metals will take a 50% interest in the Sorrel Creek project from Tarn "
         "Mining.", R_SORREL),
    Case("Ridgeline Metals will acquire a 51% interest in the Sorrel Creek lithium project from "
         "Tarn Mining.", R_SORREL),
    Case("Ridgeline Metals exercised its option to acquire the Sorrel Creek project.",
         (Deal(RIDGELINE, SORREL),)),
    Case("Kestrel Lithium has exercised its option to acquire a further 20% of the Sorrel Creek "
         "project.", (Deal(KESTREL, SORREL),)),
    Case("Ridgeline Metals can earn up to 70% of the Sorrel Creek project by spending $10 "
         "million over five years.", (Deal(RIDGELINE, SORREL),)),
    Case("Under the farm-in, Ridgeline Metals may earn a 51% interest in the Sorrel Creek "
         "project.", (Deal(RIDGELINE, SORREL),)),
    Case("Ridgeline Metals has secured a 75% interest in the Sorrel Creek project after "
         "completing the second stage of its earn-in.", (Deal(RIDGELINE, SORREL),)),
    Case("Ridgeline Metals has acquired the remaining 30% of the Sorrel Creek joint venture from "
         "Tarn Mining, taking its ownership to 100%.", R_SORREL),
    Case("Ridgeline Metals' acquisition of a 40% interest in the Sorrel Creek project from Tarn "
         "Mining completed on 1 July.", R_SORREL),
    # assets bought and sold
    Case("Ridgeline Metals bought Tarn Mining's Sorrel Creek mine for $30 million.", R_SORREL),
    Case("Tarn Mining agreed to sell its Sorrel Creek mine to Ridgeline Metals for $12 million.",
         R_SORREL),
    Case("Tarn Mining has agreed to divest its Sorrel Creek mine to Ridgeline Metals.", R_SORREL,
         why_not=('"to divest" is a word of a divestment order (policy) that takes the span; '
                  'without it a syn order was lost and an acquisition FP added')),
    Case("Ridgeline Metals picked up Tarn Mining's Sorrel Creek lithium claims for A$2 million.",
         R_SORREL),
    Case("Ridgeline Metals has completed the purchase of the Sorrel Creek tungsten project from "
         "Tarn Mining.", R_SORREL),
    Case("Ridgeline Metals has agreed to acquire the Sorrel Creek project in Quebec from Tarn "
         "Mining for US$6 million.", R_SORREL),
    Case("Under the agreement, Ridgeline Metals will pay A$25 million for Tarn Mining's Sorrel "
         "Creek project.", R_SORREL),
    Case("Ridgeline Metals (ASX:RDM) has signed a binding heads of agreement to purchase the "
         "Sorrel Creek project.", (Deal(RIDGELINE, SORREL),)),
    Case("Japanese trading house Kestrel Lithium agreed to buy a 15% stake in Tarn Mining's "
         "Sorrel Creek mine.", (Deal(KESTREL, SORREL + TARN),)),
    # mergers and schemes
    Case("Ridgeline Metals will merge with Tarn Mining to create a mid-tier copper producer.",
         MERGER),
    Case("A merger of Ridgeline Metals and Tarn Mining was completed on Monday.", MERGER),
    Case("Ridgeline Metals and Tarn Mining have agreed to combine in a merger of equals.",
         MERGER),
    Case("Shareholders of Tarn Mining voted in favour of the merger with Ridgeline Metals.",
         MERGER),
    Case("Ridgeline Metals will acquire Tarn Mining through a scheme of arrangement.", R_T),
    Case("Tarn Mining shareholders approved the scheme of arrangement under which Ridgeline "
         "Metals will acquire the company.", R_T,
         why_not=('"acquire the company": the company pointed back to is not read as Tarn, named '
                 'before the approval; neither trigger builds an event')),
    # offers and bids
    Case("Ridgeline Metals made an offer for Tarn Mining of 12 cents a share in cash.", R_T),
    Case("Tarn Mining rejected Ridgeline Metals' A$0.45-a-share bid as opportunistic.", R_T,
         why_not=('"bid" alone is no trigger; as one (takeover words near) it cost a syn FP '
                 '("rejects $340 million Malaysian bid": the demonym as the bidder) and a reu FP '
                 '("the X bid": the name before the noun read as the target)')),
    Case("Ridgeline Metals launched an off-market takeover bid for Tarn Mining.", R_T),
    Case("Tarn Mining's board recommended that shareholders accept Ridgeline Metals' takeover "
         "offer.", R_T),
    Case("Tarn Mining's board rebuffed a A$500 million approach from Ridgeline Metals.", R_T),
    Case("Tarn Mining has received an unsolicited, non-binding indicative proposal from "
         "Ridgeline Metals at A$0.80 cash per share.", R_T),
    Case("Ridgeline Metals sweetened its offer for Tarn Mining to A$1.35 per share.", R_T),
    Case("Ridgeline Metals is considering a bid for Tarn Mining, Bloomberg reported, citing "
         "people familiar with the matter.", R_T),
    # names given again: a listing, apposition, a second sentence
    Case(RIDGELINE_INTRO + "RDM has agreed to acquire Tarn Mining.", R_T),
    Case("Ridgeline Metals (ASX: RDM) said on Wednesday it would acquire Tarn Mining "
         "(TSXV: TRN).", R_T),
    Case("ASX-listed Ridgeline Metals has agreed to acquire Tarn Mining.", R_T),
    Case("Ridgeline Metals, a Perth-based copper explorer, has bought Tarn Mining.", R_T),
    Case("Ridgeline Metals will acquire Tarn Mining, the owner of the Sorrel Creek mine, for $90 "
         "million.", R_T),
    Case(TARN_INTRO + "The company has agreed to be acquired by Ridgeline Metals.", R_T),
    Case("Ridgeline Metals has agreed to acquire Tarn Mining. The acquisition is expected to "
         "complete in June.", R_T),
    Case("Ridgeline Metals said it had bought Tarn Mining. The deal was worth A$40 million.",
         R_T),
    Case("Ridgeline Metals' shares rose 8% after it agreed to buy Tarn Mining.", R_T),
    Case("Ridgeline Metals completed its takeover of Tarn Mining after reaching 90% "
         "acceptances and will compulsorily acquire the remaining shares.", R_T),
    # headlines
    Case("Tarn Mining's board backed the deal, which Ridgeline Metals expects to close in "
         "August.", R_T, title="Ridgeline Metals snaps up Tarn Mining for $50m"),
    Case("Ridgeline Metals said the price was a 40% premium to Tarn Mining's last close.", R_T,
         title="Ridgeline Metals to buy Tarn Mining in $200m deal"),
    Case("Tarn Mining's directors have recommended the offer from Ridgeline Metals.", R_T,
         title="Tarn Mining agrees A$90m takeover by Ridgeline Metals"),
    # no acquisition
    Case("Tarn Mining, which Ridgeline Metals acquired in 2019, operates the Sorrel Creek mine.",
         NONE),
    Case("Since its acquisition of Tarn Mining in 2021, Ridgeline Metals has doubled its copper "
         "output.", NONE),
    Case("Ridgeline Metals said it is not in talks to acquire Tarn Mining.", NONE),
    Case("Kestrel Lithium said it had no intention of making a takeover offer for Tarn Mining.",
         NONE),
    Case("Ridgeline Metals announced an on-market share buyback of up to 10% of its shares.",
         NONE),
    Case("Ridgeline Metals will buy back up to 5 million of its shares.", NONE),
    Case("Ridgeline Metals completed a A$15 million placement, with Kestrel Lithium subscribing "
         "for A$5 million of the shares.", NONE),
    Case("Ridgeline Metals raised A$20 million in a placement to institutional investors.", NONE),
    Case("Ridgeline Metals bought 5,000 tonnes of spodumene concentrate from Tarn Mining.", NONE),
    Case("Ridgeline Metals holds a 60% interest in the Sorrel Creek project.", NONE),
    Case("Ridgeline Metals has made several acquisitions over the past decade.", NONE),
    Case("Analysts said Ridgeline Metals could itself become a takeover target.", NONE),
    Case("Investors bought shares of Ridgeline Metals after the drilling results.", NONE),
    Case("Ridgeline Metals bought drilling equipment worth $2 million for the Sorrel Creek "
         "project.", NONE),
    Case("The acquisition of seismic data over the tenement was completed in March.", NONE),
]


def _deals(case: Case) -> list:
    article = Article(id="stress", title=case.title, text=case.text, published="2025-06-03")
    return [e for e in extract(article).events
            if e.type == "acquisition" and e.modality != "denied"]


def _fills(event: Event, role: str, wanted: tuple[str, ...]) -> bool:
    have = [_role_key(v) for v in event.arguments.get(role, [])]
    return any(_same_filler(_role_key(w), h) for w in wanted for h in have)


def _meets(event: Event, deal: Deal) -> bool:
    """The acquirer and the target as the evaluation matches them."""
    return _fills(event, "acquirer", deal.acquirer) and _fills(event, "target", deal.target)


@pytest.mark.parametrize("case", stress_params(((case,), case.why_not) for case in CASES))
def test_acquisition_stress(case: Case) -> None:
    found = _deals(case)
    assert each_met_once(found, case.deals, _meets), [(e.kind, e.arguments) for e in found]
