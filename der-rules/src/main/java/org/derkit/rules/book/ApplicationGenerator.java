package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.ApplicationId;
import org.derkit.model.Current;
import org.derkit.model.Length;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.application.Applicant;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.application.StudyResults;
import org.derkit.model.application.LifecycleState;
import org.derkit.model.application.WitnessTest;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.EnergySource;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.InverterSettings;
import org.derkit.model.facility.InterconnectionTransformer;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.StorageCharging;
import org.derkit.model.facility.SystemType;
import org.derkit.model.facility.UnitTechnology;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.installation.GasRiser;
import org.derkit.model.installation.InstrumentTransformerSet;
import org.derkit.model.installation.MeteringInstallation;
import org.derkit.model.installation.Mounting;
import org.derkit.model.installation.PotentialTransformer;
import org.derkit.model.installation.ServiceConfiguration;
import org.derkit.model.installation.WorkingSpace;
import org.derkit.rules.Dimension;
import org.derkit.rules.generator.LimitSampler;
import org.derkit.rules.generator.SubjectGenerator;

/**
 * Random interconnection applications for the whole book that concentrate on its limits: each
 * input a rule limits is drawn by the name the rule uses ({@code aggregate AC nameplate},
 * {@code CT rating factor}, {@code voltage change on DER trip}...), so that half of the draws sit
 * just below, at or just above a limit of the book; about one input in ten is left unknown, to
 * exercise INSUFFICIENT_DATA. Every part of an application is present in some subjects and absent
 * in others (metering installation, circuit data, study results, inverters, storage, witness test).
 * Each part hangs on one draw of the sampler's random generator: one whose coins all land true and
 * whose bounded draws are all 0 gives an application with every part (single-phase, networked,
 * every document and certification); all false and the highest draws, one with none of them.
 *
 * <pre>{@code
 * LimitSampler sampler = Boundaries.table(AmerenRuleBook.book().rules().rules()).sampler(seed);
 * List<Screening> subjects = sampler.generate(ApplicationGenerator.screenings(), 1000);
 * }</pre>
 */
public final class ApplicationGenerator implements SubjectGenerator<InterconnectionApplication> {

    private static final double UNKNOWN = 0.1;
    private static final ActivePower MAX_NAMEPLATE = kilowatts(25_000);

    private int sequence;

    private ApplicationGenerator() {
    }

    /**
     * A generator of applications, numbering them GEN-1, GEN-2, ...
     *
     * @return a generator of applications, numbering them GEN-1, GEN-2,
     */
    public static ApplicationGenerator applications() {
        return new ApplicationGenerator();
    }

    /** {@return a generator of screenings of generated applications} */
    public static SubjectGenerator<Screening> screenings() {
        ApplicationGenerator applications = applications();
        return sampler -> Screening.of(applications.generate(sampler));
    }

