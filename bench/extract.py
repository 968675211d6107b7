"""Speed of clean + extract on one core over the real corpora, beside a spaCy matcher.

Prints articles per second for mineralwatch (read and clean with ``read_sources``, then
``extract``), the same for a ``spacy.blank("en")`` pipeline matching the same vocabularies
(mineral terms, country and place names and aliases, organisation names) with a
``PhraseMatcher`` (attr="LOWER") in the same run, their ratio, the rate on each corpus (long
modern articles and short 1987 wire stories differ), and the time of each entry of
``COMPONENTS`` so the slow parts show. Times are CPU times of this process pinned to one core,
best of N runs, so a busy shared machine disturbs them little.

spaCy's blank pipeline is a tokenizer and a phrase matcher, no statistical model: DESIGN.md's
"50x a spaCy-model pipeline" cannot be measured here (no model may be downloaded), so the
figure printed is against the fastest spaCy pipeline doing the matching, a stricter baseline.

Run: .venv/bin/python bench/extract.py [--rounds N]
     .venv/bin/python bench/extract.py --profile STEP   (where one step spends its time)
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pycountry

import mineralwatch
from mineralwatch.extract import extract
from mineralwatch.extract.doc import Doc
from mineralwatch.extract.geo import place_names
from mineralwatch.extract.pipeline import COMPONENTS, to_extraction
from mineralwatch.extract.vocabulary import (
    load_country_aliases,
    load_organisations,
    mineral_terms,
)
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SOURCES = [CORPORA / "critical-minerals-news" / "articles.jsonl",
           *sorted((CORPORA / "reuters21578").glob("*.jsonl"))]


# mineralwatch's steps doing what the spaCy pipeline does (find vocabulary terms), for a
# like-for-like figure; they also check context and discover organisations the registry lacks.
MATCHING_STEPS = ("doc", "places", "organisations", "minerals")


def pin_one_core() -> str:
    """Run on one CPU so the figure is a one-core figure whatever the machine."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity here)"


def read(paths: Iterable[Path]) -> list[Article]:
    return [item for item in read_sources([str(p) for p in paths]) if isinstance(item, Article)]


def best_of(rounds: int, run: Callable[[], object]) -> float:
    """Least CPU time of ``rounds`` runs.

    CPU time of this process (not wall time) on its one core, and the best run: on a shared
    machine other jobs then slow the figure only through caches, not by taking the core.
    """
    times = []
    for _ in range(rounds):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def vocabulary() -> list[str]:
    """The surface forms mineralwatch's matchers look for, as one list for spaCy."""
    forms = set(mineral_terms())
    for country in pycountry.countries:
        forms.update(f for f in (country.name, getattr(country, "common_name", None),
                                 getattr(country, "official_name", None)) if f)
    forms.update(load_country_aliases().aliases)
    forms.update(place_names().values())
    for org in load_organisations():
        forms.update((org.name, *org.aliases, *org.context_aliases))
    return sorted(forms)


def spacy_matcher() -> tuple[Callable[[Article], int], int]:
    """A function counting PhraseMatcher hits in title and text, and the number of patterns."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = vocabulary()
    matcher.add("TERM", list(nlp.tokenizer.pipe(forms)))

    def count(article: Article) -> int:
        return sum(len(matcher(nlp(text))) for text in (article.title or "", article.text))

    return count, len(forms)


def component_times(articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each pipeline step over the corpus, in pipeline order."""
    times = dict.fromkeys(["doc", *(name for name, _ in COMPONENTS), "salience"], 0.0)
    clock = time.process_time
    for article in articles:
        start = clock()
        doc = Doc.from_article(article)
        times["doc"] += clock() - start
        for name, component in COMPONENTS:
            start = clock()
            component(doc)
            times[name] += clock() - start
        start = clock()
        to_extraction(doc)
        times["salience"] += clock() - start
    return times


