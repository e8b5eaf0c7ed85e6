package io.newswire.enrich.language;

/**
 * Tells Simplified from Traditional Chinese by the common characters that differ between them: each of these
 * Simplified characters has a distinct Traditional form at the same place in the other string.
 */
final class ChineseScriptVariant {
    static final String SIMPLIFIED = "Hans";
    static final String TRADITIONAL = "Hant";

    private static final String SIMPLIFIED_ONLY =
            "这们个为国说时会来对经发过后学么还东进长现开门问间关业与机动华电实区员点报应该体" +
            "总种书记当头见认边战争军党联义议变选举两钱让带买卖车马鸟鱼风飞网务产价济线际协组" +
            "织场处术从万亿并号乐难团园图听传统钟银铁医药疗检计划设证据权领导队击罗苏韩亚欧纽" +
            "约伦湾岛广级纪录视节观众农汉语词读写红绿蓝气热云龙页题类简单杂双资财货贸费贵购赛" +
            "运输转轮软标准确环护险岁历师兴庆县乡镇厂将断继续维论讲谈调请谁许诉识试错";
    private static final String TRADITIONAL_ONLY =
            "這們個為國說時會來對經發過後學麼還東進長現開門問間關業與機動華電實區員點報應該體" +
            "總種書記當頭見認邊戰爭軍黨聯義議變選舉兩錢讓帶買賣車馬鳥魚風飛網務產價濟線際協組" +
            "織場處術從萬億並號樂難團園圖聽傳統鐘銀鐵醫藥療檢計劃設證據權領導隊擊羅蘇韓亞歐紐" +
            "約倫灣島廣級紀錄視節觀眾農漢語詞讀寫紅綠藍氣熱雲龍頁題類簡單雜雙資財貨貿費貴購賽" +
            "運輸轉輪軟標準確環護險歲歷師興慶縣鄉鎮廠將斷繼續維論講談調請誰許訴識試錯";

    private static final byte SIMPLIFIED_MARK = 1;
    private static final byte TRADITIONAL_MARK = 2;
    private static final byte[] MARKS = new byte[Character.MAX_VALUE + 1];

    static {
        SIMPLIFIED_ONLY.chars().forEach(c -> MARKS[c] = SIMPLIFIED_MARK);
        TRADITIONAL_ONLY.chars().forEach(c -> MARKS[c] = TRADITIONAL_MARK);
    }

    private ChineseScriptVariant() {
    }

    /** "Hant" when the text has more Traditional-only than Simplified-only characters, else "Hans". */
    static String of(TextSample sample) {
        int simplified = 0;
        int traditional = 0;
        char[] chars = sample.chars();
        for (int i = 0; i < sample.length(); i++) {
            byte mark = MARKS[chars[i]];
            if (mark == SIMPLIFIED_MARK) {
                simplified++;
            } else if (mark == TRADITIONAL_MARK) {
                traditional++;
            }
        }
        return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }
}
