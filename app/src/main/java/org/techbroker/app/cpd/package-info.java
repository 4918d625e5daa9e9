/**
 * CPD in the web application: the holder's CPD page, the administrators' review page, expiry
 * reminders by mail, and the accounts' answers to CPD's questions about people.
 */
package org.techbroker.app.cpd;
