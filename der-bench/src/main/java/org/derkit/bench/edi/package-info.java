/**
 * Benchmarks of der-edi: the typed 867 reader against a raw terminator count and StAEDI on one
 * generated file of at least 100 MB, with a 64 MB heap.
 */
package org.derkit.bench.edi;
