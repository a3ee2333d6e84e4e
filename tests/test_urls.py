"""Slugs and relative links."""

import pytest

from explainer.core.urls import file_of, relative, slugify


@pytest.mark.parametrize(("start", "target", "link"), [
    ("explainers/x/", "glossary/y/", "../../glossary/y/index.html"),
    ("", "glossary/", "glossary/index.html"),
    ("glossary/", "glossary/a/", "a/index.html"),
    ("glossary/a/", "glossary/", "../index.html"),
    ("404.html", "", "index.html"),
    ("tags/t/", "assets/style.css", "../../assets/style.css"),
    ("explainers/x/", "explainers/x/#part-1", "index.html#part-1"),
])
def test_relative_links_name_the_file(start, target, link):
    assert relative(start, target) == link


def test_folder_urls_are_written_as_index_html():
    assert (file_of(""), file_of("glossary/"), file_of("404.html")) == (
        "index.html", "glossary/index.html", "404.html")


@pytest.mark.parametrize(("title", "slug"), [
    ("US says it will not normalise relations with Syria’s Assad",
     "us-says-it-will-not-normalise-relations-with-syrias-assad"),
    ("Saudi–Iran détente", "saudiiran-detente"),
    ("  --  ", ""),
])
def test_slugify(title, slug):
    assert slugify(title) == slug
