// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen reader users hear the problems first.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
  // Buttons that ask before doing something that cannot be undone.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
