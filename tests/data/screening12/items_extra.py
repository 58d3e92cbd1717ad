# Author 12, hand-written (second batch). THIS FILE CONTAINS THE ANSWERS (labels) for dev12.jsonl.
# Tuple: (lang, labels, category, text, slot, job)
G = "GENDER"; M = "MARRIAGE_CHILDBEARING"; P = "PREGNANCY_TEST"


def I(lang, labels, cat, text, slot="req", job=None):
    return (lang, labels, cat, text, slot, job)


ITEMS = [
    # --- PDF / web copy-paste violating (full posts) ---
    I("zh", [G], "obf_pdf_linebreak", "××区2026年公开招聘编外工作人员简章\n第 1 页 共 3 页\n岗位代码 岗位名称 人数 性\n别 学历\nA01 综合执法辅助 2 男 大专\nA02 窗口服务 2 不限 大专\n第 2 页 共 3 页", "full"),
    I("zh", [G], "obf_pdf_kangxi", "招聘简章（PDF转文字）\n岗位：档案管理员\n性别：⼥\n年龄：35周岁以下\n学历：本科", "full"),
    I("zh", [M], "obf_pdf_kangxi", "报名条件\n（三）婚育状况：已婚已育，⼦⼥年满3周岁\n（四）具有良好的职业道德", "full"),
    I("zh", [G], "obf_web_nbsp", "任职要求：\u00a0性别\u00a0男\u00a0，\u00a0身体健康，能吃苦", "req", "理货员"),
    I("zh", [P], "obf_web_html", "入职体检项目：<ul><li>血常规</li><li>尿<b>妊娠</b>试验</li><li>心电图</li></ul>", "req"),
    I("zh", [G], "obf_softhyphen", "客服专员\u00ad（女\u00ad）3名，坐班，双休", "line"),
    # --- more pregnancy tests / marriage, own wordings ---
    I("zh", [P], "pregnancy_test", "体检时女性加查血β-HCG，结果异常不予入职", "req"),
    I("zh", [P], "pregnancy_test", "入职须提供社区或医院开具的“未怀孕”证明", "req", "餐厅服务员"),
    I("zh", [P], "pregnancy_test", "体检套餐含妇科B超，用于确认未处于孕期", "req", "带货主播"),
    I("zh", [M, P], "pregnancy_test_combo", "女员工入职先验孕，怀孕的不要", "wx", "收银员"),
    I("zh", [M], "children_condition", "需能长期加班，家里孩子小没人带的不考虑", "req", "销售代表"),
    I("zh", [M], "marriage_pref", "离异带孩子的暂不考虑", "req", "行政助理"),
    I("zh", [G, M], "mothers_only", "直播间招二胎宝妈做带货，有生活气息的", "wx", "带货主播"),
    I("zh", [M], "family_question", "请在简历中写明：婚姻状况（已婚/未婚/离异）、是否有生育计划", "req"),
    I("en", [P], "pregnancy_test", "Offer conditional on a clear pregnancy screen (blood test) for all female new hires.", "req"),
    I("en", [M], "children_condition", "Must have no dependants under school age.", "req", "Sales Executive"),
    I("zh-Hant", [M], "marriage_field", "婚姻：已婚｜子女：有", "form"),
    # --- more exemptions ---
    I("zh", [], "exemption_load", "化肥仓库招装车工｜男｜20-50岁｜工作：人工扛化肥上车，每袋40公斤，一天装两三车｜日结", "full"),
    I("zh", [], "exemption_load", "米厂招搬运（男工）：大米每袋50斤、100斤两种规格，主要搬100斤的，需人工上肩码垛。", "full"),
    I("zh", [], "exemption_underground", "招聘：井下爆破工（男性），煤矿地下作业，持爆破作业证，年薪15万。", "full"),
    I("zh", [], "exemption_load", "啤酒批发部招送货搬运（男），整箱啤酒24瓶装约22公斤，每小时需反复搬运几十箱上下车。", "full"),
    I("zh", [], "exemption_intensity", "林场招伐木工（男），人工伐木、抬运原木，重体力劳动，体力劳动强度第四级。", "full"),
    I("zh-Hant", [], "exemption_load", "貨倉搬運工（男）：人手搬運米包，每包約30公斤，需不斷上落貨。", "full"),
    I("en", [], "exemption_load", "Furniture removals crew (men only): you will carry sofas, fridges and boxes over 30 kg up and down stairs, every job, all day.", "full"),
    # --- more clean, zh ---
    I("zh", [], "clean_client", "负责孕产APP的内容审核，删除违规广告", "ben", "在线客服"),
    I("zh", [], "clean_client", "为婚礼跟拍团队排期、对接新娘新郎的拍摄需求", "ben", "行政助理"),
    I("zh", [], "clean_client", "上门为独居老人和产后妈妈做保洁，订单由平台派发", "ben", "家政服务员"),
    I("zh", [], "clean_client", "向女性客户推介女性专属重疾险，向男性客户推介意外险", "ben", "销售代表"),
    I("zh", [], "clean_client", "维护母婴社群，解答宝妈宝爸关于辅食的问题", "ben", "在线客服"),
    I("zh", [], "clean_client", "主播讲解女童夏装、男童运动鞋，需熟悉童装尺码", "ben", "带货主播"),
    I("zh", [], "clean_client", "快递派送范围含妇幼医院住院部，需遵守医院门禁规定", "ben", "快递员"),
    I("zh", [], "clean_client", "客服工作内容：处理孕妇枕、哺乳内衣等商品的退换货", "ben", "在线客服"),
    I("zh", [], "clean_client", "协助婚介所整理会员档案，不涉及会员隐私外泄", "ben", "行政助理"),
    I("zh", [], "clean_benefit", "员工生育后可申请一年内每天提前1小时下班（男女员工均适用）", "ben"),
    I("zh", [], "clean_benefit", "公司为员工提供孕期营养补贴与产后返岗培训", "ben"),
    I("zh", [], "clean_benefit", "配偶随迁可协助推荐工作，子女可就近入学", "ben"),
    I("zh", [], "clean_word", "面试地点：妇女儿童活动中心三楼", "req"),
    I("zh", [], "clean_word", "公司名称：好男儿装饰工程有限公司", "req"),
    I("zh", [], "clean_word", "门店：巧媳妇饺子馆（中山路店）", "req", "餐厅服务员"),
    I("zh", [], "clean_word", "我们服务的品牌包括“孕味”“小男孩零食铺”等", "ben", "带货主播"),
    I("zh", [], "clean_word", "请将简历发送至招聘负责人刘女士邮箱", "req"),
    I("zh", [], "clean_mention", "要求能搬运15公斤以内货物，男女均可胜任", "req", "理货员"),
    I("zh", [], "clean_mention", "岗位可接受哺乳期员工，公司有独立哺乳间", "req"),
    I("zh", [], "clean_mention", "是否婚育不作为录用条件，请勿在简历中填写", "req"),
    I("zh", [], "clean_gig", "外卖骑手｜人数：30｜性别：不限｜年龄：18-55｜要求：会用导航", "form"),
    I("zh", [], "clean_gig", "招聘岗位：育婴师\n性别要求：不限（欢迎男性育婴师）\n证书：育婴员证\n服务对象：0-3岁婴幼儿家庭", "form"),
    I("zh", [], "clean_gig", "保洁阿姨、保洁师傅都招，按小时计费，平台派单", "line"),
    I("zh", [], "clean_obf", "性别：\u2f25\u2f26都可以，时间灵活", "line"),
    # --- more clean, hant / en ---
    I("zh-Hant", [], "clean_client", "負責婚紗店預約及新娘試穿安排", "ben", "門市店員"),
    I("zh-Hant", [], "clean_benefit", "員工子女獎學金、結婚禮金、生育禮金", "ben"),
    I("zh-Hant", [], "clean_word", "面試地址：女人街 3 號 2 樓（近地鐵站）", "req"),
    I("zh-Hant", [], "clean_gig", "外賣車手｜不限性別｜自備電單車｜週結", "line"),
    I("zh-Hant", [], "clean_mumpost_open", "上班時間配合學校接送，歡迎所有家長", "req"),
    I("en", [], "clean_client", "Moderate content on our pregnancy and parenting forum", "ben", "Customer Service Agent"),
    I("en", [], "clean_client", "Run bridal make-up bookings and coordinate with brides' families", "ben", "Receptionist"),
    I("en", [], "clean_benefit", "Enhanced shared parental leave for every parent", "ben"),
    I("en", [], "clean_word", "Please address your application to Mrs. Okafor, Office Manager", "req"),
    I("en", [], "clean_mention", "Pregnant applicants are welcome; we'll adapt duties as needed", "req"),
    I("en", [], "clean_gig", "Maternity nurse (night shifts) - open to all qualified carers regardless of gender", "line"),
    I("en", [], "clean_mention", "We never request pregnancy tests or family details", "req"),
]
