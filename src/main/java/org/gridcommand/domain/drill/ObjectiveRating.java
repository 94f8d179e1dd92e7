package org.gridcommand.domain.drill;

/**
 * The HSEEP rating of an objective: P performed without challenges, S with some, M with major challenges,
 * U unable to be performed. The automatic rating is from the share of the objective's points earned; the evaluator
 * may override it.
 */
public enum ObjectiveRating {
    P, S, M, U;

    public static ObjectiveRating of(int earned, int possible) {
        if (possible == 0) {
            return P;
        }
        double share = (double) earned / possible;
        return share >= 1.0 ? P : share >= 0.7 ? S : share >= 0.4 ? M : U;
    }
}
