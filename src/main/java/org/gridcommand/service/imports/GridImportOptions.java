package org.gridcommand.service.imports;

import java.nio.charset.Charset;
import org.gridcommand.domain.area.AreaLevel;

/**
 * How to read a boundary file.
 *
 * @param level       the level the features are (STREET, COMMUNITY, GRID, MICRO_GRID…)
 * @param codeField   attribute holding the area code (unique; a re-import with the same code updates in place)
 * @param nameField   attribute holding the name (null: the code is used)
 * @param parentField attribute holding the parent's code (null: the parent is found by location)
 * @param crs         source coordinate system name (null: from the file's .prj / crs member, else WGS84)
 * @param encoding    shapefile attribute encoding (null: .cpg, else UTF-8 if valid, else GBK)
 */
public record GridImportOptions(AreaLevel level, String codeField, String nameField, String parentField, String crs,
                                Charset encoding) {
}
