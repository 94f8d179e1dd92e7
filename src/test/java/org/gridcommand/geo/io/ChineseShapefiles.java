package org.gridcommand.geo.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Shapefiles as Chinese offices send them, for tests: field names and text in GBK (or another code page), some
 * records deleted but not packed, the encoding declared in a .cpg, in the header's language driver byte, or nowhere.
 *
 * <p>H2GIS's {@code SHPWRITE} writes the file set (its own .shp, .shx, .prj and the .dbf layout), so the geometry and
 * the table's structure come from another program than the reader under test. It cannot write non-Latin names or
 * text (they come out as "?"), so the names and values are then put into its .dbf in the chosen encoding, at the
 * offsets its header gives, the way ArcGIS on a Chinese Windows writes them; a deleted record gets dBASE's '*'.
 */
public final class ChineseShapefiles {
    /** ArcGIS's language driver byte for code page 936 (GBK). */
    public static final int LDID_GBK = 0x4D;
    /** The byte GDAL writes by default: "ANSI", i.e. whatever the writing machine used. */
    public static final int LDID_ANSI = 0x57;

    /** One record: a WKT polygon in WGS84, its values in field order, and whether it was deleted. */
    public record Record(String wkt, boolean deleted, String... values) {
        public static Record live(String wkt, String... values) {
            return new Record(wkt, false, values);
        }

        public static Record deleted(String wkt, String... values) {
            return new Record(wkt, true, values);
        }
    }

    private ChineseShapefiles() {
    }

    /**
     * Writes {@code shp} (with .shx, .dbf, .prj beside it) holding {@code records}, names and text in {@code charset},
     * {@code languageDriver} in the .dbf header, and a .cpg containing {@code cpg} unless it is null.
     */
    public static Path write(Path shp, List<String> fields, List<Record> records, Charset charset, int languageDriver,
                             String cpg) throws IOException, SQLException {
        int[] widths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            widths[f] = Math.max(1, fields.get(f).getBytes(charset).length);
            for (Record r : records) {
                widths[f] = Math.max(widths[f], r.values()[f].getBytes(charset).length);
            }
        }
        writeWithH2gis(shp, widths, records);
        Path dbf = Path.of(shp.toString().replaceFirst("\\.shp$", ".dbf"));
        byte[] data = Files.readAllBytes(dbf);
        ByteBuffer header = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        int recordLength = Short.toUnsignedInt(header.getShort(10));
        data[29] = (byte) languageDriver;
        List<Integer> lengths = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            int at = 32 + 32 * f;
            byte[] name = fields.get(f).getBytes(charset);
            if (name.length > 10 || widths[f] > 254) {
                throw new IllegalArgumentException("dBASE allows 10 bytes of name and 254 of text: " + fields.get(f));
            }
            Arrays.fill(data, at, at + 11, (byte) 0);
            System.arraycopy(name, 0, data, at, name.length);
            lengths.add(Byte.toUnsignedInt(data[at + 16]));
        }
        for (int r = 0; r < records.size(); r++) {
            int at = headerLength + r * recordLength;
            data[at] = (byte) (records.get(r).deleted() ? '*' : ' ');
            int offset = at + 1;
            for (int f = 0; f < fields.size(); f++) {
                Arrays.fill(data, offset, offset + lengths.get(f), (byte) ' ');
                byte[] value = records.get(r).values()[f].getBytes(charset);
                System.arraycopy(value, 0, data, offset, value.length);
                offset += lengths.get(f);
            }
        }
        Files.write(dbf, data);
        if (cpg != null) {
            Files.writeString(Path.of(shp.toString().replaceFirst("\\.shp$", ".cpg")), cpg, StandardCharsets.US_ASCII);
        }
        return shp;
    }

    private static void writeWithH2gis(Path shp, int[] widths, List<Record> records) throws SQLException {
        String url = "jdbc:h2:mem:shp-" + UUID.randomUUID() + ";MODE=Regular";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "
                    + "\"org.h2gis.functions.factory.H2GISFunctions.load\"");
            st.execute("CALL H2GIS_SPATIAL()");
            StringBuilder columns = new StringBuilder("THE_GEOM GEOMETRY(POLYGON, 4326)");
            StringBuilder marks = new StringBuilder("ST_GeomFromText(?, 4326)");
            for (int f = 0; f < widths.length; f++) {
                columns.append(", F").append(f).append(" VARCHAR(").append(widths[f]).append(')');
                marks.append(", ?");
            }
            st.execute("CREATE TABLE T(" + columns + ")");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO T VALUES (" + marks + ")")) {
                for (Record r : records) {
                    insert.setString(1, r.wkt());
                    for (int f = 0; f < widths.length; f++) {
                        insert.setString(f + 2, "x");
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            st.execute("CALL SHPWRITE('" + shp + "', 'T')");
        }
    }
}
