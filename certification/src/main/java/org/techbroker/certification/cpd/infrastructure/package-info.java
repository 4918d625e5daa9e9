/** CPD's JPA adapter. */
package org.techbroker.certification.cpd.infrastructure;
