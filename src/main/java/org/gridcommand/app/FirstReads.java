package org.gridcommand.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.BackendUnavailableException;
import org.gridcommand.service.account.SignInRefusedException;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.dispatch.FirstPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's second start-up step, on the background executor: what the first frame needs read before the
 * window is built (the areas, the chosen base map file, the event queue's first page) and the sign-in of
 * {@code --user} with GRIDCOMMAND_PASSWORD.
 */
final class FirstReads {
    private static final Logger LOG = LoggerFactory.getLogger(FirstReads.class);

    private final ConsoleOptions options;
    private final ConsoleSettings settings;
    private final Messages messages;
    private final Executor background;

    /**
     * What was read. {@code tiles}: the chosen MBTiles file, or null for the built-in base map (made after the
     * console shows). {@code signedIn}: the account of --user with GRIDCOMMAND_PASSWORD, checked like the form;
     * else null, with the reason in {@code signInRefusal} when it was refused.
     */
    record Loaded(Backend backend, List<Area> areas, String cityName, TileSource tiles,
                  FirstPage queuePage, Account signedIn, String signInRefusal) {
    }

    FirstReads(ConsoleOptions options, ConsoleSettings settings, Messages messages, Executor background) {
        this.options = options;
        this.settings = settings;
        this.messages = messages;
        this.background = background;
    }

    Loaded read(Backend opened) {
        // the event queue's first page is read beside the areas, on the other worker: the queue is then full
        // when the console is ready, instead of waiting behind every feature's first read (issue 10: 4.6-5.5 s)
        var queuePage = CompletableFuture.supplyAsync(
                () -> FirstPage.read(opened.events(), opened.eventDesk()),
                background);
        TileSource tiles = chosenBaseMapFile();
        List<Area> areas = opened.city().areas();
        String cityName = areas.stream().filter(a -> a.getLevel() == AreaLevel.DISTRICT).map(Area::getName)
                .findFirst().orElse("");
        Account signedIn = null;
        String refusal = null;
        String accountPassword = System.getenv("GRIDCOMMAND_PASSWORD");
        if (options.user() != null && accountPassword != null) {
            try {
                signedIn = opened.consoleWatch().signIn(options.user(), accountPassword.toCharArray());
            } catch (SignInRefusedException e) {
                refusal = new EventWords(messages.locale()).refusal(e);
            }
        }
        return new Loaded(opened, areas, cityName, tiles, firstPage(queuePage), signedIn, refusal);
    }

    /** The queue's first page, or null when it could not be read (the queue then reads it itself, and says why). */
    private static FirstPage firstPage(CompletableFuture<FirstPage> reading) {
        try {
            return reading.join();
        } catch (RuntimeException e) {
            LOG.warn("The event queue's first page was not read ahead: {}", e.toString());
            return null;
        }
    }

    /**
     * The MBTiles file given with --basemap or chosen in the console, opened and checked (a wrong file stops the
     * start with the reason); null for the built-in base map, which is made once the console shows.
     */
    private TileSource chosenBaseMapFile() {
        Path chosen = options.baseMap() != null ? options.baseMap() : chosenBaseMap();
        if (chosen == null) {
            return null;
        }
        try {
            return new MBTilesSource(chosen);
        } catch (IllegalArgumentException e) {
            throw new BackendUnavailableException(e.getMessage(), e);
        }
    }

    /** The MBTiles file chosen in the console's import window, if it still exists. */
    private Path chosenBaseMap() {
        String file = settings.baseMapFile();
        return file != null && Files.isRegularFile(Path.of(file)) ? Path.of(file) : null;
    }
}