def profile_step(articles: list[Article], step: str, top: int = 30) -> None:
    """Print cProfile's functions of one pipeline step by their own time over the corpus, the
    earlier steps run outside the profile: where a slow step's time goes, function by function."""
    names = [name for name, _ in COMPONENTS]
    if step not in names:
        raise SystemExit(f"--profile: no step {step!r}; the steps are {', '.join(names)}")
    index = names.index(step)
    docs = []
    for article in articles:
        doc = Doc.from_article(article)
        for _, component in COMPONENTS[:index]:
            component(doc)
        docs.append(doc)
    component = COMPONENTS[index][1]
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        component(doc)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each; the best counts")
    parser.add_argument("--profile", metavar="STEP",
                        help="instead, profile one step of COMPONENTS by function")
    args = parser.parse_args()
    present = [p for p in SOURCES if p.exists()]
    if not present:
        print(f"skipped: no corpus under {CORPORA}")
        return
    print(f"one core: {pin_one_core()}; Python {sys.version.split()[0]}; CPU time, best of "
          f"{args.rounds}; load average {os.getloadavg()[0]:.1f}")
    articles = read(present)  # warm up caches of ingest
    chars = sum(len(a.text) + len(a.title or "") for a in articles)
    print(f"corpus: {len(articles)} articles, {chars:,} characters, from "
          f"{', '.join(p.name for p in present)}")
    # an editable install imports its own checkout whatever the working directory: say which
    print(f"code measured: {Path(mineralwatch.__file__).parent}")

    start = time.perf_counter()
    extract(articles[0])  # load vocabularies once, outside the timed runs
    print(f"first-call setup (vocabularies, gazetteers): {time.perf_counter() - start:.2f} s")
    if args.profile:
        profile_step(articles, args.profile)
        return

    clean = best_of(args.rounds, lambda: read(present))
    ours = best_of(args.rounds, lambda: [extract(a) for a in articles])
    both = clean + ours

    start = time.perf_counter()
    count, patterns = spacy_matcher()
    print(f"spaCy setup ({patterns:,} patterns): {time.perf_counter() - start:.2f} s")
    matches = sum(count(a) for a in articles)
    theirs = best_of(args.rounds, lambda: [count(a) for a in articles])

    n = len(articles)
    print()
    print(f"mineralwatch read+clean          {n / clean:8,.0f} articles/s")
    print(f"mineralwatch extract             {n / ours:8,.0f} articles/s")
    print(f"mineralwatch clean + extract     {n / both:8,.0f} articles/s   (target >= 500)")
    print(f"spaCy blank + PhraseMatcher      {n / theirs:8,.0f} articles/s   "
          f"({matches:,} matches; tokenise + match only)")
    print(f"speed ratio, mineralwatch extract / spaCy            {theirs / ours:6.2f}x")
    print(f"speed ratio, mineralwatch clean+extract / spaCy      {theirs / both:6.2f}x")
    print("note: spacy.blank is a tokenizer and a phrase matcher, not a model pipeline; no model")
    print("      may be downloaded here, so the '50x a spaCy-model pipeline' of DESIGN.md is not")
    print("      measured. This compares against the fastest spaCy pipeline doing the matching.")

    print()
    for path in present:  # long modern articles and short 1987 wire stories differ a lot
        part = read([path])
        size = sum(len(a.text) for a in part) / len(part)
        seconds = best_of(args.rounds, lambda part=part: [extract(a) for a in part])
        print(f"mineralwatch extract, {path.name:<22}{len(part) / seconds:8,.0f} articles/s  "
              f"({len(part)} articles, {size:,.0f} chars each on average)")

    times = component_times(articles)
    total = sum(times.values())
    print()
    print(f"{'step':<14}{'ms total':>10}{'µs/article':>12}{'share':>8}")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14}{seconds * 1e3:10.1f}{seconds / n * 1e6:12.0f}{seconds / total:8.1%}")
    print(f"{'all':<14}{total * 1e3:10.1f}{total / n * 1e6:12.0f}   "
          f"({n / total:,.0f} articles/s with the timers)")
    matching = sum(times[step] for step in MATCHING_STEPS)
    print(f"\nthe dictionary-matching steps alone ({' + '.join(MATCHING_STEPS)}): "
          f"{n / matching:,.0f} articles/s, {theirs / matching:.2f}x spaCy's matcher")


if __name__ == "__main__":
    main()
