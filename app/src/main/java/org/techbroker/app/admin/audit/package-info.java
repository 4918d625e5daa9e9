/** The audit log page of administrators. */
package org.techbroker.app.admin.audit;
