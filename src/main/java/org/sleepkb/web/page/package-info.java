/**
 * The HTML pages: how a search is read from a URL and written back into links ({@link org.sleepkb.web.page.SearchParameters},
 * {@link org.sleepkb.web.page.SearchLinks}), the views the templates of {@code src/main/jte} print (a hit with its
 * safety panel, the search, topic and article pages, the card of what a query names, pagination), the article body as
 * escaped HTML, the routes of the pages and the answers to crawlers. {@link org.sleepkb.web.page.Site} is what every
 * front page asks of the engine. It may use {@code web.http}, the {@code search} seam, {@code corpus}, {@code index}
 * records, {@code insights} and commonmark.
 */
package org.sleepkb.web.page;
