/**
 * The pages in headless Chromium against the built WAR on one shared Payara Micro, one test class per page area,
 * with a page object per page wrapping its selectors and actions.
 */
package org.pactum.web.ui.browser;
