/**
 * The exam-day benchmark (Gatling): not a test, run on demand against a running server with
 * {@code ./mvnw -Pbenchmark -pl liberty test-compile gatling:test}; see docs/exam-day-benchmark.md.
 */
package org.techbroker.liberty.bench;
