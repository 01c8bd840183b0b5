/**
 * Screening applications from a spreadsheet: der-rules' {@link org.derkit.rules.document.ApplicationCsv}
 * reads one interconnection application per CSV row (the columns of {@code derkit screen --help};
 * an empty cell means unknown), and {@link org.derkit.examples.screen.Screener} evaluates the whole
 * Ameren rule book for each and writes one row per application and catalogue id, in catalogue
 * order. A bad header or cell is a {@link org.derkit.rules.document.ApplicationCsvException} naming
 * the file, line and column.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.screen;
