// Small additions to pages that work without it: live suggestions in the search box.
(function () {
  "use strict";
  var input = document.querySelector("[data-live-search]");
  if (!input || !window.fetch) { return; }
  var list = input.form.querySelector(".suggest");
  var timer = null;
  function clear() { while (list.firstChild) { list.removeChild(list.firstChild); } list.hidden = true; }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { clear(); return; }
    timer = setTimeout(function () {
      fetch("/api/v1/people?limit=8&q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (data) {
          clear();
          (data.items || []).forEach(function (p) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = "/people/" + encodeURIComponent(p.id);
            a.textContent = p.name + " (" + p.type + ", " + p.articles + " articles)";
            li.appendChild(a);
            list.appendChild(li);
          });
          list.hidden = !list.firstChild;
        })
        .catch(clear);
    }, 150);
  });
  document.addEventListener("click", function (e) { if (!input.form.contains(e.target)) { clear(); } });
})();
