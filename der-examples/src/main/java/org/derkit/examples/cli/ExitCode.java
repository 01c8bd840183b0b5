package org.derkit.examples.cli;

/** The exit codes of the {@code derkit} command (see the contract in cli.md). */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** Bad input: the message on stderr names the file, the line or segment, the element and why. */
    public static final int BAD_INPUT = 2;
    /** Bad usage: an unknown command or option, a missing argument. */
    public static final int USAGE = 64;
    /**
     * Internal error (EX_SOFTWARE of sysexits.h): the command ran out of memory or met a throwable
     * it did not expect; stderr has one line saying what ran out and what to try.
     */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
