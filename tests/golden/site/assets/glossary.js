/* Glossary enhancements for explainer pages. Everything works without this script: mentions
   are plain links, and the notes are plain HTML laid out by the stylesheet (in the margin on a
   wide screen, one-line notes that open in place on a narrow one). With it, readers get:
   - a switch that turns the glossary notes on or off, remembered in localStorage;
   - margin notes moved down to the line of their mention (never up, never onto each other);
   - a short preview of the term for later mentions, and for first mentions whose note is not
     beside the text, opened on hover, keyboard focus or tap, and closed with Escape. */
(function () {
  "use strict";
  var root = document.documentElement;
  var STORAGE_KEY = "explainer.glossaryBoxes";
  var wide = window.matchMedia("screen and (min-width: 64rem)");
  var preview = null;
  var current = null;
  var hideTimer = 0;
  var lastPointer = "mouse";

  function stored() {
    try { return window.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }

  function store(value) {
    try { window.localStorage.setItem(STORAGE_KEY, value); } catch (e) { /* private mode */ }
  }

  function boxesShown() { return !root.classList.contains("gloss-hidden"); }

  function setBoxes(button, show) {
    root.classList.toggle("gloss-hidden", !show);
    button.setAttribute("aria-pressed", show ? "true" : "false");
    button.querySelector(".state").textContent = show ? "on" : "off";
    arrange();
  }

  function addSwitch() {
    var body = document.querySelector(".explainer-body");
    if (!body || !document.querySelector(".gloss-box")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "gloss-toggle";
    var label = document.createElement("span");
    label.appendChild(document.createTextNode("Glossary notes"));
    var state = document.createElement("span");
    state.setAttribute("aria-hidden", "true");  /* aria-pressed says it; the name stays put */
    state.appendChild(document.createTextNode(": "));
    var word = document.createElement("span");
    word.className = "state";
    state.appendChild(word);
    label.appendChild(state);
    button.appendChild(label);
    body.parentNode.insertBefore(button, body);
    setBoxes(button, stored() !== "hidden");
    button.addEventListener("click", function () {
      var show = !boxesShown();
      setBoxes(button, show);
      store(show ? "shown" : "hidden");
    });
  }

  function mentionOf(box) {
    var slug = box.id.replace(/^gloss-/, "");
    return document.querySelector('.explainer-body [data-term="' + slug + '"]');
  }

  /* On a wide screen the notes are open (the stylesheet shows them whole) and are not buttons;
     each is moved down to its mention's line when that is lower than where it floats. */
  function arrange() {
    var boxes = document.querySelectorAll(".gloss-box");
    boxes.forEach(function (box) {
      var note = box.querySelector("details");
      var summary = note && note.querySelector("summary");
      box.style.marginTop = "";
      if (!note || !summary) { return; }
      if (wide.matches) {
        note.open = true;
        summary.tabIndex = -1;
      } else if (summary.tabIndex === -1) {
        note.open = false;
        summary.removeAttribute("tabindex");
      }
    });
    if (!wide.matches || !boxesShown()) { return; }
    boxes.forEach(function (box) {
      var mention = mentionOf(box);
      var line = mention && mention.getClientRects()[0];
      if (!line) { return; }
      var lower = line.top - box.getBoundingClientRect().top;
      if (lower > 1) {
        box.style.marginTop = (parseFloat(getComputedStyle(box).marginTop) + lower) + "px";
      }
    });
  }

  function termData(slug) {
    // The term's note beside its first mention, or the key-terms list of a page without notes.
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

  /* A first mention's note beside the text is highlighted instead: a preview would repeat it. */
  function besideText(link) {
    return !link.classList.contains("gloss-later") && boxesShown() && wide.matches
      && document.getElementById("gloss-" + link.getAttribute("data-term"));
  }

  function highlight(link, on) {
    var box = document.getElementById("gloss-" + link.getAttribute("data-term"));
    if (box) { box.classList.toggle("gloss-active", on); }
  }

  function place(link) {
    var rect = link.getBoundingClientRect();
    var viewport = document.documentElement;
    var width = Math.min(320, viewport.clientWidth - 16);
    var left = Math.max(8, Math.min(rect.left, viewport.clientWidth - width - 8));
    preview.style.width = width + "px";
    preview.style.left = (left + window.scrollX) + "px";
    var height = preview.offsetHeight;
    var below = rect.bottom + 6 + height <= viewport.clientHeight - 8;
    var above = rect.top - 6 - height >= 8;
    var top = below || !above ? rect.bottom + 6 : rect.top - 6 - height;
    preview.style.top = (top + window.scrollY) + "px";
  }

  function show(link) {
    if (besideText(link)) {
      highlight(link, true);
      return false;
    }
    var data = termData(link.getAttribute("data-term"));
    if (!data) { return false; }
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

  // While a preview shows, the mention is described by it; then by its note again (if any).
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

  function leave(link) {
    highlight(link, false);
    scheduleHide();
  }

  function addPreviews() {
    var links = document.querySelectorAll("a.gloss-term[data-term]");
    var openBeforeTap = false;
    links.forEach(function (link) {
      link.addEventListener("pointerdown", function (event) {
        lastPointer = event.pointerType;
        openBeforeTap = current === link;
      });
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("mouseleave", function () { leave(link); });
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("blur", function () { leave(link); });
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
    window.addEventListener("scroll", function () {
      if (current && lastPointer === "touch") { hide(); }  /* a tap preview does not follow */
    }, { passive: true });
  }

  /* Notes in the margin are shown whole: their summary is not a button there. */
  document.addEventListener("click", function (event) {
    var summary = event.target.closest && event.target.closest(".gloss-note > summary");
    if (summary && wide.matches) { event.preventDefault(); }
  });

  var pending = 0;
  function rearrange() {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(arrange);
  }

  addSwitch();
  arrange();
  addPreviews();
  window.addEventListener("resize", rearrange);
  if (wide.addEventListener) { wide.addEventListener("change", rearrange); }
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(rearrange); }
  window.addEventListener("load", rearrange);
}());
