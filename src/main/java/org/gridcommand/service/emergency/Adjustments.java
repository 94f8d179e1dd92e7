package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.emergency.LineKind;

/**
 * The commander's changes to a proposal before committing it: lines dropped and item quantities changed, by
 * {@link ProposalLine#ref()}. Immutable; build with {@link #none()} and the {@code with…} methods.
 */
public final class Adjustments {
    private static final Adjustments NONE = new Adjustments(Set.of(), Map.of());

    private final Set<String> dropped;
    private final Map<String, Integer> quantities;

    private Adjustments(Set<String> dropped, Map<String, Integer> quantities) {
        this.dropped = Set.copyOf(dropped);
        this.quantities = Map.copyOf(quantities);
    }

    public static Adjustments none() {
        return NONE;
    }

    /** Leaves the line out of the activation. */
    public Adjustments withDropped(String ref) {
        Set<String> d = new HashSet<>(dropped);
        d.add(ref);
        return new Adjustments(d, quantities);
    }

    /** Reserves another quantity of an item line (teams and experts come whole: drop them instead). */
    public Adjustments withQuantity(String ref, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a quantity must be positive; drop the line instead");
        }
        Map<String, Integer> q = new HashMap<>(quantities);
        q.put(ref, quantity);
        return new Adjustments(dropped, q);
    }

    /** The lines as the commander adjusted them: dropped ones left out, item quantities changed. */
    List<ProposalLine> applyTo(List<ProposalLine> lines) {
        List<ProposalLine> out = new ArrayList<>();
        for (ProposalLine l : lines) {
            if (drops(l.ref())) {
                continue;
            }
            Integer q = quantityFor(l.ref());
            if (q != null && l.kind() != LineKind.ITEM) {
                throw new IllegalArgumentException("only item quantities can change; drop " + l.ref() + " instead");
            }
            out.add(q == null ? l : l.withQuantity(q));
        }
        return out;
    }

    boolean drops(String ref) {
        return dropped.contains(ref);
    }

    Integer quantityFor(String ref) {
        return quantities.get(ref);
    }

    boolean isEmpty() {
        return dropped.isEmpty() && quantities.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "no adjustments" : "dropped " + dropped + ", quantities " + quantities;
    }
}
