package org.derkit.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.RebateApplication;
import org.derkit.model.application.RebateType;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Inverter;

/**
 * Which fields and attachments a SMART inverter rebate application lacks (INV-01, Illinois
 * Distributed Generation Rebate Application). Inverter manufacturer, model and AC kW come from the
 * facility's inverters, and so does the installed firmware version, which the form asks for through
 * its specification-sheet attachment ("for installed firmware version"): a sheet cannot be checked
 * against firmware nobody named; the DC nameplate, kVA, AC volts and energy source may come from the form or
 * else from the facility and its inverters; ESS power and energy are needed when the rebate covers
 * storage or the facility has storage; a W-9 when the owner or customer is non-residential.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param missingFields the missing form fields, in the form's order
 * @param missingAttachments the missing attachments, in the form's order
 */
public record RebateCompleteness(List<String> missingFields, List<String> missingAttachments) {

    /**
     * Copies the lists.
     *
     * @param missingFields the missing form fields, in the form's order
     * @param missingAttachments the missing attachments, in the form's order
     */
    public RebateCompleteness {
        missingFields = List.copyOf(missingFields);
        missingAttachments = List.copyOf(missingAttachments);
    }

    /**
     * Checks a rebate application with the facility it is for.
     *
     * @param rebate the rebate application
     * @param facility the facility
     * @return the rebate completeness
     */
    public static RebateCompleteness of(RebateApplication rebate, Facility facility) {
        Objects.requireNonNull(rebate, "rebate");
        Objects.requireNonNull(facility, "facility");
        List<Inverter> inverters = facility.inverters();
        List<String> fields = new ArrayList<>();
        if (rebate.customerName().isEmpty()) {
            fields.add("name");
        }
        if (rebate.accountNumber().isEmpty()) {
            fields.add("account number");
        }
        if (rebate.serviceAddress().isEmpty()) {
            fields.add("service address");
        }
        if (rebate.mailingAddress().isEmpty()) {
            fields.add("mailing address");
        }
        if (rebate.phone().isEmpty()) {
            fields.add("telephone");
        }
        if (rebate.email().isEmpty()) {
            fields.add("email address");
        }
        if (inverters.isEmpty()) {
            fields.add("inverter manufacturer, model and AC kW");
        } else if (inverters.stream().anyMatch(i -> i.firmwareVersion().isEmpty())) {
            fields.add("installed firmware version (the specification sheet must be for it)");
        }
        if (rebate.energySource().isEmpty() && facility.energySource().isEmpty()
                && facility.generatingUnits().isEmpty()) {
            fields.add("energy source");
        }
        if (rebate.dcNameplate().isEmpty() && (inverters.isEmpty()
                || inverters.stream().anyMatch(i -> i.dcNameplate().isEmpty()))) {
            fields.add("DC nameplate (kW)");
        }
        if (rebate.apparentNameplate().isEmpty() && facility.aggregateApparentNameplate().isEmpty()) {
            fields.add("nameplate (kVA)");
        }
        if (rebate.acVoltage().isEmpty() && (inverters.isEmpty()
                || inverters.stream().anyMatch(i -> i.acVoltage().isEmpty()))) {
            fields.add("AC volts");
        }
        boolean storageRebate = rebate.rebateRequested().map(t -> t != RebateType.GENERATION).orElse(false);
        if (storageRebate || facility.hasStorage()) {
            if (rebate.storagePower().isEmpty()) {
                fields.add("ESS power capacity (kW)");
            }
            if (rebate.storageEnergy().isEmpty()) {
                fields.add("ESS energy capacity (kWh)");
            }
        }
        if (rebate.rebateRequested().isEmpty()) {
            fields.add("rebate requested (generation unit/inverter, ESS or both)");
        }
        if (rebate.nonResidential().isEmpty()) {
            fields.add("residential or non-residential owner (decides the W9)");
        }
        List<String> attachments = new ArrayList<>();
        if (!rebate.attachments().contains(ApplicationDocument.INVERTER_SPEC_SHEET)) {
            attachments.add("inverter specification sheet for the installed firmware");
        }
        if (!rebate.attachments().contains(ApplicationDocument.VOLT_VAR_SETPOINT_PICTURE)) {
            attachments.add("picture of the Illinois volt-var set points with model/serial number");
        }
        if (rebate.nonResidential().orElse(false) && !rebate.attachments().contains(ApplicationDocument.W9)) {
            attachments.add("W9 of the non-residential owner or customer");
        }
        if (!rebate.attachments().contains(ApplicationDocument.AS_BUILT_SINGLE_LINE)) {
            attachments.add("as-built single-line diagram with AC/DC kW");
        }
        return new RebateCompleteness(fields, attachments);
    }

    /** {@return whether nothing is missing} */
    public boolean isComplete() {
        return missingFields.isEmpty() && missingAttachments.isEmpty();
    }

    /** Such as {@code every field and attachment} or {@code missing fields: email address; missing attachments: W9 ...}. */
    @Override
    public String toString() {
        if (isComplete()) {
            return "with every field and attachment";
        }
        StringBuilder s = new StringBuilder();
        if (!missingFields.isEmpty()) {
            s.append("missing fields: ").append(String.join(", ", missingFields));
        }
        if (!missingAttachments.isEmpty()) {
            s.append(s.length() == 0 ? "" : "; ").append("missing attachments: ")
                    .append(String.join(", ", missingAttachments));
        }
        return s.toString();
    }
}
