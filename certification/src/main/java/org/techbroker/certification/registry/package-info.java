/**
 * The qualification registry: certificates issued to brokers who met a level's requirements,
 * their numbers with check digits, their statuses and the append-only, hash-chained history of
 * every change, the signed PDF kept by its SHA-256, and the status lists verifiers read.
 */
package org.techbroker.certification.registry;
