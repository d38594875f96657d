// The review page's CSS and JavaScript, as raw strings.
#include "output/review_page_assets.hpp"

namespace termnorm::output {

const std::string_view kReviewPageStyle = R"CSS(
:root { --edit: #d9f2d9; --edit-line: #2e7d32; --left: #ffe0cc; --left-line: #d84315; --quiet: #eceff1; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1b1f23; background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #263238; color: #fff; padding: 10px 20px; }
header h1 { margin: 0 0 4px; font-size: 18px; font-weight: 600; }
#totals { display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: 14px; }
#totals .figure b { font-size: 16px; }
.legend { display: flex; gap: 14px; font-size: 13px; margin-top: 4px; color: #cfd8dc; }
main { padding: 12px 20px 60px; }
section.file { margin-bottom: 28px; background: #fff; border: 1px solid #dde3e8; border-radius: 6px; }
section.file h2 { margin: 0; padding: 8px 12px; font-size: 15px; border-bottom: 1px solid #dde3e8; background: #f3f6f8; }
section.file h2 .meta { font-weight: 400; color: #546e7a; margin-left: 10px; }
p.error { color: #b71c1c; padding: 8px 12px; margin: 0; }
table.side-by-side { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.side-by-side th { text-align: left; font-weight: 600; font-size: 13px; color: #546e7a; padding: 4px 10px; }
table.side-by-side col.ln { width: 3.5em; }
table.side-by-side td { vertical-align: top; padding: 2px 10px; white-space: pre-wrap; overflow-wrap: anywhere; }
table.side-by-side td.ln { color: #90a4ae; text-align: right; font-size: 12px; user-select: none; }
table.side-by-side td.src { border-right: 1px solid #eceff1; }
table.side-by-side tr:hover td { background: #fbfcfd; }
mark { background: none; color: inherit; border-radius: 3px; padding: 0 1px; cursor: pointer; }
mark.edit { background: var(--edit); box-shadow: inset 0 -2px 0 var(--edit-line); }
mark.edit.k-punctuation, mark.edit.k-spacing { background: var(--quiet); box-shadow: none; }
mark.edit.k-spacing:empty::before { content: "\2423"; color: #90a4ae; font-size: 11px; }
.swatch { padding: 0 4px; border-radius: 3px; color: #1b1f23; }
.swatch.edit { background: var(--edit); }
.swatch.untranslated { background: var(--left); }
mark.untranslated { background: var(--left); box-shadow: inset 0 -2px 0 var(--left-line); }
mark.paired { outline: 2px solid #1565c0; }
#card { position: fixed; right: 16px; bottom: 16px; z-index: 3; width: 360px; max-width: calc(100vw - 32px); background: #fff;
        border: 1px solid #b0bec5; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; font-size: 14px; }
#card h3 { margin: 0 0 2px; font-size: 15px; }
#card .kind { color: #546e7a; font-size: 12px; margin-bottom: 6px; }
#card dl { margin: 0; display: grid; grid-template-columns: 7.5em 1fr; gap: 2px 8px; }
#card dt { color: #607d8b; }
#card dd { margin: 0; }
#card .lang { grid-column: 1 / -1; font-weight: 600; margin-top: 6px; border-top: 1px solid #eceff1; padding-top: 4px; }
#card .change { margin-bottom: 6px; }
)CSS";

const std::string_view kReviewPageScript = R"JS(
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("termnorm-data").textContent);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function figure(number, label) {
    var span = el("span", "figure");
    span.appendChild(el("b", "", String(number)));
    span.appendChild(document.createTextNode(" " + label));
    return span;
  }

  var t = data.totals;
  var totals = document.getElementById("totals");
  totals.textContent = "";
  totals.appendChild(figure(t.files, t.files === 1 ? "file" : "files"));
  totals.appendChild(figure(t.changed, "changed"));
  totals.appendChild(figure(t.replacements, "replacements"));
  totals.appendChild(figure(t.untranslated_spans, "untranslated spans"));
  totals.appendChild(figure(t.untranslated_characters, "untranslated characters"));
  if (t.errors > 0) totals.appendChild(figure(t.errors, t.errors === 1 ? "error" : "errors"));
  totals.setAttribute("data-rendered", "yes");

  var card = document.getElementById("card");

  function field(list, label, value) {
    if (!value || (Array.isArray(value) && value.length === 0)) return;
    list.appendChild(el("dt", "", label));
    list.appendChild(el("dd", "", Array.isArray(value) ? value.join("; ") : value));
  }

  function showCard(mark) {
    var id = mark.getAttribute("data-concept");
    var concept = id ? data.concepts[id] : null;
    card.textContent = "";
    var change = mark.getAttribute("title");
    if (change) card.appendChild(el("div", "change", change));
    if (concept) {
      card.appendChild(el("h3", "", concept.id));
      var kind = concept.kind + (concept.pos ? ", " + concept.pos : "") + (concept.domain ? ", domain " + concept.domain : "");
      card.appendChild(el("div", "kind", kind));
      var list = el("dl");
      ["en", "zh"].forEach(function (lang) {
        var forms = concept[lang];
        if (!forms) return;
        list.appendChild(el("dt", "lang", lang === "en" ? "English" : "Chinese"));
        field(list, concept.kind === "rule" ? "pattern" : "term", forms.term);
        field(list, "abbreviation", forms.abbr);
        field(list, "variants", forms.variants);
        field(list, "deprecated", forms.deprecated);
        field(list, "traditional", forms.traditional);
      });
      card.appendChild(list);
    }
    card.hidden = false;
  }

  function pair(mark, on) {
    var section = mark.closest("section");
    var key = mark.getAttribute("data-edit") !== null ? "data-edit" : "data-left";
    var selector = "mark[" + key + "=\"" + mark.getAttribute(key) + "\"]";
    section.querySelectorAll(selector).forEach(function (m) { m.classList.toggle("paired", on); });
  }

  document.querySelectorAll("main mark").forEach(function (mark) {
    mark.tabIndex = 0;
    mark.addEventListener("mouseenter", function () { pair(mark, true); showCard(mark); });
    mark.addEventListener("mouseleave", function () { pair(mark, false); });
    mark.addEventListener("focus", function () { showCard(mark); });
    mark.addEventListener("click", function () { showCard(mark); });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") card.hidden = true; });

  // page.html#concept=ID opens on the card of the first highlight of that concept.
  var wanted = /^#concept=(.+)$/.exec(location.hash);
  if (wanted) {
    var id = decodeURIComponent(wanted[1]);
    var first = Array.prototype.find.call(document.querySelectorAll("main mark[data-concept]"),
                                          function (m) { return m.getAttribute("data-concept") === id; });
    if (first) { pair(first, true); showCard(first); first.scrollIntoView({block: "nearest"}); }
  }
})();
)JS";

}  // namespace termnorm::output
