/**
 * Interconnection applications and retail enrollments as JSON documents: what interconnection
 * portals and supplier back offices send, read into der-model's records with every problem
 * reported at once, and written back canonically.
 *
 * <p>Entry point: {@link org.derkit.rules.document.JsonDocuments}. A refused document throws
 * {@link org.derkit.rules.document.JsonDocumentException}, which lists every
 * {@link org.derkit.rules.document.JsonProblem} with its JSON path. The JSON Schemas (2020-12)
 * of both documents are resources of this package.
 *
 * <p>Applications also come as spreadsheets: {@link org.derkit.rules.document.ApplicationCsv}
 * reads one application per CSV row (the columns of {@code derkit screen}, an empty cell meaning
 * unknown) and refuses a bad header or cell with an
 * {@link org.derkit.rules.document.ApplicationCsvException} naming the file, line and column.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException NullPointerException} to be thrown.
 */
package org.derkit.rules.document;
