/**
 * The registry's administration pages: finding certificates, one certificate with its full
 * history and the status changes, the integrity check of the history, and pending issuances.
 */
package org.techbroker.app.admin.registry;
