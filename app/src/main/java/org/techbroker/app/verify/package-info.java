/**
 * The public verification of certificates: the page anyone reaches by a certificate's number or
 * its QR code, at {@code /verify/{number}}, and the check of an uploaded certificate file.
 */
package org.techbroker.app.verify;
