"""Values found by an attack campaign that crashed or stalled the build, now located errors.

Each test writes a small site with one hostile value and asserts the exact message (or that
the value builds as text), with no traceback.
"""

from __future__ import annotations

import os
import time

import pytest

from explainer.commands.cli import main
from tests.conftest import EXPLAINER, TERM_ARAB_LEAGUE

NOT_A_CHARACTER = (
    "error: an escape in this quoted value is not a character (a lone surrogate U+D800 to "
    "U+DFFF, or a number beyond U+10FFFF)\n  hint: write the character itself, or an escape "
    "such as \\u00e9 or \\U0001F600")


def build(make_site, tmp_path, capsys, files: dict[str, str]) -> tuple[int, str]:
    content = make_site(files)
    code = main(["build", "--content", str(content), "--output", str(tmp_path / "out"),
                 "--no-search", "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\U00110000", "\\UFFFFFFFF"])
def test_quoted_escape_that_is_no_character_is_an_error_at_the_value(make_site, tmp_path,
                                                                        capsys, escape):
    explainer = EXPLAINER.replace('title: "A test explainer"', f'title: "A {escape}"')
    code, err = build(make_site, tmp_path, capsys, {"explainers/test.md": explainer})
    assert code == 1
    assert f"content/explainers/test.md:2:8: {NOT_A_CHARACTER}\n" in err


def test_escape_that_is_no_character_in_site_settings(make_site, tmp_path, capsys):
    code, err = build(make_site, tmp_path, capsys, {"site.yml": 'title: "\\ud800"\n'})
    assert code == 1
    assert f"content/site.yml:1:8: {NOT_A_CHARACTER}\n" in err


@pytest.mark.parametrize("value", ["0x" + "f" * 5000, ":".join(["59"] * 3000), "1" * 5000])
def test_number_too_long_to_print_is_read_as_text(make_site, tmp_path, capsys, value):
    explainer = EXPLAINER.replace('title: "A test explainer"', f"title: {value}")
    code, _ = build(make_site, tmp_path, capsys, {"explainers/test.md": explainer})
    assert code == 0
    assert value in (tmp_path / "out/explainers/test/index.html").read_text()


def test_term_name_too_long_is_an_error(make_site, tmp_path, capsys):
    term = TERM_ARAB_LEAGUE.replace("term: Arab League", "term: " + "a" * 800)
    code, err = build(make_site, tmp_path, capsys, {"glossary/arab-league.md": term})
    assert code == 1
    assert ("content/glossary/arab-league.md:2:7: error: the term name '" + "a" * 59 + "…' is "
            "800 characters long; the limit is 200\n  hint: a name is the words the text uses, "
            "e.g. Arab League: put the description in the summary\n") in err


def test_alias_too_long_is_an_error(make_site, tmp_path, capsys):
    term = TERM_ARAB_LEAGUE.replace("[League of Arab States]", "[" + "ize" * 1000 + "]")
    code, err = build(make_site, tmp_path, capsys, {"glossary/arab-league.md": term})
    assert code == 1
    assert "content/glossary/arab-league.md:3:11: error: the alias 'izeize" in err
    assert "is 3,000 characters long; the limit is 200" in err


def test_quotes_nested_to_the_limit_render_at_once(make_site, tmp_path, capsys):
    explainer = EXPLAINER + "\n" + "> " * 31 + "x\n"
    started = time.perf_counter()
    code, _ = build(make_site, tmp_path, capsys, {"explainers/test.md": explainer})
    assert code == 0
    assert time.perf_counter() - started < 20  # it took minutes: a hang, not a speed goal


