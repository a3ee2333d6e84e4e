/* Glossary enhancements for explainer pages. Everything works without this script: mentions
   are plain links and the boxes are plain HTML. With it, readers get:
   - a switch that hides or shows the glossary boxes, remembered in localStorage;
   - a short preview of the term for later mentions (and for every mention while the boxes are
     hidden), opened on hover, keyboard focus or tap, and closed with Escape. */
(function () {
  "use strict";
  var root = document.documentElement;
  var STORAGE_KEY = "explainer.glossaryBoxes";
  var preview = null;
  var current = null;
  var hideTimer = 0;

  function stored() {
    try { return window.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }

  function store(value) {
    try { window.localStorage.setItem(STORAGE_KEY, value); } catch (e) { /* private mode */ }
  }

  function setBoxes(button, show) {
    root.classList.toggle("gloss-hidden", !show);
    button.setAttribute("aria-pressed", show ? "true" : "false");
  }

  function addSwitch() {
    var body = document.querySelector(".explainer-body");
    if (!body || !document.querySelector(".gloss-box")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "gloss-toggle";
    button.textContent = "Show glossary boxes";
    body.parentNode.insertBefore(button, body);
    setBoxes(button, stored() !== "hidden");
    button.addEventListener("click", function () {
      var show = root.classList.contains("gloss-hidden");
      setBoxes(button, show);
      store(show ? "shown" : "hidden");
    });
  }

  function termData(slug) {
    // The term's box beside its first mention, or the key-terms list of a page without boxes.
    var box = document.getElementById("gloss-" + slug);
    var name = box ? box.querySelector(".gloss-box-name") : document.getElementById("key-term-" + slug);
    var summary = box ? box.querySelector(".gloss-box-summary")
      : document.getElementById("key-summary-" + slug);
    return name && summary ? { name: name.textContent, summary: summary.textContent } : null;
  }

  function ensurePreview() {
    if (preview) { return preview; }
    preview = document.createElement("div");
    preview.id = "gloss-preview";
    preview.className = "gloss-preview";
    preview.setAttribute("role", "tooltip");
    preview.hidden = true;
    preview.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
    preview.addEventListener("mouseleave", function () { scheduleHide(); });
    document.body.appendChild(preview);
    return preview;
  }

  function wantsPreview(link) {
    return link.classList.contains("gloss-later") || root.classList.contains("gloss-hidden");
  }

  function place(link) {
    var rect = link.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    preview.style.width = width + "px";
    preview.style.left = (left + window.scrollX) + "px";
    preview.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  function show(link) {
    var data = termData(link.getAttribute("data-term"));
    if (!data || !wantsPreview(link)) { return false; }
    window.clearTimeout(hideTimer);
    ensurePreview();
    if (current && current !== link) { restoreDescription(current); }
    preview.textContent = "";
    var name = document.createElement("strong");
    name.textContent = data.name;
    var summary = document.createElement("span");
    summary.textContent = " " + data.summary;
    preview.appendChild(name);
    preview.appendChild(summary);
    preview.hidden = false;
    place(link);
    if (!link.hasAttribute("data-described-by")) {
      link.setAttribute("data-described-by", link.getAttribute("aria-describedby") || "");
    }
    link.setAttribute("aria-describedby", "gloss-preview");
    current = link;
    return true;
  }

  // While a preview shows, the mention is described by it; then by its box again (if any).
  function restoreDescription(link) {
    var own = link.getAttribute("data-described-by");
    link.removeAttribute("data-described-by");
    if (own) { link.setAttribute("aria-describedby", own); } else { link.removeAttribute("aria-describedby"); }
  }

  function hide() {
    window.clearTimeout(hideTimer);
    if (preview) { preview.hidden = true; }
    if (current) { restoreDescription(current); }
    current = null;
  }

  function scheduleHide() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  }

  function addPreviews() {
    var links = document.querySelectorAll("a.gloss-term[data-term]");
    var lastPointer = "mouse";
    var openBeforeTap = false;
    links.forEach(function (link) {
      link.addEventListener("pointerdown", function (event) {
        lastPointer = event.pointerType;
        openBeforeTap = current === link;
      });
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("mouseleave", scheduleHide);
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("blur", scheduleHide);
      link.addEventListener("click", function (event) {
        if (lastPointer === "touch" && !openBeforeTap && show(link)) {
          event.preventDefault();  /* first tap previews; a second tap follows the link */
        }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) { hide(); }
    });
    document.addEventListener("pointerdown", function (event) {
      if (current && event.target !== current && !(preview && preview.contains(event.target))) {
        hide();
      }
    });
  }

  addSwitch();
  addPreviews();
}());
