/**
 * Continuing professional development: holders log activities that earn credits under a
 * configurable tariff, Techbroker course completions are credited on their own, administrators
 * approve or reject external entries (a share drawn for audit), and a certificate whose cycle has
 * its credits is renewed; reminders go out before expiry.
 */
package org.techbroker.certification.cpd;
