/*
 * The marking form's running total and level quick choices (review/mark.xhtml). The page shows the
 * total of the points it was rendered with; this script adds them up again as they are typed, and
 * a level's button puts that level's points into its criterion's input. Only whole numbers count,
 * as the server accepts only those. No inline script (the Content-Security-Policy forbids it).
 */
(function () {
    'use strict';

    var form = document.getElementById('marking');
    var total = document.getElementById('runningTotal');
    if (!form || !total) {
        return;
    }

    function wholePoints(input) {
        var text = input.value.trim();
        return /^[0-9]{1,9}$/.test(text) ? parseInt(text, 10) : null;
    }

    function update() {
        var sum = 0;
        form.querySelectorAll('.criterion-marking').forEach(function (criterion) {
            var input = criterion.querySelector('input.points-input');
            if (!input) {
                return;
            }
            var points = wholePoints(input);
            if (points !== null) {
                sum += points;
            }
            criterion.querySelectorAll('button.level-choice').forEach(function (button) {
                var chosen = points !== null && String(points) === button.dataset.points;
                button.classList.toggle('chosen', chosen);
                button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
            });
        });
        total.textContent = String(sum);
    }

    form.addEventListener('input', function (event) {
        if (event.target.classList.contains('points-input')) {
            update();
        }
    });

    form.addEventListener('click', function (event) {
        var button = event.target.closest('button.level-choice');
        if (!button) {
            return;
        }
        var criterion = button.closest('.criterion-marking');
        var input = criterion && criterion.querySelector('input.points-input');
        if (!input || input.disabled) {
            return;
        }
        input.value = button.dataset.points;
        update();
        input.focus();
    });

    update();
}());