@pytest.mark.parametrize(("argv", "shown"), [
    (["new", "explainer", "\udcffabc"], "\\xffabc"),
    (["import", "a.txt", "--source", "\udcff"], "\\xff"),
    (["build", "--content", "con\udc85tent"], "con\\x85tent"),
])
def test_argument_that_is_not_text_is_refused_before_anything_is_written(tmp_path, capsys,
                                                                         monkeypatch, argv,
                                                                         shown):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert capsys.readouterr().err == (f"build.py: error: the argument '{shown}' is not "
                                       "valid UTF-8 text\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("file", "text"), [
    ("site.yml", "title: Test site\nlanguage: 'en\" onload=\"x'\n"),
    ("explainers/test.md", EXPLAINER.replace("tags: [syria]", "language: '<b>'")),
])
def test_language_must_be_a_language_code(make_site, tmp_path, capsys, file, text):
    code, err = build(make_site, tmp_path, capsys, {file: text})
    assert code == 1
    assert ("error: 'language' must be a language code such as en, ar or pt-BR, not "
            in err)
    assert "hint: write the code alone: language: en" in err


def test_language_with_a_region_is_fine(make_site, tmp_path, capsys):
    text = EXPLAINER.replace("tags: [syria]", "language: pt-BR")
    assert build(make_site, tmp_path, capsys, {"explainers/test.md": text})[0] == 0


@pytest.mark.parametrize(("value", "tag"), [
    ("!!timestamp 10000-01-01", "!!timestamp"), ("!!timestamp abc", "!!timestamp"),
    ("!!bool maybe", "!!bool"), ("!!binary aGk=", "!!binary"), ("!!int 0x10", "!!int"),
    ("!!set {a, b}", "!!set"), ("!!str text", "!!str"), ("!custom x", "!custom"),
])
def test_a_value_written_with_a_tag_is_refused_at_the_tag(make_site, tmp_path, capsys, value,
                                                           tag):
    explainer = EXPLAINER.replace('title: "A test explainer"', f"title: {value}")
    code, err = build(make_site, tmp_path, capsys, {"explainers/test.md": explainer})
    assert code == 1
    assert (f"content/explainers/test.md:2:8: error: 'title' has the tag '{tag}', which "
            "Explainer does not read\n  hint: remove the tag: values are text, dates, "
            "true/false, numbers, lists and sets of keys\n") in err


def test_a_tag_in_site_settings_is_refused(make_site, tmp_path, capsys):
    code, err = build(make_site, tmp_path, capsys, {"site.yml": "title: !!timestamp x\n"})
    assert code == 1
    assert "content/site.yml:1:8: error: 'title' has the tag '!!timestamp'" in err


def test_a_tag_inside_a_list_is_refused(make_site, tmp_path, capsys):
    term = TERM_ARAB_LEAGUE.replace("[League of Arab States]", "[a b, !!bool maybe]")
    code, err = build(make_site, tmp_path, capsys, {"glossary/arab-league.md": term})
    assert code == 1
    assert "content/glossary/arab-league.md:3:16: error: 'aliases' has the tag '!!bool'" in err


def test_suggestions_stop_when_the_build_has_spent_its_budget(make_site, tmp_path, capsys,
                                                              monkeypatch):
    monkeypatch.setattr("explainer.core.diagnostics.SUGGESTION_BUDGET", 2)
    body = "[a](term:arab-leage) [b](term:arab-legue) [c](term:arab-lige)\n"
    code, err = build(make_site, tmp_path, capsys, {"explainers/test.md": EXPLAINER + body})
    assert code == 1
    assert [line.split(" error: ")[1] for line in err.splitlines() if " error: " in line] == [
        "unknown term 'arab-leage' in [...](term:arab-leage) (did you mean 'arab-league'?)",
        "unknown term 'arab-legue' in [...](term:arab-legue) (did you mean 'arab-league'?)",
        "unknown term 'arab-lige' in [...](term:arab-lige)"]


