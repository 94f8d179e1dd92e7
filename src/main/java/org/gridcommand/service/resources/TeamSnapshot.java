package org.gridcommand.service.resources;

import java.util.List;
import org.gridcommand.domain.resource.TeamStatus;

/** A team as it was read: skills, headcount, status and position. */
public record TeamSnapshot(long id, String code, String name, List<String> skills, int headcount, TeamStatus status,
                           String leader, String phone, long version, double lon, double lat) {
    public boolean hasSkill(String skill) {
        return skills.contains(skill);
    }

    public boolean isAvailable() {
        return status == TeamStatus.AVAILABLE;
    }
}
