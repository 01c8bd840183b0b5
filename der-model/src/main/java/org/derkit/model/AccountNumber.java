package org.derkit.model;

/**
 * An Ameren Illinois (LDC) account number, as sent in 814 and 867 {@code REF*12}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class AccountNumber extends Identifier {

    private AccountNumber(String value) {
        super("accountNumber", value, null, generalRule());
    }

    /**
     * Obtains the identifier for its text.
     *
     * @param value the account number exactly as Ameren issued it: 1 to 80 printable ASCII characters,
     *     no spaces, none of the X12 delimiters {@code * ~ ^ | : >}
     * @return the account number
     * @throws InvalidValueException naming the text if it is not a valid accountNumber
     */
    public static AccountNumber of(String value) {
        return new AccountNumber(value);
    }
}
