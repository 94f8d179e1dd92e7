package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One line of the dispatch plan (智能分拨预案), kept as data so that a city changes it without a release: events
 * whose 事项 code starts with {@code categoryCode}, optionally only in areas whose code starts with
 * {@code areaCodePrefix}, go to {@code leadUnitCode} with the co-handlers listed. When several rules match, the
 * most specific one wins: the longest category code, then the longest area prefix, then the higher priority.
 */
@Entity
@Table(name = "dispatch_rule")
public class DispatchRule {
    /** Most specific first; the id makes the order total, so every console picks the same rule. */
    private static final Comparator<DispatchRule> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((DispatchRule r) -> -r.categoryCode.length())
            .thenComparingInt(r -> -(r.areaCodePrefix == null ? 0 : r.areaCodePrefix.length()))
            .thenComparingInt(r -> -r.priority)
            .thenComparing(r -> r.id);

    @Id
    private Long id;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "area_code_prefix", length = 40)
    private String areaCodePrefix;

    @Column(name = "lead_unit_code", nullable = false, length = 40)
    private String leadUnitCode;

    /** Comma-separated unit codes. */
    @Column(name = "co_handler_codes", length = 400)
    private String coHandlerCodes;

    private int priority;

    @Column(length = 200)
    private String note;

    protected DispatchRule() {
    }

    public DispatchRule(long id, String categoryCode, String areaCodePrefix, String leadUnitCode,
                        List<String> coHandlerCodes, int priority, String note) {
        this.id = id;
        this.categoryCode = categoryCode;
        this.areaCodePrefix = areaCodePrefix == null || areaCodePrefix.isBlank() ? null : areaCodePrefix;
        this.leadUnitCode = leadUnitCode;
        this.coHandlerCodes = coHandlerCodes == null ? null : String.join(",", coHandlerCodes);
        this.priority = priority;
        this.note = note;
    }

    /**
     * The rule that decides for an event of {@code categoryCode} located in the areas with {@code areaCodes}
     * (its street, community, grid and micro-grid codes; empty when outside every grid), if any rule matches.
     */
    public static Optional<DispatchRule> mostSpecific(Collection<DispatchRule> rules, String categoryCode,
                                                      Collection<String> areaCodes) {
        return rules.stream().filter(r -> r.matches(categoryCode, areaCodes)).min(MOST_SPECIFIC_FIRST);
    }

    /** True when this rule covers an event of {@code category} in the areas with {@code areaCodes}. */
    public boolean matches(String category, Collection<String> areaCodes) {
        if (category == null || !category.startsWith(categoryCode)) {
            return false;
        }
        return areaCodePrefix == null || areaCodes.stream().anyMatch(c -> c != null && c.startsWith(areaCodePrefix));
    }

    public Long getId() { return id; }
    public String getCategoryCode() { return categoryCode; }
    public String getAreaCodePrefix() { return areaCodePrefix; }
    public String getLeadUnitCode() { return leadUnitCode; }
    public int getPriority() { return priority; }
    public String getNote() { return note; }

    public List<String> getCoHandlerCodes() {
        if (coHandlerCodes == null || coHandlerCodes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(coHandlerCodes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
