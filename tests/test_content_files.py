"""The content folder's files: names, links, special files and unreadable folders, each an
exact located error, never a traceback and never a file read from outside content/."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from explainer.content import files as contentfs
from explainer.core.diagnostics import Diagnostics
from explainer.core.spec import SiteSpec
from explainer.pipeline.builder import build_files
from explainer.site.gather import gather
from tests.test_hostile_content import AGAIN, GOOD, site_errors


@pytest.mark.parametrize("name", ["X.MD", "x.markdown", "x.Md"])
def test_markdown_file_not_named_md_is_refused(make_site, name):
    content = make_site({f"explainers/{name}": GOOD})
    stem = name.split(".")[0].lower()
    assert site_errors(content) == [
        f"explainers/{name}:1:1: error: '{name}' is not read: Explainer reads only files whose "
        f"names end in '.md'\n  hint: rename it to '{stem}.md'"]


def test_md_beside_markdown_is_still_an_error(make_site):
    content = make_site({"glossary/test.markdown": GOOD, "explainers/other.md": GOOD})
    assert site_errors(content) == [
        "glossary/test.markdown:1:1: error: 'test.markdown' is not read: Explainer reads only "
        "files whose names end in '.md'\n  hint: rename it to 'test.md'"]


@pytest.mark.parametrize("where", ["explainers/x.md", "glossary/x.md", "media/x.jpg"])
def test_link_out_of_the_content_folder(make_site, tmp_path, where):
    content = make_site()
    secret = tmp_path / "secret.txt"
    secret.write_text("password\n")
    (content / where).parent.mkdir(exist_ok=True)
    (content / where).symlink_to(secret)
    name = where.split("/")[1]
    assert site_errors(content) == [
        f"{where}:1:1: error: '{name}' is a link to '{secret}', outside the content folder\n"
        "  hint: copy the file into the content folder instead of linking to it"]


def test_site_yml_linked_out_of_the_content_folder(make_site, tmp_path):
    content = make_site()
    (tmp_path / "other.yml").write_text("title: Other\n")
    (content / "site.yml").unlink()
    (content / "site.yml").symlink_to("../other.yml")
    assert site_errors(content) == [
        "site.yml:1:1: error: 'site.yml' is a link to '../other.yml', outside the content "
        "folder\n  hint: copy the file into the content folder instead of linking to it"]


def test_linked_subfolder_is_refused(make_site, tmp_path):
    content = make_site()
    (tmp_path / "elsewhere").mkdir()
    (content / "glossary/more").symlink_to(tmp_path / "elsewhere")
    assert site_errors(content) == [
        f"glossary/more:1:1: error: 'more' is a link to '{tmp_path / 'elsewhere'}', outside "
        "the content folder\n"
        "  hint: copy the file into the content folder instead of linking to it"]


def test_dangling_link(make_site):
    content = make_site()
    (content / "explainers/gone.md").symlink_to("nowhere.md")
    assert site_errors(content) == [
        "explainers/gone.md:1:1: error: 'gone.md' is a broken link: 'nowhere.md' does not "
        "exist\n  hint: delete the link, or put the file itself here"]


def test_link_to_a_file_inside_the_content_folder_is_followed(make_site):
    content = make_site({"drafts/other.md": GOOD})
    (content / "explainers/other.md").symlink_to("../drafts/other.md")
    result = build_files(SiteSpec(content))
    assert result.ok
    assert "explainers/other/index.html" in result.files


def test_hidden_files_are_left_alone(make_site):
    content = make_site({"media/.DS_Store": b"\0\0", "media/photo.jpg": b"jpg"})
    (content / "explainers/.#test.md").symlink_to("user@host.1234:1700000000")
    result = build_files(SiteSpec(content))
    assert result.ok
    assert [name for name in result.files if name.startswith("media/")] == ["media/photo.jpg"]


@pytest.mark.parametrize("folder", ["explainers", "glossary", "media"])
def test_folder_that_is_a_file(make_site, folder):
    content = make_site()
    if (content / folder).is_dir():
        shutil.rmtree(content / folder)
    (content / folder).write_text("not a folder\n")
    assert site_errors(content) == [
        f"{folder}:1:1: error: '{folder}' must be a folder, not a file\n"
        f"  hint: replace it with a folder named '{folder}'"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_explainers_is_never_opened(make_site):
    content = make_site()
    os.mkfifo(content / "explainers/pipe.md")
    assert site_errors(content) == [
        "explainers/pipe.md:1:1: error: 'pipe.md' is a FIFO (named pipe), not a file\n"
        "  hint: remove it: the content folder holds files and folders only"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_explainers_folder_that_is_a_fifo(make_site):
    content = make_site({"site.yml": "title: T\n"}, base=False)
    os.mkfifo(content / "explainers")
    assert site_errors(content) == [
        "explainers:1:1: error: 'explainers' must be a folder, not a FIFO (named pipe)\n"
        "  hint: replace it with a folder named 'explainers'"]


needs_permissions = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")


@needs_permissions
def test_unreadable_file(make_site):
    content = make_site()
    (content / "explainers/test.md").chmod(0)
    assert site_errors(content) == [
        "explainers/test.md:1:1: error: cannot read the file: Permission denied\n"
        "  hint: if it was just moved or deleted, save again to rebuild"]


@needs_permissions
def test_unreadable_folder(make_site):
    content = make_site({"explainers/2023/x.md": GOOD})
    (content / "explainers/2023").chmod(0)
    try:
        errors = site_errors(content)
    finally:
        (content / "explainers/2023").chmod(0o755)
    assert errors == ["explainers/2023:1:1: error: cannot read the folder: Permission denied\n"
                      + AGAIN]


def test_folder_deleted_while_it_is_listed(make_site, monkeypatch):
    content = make_site({"explainers/2023/x.md": GOOD})
    listdir = os.listdir

    def vanishing(path):
        if str(path).endswith("2023"):
            raise FileNotFoundError(2, "No such file or directory")
        return listdir(path)

    monkeypatch.setattr(contentfs.os, "listdir", vanishing)
    assert site_errors(content) == [
        "explainers/2023:1:1: error: cannot read the folder: No such file or directory\n"
        + AGAIN]


def test_content_folder_deleted_before_the_build(make_site):
    content = make_site()
    for path in sorted(content.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    content.rmdir()
    diags = Diagnostics()
    assert gather(SiteSpec(content), diags) is None
    assert [d.format() for d in diags] == [
        f"{content / 'site.yml'}:1:1: error: site settings file not found\n"
        "  hint: create it with at least a line: title: My explainers"]


