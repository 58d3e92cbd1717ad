# -*- coding: utf-8 -*-
# Author 10, hand-written. THIS FILE CONTAINS THE ANSWERS (labels + categories).
# Exemptions (labels [], exemption true) and decoys (GENDER, category exemption_decoy).
# Tuple: (lang, kind, category, style, text)   kind: X = exemption, D = decoy

ITEMS = [
# ---- exemptions, simplified Chinese ----
("zh", "X", "exemption_mining", "notice", "岗位：井下采煤工\n工作内容：在地下采掘工作面从事采煤、支护作业\n要求：男性，持特种作业证"),
("zh", "X", "exemption_mining", "notice", "招聘井下掘进工10名，限男，工作地点在矿井下三百米作业面，入职前统一安全培训。"),
("zh", "X", "exemption_mining", "pyq", "攀枝花铁矿招井下凿岩工，只招男的，天天下井打眼放炮，工资一万二起。"),
("zh", "X", "exemption_mining", "notice", "金矿井下运输工（男）：负责巷道内矿车推运及井下轨道维护。"),
("zh", "X", "exemption_load", "pyq", "水泥厂招装车工，只要男的，每袋水泥五十公斤，一个人往车上码，一天装三四十吨。"),
("zh", "X", "exemption_load", "live", "家人们，这个是粮库扛大包的活，一包大米五十斤往上，一天要扛几百包，所以这个岗只收男的，姐妹们看下一个岗哈。"),
("zh", "X", "exemption_load", "notice", "岗位：码头人工装卸工（男）\n职责：人工装卸化肥袋，单袋重40kg，连续作业\n薪资：计件"),
("zh", "X", "exemption_load", "short", "招男工搬运瓷砖，一箱三十公斤左右，楼层送货上门，一天搬两百多箱。"),
("zh", "X", "exemption_load", "pyq", "重庆朝天门批发市场招棒棒，男的，挑货下坡上坡，一挑七八十斤。"),
("zh", "X", "exemption_load", "notice", "饲料厂成品包装工：限男性，负责将每袋40公斤的成品饲料人工码垛，每小时约60袋。"),
("zh", "X", "exemption_load", "notice", "啤酒配送员（男）：整箱啤酒每箱约24公斤，每天人工扛箱上楼送货一百箱以上，无电梯小区居多。"),
("zh", "X", "exemption_load", "pyq", "冻库搬运工，男，每件冻品箱二十八公斤，单人从冷库搬上货车，一天两三百件。"),
("zh", "X", "exemption_intensity", "notice", "岗位：林场伐木工（男性）\n工作内容：人工伐木、打枝、扛运原木，属第四级体力劳动强度作业。"),
("zh", "X", "exemption_intensity", "notice", "建筑工地钢筋工招男工，人工扛运钢筋上架，单根重三十公斤以上，露天重体力作业。"),
("zh", "X", "exemption_load", "live", "宝子们，这个是搬家公司的搬运师傅岗，冰箱洗衣机靠人背上楼，一个人一次背六七十斤，这个只要男师傅哈。"),
("zh", "X", "exemption_mining", "pyq", "湖南冷水江锑矿招井下支护工，男，要能下井，包吃住，有下井经验优先。"),
("zh", "X", "exemption_load", "notice", "米厂装卸工：男，人工搬运每袋25公斤以上的大米，每班装车两百袋以上。"),
("zh", "X", "exemption_load", "notice", "化肥仓库人工码包：招男性，每包50kg，需单人搬起上肩。"),
# ---- decoys, simplified Chinese ----
("zh", "D", "exemption_decoy", "notice", "某煤业集团（井下采掘规模年产三百万吨）招聘销售内勤，限男性，负责合同录入和客户回访。"),
("zh", "D", "exemption_decoy", "notice", "公司简介：本公司为大型水泥生产企业，拥有多条生产线。\n招聘岗位：行政文员（男），负责会议安排与档案管理。"),
("zh", "D", "exemption_decoy", "pyq", "我们是搞矿山的，井下工人几百个，现在招个开车的司机，接送领导，只要男的。"),
("zh", "D", "exemption_decoy", "notice", "钢铁公司招聘人力资源专员：限男性，负责招聘和薪酬核算。公司主营炼钢、轧钢。"),
("zh", "D", "exemption_decoy", "notice", "物流园（日均装卸货物万吨）招聘客服专员，男性优先，坐班接听电话。"),
# ---- exemptions, traditional ----
("zh-Hant", "X", "exemption_load", "notice", "貨倉搬運工（男）：人手搬運每箱約30公斤的貨物上落貨櫃，每日約300箱。"),
("zh-Hant", "X", "exemption_mining", "notice", "礦坑坑道採掘工，限男性，需進入地下坑道從事開挖作業。"),
("zh-Hant", "X", "exemption_load", "pyq", "搬屋師傅，男，要識孭雪櫃落樓梯，一人孭六七十磅。"),
("zh-Hant", "D", "exemption_decoy", "notice", "本公司為礦業集團，旗下擁有多個採礦場。現招聘會計文員（男），負責帳目處理。"),
# ---- exemptions, English ----
("en", "X", "exemption_mining", "notice", "Underground Miner (men only): working at the underground face, drilling, blasting and roof bolting."),
("en", "X", "exemption_load", "notice", "Warehouse loader, male applicants: manually lifting and stacking 30 kg cement bags onto trucks all shift."),
("en", "X", "exemption_load", "pyq", "Hiring guys for the grain store: carrying 50 kg sacks on your shoulder from truck to silo, hundreds per day."),
("en", "D", "exemption_decoy", "notice", "We are a leading coal mining company with five underground pits. Now hiring: Sales Coordinator (male), office-based, handling quotes and client calls."),
("en", "D", "exemption_decoy", "notice", "Steel mill group seeks a company driver, men only, to drive executives between sites."),
("zh", "X", "exemption_load", "pyq", "砖厂出窑工，只招男的，人工把砖坯从窑里搬出来码上车，一板砖三十来公斤，一天几百板。"),
("zh", "X", "exemption_mining", "live", "家人们，这是个煤矿井下的岗，天天要下到几百米深的巷道里头采煤，国家规定女职工不能下井，所以只招男的哈。"),
("zh", "X", "exemption_load", "notice", "岗位：建材市场卸货工（男）\n职责：人工卸运石膏板、腻子粉，每袋腻子粉20公斤、每张石膏板约28公斤，连续搬运。"),
("zh-Hant", "X", "exemption_load", "notice", "石材行搬運師傅，限男性，需人手搬運每塊40公斤以上的石板上落貨車。"),
("en", "X", "exemption_load", "social", "Men wanted for a furniture removals crew: you will carry wardrobes and washing machines up stairs by hand, single lifts often over 30 kg."),
("en", "D", "exemption_decoy", "linkedin", "At Granite Quarries Ltd our crews handle blasting and heavy haulage every day. We're now looking for a male HR Business Partner to join our head office."),
("zh", "X", "exemption_load", "pyq", "家人们，这是个搬运岗，批发市场卸大米，一袋五十斤，一个人扛下车码好，一天几百袋，只招男的。"),
("zh", "X", "exemption_mining", "notice", "招聘：井下爆破工（男）\n工作内容：在地下巷道内装药、连线、爆破，须持爆破作业证。"),
("zh", "X", "exemption_load", "notice", "搬家公司招搬运工：男性，主要人工搬抬冰箱、钢琴、实木家具上下楼，单件多在三十公斤以上。"),
("en", "X", "exemption_mining", "linkedin", "We're recruiting underground fitters (men only) for our copper mine: maintaining drills and conveyors at the underground face, 12-hour shifts below ground."),
]
