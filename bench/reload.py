"""Benchmark: the time from saving an explainer to its page reloaded, under ``serve``.

    python bench/reload.py [--explainers 1000] [--terms 300] [--edits 20] [--corpus DIR]

Starts ``python build.py serve`` on a generated site (``../shared/bench/make_corpus.py`` when
it is there, else ``bench/sitegen.py``; or ``--corpus DIR``), opens the live-reload event
stream for one explainer's page as a browser does, then edits that explainer ``--edits``
times. Each time it measures, as the browser would see it, the time from the write to the
``reload`` event, and to the new page fetched with the edit in it. Prints the median, 90th
percentile and worst of each, and the server's own line for each reload.
"""

from __future__ import annotations

import argparse
import http.client
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_GENERATOR = ROOT.parent / "shared" / "bench" / "make_corpus.py"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sitegen  # noqa: E402


def make_site(folder: Path, explainers: int, terms: int) -> Path:
    """A generated site: the shared generator's when present, else our own."""
    if SHARED_GENERATOR.is_file():
        subprocess.run([sys.executable, str(SHARED_GENERATOR), "--articles", str(explainers),
                        "--terms", str(terms), "--out", str(folder)], check=True,
                       stdout=subprocess.DEVNULL)
    else:
        sitegen.write_site(folder, explainers, terms)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(content: Path, port: int) -> tuple[subprocess.Popen[str], list[str]]:
    """``serve`` in a new process; returns once it says where it serves."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--content",
                             str(content), "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, bufsize=1)
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip())
        if line.startswith("Serving"):
            break
    threading.Thread(target=lambda: lines.extend(x.rstrip() for x in proc.stdout),
                     daemon=True).start()
    return proc, lines


def listen(port: int, page: str, events: queue.Queue[tuple[str, float]]) -> None:
    """Read the event stream of ``page``; queue each event's name and arrival time."""
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", f"/__explainer/events?page={page}")
    response = conn.getresponse()
    name = ""
    while line := response.fp.readline():
        text = line.decode().rstrip("\n")
        if text.startswith("event: "):
            name = text[7:]
        elif text == "" and name:
            events.put((name, time.perf_counter()))
            name = ""


def fetch(port: int, page: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", page)
    return conn.getresponse().read().decode()


def measure(content: Path, port: int, edits: int) -> tuple[list[float], list[float]]:
    source = sorted((content / "explainers").glob("*.md"))[len(list(
        (content / "explainers").glob("*.md"))) // 2]
    page = f"/explainers/{source.stem}/"
    events: queue.Queue[tuple[str, float]] = queue.Queue()
    threading.Thread(target=listen, args=(port, page, events), daemon=True).start()
    assert events.get(timeout=10)[0] == "ok"
    original = source.read_text(encoding="utf-8")
    to_event, to_page = [], []
    for n in range(edits):
        marker = f"Edit number {n} of the reload benchmark."
        started = time.perf_counter()
        source.write_text(f"{original}\n{marker}\n", encoding="utf-8")
        name, arrived = events.get(timeout=30)
        assert name == "reload", name
        html = fetch(port, page)
        to_event.append((arrived - started) * 1000)
        to_page.append((time.perf_counter() - started) * 1000)
        assert marker in html, "the reloaded page does not have the edit"
        time.sleep(1.5)  # an editor's pause: the rest of the site is rebuilt meanwhile
    source.write_text(original, encoding="utf-8")
    return to_event, to_page


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return (f"{name:<28} median {statistics.median(values):6.0f} ms   "
            f"p90 {p90:6.0f} ms   worst {ordered[-1]:6.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explainers", type=int, default=1000)
    parser.add_argument("--terms", type=int, default=300)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--corpus", type=Path, help="a content folder to use as it is")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "site"
        if args.corpus:
            shutil.copytree(args.corpus, content)
        else:
            make_site(content, args.explainers, args.terms)
        count = len(list((content / "explainers").glob("*.md")))
        port = free_port()
        proc, lines = start_server(content, port)
        try:
            print(f"serve: {lines[-2] if len(lines) > 1 else lines[-1]}")
            to_event, to_page = measure(content, port, args.edits)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"\nOne explainer edited {args.edits} times on a site of {count:,} explainers:")
    print(summary("save -> reload event", to_event))
    print(summary("save -> new page fetched", to_page))
    reloads = [line for line in lines if line.startswith("Reloaded")]
    server_ms = [float(m.group(1)) for line in reloads
                 if (m := re.search(r"(\d+) ms after", line))]
    if server_ms:
        print(summary("server: change -> reload", server_ms))


if __name__ == "__main__":
    main()
