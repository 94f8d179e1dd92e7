package org.gridcommand.demo;

/**
 * The demo city's event taxonomy on GB/T 30428 lines: 大类 (no indent), 小类 (two spaces), 事项 (four spaces).
 * An item line is {@code name|difficulty|lead department for hard cases|response|on-site|handling minutes|
 * working hours (y/n)|how common (1–10)|tags}; tags: {@code ai} (an AI camera recognizes it), {@code iot:KIND}
 * (a sensor of that kind raises it), {@code urgent}.
 */
final class TaxonomyCatalog {
    static final String TEXT = """
            C01 公用设施
              C0101 供水设施
                上水井盖破损|BIG||30|60|480|n|3|iot:MANHOLE_COVER
                上水井盖缺失|HARD|GSGS|15|30|240|n|2|iot:MANHOLE_COVER,urgent
                供水管道漏水|HARD|GSGS|15|60|720|n|3|
                消防栓损坏|HARD|XFJY|30|120|1440|n|1|
              C0102 排水设施
                雨水井盖破损|BIG||30|60|480|n|3|iot:MANHOLE_COVER
                污水井盖缺失|HARD|PSGS|15|30|240|n|2|iot:MANHOLE_COVER,urgent
                雨水篦子堵塞|SMALL||60|120|1440|n|4|
                污水冒溢|HARD|PSGS|30|60|720|n|3|
              C0103 电力设施
                电力井盖破损|HARD|GDGS|30|60|720|n|1|iot:MANHOLE_COVER
                变压器箱体损坏|HARD|GDGS|30|120|1440|n|1|
                电线杆倾斜|HARD|GDGS|15|60|720|n|1|urgent
              C0104 通信设施
                通信井盖破损|BIG|TXB|30|120|1440|n|1|iot:MANHOLE_COVER
                通信线缆杂乱|BIG|TXB|60|240|4320|y|2|
              C0105 燃气设施
                燃气井盖破损|HARD|RQGS|15|60|480|n|1|iot:MANHOLE_COVER
                燃气管道泄漏|HARD|RQGS|5|30|240|n|1|iot:GAS,urgent
            C02 道路交通
              C0201 交通设施
                交通信号灯故障|HARD|JJDD|15|60|480|n|2|
                交通标志牌损坏|BIG|JJDD|60|240|2880|y|2|
                护栏损坏|BIG||60|240|2880|n|3|ai
                公交站亭损坏|HARD|JTJ|60|240|2880|y|1|
              C0202 道路设施
                路面塌陷|HARD|SZZX|15|30|720|n|1|urgent
                人行道板破损|BIG||60|240|2880|n|5|
                桥梁护栏损坏|HARD|SZZX|30|120|1440|n|1|
                道路积水|BIG||15|60|240|n|2|iot:WATER_LEVEL
              C0203 停车设施
                停车泊位标线不清|SMALL||120|480|4320|y|1|
                非机动车停放架损坏|SMALL||120|480|4320|y|2|
            C03 市容环境
              C0301 环卫设施
                垃圾桶破损|SMALL||60|240|1440|n|5|ai
                公厕设施损坏|BIG|HWZX|60|120|1440|n|2|
                垃圾中转站异味|BIG|HWZX|60|120|1440|n|1|
              C0302 照明设施
                路灯不亮|BIG|ZMZX|60|480|2880|n|6|
                景观灯损坏|SMALL||120|480|4320|y|1|
              C0303 户外设施
                广告牌破损|BIG||60|240|2880|n|2|
                店招店牌脱落风险|HARD|ZHZFJ|30|60|480|n|1|urgent
            C04 园林绿化
              C0401 绿化设施
                行道树倒伏|BIG|YLJ|15|60|480|n|2|urgent
                绿地损毁|SMALL||120|480|4320|y|3|
                树木枯死|SMALL||120|480|4320|y|2|
              C0402 公园设施
                公园座椅损坏|SMALL||120|480|4320|y|1|
                健身器材损坏|SMALL||120|480|4320|y|2|
            C05 房屋土地
              C0501 房屋
                危房险情|HARD|FWAQ|15|60|1440|n|1|urgent
                楼道堆物|SMALL||60|240|1440|n|4|
                外墙脱落|HARD|FWAQ|30|120|1440|n|1|
              C0502 土地
                违法用地|HARD|GHZY|120|1440|14400|y|1|
                闲置地块杂草丛生|SMALL||120|480|4320|y|1|
            C06 其他设施
              C0601 监测设施
                水位监测设备故障|BIG|HDZX|60|240|2880|y|1|
                视频监控设备故障|BIG|SJZYJ|60|240|2880|y|1|
              C0602 消防设施
                消防通道标识缺失|SMALL||120|480|4320|y|1|
                烟感报警器故障|BIG|XFJY|60|240|2880|n|1|iot:SMOKE
            E01 市容环境
              E0101 垃圾
                暴露垃圾|SMALL||30|60|240|n|10|ai
                积存垃圾渣土|SMALL||60|120|480|n|5|ai
                垃圾满溢|SMALL||30|60|240|n|8|ai
                焚烧垃圾|BIG||15|30|240|n|1|ai,iot:SMOKE
              E0102 环境卫生
                道路不洁|SMALL||60|120|480|n|6|
                水域不洁|BIG|HDZX|60|240|1440|n|2|
                动物尸体|SMALL||30|60|240|n|1|
                犬只扰民|SMALL||60|240|1440|n|2|
              E0103 污染
                噪声扰民|BIG||30|120|1440|n|5|
                油烟污染|HARD|HBFJ|60|240|4320|y|3|
                污水直排|HARD|HBFJ|30|120|1440|n|2|
                扬尘污染|BIG||30|120|720|n|3|
            E02 宣传广告
              E0201 违规广告
                非法小广告|SMALL||60|240|1440|n|7|
                违规悬挂横幅|SMALL||60|240|1440|n|3|ai
                占道广告牌|BIG||60|240|1440|n|3|ai
                违规LED显示屏|HARD|ZHZFJ|120|480|4320|y|1|
              E0202 涂写刻画
                乱涂写乱张贴|SMALL||60|240|1440|n|4|
            E03 施工管理
              E0301 施工
                无证施工|HARD|ZJJ|60|240|2880|y|2|
                施工占道|BIG||60|240|1440|n|3|ai
                施工噪声夜间扰民|BIG||30|60|480|n|3|
                施工围挡破损|BIG||60|240|1440|n|2|
              E0302 渣土
                渣土车未密闭|HARD|ZHZFJ|30|120|480|n|2|ai
                道路遗撒|BIG||30|60|240|n|3|ai
              E0303 违章建筑
                违法搭建|HARD|ZHZFJ|120|1440|14400|y|2|
                违规装修|BIG||120|480|4320|y|2|
            E04 突发事件
              E0401 灾害
                城市内涝|HARD|SWJ|5|30|240|n|2|iot:WATER_LEVEL,urgent
                河道水位超警|HARD|SWJ|5|30|480|n|1|iot:WATER_LEVEL,urgent
                地面塌陷|HARD|ZJJ|5|30|720|n|1|urgent
              E0402 事故
                火情|HARD|XFJY|5|15|240|n|1|iot:SMOKE,ai,urgent
                燃气泄漏|HARD|RQGS|5|15|240|n|1|iot:GAS,urgent
                危化品泄漏|HARD|YJJ|5|30|480|n|1|urgent
                交通事故|HARD|JJDD|5|15|120|n|2|urgent
              E0403 公共安全
                人员聚集|HARD|GAFJ|10|30|240|n|1|ai,urgent
                食品安全事件|HARD|SJJ|15|60|1440|n|1|urgent
                公共卫生事件|HARD|WJJ|15|60|1440|n|1|urgent
              E0404 环境应急
                河面油污|HARD|HDZX|15|60|720|n|1|
                刺激性气味扩散|HARD|HBFJ|15|30|480|n|1|iot:GAS,urgent
            E05 街面秩序
              E0501 经营秩序
                占道经营|SMALL||30|60|240|n|9|ai
                无照经营游商|BIG||30|60|240|n|5|ai
                店外经营|SMALL||30|60|240|n|7|ai
                夜市摊点扰民|BIG||60|120|720|n|2|
              E0502 交通秩序
                机动车乱停放|SMALL||30|60|240|n|9|ai
                非机动车乱停放|SMALL||30|60|240|n|8|ai
                共享单车堆积|SMALL||30|120|480|n|6|ai
                占用消防通道|BIG|XFJY|15|30|120|n|3|ai,urgent
              E0503 社会秩序
                乞讨卖艺|SMALL||60|120|480|n|1|
                群租房隐患|BIG||60|240|2880|y|2|
                邻里纠纷|SMALL||60|240|1440|n|4|
                流浪人员救助|BIG|MZJ|30|60|240|n|1|
            """;

    private TaxonomyCatalog() {
    }
}
