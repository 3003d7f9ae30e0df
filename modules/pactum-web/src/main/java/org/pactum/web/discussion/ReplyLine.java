package org.pactum.web.discussion;

import java.io.Serializable;

/**
 * One answer in a discussion thread.
 *
 * @param revision the revision its author was reading
 */
public record ReplyLine(long id, String author, String writtenAt, String text, int revision) implements Serializable {
}
