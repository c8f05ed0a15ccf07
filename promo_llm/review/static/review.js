// Keyboard scoring: 1-5 answer the focused question (then focus moves on), arrows or Tab move
// between questions, a flag's letter toggles it, A/B/S pick a side of a pair, Enter saves.
(function () {
  "use strict";
  var form = document.getElementById("answer");
  if (!form) { return; }
  var questions = Array.prototype.slice.call(form.querySelectorAll("fieldset.q"));
  var message = document.getElementById("message");
  var current = 0;

  function focusQuestion(i) {
    if (!questions.length) { return; }
    current = Math.max(0, Math.min(questions.length - 1, i));
    questions.forEach(function (q, k) { q.classList.toggle("focused", k === current); });
    questions[current].focus();
  }
  function choose(q, value) {
    var input = q.querySelector('input[value="' + value + '"]');
    if (input) { input.checked = true; q.classList.remove("missing"); return true; }
    return false;
  }
  function firstMissing() {
    for (var i = 0; i < questions.length; i++) {
      if (!questions[i].querySelector("input:checked")) { return i; }
    }
    return -1;
  }
  function save() {
    var missing = firstMissing();
    if (missing >= 0) {
      questions[missing].classList.add("missing");
      message.textContent = "Answer every question first (" + questions[missing].querySelector("legend").firstChild.textContent.trim() + ").";
      focusQuestion(missing);
      return;
    }
    form.submit();
  }
  questions.forEach(function (q, k) { q.addEventListener("focus", function () { current = k; focusQuestion(k); }); });
  form.addEventListener("submit", function (e) { if (firstMissing() >= 0) { e.preventDefault(); save(); } });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var key = e.key;
    var pair = form.dataset.kind === "pair";
    if (key === "Enter") { e.preventDefault(); save(); return; }
    if (key === "ArrowDown" || (key === "Tab" && !e.shiftKey)) { e.preventDefault(); focusQuestion(current + 1); return; }
    if (key === "ArrowUp" || (key === "Tab" && e.shiftKey)) { e.preventDefault(); focusQuestion(current - 1); return; }
    if (!pair && /^[1-5]$/.test(key)) {
      e.preventDefault();
      if (choose(questions[current], key)) { focusQuestion(current + 1); }
      return;
    }
    var lower = key.toLowerCase();
    if (pair && (lower === "a" || lower === "b" || lower === "s")) {
      e.preventDefault();
      choose(questions[0], lower === "s" ? "same" : lower.toUpperCase());
      return;
    }
    var flag = form.querySelector('input[data-letter="' + lower + '"]');
    if (!pair && flag && lower.length === 1) { e.preventDefault(); flag.checked = !flag.checked; }
  });
  focusQuestion(0);
}());
