"""Read files of pinned commits: from local bare mirrors, or from a blob-less clone of GitHub."""

from __future__ import annotations

import subprocess
from pathlib import Path


class Repos:
    """Opens each upstream repository once and shows files at a commit."""

    def __init__(self, cache: Path, mirrors: Path | None = None) -> None:
        self.cache = cache
        self.mirrors = mirrors
        self._dirs: dict[str, Path] = {}

    def gitdir(self, repo: str) -> Path:
        """The git directory of owner/name, cloned (without blobs) on first use."""
        if repo not in self._dirs:
            self._dirs[repo] = self._mirror(repo) if self.mirrors else self._clone(repo)
        return self._dirs[repo]

    def _mirror(self, repo: str) -> Path:
        base = self.mirrors / repo.replace("/", "+")
        for candidate in (base / "repo", base, base.with_suffix(".git")):
            if (candidate / "HEAD").is_file():
                return candidate
        raise SystemExit(f"no git mirror of {repo} under {self.mirrors}")

    def _clone(self, repo: str) -> Path:
        target = self.cache / "repos" / (repo.replace("/", "+") + ".git")
        if not (target / "HEAD").is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            url = f"https://github.com/{repo}.git"
            subprocess.run(["git", "clone", "--quiet", "--bare", "--filter=blob:none", url,
                            str(target)], check=True)
        return target

    def show(self, repo: str, commit: str, path: str) -> bytes:
        """The bytes of path at commit (a blob-less clone fetches the blob on demand)."""
        cmd = ["git", "--git-dir", str(self.gitdir(repo)), "show", f"{commit}:{path}"]
        return subprocess.run(cmd, check=True, capture_output=True).stdout

    def text(self, repo: str, commit: str, path: str) -> str:
        return self.show(repo, commit, path).decode("utf-8", "replace")
