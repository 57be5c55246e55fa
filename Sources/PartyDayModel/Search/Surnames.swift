/// Surnames read differently from the same characters elsewhere (多音字姓氏), and compound surnames
/// (复姓): a name search must find 曾国藩 by "zeng" first, and still by "ceng".
enum Surnames {
    /// Single-character surnames whose surname reading differs from the common one: the surname reading
    /// first, then the common reading a user may type instead.
    static let polyphonic: [Character: [String]] = [
        "曾": ["zeng", "ceng"], "单": ["shan", "dan"], "解": ["xie", "jie"], "仇": ["qiu", "chou"],
        "区": ["ou", "qu"], "查": ["zha", "cha"], "朴": ["piao", "pu"], "盖": ["ge", "gai"],
        "乐": ["yue", "le"], "缪": ["miao", "mou", "miu"], "翟": ["zhai", "di"], "覃": ["qin", "tan"],
        "种": ["chong", "zhong"], "员": ["yun", "yuan"], "秘": ["bi", "mi"], "召": ["shao", "zhao"],
        "尉": ["wei", "yu"], "繁": ["po", "fan"], "过": ["guo"], "华": ["hua"], "任": ["ren"],
        "冼": ["xian"], "那": ["na"], "卜": ["bu"], "藏": ["zang", "cang"], "句": ["gou", "ju"],
    ]

    /// Compound surnames with their readings, surname reading first.
    static let compound: [String: [String]] = [
        "欧阳": ["ou yang"], "司马": ["si ma"], "上官": ["shang guan"], "诸葛": ["zhu ge"], "尉迟": ["yu chi", "wei chi"],
        "东方": ["dong fang"], "皇甫": ["huang fu"], "令狐": ["ling hu"], "公孙": ["gong sun"], "慕容": ["mu rong"],
        "司徒": ["si tu"], "夏侯": ["xia hou"], "长孙": ["zhang sun", "chang sun"], "宇文": ["yu wen"],
        "澹台": ["tan tai", "dan tai"], "南宫": ["nan gong"], "西门": ["xi men"], "万俟": ["mo qi", "wan si"],
        "申屠": ["shen tu"], "轩辕": ["xuan yuan"], "端木": ["duan mu"], "独孤": ["du gu"], "钟离": ["zhong li"],
        "呼延": ["hu yan"], "完颜": ["wan yan"], "拓跋": ["tuo ba"], "百里": ["bai li"], "司空": ["si kong"],
        "闻人": ["wen ren"], "太史": ["tai shi"], "赫连": ["he lian"], "公冶": ["gong ye"], "宗政": ["zong zheng"],
        "濮阳": ["pu yang"], "淳于": ["chun yu"], "单于": ["chan yu", "shan yu"], "东郭": ["dong guo"],
    ]
}
