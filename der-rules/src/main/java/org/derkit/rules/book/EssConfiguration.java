package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.StorageCharging;

/**
 * The six energy storage configurations of the DER Interconnection Policy, section 3.4 Table 2
 * (POL-12): where the ESS charges from and whether it may export decide the type, and each type
 * carries its export compensation, its tariff and the hardware and controls it needs (any one of
 * the listed alternatives).
 *
 * <p>A power control system (PCS) is certified by UL 1741 for one of the modes of
 * {@link Control}.
 */
public enum EssConfiguration {
    /** Charges from the appropriate source only; no ESS export. */
    TYPE_1_NEX("1-NEx", StorageCharging.SOURCE, false, Compensation.NET_METERING_OR_QF, Tariff.RIDER_NM_OR_QF,
            List.of(Control.PCS_NO_EXCHANGE)),
    /** Charges from the appropriate source only; ESS export allowed. */
    TYPE_1_EX("1-Ex", StorageCharging.SOURCE, true, Compensation.NET_METERING_OR_QF, Tariff.RIDER_NM_OR_QF,
            List.of(Control.PCS_EXPORT_ONLY, Control.DC_COUPLED_TWO_QUADRANT_INVERTER)),
    /** Charges from the source and the grid; no ESS export. */
    TYPE_2_NEX("2-NEx", StorageCharging.SOURCE_AND_GRID, false, Compensation.NET_METERING_OR_QF,
            Tariff.RIDER_NM_OR_QF, List.of(Control.PCS_IMPORT_ONLY)),
    /** Charges from the source and the grid; ESS export allowed. */
    TYPE_2_EX("2-Ex", StorageCharging.SOURCE_AND_GRID, true, Compensation.SOURCE_ENERGY_ONLY, Tariff.RIDER_NM_OR_QF,
            List.of(Control.SEPARATE_SOURCE_AND_ESS_METERS)),
    /** Charges from the grid only; no ESS export. */
    TYPE_3_NEX("3-NEx", StorageCharging.GRID, false, Compensation.NOT_APPLICABLE, Tariff.STANDARD_RATES,
            List.of(Control.PCS_IMPORT_ONLY, Control.RELAYING)),
    /** Charges from the grid only; ESS export allowed. */
    TYPE_3_EX("3-Ex", StorageCharging.GRID, true, Compensation.MISO_OR_NOT_APPLICABLE, Tariff.STANDARD_RATES,
            List.of(Control.NONE));

    /** How exported energy is compensated (Table 2, "Export Compensation"). */
    public enum Compensation {
        /** All export netted through net metering, or gross output compensated through QF. */
        NET_METERING_OR_QF("all export netted through NM or gross output compensated through QF"),
        /** Only energy-sourced kWh receive export netting, or gross output compensated through QF. */
        SOURCE_ENERGY_ONLY("only energy-sourced kWh receive export netting or gross output compensated through QF"),
        /** No export compensation ("NA"). */
        NOT_APPLICABLE("not applicable"),
        /** MISO wholesale market, or none ("MISO or NA"). */
        MISO_OR_NOT_APPLICABLE("MISO or not applicable");

        private final String text;

        Compensation(String text) {
            this.text = text;
        }

        /** {@return the compensation in words} */
        public String text() {
            return text;
        }
    }

    /** The applicable tariff (Table 2, "Applicable Tariff"). */
    public enum Tariff {
        /** Rider NM (net metering) or Qualifying Facility. */
        RIDER_NM_OR_QF("Rider NM or QF"),
        /** Standard delivery rates. */
        STANDARD_RATES("standard rates");

        private final String text;

        Tariff(String text) {
            this.text = text;
        }

        /** {@return the tariff in words} */
        public String text() {
            return text;
        }
    }

    /** Hardware and controls (Table 2, "Hardware and Controls Required"). */
    public enum Control {
        /** PCS in No Exchange mode: no exchange with the grid for charging or discharging. */
        PCS_NO_EXCHANGE("PCS (No Exchange mode)"),
        /** PCS in Export Only mode: may export when discharging, never imports to charge. */
        PCS_EXPORT_ONLY("PCS (Export Only mode)"),
        /** PCS in Import Only mode: may import to charge, never exports when discharging. */
        PCS_IMPORT_ONLY("PCS (Import Only mode)"),
        /** DC coupled with a 2-quadrant inverter (generation only). */
        DC_COUPLED_TWO_QUADRANT_INVERTER("DC coupled with 2-quadrant inverter (generation only)"),
        /** Separate energy-source and ESS meters. */
        SEPARATE_SOURCE_AND_ESS_METERS("separate energy-source and ESS meters"),
        /** Relaying. */
        RELAYING("relaying"),
        /** No hardware or control requirement. */
        NONE("no requirement");

