package org.gridcommand.service.emergency;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.gridcommand.service.resources.StockShortage;
import org.hibernate.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Recognises, in an exception chain, that another console changed the same rows first: an optimistic-lock
 * failure, a row lock that timed out, a serialization failure, the CHECK constraint, or our own checks.
 */
final class ConflictCause {
    private ConflictCause() {
    }

    /** A message for the commander, or null when the failure is not a concurrent change. */
    static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StockShortage || t instanceof ResourceTaken) {
                return t.getMessage();
            }
            if (t instanceof OptimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof PessimisticLockException
                    || t instanceof LockAcquisitionException
                    // two types named PessimisticLockException here: this one is spelled out
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return "另一位指挥员刚刚调用了同一批物资或队伍";
            }
            if (t instanceof ConstraintViolationException cve
                    && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase().contains("reserved_ok")) {
                return "库存预留将超过库存总量，已被数据库拒绝";
            }
            if (t instanceof SQLException sql && isConcurrency(sql)) {
                return "另一位指挥员刚刚调用了同一批物资或队伍";
            }
        }
        return null;
    }

    private static boolean isConcurrency(SQLException e) {
        String state = e.getSQLState();
        // 40001 serialization failure / 40P01 deadlock (PostgreSQL); H2: 50200 lock timeout, 90131 concurrent update
        return "40001".equals(state) || "40P01".equals(state) || e.getErrorCode() == 50200
                || e.getErrorCode() == 90131 || "23514".equals(state) && String.valueOf(e.getMessage())
                .toLowerCase().contains("reserved_ok");
    }
}
