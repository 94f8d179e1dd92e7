package org.gridcommand.bench.map;

import org.locationtech.jts.geom.Envelope;

/**
 * The scripted camera of the bench: zooms from 11 to 18 and back while panning diagonally across the middle of the
 * city with a sideways swing, so every zoom level and fresh ground are covered.
 */
final class FlightPath {
    private final Envelope city;
    private final int frames;

    FlightPath(Envelope city, int frames) {
        this.city = city;
        this.frames = Math.max(2, frames);
    }

    int size() {
        return frames;
    }

    /** {lat, lon, zoom} of frame {@code i}. */
    double[] at(int i) {
        double t = (double) i / (frames - 1);
        double zoom = 11 + 7 * (1 - Math.abs(2 * t - 1));
        double lon = city.getMinX() + city.getWidth() * (0.2 + 0.6 * t);
        double lat = city.getMinY() + city.getHeight() * (0.3 + 0.4 * t + 0.1 * Math.sin(t * 6 * Math.PI));
        return new double[] {lat, lon, zoom};
    }
}