def test_thousands_of_removals_are_summed_up_after_the_first_hundred(make_site, tmp_path,
                                                                       capsys):
    body = "\n\n".join(" ".join(f'<img alt="" src="jav&#x61;script:{i * 400 + j}">'
                                for j in range(400)) for i in range(3))
    content = make_site({"explainers/test.md": EXPLAINER + body + "\n"})
    assert main(["build", "--content", str(content), "--output", str(tmp_path / "out"),
                 "--no-search", "-v"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: link removed") == 100
    assert ("content/explainers/test.md:7:1: warning: 1,100 more removals of unsafe HTML or "
            "links in this file, not listed one by one\n  hint: the first ones above show what "
            "to fix") in err


def test_a_control_character_written_as_an_escape_is_refused(make_site, tmp_path, capsys):
    explainer = EXPLAINER.replace('title: "A test explainer"', 'title: "\\e[31mRed"')
    code, err = build(make_site, tmp_path, capsys, {"explainers/test.md": explainer})
    assert code == 1
    assert ("content/explainers/test.md:2:8: error: an escape in this quoted value is the "
            "control character U+001B (ESCAPE)\n  hint: delete the escape; a value is text a "
            "reader can see\n") in err


def test_import_leaves_control_characters_out_of_the_front_matter(tmp_path, capsys):
    scrape = tmp_path / "a.txt"
    scrape.write_text("Head\x1b]0;pwn\x07line\n\nThe first paragraph of the story.\n")
    out = tmp_path / "a.md"
    assert main(["import", str(scrape), "--output", str(out), "-q"]) == 0
    assert 'title: "Head]0;pwnline"' in out.read_text()


@pytest.mark.parametrize(("address", "reason"), [
    ("https://x.org/\u202e/", "it contains the character U+202E, which a web address cannot"),
    ("https://x.org/\u200b", "it contains the character U+200B, which a web address cannot"),
    ("https://user:pa@ss@x.org/", "it has a user name or password ('@' before the host)"),
    ("https://1.2.3.4.5/", "its host '1.2.3.4.5' is not a valid IP address"),
])
def test_base_url_with_invisible_characters_or_credentials_is_refused(make_site, tmp_path,
                                                                      capsys, address, reason):
    code, err = build(make_site, tmp_path, capsys,
                      {"site.yml": f'title: T\nbase_url: "{address}"\n'})
    assert code == 1
    assert f"content/site.yml:2:11: error: 'base_url' is not a usable web address: {reason}" in err


def test_import_of_a_fifo_says_what_it_is(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["import", str(fifo), "--output", str(tmp_path / "a.md")]) == 1
    assert capsys.readouterr().err == (f"{fifo}: error: cannot import: it is not a regular "
                                       "file (a FIFO, a device or a socket)\n")


def test_an_imported_text_with_c1_control_characters_builds(make_site, tmp_path, capsys):
    content = make_site()
    scrape = tmp_path / "a.txt"
    scrape.write_text("A headline\n\nWhat happened\x90, in one line.\n\n"
                      "The story\x90 goes on\x9b here, in the Arab League, as it did before.\n")
    assert main(["import", str(scrape), "--content", str(content), "--date", "2023-05-05",
                 "-q"]) == 0
    text = next((content / "explainers").glob("a-*.md")).read_text()
    assert "goes on here" in text and "\x90" not in text and "\x9b" not in text
    err = build(make_site, tmp_path, capsys, {})[1]
    assert "control character" not in err  # (the summary is the editor's to write)


def test_a_file_name_cannot_drive_the_terminal(make_site, tmp_path, capsys):
    bad = EXPLAINER.replace('title: "A test explainer"\n', "")
    code, err = build(make_site, tmp_path, capsys, {"explainers/a\x1b[31m.md": bad})
    assert code == 1
    assert "\x1b" not in err
    assert "/content/explainers/a\\x1b[31m.md:1:1: error: " in err


def test_a_terminal_that_cannot_show_a_name_gets_it_escaped(make_site, tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    content = make_site()
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    build_py = Path(__file__).resolve().parent.parent / "build.py"
    done = subprocess.run([sys.executable, str(build_py), "build", "--content", str(content),
                           "--output", str(tmp_path / "sortie-é"), "--no-search", "-v"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "sortie-\\xe9/" in done.stdout
