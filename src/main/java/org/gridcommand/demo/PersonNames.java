package org.gridcommand.demo;

import java.util.SplittableRandom;

/** Realistic Chinese personal names and phone numbers (common surnames more often, as in a real roster). */
final class PersonNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
            + "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾"
            + "毛郝龚邵万钱严武戴莫孔汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉辉鹏飞斌宇浩凯"
            + "俊帆晨欣怡婷雪琳丹晓亮波宁瑞博文彬林海燕萍鑫佳慧颖子涵梓轩一诺思远嘉伦天佑雨桐欣然";
    private static final String[] MOBILE_PREFIXES = {"130", "133", "135", "137", "138", "139", "150", "151", "158",
        "159", "176", "180", "182", "186", "187", "189", "199"};

    private final SplittableRandom random;

    PersonNames(SplittableRandom random) {
        this.random = random;
    }

    String next() {
        // squaring the uniform draw favours the front of the list, where the common surnames are
        double u = random.nextDouble();
        char surname = SURNAMES.charAt((int) (u * u * SURNAMES.length()));
        StringBuilder name = new StringBuilder().append(surname).append(given());
        if (random.nextInt(3) > 0) {
            name.append(given());
        }
        return name.toString();
    }

    String mobile() {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    /** An office line in Hangzhou (0571). */
    String office() {
        return "0571-8" + String.format("%07d", random.nextInt(10_000_000));
    }

    private char given() {
        return GIVEN.charAt(random.nextInt(GIVEN.length()));
    }
}
