// handson jitviewer: hover a variable to see its uses, toggle offsets / machine code /
// log syntax (keys o, a, r), filter the loop list (key /). The pages work without it.
(function () {
  "use strict";

  function highlight(name, on) {
    var all = document.querySelectorAll('.v[data-v="' + name.replace(/[^a-z0-9]/gi, "") + '"]');
    for (var i = 0; i < all.length; i++) all[i].classList.toggle("hl", on);
  }
  document.addEventListener("mouseover", function (e) {
    var v = e.target.closest && e.target.closest(".v");
    if (v) highlight(v.getAttribute("data-v"), true);
  });
  document.addEventListener("mouseout", function (e) {
    var v = e.target.closest && e.target.closest(".v");
    if (v) highlight(v.getAttribute("data-v"), false);
  });

  function toggle(cls) {
    document.body.classList.toggle(cls);
    try { localStorage.setItem("jitviewer-" + cls, document.body.classList.contains(cls) ? "1" : ""); } catch (err) {}
  }
  ["show-offsets", "show-asm", "show-raw"].forEach(function (cls) {
    try { if (localStorage.getItem("jitviewer-" + cls)) document.body.classList.add(cls); } catch (err) {}
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button[data-toggle]");
    if (b) toggle(b.getAttribute("data-toggle"));
  });

  var filter = document.getElementById("filter");
  function applyFilter() {
    var q = filter.value.trim().toLowerCase(), re = null;
    try { re = q ? new RegExp(q) : null; } catch (err) { re = null; }
    var rows = document.querySelectorAll("tr[data-filter]");
    for (var i = 0; i < rows.length; i++) {
      var text = rows[i].getAttribute("data-filter");
      var match = !q || (re ? re.test(text) : text.indexOf(q) >= 0);
      rows[i].classList.toggle("filtered", !match);
    }
  }
  if (filter) filter.addEventListener("input", applyFilter);

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA") {
      if (e.key === "Escape") e.target.blur();
      return;
    }
    if (e.key === "/" && filter) { e.preventDefault(); filter.focus(); }
    else if (e.key === "o") toggle("show-offsets");
    else if (e.key === "a" && document.querySelector('button[data-toggle="show-asm"]')) toggle("show-asm");
    else if (e.key === "r") toggle("show-raw");
  });

  // A link into a folded inlined call opens the fold.
  function openTarget() {
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var p = el; p; p = p.parentElement) if (p.tagName === "DETAILS") p.open = true;
    if (el) el.scrollIntoView();
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
