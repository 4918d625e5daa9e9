/**
 * Broker profiles for enterprises, in the spirit of FINRA's BrokerCheck: what a holder is
 * qualified for, which exams they passed and when, their CPD standing, and disclosures —
 * disciplinary notes entered by administrators, each with the broker's own comment.
 */
package org.techbroker.certification.profile;