        private final String text;

        Control(String text) {
            this.text = text;
        }

        /** {@return the hardware or control in words} */
        public String text() {
            return text;
        }
    }

    private final String code;
    private final StorageCharging charging;
    private final boolean exportAllowed;
    private final Compensation compensation;
    private final Tariff tariff;
    @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable List.of of enum constants
    private final List<Control> controls;

    EssConfiguration(String code, StorageCharging charging, boolean exportAllowed, Compensation compensation,
            Tariff tariff, List<Control> controls) {
        this.code = code;
        this.charging = charging;
        this.exportAllowed = exportAllowed;
        this.compensation = compensation;
        this.tariff = tariff;
        this.controls = controls;
    }

    /**
     * The type for where the ESS charges from and whether it may export.
     *
     * @param charging where the ESS charges from
     * @param exportAllowed whether the ESS may export to the grid
     * @return the type for where the ESS charges from and whether it may export
     */
    public static EssConfiguration of(StorageCharging charging, boolean exportAllowed) {
        Objects.requireNonNull(charging, "charging");
        for (EssConfiguration c : values()) {
            if (c.charging == charging && c.exportAllowed == exportAllowed) {
                return c;
            }
        }
        throw new AssertionError("Table 2 covers every combination");
    }

    /**
     * The type of a facility's storage as a whole: it charges from the grid if any unit does, from
     * the source if any unit does, and exports if any unit may; empty when there is no storage or
     * a unit's charging or export is unknown.
     *
     * @param storage the energy storage systems of the facility
     * @return the type of a facility's storage as a whole: it charges from the grid if any unit does, from the source
     *         if any unit does, and exports if any unit may; empty when there is no storage or a unit's charging or export is
     *         unknown
     */
    public static Optional<EssConfiguration> of(List<EnergyStorage> storage) {
        Objects.requireNonNull(storage, "storage");
        if (storage.isEmpty()) {
            return Optional.empty();
        }
        boolean source = false;
        boolean grid = false;
        boolean export = false;
        for (EnergyStorage s : storage) {
            if (s.charging().isEmpty() || s.exportAllowed().isEmpty()) {
                return Optional.empty();
            }
            StorageCharging c = s.charging().get();
            source |= c != StorageCharging.GRID;
            grid |= c != StorageCharging.SOURCE;
            export |= s.exportAllowed().get();
        }
        StorageCharging combined = source && grid ? StorageCharging.SOURCE_AND_GRID
                : grid ? StorageCharging.GRID : StorageCharging.SOURCE;
        return Optional.of(of(combined, export));
    }

    /**
     * Reads the code of Table 2, such as {@code 2-Ex} (case-insensitive).
     *
     * @param text the text
     * @return the ess configuration
     * @throws IllegalArgumentException naming the text if it is none of the six codes
     */
    public static EssConfiguration parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        for (EssConfiguration c : values()) {
            if (c.code.equalsIgnoreCase(s)) {
                return c;
            }
        }
        throw new InvalidValueException("ESS configuration", "1-NEx, 1-Ex, 2-NEx, 2-Ex, 3-NEx, 3-Ex", "'" + text + "'");
    }

    /** {@return the code of Table 2, such as {@code 1-NEx}} */
    public String code() {
        return code;
    }

    /** {@return where the ESS charges from} */
    public StorageCharging charging() {
        return charging;
    }

    /** {@return whether the ESS may export} */
    public boolean exportAllowed() {
        return exportAllowed;
    }

    /** {@return the export compensation} */
    public Compensation compensation() {
        return compensation;
    }

    /** {@return the applicable tariff} */
    public Tariff tariff() {
        return tariff;
    }

    /** {@return the hardware and controls required: any one of these alternatives} */
    public List<Control> controls() {
        return controls;
    }

    /** {@return the hardware and controls in words, alternatives joined by "or"} */
    public String controlsText() {
        StringBuilder b = new StringBuilder();
        for (Control c : controls) {
            if (b.length() > 0) {
                b.append(" or ");
            }
            b.append(c.text());
        }
        return b.toString();
    }

    /** Such as {@code 2-Ex (Rider NM or QF; separate energy-source and ESS meters)}. */
    @Override
    public String toString() {
        return code + " (" + tariff.text() + "; " + controlsText() + ")";
    }
}
