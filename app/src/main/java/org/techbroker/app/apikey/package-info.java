/**
 * Enterprises' API keys for the verification API: created, named and revoked by the enterprise,
 * shown once and stored as a SHA-256 only, looked up cheaply on every verification.
 */
package org.techbroker.app.apikey;
