// Starts Pagefind's search UI. Kept in a file of its own (not inline) so pages can forbid inline
// scripts in their Content-Security-Policy.
//
// The index is split into shards (one Pagefind bundle per month, see src/build/search-index.ts) so
// adding an article re-indexes only its month; /pagefind/shards.json lists the bundles to merge
// into the primary one at /pagefind/.
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") return;
  function start(shards) {
    new PagefindUI({
      element: "#search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      mergeIndex: shards.map(function (path) {
        return { bundlePath: path };
      }),
    });
    var input = document.querySelector("#search input");
    if (input && !input.getAttribute("aria-label")) input.setAttribute("aria-label", "Search the archive");
  }
  fetch("/pagefind/shards.json")
    .then(function (r) {
      return r.ok ? r.json() : { shards: [] };
    })
    .then(function (d) {
      start(d.shards || []);
    })
    .catch(function () {
      start([]);
    });
});
