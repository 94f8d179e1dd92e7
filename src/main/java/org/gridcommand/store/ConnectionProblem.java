package org.gridcommand.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** Turns driver and migration failures into messages that name the problem and the fix. */
final class ConnectionProblem {
    private ConnectionProblem() {
    }

    static DatabaseUnavailableException explain(DatabaseLocation location, Throwable failure) {
        SQLException sql = find(failure, SQLException.class);
        String where = location.describe();
        String detail = sql != null ? sql.getMessage() : String.valueOf(failure.getMessage());
        if (location.vendor() == DatabaseLocation.Vendor.POSTGRESQL) {
            String state = sql == null ? "" : String.valueOf(sql.getSQLState());
            if (find(failure, ConnectException.class) != null || state.startsWith("08")) {
                return new DatabaseUnavailableException("The PostgreSQL server at " + where + " is not answering ("
                        + firstLine(detail) + "). Check that the server is running and reachable from this console, "
                        + "and that host and port in --db are right.", failure);
            }
            if (find(failure, UnknownHostException.class) != null) {
                return new DatabaseUnavailableException("The host in " + where + " is unknown. Check the host name "
                        + "in --db.", failure);
            }
            if ("28P01".equals(state) || "28000".equals(state)) {
                return new DatabaseUnavailableException("PostgreSQL refused the login for " + where + ". Check the "
                        + "user and password (user=… in the URL, or GRIDCOMMAND_DB_USER / GRIDCOMMAND_DB_PASSWORD).",
                        failure);
            }
            if ("3D000".equals(state)) {
                return new DatabaseUnavailableException("The database named in " + where + " does not exist on the "
                        + "server. Ask the administrator to create it (createdb -O <user> <name>) or fix --db.",
                        failure);
            }
        } else {
            int code = sql == null ? 0 : sql.getErrorCode();
            if (code == 90020 || detail.contains("already in use") || detail.contains("locked by another")) {
                return new DatabaseUnavailableException("The database " + where + " is in use by another program "
                        + "that does not share it. Close the other GridCommand or use a shared server.", failure);
            }
            if (code == 90030 || code == 90048 || detail.contains("corrupt") || detail.contains("File corrupted")
                    || detail.contains("MVStoreException")) {
                if (location.isEmbedded()) {
                    return Problems.damaged(location, sql != null ? sql : failure);
                }
                return new DatabaseUnavailableException("The database file " + where + " is damaged or was written "
                        + "by an incompatible version (" + firstLine(detail) + "). It was not changed. Restore it from "
                        + "a backup, or start on a new file with --db.", failure);
            }
            if (code == 28000) {
                return new DatabaseUnavailableException("Wrong user or password for " + where + ".", failure);
            }
        }
        return new DatabaseUnavailableException("Cannot open the database " + where + ": " + firstLine(detail)
                + ". Nothing was changed. Check --db (a file path, or jdbc:postgresql://host:5432/name).", failure);
    }

    static DatabaseUnavailableException explainMigration(DatabaseLocation location, FlywayException e) {
        String msg = String.valueOf(e.getMessage());
        String where = location.describe();
        if (msg.contains("non-empty schema") || msg.contains("without schema history table")) {
            return new DatabaseUnavailableException("The database " + where + " already holds tables that GridCommand "
                    + "did not create. GridCommand will not touch them; give it an empty database or its own "
                    + "schema (…?currentSchema=gridcommand).", e);
        }
        if (msg.contains("not resolved locally") || msg.contains("newer than")) {
            return new DatabaseUnavailableException("The database " + where + " was updated by a newer GridCommand "
                    + "than this one. Install the newer version on this console.", e);
        }
        if (msg.toLowerCase().contains("postgis") || msg.contains("permission denied to create extension")) {
            return new DatabaseUnavailableException("PostGIS is missing on " + where + ". Ask the administrator to "
                    + "run, as superuser: CREATE EXTENSION postgis;  in that database.", e);
        }
        SQLException sql = find(e, SQLException.class);
        if (sql != null && location.vendor() == DatabaseLocation.Vendor.H2 && sql.getErrorCode() == 90030) {
            return explain(location, sql);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new DatabaseUnavailableException("The database " + where + " could not be brought up to date: "
                + firstLine(msg) + (root != e ? " (" + firstLine(root.getMessage()) + ")" : "")
                + ". It was left as it was (each migration is one transaction).", e);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