    @Override
    public InterconnectionApplication generate(LimitSampler s) {
        sequence++;
        ActivePower nameplate = s.next("aggregate AC nameplate", Dimension.ACTIVE_POWER, kilowatts(BigDecimal.ONE.movePointLeft(3)), MAX_NAMEPLATE);
        Facility.Builder facility = Facility.builder()
                .siting(s.oneOf(Siting.class))
                .phases(s.random().nextInt(4) == 0 ? Phases.SINGLE : Phases.THREE)
                .declaredNameplate(nameplate)
                .pointOfInterconnectionVoltage(NominalVoltage.ofLineToLineKilovolts(
                        s.next("POI line-to-line voltage", Dimension.VOLTAGE, Voltage.ofVolts(208), Voltage.ofVolts(138_000))
                                .value().movePointLeft(3)))
                .systemType(s.random().nextInt(5) == 0 ? SystemType.NETWORKED : SystemType.RADIAL)
                .meteringType(s.oneOf(MeteringType.class))
                .energySource(s.oneOf(EnergySource.class))
                .residential(s.nextBoolean())
                .qualifyingFacility(s.nextBoolean());
        facility.declaredApparentNameplate(s.nextOptional("aggregate AC nameplate (kVA)", Dimension.APPARENT_POWER,
                ApparentPower.ofKilovoltAmperes(nameplate.value()),
                ApparentPower.ofKilovoltAmperes(nameplate.value().multiply(BigDecimal.valueOf(125)).movePointLeft(2)),
                UNKNOWN));
        facility.exportCapacity(s.nextOptional("export capacity", Dimension.ACTIVE_POWER, ActivePower.ZERO, nameplate, UNKNOWN));
        facility.customerPeakDemand(s.nextOptional("customer peak yearly demand", Dimension.ACTIVE_POWER,
                ActivePower.ZERO, kilowatts(2_000), UNKNOWN));
        if (s.random().nextInt(3) == 0) {
            facility.addStorage(EnergyStorage.builder()
                    .acRating(kilowatts(1 + s.random().nextInt(2_000)))
                    .charging(s.oneOf(StorageCharging.class))
                    .exportAllowed(s.nextBoolean())
                    .build());
        }
        if (s.nextBoolean()) {
            facility.addGeneratingUnits(GeneratingUnit.builder().energySource(EnergySource.SOLAR)
                    .technology(UnitTechnology.INVERTER_BASED).nameplate(nameplate)
                    .inverter(inverter(s)).build());
        }
        if (s.nextBoolean()) {
            facility.interconnectionTransformer(InterconnectionTransformer.builder()
                    .coefficientOfGrounding(s.nextOptional("coefficient of grounding", Dimension.NUMBER,
                            new BigDecimal("0.5"), new BigDecimal("1.2"), UNKNOWN))
                    .requiredGroundSource(s.nextBoolean())
                    .build());
        }
        InterconnectionApplication.Builder app = InterconnectionApplication.builder()
                .id(ApplicationId.of("GEN-" + sequence))
                .facility(facility.build())
                .applicant(Applicant.builder().existingCustomer(s.nextBoolean()).siteControlProof(s.nextBoolean()).build())
                .documents(documents(s));
        if (s.nextBoolean()) {
            app.circuit(circuit(s));
        }
        if (s.nextBoolean()) {
            app.study(study(s));
        }
        if (s.nextBoolean()) {
            app.meteringInstallation(installation(s));
        }
        if (s.random().nextInt(4) == 0) {
            LocalDate requested = LocalDate.of(2024, 1, 2).plusDays(s.random().nextInt(700));
            app.witnessTest(WitnessTest.builder().requestedOn(requested)
                    .performedOn(requested.plusDays(s.random().nextInt(40))).passed(s.nextBoolean())
                    .powerQualityMeter(s.nextBoolean()).build());
        }
        if (s.random().nextInt(4) == 0) {
            app.state(s.oneOf(LifecycleState.class));
        }
        if (s.nextBoolean()) {
            app.interconnectionDate(LocalDate.of(2022, 1, 1).plusDays(s.random().nextInt(1500)));
        }
        return app.build();
    }

    private static Set<ApplicationDocument> documents(LimitSampler s) {
        Set<ApplicationDocument> docs = EnumSet.noneOf(ApplicationDocument.class);
        for (ApplicationDocument d : ApplicationDocument.values()) {
            if (s.nextBoolean()) {
                docs.add(d);
            }
        }
        return docs;
    }

    private static Inverter inverter(LimitSampler s) {
        Set<Certification> certifications = EnumSet.noneOf(Certification.class);
        for (Certification c : Certification.values()) {
            if (s.nextBoolean()) {
                certifications.add(c);
            }
        }
        InverterSettings.Builder settings = InverterSettings.builder()
                .reconnectDelay(s.nextOptional("reconnect delay", Dimension.SECONDS, Duration.ZERO, Duration.ofSeconds(600), UNKNOWN))
                .openPhaseTripTime(s.nextOptional("open-phase trip time", Dimension.SECONDS, Duration.ZERO, Duration.ofSeconds(5), UNKNOWN))
                .islandingTripTime(s.nextOptional("longest islanding or open-phase trip time", Dimension.SECONDS, Duration.ZERO,
                        Duration.ofSeconds(5), UNKNOWN))
                .normalRampUpRate(s.nextOptional("fastest normal ramp-up rate", Dimension.PERCENTAGE, Percentage.ZERO,
                        Percentage.ONE_HUNDRED, UNKNOWN));
        return Inverter.builder().manufacturer("Generated").model("G-" + s.random().nextInt(100))
                .acRating(kilowatts(1 + s.random().nextInt(500)))
                .addAllCertifications(certifications)
                .settings(settings.build())
                .build();
    }

    private static CircuitData circuit(LimitSampler s) {
        ActivePower maximumLoad = kilowatts(100 + s.random().nextInt(30_000));
        return CircuitData.builder()
                .maximumLoad(maximumLoad)
                .existingDer(kilowatts(s.random().nextInt(5_000)))
                .faultCurrentContribution(s.nextOptional("fault current contribution", Dimension.PERCENTAGE,
                        Percentage.ZERO, Percentage.ofPercent(30), UNKNOWN))
                .sharedSecondaryAggregateDer(s.nextOptional("shared secondary aggregate DER", Dimension.APPARENT_POWER,
                        ApparentPower.ZERO, ApparentPower.ofKilovoltAmperes(100), UNKNOWN))
                .sharedSinglePhaseSecondary(s.nextBoolean())
                .utilityConstructionRequired(s.nextBoolean())
                .reverseFlowAtSubstation(s.nextBoolean())
                .reverseFlowToTransmission(s.nextBoolean())
                .mixedGenerationIslandPossible(s.nextBoolean())
                .regulatorsSeeingReverseFlow(s.next("regulators seeing reverse flow", Dimension.INTEGER, 0, 4))
                .regulatorScadaPackages(s.nextBoolean())
                .build();
    }

