"""Commodity tagging on the Reuters-21578 metals stories: mineralwatch beside two baselines.

On the 526 training stories, prints micro and macro F1 and per-topic precision, recall and F1
of (a) a plain keyword match over title and body, (b) mineralwatch's salience tagging with no
training (``topics_of(extract(article))``), and (c) a supervised TF-IDF + LinearSVC, one-vs-rest,
5-fold cross-validated. The salience weights shipped in ``extract/salience.py`` were fitted on
these same stories, so (b) is also shown 5-fold cross-validated: weights fitted on four folds,
stories of the fifth tagged with them. That is the honest figure.

  --fit                 print the salience weights fitted on all training stories
  --predict-test OUT    write {"id", "topics"} of each test story (labels withheld) to OUT
  --errors              list the training stories (b) gets wrong, with its mineral scores

Run: .venv/bin/python bench/tagging.py [--fit] [--predict-test OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

from mineralwatch.extract import extract
from mineralwatch.extract.salience import (
    ABOUT_THRESHOLD,
    FEATURES,
    WEIGHTS,
    Weights,
    about_candidates,
    mineral_scores,
    minerals_about,
    minerals_lent,
    salience_features,
)
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article, Entity, Extraction
from mineralwatch.tagging import METALS_TOPICS, REUTERS_TOPICS, topics_of

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578"
FOLDS = 5
SEED = 13
# Best of C in {0.3, 1, 3, 10} x class weights x uni/bigrams by this same 5-fold CV: a choice
# that flatters the SVM a little, so beating it means something.
SVM_C = 0.3
# Salience features left at weight zero. A role in an event: on these 1987 stories the event
# rules mostly catch late, passing mentions ("... steel" in a uranium story's last line), and
# 5-fold CV over three seeds scores 0.862 with it against 0.866 without.
UNFITTED = ("event",)

# (a): a topic is tagged when one of its words appears anywhere in title or body.
KEYWORDS = {
    "copper": ["copper"], "gold": ["gold"], "silver": ["silver"], "zinc": ["zinc"],
    "lead": ["lead"], "tin": ["tin"], "nickel": ["nickel"],
    "alum": ["aluminium", "aluminum", "bauxite", "alumina"], "iron-steel": ["iron", "steel"],
    "platinum": ["platinum"], "palladium": ["palladium"],
    "strategic-metal": ["strategic metals?", "strategic minerals?", "antimony", "beryllium",
                        "bismuth", "cadmium", "chromium", "chrome", "cobalt", "gallium",
                        "germanium", "indium", "lithium", "magnesium", "manganese", "mercury",
                        "quicksilver", "molybdenum", "niobium", "columbium", "rare earths?",
                        "rhodium", "selenium", "tantalum", "titanium", "tungsten", "uranium",
                        "vanadium", "zirconium"],
}
_KEYWORD_RES = {topic: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
                for topic, words in KEYWORDS.items()}

Tagger = Callable[[int], set[str]]


def keyword_topics(article: Article) -> set[str]:
    text = f"{article.title or ''}\n{article.text}"
    return {topic for topic, pattern in _KEYWORD_RES.items() if pattern.search(text)}


# --- scoring ------------------------------------------------------------------------------


def scores(gold: list[set[str]], predicted: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    """True positives, false positives and false negatives per topic."""
    out = {}
    for topic in METALS_TOPICS:
        tp = sum(topic in g and topic in p for g, p in zip(gold, predicted, strict=True))
        fp = sum(topic not in g and topic in p for g, p in zip(gold, predicted, strict=True))
        fn = sum(topic in g and topic not in p for g, p in zip(gold, predicted, strict=True))
        out[topic] = (tp, fp, fn)
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def summary(counts: dict[str, tuple[int, int, int]]) -> tuple[float, float, float, float]:
    """Micro precision, recall, F1 and macro F1."""
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    micro = prf(tp, fp, fn)
    macro = sum(prf(*c)[2] for c in counts.values()) / len(counts)
    return (*micro, macro)


def report(results: dict[str, dict[str, tuple[int, int, int]]]) -> None:
    names = list(results)
    print(f"{'method':<44}{'micro P':>8}{'micro R':>8}{'micro F1':>9}{'macro F1':>9}")
    for name in names:
        p, r, f, macro = summary(results[name])
        print(f"{name:<44}{p:8.3f}{r:8.3f}{f:9.3f}{macro:9.3f}")
    print()
    short = [n.split("(")[-1].rstrip(")") + (" CV" if "CV" in n else "") for n in names]
    print(f"{'topic':<16}{'n':>4}" + "".join(f"{s + '  P / R / F1':>22}" for s in short))
    first = results[names[0]]
    for topic in METALS_TOPICS:
        n = first[topic][0] + first[topic][2]
        cells = "".join("{:>8.2f}{:>6.2f}{:>8.2f}".format(*prf(*results[m][topic]))
                        for m in names)
        print(f"{topic:<16}{n:4d}{cells}")


# --- salience fitting ---------------------------------------------------------------------


def about_of(extraction: Extraction, weights: Weights = WEIGHTS) -> list[Entity]:
    """The scored entities ``minerals_about`` chooses from, topic words included."""
    article = extraction.article
    return about_candidates(extraction.entities, extraction.events, article.title or "",
                            article.text, weights)


def candidates(extraction: Extraction) -> list[tuple[str, list[float]]]:
    """(topic, features + [named by an organisation]) of each way the story may name a metal."""
    about = about_of(extraction)
    features = salience_features(about, extraction.events, len(extraction.article.text))
    out = []
    for entity in about:
        if entity.type == "mineral" and entity.id in REUTERS_TOPICS:
            out.append((REUTERS_TOPICS[entity.id], [*features[entity.id], 0.0]))
        else:
            for mid in minerals_lent(entity):
                if mid in REUTERS_TOPICS:
                    out.append((REUTERS_TOPICS[mid], [*features[entity.id], 1.0]))
    return out


def fit_weights(extractions: list[Extraction], gold: list[set[str]]) -> Weights:
    """Logistic regression of "the story has this topic" on a candidate's features."""
    rows, labels = [], []
    for extraction, topics in zip(extractions, gold, strict=True):
        for topic, features in candidates(extraction):
            rows.append(features)
            labels.append(topic in topics)
    kept = [i for i, name in enumerate([*FEATURES, "org_named"]) if name not in UNFITTED]
    x = np.array(rows)[:, kept]
    model = LogisticRegression(C=10.0, max_iter=1000).fit(x, np.array(labels))
    coef = [0.0] * (len(FEATURES) + 1)
    for i, c in zip(kept, model.coef_[0], strict=True):
        coef[i] = round(float(c), 2)
    return Weights(bias=round(float(model.intercept_[0]), 2), features=tuple(coef[:-1]),
                   org_named=coef[-1])


