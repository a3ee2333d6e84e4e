// Live reload for `python build.py serve`. The server adds this script to each page as it sends
// it; it is never written into the built site. The server says "reload" when this page changed,
// "failed" with the build's errors (shown over the page) and "ok" when the site builds again.
(() => {
  "use strict";
  const OVERLAY_ID = "explainer-build-errors";
  const page = encodeURIComponent(location.pathname);
  const since = document.currentScript?.dataset.since ?? "";
  const events = new EventSource(`/__explainer/events?page=${page}&since=${since}`);
  const noSite = document.documentElement.hasAttribute("data-explainer-no-site");

  events.addEventListener("reload", () => location.reload());
  events.addEventListener("ok", () => (noSite ? location.reload() : hide()));
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));

  function hide() {
    document.getElementById(OVERLAY_ID)?.remove();
  }

  function element(tag, style, text) {
    const node = document.createElement(tag);
    node.setAttribute("style", style);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(report) {
    hide();
    const box = element("section", "all:initial;position:fixed;inset:0 0 auto 0;z-index:2147483647;"
      + "max-height:80vh;overflow:auto;background:#fff5f5;color:#1a1a1a;border-bottom:4px solid #b00020;"
      + "padding:1rem 1.25rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    box.setAttribute("aria-label", "Build errors");
    box.append(element("h2", "all:initial;display:block;font:700 18px/1.4 system-ui,sans-serif;color:#b00020;margin:0 0 .5rem",
      report.title));
    const list = element("ul", "all:initial;display:block;margin:0;padding:0");
    for (const problem of report.problems) {
      const item = element("li", "all:initial;display:block;margin:0 0 .75rem;white-space:pre-wrap;"
        + "font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;color:#1a1a1a");
      item.className = "explainer-build-error";
      item.textContent = problem;
      list.append(item);
    }
    box.append(list);
    box.append(element("p", "all:initial;display:block;font:14px/1.4 system-ui,sans-serif;color:#444;margin:.5rem 0 0",
      report.note));
    const close = element("button", "all:initial;position:absolute;top:.5rem;right:.75rem;cursor:pointer;"
      + "font:700 20px/1 system-ui,sans-serif;color:#b00020;padding:.25rem .5rem", "×");
    close.setAttribute("aria-label", "Hide the build errors");
    close.addEventListener("click", hide);
    box.append(close);
    document.body.prepend(box);
  }
})();
