package org.derkit.edi.internal;

/**
 * Values as problem messages show them: one line, readable, bounded. Control bytes are escaped
 * ({@code \r}, {@code \n}, {@code \t}, {@code \x00}), bytes outside printable ASCII are shown as
 * {@code \xNN}, and a value longer than {@value #MAX_SHOWN} characters is cut to its first
 * {@value #MAX_SHOWN} with its length said.
 */
public final class Messages {

    /** The most characters of a value a message shows. */
    public static final int MAX_SHOWN = 40;

    private Messages() {
    }

    /**
     * The value in single quotes, escaped and cut: {@code 'ABC'}, or
     * {@code 'AAAA...' (1000000 characters)} when it is longer than {@value #MAX_SHOWN}.
     *
     * @param value the value as read
     * @return the quoted value
     */
    public static String quote(String value) {
        if (value.length() <= MAX_SHOWN) {
            return "'" + escape(value) + "'";
        }
        return "'" + escape(value.substring(0, MAX_SHOWN)) + "...' (" + value.length() + " characters)";
    }

    /**
     * The text with control bytes and bytes outside printable ASCII escaped.
     *
     * @param text any text
     * @return the text on one line, printable ASCII only
     */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c < 0x7f;
            if (plain && sb == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (plain) {
                sb.append(c);
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
