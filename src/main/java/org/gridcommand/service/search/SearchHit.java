package org.gridcommand.service.search;

import org.gridcommand.domain.area.AreaLevel;

/**
 * One thing the search box found, with where it is.
 *
 * @param kind   what it is
 * @param id     its id (area, camera or event id)
 * @param code   what identifies it to an officer: area code, camera code, event number
 * @param title  its name (area, camera) or title (event)
 * @param detail a second line: the level, the address
 * @param lon    where to centre the map (an area's representative interior point); NaN for an event without
 *               coordinates ({@link #hasPlace()})
 * @param lat    idem
 * @param level  the area's level for {@link Kind#AREA}, else null
 * @param wording what an event's title says when the system wrote it (a plan's task), for the reader's language
 *               ({@code EventWords.title}); null otherwise
 */
public record SearchHit(Kind kind, long id, String code, String title, String detail, double lon, double lat,
                        AreaLevel level, String wording) {

    public SearchHit(Kind kind, long id, String code, String title, String detail, double lon, double lat,
                     AreaLevel level) {
        this(kind, id, code, title, detail, lon, lat, level, null);
    }

    /** False for an event reported without coordinates: there is nowhere on the map to take the officer. */
    public boolean hasPlace() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }

    /** What a hit is. */
    public enum Kind { AREA, CAMERA, EVENT }
}
