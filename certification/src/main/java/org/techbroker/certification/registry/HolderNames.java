package org.techbroker.certification.registry;

import java.util.Objects;

/** A holder's name as printed on a certificate: in Chinese characters and in Latin letters. */
public record HolderNames(String zh, String latin) {

    public HolderNames {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(latin);
    }
}
