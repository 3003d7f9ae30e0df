/*
 * Text areas as tall as their text, so a long article in one language stays readable beside the others. Browsers
 * with CSS field-sizing do this themselves (small-screens.css); this is for the others.
 */
(function () {
    "use strict";
    if (window.CSS && CSS.supports && CSS.supports("field-sizing", "content")) {
        return;
    }
    function fit(area) {
        area.style.height = "auto";
        area.style.height = (area.scrollHeight + 2) + "px";
    }
    document.querySelectorAll("textarea").forEach(fit);
    document.addEventListener("input", function (event) {
        if (event.target instanceof HTMLTextAreaElement) {
            fit(event.target);
        }
    });
}());
