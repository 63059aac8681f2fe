/**
 * The JSON API of docs/api.md: search, related articles, suggestions, topics, an article with its safety data, and
 * the reindex endpoint (handled by {@code web.admin}); the JSON of a kept answer is reused while the engine hands back
 * an equal answer ({@link org.sleepkb.web.api.SearchAnswerJson}). It may use {@code web.page} (the request's
 * parameters, {@code Site}), {@code web.admin}, {@code web.http}, the {@code search} seam and the one JSON mapping.
 */
package org.sleepkb.web.api;
