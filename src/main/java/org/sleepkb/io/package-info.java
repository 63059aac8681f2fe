/**
 * What every part of the program shares to write and read its own data: the one JSON mapping ({@link org.sleepkb.io.Json})
 * and the removal of temporary folders ({@link org.sleepkb.io.TemporaryFolder}). It may use Jackson and the JDK, and no
 * other package of the program, so that any of them may use it.
 */
package org.sleepkb.io;
