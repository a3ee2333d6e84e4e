"""``explainer init DIR``: start a new site that builds at once.

The folder gets ``content/site.yml``, one sample explainer and one sample glossary term (both
say they are samples, and the explainer links the term), the GitHub Pages workflow, a
``requirements.txt`` saying where that workflow installs Explainer from, and a ``.gitignore``.
The site has no ``layouts/`` folder: it is built with the default theme until one is added
(see :mod:`explainer.output.theme`). A folder that holds anything is refused, so nothing is ever
overwritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from importlib import metadata
from pathlib import Path

from explainer import __version__
from explainer.content.scaffold import write_file
from explainer.core.diagnostics import display_path

SITE_YML = """\
# Site settings: the keys are documented in Explainer's README ("site.yml").
title: My explainers
description: News stories explained, with the key terms in a glossary beside the text.
language: en
"""

EXPLAINER = """\
---
title: "Sample: how an explainer page is made"
summary: "A sample explainer written by 'explainer init'. Replace it with your own, or delete it."
date: {today}
source: {{name: "explainer init (sample text)"}}
tags: [sample]
---
This page is a sample. Each explainer is a file in `content/explainers/`, written in
Markdown with front matter between the two `---` lines at its top.

The build links the first mention of every glossary term, such as Markdown, to the term's
page, and shows its definition in a box beside the mention. Terms are files in
`content/glossary/`.

`explainer new explainer "Title"` starts a new explainer, and `explainer serve` shows the
site while you edit it.
"""

TERM = """\
---
term: Markdown
summary: >-
  A plain-text way of writing formatted text, created by John Gruber and first released
  in 2004. Explainers and glossary terms are written in it.
kind: concept
as_of: {today}
sources:
  - title: Markdown
    publisher: Daring Fireball
    url: https://daringfireball.net/projects/markdown/
---
This term is a sample written by `explainer init`. Replace it with your own terms, or delete
it and its mention in the sample explainer.
"""

WORKFLOW = """\
# Build the site and publish it on GitHub Pages at every push to main (or by hand from the
# Actions tab). Settings -> Pages -> Source must be "GitHub Actions".
#
# configure-pages reports where the site will live (https://<user>.github.io/<repo>,
# https://<user>.github.io or a custom domain), and the build writes that base URL into the
# feed, the sitemap and the canonical links. The pages themselves link relatively, so the same
# output also works opened from disk. No browser is needed to build: only Python packages.
name: Publish on GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time. A run that starts while another deploys waits for it to finish
# instead of cancelling it, so a deployment is never stopped half-way.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out the repository
        uses: actions/checkout@v5

      - name: Set up Python
        uses: actions/setup-python@v6
        with:
          python-version: "3.12"
          cache: pip
          cache-dependency-path: requirements.txt

      - name: Read the Pages settings
        id: pages
        uses: actions/configure-pages@v6

      - name: Install Explainer
        run: python -m pip install -r requirements.txt

      - name: Build the site
        run: explainer build -v --base-url "${{ steps.pages.outputs.base_url }}/"

      - name: Upload the site
        uses: actions/upload-pages-artifact@v5
        with:
          path: output/

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Publish to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v5
"""

GITIGNORE = """\
output/
.venv/
__pycache__/
"""

UNKNOWN_SOURCE = """\
# The GitHub Pages workflow installs Explainer from this file. This copy of Explainer was
# installed from a folder, which GitHub cannot reach: write where to install it from, e.g.
# explainer @ git+https://github.com/<user>/<repo>
"""


def run_init(args: argparse.Namespace, today: dt.date | None = None) -> int:
    """Write the new site and say what to do next; 1 with a message when nothing was written."""
    folder: Path = args.folder
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        what = "a folder that is not empty" if folder.is_dir() else "a file"
        print(f"{display_path(folder)}: error: {what} exists there; nothing was written\n"
              "  hint: name a new or empty folder ('init' never overwrites a file)",
              file=sys.stderr)
        return 1
    files = site_files(today or dt.date.today())
    try:
        for name, text in files.items():
            write_file(folder / name, text)
    except OSError as exc:
        print(f"{display_path(folder)}: error: cannot write {display_path(exc.filename or folder)}"
              f": {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Wrote a new site in {display_path(folder)}/:")
    for name in files:
        print(f"  {name}")
    if files["requirements.txt"] == UNKNOWN_SOURCE:
        print("Before publishing, write in requirements.txt where GitHub installs Explainer from.")
    print(f"Next:\n  cd {display_path(folder)}\n  explainer build    # then open output/index.html"
          "\n  explainer serve    # preview while you edit")
    return 0


def site_files(today: dt.date) -> dict[str, str]:
    """Every file of a new site, by its path inside the site's folder."""
    return {
        "content/site.yml": SITE_YML,
        "content/explainers/sample-explainer.md": EXPLAINER.format(today=today.isoformat()),
        "content/glossary/markdown.md": TERM.format(today=today.isoformat()),
        ".github/workflows/pages.yml": WORKFLOW,
        "requirements.txt": requirement(),
        ".gitignore": GITIGNORE,
    }


def requirement() -> str:
    """The line that installs this Explainer elsewhere: the same Git commit, or the same
    version from the package index; a comment to fill in when it came from a local folder."""
    try:
        found = metadata.distribution("explainer").read_text("direct_url.json")
    except metadata.PackageNotFoundError:  # run from a source folder, not installed
        return UNKNOWN_SOURCE
    if found is None:  # installed from a package index
        return f"explainer=={__version__}\n"
    origin = json.loads(found)
    vcs = origin.get("vcs_info")
    if vcs and vcs.get("vcs") == "git":
        return f"explainer @ git+{origin['url']}@{vcs['commit_id']}\n"
    return UNKNOWN_SOURCE
