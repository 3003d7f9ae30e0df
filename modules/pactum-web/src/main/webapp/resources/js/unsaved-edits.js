/*
 * Typed text is not lost by leaving an editor unsaved: switching the language, signing out, a link or closing the tab
 * first asks the browser's own "leave the page?" question. A form marked data-guard-unsaved is watched; its value says
 * whether the page already shows unsaved edits (a save that was refused, an article taken in but not yet saved).
 * Pressing one of the form's own buttons carries the edits to the server, so it is never asked about; a button that
 * answers with a file (the preview download) leaves the page in place, still watched. An extra: without script the
 * pages work as before, unguarded.
 */
(function () {
    "use strict";
    var forms = document.querySelectorAll("form[data-guard-unsaved]");
    if (forms.length === 0) {
        return;
    }
    var unsaved = false;
    var carried = false;
    forms.forEach(function (form) {
        if (form.getAttribute("data-guard-unsaved") === "true") {
            unsaved = true;
        }
        form.addEventListener("input", function () {
            unsaved = true;
        });
        form.addEventListener("change", function () {
            unsaved = true;
        });
        form.addEventListener("submit", function (event) {
            // A button aimed at a frame (the live preview) leaves the page where it is.
            var submitter = event.submitter;
            if (!submitter || !submitter.formTarget) {
                carried = true;
                // The browser asks beforeunload at once when the request starts; should it not (a file answered),
                // the next way out must be guarded again.
                window.setTimeout(function () {
                    carried = false;
                }, 1000);
            }
        });
    });
    window.addEventListener("beforeunload", function (event) {
        if (carried) {
            carried = false;
            return;
        }
        if (unsaved) {
            event.preventDefault();
            // Older browsers show the question only when returnValue is set.
            event.returnValue = "";
        }
    });
}());
