/** The append-only audit log of security events, which administrators read and filter. */
package org.techbroker.app.audit;
