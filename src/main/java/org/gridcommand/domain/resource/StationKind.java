package org.gridcommand.domain.resource;

/** What kind of place a {@link ServiceStation} is, and so which level of area it serves. */
public enum StationKind {
    /** 网格工作站: the grid workers' base, serving the grids around the one it sits in. */
    GRID_STATION,
    /** 社区服务中心 / 党群服务中心: the community's service hall, serving the whole community. */
    SERVICE_CENTER
}
