package org.gridcommand.geo.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.geo.FeatureProblem;

/**
 * The attribute table of a shapefile (dBASE III), one row per record, in file order so that row {@code i} belongs to
 * shape {@code i}. Field names and text are decoded in the same encoding: Chinese files name their fields in Chinese
 * (网格编码, 网格名称) as often as they fill them in Chinese.
 *
 * <p>The encoding is the one asked for, else the .cpg file's, else the language driver byte of the header (ArcGIS
 * on a Chinese Windows writes 0x4D and no .cpg), else UTF-8 when the names and text are valid UTF-8, else GBK.
 */
record DbfTable(List<Row> rows, Charset charset) {
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte DELETED = '*';
    private static final byte END_OF_FILE = 0x1A;
    private static final int LANGUAGE_DRIVER = 29;

    /**
     * One record: its values by field name, and whether it was deleted. dBASE deletes by marking a record, and a
     * shapefile edited in QGIS or by GDAL keeps deleted records (and their shapes) until it is packed.
     */
    record Row(Map<String, Object> values, boolean deleted) {
    }

    private record Field(byte[] name, char type, int length) {
    }

    static Charset charsetFromCpg(Path cpg) {
        if (cpg == null) {
            return null;
        }
        String name = new String(Shapefile.bytes(cpg), StandardCharsets.US_ASCII).trim();
        if (name.equals("936") || name.equalsIgnoreCase("CP936")) {
            return GBK;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static DbfTable read(Path dbf, Charset requested) {
        byte[] data = Shapefile.bytes(dbf);
        if (data.length < 32) {
            throw new FeatureFileException(FeatureProblem.of("not-dbf", dbf.getFileName()));
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int records = buf.getInt(4);
        int headerLength = Math.min(Short.toUnsignedInt(buf.getShort(8)), data.length);
        int recordLength = Short.toUnsignedInt(buf.getShort(10));
        List<Field> fields = new ArrayList<>();
        for (int at = 32; at + 32 <= headerLength && data[at] != 0x0D; at += 32) {
            int end = at;
            while (end < at + 11 && data[end] != 0) {
                end++;
            }
            fields.add(new Field(Arrays.copyOfRange(data, at, end), (char) data[at + 11],
                    Byte.toUnsignedInt(data[at + 16])));
        }
        Charset charset = requested != null ? requested : fromLanguageDriver(data[LANGUAGE_DRIVER]);
        if (charset == null) {
            charset = guess(fields, data, headerLength);
        }
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            names.add(new String(f.name(), charset).trim());
        }
        List<Row> rows = new ArrayList<>(Math.max(0, Math.min(records, data.length)));
        for (int r = 0; r < records; r++) {
            int at = headerLength + r * recordLength;
            if (recordLength < 1 || at + recordLength > data.length || data[at] == END_OF_FILE) {
                break;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            int offset = at + 1;
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                int length = Math.min(f.length(), at + recordLength - offset);
                String raw = length <= 0 ? "" : new String(data, offset, length, charset).trim();
                values.put(names.get(i), value(f, raw));
                offset += f.length();
            }
            rows.add(new Row(values, data[at] == DELETED));
        }
        return new DbfTable(rows, charset);
    }

    /**
     * The code page a writer declared in the header's language driver byte, for the ones Chinese data comes with;
     * null where it says nothing certain (0, or "ANSI", which is whatever the writer's machine used).
     */
    static Charset fromLanguageDriver(byte id) {
        return switch (Byte.toUnsignedInt(id)) {
            case 0x4D, 0x7A -> GBK;
            case 0x4F -> Charset.forName("Big5");
            default -> null;
        };
    }

    private static Object value(Field f, String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        if (f.type() == 'N' || f.type() == 'F') {
            try {
                return raw.contains(".") ? (Object) Double.parseDouble(raw) : (Object) Long.parseLong(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return raw;
    }

    /**
     * UTF-8 when the field names and the records are all valid UTF-8 (plain ASCII is too), else GBK. The rest of
     * the header is binary (field lengths of 128 and more are not UTF-8) and stays out of the guess.
     */
    private static Charset guess(List<Field> fields, byte[] data, int headerLength) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(data.length);
        for (Field f : fields) {
            text.writeBytes(f.name());
            text.write(' ');
        }
        text.write(data, headerLength, data.length - headerLength);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.toByteArray()));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }
}
