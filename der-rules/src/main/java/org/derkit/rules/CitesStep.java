package org.derkit.rules;

/**
 * DSL step after {@code Rule.id(...)}: the citation is mandatory. Steps are plumbing: chain them,
 * do not keep them in variables.
 */
public interface CitesStep {

    /**
     * The document and its section, as the catalogue names them.
     *
     * @param source the source document
     * @param section the section of the document, as the catalogue names it
     * @return the document and its section, as the catalogue names them
     */
    QuoteStep cites(Source source, String section);
}
