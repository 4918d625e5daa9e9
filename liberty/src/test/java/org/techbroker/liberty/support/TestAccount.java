package org.techbroker.liberty.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.techbroker.app.account.PersonalDetails;

/**
 * A person a test invents: a username no other test (nor an earlier run against the same
 * database) uses, and a password that the password policy accepts.
 */
public record TestAccount(String username, String password, String email, String nameZh, String nameLatin) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh person; the purpose (a few letters) only makes the username readable in logs. */
    public static TestAccount fresh(String purpose) {
        String username = (purpose + "-" + randomHex(6)).toLowerCase(Locale.ROOT);
        return new TestAccount(
                username, "Quartz-" + randomHex(8) + "-Lantern", username + "@example.org", "测试学员", "Test Trainee");
    }

    public PersonalDetails details() {
        return new PersonalDetails(username, email, nameZh, nameLatin, "Techbroker tests");
    }

    /** The body of {@code POST /api/v1/registrations}. */
    public JsonObject registration() {
        return Json.createObjectBuilder()
                .add(
                        "details",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("email", email)
                                .add("nameZh", nameZh)
                                .add("nameLatin", nameLatin)
                                .add("organisation", "Techbroker tests"))
                .add("password", password)
                .add("locale", "en")
                .build();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
