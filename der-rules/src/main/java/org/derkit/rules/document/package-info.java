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
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException NullPointerException} to be thrown.
 */
package org.derkit.rules.document;
