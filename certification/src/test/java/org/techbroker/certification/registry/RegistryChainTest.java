package org.techbroker.certification.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.courses.shared.AccountId;

class RegistryChainTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void anUntouchedChainIsIntact() {
        List<RegistryEvent> events = chain(6);

        RegistryChain.ChainCheck check = check(events);

        assertThat(check.intact()).isTrue();
        assertThat(check.eventsVerified()).isEqualTo(6);
        assertThat(check.brokenAt()).isEmpty();
    }

    @Test
    void anEmptyRegistryIsIntact() {
        assertThat(RegistryChain.check(List.of(), 0, RegistryChain.GENESIS).intact())
                .isTrue();
    }

    @Test
    void detectsAnEditedReason() throws ReflectiveOperationException {
        List<RegistryEvent> events = chain(6);
        set(events.get(2), "reason", "nothing to see here");

        assertBroken(check(events), 3, "registry.chain.event_altered");
    }

    @Test
    void detectsAnEditedStatusOrDate() throws ReflectiveOperationException {
        List<RegistryEvent> statusEdited = chain(4);
        set(statusEdited.get(1), "toStatus", CertificateStatus.REVOKED);
        assertBroken(check(statusEdited), 2, "registry.chain.event_altered");

        List<RegistryEvent> dateEdited = chain(4);
        set(dateEdited.get(3), "occurredAt", START.minusSeconds(86_400));
        assertBroken(check(dateEdited), 4, "registry.chain.event_altered");
    }

    @Test
    void detectsAnEditWhoseHashWasRecomputed() throws ReflectiveOperationException {
        List<RegistryEvent> events = chain(5);
        RegistryEvent edited = events.get(1);
        set(edited, "publicNote", "forged");
        set(edited, "hash", RegistryChain.hash(edited));

        // The edited event is consistent in itself, but the next one still points to the old hash.
        assertBroken(check(events), 3, "registry.chain.link_broken");
    }

    @Test
    void detectsADeletedEventInTheMiddle() {
        List<RegistryEvent> events = chain(6);
        events.remove(3);

        assertBroken(check(events), 4, "registry.chain.missing_event");
    }

    @Test
    void detectsADeletedLastEvent() {
        List<RegistryEvent> events = chain(6);
        RegistryEvent last = events.remove(5);

        RegistryChain.ChainCheck check = RegistryChain.check(events, last.sequence(), last.hash());

        assertBroken(check, 6, "registry.chain.head_mismatch");
    }

    @Test
    void detectsAnInsertedEvent() throws ReflectiveOperationException {
        List<RegistryEvent> events = chain(5);
        // A forged event slipped in after the second, with the numbers after it shifted to make room.
        RegistryEvent forged = event(
                3,
                99,
                RegistryEventType.REINSTATED,
                CertificateStatus.ACTIVE,
                events.get(1).hash());
        events.add(2, forged);
        for (int i = 3; i < events.size(); i++) {
            set(events.get(i), "sequence", (long) i + 1);
        }
        RegistryEvent last = events.get(events.size() - 1);

        RegistryChain.ChainCheck check = RegistryChain.check(events, last.sequence(), last.hash());

        assertThat(check.intact()).isFalse();
        assertThat(check.brokenAt()).hasValue(4L);
    }

    private static RegistryChain.ChainCheck check(List<RegistryEvent> events) {
        RegistryEvent last = events.get(events.size() - 1);
        return RegistryChain.check(events, last.sequence(), last.hash());
    }

    private static void assertBroken(RegistryChain.ChainCheck check, long at, String key) {
        assertThat(check.intact()).isFalse();
        assertThat(check.brokenAt()).hasValue(at);
        assertThat(check.problemKey()).hasValue(key);
    }

    /** Alternating issue, suspension and reinstatement events of two certificates. */
    private static List<RegistryEvent> chain(int length) {
        List<RegistryEvent> events = new ArrayList<>();
        String previous = RegistryChain.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            RegistryEventType type = sequence <= 2
                    ? RegistryEventType.ISSUED
                    : sequence % 2 == 1 ? RegistryEventType.SUSPENDED : RegistryEventType.REINSTATED;
            CertificateStatus to =
                    type == RegistryEventType.SUSPENDED ? CertificateStatus.SUSPENDED : CertificateStatus.ACTIVE;
            RegistryEvent event = event(sequence, sequence % 2 + 1, type, to, previous);
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    private static RegistryEvent event(
            long sequence, long certificateId, RegistryEventType type, CertificateStatus to, String previousHash) {
        return new RegistryEvent(
                sequence,
                certificateId,
                "TB-2026-J-00000" + certificateId + "-0",
                type,
                type == RegistryEventType.ISSUED ? null : CertificateStatus.ACTIVE,
                to,
                type == RegistryEventType.ISSUED ? null : new AccountId(7),
                START.plusSeconds(sequence * 60),
                "reason " + sequence,
                sequence % 3 == 0 ? "note " + sequence : null,
                previousHash);
    }

    private static void set(RegistryEvent event, String field, Object value) throws ReflectiveOperationException {
        Field declared = RegistryEvent.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(event, value);
    }
}
