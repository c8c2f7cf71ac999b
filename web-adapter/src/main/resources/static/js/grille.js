/*
 * The monthly grid: clicked cells are only marked in the page; « Valider » asks « Valider vos modifications ? » and
 * only « Oui » sends them, all together. The answer is the refreshed grid with the result of each cell.
 */
(function () {
    'use strict';
    var root = document.getElementById('reservation');
    if (!root) {
        return;
    }
    var marks = new Map();
    var announce = document.getElementById('annonce');
    var confirmation = document.getElementById('confirmation');
    var MARK_TEXT = {RESERVE: '+', CANCEL: '−'};
    var MARK_LABEL = {RESERVE: ' — demande de réservation à valider', CANCEL: ' — demande d\'annulation à valider'};

    function say(text) {
        announce.textContent = text;
    }

    function tool() {
        return root.querySelector('input[name="outil"]:checked').value;
    }

    function key(button) {
        return button.dataset.date + '|' + button.dataset.unit;
    }

    function unmark(button) {
        button.classList.remove('mark-RESERVE', 'mark-CANCEL');
        button.setAttribute('aria-pressed', 'false');
        button.firstElementChild.textContent = button.dataset.symbol;
        button.setAttribute('aria-label', button.title);
    }

    function mark(button, action) {
        button.dataset.symbol = button.firstElementChild.textContent;
        button.classList.add('mark-' + action);
        button.setAttribute('aria-pressed', 'true');
        button.firstElementChild.textContent = MARK_TEXT[action];
        button.setAttribute('aria-label', button.title + MARK_LABEL[action]);
    }

    function clearMarks() {
        root.querySelectorAll('.cell-button[aria-pressed="true"]').forEach(unmark);
        marks.clear();
    }

    root.addEventListener('click', function (event) {
        var locked = event.target.closest('.cell-locked');
        if (locked) {
            say(locked.title);
            return;
        }
        var button = event.target.closest('.cell-button');
        if (!button) {
            return;
        }
        var cell = key(button);
        if (marks.has(cell)) {
            marks.delete(cell);
            unmark(button);
            say('Case désélectionnée.');
            return;
        }
        var action = tool();
        var free = button.dataset.state === 'FREE';
        if (action === 'RESERVE' && !free) {
            say('Cette case est déjà demandée ou réservée : choisissez l\'outil « Annuler » pour l\'annuler.');
            return;
        }
        if (action === 'CANCEL' && free) {
            say('Cette case est libre : il n\'y a rien à annuler.');
            return;
        }
        marks.set(cell, {date: button.dataset.date, unitId: button.dataset.unit, action: action});
        mark(button, action);
        say(marks.size + (marks.size > 1 ? ' cases sélectionnées.' : ' case sélectionnée.'));
    });

    document.getElementById('valider').addEventListener('click', function () {
        if (marks.size === 0) {
            say('Aucune case sélectionnée.');
            return;
        }
        document.getElementById('confirmation-detail').textContent = marks.size
            + (marks.size > 1 ? ' cases modifiées.' : ' case modifiée.');
        confirmation.hidden = false;
        document.getElementById('oui').focus();
    });

    document.getElementById('non').addEventListener('click', function () {
        confirmation.hidden = true;
        document.getElementById('valider').focus();
    });

    document.getElementById('effacer').addEventListener('click', function () {
        clearMarks();
        confirmation.hidden = true;
        say('Sélection effacée.');
    });

    document.getElementById('oui').addEventListener('click', function () {
        var headers = {'Content-Type': 'application/json', 'Accept': 'text/html'};
        var csrf = document.querySelector('meta[name="_csrf"]');
        var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
        if (csrf && csrfHeader) {
            headers[csrfHeader.content] = csrf.content;
        }
        confirmation.hidden = true;
        say('Envoi en cours…');
        fetch(root.dataset.url, {
            method: 'POST', headers: headers, credentials: 'same-origin',
            body: JSON.stringify({changes: Array.from(marks.values())})
        }).then(function (response) {
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.text();
        }).then(function (html) {
            marks.clear();
            document.getElementById('grille').outerHTML = html;
            say('Vos modifications ont été traitées.');
            var results = document.getElementById('resultats');
            if (results) {
                results.focus();
            }
        }).catch(function () {
            say('Vos modifications n\'ont pas pu être envoyées. Vérifiez votre connexion et réessayez.');
        });
    });

    window.addEventListener('beforeunload', function (event) {
        if (marks.size > 0) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
