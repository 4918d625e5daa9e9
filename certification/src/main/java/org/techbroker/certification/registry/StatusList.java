package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A pair of published status lists (revocation and suspension) sharing one id and one length.
 * Certificates take random free indexes in the newest list; a list that is half full makes way
 * for a new one, so that a random draw finds a free index in a few tries.
 */
@Entity
@Table(name = "status_list")
public class StatusList {

    /** The W3C Bitstring Status List's minimum length (16 KiB), which also hides the number of entries. */
    public static final int DEFAULT_LENGTH = 131_072;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bit_length", nullable = false, updatable = false)
    private int length;

    @Column(name = "used_count", nullable = false)
    private int used;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StatusList() {
        // for JPA
    }

    StatusList(int length, Instant createdAt) {
        this.length = length;
        this.createdAt = createdAt;
    }

    boolean hasRoom() {
        return used < length / 2;
    }

    void take() {
        used++;
    }

    public Long id() {
        return id;
    }

    public int length() {
        return length;
    }

    public int used() {
        return used;
    }
}
