package org.gridcommand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds the console's background work back while its first frame is laid out. Every feature starts loading as it
 * is built (the event queue, the map's points, sensor readings, counts); on a 2-core machine those reads and the
 * JIT compiler already share the cores, and the first layout of the whole console waited for them. With the gate
 * the window is usable first and its data follows a moment later. Not a delay: work is queued, in order, and
 * released the moment the first frame is laid out.
 */
final class FirstFrameGate implements Executor {
    private final Executor next;
    private List<Runnable> held;

    FirstFrameGate(Executor next) {
        this.next = next;
    }

    /** From now on, work waits until {@link #release()}. */
    synchronized void hold() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Lets all waiting work go, in the order it came, and stops holding. */
    void release() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = held;
            held = null;
        }
        if (waiting != null) {
            waiting.forEach(next::execute);
        }
    }

    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (held != null) {
                held.add(work);
                return;
            }
        }
        next.execute(work);
    }
}
