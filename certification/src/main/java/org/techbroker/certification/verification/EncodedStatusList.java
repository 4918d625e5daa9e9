package org.techbroker.certification.verification;

import java.time.Instant;

/**
 * One published status list as of a moment: its id and purpose, its length in bits, and the
 * encoded bitstring ({@link BitstringStatusList}).
 */
public record EncodedStatusList(long listId, StatusPurpose purpose, int length, String encodedList, Instant madeAt) {

    /** The public name of the list: its id and purpose, as {@code 1-revocation}. */
    public String name() {
        return name(listId, purpose);
    }

    public static String name(long listId, StatusPurpose purpose) {
        return listId + "-" + purpose.value();
    }
}
