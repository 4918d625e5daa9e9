package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the registry's hash chain: the last sequence number and hash. There is one row; the
 * registry locks it to append, so events are chained one after another even when administrators
 * act at the same moment on different servers.
 */
@Entity
@Table(name = "registry_chain")
public class ChainHead {

    static final long ID = 1;

    @Id
    private long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
        // for JPA
    }

    void advance(RegistryEvent event) {
        if (event.sequence() != lastSequence + 1 || !event.previousHash().equals(lastHash)) {
            throw new IllegalStateException("Event " + event.sequence() + " does not follow the head");
        }
        lastSequence = event.sequence();
        lastHash = event.hash();
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
