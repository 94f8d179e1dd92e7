package org.gridcommand.bench.map;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * Flies a {@link FlightPath} one step per pulse and records the time between pulses (layout, layer redraws and
 * rendering of the previous step) and the point layer's own redraw time.
 */
final class FrameRecorder {
    private final FlightPath path;
    private final MapWallView view;
    private final LongSupplier redrawNanos;

    FrameRecorder(FlightPath path, MapWallView view, LongSupplier redrawNanos) {
        this.path = path;
        this.view = view;
        this.redrawNanos = redrawNanos;
    }

    record Result(double[] frameMs, double[] redrawMs) {
        double median() {
            return percentile(frameMs, 0.5);
        }

        double p95() {
            return percentile(frameMs, 0.95);
        }

        double redrawMedian() {
            return percentile(redrawMs, 0.5);
        }

        double redrawP95() {
            return percentile(redrawMs, 0.95);
        }

        String summary() {
            return String.format("median %6.1f ms, p95 %6.1f ms, max %7.1f ms over %d frames (point layer redraw:"
                    + " median %.1f ms, p95 %.1f ms)", median(), p95(), percentile(frameMs, 1.0), frameMs.length,
                    redrawMedian(), redrawP95());
        }

        private static double percentile(double[] v, double p) {
            if (v.length == 0) {
                return 0;
            }
            double[] s = v.clone();
            Arrays.sort(s);
            return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1 < 0 ? 0
                    : (int) Math.ceil(p * s.length) - 1)];
        }
    }

    /** Starts flying; calls {@code done} on the FX thread with the figures once the last frame was shown. */
    void fly(Consumer<Result> done) {
        int n = path.size();
        double[] frames = new double[n];
        double[] redraws = new double[n];
        new AnimationTimer() {
            private int step = -1;
            private long last;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (step >= 0) {
                    frames[step] = (t - last) / 1e6;
                    redraws[step] = redrawNanos.getAsLong() / 1e6;
                }
                step++;
                if (step == n) {
                    stop();
                    done.accept(new Result(frames, redraws));
                    return;
                }
                double[] p = path.at(step);
                view.centreOn(p[1], p[0], p[2]); // the path holds {lat, lon, zoom}
                last = t;
            }
        }.start();
    }
}
