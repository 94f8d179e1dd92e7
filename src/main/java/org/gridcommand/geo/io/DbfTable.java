package org.gridcommand.geo.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.geo.FeatureProblem;

/**
 * The attribute table of a shapefile (dBASE III). Chinese files are often GBK without a .cpg; when no encoding is
 * given, text that is not valid UTF-8 is read as GBK.
 */
record DbfTable(List<Map<String, Object>> rows, Charset charset) {
    private static final Charset GBK = Charset.forName("GBK");

    private record Field(String name, char type, int length) {
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
        int headerLength = Short.toUnsignedInt(buf.getShort(8));
        int recordLength = Short.toUnsignedInt(buf.getShort(10));
        List<Field> fields = new ArrayList<>();
        for (int at = 32; at + 32 <= headerLength && data[at] != 0x0D; at += 32) {
            int end = at;
            while (end < at + 11 && data[end] != 0) {
                end++;
            }
            fields.add(new Field(new String(data, at, end - at, StandardCharsets.US_ASCII).trim(),
                    (char) data[at + 11], Byte.toUnsignedInt(data[at + 16])));
        }
        Charset charset = requested != null ? requested : guess(data, headerLength);
        List<Map<String, Object>> rows = new ArrayList<>(Math.max(0, records));
        for (int r = 0; r < records; r++) {
            int at = headerLength + r * recordLength;
            if (at + recordLength > data.length) {
                break;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            int offset = at + 1;
            for (Field f : fields) {
                String raw = new String(data, offset, f.length(), charset).trim();
                row.put(f.name(), value(f, raw));
                offset += f.length();
            }
            rows.add(row);
        }
        return new DbfTable(rows, charset);
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

    private static Charset guess(byte[] data, int from) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, from, data.length - from));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

}
