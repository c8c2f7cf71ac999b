/* « Tout sélectionner »: checks or unchecks every choice of its form. */
document.addEventListener('change', function (event) {
    'use strict';
    if (event.target.matches('[data-select-all]')) {
        event.target.form.querySelectorAll('input[name="cases"]').forEach(function (box) {
            box.checked = event.target.checked;
        });
    }
});
