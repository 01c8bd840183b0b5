/**
 * The main job on the bundled data, as {@code derkit demo} runs it: {@link
 * org.derkit.examples.demo.Demo} screens the bundled applications against the whole rule book,
 * reads the bundled 867s into interval and series CSV with the exact energy-conservation check, and
 * draws the volt-var, ride-through and daylight-saving-day charts into one output directory.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.demo;
