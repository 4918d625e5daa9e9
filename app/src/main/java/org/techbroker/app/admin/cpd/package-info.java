/** The administrators' review of external CPD entries. */
package org.techbroker.app.admin.cpd;
