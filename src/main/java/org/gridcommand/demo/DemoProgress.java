package org.gridcommand.demo;

/** Receives progress while the demo city is generated (called from the generating thread). */
@FunctionalInterface
public interface DemoProgress {
    DemoProgress NONE = (step, fraction) -> { };

    /**
     * @param step     what is being done now, in the user's words (e.g. "生成网格 / generating grids")
     * @param fraction 0..1 of the whole job
     */
    void update(String step, double fraction);
}
