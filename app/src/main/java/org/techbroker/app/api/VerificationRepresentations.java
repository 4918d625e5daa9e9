package org.techbroker.app.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.techbroker.certification.verification.BulkCheck;
import org.techbroker.certification.verification.EncodedStatusList;
import org.techbroker.certification.verification.PublicCertificate;
import org.techbroker.certification.verification.StatusPurpose;

/**
 * The JSON of the verification API, written with JSON-P so that members are in a fixed order and
 * nulls are written where the contract says "null" (a name not compared), and the W3C shapes of
 * status list entries and credentials (Bitstring Status List v1.0, VC Data Model 2.0).
 */
@ApplicationScoped
public class VerificationRepresentations {

    /**
     * The JSON provider, looked up once: {@code Json.createObjectBuilder()} looks the provider up
     * on every call, which inside the server's class loaders costs more than the whole lookup it
     * serves (measured in docs/verification-benchmark.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String CREDENTIALS_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String STATUS_LISTS_PATH = "/api/v1/status-lists/";

    /** How many bytes of lookup bodies a server keeps written (with their keys, about twice that). */
    static final long CERTIFICATE_BODIES_BYTES = 32L * 1024 * 1024;

    private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

    /**
     * The lookup's body for each answer given lately. The answer (PublicCertificate, a record of
     * everything the body shows, the status as of today included) is the key, so a changed
     * certificate or a new day is a new key and never reads an old body.
     */
    private final Cache<PublicCertificate, byte[]> certificateBodies = Caffeine.newBuilder()
            .maximumWeight(CERTIFICATE_BODIES_BYTES)
            .weigher((PublicCertificate key, byte[] body) -> body.length)
            .build();

    @Inject
    @ConfigProperty(name = "techbroker.public-base-url")
    String publicBaseUrl;

    /** The public address of this installation, without a trailing slash: the issuer of status lists. */
    String issuer() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    String statusListUrl(long listId, StatusPurpose purpose) {
        return issuer() + STATUS_LISTS_PATH + EncodedStatusList.name(listId, purpose);
    }

    /**
     * The lookup's JSON body (the members of {@link #certificate}), in UTF-8, written once per
     * distinct answer: the lookup is the hot path of the verification API.
     */
    byte[] certificateBody(PublicCertificate certificate) {
        return certificateBodies.get(certificate, c -> {
            StringWriter text = new StringWriter(1536);
            try (JsonWriter writer = WRITERS.createWriter(text)) {
                writer.writeObject(certificate(c));
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    JsonObject certificate(PublicCertificate certificate) {
        JsonArrayBuilder tracks = JSON.createArrayBuilder();
        certificate.tracks().forEach(t -> tracks.add(t.name()));
        JsonArrayBuilder history = JSON.createArrayBuilder();
        for (PublicCertificate.PublicEvent event : certificate.history()) {
            history.add(JSON.createObjectBuilder()
                    .add("type", event.type().name())
                    .add("date", event.date().toString())
                    .add("publicNote", nullable(event.publicNote())));
        }
        JsonArrayBuilder status = JSON.createArrayBuilder();
        for (StatusPurpose purpose : StatusPurpose.values()) {
            String list = statusListUrl(certificate.statusListPlace().listId(), purpose);
            String index = Integer.toString(certificate.statusListPlace().index());
            status.add(JSON.createObjectBuilder()
                    .add("id", list + "#" + index)
                    .add("type", "BitstringStatusListEntry")
                    .add("statusPurpose", purpose.value())
                    .add("statusListIndex", index)
                    .add("statusListCredential", list));
        }
        return JSON.createObjectBuilder()
                .add("number", certificate.number())
                .add("status", certificate.status().name())
                .add("level", certificate.level().name())
                .add("tracks", tracks)
                .add(
                        "holderNames",
                        JSON.createObjectBuilder()
                                .add("zh", certificate.holderNames().zh())
                                .add("latin", certificate.holderNames().latin()))
                .add("issuedOn", certificate.issuedOn().toString())
                .add("expiresOn", certificate.expiresOn().toString())
                .add("history", history)
                .add("credentialStatus", status)
                .build();
    }

    JsonObject bulk(List<BulkCheck.Result> results) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (BulkCheck.Result r : results) {
            JsonObjectBuilder result = JSON.createObjectBuilder()
                    .add("number", nullable(r.number()))
                    .add("validFormat", r.validFormat())
                    .add("found", r.found())
                    .add(
                            "status",
                            r.status() == null
                                    ? JsonValue.NULL
                                    : JSON.createValue(r.status().name()))
                    .add(
                            "level",
                            r.level() == null
                                    ? JsonValue.NULL
                                    : JSON.createValue(r.level().name()))
                    .add(
                            "expiresOn",
                            r.expiresOn() == null
                                    ? JsonValue.NULL
                                    : JSON.createValue(r.expiresOn().toString()))
                    .add(
                            "nameMatches",
                            r.nameMatches() == null
                                    ? JsonValue.NULL
                                    : (r.nameMatches() ? JsonValue.TRUE : JsonValue.FALSE));
            array.add(result);
        }
        return JSON.createObjectBuilder().add("results", array).build();
    }

    /** A BitstringStatusListCredential (unsigned: its authenticity rests on the HTTPS origin). */
    JsonObject statusList(EncodedStatusList list) {
        String id = statusListUrl(list.listId(), list.purpose());
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(CREDENTIALS_CONTEXT))
                .add("id", id)
                .add(
                        "type",
                        JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuer())
                .add("validFrom", list.madeAt().toString())
                .add(
                        "credentialSubject",
                        JSON.createObjectBuilder()
                                .add("id", id + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", list.purpose().value())
                                .add("encodedList", list.encodedList()))
                .build();
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : JSON.createValue(text);
    }
}
