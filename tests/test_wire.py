"""A rendered body travels and is cached with its glossary terms named, not copied."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.pipeline import wire
from explainer.site.gather import gather

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed():
    site = gather(SiteSpec(ROOT / "content"), Diagnostics())
    assert site is not None
    return site


def test_terms_come_back_as_the_glossarys_own_objects(seed):
    page = seed.explainers[0]
    back = wire.loads(wire.dumps(page, seed.glossary), seed.glossary)
    assert back == page
    assert all(a is b for a, b in zip(back.terms, page.terms, strict=True))


def test_a_term_is_written_as_its_slug(seed):
    page = seed.explainers[0]
    assert len(wire.dumps(page, seed.glossary)) < len(pickle.dumps(page)) / 2


def test_compressed_bytes_read_back(seed):
    page = seed.explainers[0]
    data = wire.dumps(page, seed.glossary, compress=True)
    assert wire.loads(data, seed.glossary, compressed=True) == page


def test_a_term_the_glossary_no_longer_has_fails_the_read(seed):
    page = seed.explainers[0]
    data = wire.dumps(page, seed.glossary)
    fewer = dataclasses.replace(seed.glossary, terms={})
    with pytest.raises(wire.UnknownTerm):
        wire.loads(data, fewer)
