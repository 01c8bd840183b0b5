/**
 * Implementation of the rule DSL and engine (not exported): the staged builders, the immutable
 * rule definitions, conditions, lifted rules and rule-set segments, and the one place where every
 * message text is built ({@link org.derkit.rules.internal.Messages}).
 */
package org.derkit.rules.internal;
