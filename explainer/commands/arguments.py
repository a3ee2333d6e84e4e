"""Every command's arguments, in one place and with light imports only: a build with nothing
changed answers before the engine (Markdown, Jinja2, YAML) is loaded.

The options every command that reads a site shares (``--content``, ``--layouts``, ``--drafts``)
are added by one function each, so they read the same everywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from explainer import __version__
from explainer.core.spec import DEFAULT_THEME, SiteSpec
from explainer.core.urls import URL, site_address_problem
from explainer.output.theme import site_layouts

COMMANDS = ("build", "import", "glossary", "serve", "check", "new", "init")
LAYOUTS_HELP = ("a folder of layouts that replace the default theme's, file by file "
                "(default: the layouts/ folder beside the content folder, if there is one)")


def site_spec(args: argparse.Namespace) -> SiteSpec:
    """The site a command's arguments name: made once, here, for every command that reads one.
    Without ``--layouts``, the site's own layouts/ beside its content folder, if there is one."""
    layouts = args.layouts if getattr(args, "layouts", None) is not None else (
        site_layouts(args.content))
    return SiteSpec(args.content, layouts, getattr(args, "drafts", False),
                    getattr(args, "base_url", None), getattr(args, "strict", False))


def parser() -> argparse.ArgumentParser:
    """The whole command line: ``build`` (the default) and the other commands."""
    top = argparse.ArgumentParser(
        prog="build.py", description="Explainer: news explainer pages with a linked glossary.",
        epilog="With no command, 'build' runs. 'python build.py COMMAND --help' for details.")
    top.add_argument("--version", action="version", version=f"explainer {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    add_build(commands)
    add_glossary(commands)
    add_import(commands)
    add_serve(commands)
    add_check(commands)
    add_new(commands)
    add_init(commands)
    for name in ("serve", "check"):  # their --layouts default to the site's, as build's
        commands.choices[name].set_defaults(layouts=None)
    return top


# --- the options shared by the commands that read a site ---------------------------------


def add_content(command: argparse.ArgumentParser, what: str = "the site folder") -> None:
    command.add_argument("--content", type=Path, default=Path("content"),
                         help=f"{what} (default: content)")


def add_layouts(command: argparse.ArgumentParser, default: Path | None,
                help: str = LAYOUTS_HELP) -> None:
    command.add_argument("--layouts", type=Path, default=default, help=help)


def add_site_options(command: argparse.ArgumentParser) -> None:
    """The options that change what is built, shared by ``build`` and ``serve``."""
    command.add_argument("--base-url", type=web_address, metavar="URL",
                         help="the address the site is published at, instead of site.yml's "
                              "base_url (e.g. https://name.github.io/repo/)")
    command.add_argument("--strict", action="store_true", help="treat warnings as errors")


def add_verbosity(command: argparse.ArgumentParser) -> None:
    quiet = command.add_mutually_exclusive_group()
    quiet.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    quiet.add_argument("-v", "--verbose", action="store_true",
                       help="print warnings and the summary even when the output is not a "
                            "terminal (by default a log or pipe gets errors only)")


# --- the commands --------------------------------------------------------------------------


def add_build(commands: argparse._SubParsersAction) -> None:
    b = commands.add_parser("build", help="build content/ into output/ (the default)",
                            description="Build the site folder into a static site.")
    add_content(b, "the site folder to build")
    b.add_argument("--output", type=Path, default=Path("output"),
                   help="where the site is written (default: output)")
    add_layouts(b, None)
    b.add_argument("--drafts", action="store_true", help="include explainers with draft: true")
    b.add_argument("--no-search", dest="search", action="store_false",
                   help="skip the search index (Pagefind); the search page then finds nothing")
    add_site_options(b)
    b.add_argument("--jobs", type=jobs, metavar="N",
                   help="processes that render the site (default: one per CPU; 1 renders in "
                        "this process); the files are the same whatever N")
    b.add_argument("--cache", type=Path, metavar="DIR",
                   help="the cache across builds (default: .cache/explainer/ in the folder "
                        "that holds the content folder); delete it to start afresh")
    b.add_argument("--no-cache", dest="use_cache", action="store_false",
                   help="build everything again and keep nothing for the next build")
    add_verbosity(b)


def add_glossary(commands: argparse._SubParsersAction) -> None:
    g = commands.add_parser("glossary", help="check the glossary: unused, out-of-date and "
                                             "candidate terms",
                            description="Report glossary terms no explainer mentions, terms "
                                        "whose facts are older than site.yml allows, and "
                                        "names in explainers that look like terms but have "
                                        "no entry.")
    add_content(g)
    g.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")


def add_import(commands: argparse._SubParsersAction) -> None:
    i = commands.add_parser("import", help="turn an article into an explainer draft",
                            description="Turn an article (a saved web page, a text scrape, a "
                                        "folder of them, or a URL) into explainer files "
                                        "with front matter.")
    i.add_argument("file", help="an .html or .txt file, a folder, or an http(s) URL")
    i.add_argument("--date", type=date, help="first publication date, YYYY-MM-DD")
    i.add_argument("--source", help="the publication, e.g. 'Al Jazeera'")
    i.add_argument("--url", help="the article's address")
    i.add_argument("--title", help="the headline, for a page that gives none (a fragment of "
                                   "one, a feed item's text)")
    i.add_argument("--output", type=Path,
                   help="the file to write, or a folder to write <slug>.md into; missing "
                        "folders are created (default: content/explainers/<slug>.md)")
    add_content(i)
    i.add_argument("--dry-run", action="store_true", help="print the file instead of writing it")
    i.add_argument("--force", action="store_true", help="overwrite an existing file")
    i.add_argument("--new-terms", metavar="NAMES",
                   help="scaffold glossary files for these candidate terms "
                        "(comma-separated, or 'all')")
    i.add_argument("--jobs", type=jobs, metavar="N",
                   help="processes that read the pages of a folder (default: one per CPU)")
    i.add_argument("--one-extractor", action="store_true",
                   help="read the text with trafilatura alone, without goose3's and "
                        "newspaper4k's second opinions (faster, a little less clean)")
    add_verbosity(i)


def add_serve(commands: argparse._SubParsersAction) -> None:
    s = commands.add_parser("serve", help="preview the site; pages reload when you save",
                            description="Build the site into a temporary folder, serve it on "
                                        "127.0.0.1 and rebuild it whenever a file in the "
                                        "content or layouts folder changes. Open pages "
                                        "reload by themselves; build errors show over the "
                                        "page. output/ is never touched.")
    s.add_argument("--port", type=port, default=8000, help="the port (default 8000; 0: any)")
    add_content(s)
    add_layouts(s, DEFAULT_THEME, "the Jinja2 layouts (default: the project's layouts/)")
    s.add_argument("--drafts", action="store_true",
                   help="include explainers with draft: true (marked with a banner)")
    s.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    add_site_options(s)  # serve builds the site as build does


def add_check(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser(
        "check", help="report broken links and anchors, missing images and other problems",
        description="Build the site in memory (nothing is written) and report broken links "
                    "and #anchors, missing images, images without alt text, glossary "
                    "problems, explainers that the glossary's events have overtaken, "
                    "explainers without a source and malformed web addresses.")
    add_content(c, "the site folder to check")
    add_layouts(c, DEFAULT_THEME, "the Jinja2 layouts (default: the project's layouts/)")
    c.add_argument("--drafts", action="store_true", help="check explainers with draft: true too")
    c.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")


def add_new(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser(
        "new", help="start a new explainer or glossary term",
        description="Write a new explainer (a draft) or glossary term with every key in "
                    "place and comments saying what goes where. An existing file is never "
                    "overwritten.")
    new.add_argument("kind", choices=("explainer", "term"), help="explainer or term")
    new.add_argument("title", help="the headline, or the term's name (in quotes)")
    new.add_argument("--slug", help="the file name without .md (default: made from the title)")
    add_content(new)


def add_init(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser(
        "init", help="start a new site in a new or empty folder",
        description="Write a new site that builds at once: content/site.yml, a sample "
                    "explainer and glossary term, the GitHub Pages workflow, "
                    "requirements.txt and .gitignore. The folder must be new or empty.")
    init.add_argument("folder", type=Path, help="the new site's folder")


# --- values --------------------------------------------------------------------------------


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def jobs(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 256:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of processes from 1 to 256")
    return int(text)


def port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port: use a number from 0 to 65535")
    return int(text)


def web_address(text: str) -> str:
    """--base-url: the same rule as site.yml's base_url."""
    if not URL.match(text.strip()):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a web address starting with http:// or https://")
    problem = site_address_problem(text.strip())
    if problem is not None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not usable as the site's address: {problem}; give the site's "
            "address alone, e.g. https://name.github.io/repo/")
    return text.strip()
