package org.techbroker.liberty.bench;

import java.time.Duration;

/**
 * The benchmark's parameters, as system properties ({@code -Dbench.candidates=1000}). Time may be
 * compressed (the login window, the exam's length); the rate of saves of one candidate never is.
 */
record BenchSettings(
        String baseUrl,
        int candidates,
        Duration loginWindow,
        Duration startWindow,
        int examMinutes,
        Duration savePeriod,
        Duration submitWindow,
        double baselinePerSecond,
        String level,
        String accountPrefix,
        String accountPassword,
        String admin,
        String adminPassword,
        int setupThreads) {

    static BenchSettings fromSystemProperties() {
        int candidates = Integer.getInteger("bench.candidates", 250);
        // Two logins per second unless told otherwise: within what two cores sustain (PBKDF2 with
        // 600,000 iterations, about 5 per second; see LoginCapacitySimulation).
        double loginsPerSecond = Double.parseDouble(System.getProperty("bench.loginsPerSecond", "2"));
        long loginSeconds = Long.getLong("bench.loginWindowSeconds", (long) Math.ceil(candidates / loginsPerSecond));
        return new BenchSettings(
                System.getProperty("bench.baseUrl", "http://localhost:9080"),
                candidates,
                Duration.ofSeconds(loginSeconds),
                Duration.ofSeconds(60),
                Integer.getInteger("bench.examMinutes", 3),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Double.parseDouble(System.getProperty("bench.baselinePerSecond", "5")),
                System.getProperty("bench.level", "JUNIOR"),
                System.getProperty("bench.accountPrefix", "bench-"),
                System.getProperty("bench.accountPassword", "Exam-Day-Bench-7f3a9c-Lantern"),
                System.getProperty("bench.admin", "admin"),
                System.getProperty("bench.adminPassword", "techbroker-demo-2026"),
                Integer.getInteger("bench.setupThreads", 2));
    }

    String username(int index) {
        return String.format("%s%05d", accountPrefix, index);
    }
}
