/*
 * The exam page's autosave and timer (exams/attempt.xhtml). The page renders every item with the
 * answer saved for it; this script then saves each change through the JSON API:
 *
 *   PUT  {api}/attempts/{id}/answers/{itemId}   {"selected": [...]} | {"value": n} | {"text": "..."}
 *   GET  {api}/attempts/{id}                    the deadline (extra time) and the state
 *   POST {api}/attempts/{id}/submission
 *
 * Rules that matter on an exam day:
 *   - an item reads "saved" only after the server answered 200 for exactly what it shows now;
 *   - a change that could not be sent stays queued and is retried with backoff until it is saved,
 *     the time is over, or the server refuses it for good (a 4xx: said beside the item);
 *   - the timer runs on the server's clock: the offset to the browser's monotonic clock is taken
 *     once, from the moment the page was served, so a wrong or changed browser clock moves nothing;
 *   - the deadline is the server's: every save and a refresh every 60 s bring the current one, so
 *     extra time granted meanwhile shows at once; at zero the inputs lock, and the page follows the
 *     server until it has submitted the attempt.
 * No inline script (the Content-Security-Policy forbids it): every text comes from data attributes.
 */
(function () {
    'use strict';

    var root = document.getElementById('exam');
    if (!root || root.dataset.state !== 'IN_PROGRESS') {
        return;
    }

    var REFRESH_MS = 60000;
    var AFTER_TIME_POLL_MS = 5000;
    var TYPING_DEBOUNCE_MS = 800;
    var MAX_BACKOFF_MS = 30000;
    var REQUEST_TIMEOUT_MS = 20000;
    var FIVE_MINUTES_MS = 5 * 60000;
    var ONE_MINUTE_MS = 60000;

    var api = root.dataset.api + '/attempts/' + encodeURIComponent(root.dataset.attempt);
    var texts = root.dataset;
    var form = document.getElementById('examForm');
    var timerElement = document.getElementById('timer');
    var overallElement = document.getElementById('overallStatus');
    var warningElement = document.getElementById('timeWarning');
    var submitButton = document.getElementById('submitExam');
    var dialog = document.getElementById('confirmSubmit');
    var language = document.documentElement.lang || undefined;

    // --- The server's clock -------------------------------------------------------------------

    // serverTime was read while the page was made, just before its first byte left the server.
    var servedAt = Date.parse(texts.serverTime);
    var servedAtMonotonic = (function () {
        var entries = performance.getEntriesByType ? performance.getEntriesByType('navigation') : [];
        return entries.length && entries[0].responseStart > 0 ? entries[0].responseStart : performance.now();
    })();
    var deadline = Date.parse(texts.deadline);

    function serverNow() {
        return servedAt + (performance.now() - servedAtMonotonic);
    }

    // --- Texts --------------------------------------------------------------------------------

    function say(pattern) {
        var values = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)[^}]*\}/g, function (whole, index) {
            var value = values[Number(index)];
            return value === undefined ? whole : String(value);
        });
    }

    var numberFormat = new Intl.NumberFormat(language);
    var timeFormat = (function () {
        var options = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
        try {
            return new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: texts.zone }, options));
        } catch (unknownZone) {
            return new Intl.DateTimeFormat('en-GB', options);
        }
    })();

    // --- Items --------------------------------------------------------------------------------

    var items = [];
    var itemsById = {};
    Array.prototype.forEach.call(root.querySelectorAll('.exam-item'), function (element) {
        var item = {
            id: element.dataset.item,
            type: element.dataset.type,
            element: element,
            status: document.getElementById('status-' + element.dataset.item),
            navigator: root.querySelector('#navigator a[data-item="' + element.dataset.item + '"]'),
            pending: null, // the body waiting to be sent, or null
            inFlight: false,
            failures: 0,
            retryTimer: null,
            typingTimer: null,
            problem: false // the last attempt failed (retrying or refused)
        };
        items.push(item);
        itemsById[item.id] = item;
    });

    function inputsOf(item) {
        return item.element.querySelectorAll('input, textarea');
    }

    /** What the item's inputs hold now: {body} to save, {empty} for nothing, or {invalid}. */
    function answerOf(item) {
        if (item.type === 'NUMERIC') {
            var text = item.element.querySelector('input').value;
            if (text.trim() === '') {
                return { empty: true };
            }
            var number = normaliseNumber(text);
            return number === null ? { invalid: true } : { body: '{"value":' + number + '}' };
        }
        if (item.type === 'ESSAY') {
            var essay = item.element.querySelector('textarea').value;
            return { body: JSON.stringify({ text: essay }), empty: essay.trim() === '' };
        }
        var selected = Array.prototype.filter
            .call(inputsOf(item), function (input) {
                return input.checked;
            })
            .map(function (input) {
                return Number(input.value);
            })
            .sort(function (a, b) {
                return a - b;
            });
        return { body: JSON.stringify({ selected: selected }), empty: selected.length === 0 };
    }

    /**
     * A number as typed (full-width digits, grouping commas or spaces allowed) as a JSON number
     * literal, kept as text so that no digit is lost to floating point; null when it is no number.
     */
    function normaliseNumber(text) {
        var plain = text
            .replace(/[\uFF10-\uFF19]/g, function (digit) {
                return String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48);
            })
            .replace(/\uFF0E/g, '.')
            .replace(/\uFF0D|\u2212/g, '-')
            .replace(/[\s,\uFF0C\u00A0\u2009\u202F']/g, '');
        var match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(plain) || /^([+-]?)()\.(\d+)$/.exec(plain);
        if (!match) {
            return null;
        }
        var whole = match[2].replace(/^0+(?=\d)/, '') || '0';
        return (match[1] === '-' ? '-' : '') + whole + (match[3] ? '.' + match[3] : '');
    }

    function setStatus(item, text, kind) {
        item.status.textContent = text;
        item.status.className = 'save-status' + (kind ? ' ' + kind : '');
    }

    function markAnswered(item) {
        var answer = answerOf(item);
        var answered = !answer.empty && !answer.invalid;
        if (item.navigator) {
            item.navigator.className = answered ? 'answered' : 'unanswered';
            item.navigator.title = answered ? texts.msgAnswered : texts.msgUnansweredItem;
        }
        return answered;
    }

    // --- Saving -------------------------------------------------------------------------------

    var locked = false;
    var csrfToken = null;

    function fetchToken() {
        return fetch(root.dataset.api + '/me', {
            credentials: 'same-origin',
            headers: { Accept: 'application/json' },
            cache: 'no-store'
        }).then(function (response) {
            if (!response.ok) {
                throw { status: response.status };
            }
            return response.json().then(function (me) {
                csrfToken = me.csrfToken;
                return csrfToken;
            });
        });
    }

    function token() {
        return csrfToken ? Promise.resolve(csrfToken) : fetchToken();
    }

    /** A state-changing call with the session's CSRF token; a stale token is fetched again once. */
    function send(method, url, body, retried) {
        return token().then(function (value) {
            // A connection that hangs counts as a failure after a while, so the change is sent again.
            var abort = typeof AbortController === 'function' ? new AbortController() : null;
            var timeout = abort ? setTimeout(function () {
                abort.abort();
            }, REQUEST_TIMEOUT_MS) : null;
            return fetch(url, {
                signal: abort ? abort.signal : undefined,
                method: method,
                credentials: 'same-origin',
                cache: 'no-store',
                headers: {
                    'Content-Type': 'application/json',
                    Accept: 'application/json, application/problem+json',
                    'X-CSRF-Token': value
                },
                body: body
            }).finally(function () {
                clearTimeout(timeout);
            }).then(function (response) {
                if (response.status === 403 && !retried) {
                    csrfToken = null;
                    return send(method, url, body, true);
                }
                return response;
            });
        });
    }

    function problemText(response) {
        return response
            .json()
            .then(function (problem) {
                // A refused body names what is wrong with it in errors; other problems say it in detail.
                var first = problem.errors && problem.errors.length ? problem.errors[0].message : null;
                return first || problem.detail || problem.title || String(response.status);
            })
            .catch(function () {
                return String(response.status);
            });
    }

    /** Queues the item's current answer and sends it at once. */
    function save(item) {
        clearTimeout(item.typingTimer);
        item.typingTimer = null;
        markAnswered(item);
        if (locked) {
            setStatus(item, texts.msgTimeOver, 'refused');
            return;
        }
        var answer = answerOf(item);
        if (answer.invalid) {
            item.pending = null;
            setStatus(item, texts.msgNotANumber, 'refused');
            updateOverall();
            return;
        }
        if (answer.body === undefined) {
            // An emptied number field: the answer saved before stays until another number replaces it.
            item.pending = null;
            setStatus(item, texts.msgEmptyNumber, 'hint');
            updateOverall();
            return;
        }
        item.pending = answer.body;
        clearTimeout(item.retryTimer);
        item.retryTimer = null;
        item.failures = 0;
        item.problem = false;
        setStatus(item, texts.msgSaving, 'saving');
        transmit(item);
    }

    /** Saves after a pause in typing; leaving the field saves at once. */
    function saveSoon(item) {
        markAnswered(item);
        clearTimeout(item.typingTimer);
        item.typingTimer = setTimeout(function () {
            save(item);
        }, TYPING_DEBOUNCE_MS);
    }

    function transmit(item) {
        if (item.inFlight || item.pending === null || locked) {
            updateOverall();
            return;
        }
        var body = item.pending;
        item.inFlight = true;
        updateOverall();
        send('PUT', api + '/answers/' + encodeURIComponent(item.id), body)
            .then(function (response) {
                if (response.ok) {
                    return response.json().then(function (receipt) {
                        item.inFlight = false;
                        item.failures = 0;
                        item.problem = false;
                        followDeadline(receipt.deadline);
                        if (item.pending === body) {
                            item.pending = null;
                            setStatus(item, say(texts.msgSaved, timeFormat.format(new Date(receipt.savedAt))), 'saved');
                        } else {
                            transmit(item); // changed while this one travelled: send the newer answer
                        }
                        updateOverall();
                    });
                }
                item.inFlight = false;
                return refused(item, body, response);
            })
            .catch(function (failure) {
                item.inFlight = false;
                retryLater(item, failure && failure.status === 401 ? texts.msgSignedOut : texts.msgRetrying);
            });
    }

    function refused(item, body, response) {
        var status = response.status;
        if (status === 401) {
            csrfToken = null;
            retryLater(item, texts.msgSignedOut);
            return;
        }
        if (status === 408 || status === 429 || status >= 500) {
            retryLater(item, texts.msgRetrying);
            return;
        }
        if (status === 409) {
            // Past the deadline, or submitted meanwhile (perhaps on another device): not saved.
            if (item.pending === body) {
                item.pending = null;
            }
            item.problem = true;
            setStatus(item, texts.msgTimeOver, 'refused');
            deadline = Math.min(deadline, serverNow());
            timeOver();
            return;
        }
        return problemText(response).then(function (detail) {
            if (item.pending === body) {
                item.pending = null;
            }
            item.problem = true;
            setStatus(item, say(texts.msgRefused, detail), 'refused');
            updateOverall();
        });
    }

    function retryLater(item, text) {
        item.failures += 1;
        item.problem = true;
        setStatus(item, text, 'retrying');
        updateOverall();
        if (locked) {
            return;
        }
        var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, item.failures - 1));
        delay = delay / 2 + Math.random() * (delay / 2);
        clearTimeout(item.retryTimer);
        item.retryTimer = setTimeout(function () {
            item.retryTimer = null;
            transmit(item);
        }, delay);
    }

    function unsavedCount() {
        return items.filter(function (item) {
            return item.pending !== null || item.inFlight || item.typingTimer !== null;
        }).length;
    }

    function updateOverall() {
        if (locked) {
            return;
        }
        var unsaved = unsavedCount();
        var failing = items.filter(function (item) {
            return item.pending !== null && item.failures > 0;
        }).length;
        if (failing > 0) {
            overallElement.textContent = say(texts.msgFailing, numberFormat.format(failing));
            overallElement.className = 'overall-status retrying';
        } else if (unsaved > 0) {
            overallElement.textContent = say(texts.msgPending, numberFormat.format(unsaved));
            overallElement.className = 'overall-status saving';
        } else {
            overallElement.textContent = texts.msgAllSaved;
            overallElement.className = 'overall-status saved';
        }
    }

    items.forEach(function (item) {
        if (item.type === 'NUMERIC' || item.type === 'ESSAY') {
            var field = item.element.querySelector(item.type === 'ESSAY' ? 'textarea' : 'input');
            var counter = document.getElementById('count-' + item.id);
            field.addEventListener('input', function () {
                if (counter) {
                    counter.textContent = say(
                        texts.msgCharacters,
                        numberFormat.format(Array.from(field.value).length),
                        numberFormat.format(Number(texts.maxLength)));
                }
                saveSoon(item);
            });
            field.addEventListener('change', function () {
                save(item);
            });
        } else {
            Array.prototype.forEach.call(inputsOf(item), function (input) {
                input.addEventListener('change', function () {
                    save(item);
                });
            });
        }
    });

    window.addEventListener('beforeunload', function (event) {
        if (!locked && unsavedCount() > 0) {
            event.preventDefault();
            event.returnValue = texts.msgLeave;
            return texts.msgLeave;
        }
    });

    // --- The timer and the deadline -------------------------------------------------------------

    var warned = { five: false, one: false };
    var pollTimer = null;

    function followDeadline(value) {
        var next = Date.parse(value);
        if (!isNaN(next) && next !== deadline) {
            deadline = next;
            var left = deadline - serverNow();
            if (left > FIVE_MINUTES_MS) {
                warned.five = false;
                warned.one = false;
                warningElement.hidden = true;
            } else if (left > ONE_MINUTE_MS) {
                warned.one = false;
            }
            if (locked && left > 0) {
                reopen();
            }
            tick();
        }
    }

    function clock(milliseconds) {
        var seconds = Math.max(0, Math.ceil(milliseconds / 1000));
        var hours = Math.floor(seconds / 3600);
        var minutes = Math.floor((seconds % 3600) / 60);
        seconds = seconds % 60;
        return hours + ':' + (minutes < 10 ? '0' : '') + minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    }

    function warn(text) {
        warningElement.textContent = text;
        warningElement.hidden = false;
    }

    function tick() {
        var left = deadline - serverNow();
        timerElement.textContent = clock(left);
        if (left <= 0) {
            if (!locked) {
                timeOver();
            }
            return;
        }
        timerElement.classList.toggle('urgent', left <= FIVE_MINUTES_MS);
        if (left <= ONE_MINUTE_MS && !warned.one) {
            warned.one = true;
            warned.five = true;
            warn(texts.msgWarningOne);
        } else if (left <= FIVE_MINUTES_MS && !warned.five) {
            warned.five = true;
            warn(texts.msgWarningFive);
        }
    }

    /** The time is over: nothing more is taken, and the page waits for the server's submission. */
    function timeOver() {
        if (locked) {
            return;
        }
        locked = true;
        form.disabled = true;
        if (submitButton) {
            submitButton.disabled = true;
        }
        if (dialog && dialog.open) {
            dialog.close();
        }
        items.forEach(function (item) {
            clearTimeout(item.typingTimer);
            clearTimeout(item.retryTimer);
            item.typingTimer = null;
            item.retryTimer = null;
            if (item.pending !== null && !item.inFlight) {
                item.pending = null;
                setStatus(item, texts.msgTimeOver, 'refused');
            }
        });
        timerElement.textContent = clock(0);
        warningElement.hidden = true;
        overallElement.textContent = texts.msgOverallTimeOver;
        overallElement.className = 'overall-status refused';
        schedulePoll(AFTER_TIME_POLL_MS);
    }

    /** Extra time arrived after the page had stopped: answers are taken again. */
    function reopen() {
        locked = false;
        form.disabled = false;
        if (submitButton) {
            submitButton.disabled = false;
        }
        items.forEach(function (item) {
            if (item.status.classList.contains('refused')) {
                setStatus(item, '', null);
                item.problem = false;
            }
        });
        updateOverall();
        schedulePoll(REFRESH_MS);
    }

    function schedulePoll(delay) {
        clearTimeout(pollTimer);
        pollTimer = setTimeout(refresh, delay);
    }

    /** Reads the attempt again: its deadline (extra time) and whether it was submitted. */
    function refresh() {
        fetch(api, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw { status: response.status };
                }
                return response.json();
            })
            .then(function (attempt) {
                if (attempt.state === 'SUBMITTED') {
                    showSubmitted();
                    return;
                }
                followDeadline(attempt.deadline);
                schedulePoll(locked ? AFTER_TIME_POLL_MS : REFRESH_MS);
            })
            .catch(function () {
                schedulePoll(locked ? AFTER_TIME_POLL_MS : REFRESH_MS);
            });
    }

    /** The server renders the submitted attempt: ask it for the page again. */
    function showSubmitted() {
        locked = true;
        window.location.replace(window.location.href.split('#')[0]);
    }

    // --- Submission -----------------------------------------------------------------------------

    function flushAll() {
        items.forEach(function (item) {
            if (item.typingTimer !== null) {
                save(item);
            }
        });
        var waited = 0;
        return new Promise(function (resolve) {
            (function check() {
                var unsaved = items.some(function (item) {
                    return item.pending !== null || item.inFlight;
                });
                if (!unsaved || waited >= 15000 || locked) {
                    resolve(!unsaved);
                    return;
                }
                items.forEach(function (item) {
                    if (item.pending !== null && !item.inFlight && item.retryTimer !== null) {
                        clearTimeout(item.retryTimer);
                        item.retryTimer = null;
                        transmit(item);
                    }
                });
                waited += 250;
                setTimeout(check, 250);
            })();
        });
    }

    if (submitButton && dialog) {
        var confirmText = document.getElementById('confirmText');
        var yes = document.getElementById('confirmYes');
        var no = document.getElementById('confirmNo');

        submitButton.addEventListener('click', function () {
            if (locked) {
                return;
            }
            var unanswered = items.filter(function (item) {
                return !markAnswered(item);
            }).length;
            confirmText.textContent =
                unanswered === 0
                    ? texts.msgAllAnswered
                    : say(texts.msgUnanswered, numberFormat.format(unanswered), numberFormat.format(items.length));
            yes.disabled = false;
            dialog.showModal();
        });
        no.addEventListener('click', function () {
            dialog.close();
        });
        yes.addEventListener('click', function () {
            yes.disabled = true;
            submitButton.disabled = true;
            overallElement.textContent = texts.msgSubmitting;
            overallElement.className = 'overall-status saving';
            flushAll()
                .then(function (allSaved) {
                    if (locked) {
                        return null;
                    }
                    if (!allSaved) {
                        throw { unsaved: true };
                    }
                    return send('POST', api + '/submission', null);
                })
                .then(function (response) {
                    if (response === null) {
                        return;
                    }
                    if (response.ok || response.status === 409) {
                        dialog.close();
                        showSubmitted();
                        return;
                    }
                    throw { status: response.status };
                })
                .catch(function (failure) {
                    dialog.close();
                    submitButton.disabled = false;
                    overallElement.textContent =
                        failure && failure.unsaved ? texts.msgSubmitUnsaved : texts.msgSubmitFailed;
                    overallElement.className = 'overall-status retrying';
                });
        });
    }

    // --- Start ----------------------------------------------------------------------------------

    fetchToken().catch(function () {
        // The first save fetches it again.
    });
    tick();
    setInterval(function () {
        if (!locked) {
            tick();
        }
    }, 250);
    if (!locked) {
        schedulePoll(REFRESH_MS);
    }
})();
