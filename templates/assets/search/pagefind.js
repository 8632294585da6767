// Pagefind's module as the search page's UI loads it (its bundlePath points here), with one change.
// The index is split into monthly shards merged in the browser, and Pagefind orders merged results
// by each shard's own ranking, which scrambles an order by date across months. So for an order by
// date this asks month by month (each month is one shard, ordered correctly on its own) and joins
// the months in order. Everything else goes straight to Pagefind.
import { search as pagefindSearch } from "/pagefind/pagefind.js";
export { createInstance, debouncedSearch, destroy, filters, init, mergeIndex, options, preload } from "/pagefind/pagefind.js";

var UNDATED = "Undated";

export async function search(term, options) {
  var order = options && options.sort && options.sort.date;
  if (!order) return pagefindSearch(term, options);
  var first = await pagefindSearch(term, options);
  var counts = (first && first.filters && first.filters.month) || {};
  var months = Object.keys(counts).filter(function (m) {
    return counts[m] > 0;
  });
  if (months.length < 2) return first;
  var dir = order === "asc" ? 1 : -1;
  months.sort(function (a, b) {
    if ((a === UNDATED) !== (b === UNDATED)) return a === UNDATED ? 1 : -1;
    return a < b ? -dir : a > b ? dir : 0;
  });
  var base = options.filters || {};
  var parts = await Promise.all(
    months.map(function (m) {
      var filters = Object.assign({}, base, { month: (base.month || []).concat([m]) });
      return pagefindSearch(term, Object.assign({}, options, { filters: filters }));
    }),
  );
  var results = [];
  parts.forEach(function (p) {
    results = results.concat(p.results);
  });
  return Object.assign({}, first, { results: results });
}
