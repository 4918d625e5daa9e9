package org.techbroker.certification.registry;

/**
 * A certificate's place in the published status lists: the list and the bit index, the same in
 * the revocation list and the suspension list of that id. Indexes are drawn at random so that the
 * position says nothing about the order of issue.
 */
public record StatusListPlace(long listId, int index) {}
