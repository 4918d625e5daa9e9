/**
 * Verification of certificates by the public and by enterprises: the public view of a
 * certificate, bulk checks with holder names, the W3C Bitstring Status Lists, and the log of who
 * checked which certificate (batched off the request path).
 */
package org.techbroker.certification.verification;
