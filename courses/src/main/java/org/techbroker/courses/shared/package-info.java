/**
 * Vocabulary that every module shares: the identifier of a person, the qualification levels and
 * the root of business failures. It sits in the lowest module so that the others can depend on it
 * without depending on each other's features.
 */
package org.techbroker.courses.shared;