def tag_with(extraction: Extraction, weights: Weights) -> set[str]:
    """Topics of an extraction rescored with other weights."""
    minerals = minerals_about(about_of(extraction, weights), ABOUT_THRESHOLD, weights)
    return {REUTERS_TOPICS[m] for m in minerals if m in REUTERS_TOPICS}


def folds(n: int) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    return KFold(FOLDS, shuffle=True, random_state=SEED).split(np.arange(n))


def salience_cv(extractions: list[Extraction], gold: list[set[str]]) -> list[set[str]]:
    predicted: list[set[str]] = [set() for _ in extractions]
    for train, test in folds(len(extractions)):
        weights = fit_weights([extractions[i] for i in train], [gold[i] for i in train])
        for i in test:
            predicted[i] = tag_with(extractions[i], weights)
    return predicted


# --- supervised baseline ------------------------------------------------------------------


def svm_cv(texts: list[str], gold: list[set[str]]) -> list[set[str]]:
    binarizer = MultiLabelBinarizer(classes=list(METALS_TOPICS))
    y = binarizer.fit_transform(gold)
    predicted: list[set[str]] = [set() for _ in texts]
    for train, test in folds(len(texts)):
        vectorizer = TfidfVectorizer(sublinear_tf=True)
        x_train = vectorizer.fit_transform([texts[i] for i in train])
        svm = LinearSVC(C=SVM_C, class_weight="balanced", max_iter=10_000)
        model = OneVsRestClassifier(svm).fit(x_train, y[train])
        out = model.predict(vectorizer.transform([texts[i] for i in test]))
        for i, row in zip(test, out, strict=True):
            predicted[i] = {t for t, on in zip(METALS_TOPICS, row, strict=True) if on}
    return predicted


