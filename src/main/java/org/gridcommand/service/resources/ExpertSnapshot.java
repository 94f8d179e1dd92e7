package org.gridcommand.service.resources;

/** An expert as read: field, contact, availability and base position. */
public record ExpertSnapshot(long id, String name, String field, String title, String organization, String phone,
                             boolean available, long version, double lon, double lat) {
}
