"""A site's name after a colon, as Japanese and Chinese sites write it, leaves the title."""

from __future__ import annotations

import pytest

from explainer.importer.clean import strip_site


@pytest.mark.parametrize(("title", "sites", "host", "clean"), [
    ("高知と宮崎に津波注意報 気象庁：朝日新聞デジタル", ["朝日新聞デジタル"], "www.asahi.com",
     "高知と宮崎に津波注意報 気象庁"),
    ("ツリーを描画できる「Treeviz」:phpspot開発日誌", [], "phpspot.org",
     "ツリーを描画できる「Treeviz」"),
    ("Brexit: What happens next", ["BBC News"], "bbc.co.uk", "Brexit: What happens next"),
    ("Syria: the talks in Amman", ["Amman Times"], "ammantimes.jo", "Syria: the talks in Amman"),
])
def test_a_site_after_a_colon(title, sites, host, clean):
    assert strip_site(title, sites, host) == clean
