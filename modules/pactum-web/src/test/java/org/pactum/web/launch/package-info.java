/** Tests of the README's `./pactum run` as a newcomer runs it: start, use, stop, start again. */
package org.pactum.web.launch;
