package org.pactum.web.ui.browser;

import java.util.List;

/**
 * One page of the application as a person reaches it: signed in as {@code username} (null: signed out), at
 * {@code start}, then along links, each found on the page reached so far by a CSS selector; a step that begins with
 * "/" instead opens that path with the query of the page reached so far (the same agreement, another page of it).
 * A page whose address holds an identifier is reached this way, so the list needs no identifiers of the demo data.
 *
 * @param name what the screenshots are called after
 */
record ShownPage(String name, String username, String start, List<String> steps) {

    static ShownPage at(String name, String username, String path) {
        return new ShownPage(name, username, path, List.of());
    }

    static ShownPage via(String name, String username, String start, String... steps) {
        return new ShownPage(name, username, start, List.of(steps));
    }
}
