// The search page: Pagefind's index (built with the site into pagefind/) queried as you type.
// Results link to explainers and glossary terms; the query is kept in the address (?q=...).
(() => {
  "use strict";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const MAX_RESULTS = 20;
  const EXCERPT_WORDS = 30;
  const LOOK_BACK = 12; // words an excerpt may move back to start at its sentence
  const WORD_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;
  const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
  // How results are ranked (README, "Search"). The layouts weight an explainer's headline (10)
  // and standfirst (5) and its body (2) above a term's text (1, its name 7, aliases 0.5); the
  // metadata weights add a boost when the query is in a page's title, and a larger one, which
  // only explainers can get, when it is in an explainer's headline or standfirst. A low
  // pageLength keeps short glossary entries from outranking explainers just for being short.
  const RANKING = {
    pageLength: 0.25,
    metaWeights: {title: 5, headline: 5, standfirst: 10, aliases: 2, kind: 0},
  };
  let pagefind = null;

  async function load() {
    try {
      pagefind = await import(new URL(form.dataset.bundle, document.baseURI).href);
      await pagefind.options({ranking: RANKING, excerptLength: EXCERPT_WORDS});
      await pagefind.init();
      return true;
    } catch (error) {
      status.textContent = "Search is not available here: the page must be served by a web "
        + "server (the published site, or python build.py serve), not opened from disk.";
      return false;
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The words before which an excerpt may start: the heading, which the result already shows.
  function headingWords(words, title) {
    const heading = (title || "").split(/\s+/).filter(Boolean);
    const same = heading.length && heading.every((word, i) => words[i] && words[i].startsWith(word));
    return same ? heading.length : 0;
  }

  // The match that starts the window of EXCERPT_WORDS words holding the most (weighted) matches.
  function bestHit(hits, from) {
    let best = from;
    let bestScore = -1;
    for (const [start] of hits) {
      if (start < from) continue;
      let score = 0;
      for (const [at, weight] of hits) if (at >= start && at < start + EXCERPT_WORDS) score += weight;
      if (score > bestScore) [best, bestScore] = [start, score];
    }
    return best;
  }

  // Where the excerpt starts: at the sentence of the match when it began shortly before, else
  // a few words before the match; never before `from`, and early enough to fill the excerpt.
  function excerptStart(words, hit, from) {
    let start = Math.max(from, hit - 3);
    for (let i = hit; i >= Math.max(from, hit - LOOK_BACK); i -= 1) {
      if (i === from || SENTENCE_END.test(words[i - 1])) {
        start = i;
        break;
      }
    }
    return Math.max(from, Math.min(start, words.length - EXCERPT_WORDS));
  }

  // A matched word, highlighted without the punctuation around it ("“Caesar”," marks Caesar).
  function appendMarked(node, word) {
    const [, before, core, after] = WORD_PARTS.exec(word);
    if (!core) return node.append(word);
    node.append(before, element("mark", "", core), after);
  }

  // The excerpt as text nodes and <mark>s (no HTML parsing), with "…" where it cuts a sentence.
  function excerpt(data) {
    const words = (data.content || "").split(/\s+/).filter(Boolean);
    const hits = (data.weighted_locations || []).map((l) => [l.location, l.balanced_score || 1]);
    const marked = new Set(hits.map(([at]) => at));
    const from = Math.min(headingWords(words, data.meta.title), Math.max(words.length - 1, 0));
    const start = excerptStart(words, bestHit(hits, from), from);
    const end = Math.min(words.length, start + EXCERPT_WORDS);
    const node = element("p", "search-excerpt");
    if (start > from && !SENTENCE_END.test(words[start - 1])) node.append("…");
    for (let i = start; i < end; i += 1) {
      if (i > start) node.append(" ");
      if (marked.has(i)) appendMarked(node, words[i]);
      else node.append(words[i]);
    }
    if (end < words.length && !SENTENCE_END.test(words[end - 1])) node.append("…");
    return node;
  }

  function result(data) {
    const item = element("li", "search-result");
    const link = element("a", "search-result-title", data.meta.title || data.url);
    link.href = data.url;
    const heading = element("h2");
    heading.append(link);
    item.append(heading);
    if (data.meta.kind) item.append(element("p", "kind search-kind", data.meta.kind));
    item.append(excerpt(data));
    return item;
  }

  async function run() {
    const query = input.value.trim();
    const address = query ? `?q=${encodeURIComponent(query)}` : location.pathname;
    history.replaceState(null, "", address);
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (search === null) return; // a newer query replaced this one
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const count = search.results.length;
    status.textContent = count === 0 ? `No results for “${query}”.`
      : `${count} result${count === 1 ? "" : "s"} for “${query}”.`;
    list.replaceChildren(...shown.map(result));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (pagefind) run();
  });
  load().then((ready) => {
    if (!ready) return;
    input.addEventListener("input", run);
    const initial = new URLSearchParams(location.search).get("q");
    if (initial && !input.value.trim()) input.value = initial;
    if (input.value.trim()) run(); // the address's query, or words typed while Pagefind loaded
  });
})();
