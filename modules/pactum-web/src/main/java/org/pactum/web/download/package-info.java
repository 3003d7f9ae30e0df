/** The names files are offered under when downloaded, and the Content-Disposition header that carries them. */
package org.pactum.web.download;
