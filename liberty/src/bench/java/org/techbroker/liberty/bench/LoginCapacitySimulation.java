package org.techbroker.liberty.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many logins per second the server sustains: a fixed number of clients (default 4, twice the
 * cores) that log in back to back for a minute, each time as the next benchmark account (which
 * {@link ExamDaySimulation} creates). Throughput at saturation is the capacity; every login hashes
 * the password (PBKDF2, 600,000 iterations).
 */
public class LoginCapacitySimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();

    {
        int accounts = settings.candidates();
        Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1)
                .map(i -> Map.<String, Object>of("username", settings.username(1 + i % accounts)))
                .iterator();
        ScenarioBuilder logins = scenario("logins")
                .feed(feeder)
                .exec(http("login")
                        .post("/api/v1/auth/login")
                        .body(StringBody(
                                "{\"username\":\"#{username}\",\"password\":\"" + settings.accountPassword() + "\"}"))
                        .asJson()
                        .check(status().is(200)));
        setUp(logins.injectClosed(constantConcurrentUsers(Integer.getInteger("bench.loginClients", 4))
                        .during(Duration.ofSeconds(Long.getLong("bench.loginSeconds", 60)))))
                .protocols(http.baseUrl(settings.baseUrl()).acceptHeader("application/json"));
    }
}
