/** The agreement page's reading view: the text side by side with its discussion, and what changed since the reader's last visit. */
package org.pactum.web.reading;
