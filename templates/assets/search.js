// Starts Pagefind's search UI. Kept in a file of its own (not inline) so pages can forbid inline
// scripts in their Content-Security-Policy.
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false });
  var input = document.querySelector("#search input");
  if (input && !input.getAttribute("aria-label")) input.setAttribute("aria-label", "Search the archive");
});
