package org.techbroker.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one part of the demo data in one transaction: a failure leaves none of that part behind
 * and is logged, never stopping the server. The work answers what it did, for the log.
 */
@ApplicationScoped
class DemoTransaction {

    private static final Logger LOG = Logger.getLogger(DemoTransaction.class.getName());

    @Inject
    UserTransaction transaction;

    void run(String part, Callable<Optional<String>> work) {
        try {
            transaction.begin();
            Optional<String> done = work.call();
            transaction.commit();
            done.ifPresent(LOG::info);
        } catch (Exception e) {
            rollback(part);
            LOG.log(Level.SEVERE, part + " not loaded", e);
        }
    }

    private void rollback(String part) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, part + ": rollback failed", e);
        }
    }
}
