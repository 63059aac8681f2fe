/**
 * The editors' side: the admin token and signed-in sessions, the reindex endpoint, the editors' desk (status, problems
 * and query insights) and watch mode, which reindexes when corpus files change ({@link org.sleepkb.web.admin.CorpusWatcher}).
 * It may use {@code web.page} ({@code Site}, the request's parameters), {@code web.http}, the {@code search} seam,
 * {@code corpus}, {@code index} records and {@code insights}.
 */
package org.sleepkb.web.admin;