# --- main ---------------------------------------------------------------------------------


def read(path: Path) -> list[Article]:
    return [a for a in read_sources([str(path)]) if isinstance(a, Article)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="print weights fitted on all of train")
    parser.add_argument("--predict-test", type=Path, metavar="OUT.jsonl")
    parser.add_argument("--errors", action="store_true", help="list the stories (b) gets wrong")
    args = parser.parse_args()
    train_path = CORPUS / "metals-train.jsonl"
    if not train_path.exists():
        print(f"skipped: {train_path} not found")
        return
    articles = read(train_path)
    gold = [set(a.metadata.get("metals", [])) for a in articles]
    extractions = [extract(a) for a in articles]
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    print(f"Reuters-21578 metals train: {len(articles)} stories, "
          f"{sum(bool(g) for g in gold)} with a metals topic, {FOLDS}-fold CV, seed {SEED}\n")

    results = {
        "keyword match (a)": scores(gold, [keyword_topics(a) for a in articles]),
        "mineralwatch salience, shipped weights (b)": scores(
            gold, [topics_of(e) for e in extractions]),
        "mineralwatch salience, 5-fold CV (b)": scores(gold, salience_cv(extractions, gold)),
        "TF-IDF + LinearSVC, 5-fold CV (c)": scores(gold, svm_cv(texts, gold)),
    }
    report(results)
    print("\n(b) shipped weights were fitted on all of train: read the CV line as the estimate.")
    print("Ceiling of (b): a topic can be tagged only if the extractor found one of its minerals "
          "(or an organisation named for one leads the story).")
    reachable = [{t for t, _ in candidates(e)} for e in extractions]
    p, r, f, _ = summary(scores(gold, reachable))
    print(f"  every candidate tagged: P {p:.3f} R {r:.3f} F1 {f:.3f}")

    if args.errors:
        print_errors(extractions, gold)
    if args.fit:
        weights = fit_weights(extractions, gold)
        print(f"\nfitted on all train ({', '.join(FEATURES)}; org_named):\n  {weights}")
    if args.predict_test:
        write_test_predictions(CORPUS / "metals-test.jsonl", args.predict_test)


def print_errors(extractions: list[Extraction], gold: list[set[str]]) -> None:
    print("\nstories (b) gets wrong: id, title, missed (-) and extra (+) topics, mineral scores")
    for extraction, topics in zip(extractions, gold, strict=True):
        predicted = topics_of(extraction)
        if predicted == topics:
            continue
        marks = [f"-{t}" for t in sorted(topics - predicted)]
        marks += [f"+{t}" for t in sorted(predicted - topics)]
        found = ", ".join(f"{mid.split(':', 1)[1]} {score:.2f}" for mid, score in sorted(
            mineral_scores(about_of(extraction)).items(), key=lambda kv: -kv[1]))
        title = (extraction.article.title or "")[:50]
        print(f"  {extraction.article.id:>6} {title:<50} {' '.join(marks):<24} {found}")


def write_test_predictions(test_path: Path, out: Path) -> None:
    """Tag the test stories (their labels are withheld) with the shipped weights."""
    articles = read(test_path)
    with out.open("w", encoding="utf-8") as fh:
        for article in articles:
            topics = sorted(topics_of(extract(article)))
            fh.write(json.dumps({"id": article.id, "topics": topics}) + "\n")
    print(f"\nwrote topics of {len(articles)} test stories to {out}")


if __name__ == "__main__":
    main()
