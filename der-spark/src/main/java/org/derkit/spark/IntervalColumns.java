package org.derkit.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the {@code derkit-867} data source: one row per interval value of an 867
 * transaction set, after der-metering's reconstruction (true start and end instants, elapsed-hour
 * rule of RES FAQ 21, values in primary quantities).
 *
 * <table>
 * <caption>Columns, in order</caption>
 * <tr><th>column</th><th>type</th><th>from</th></tr>
 * <tr><td>{@code source_file}</td><td>string</td><td>the file's fully qualified Hadoop path</td></tr>
 * <tr><td>{@code interchange_control}</td><td>string</td><td>ISA13</td></tr>
 * <tr><td>{@code transaction_control}</td><td>string</td><td>ST02</td></tr>
 * <tr><td>{@code report_reference}</td><td>string</td><td>BPT02, the report's unique reference</td></tr>
 * <tr><td>{@code report_date}</td><td>date</td><td>BPT03</td></tr>
 * <tr><td>{@code purpose}</td><td>string</td><td>BPT01: {@code original} (00), {@code cancellation} (01),
 *     {@code replacement} (05)</td></tr>
 * <tr><td>{@code original_reference}</td><td>string</td><td>BPT09: the BPT02 of the report a cancellation
 *     or replacement names, null for an original</td></tr>
 * <tr><td>{@code service_point}</td><td>string</td><td>REF*LU (the profile's qualifier)</td></tr>
 * <tr><td>{@code period_start}</td><td>date</td><td>DTM*150, first day of the billing period</td></tr>
 * <tr><td>{@code period_end}</td><td>date</td><td>DTM*151, read day of the billing period</td></tr>
 * <tr><td>{@code meter}</td><td>string</td><td>REF*MG</td></tr>
 * <tr><td>{@code role}</td><td>string</td><td>REF*JH: {@code A} additive, {@code S} subtractive</td></tr>
 * <tr><td>{@code unit}</td><td>string</td><td>QTY03 as a symbol: {@code kWh}, {@code kW}, {@code kvarh}</td></tr>
 * <tr><td>{@code multiplier}</td><td>decimal(38,18)</td><td>MEA**MU, 1 when not sent</td></tr>
 * <tr><td>{@code interval_start}</td><td>timestamp</td><td>the instant the interval starts (UTC)</td></tr>
 * <tr><td>{@code interval_end}</td><td>timestamp</td><td>the instant the interval ends (UTC): DTM*582
 *     read by the elapsed-hour rule</td></tr>
 * <tr><td>{@code utc_offset}</td><td>string</td><td>America/Chicago's offset at the interval start,
 *     {@code -06:00} or {@code -05:00}: tells the two 01:00 hours of a fall-back day apart</td></tr>
 * <tr><td>{@code value}</td><td>decimal(38,18)</td><td>QTY02 exactly, in primary quantities (the
 *     multiplier applied, which Ameren's values already include)</td></tr>
 * <tr><td>{@code quality}</td><td>string</td><td>QTY01: {@code actual} (QD) or {@code estimated} (KA)</td></tr>
 * </table>
 *
 * <p>A transaction set without interval values (a cancellation need not repeat the usage it
 * cancels) is one row with its header columns set and {@code meter} to {@code quality} null, so
 * that {@link StitchedSeries} can apply it.
 *
 * <p>In {@code PERMISSIVE} mode the schema ends with the corrupt-record column (option
 * {@code columnNameOfCorruptRecord}, {@value #CORRUPT_RECORD} by default): null on interval rows;
 * on the one row written for each malformed transaction set or file it holds the problem, with its
 * location (file, transaction set, segment, line and byte when known) and reason, and only
 * {@code source_file} and the control numbers known at that point are set.
 *
 * <p>Timestamps are instants: Spark shows them in {@code spark.sql.session.timeZone}. Decimal(38,18)
 * holds every value der-metering accepts (18 digits, 18 decimal places) exactly.
 */
public final class IntervalColumns {

    /** The file's fully qualified path. */
    public static final String SOURCE_FILE = "source_file";
    /** ISA13. */
    public static final String INTERCHANGE_CONTROL = "interchange_control";
    /** ST02. */
    public static final String TRANSACTION_CONTROL = "transaction_control";
    /** BPT02. */
    public static final String REPORT_REFERENCE = "report_reference";
    /** BPT03. */
    public static final String REPORT_DATE = "report_date";
    /** BPT01 as {@code original}, {@code cancellation} or {@code replacement}. */
    public static final String PURPOSE = "purpose";
    /** BPT09: the BPT02 of the report a cancellation or replacement names. */
    public static final String ORIGINAL_REFERENCE = "original_reference";
    /** REF*LU. */
    public static final String SERVICE_POINT = "service_point";
    /** DTM*150. */
    public static final String PERIOD_START = "period_start";
    /** DTM*151. */
    public static final String PERIOD_END = "period_end";
    /** REF*MG. */
    public static final String METER = "meter";
    /** REF*JH: A or S. */
    public static final String ROLE = "role";
    /** kWh, kW or kvarh. */
    public static final String UNIT = "unit";
    /** MEA**MU. */
    public static final String MULTIPLIER = "multiplier";
    /** Interval start instant. */
    public static final String INTERVAL_START = "interval_start";
    /** Interval end instant. */
    public static final String INTERVAL_END = "interval_end";
    /** America/Chicago offset at the interval start. */
    public static final String UTC_OFFSET = "utc_offset";
    /** The exact value. */
    public static final String VALUE = "value";
    /** actual or estimated. */
    public static final String QUALITY = "quality";
    /** The default name of the corrupt-record column, as Spark's own file sources name it. */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    /** {@code original}: BPT01 = 00. */
    public static final String ORIGINAL = "original";
    /** {@code cancellation}: BPT01 = 01. */
    public static final String CANCELLATION = "cancellation";
    /** {@code replacement}: BPT01 = 05. */
    public static final String REPLACEMENT = "replacement";

    /** The type of {@link #VALUE} and {@link #MULTIPLIER}: exact, 20 integer and 18 decimal digits. */
    public static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 18);

    private static final StructType SCHEMA = new StructType(new StructField[] {
        field(SOURCE_FILE, DataTypes.StringType, false),
        field(INTERCHANGE_CONTROL, DataTypes.StringType, true),
        field(TRANSACTION_CONTROL, DataTypes.StringType, true),
        field(REPORT_REFERENCE, DataTypes.StringType, true),
        field(REPORT_DATE, DataTypes.DateType, true),
        field(PURPOSE, DataTypes.StringType, true),
        field(ORIGINAL_REFERENCE, DataTypes.StringType, true),
        field(SERVICE_POINT, DataTypes.StringType, true),
        field(PERIOD_START, DataTypes.DateType, true),
        field(PERIOD_END, DataTypes.DateType, true),
        field(METER, DataTypes.StringType, true),
        field(ROLE, DataTypes.StringType, true),
        field(UNIT, DataTypes.StringType, true),
        field(MULTIPLIER, DECIMAL, true),
        field(INTERVAL_START, DataTypes.TimestampType, true),
        field(INTERVAL_END, DataTypes.TimestampType, true),
        field(UTC_OFFSET, DataTypes.StringType, true),
        field(VALUE, DECIMAL, true),
        field(QUALITY, DataTypes.StringType, true),
    });

    private IntervalColumns() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    /**
     * The schema of interval rows, without a corrupt-record column (the {@code DROPMALFORMED} and
     * {@code FAILFAST} schema). Every column but {@code source_file} is nullable only because a
     * corrupt-record row leaves it empty; interval rows set them all.
     *
     * @return the schema
     */
    public static StructType schema() {
        return SCHEMA;
    }

    /**
     * The {@code PERMISSIVE} schema: {@link #schema()} and a string column for corrupt records.
     *
     * @param corruptRecordColumn the column's name
     * @return the schema
     */
    public static StructType schema(String corruptRecordColumn) {
        return SCHEMA.add(corruptRecordColumn, DataTypes.StringType, true);
    }
}
