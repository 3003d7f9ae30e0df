/*
 * The editor's live preview: when typing pauses for 1.5 s, press the form's Preview button, which posts the unsaved
 * form into the preview frame (its formtarget). Only an extra: without script the button does the same when pressed.
 * A file, not inline script, because the content security policy allows no inline script.
 */
(function () {
    "use strict";
    var PAUSE_MS = 1500;
    var form = document.querySelector("form[data-auto-preview]");
    var button = form && form.querySelector("[data-preview]");
    if (!button) {
        return;
    }
    var timer = null;
    form.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            timer = null;
            button.click();
        }, PAUSE_MS);
    });
    // Any other button leaves the page; a preview pressed afterwards would post a form that is already gone.
    form.addEventListener("submit", function (event) {
        if (event.submitter !== button) {
            window.clearTimeout(timer);
        }
    });
}());
