/**
 * The registry as the application shows it: the names certificates are issued under, the expiry
 * sweep, and the pages of holders, administrators and verifiers.
 */
package org.techbroker.app.registry;
