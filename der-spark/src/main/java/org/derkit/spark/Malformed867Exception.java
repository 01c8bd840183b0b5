package org.derkit.spark;

/**
 * Thrown by the {@code derkit-867} source in {@code FAILFAST} mode at the first malformed
 * transaction set or file; the message names the file, then the problem with its location.
 */
public final class Malformed867Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    /**
     * A failure naming the file and the problem.
     *
     * @param file the file's path
     * @param problem the problem with its location (transaction set, segment, line, byte)
     */
    public Malformed867Exception(String file, String problem) {
        super("malformed 867 in " + file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /**
     * The file's path.
     *
     * @return the path as Hadoop prints it
     */
    public String file() {
        return file;
    }

    /**
     * The problem and its location, without the file.
     *
     * @return the problem's message
     */
    public String problem() {
        return problem;
    }
}
