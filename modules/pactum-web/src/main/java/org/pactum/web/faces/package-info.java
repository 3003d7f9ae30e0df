/**
 * Pieces every Faces page shares: messages in the user's language, dates, names of people, paging, address
 * parameters, navigation, file answers, the language chosen and who is signed in.
 */
package org.pactum.web.faces;
