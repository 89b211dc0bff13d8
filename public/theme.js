/*
 * Theme: runs blocking in <head> (an external file, so the strict CSP needs no inline script),
 * so the page is painted in the right theme from the first frame.
 * data-theme on <html> is always "light" or "dark": the reader's saved choice, else the system's.
 * Without JS the stylesheet's light-dark() colours follow the system's scheme and the toggle stays hidden.
 */
(function () {
  var KEY = 'theme';
  var root = document.documentElement;
  var system = window.matchMedia('(prefers-color-scheme: dark)');
  function saved() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : null;
    } catch (e) {
      return null; // storage blocked: follow the system
    }
  }
  function apply() {
    root.setAttribute('data-theme', saved() || (system.matches ? 'dark' : 'light'));
  }
  apply();
  root.classList.add('js');
  system.addEventListener('change', apply);
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    function show() {
      button.setAttribute('aria-pressed', String(root.getAttribute('data-theme') === 'dark'));
    }
    show();
    button.addEventListener('click', function () {
      var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(KEY, next);
      } catch (e) {}
      root.setAttribute('data-theme', next);
      show();
    });
    system.addEventListener('change', show);
    // A choice made in another tab applies here too.
    window.addEventListener('storage', function (event) {
      if (event.key === KEY) {
        apply();
        show();
      }
    });
  });
})();
