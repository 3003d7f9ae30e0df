package org.pactum.web.discussion;

import java.io.Serializable;

import org.pactum.web.faces.Shown;

/** An article of the current revision, as the "start a discussion" form offers it: by number and heading. */
public record ArticleOption(String key, int number, Shown heading) implements Serializable {
}
