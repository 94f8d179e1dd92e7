package org.gridcommand.cli;

import java.nio.file.Path;

/**
 * How to open the console window.
 *
 * @param db            --db value (file path or JDBC URL)
 * @param lang          "zh" or "en"
 * @param user          the name shown in the status bar
 * @param exitWhenReady for `bench startup`: print the start-up figures and exit once the map is interactive
 * @param bareWindow    for `bench startup`'s baseline: an empty JavaFX window, no database, no map
 * @param baseMap       a user's own MBTiles raster base map instead of the one rendered from the database, or null
 * @param mayCreate     create the database if there is none at {@code db} (--create, or the data folder's own file)
 * @param idleLockMinutes minutes without input before the console locks (--idle-lock; 0: never); null: the
 *                      console's setting, else 15
 */
public record ConsoleOptions(String db, String lang, String user, boolean exitWhenReady, boolean bareWindow,
                             Path baseMap, boolean mayCreate, Integer idleLockMinutes) {
    /** Options with the idle lock as the console's setting has it. */
    public ConsoleOptions(String db, String lang, String user, boolean exitWhenReady, boolean bareWindow,
                          Path baseMap, boolean mayCreate) {
        this(db, lang, user, exitWhenReady, bareWindow, baseMap, mayCreate, null);
    }
}
