package org.derkit.spark;

/**
 * Thrown by {@link StitchedSeries#series} when a service point's intervals do not stitch: an
 * overlap between billing periods, a cancellation with nothing to cancel, a second original for a
 * billing period, malformed input rows, or energy not conserved. The message names the service
 * point and every problem; {@link StitchedSeries#report} lists the same problems as data.
 */
public final class UsageStitchingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with its message.
     *
     * @param message the service point and its problems
     */
    public UsageStitchingException(String message) {
        super(message);
    }
}
