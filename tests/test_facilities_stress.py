"""A stress set of facility events in the shapes mining news writes them, all made up.

Each case is a short made-up text and the facility events the gold conventions expect of it:
one per plant, mine, refinery or smelter that is planned, built, started, expanded, restarted,
closed or idled, matched as the evaluation matches (type and the core role group: the owner or
the location). A plan counts (its modality is planned); a plant named only as background, an
output figure alone, a permit alone and a plant's operator quoted are no facility events.
Cases the extractor does not yet meet are marked ``xfail`` with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from mineralwatch.extract.pipeline import extract
from mineralwatch.models import Article, Event
from stress import each_met_once, stress_params

KESTREL = "org:kestrel-lithium"
PILBROOK = "org:pilbrook-resources"
MARROW = "org:marrow-rare-earths"
COLDWATER = "org:coldwater-cobalt"
TALLIS = "org:tallis-graphite"
ORRIN = "org:orrin-nickel"
WA = "place:AU-WA"
QUEBEC = "place:CA-QC"
NEVADA = "place:US-NV"
CHILE = "country:CL"
AUSTRALIA = "country:AU"
FINLAND = "country:FI"
CANADA = "country:CA"
ZAMBIA = "country:ZM"


class Case(NamedTuple):
    text: str
    plants: tuple[tuple[str, ...], ...]  # per expected facility: the owner or location ids
    title: str = ""
    why_not: str = ""  # the reason the extractor does not meet it yet (xfail)


CASES: list[Case] = [
    # construction started and completed
    Case("Kestrel Lithium has started construction of its lithium hydroxide refinery in "
         "Western Australia.", ((KESTREL, WA),)),
    Case("Construction of Pilbrook Resources' copper concentrator in Chile began in March.",
         ((PILBROOK, CHILE),)),
    Case("Marrow Rare Earths said construction of its separation plant was now complete.",
         ((MARROW,),)),
    Case("Coldwater Cobalt completed construction of the cobalt refinery ahead of schedule, "
         "the company said on Tuesday.", ((COLDWATER,),)),
    Case("Work on Tallis Graphite's anode plant in Finland is 80% complete.", ((TALLIS, FINLAND),)),
    # first production, first ore, first concentrate
    Case("Kestrel Lithium poured first spodumene concentrate at its Pilgangoora-style mine in "
         "Western Australia.", ((KESTREL, WA),)),
    Case("Pilbrook Resources has delivered first ore to the run-of-mine pad at its Copperhead "
         "mine in Chile.", ((PILBROOK, CHILE),)),
    Case("Orrin Nickel achieved first production at the Kalbarri nickel mine on 2 June.",
         ((ORRIN,),),
         why_not="a mine's first production is read as output begun (a production start), by "
                 "design: [merging.status_of_facility] keeps starts for plants only"),
    Case("Tallis Graphite produced its first graphite concentrate from the new flotation plant "
         "in Quebec.", ((TALLIS, QUEBEC),)),
    # commissioning and ramp-up
    Case("Marrow Rare Earths has begun commissioning its rare earths separation plant in "
         "Western Australia.", ((MARROW, WA),)),
    Case("The Kemerton-style hydroxide plant owned by Kestrel Lithium was commissioned in May.",
         ((KESTREL,),)),
    Case("Coldwater Cobalt said ramp-up of its Nevada refinery was progressing to plan.",
         ((COLDWATER, NEVADA),)),
    Case("Orrin Nickel is ramping up the processing plant at its Kalbarri mine to nameplate "
         "capacity.", ((ORRIN,),)),
    Case("Commissioning of the Quebec anode facility is expected in the fourth quarter, Tallis "
         "Graphite said.", ((TALLIS, QUEBEC),)),
    # final investment decisions
    Case("Pilbrook Resources has made a final investment decision on its copper smelter in "
         "Chile.", ((PILBROOK, CHILE),)),
    Case("Kestrel Lithium reached FID on the A$800 million refinery in Western Australia.",
         ((KESTREL, WA),)),
    Case("Coldwater Cobalt's board approved the construction of a cobalt sulphate plant in "
         "Nevada.", ((COLDWATER, NEVADA),)),
    # expansions
    Case("Kestrel Lithium will expand its Western Australian concentrator to 2 Mtpa.",
         ((KESTREL, WA),)),
    Case("Orrin Nickel has completed the expansion of the Kalbarri processing plant.",
         ((ORRIN,),)),
    Case("Tallis Graphite plans to double the capacity of its Quebec graphite mine.",
         ((TALLIS, QUEBEC),)),
    Case("A stage two expansion of Pilbrook Resources' Chilean copper mine will lift output "
         "by 40%.", ((PILBROOK, CHILE),)),
    # restarts
    Case("Orrin Nickel has restarted its Kalbarri nickel mine in Western Australia after two "
         "years on care and maintenance.", ((ORRIN, WA),)),
    Case("Coldwater Cobalt will restart the Nevada cobalt refinery in the second half.",
         ((COLDWATER, NEVADA),)),
    Case("Kestrel Lithium said operations at the mine resumed on Monday.", ((KESTREL,),),
         title=""),
    # closures, suspensions, care and maintenance, curtailment
    Case("Orrin Nickel will place its Kalbarri nickel mine on care and maintenance as prices "
         "slump.", ((ORRIN,),)),
    # a mine's operations stopped for a while, or a plant's output cut, is output lost (a
    # production event), no facility's news
    Case("Pilbrook Resources suspended operations at its copper mine in Chile after a "
         "landslide.", ()),
    Case("Kestrel Lithium is to close its Western Australian lithium mine by year-end.",
         ((KESTREL, WA),)),
    Case("Coldwater Cobalt has curtailed output at its refinery in Zambia by half.", ()),
    Case("Orrin Nickel mothballed the Kalbarri concentrator in March.", ((ORRIN,),)),
    Case("The smelter in Quebec owned by Marrow Rare Earths was shut last week after a power "
         "outage.", ((MARROW, QUEBEC),)),
    # a plant halted or suspended for a while is output lost too (a production disruption)
    Case("Pilbrook Resources halted its Chilean copper smelter for maintenance.", ()),
    # plans: will be built, plans to build, broke ground
    Case("A lithium refinery will be built in Western Australia by Kestrel Lithium.",
         ((KESTREL, WA),)),
    Case("Marrow Rare Earths plans to build a magnet plant in Nevada.", ((MARROW, NEVADA),)),
    Case("Tallis Graphite broke ground on its anode plant in Finland on Thursday.",
         ((TALLIS, FINLAND),)),
    Case("Coldwater Cobalt intends to develop a cobalt refinery in Canada.",
         ((COLDWATER, CANADA),)),
    Case("Kestrel Lithium is considering building a second hydroxide plant in Western "
         "Australia.", ((KESTREL, WA),)),
    Case("Pilbrook Resources proposes to construct a copper smelter near Antofagasta, Chile.",
         ((PILBROOK, CHILE),)),
    # feasibility studies of a plant (planned)
    Case("Tallis Graphite has started a feasibility study for a spherical graphite plant in "
         "Quebec.", ((TALLIS, QUEBEC),)),
    Case("Marrow Rare Earths completed a definitive feasibility study on a separation plant in "
         "Western Australia.", ((MARROW, WA),)),
    # a joint venture's plant
    Case("Kestrel Lithium and Pilbrook Resources will build a lithium refinery in Chile through "
         "a 50:50 joint venture.", ((KESTREL, PILBROOK, CHILE),)),
    Case("The joint venture between Orrin Nickel and Coldwater Cobalt commissioned its nickel "
         "processing plant in Finland.", ((ORRIN, COLDWATER, FINLAND),)),
    # the owner by a possessive, an apposition, the previous sentence
    Case("Marrow Rare Earths' new separation plant opened in Western Australia on Friday.",
         ((MARROW, WA),)),
    Case("Coldwater Cobalt, a Toronto-based refiner, has commissioned a cobalt sulphate plant in "
         "Nevada.", ((COLDWATER, NEVADA),)),
    Case("The refiner, Coldwater Cobalt, said its Nevada plant would be expanded next year.",
         ((COLDWATER, NEVADA),)),
    Case("Orrin Nickel reported a stronger quarter. The company also restarted its nickel "
         "concentrator in Western Australia.", ((ORRIN, WA),)),
    Case("Tallis Graphite is an emerging anode producer. It plans to build a plant in Finland "
         "next year.", ((TALLIS, FINLAND),)),
    # the place by state, province, country or city
    Case("Kestrel Lithium will build a lithium hydroxide plant in Perth, Western Australia.",
         ((KESTREL, WA),)),
    Case("Pilbrook Resources opened a copper cathode plant in Chile on Monday.",
         ((PILBROOK, CHILE),)),
    Case("Marrow Rare Earths will build a magnet factory in Quebec.", ((MARROW, QUEBEC),)),
    Case("Coldwater Cobalt has commissioned a cobalt refinery in Ontario, Canada.",
         ((COLDWATER, CANADA),)),
    # a named plant
    Case("Kestrel Lithium has commissioned the Kemerton hydroxide plant.", ((KESTREL,),)),
    Case("Production at the Kalbarri mine restarted in May, Orrin Nickel said.", ((ORRIN,),)),
    Case("Marrow Rare Earths expects the Eneabba refinery to be completed in 2027.",
         ((MARROW,),)),
    # headlines
    Case("Orrin Nickel shares rose 3% on Tuesday.", ((ORRIN,),),
         title="Orrin Nickel to restart Kalbarri nickel mine"),
    Case("Kestrel Lithium said the work would take a year.", ((KESTREL, WA),),
         title="Kestrel Lithium breaks ground on Western Australia refinery"),
    Case("The plant will treat 1 Mtpa of ore.", ((PILBROOK, CHILE),),
         title="Pilbrook Resources commissions Chile copper concentrator"),
    Case("The decision follows a slump in prices.", (),
         title="Coldwater Cobalt suspends Zambia refinery"),
    # wire and government styles
    Case("Chile's government said Pilbrook Resources would build a copper smelter in the country "
         "at a cost of $1.2 billion.", ((PILBROOK, CHILE),)),
    Case("The Western Australian government approved Kestrel Lithium's plan to expand its "
         "lithium refinery.", ((KESTREL, WA),)),
    Case("Orrin Nickel said on Wednesday it would shut its nickel smelter in Finland, blaming "
         "high power costs.", ((ORRIN, FINLAND),)),
    Case("Pilbrook Resources will idle its copper smelter in Chile for three months, the company "
         "said in a statement.", ((PILBROOK, CHILE),)),
    Case("Coldwater Cobalt has brought its Zambian cobalt refinery back online after repairs.",
         ((COLDWATER, ZAMBIA),)),
    Case("Tallis Graphite will invest C$300 million to build a graphite anode plant in Quebec.",
         ((TALLIS, QUEBEC),)),
    # two plants in one text
    Case("Kestrel Lithium commissioned its Western Australian concentrator in May. Pilbrook "
         "Resources closed its copper mine in Chile in June.", ((KESTREL, WA), (PILBROOK, CHILE))),
    # harder shapes: the owner named after the plant, in a relative clause or a sentence before
    Case("The Kalbarri mine's owner, Orrin Nickel, said it would restart the operation in "
         "2026.", ((ORRIN,),)),
    Case("Kestrel Lithium's Kemerton refinery, which was commissioned in 2022, will be "
         "expanded to 50,000 tonnes a year.", ((KESTREL,),)),
    Case("Tallis Graphite has finished a study of a graphite anode plant. The company said "
         "construction of the plant would start in 2026.", ((TALLIS,),)),
    Case("Construction is under way at Kestrel Lithium's A$1 billion hydroxide refinery near "
         "Perth, Western Australia.", ((KESTREL, WA),)),
    Case("Orrin Nickel reported higher cash costs. First concentrate is expected from the new "
         "Kalbarri plant in the third quarter, the company said.", ((ORRIN,),),
         why_not="\"…, the company said\" is not read back to the sentence before (tried: "
                 "on dev it named a wrong owner once and a right one never)"),
    Case("Marrow Rare Earths said it had shelved plans for a refinery in Nevada.",
         ((MARROW, NEVADA),)),
    Case("Pilbrook Resources will spend $400 million to expand the concentrator at its "
         "Chilean copper mine.", ((PILBROOK, CHILE),)),
    Case("The plant, a joint venture of Kestrel Lithium and Marrow Rare Earths, began "
         "operations in Western Australia last month.", ((KESTREL, MARROW, WA),)),
    Case("Coldwater Cobalt unveiled plans for a cobalt refinery in Ontario, Canada.",
         ((COLDWATER, CANADA),)),
    Case("Orrin Nickel has put the Kalbarri nickel operation on care and maintenance.",
         ((ORRIN,),),
         why_not="\"operation\" is no trigger word (too general: \"its operations\" of any "
                 "business); read as a production stoppage"),
    # negatives: background, output alone, an operator quoted, a permit alone
    Case("Kestrel Lithium operates the lithium refinery in Western Australia.", ()),
    Case("Orrin Nickel's Kalbarri mine produced 12,000 tonnes of nickel in the quarter.", ()),
    Case("Pilbrook Resources, the mine's operator, said the results were encouraging.", ()),
    Case("Marrow Rare Earths owns a separation plant in Western Australia and a mine in Quebec.",
         ()),
    Case("Coldwater Cobalt's refinery in Zambia processed 3,000 tonnes of cobalt hydroxide in "
         "the quarter.", ()),
    Case("Tallis Graphite received an environmental permit for its mine in Quebec.", ()),
    Case("The Kalbarri mine has been in operation since 1998, Orrin Nickel said.", ()),
    Case("Kestrel Lithium's shares fell after it reported lower grades at its Western Australian "
         "mine.", ()),
    Case("Pilbrook Resources said drilling at its Chilean copper mine returned 40 metres at 1.2% "
         "copper.", ()),
    Case("Marrow Rare Earths sold 500 tonnes of rare earth oxide from its separation plant.", ()),
    Case("Kestrel Lithium is the largest operator of lithium mines in Western Australia.", ()),
    Case("Orrin Nickel denied a report that it would close its Kalbarri nickel mine.", ()),
    Case("Kestrel Lithium said the refinery it commissioned in 2019 processed a record 40,000 "
         "tonnes of spodumene.", (),
         why_not="a commissioning dated years before the news, told as background, is still "
                 "read as an event (gold keeps some old ones, so no date rule)"),
    Case("Analysts expect more lithium refineries to be built in Western Australia.", (),
         why_not="plants in general, no one's plant, planned by no one, are still read as an "
                 "event at the place"),
    Case("Orrin Nickel's chief executive toured the Kalbarri concentrator on Monday.", ()),
    # the other inflections of a plant's change
    Case("Coldwater Cobalt will spend $43 million on environmental upgrades at its cobalt "
         "refinery in Zambia.", ((COLDWATER, ZAMBIA),)),
    Case("Kestrel Lithium said two expansions of its Western Australian concentrator would lift "
         "output.", ((KESTREL, WA),)),
    Case("Orrin Nickel said the Kalbarri concentrator would be rebuilt after the fire.",
         ((ORRIN,),)),
    Case("Coldwater Cobalt expects start-up of its Zambian refinery in the fourth quarter.",
         ((COLDWATER, ZAMBIA),)),
    Case("Tallis Graphite's anode plant in Quebec will be constructed in two stages.",
         ((TALLIS, QUEBEC),)),
    # "development" naming a stage or a sum, no plant developed
    Case("Tallis Graphite, a graphite exploration and development company, owns a mine in "
         "Quebec.", ()),
    Case("The acquisition gives Pilbrook Resources a development project in Chile.", ()),
    Case("Orrin Nickel holds a royalty on the Kalbarri mine, payable after recovery of "
         "development costs.", ()),
    Case("Development of the Kalbarri mine began in March, Orrin Nickel said.", ((ORRIN,),)),
    Case("Kestrel Lithium approved the development of its Western Australian lithium project.",
         ((KESTREL, WA),)),
    # a plant's change as the condition of another event; a condition after the plant, a
    # closed "If approved," and an "if" that asks whether leave the plant news
    Case("Kestrel Lithium may take 400 tonnes a year more if plant capacity is expanded.", ()),
    Case("Marrow Rare Earths' offtake rises to 2,000 tonnes a year if Tallis Graphite builds a "
         "second separation plant.", ()),
    Case("Pilbrook Resources can raise its stake to 30% once the Zambian refinery is "
         "commissioned.", ()),
    Case("The price floor lapses unless the Quebec smelter restarts by June, Coldwater Cobalt "
         "said.", ()),
    Case("Orrin Nickel said it would restart the Kalbarri mine if nickel prices recover.",
         ((ORRIN,),)),
    Case("If approved, Kestrel Lithium will build the refinery in Western Australia.",
         ((KESTREL, WA),)),
    Case("Tallis Graphite will decide by June if it will build an anode plant in Quebec.",
         ((TALLIS, QUEBEC),)),
    Case("Kestrel Lithium received a mining licence for its Western Australian project.", ()),
    Case("Marrow Rare Earths' separation plant, built in 2015, supplies magnet makers in Japan.",
         (),
         why_not="a plant's building year in an aside is read as news of building it"),
    # a miner's mill, stopped, restarted or widened; a mine and its mill in one sentence are one
    # operation; mills of other goods and a mill's parts are none
    Case("The Kalbarri mill in Western Australia restarted on Monday after three years on care "
         "and maintenance, operator Orrin Nickel said.", ((ORRIN, WA),)),
    Case("Tallis Graphite will place its Quebec flake graphite mill on care and maintenance "
         "from April.", ((TALLIS, QUEBEC),)),
    Case("Coldwater Cobalt said it had idled the mill at its Zambian operation on Friday.",
         ((COLDWATER, ZAMBIA),)),
    Case("Pilbrook Resources, which bought the Chilean mill in 2023, said it had been "
         "recommissioned on 2 June.", ((PILBROOK, CHILE),)),
    Case("Orrin Nickel will shut its Kalbarri mill by August, putting 300 jobs at risk.",
         ((ORRIN,),)),
    Case("Orrin Nickel will place its Kalbarri nickel mine on care and maintenance in August. "
         "The Kalbarri concentrator will process stockpiles until October and then also be "
         "idled.", ((ORRIN,),)),
    Case("Orrin Nickel will place its Kalbarri nickel mine on care and maintenance in August. "
         "Orrin Nickel said the Kalbarri concentrator would also be idled in October.",
         ((ORRIN,),)),
    Case("Tallis Graphite said its Quebec graphite mine would be closed at the end of the year. "
         "Its mill will be shut in January.", ((TALLIS, QUEBEC),)),
    Case("Coldwater Cobalt restarted its Zambian cobalt mine in May. The concentrator, idle "
         "since 2020, was recommissioned in June.", ((COLDWATER, ZAMBIA),)),
    Case("Pilbrook Resources will expand its Chilean copper mine. It will also build a new "
         "smelter in Chile.", ((PILBROOK, CHILE), (PILBROOK, CHILE))),
    # an operation's growth named by the bare noun, with a word of its work near it; not the
    # growth of a business, a market or money
    Case("Orrin Nickel is working on an expansion that would lift nickel output to 40,000 "
         "tonnes a year by 2028.", ((ORRIN,),)),
    Case("An A$90 million underground expansion at Kestrel Lithium's Western Australian "
         "operation has been shelved.", ((KESTREL, WA),)),
    Case("Pilbrook Resources will fund the expansion of its copper operations in Chile from the "
         "sale proceeds.", ((PILBROOK, CHILE),)),
    Case("Tallis Graphite said a planned expansion to 1.5 Mtpa had been deferred until prices "
         "recover.", ((TALLIS,),)),
    Case("The bank's trade with retail clients saw a welcome expansion last year.", ()),
    Case("Two recyclers in Nevada announced expansions last year.", ()),
    Case("Zambia's central bank said credit expansion had to be held in check, Coldwater "
         "Cobalt noted.", ()),
    # "mines" the verb, before the share or the goods dug, is no mine; the noun still is
    Case("Kestrel Lithium mines about 2 Mt of ore a year in Western Australia and plans to "
         "raise output of concentrate.", ()),
    Case("Chile mines close to a quarter of the world's copper and plans to raise its share.", ()),
    Case("Tallis Graphite mines and processes flake graphite in Quebec, and has said it plans "
         "to double sales.", ()),
    Case("Pilbrook Resources will close two copper mines in Chile and sell the rest.",
         ((PILBROOK, CHILE),)),
    # a mine and a named plant of one verb: the verb is both's ("its X mine and Y concentrator")
    Case("Tallis Graphite will close its Lac Bleu graphite mine and Riviere concentrator in "
         "Quebec at the end of June.", ((TALLIS, QUEBEC),)),
    Case("Orrin Nickel said on Monday it had shut the Kalbarri nickel mine and the Tarn Bay "
         "concentrator in Western Australia.", ((ORRIN, WA),)),
    Case("Pilbrook Resources will idle its Copperhead copper mine and Tamarugo concentrator in "
         "Chile from May.", ((PILBROOK, CHILE),)),
    Case("Vanadium prices fell as demand from steel mills in China slowed after a restart of "
         "output.", ()),
    Case("Kestrel Lithium said higher costs for the ball mill would delay the expansion of its "
         "concentrator in Western Australia.", ((KESTREL, WA),)),
]


def _plants(case: Case) -> list:
    article = Article(id="stress", title=case.title, text=case.text, published="2025-06-03")
    return [e for e in extract(article).events
            if e.type == "facility" and e.modality != "denied"]


def _meets(event: Event, ids: tuple[str, ...]) -> bool:
    """An owner or a location shared."""
    return bool(set(ids) & {*event.arguments.get("owner", []),
                            *event.arguments.get("location", [])})


@pytest.mark.parametrize("case", stress_params(((case,), case.why_not) for case in CASES))
def test_facility_stress(case: Case) -> None:
    found = _plants(case)
    assert each_met_once(found, case.plants, _meets), [(e.kind, e.arguments) for e in found]
