/**
 * The {@code derkit} command line: {@link org.derkit.examples.cli.Derkit} dispatches {@code demo},
 * {@code 867 intervals|series|generate}, {@code screen}, {@code rules} and {@code shell} to one
 * {@link org.derkit.examples.cli.Command} each. Names, CSV columns and exit codes
 * ({@link org.derkit.examples.cli.ExitCode}: 0 success, 2 bad input, 64 bad usage) are a contract
 * that scripts depend on. Commands build their whole output in memory and print it only on success,
 * so a file that fails leaves nothing partial on stdout; the message on stderr names the file, the
 * line or segment, and the reason.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.cli;
