package org.gridcommand.service.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The console's per-user settings, one properties file per user in the data folder (not the database: a shared
 * server is shared by every console, but each officer's map is his own). Written whole to a temporary file and
 * moved into place, so a crash mid-write never leaves half a file.
 */
public final class ConsoleSettings {
    private static final String LAYER = "map.layer.";

    private final Path file;

    /** Settings kept in {@code file}; the folder is created on the first save. */
    public ConsoleSettings(Path file) {
        this.file = file;
    }

    /** The file of {@code user} in {@code dataFolder}; characters a file name cannot hold become '_'. */
    public static ConsoleSettings forUser(Path dataFolder, String user) {
        String safe = (user == null || user.isBlank() ? "default" : user).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return new ConsoleSettings(dataFolder.resolve("settings").resolve("console-" + safe + ".properties"));
    }

    public Path file() {
        return file;
    }

    /**
     * The map as it was left, or empty on a first start or when the file is unreadable or incomplete (a damaged
     * settings file must never keep the console from starting).
     */
    public Optional<MapState> loadMap() {
        Properties p = read();
        try {
            if (!p.containsKey("map.zoom")) {
                return Optional.empty();
            }
            Map<String, Boolean> layers = new LinkedHashMap<>();
            for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                if (key.startsWith(LAYER)) {
                    layers.put(key.substring(LAYER.length()), Boolean.parseBoolean(p.getProperty(key)));
                }
            }
            double lon = Double.parseDouble(p.getProperty("map.centre.lon"));
            double lat = Double.parseDouble(p.getProperty("map.centre.lat"));
            double zoom = Double.parseDouble(p.getProperty("map.zoom"));
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || !Double.isFinite(zoom)) {
                return Optional.empty();
            }
            return Optional.of(new MapState(lon, lat, zoom, layers, p.getProperty("map.basemap")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers the map's place and layers; keeps every other setting in the file, including the base map, which
     * only {@link #setBaseMapFile} changes (so an autosave never undoes a base map just chosen).
     */
    public void saveMap(MapState state) {
        Properties p = read();
        p.keySet().removeIf(k -> k.toString().startsWith(LAYER));
        p.setProperty("map.centre.lon", Double.toString(state.centreLon()));
        p.setProperty("map.centre.lat", Double.toString(state.centreLat()));
        p.setProperty("map.zoom", Double.toString(state.zoom()));
        state.layers().forEach((name, on) -> p.setProperty(LAYER + name, Boolean.toString(on)));
        write(p);
    }

    /** The base map file chosen in the console (used from the next start), or null. */
    public String baseMapFile() {
        return read().getProperty("map.basemap");
    }

    /** Chooses a base map file for the next start (null: back to the built-in one). */
    public void setBaseMapFile(String path) {
        Properties p = read();
        if (path == null) {
            p.remove("map.basemap");
        } else {
            p.setProperty("map.basemap", path);
        }
        write(p);
    }

    /**
     * Minutes without input before the console locks (entry {@code console.idleLockMinutes}; 0: never), or
     * {@code fallback} when the entry is missing or not a number from 0 to a day.
     */
    public int idleLockMinutes(int fallback) {
        String value = read().getProperty("console.idleLockMinutes");
        try {
            int minutes = value == null ? fallback : Integer.parseInt(value.strip());
            return minutes >= 0 && minutes <= 24 * 60 ? minutes : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return p;
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "GridCommand console settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the settings file " + file + ": " + e.getMessage(), e);
        }
    }
}
