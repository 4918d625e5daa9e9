/**
 * Technology adapters of the registry: the registry in JPA, and certificate PDFs made, signed and
 * checked with iText and BouncyCastle (the only package that uses them).
 */
package org.techbroker.certification.registry.infrastructure;
