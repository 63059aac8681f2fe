/**
 * The web front: {@link org.sleepkb.web.WebServer} puts the Javalin server together from the parts in its
 * sub-packages (requests and errors {@code web.http}, pages {@code web.page}, the JSON API {@code web.api}, the
 * editors' side {@code web.admin}) and answers {@code /health} and {@code /metrics} itself. It may use every
 * sub-package of {@code web}, the {@code search} seam, {@code corpus}, {@code index} records and {@code insights};
 * no sub-package uses it.
 */
package org.sleepkb.web;
