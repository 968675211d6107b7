"""A stress set of price moves in the shapes mining news writes them, all made up.

Each case is a short made-up text and the market moves the gold conventions expect of it: one
per move told, matched as the evaluation matches (type and subject: the company, its listing or
the commodity); a percentage given is read as the move's ``change_pct``. Forecasts, analysts'
targets, a valuation, a yearly range and an index alone are no moves. Cases the extractor does
not yet meet are marked ``xfail`` with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from mineralwatch.extract.pipeline import extract
from mineralwatch.models import Article, Event
from stress import each_met_once, stress_params

KESTREL = ("org:kestrel-lithium", "ASX:KLI")
PILBROOK = ("org:pilbrook-resources", "TSX:PBR")
MARROW = ("org:marrow-rare-earths", "ASX:MRE")
COLDWATER = ("org:coldwater-cobalt", "TSXV:CWC")
LITHIUM = ("mineral:lithium",)
COBALT = ("mineral:cobalt",)
COPPER = ("mineral:copper",)
NICKEL = ("mineral:nickel",)

KESTREL_INTRO = "Kestrel Lithium (ASX: KLI) reported a new spodumene zone at its Pilbara mine. "
PILBROOK_INTRO = "Pilbrook Resources (TSX: PBR) published drilling results from its copper mine. "
SHORT_NAME = ("the short name of a company the registry lacks (\"Kestrel\" of \"Kestrel Lithium\") "
              "is not linked to it (organisations code)")


class Move(NamedTuple):
    subject: tuple[str, ...]
    change_pct: float | None = None


class Case(NamedTuple):
    text: str
    moves: tuple[Move, ...]
    title: str = ""
    why_not: str = ""  # the reason the extractor does not meet it yet (xfail)


CASES: list[Case] = [
    # the company's shares, with a percentage, a price or both
    Case("Shares in Kestrel Lithium jumped 18% to A$0.42 on Tuesday after the drilling update.",
         (Move(KESTREL, 18.0),)),
    Case("Kestrel Lithium (ASX: KLI) shares closed up 8 per cent on Monday.",
         (Move(KESTREL, 8.0),)),
    Case(KESTREL_INTRO + "KLI stock surged 25% in early trade.", (Move(KESTREL, 25.0),)),
    Case(PILBROOK_INTRO + "The stock fell 3.2% in Toronto on Wednesday.",
         (Move(PILBROOK, -3.2),)),
    Case(KESTREL_INTRO + "Kestrel's shares were down 4% at midday.", (Move(KESTREL, -4.0),)),
    Case(KESTREL_INTRO + "Kestrel gained 6.5% after the announcement.", (Move(KESTREL, 6.5),)),
    Case("Kestrel Lithium reported a high-grade spodumene intercept at its Pilbara project on "
         "Monday, sending its shares 40% higher.", (Move(KESTREL, 40.0),)),
    Case("Kestrel Lithium agreed an offtake deal with a Korean cathode maker, which saw its "
         "share price double.", (Move(KESTREL),),
         why_not='a bare infinitive of a multiple ("saw its share price double"): no trigger'),
    Case(KESTREL_INTRO + "Kestrel's stock has tripled this year.", (Move(KESTREL),)),
    Case(PILBROOK_INTRO + "The miner's shares slid after the results.", (Move(PILBROOK),)),
    Case(KESTREL_INTRO + "Its shares rose as much as 12% in Sydney.", (Move(KESTREL, 12.0),)),
    Case(KESTREL_INTRO + "Kestrel shares were up 0.5c or 4.3% to 12c by the close.",
         (Move(KESTREL, 4.3),)),
    Case("Kestrel Lithium (KLI.AX) rose 3% on Thursday.", (Move(KESTREL, 3.0),)),
    Case("Shares of Kestrel Lithium and Pilbrook Resources fell 5% and 7% respectively.",
         (Move(KESTREL, -5.0), Move(PILBROOK, -7.0))),
    Case("Shares in Marrow Rare Earths (ASX: MRE) rose 9.1% to A$1.24.", (Move(MARROW, 9.1),)),
    Case("Pilbrook Resources shares dropped 11 per cent to C$2.10 on Friday.",
         (Move(PILBROOK, -11.0),)),
    Case("Coldwater Cobalt (TSXV: CWC) stock climbed 14% on the news.",
         (Move(COLDWATER, 14.0),)),
    Case(PILBROOK_INTRO + "Pilbrook's share price tumbled 22% to C$1.05.",
         (Move(PILBROOK, -22.0),)),
    Case(KESTREL_INTRO + "The company's shares last traded 6% higher at A$0.38.",
         (Move(KESTREL, 6.0),)),
    Case(KESTREL_INTRO + "Shares were 9% lower at A$0.30 in afternoon trade.",
         (Move(KESTREL, -9.0),)),
    Case(PILBROOK_INTRO + "Pilbrook shares closed 2.5% lower in Toronto.", (Move(PILBROOK, -2.5),)),
    Case("Marrow Rare Earths shares soared 35% on Wednesday after the company signed a supply "
         "deal.", (Move(MARROW, 35.0),)),
    Case("Shares of Coldwater Cobalt plunged 18% in Toronto after it cut its output guidance.",
         (Move(COLDWATER, -18.0),)),
    Case(KESTREL_INTRO + "Kestrel Lithium's shares hit a record high of A$1.10.", (Move(KESTREL),)),
    Case(KESTREL_INTRO + "Shares of Kestrel hit a 52-week high on Tuesday.", (Move(KESTREL),),
         why_not=SHORT_NAME),
    Case(PILBROOK_INTRO + "Pilbrook shares hit a 12-month low of C$0.80.", (Move(PILBROOK),)),
    Case(KESTREL_INTRO + "Kestrel shares rallied 15% over the week.", (Move(KESTREL, 15.0),)),
    Case(PILBROOK_INTRO + "The Toronto-listed miner's shares sank 8% on Monday.",
         (Move(PILBROOK, -8.0),)),
    Case(KESTREL_INTRO + "The ASX-listed junior's shares jumped 30% on Monday.",
         (Move(KESTREL, 30.0),)),
    Case(KESTREL_INTRO + "Kestrel stock is up 150% since January.", (Move(KESTREL, 150.0),)),
    Case(PILBROOK_INTRO + "Pilbrook shares have lost a third of their value this year.",
         (Move(PILBROOK),)),
    Case(KESTREL_INTRO + "Kestrel shares more than doubled on Tuesday.", (Move(KESTREL),)),
    Case(PILBROOK_INTRO + "Pilbrook shares edged up 1.2% to C$3.40.", (Move(PILBROOK, 1.2),)),
    Case(PILBROOK_INTRO + "Pilbrook's stock slipped 2% in New York trading.",
         (Move(PILBROOK, -2.0),)),
    Case(KESTREL_INTRO + "Kestrel shares rebounded 7% on Friday.", (Move(KESTREL, 7.0),)),
    Case(KESTREL_INTRO + "Kestrel shares added 10 per cent to 44 cents.", (Move(KESTREL, 10.0),)),
    Case("Kestrel Lithium shares rose 5%, while Pilbrook Resources shares fell 3%.",
         (Move(KESTREL, 5.0), Move(PILBROOK, -3.0))),
    # passive and noun forms
    Case(KESTREL_INTRO + "Shares in Kestrel were sent 20% higher by the news.",
         (Move(KESTREL, 20.0),)),
    Case(KESTREL_INTRO + "The result drove a 12% jump in Kestrel's shares.",
         (Move(KESTREL, 12.0),)),
    Case(PILBROOK_INTRO + "Pilbrook's shares suffered a 15% drop on Monday.",
         (Move(PILBROOK, -15.0),)),
    Case(KESTREL_INTRO + "The news triggered a 25% surge in Kestrel's share price.",
         (Move(KESTREL, 25.0),)),
    Case(PILBROOK_INTRO + "Pilbrook's shares posted a 9% gain on the day.",
         (Move(PILBROOK, 9.0),),
         why_not='the noun "gain" is also an accounting gain ("a one-time gain of 28 cts per '
                 'share from the sale of shares", a Reuters dev false positive)'),
    # market value
    Case(KESTREL_INTRO + "The ASX-listed junior's market value rose by A$200 million.",
         (Move(KESTREL),), why_not='"the ASX-listed junior" is not linked to the company'),
    Case(KESTREL_INTRO + "Kestrel's market capitalisation jumped to A$1.2 billion.",
         (Move(KESTREL),),
         why_not='"market capitalisation" as a share word also fires on a market-cap aside '
                 '("Kestrel (market cap A$310 million) said its revenue jumped 40%")'),
    # headlines
    Case("Kestrel Lithium said it intersected 1.4% Li2O over 30 metres.", (Move(KESTREL, 30.0),),
         title="Kestrel Lithium shares soar 30% on lithium find"),
    Case("Pilbrook Resources said its copper output fell short of guidance.",
         (Move(PILBROOK, -12.0),), title="Pilbrook Resources shares sink 12% after output miss"),
    # commodity prices
    Case("Lithium prices fell 20% this year as new supply came on stream.",
         (Move(LITHIUM, -20.0),)),
    Case("Cobalt hydroxide prices rose to $8/lb after Congo extended its export ban.",
         (Move(COBALT),)),
    Case("Copper rose 1.5% to $9,850 a tonne on the London Metal Exchange.", (Move(COPPER, 1.5),)),
    Case("Nickel fell 2.1% to $15,200 a ton on the LME on Tuesday.", (Move(NICKEL, -2.1),)),
    Case("Lithium carbonate prices have more than halved since 2023.", (Move(LITHIUM),)),
    Case("Spot lithium carbonate prices in China slumped 8% this week.", (Move(LITHIUM, -8.0),)),
    Case("Cobalt prices have jumped 60% since the export ban.", (Move(COBALT, 60.0),)),
    Case("Copper prices hit a record high on Monday.", (Move(COPPER),)),
    Case("The price of copper climbed 3% on Thursday.", (Move(COPPER, 3.0),)),
    Case("Benchmark nickel on the LME was down 1.8% at $16,050 a tonne.", (Move(NICKEL, -1.8),)),
    Case("Lithium hydroxide prices dropped to $9,000 a tonne, the lowest since 2021.",
         (Move(LITHIUM),)),
    Case("Copper futures in Shanghai gained 2%.", (Move(COPPER, 2.0),)),
    Case("Cobalt metal prices have recovered 40% from their February low.",
         (Move(COBALT, 40.0),),
         why_not='"recovered" is also a metallurgical recovery ("recovered 85% of the lithium")'),
    Case("A 30% slump in lithium prices has forced several producers to cut output.",
         (Move(LITHIUM, -30.0),)),
    Case("The rally in copper prices continued on Friday, with the metal up 2.4%.",
         (Move(COPPER, 2.4),)),
    # shapes the first run missed
    Case(KESTREL_INTRO + "Shares in Kestrel Lithium rocketed 60% on Tuesday.",
         (Move(KESTREL, 60.0),)),
    Case(PILBROOK_INTRO + "Pilbrook shares dived 30% after the assays.", (Move(PILBROOK, -30.0),)),
    Case(KESTREL_INTRO + "Kestrel Lithium shares hit an all-time high on Monday.",
         (Move(KESTREL),)),
    Case(PILBROOK_INTRO + "Pilbrook shares touched a record low of C$0.41.", (Move(PILBROOK),)),
    Case(KESTREL_INTRO + "At the time of writing, KLI shares were trading at 40c, up 11 per cent.",
         (Move(KESTREL, 11.0),)),
    Case(PILBROOK_INTRO + "Pilbrook shares were changing hands at C$2.10, down 4%.",
         (Move(PILBROOK, -4.0),)),
    Case(KESTREL_INTRO + "KLI shares last traded at A$0.40, up 11%.", (Move(KESTREL, 11.0),)),
    Case("Nickel prices dipped 1% on Tuesday as stocks in LME warehouses rose.",
         (Move(NICKEL, -1.0),)),
    Case("Copper prices edged up 0.4% in London on Thursday.", (Move(COPPER, 0.4),)),
    Case("Three-month nickel on the LME was up 1.1% at $15,705 a ton.", (Move(NICKEL, 1.1),)),
    Case("Copper prices were up 0.8% on Monday.", (Move(COPPER, 0.8),),
         why_not='"up" with "prices" before it: the same reach let "push up the price of tin" '
                 'and "pick up steam on improving prices" through (three Reuters dev FPs)'),
    Case("Shares in Kestrel Lithium rose 1.5c, or 8%, to 20.5c.", (Move(KESTREL, 8.0),)),
    Case("Aluminium prices eased 0.5% on Monday.", (Move(("mineral:aluminum",), -0.5),),
         why_not='"eased" split a development price report into one more background mention'),
    Case(KESTREL_INTRO + "Kestrel shares were 4 per cent weaker by the close.",
         (Move(KESTREL, -4.0),), why_not='"weaker"/"firmer" after a percentage: no trigger'),
    Case("Copper's 3% jump on Monday lifted miners.", (Move(COPPER, 3.0),),
         why_not='a metal\'s noun move without "price": no trigger'),
    Case("Kestrel Lithium agreed an offtake deal, lifting its shares 30%.", (Move(KESTREL, 30.0),),
         why_not='"lifting its shares 30%": a causative without "higher" or "up"'),
    # no move: forecasts, targets, valuations, ranges, an index alone
    Case("Kestrel Lithium shares were unchanged at A$0.40 on Monday.", ()),
    Case("Kestrel Lithium shares have a 52-week low of A$0.20 and a 52-week high of A$0.55.", ()),
    Case("Brokers forecast copper prices to climb 10% in 2026.", ()),
    Case("Analysts at Argonaut set a price target of A$0.80 on Kestrel Lithium shares.", ()),
    Case("Kestrel Lithium shares could rise a further 50% if the project is approved, an analyst "
         "said.", ()),
    Case("The S&P/ASX 200 index fell 1.2% on Monday.", ()),
    Case("Kestrel Lithium shares have traded between A$0.20 and A$0.55 over the past year.", ()),
    Case("Kestrel Lithium has a market capitalisation of A$310 million.", ()),
    Case("Kestrel Lithium is valued at about A$1.5 billion.", ()),
    Case("Analysts expect lithium prices to rise 15% next year.", ()),
    Case("Kestrel Lithium will issue 40 million new shares at A$0.35 each in a placement.", ()),
    Case("Kestrel Lithium shares are trading at 12 times forecast earnings.", ()),
    Case("The TSX Venture Exchange composite index rose 0.8% on Friday.", ()),
    Case("Kestrel Lithium's share placement was priced at a 10% discount to the last close.", ()),
    Case("Lithium output in Australia rose 12% in 2024.", ()),
    Case("Kestrel Lithium raised A$20 million in a share placement at A$0.30 a share.", ()),
    Case("Pilbrook Resources expects copper production to climb 10% next year.", ()),
    Case("Kestrel Lithium's 52-week range is A$0.20 to A$0.55.", ()),
    Case("Shareholders in Kestrel Lithium approved the merger with Marrow Rare Earths.", ()),
    Case("Goldman Sachs raised its price target on Pilbrook Resources to C$5.", ()),
    Case("Kestrel Lithium shares were placed in a trading halt pending an announcement.", ()),
]


def _moves(case: Case) -> list:
    article = Article(id="stress", title=case.title, text=case.text, published="2025-06-03")
    return [e for e in extract(article).events if e.type == "market_move"]


def _meets(event: Event, move: Move) -> bool:
    """A shared subject, and the same percentage when one is expected."""
    return bool(set(move.subject) & set(event.arguments.get("subject", []))) and (
        move.change_pct is None or move.change_pct in event.arguments.get("change_pct", []))


@pytest.mark.parametrize("case", stress_params(((case,), case.why_not) for case in CASES))
def test_market_move_stress(case: Case) -> None:
    found = _moves(case)
    assert each_met_once(found, case.moves, _meets), [(e.kind, e.arguments) for e in found]
