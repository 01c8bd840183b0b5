package org.derkit.examples.cli;

/** The exit codes of the {@code derkit} command (see the contract in cli.md). */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** Bad input: the message on stderr names the file, the line or segment, the element and why. */
    public static final int BAD_INPUT = 2;
    /** Bad usage: an unknown command or option, a missing argument. */
    public static final int USAGE = 64;

    private ExitCode() {
    }
}
