# -*- coding: utf-8 -*-
# Hand-written EXEMPTIONS (X) and DECOYS (D), simplified Chinese. Author d28.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
X|underground_mining|井下采煤工|井下采煤工：在综采工作面从事采煤作业，限男性
X|underground_mining|掘进工|煤矿井下掘进工，负责巷道掘进和支护，只招男工
X|underground_mining|井下电工|井下机电维修工，每天下井检修采掘设备，要求男性
X|underground_mining|锚杆工|金矿地下矿井锚杆支护工，男，持特种作业证
X|underground_mining|爆破工|地下矿山爆破工，井下作业，仅限男性
X|heavy_load|水泥装卸|水泥装车工：单袋水泥重50公斤，需人工码垛上车，限男性
X|heavy_load|搬运工|建材市场搬运工，每件瓷砖箱约30公斤，全天人工扛运，招男工
X|heavy_load|粮库|粮库扛包工，每包大米50斤以上，连续人工搬运上垛，只要男的
X|heavy_load|化肥装卸|化肥厂装卸工，每袋40公斤，整车人工卸货，男性
X|heavy_load|钢材搬运|钢材仓库人工搬运工，单根钢管约35公斤，需单人抬上货架，限男
X|heavy_load|冷链搬运|冷冻肉品人工卸柜工，每箱冻肉28公斤，整柜人工搬卸，招男性
X|intensity_4|砌筑工|高炉砌筑工，从事第四级体力劳动强度作业，限男性
X|intensity_4|伐木工|林场伐木工，人工油锯伐木及原木装车，属Ⅳ级体力劳动强度，仅招男性
X|heavy_load|码头|码头人工理货搬运，单件货物25公斤以上，连续搬运，要求男
X|underground_mining|井下支护|铁矿井下支护工，在地下采场作业，男性
X|heavy_load|石料|采石场人工装石工，单块石料20公斤以上，需反复搬上车，只招男性
D|mining_office|矿务局文员|（某矿业集团）矿务局办公室文员，负责公文收发，限男性
D|steel_sales|销售代表|钢铁集团销售代表，负责华东区客户开发，男性优先
D|cement_driver|司机|水泥集团行政车司机，接送领导，要求男
D|mine_hr|HR专员|煤业公司人力资源专员，处理考勤社保，只招男生
D|quarry_accountant|会计|采石场会计，负责记账报税，男
D|logistics_dispatcher|调度|重型装卸公司调度员，坐办公室排班，限男性
"""
