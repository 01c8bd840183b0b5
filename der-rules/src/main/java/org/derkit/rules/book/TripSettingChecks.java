package org.derkit.rules.book;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.derkit.model.facility.FrequencyTripSetting;
import org.derkit.model.facility.VoltageTripSetting;

/**
 * The checks of an inverter's programmed voltage and frequency trip settings against a
 * {@link RideThroughTable} (Smart Inverter Specification 4.1 for inverters certified before
 * IEEE 1547-2018, INV-10 and INV-11; IEEE 1547-2018 Category III and Category B defaults for
 * the others, INV-13). A setting trips the inverter when the voltage or frequency passes its
 * pick-up for its clearing time; it fits the table when the pick-up lies outside continuous
 * operation (within the row's range of adjustability, for frequency) and the clearing time is at
 * least the region's ride-through time and at most its maximum trip time.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class TripSettingChecks {

    private TripSettingChecks() {
    }

    /**
     * INV-10, INV-13: checks an inverter's voltage trip settings against a ride-through table. An
     * over-voltage setting ({@code OV..}) is checked against the region just above its pick-up, an
     * under-voltage setting ({@code UV..}) against the region just below: the pick-up must lie
     * outside continuous operation, and the clearing time must be at least the region's
     * ride-through time and at most its maximum trip time.
     *
     * @param trips the inverter's trip settings, not null
     * @param table the ride-through table the settings must fit, not null
     * @return the problems, each naming the setting; empty when every setting fits
     */
    public static List<String> voltageTripProblems(List<VoltageTripSetting> trips, RideThroughTable table) {
        List<String> problems = new ArrayList<>();
        for (VoltageTripSetting t : trips) {
            double pickup = t.pickup().value().doubleValue();
            String name = t.region().toUpperCase(java.util.Locale.ROOT);
            RideThroughRegion region;
            if (name.startsWith("OV") || name.startsWith("HV")) {
                region = table.regionOf(Math.nextUp(pickup));
            } else if (name.startsWith("UV") || name.startsWith("LV")) {
                region = table.regionOf(Math.nextDown(pickup));
            } else {
                problems.add(t.region() + " is neither an over- (OV) nor an under-voltage (UV) setting");
                continue;
            }
            String problem = timeProblem(region, t.clearingTime());
            if (problem != null) {
                problems.add(t.region() + " " + t.pickup() + " " + RideThroughRegion.seconds(t.clearingTime())
                        + problem);
            }
        }
        return problems;
    }

    /**
     * INV-11, INV-13: checks an inverter's frequency trip settings against a ride-through table:
     * {@code OF2}/{@code HF2}, {@code OF1}/{@code HF1}, {@code UF1}/{@code LF1} and
     * {@code UF2}/{@code LF2} are the table's rows; the pick-up must lie in the row's range of
     * adjustability and the clearing time within the row's ride-through and maximum trip time.
     *
     * @param trips the inverter's trip settings, not null
     * @param table the ride-through table the settings must fit, not null
     * @return the problems, each naming the setting; empty when every setting fits
     */
    public static List<String> frequencyTripProblems(List<FrequencyTripSetting> trips, RideThroughTable table) {
        List<String> problems = new ArrayList<>();
        for (FrequencyTripSetting t : trips) {
            String row = frequencyRow(t.region());
            if (row == null) {
                problems.add(t.region() + " is not one of OF2, OF1, UF1, UF2 (HF2, HF1, LF1, LF2)");
                continue;
            }
            RideThroughRegion region = table.region(row);
            RideThroughRegion.SettingRange range = region.adjustability().orElse(null);
            double pickup = t.pickup().doubleValue();
            if (range != null && !range.contains(pickup)) {
                problems.add(frequencyLabel(t) + " outside the adjustable range " + row + " "
                        + RideThroughRegion.number(range.min()) + "-" + RideThroughRegion.number(range.max()) + " Hz");
            }
            String problem = timeProblem(region, t.clearingTime());
            if (problem != null) {
                problems.add(frequencyLabel(t) + problem);
            }
        }
        return problems;
    }

    private static String frequencyLabel(FrequencyTripSetting t) {
        return t.region() + " " + t.pickup().value().stripTrailingZeros().toPlainString() + " Hz "
                + RideThroughRegion.seconds(t.clearingTime());
    }

    private static String frequencyRow(String settingName) {
        switch (settingName.toUpperCase(java.util.Locale.ROOT)) {
            case "OF2":
            case "HF2":
                return "HF2";
            case "OF1":
            case "HF1":
                return "HF1";
            case "UF1":
            case "LF1":
                return "LF1";
            case "UF2":
            case "LF2":
                return "LF2";
            default:
                return null;
        }
    }

    /** What is wrong with a clearing time in a region, as a phrase to append to the setting, or null. */
    private static String timeProblem(RideThroughRegion region, Duration clearing) {
        if (region.operation() == RideThroughOperation.CONTINUOUS_OPERATION) {
            return " trips inside " + region.name() + " " + region.rangeText() + " (continuous operation)";
        }
        if (region.rideThroughTime().isPresent() && clearing.compareTo(region.rideThroughTime().get()) < 0) {
            return " trips before the " + region.name() + " ride-through time "
                    + RideThroughRegion.seconds(region.rideThroughTime().get());
        }
        if (region.maxTripTime().isPresent() && clearing.compareTo(region.maxTripTime().get()) > 0) {
            return " exceeds the " + region.name() + " max trip time "
                    + RideThroughRegion.seconds(region.maxTripTime().get());
        }
        return null;
    }
}
