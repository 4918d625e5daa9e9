package org.techbroker.certification.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.techbroker.certification.registry.RegistryChanged;

/**
 * The registry's status lists in their published form. Encoding a list reads one column of the
 * list's certificates and compresses 16 KiB, so an encoded list is kept for at most
 * techbroker.verification.cache-millis (one second at most): a change made on another server of a
 * cluster shows within that time. A change on this server ({@link RegistryChanged}, once its
 * transaction has committed) drops the list at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedStatusLists {

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * Counts this server's committed changes: a list encoded from a read that began before a
     * change is never served after it, even if its encoding finishes later.
     */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    VerificationRepository repository;

    @Inject
    VerificationSettings settings;

    @Inject
    Clock clock;

    /** The list of that id and purpose; empty when no such list exists. */
    public Optional<EncodedStatusList> list(long listId, StatusPurpose purpose) {
        String name = EncodedStatusList.name(listId, purpose);
        long now = System.nanoTime();
        long current = generation.get();
        Cached cached = cache.get(name);
        if (cached != null
                && cached.generation() == current
                && now - cached.madeAtNanos() < settings.cacheTime().toNanos()) {
            return Optional.of(cached.list());
        }
        Optional<EncodedStatusList> list = encode(listId, purpose);
        list.ifPresent(l -> cache.put(name, new Cached(l, now, current)));
        return list;
    }

    private Optional<EncodedStatusList> encode(long listId, StatusPurpose purpose) {
        return repository.statusListLength(listId).map(length -> {
            BitSet bits = new BitSet(length);
            repository.indexesWithStatus(listId, purpose.marked()).forEach(bits::set);
            return new EncodedStatusList(
                    listId,
                    purpose,
                    length,
                    BitstringStatusList.encode(bits, length),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
        });
    }

    /** Forgets the lists of the changed certificate once the change is committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged change) {
        generation.incrementAndGet();
        for (StatusPurpose purpose : StatusPurpose.values()) {
            cache.remove(EncodedStatusList.name(change.statusListId(), purpose));
        }
    }

    private record Cached(EncodedStatusList list, long madeAtNanos, long generation) {}
}
