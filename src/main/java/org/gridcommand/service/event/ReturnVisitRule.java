package org.gridcommand.service.event;

import org.gridcommand.domain.account.UseCase;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.store.Database;
import org.hibernate.Session;

/**
 * How many times the center calls a reporter back before the return visit ends as "not reachable". A rule of the
 * center, kept in the database so every console on a shared server applies the same one.
 */
public final class ReturnVisitRule {
    /** What a center does when nobody said otherwise. */
    public static final int DEFAULT_TRIES = 3;
    static final int MAX_TRIES = 10;
    private static final String NAME = "return_visit.tries";

    private final Database db;
    private final Permissions permissions;

    /** For system callers ({@link Permissions#system()}) and reads. */
    public ReturnVisitRule(Database db) {
        this(db, Permissions.system());
    }

    /** Changes checked against {@code permissions} (a rule of the center is reference data). */
    public ReturnVisitRule(Database db, Permissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    /** The calls allowed before the reporter counts as not reachable. */
    public int tries() {
        return db.transact(ReturnVisitRule::tries);
    }

    /**
     * Changes the number of calls for every console.
     *
     * @throws ActionRefusedException unless 1 ≤ {@code tries} ≤ 10
     */
    public void setTries(int tries) {
        permissions.require(UseCase.REFERENCE_DATA, null);
        if (tries < 1 || tries > MAX_TRIES) {
            throw new ActionRefusedException("refused.visitTries");
        }
        db.transact(s -> {
            int updated = s.createNativeMutationQuery("UPDATE center_rule SET rule_value = :v WHERE rule_name = :n")
                    .setParameter("v", String.valueOf(tries)).setParameter("n", NAME).executeUpdate();
            if (updated == 0) {
                s.createNativeMutationQuery("INSERT INTO center_rule (rule_name, rule_value) VALUES (:n, :v)")
                        .setParameter("v", String.valueOf(tries)).setParameter("n", NAME).executeUpdate();
            }
            return null;
        });
    }

    /** Inside the caller's transaction; the default when the rule is missing or unreadable. */
    static int tries(Session s) {
        String value = s.createNativeQuery("SELECT rule_value FROM center_rule WHERE rule_name = :n", String.class)
                .setParameter("n", NAME).getResultStream().findFirst().orElse(null);
        try {
            int n = value == null ? DEFAULT_TRIES : Integer.parseInt(value.strip());
            return n < 1 || n > MAX_TRIES ? DEFAULT_TRIES : n;
        } catch (NumberFormatException e) {
            return DEFAULT_TRIES;
        }
    }
}
