/** One unchecked hierarchy, one class per condition, so the web layer can map each to a stable problem type. */
package org.pactum.domain.error;
