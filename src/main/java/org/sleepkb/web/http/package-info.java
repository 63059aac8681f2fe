/**
 * What every request goes through, whatever it asks for: the paths of the site ({@link org.sleepkb.web.http.Routes}),
 * the hosts allowed, the security headers, malformed and refused requests, the answer to an error (JSON or an error
 * page, logged with a throttle) and the rendering of a jte template. It may use Javalin, Jetty, jte and the
 * {@code search} seam's exceptions; nothing else of {@code web}.
 */
package org.sleepkb.web.http;
