package org.derkit.rules;

/** DSL step after the citation: optionally quote the clause, then the kind. */
public interface QuoteStep extends KindStep {

    /**
     * The words of the document this rule encodes, quoted exactly.
     *
     * @param clause the words of the document, quoted
     * @return the words of the document this rule encodes, quoted exactly
     */
    KindStep quoting(String clause);
}
