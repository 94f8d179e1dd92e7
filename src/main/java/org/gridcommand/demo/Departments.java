package org.gridcommand.demo;

import java.util.List;

/** The district's 57 department accounts (区级职能部门), code → name; codes are what the taxonomy refers to. */
final class Departments {
    record Department(String code, String name) {
    }

    static final List<Department> ALL = List.of(
            new Department("CGJ", "区城市管理局"), new Department("ZJJ", "区住房和城乡建设局"),
            new Department("SWJ", "区水利水务局"), new Department("YJJ", "区应急管理局"),
            new Department("GAFJ", "公安明湖分局"), new Department("JTJ", "区交通运输局"),
            new Department("HBFJ", "市生态环境局明湖分局"), new Department("SJJ", "区市场监督管理局"),
            new Department("WJJ", "区卫生健康局"), new Department("MZJ", "区民政局"),
            new Department("JYJ", "区教育局"), new Department("GHZY", "市规划和自然资源局明湖分局"),
            new Department("NYJ", "区农业农村局"), new Department("YLJ", "区园林绿化局"),
            new Department("WLJ", "区文化和旅游局"), new Department("SWUJ", "区商务局"),
            new Department("RSJ", "区人力资源和社会保障局"), new Department("SFJ", "区司法局"),
            new Department("CZJ", "区财政局"), new Department("FGJ", "区发展和改革局"),
            new Department("JXJ", "区经济和信息化局"), new Department("KJJ", "区科学技术局"),
            new Department("TJJ", "区统计局"), new Department("SJIJ", "区审计局"),
            new Department("TYJRJ", "区退役军人事务局"), new Department("YBJ", "区医疗保障局"),
            new Department("SJZYJ", "区数据资源管理局"), new Department("XFJ", "区信访局"),
            new Department("ZHZFJ", "区综合行政执法局"), new Department("XFJY", "区消防救援大队"),
            new Department("JJDD", "公安交警明湖大队"), new Department("CTJT", "区城市建设投资集团"),
            new Department("GSGS", "明湖供水有限公司"), new Department("PSGS", "明湖排水有限公司"),
            new Department("RQGS", "明湖燃气有限公司"), new Department("GDGS", "国网明湖供电公司"),
            new Department("TXB", "区通信发展办公室"), new Department("ZMZX", "区城市照明管理中心"),
            new Department("HWZX", "区环境卫生管理中心"), new Department("SZZX", "区市政设施管理中心"),
            new Department("HDZX", "区河道管理中心"), new Department("FWAQ", "区房屋安全管理中心"),
            new Department("WYZX", "区物业管理服务中心"), new Department("RFB", "区人民防空办公室"),
            new Department("QXJ", "区气象局"), new Department("JKZX", "区疾病预防控制中心"),
            new Department("JJZX", "区急救中心"), new Department("SWJJ", "区税务局"),
            new Department("CLH", "区残疾人联合会"), new Department("ZGH", "区总工会"),
            new Department("TQW", "共青团明湖区委"), new Department("FL", "区妇女联合会"),
            new Department("WXB", "区委网信办"), new Department("JGSW", "区机关事务管理局"),
            new Department("CSDN", "区城市大脑运营中心"), new Department("LSWZ", "区粮食和物资储备局"),
            new Department("ZFBZ", "区住房保障服务中心"));

    private Departments() {
    }
}
