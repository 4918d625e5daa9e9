/**
 * The certification module: exam blueprints and sittings, attempts and scoring, essay review,
 * certificates, the qualification registry, CPD and verification. It reads course completion and
 * the question bank through the courses module's services, never its tables, and refers to people
 * by {@link org.techbroker.courses.shared.AccountId}.
 */
package org.techbroker.certification;
