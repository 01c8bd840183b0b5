package org.derkit.metering;

/**
 * The values of one meter channel as the reconstruction core reads them, whatever their origin (a
 * {@link MeterChannel} built by any source, or an 867 channel straight from der-edi's reader):
 * primitive labels (epoch day, elapsed minutes) and values (unscaled long, scale), and where to
 * report a problem with value {@code i}.
 */
abstract class ChannelValues {

    abstract int size();

    /** The label date of value i as an epoch day. */
    abstract long labelDay(int i);

    /** The label's elapsed minutes of value i (HH x 60 + MM). */
    abstract int labelMinutes(int i);

    /**
     * Whether {@link #endSecond(int)} gives each interval's end as the source computed it once
     * (der-edi's reader does), so the reconstruction does not compute ends from labels again.
     */
    boolean hasEnds() {
        return false;
    }

    /** The end of interval i in epoch seconds, when {@link #hasEnds()}; the label's day must not be exceeded. */
    long endSecond(int i) {
        throw new UnsupportedOperationException("this source gives labels only");
    }

    abstract long unscaled(int i);

    abstract int scale(int i);

    abstract boolean estimated(int i);

    /** The label of value i as the 867 writes it, for messages: {@code 20241103 0300}. */
    abstract String label(int i);

    /**
     * Records a problem with value i (or with the whole channel when i is -1).
     *
     * @param kind what is wrong
     * @param i the value, or -1
     * @param detail why, with the values involved
     */
    abstract void problem(MeteringProblem.Kind kind, int i, String detail);
}