    private static StudyResults study(LimitSampler s) {
        return StudyResults.builder()
                .maximumThermalLoading(s.nextOptional("maximum thermal loading", Dimension.PERCENTAGE, Percentage.ZERO,
                        Percentage.ofPercent(150), UNKNOWN))
                .tripVoltageChange(s.nextOptional("voltage change on DER trip", Dimension.PERCENTAGE, Percentage.ZERO,
                        Percentage.ofPercent(10), UNKNOWN))
                .regulatorVoltageChange(s.nextOptional("voltage change at regulation device", Dimension.PERCENTAGE,
                        Percentage.ZERO, Percentage.ofPercent(10), UNKNOWN))
                .frequentVoltageVariation(s.nextOptional("frequent voltage variation", Dimension.PERCENTAGE, Percentage.ZERO,
                        Percentage.ofPercent(5), UNKNOWN))
                .infrequentVoltageVariation(s.nextOptional("infrequent voltage variation", Dimension.PERCENTAGE,
                        Percentage.ZERO, Percentage.ofPercent(20), UNKNOWN))
                .shortCircuitRatio(s.nextOptional("short-circuit ratio", Dimension.NUMBER, BigDecimal.ZERO,
                        BigDecimal.TEN, UNKNOWN))
                .nearbyInverterBasedResources(s.nextBoolean())
                .build();
    }

    private static MeteringInstallation installation(LimitSampler s) {
        CurrentTransformer ct = CurrentTransformer.builder().ratio(TransformerRatio.of(600, 5))
                .ratingFactor(s.nextOptional("CT rating factor", Dimension.NUMBER, BigDecimal.ONE, BigDecimal.valueOf(4), UNKNOWN))
                .burden(s.nextOptional("CT burden rating", Dimension.NUMBER, new BigDecimal("0.01"), BigDecimal.valueOf(4), UNKNOWN))
                .accuracyClass(s.nextOptional("CT accuracy class", Dimension.NUMBER, new BigDecimal("0.1"), new BigDecimal("1.2"), UNKNOWN))
                .secondaryCurrent(Current.ofAmperes(5))
                .build();
        PotentialTransformer pt = PotentialTransformer.builder().ratio(TransformerRatio.of(288, 120))
                .secondaryVoltage(Voltage.ofVolts(120))
                .accuracyClass(s.nextOptional("PT accuracy class", Dimension.NUMBER, new BigDecimal("0.1"), new BigDecimal("1.2"), UNKNOWN))
                .build();
        return MeteringInstallation.builder()
                .serviceVoltage(NominalVoltage.Y277_480)
                .serviceConfiguration(s.oneOf(ServiceConfiguration.class))
                .addTransformerSets(InstrumentTransformerSet.builder().addCurrentTransformers(ct)
                        .addPotentialTransformers(pt).outdoorCustomerEnclosure(s.nextBoolean())
                        .capturesAllGeneration(s.nextBoolean()).build())
                .enclosureSpacing(s.nextOptional("enclosure spacing", Dimension.LENGTH, Length.ZERO, Length.ofInches(24), UNKNOWN))
                .enclosureWidth(Length.ofInches(32))
                .workingSpace(WorkingSpace.builder()
                        .width(s.nextOptional("working-space width", Dimension.LENGTH, Length.ZERO, Length.ofInches(60), UNKNOWN))
                        .depth(s.nextOptional("working-space depth", Dimension.LENGTH, Length.ZERO, Length.ofInches(60), UNKNOWN))
                        .headspace(s.nextOptional("headspace", Dimension.LENGTH, Length.ZERO, Length.ofInches(100), UNKNOWN))
                        .build())
                .mounting(Mounting.builder().cabinetCenterHeight(s.nextOptional("cabinet center height above final grade",
                        Dimension.LENGTH, Length.ofInches(30), Length.ofInches(90), UNKNOWN)).build())
                .gasRiser(GasRiser.builder()
                        .outsideDiameter(Length.ofInches(s.nextBoolean() ? new BigDecimal("2.375") : new BigDecimal("2.5")))
                        .ventClearance(Length.ofInches(BigDecimal.valueOf(s.random().nextInt(240)).setScale(0, RoundingMode.UNNECESSARY)))
                        .build())
                .commonCtReturn(s.nextBoolean())
                .conductorsLabelled(s.nextBoolean())
                .build();
    }
}
