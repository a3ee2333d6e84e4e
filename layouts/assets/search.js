// The search page: Pagefind's index (built with the site into pagefind/) queried as you type.
// Results link to explainers and glossary terms; the query is kept in the address (?q=...).
(() => {
  "use strict";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const MAX_RESULTS = 20;
  let pagefind = null;

  async function load() {
    try {
      pagefind = await import(new URL(form.dataset.bundle, document.baseURI).href);
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

  function result(data) {
    const item = element("li", "search-result");
    const link = element("a", "search-result-title", data.meta.title || data.url);
    link.href = data.url;
    const heading = element("h2");
    heading.append(link);
    item.append(heading);
    if (data.meta.kind) item.append(element("p", "kind", data.meta.kind));
    const excerpt = element("p", "search-excerpt");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
    item.append(excerpt);
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
    if (initial) {
      input.value = initial;
      run();
    }
  });
})();
