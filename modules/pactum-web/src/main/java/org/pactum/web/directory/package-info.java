/**
 * The directory of regions and parties over REST: read by everyone signed in, kept by administrators.
 */
package org.pactum.web.directory;
