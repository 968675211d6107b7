"""The extraction document validates against the published JSON Schema, on real articles."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from mineralwatch.extract import extract
from mineralwatch.ingest import read_sources
from mineralwatch.models import Article


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((files("mineralwatch") / "schemas" / "extraction-1.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_seed_document_is_valid(seed_path, validator) -> None:
    article = next(a for a in read_sources([str(seed_path)]) if isinstance(a, Article))
    document = extract(article).to_dict()
    validator.validate(document)
    assert document["schema"] == "mineralwatch.extraction/1"
    assert document["article"]["text"].startswith("Pakistan has shipped its first batch")


def test_every_corpus_document_is_valid_and_offsets_hold(corpus_path, validator) -> None:
    for article in read_sources([str(corpus_path)]):
        assert isinstance(article, Article), article
        document = extract(article).to_dict()
        validator.validate(document)
        text, title = document["article"]["text"], document["article"]["title"] or ""
        for entity in document["entities"]:
            for mention in entity["mentions"]:
                source = title if mention.get("field") == "title" else text
                assert source[mention["start"]:mention["end"]] == mention["text"]
        for event in document["events"]:
            for evidence in [event["evidence"], *event["more_evidence"]]:
                source = title if evidence.get("field") == "title" else text
                assert source[evidence["start"]:evidence["end"]] == evidence["text"]


def test_schema_rejects_a_malformed_document(validator) -> None:
    bad = {"schema": "mineralwatch.extraction/1", "article": {"id": "x"}, "entities": [],
           "events": []}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)
