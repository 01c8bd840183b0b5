package org.derkit.rules.book;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.derkit.model.ActivePower;
import org.derkit.model.Length;
import org.derkit.model.Percentage;
import org.derkit.model.Voltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.StudyResults;
import org.derkit.model.application.WitnessTest;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.DisconnectSwitch;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.FaultIsolatingDevice;
import org.derkit.model.facility.FaultIsolatingDeviceType;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.InterconnectionTransformer;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.TransformerWinding;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.generator.Generator;
import org.derkit.model.generator.ModelGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Applications for the sys topics: the model's generated applications, with study results,
 * circuit transfer-trip data, construction equipment, an inverter with settings and a witness test
 * added, each attribute sometimes unknown and often exactly at one of the rules' limits.
 */
final class SysGenerators {

    private static final String[] PERCENT_EDGES = {"0", "1.5", "2", "3", "10", "89.99", "90", "90.01", "2.99"};

    private SysGenerators() {
    }

    static Gen<InterconnectionApplication> applications() {
        Generator<InterconnectionApplication> base = ModelGenerators.applications();
        return in -> {
            SplittableRandom r = new SplittableRandom(in.next(Constraint.between(0, Long.MAX_VALUE)));
            return enrich(base.next(r), r);
        };
    }

    private static Percentage pct(SplittableRandom r) {
        return r.nextBoolean() ? Percentage.ofPercent(new BigDecimal(PERCENT_EDGES[r.nextInt(PERCENT_EDGES.length)]))
                : Percentage.ofPercent(BigDecimal.valueOf(r.nextInt(0, 2000), 2));
    }

    private static boolean known(SplittableRandom r) {
        return r.nextInt(5) != 0;
    }

    static InterconnectionApplication enrich(InterconnectionApplication a, SplittableRandom r) {
        StudyResults.Builder s = StudyResults.builder();
        if (known(r)) {
            s.maximumThermalLoading(pct(r));
        }
        if (known(r)) {
            s.tripVoltageChange(pct(r)).regulatorVoltageChange(pct(r));
        }
        if (known(r)) {
            s.frequentVoltageVariation(pct(r)).infrequentVoltageVariation(pct(r));
        }
        if (known(r)) {
            int base = r.nextBoolean() ? 120 : 480;
            s.nominalServiceVoltage(Voltage.ofVolts(base))
                    .minimumDeliveryVoltage(Voltage.ofVolts(base - r.nextInt(0, base / 8)))
                    .maximumDeliveryVoltage(Voltage.ofVolts(base + r.nextInt(0, base / 8)));
        }
        if (known(r)) {
            s.shortCircuitRatio(BigDecimal.valueOf(r.nextInt(100, 600), 2)).nearbyInverterBasedResources(r.nextBoolean());
        }
        CircuitData.Builder c = CircuitData.builder().from(a.circuit().orElse(CircuitData.builder().build()));
        if (known(r)) {
            c.reverseFlowToTransmission(r.nextBoolean()).mixedGenerationIslandPossible(r.nextInt(4) == 0)
                    .lineAggregateGeneration(ActivePower.ofKilowatts(r.nextInt(0, 6000)))
                    .lineMinimumLoad(ActivePower.ofKilowatts(r.nextInt(0, 9000)));
        }
        if (known(r)) {
            c.regulatorsSeeingReverseFlow(r.nextInt(0, 3));
        }
        Facility f = a.facility();
        Facility.Builder fb = Facility.builder().from(f).residential(r.nextBoolean());
        if (known(r)) {
            fb.disconnectSwitch(DisconnectSwitch.builder().firstDeviceOnGenerationSide(r.nextInt(8) != 0)
                    .lockable(true).readilyAccessible(r.nextInt(8) != 0).gangOperated(true)
                    .visiblePositionIndicator(true).visibleAirGap(r.nextBoolean())
                    .lockedClosedOrBehindGate(r.nextBoolean()).lockBoxInstalled(r.nextBoolean()).build());
        }
        if (known(r)) {
            FaultIsolatingDeviceType[] types = FaultIsolatingDeviceType.values();
            fb.faultIsolatingDevice(FaultIsolatingDevice.builder().type(types[r.nextInt(types.length)])
                    .distanceFromTap(Length.ofFeet(r.nextInt(0, 700)))
                    .sensesVoltageImbalance(r.nextBoolean()).sensesLossOfPhase(r.nextBoolean()).build());
        }
        if (known(r)) {
            TransformerWinding[] w = TransformerWinding.values();
            fb.interconnectionTransformer(InterconnectionTransformer.builder()
                    .utilitySideWinding(w[r.nextInt(w.length)]).customerSideWinding(w[r.nextInt(w.length)])
                    .supplementalGroundingTransformer(r.nextBoolean()).neutralOvervoltageProtection59N(r.nextBoolean())
                    .requiredGroundSource(r.nextBoolean())
                    .coefficientOfGrounding(BigDecimal.valueOf(r.nextInt(50, 100), 2))
                    .threeLeggedCoreForm(r.nextInt(5) == 0).preventsLossOfPhaseDetection(r.nextInt(5) == 0).build());
        }
        fb.lineFaultCausesUtilityOutage(r.nextBoolean());
        if (known(r)) {
            InverterSettings.Builder settings = InverterSettings.builder()
                    .openPhaseTripTime(Duration.ofMillis(r.nextInt(1000, 3000)))
                    .reconnectDelay(Duration.ofSeconds(r.nextInt(250, 350)));
            if (r.nextBoolean()) {
                settings.reconnectRamp(new ReconnectRamp.Linear(Percentage.ofPercent(BigDecimal.valueOf(r.nextInt(1, 400), 2))));
            } else {
                int every = r.nextInt(5, 15);
                settings.reconnectRamp(new ReconnectRamp.Step(List.of(
                        new ReconnectRamp.RampStep(Duration.ofSeconds(every), Percentage.ofPercent(20)),
                        new ReconnectRamp.RampStep(Duration.ofSeconds(2L * every), Percentage.ofPercent(40)),
                        new ReconnectRamp.RampStep(Duration.ofSeconds(3L * every), Percentage.ofPercent(60)),
                        new ReconnectRamp.RampStep(Duration.ofSeconds(4L * every), Percentage.ofPercent(80)),
                        new ReconnectRamp.RampStep(Duration.ofSeconds(5L * every), Percentage.ofPercent(100)))));
            }
            Inverter inv = Inverter.builder().manufacturer("Acme").model("PV-" + r.nextInt(100))
                    .acRating(ActivePower.ofKilowatts(r.nextInt(1, 500)))
                    .addCertifications(Certification.IEEE_1547_2018)
                    .addAllCertifications(r.nextBoolean() ? List.of(Certification.UL_1741_SA) : List.of())
                    .settings(settings.build()).build();
            fb.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                    .technology(UnitTechnology.INVERTER_BASED).nameplate(inv.acRating()).inverter(inv).build());
        }
        InterconnectionApplication.Builder ab = InterconnectionApplication.builder().from(a)
                .facility(fb.build()).study(s.build()).circuit(c.build());
        if (known(r)) {
            LocalDate requested = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(0, 730));
            ab.witnessTest(WitnessTest.builder().requestedOn(requested)
                    .performedOn(requested.plusDays(r.nextInt(0, 40))).passed(r.nextBoolean())
                    .powerQualityMeter(r.nextBoolean()).build());
        }
        return ab.build();
    }
}
