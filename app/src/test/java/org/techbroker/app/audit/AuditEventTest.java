package org.techbroker.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void keepsValuesThatFitTheirColumns() {
        var event = new AuditEvent(NOW, AuditEventType.LOGIN_FAILED, null, "zhangsan", "2001:db8::1", "wrong-password");

        assertThat(event.getOccurredAt()).isEqualTo(NOW);
        assertThat(event.getType()).isEqualTo(AuditEventType.LOGIN_FAILED);
        assertThat(event.getActor()).isNull();
        assertThat(event.getSubject()).isEqualTo("zhangsan");
        assertThat(event.getClientAddress()).isEqualTo("2001:db8::1");
        assertThat(event.getDetail()).isEqualTo("wrong-password");
    }

    @Test
    void keepsValuesOfExactlyTheColumnSize() {
        String name = "n".repeat(AuditEvent.NAME_MAX);
        String address = "a".repeat(AuditEvent.ADDRESS_MAX);
        String detail = "d".repeat(AuditEvent.DETAIL_MAX);

        var event = new AuditEvent(NOW, AuditEventType.ROLE_GRANTED, name, name, address, detail);

        assertThat(event.getActor()).isEqualTo(name);
        assertThat(event.getSubject()).isEqualTo(name);
        assertThat(event.getClientAddress()).isEqualTo(address);
        assertThat(event.getDetail()).isEqualTo(detail);
    }

    @Test
    void clipsOverLongValuesToTheirColumns() {
        // A login form accepts any username; the log must still take the attempt.
        String typedUsername = "attacker-" + "x".repeat(100);
        String detail = "d".repeat(AuditEvent.DETAIL_MAX) + "-and-more";
        String address = "forwarded-for-a-very-long-chain-of-proxies-10.0.0.1,10.0.0.2";

        var event = new AuditEvent(NOW, AuditEventType.LOGIN_FAILED, typedUsername, typedUsername, address, detail);

        assertThat(event.getActor())
                .hasSize(AuditEvent.NAME_MAX)
                .isEqualTo(typedUsername.substring(0, AuditEvent.NAME_MAX));
        assertThat(event.getSubject()).hasSize(AuditEvent.NAME_MAX);
        assertThat(event.getClientAddress()).hasSize(AuditEvent.ADDRESS_MAX).isEqualTo(address.substring(0, 45));
        assertThat(event.getDetail()).hasSize(AuditEvent.DETAIL_MAX).isEqualTo("d".repeat(AuditEvent.DETAIL_MAX));
    }

    @Test
    void requiresATimeAndAType() {
        assertThatThrownBy(() -> new AuditEvent(null, AuditEventType.LOGOUT, "a", "a", null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(NOW, null, "a", "a", null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
