/*
 * The menu button of a narrow screen: shows it, and folds the navigation and the account behind it. Below 900 px the
 * style sheet hides the menu only on a page this script marked (has-menu), so without script everything stays shown.
 */
(function () {
    "use strict";
    var button = document.getElementById("menuButton");
    var menu = document.getElementById("menu");
    if (!button || !menu) {
        return;
    }
    document.documentElement.classList.add("has-menu");
    button.hidden = false;
    function show(open) {
        menu.classList.toggle("open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function () {
        show(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            show(false);
            button.focus();
        }
    });
}());
